import { describe, expect, it } from 'vitest';
import { durationKind, moneyKind, parseQuantity } from '../../src/kinds/quantity';
import { ok } from '../helpers';

const any = () => true;

describe('parseQuantity', () => {
  it.each([
    ['18 months', '18 month'], // seed 001
    ['18-month sentence', '18 month'], // seeds 000, 003
    ['up to 18 months', '<=18 month'], // seeds 000, 003, 004
    ['1.5 years', '18 month'],
    ['2 days', '2 day'],
    ['48 hours', '2 day'],
    ['$2 million', '2000000 USD'],
    ['€500', '500 EUR'],
    ['5 miles', '5 mi'], // no whole number of metres: keeps its own unit
    ['about 14 miles', '~14 mi'], // Sonoma earthquake, ABC7
    ['1.2 miles', '1.2 mi'],
    ['5280 feet', '5280 ft'],
    ['3 feet', '3 ft'],
    ['10 kilometers', '10 km'], // Aceh earthquake
    ['10,000 feet', '10000 ft'],
    ['45 °F', '45 °F'],
    ['20 °C', '20 °C'],
    ['2 lbs', '2 lb'],
    ['10 kilometers (6 miles)', '10 km'], // Aceh, Press TV: the conversion in brackets restates the amount // "2 pounds" is money (GBP)
  ])('reads %j as %s', (text, key) => {
    expect(ok(parseQuantity(text, any)).key).toBe(key);
  });

  it('finds "18 months" and "1.5 years" the same duration and "2 years" different', () => {
    const q = (t: string) => ok(parseQuantity(t, any));
    const cmp = (a: string, b: string) => durationKind.compare(q(a), q(b), { tolerance: undefined }).relation;
    expect(cmp('18 months', '1.5 years')).toBe('same');
    expect(cmp('up to 18 months', '18 months')).toBe('compatible');
    expect(cmp('18 months', '2 years')).toBe('conflict');
  });

  it('compares amounts across units ("10 kilometers (6 miles)", "six miles")', () => {
    const q = (t: string) => ok(parseQuantity(t, any));
    const cmp = (a: string, b: string) => durationKind.compare(q(a), q(b), { tolerance: undefined }).relation;
    expect(cmp('10 kilometers', 'six miles')).toBe('compatible');
    expect(cmp('5 miles', '8 km')).toBe('compatible');
    expect(cmp('1.2 miles', '12 miles')).toBe('conflict'); // Sonoma earthquake depth, ABC7 vs Mercury News
  });

  it('keeps currencies apart: incomparable, not a conflict', () => {
    const a = ok(parseQuantity('$500', any));
    const b = ok(parseQuantity('€500', any));
    expect(moneyKind.compare(a, b, { tolerance: undefined }).relation).toBe('incomparable');
  });
});
