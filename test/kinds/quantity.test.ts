import { describe, expect, it } from 'vitest';
import { durationKind, moneyKind, parseQuantity } from '../../src/kinds/quantity';
import { checkConsistency } from '../../src/index';
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
    ['10 kilometers (6 miles)', '10 km'], // Aceh, Press TV: the conversion in brackets restates the amount
    // "pounds" written out: a mass to a kind that takes masses (the money kind reads it as sterling, below).
    ['200 pounds', '200 lb'],
    ['5 pounds of marijuana', '5 lb'],
    ['£200', '200 GBP'],
    // Speeds: a length per time.
    ['185 km/h', '185 km/h'],
    ['200 kilometers per hour', '200 km/h'],
    ['115 miles per hour', '115 mph'],
    ['130 mph', '130 mph'],
    ['50 m/s', '50 m/s'],
    ['20 knots', '20 kn'],
    // Areas: a length squared, and acres and hectares.
    ['12,000 square feet', '12000 sq ft'],
    ['120,000-square-foot', '120000 sq ft'], // a compound adjective
    ['3,000 acres', '3000 acre'],
    ['1,200 hectares', '12 km2'],
    ['50 km²', '50 km2'],
    ['50 sq km', '50 km2'],
    ['5 square miles', '5 sq mi'],
    ['2 cubic meters', '2000 l'],
    // Spoken fractions, before or around the unit (had been read as 0.5 or 2, or not at all).
    ['a mile and a half', '1.5 mi'],
    ['an hour and a half', '1.5 hour'],
    ['two and a half years', '30 month'],
    ['one and a half years', '18 month'],
    ['2 1/2 years', '30 month'],
    ['2½ years', '30 month'],
    ['½ mile', '0.5 mi'],
    ['half an hour', '30 minute'],
    ['a quarter mile', '0.25 mi'],
    ['a quarter-mile', '0.25 mi'],
    ['a quarter of a mile', '0.25 mi'],
    ['three quarters of a mile', '0.75 mi'],
    ['three-quarters of a mile', '0.75 mi'],
    ['a month', '~1 month'],
    ['about an hour', '~1 hour'],
    ['more than a month', '>1 month'],
    // Feet and inches, pounds and ounces: one amount in the smaller unit.
    ['5-foot-10', '70 in'],
    ['5 feet 10 inches', '70 in'],
    ['5\'10"', '70 in'],
    ['6 ft 2 in', '74 in'],
    ['15 pounds 4 ounces', '244 oz'],
    ['7 lbs 8 oz', '120 oz'],
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

  it.each([
    ['130 miles per hour', '130 mph', 'same'],
    ['185 km/h', '115 mph', 'compatible'], // 185 km/h is 114.95 mph
    ['185 km/h', '50 m/s', 'conflict'],
    ['120,000-square-foot', '12,000 square feet', 'conflict'],
    ['1 square kilometer', '100 hectares', 'same'],
    ['3,000 acres', '1,200 hectares', 'compatible'], // 1,214 ha, within the rounding of "3,000"
    ['185 km/h', '185 km', 'incomparable'], // a speed against a length
  ] as const)('relates %j and %j as %s', (a, b, relation) => {
    const q = (t: string) => ok(parseQuantity(t, any));
    for (const [x, y] of [[a, b], [b, a]] as const) expect(durationKind.compare(q(x), q(y), { tolerance: undefined }).relation).toBe(relation);
  });

  it('compares amounts across units ("10 kilometers (6 miles)", "six miles")', () => {
    const q = (t: string) => ok(parseQuantity(t, any));
    const cmp = (a: string, b: string) => durationKind.compare(q(a), q(b), { tolerance: undefined }).relation;
    expect(cmp('10 kilometers', 'six miles')).toBe('compatible');
    expect(cmp('5 miles', '8 km')).toBe('compatible');
    expect(cmp('1.2 miles', '12 miles')).toBe('conflict'); // Sonoma earthquake depth, ABC7 vs Mercury News
  });

  // Wire copy converts and rounds: "500 feet (150 meters)". An amount in another system fits when it is the
  // other's number rounded to its own last significant digit (at most 10 % of it); one system keeps its 2 %.
  it.each([
    ['500 feet', '150 meters', 'compatible'], // 152.4 m; "150" rounded to tens
    ['2 miles', '3 kilometers', 'compatible'], // 3.22 km
    ['3,000 feet', '900 meters', 'compatible'], // 914 m
    ['40 feet', '12 meters', 'compatible'], // 12.19 m
    ['100 yards', '90 meters', 'compatible'], // 91.4 m
    ['150 pounds', '68 kilograms', 'compatible'], // 68.04 kg
    ['90 degrees Fahrenheit', '32 degrees Celsius', 'compatible'], // 32.2 °C
    ['minus 20 degrees Fahrenheit', 'minus 29 degrees Celsius', 'compatible'], // -28.9 °C; the sign as a word
    ['minus 20 degrees Fahrenheit', '20 degrees Fahrenheit', 'conflict'],
    ['5,000 acres', '2,000 hectares', 'compatible'], // 2,023 ha
    ['70 mph', '110 km/h', 'compatible'], // 112.7 km/h
    ['1 mile', '2 kilometers', 'conflict'], // 1.61 km: no rounding of either gives the other
    ['500 feet', '200 meters', 'conflict'],
    ['150 pounds', '75 kilograms', 'conflict'], // 68 kg
    ['6 feet', '2 meters', 'compatible'], // 1.83 m: AP's "stay 6 feet (2 meters) apart"
    ['6 feet', '1.5 meters', 'conflict'],
    ['10 miles', '10 kilometers', 'conflict'],
    ['2 years', '18 months', 'conflict'], // time has no systems: no rounding allowance
    ['5-foot-10', '1.78 meters', 'compatible'], // 1.778 m
    ['5-foot-10', '1.68 meters', 'conflict'], // "70" inches summed from parts is no rounding to tens
    ['6-foot-4', '6 feet', 'conflict'],
    ['15 pounds 4 ounces', '15.25 pounds', 'compatible'],
    ['15 pounds 4 ounces', '15.4 pounds', 'conflict'],
    ['six weeks', 'a month and a half', 'compatible'], // a spoken fraction is as precise as its grain
    ['four and a half years', '51 months', 'conflict'], // a half to within an eighth: 54 months ± 6 weeks
    ['a year-and-a-half', '18 months', 'same'],
    ['$2½ million', '$2.5 million', 'same'],
    ['a month', 'four weeks', 'compatible'], // "a month" is about a month
    ['a month', 'six weeks', 'conflict'],
    ['more than a month', 'six weeks', 'compatible'],
    ['100 degrees Fahrenheit', '33 degrees Celsius', 'conflict'], // 37.8 °C: a temperature rounds only its last digit
    ['102°F', '40°C', 'conflict'],
    ['5-foot-10 tall', '5 feet 10 inches', 'same'],
    ['two and a half years', '2 years', 'conflict'],
    ['two and a half years', '20 months', 'conflict'],
    ['45 minutes', 'half an hour', 'conflict'],
    ['six weeks', 'a month', 'conflict'],
    ['152 meters', '150 meters', 'conflict'], // one system: as precise as written
  ] as const)('relates %j and %j as %s across systems of measurement', (a, b, relation) => {
    const q = (t: string) => ok(parseQuantity(t, any));
    for (const [x, y] of [[a, b], [b, a]] as const) {
      expect(durationKind.compare(q(x), q(y), { tolerance: undefined }).relation).toBe(relation);
    }
  });

  it('reads "pounds" written out as sterling only where the kind takes money alone, and a weight as a mass', () => {
    expect(ok(moneyKind.parse('200 pounds', {} as never)).key).toBe('200 GBP');
    const report = checkConsistency([
      { id: 'a', source: 'a', subject: 'the suspect', attribute: 'weight', value: '200 pounds' },
      { id: 'b', source: 'b', subject: 'the suspect', attribute: 'weight', value: '91 kg' },
      { id: 'c', source: 'c', subject: 'the bail', attribute: 'amount', value: '200 pounds' },
      { id: 'd', source: 'd', subject: 'the bail', attribute: 'amount', value: '£200' },
    ]);
    const weight = report.groups.find((g) => g.attribute === 'weight')!;
    expect(weight.kind).toBe('quantity');
    expect(weight.status).toBe('consistent'); // 200 lb is 90.7 kg
    expect(report.groups.find((g) => g.subject === 'the bail')!.status).toBe('consistent');
  });

  it('keeps currencies apart: incomparable, not a conflict', () => {
    const a = ok(parseQuantity('$500', any));
    const b = ok(parseQuantity('€500', any));
    expect(moneyKind.compare(a, b, { tolerance: undefined }).relation).toBe('incomparable');
  });
});

