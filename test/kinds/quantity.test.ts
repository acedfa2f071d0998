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
    ['5 miles', '8046.72 m'],
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

  it('keeps currencies apart: incomparable, not a conflict', () => {
    const a = ok(parseQuantity('$500', any));
    const b = ok(parseQuantity('€500', any));
    expect(moneyKind.compare(a, b, { tolerance: undefined }).relation).toBe('incomparable');
  });
});