describe('money told with a hedge or a bound before its symbol', () => {
  const m = (raw: string) => ok(moneyKind.parse(raw, {} as never));
  it.each([
    ['about $2 million', '$1.9 million', 'compatible'],
    ['nearly $2 million', '$1.95 million', 'compatible'],
    ['over $10,000', '$12,000', 'compatible'],
    ['under $1,000', '$800', 'compatible'],
    ['$1 million-plus', '$1.1 million', 'compatible'],
    ['half a million dollars', '$500,000', 'same'],
    ['about $2 million', '$3 million', 'conflict'],
    ['over $10,000', '$8,000', 'conflict'],
  ] as const)('relates %j and %j as %s', (a, b, relation) => {
    for (const [x, y] of [[a, b], [b, a]] as const) expect(moneyKind.compare(m(x), m(y), { tolerance: undefined }).relation).toBe(relation);
  });
});

describe('a capital M after a number (a cold review: "1.2M" was 1.2 metres, and "1.2 million" beside it unreadable)', () => {
  it('is a million, so no quantity; a lower-case m is still a metre, and money keeps its millions', () => {
    expect(parseQuantity('1.2M', () => true).ok).toBe(false);
    expect(ok(parseQuantity('1.8m', () => true)).key).toBe('1.8 m');
    const report = checkConsistency([
      { id: 'a', source: 's1', subject: 'the city', attribute: 'population', value: '1.2M' },
      { id: 'b', source: 's2', subject: 'the city', attribute: 'population', value: '1.2 million' },
    ]);
    expect(report.groups[0]!.kind).toBe('number');
    expect(report.groups[0]!.status).toBe('consistent');
  });
});
