import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../../src/index';
import { attributeUnit } from '../../src/read/read';

// Attribute names as extractors write them (bench/heldout batch 27: "pregnancy_months": 5 against "5 Months").
describe('the unit an attribute name gives a bare number', () => {
  it.each([
    ['pregnancy_months', 'months'],
    ['Months', 'months'],
    ['age_years', 'years'],
    ['sentenceYears', 'years'],
    ['Weight (lbs)', 'lbs'],
    ['distance in miles', 'miles'],
    ['time_minutes', 'minutes'],
    ['height_ft', 'ft'],
    ['speed_mph', 'mph'],
    // A currency named in words (batch 78, East Orange: "bail_amount_usd": 130000 against "bail: $310,000").
    ['bail_amount_usd', 'usd'],
    ['Bail (USD)', 'usd'],
    ['fine in dollars', 'dollars'],
    ['killed_by_us', undefined],
    // A scale before the currency, a name's "Dollar", dispatch software's "CAD" (a cold review).
    ['damage_million_usd', 'million usd'],
    ['employees at Family Dollar', undefined],
    ['Response Time (CAD)', undefined],
    // A unit of time in the singular names a date's part, not a count: "incident_year: 2015".
    ['incident_year', undefined],
    ['incident_day', undefined],
    ['hour', undefined],
    // A unit that sets a span or a rate measures that, not the value.
    ['people_shot_within_10_hours', undefined],
    ['people_shot_within_ten_hours', undefined],
    ['calls per hour', undefined],
    ['deaths in the past 24 hours', undefined],
    // No unit word last; a letter that is a unit only after a number.
    ['number of rounds', undefined],
    ['days_missing', undefined],
    ['temperature_f', undefined],
  ])('%j gives %j', (attribute, unit) => {
    expect(attributeUnit(attribute)).toBe(unit);
  });

  const run = (rows: [string, string, string | number][]) =>
    checkConsistency(rows.map(([source, attribute, value], i) => ({ id: `c${i}`, source, subject: 'Special-Caijae Houston', attribute, value })));
  it('reads the bare number as that many of the unit, so it meets the same amount written with it and contradicts another', () => {
    const r = run([
      ['a', 'pregnancy_months', 5],
      ['b', 'Pregnancy', '5 Months'],
      ['c', 'pregnancy months', 'four months'],
    ]);
    expect(r.issues).toEqual([]);
    const g = r.groups.find((x) => x.claims.includes('c0'))!;
    expect(g.kind).toBe('duration');
    expect(g.claims).toEqual(['c0', 'c1', 'c2']);
    const five = g.positions.find((p) => p.claims.includes('c0'))!;
    expect(five.claims).toEqual(['c0', 'c1']);
    expect(five.conflictsWith).toEqual([g.positions.find((p) => p.claims.includes('c2'))!.id]);
    // The claim's value is shown as written.
    expect(five.value).toBe('5 Months');
  });
  it('reads a bare amount under a currency\'s name as money, which meets the same amount and contradicts another', () => {
    const r = run([
      ['a', 'bail', '$310,000'],
      ['b', 'bail_amount_usd', 130000],
      ['c', 'Bail (USD)', 310000],
    ]);
    const g = r.groups.find((x) => x.claims.includes('c0'))!;
    expect(g.kind).toBe('money');
    expect(g.claims).toEqual(['c0', 'c1', 'c2']);
    const right = g.positions.find((p) => p.claims.includes('c0'))!;
    expect(right.claims).toEqual(['c0', 'c2']);
    expect(right.conflictsWith).toEqual([g.positions.find((p) => p.claims.includes('c1'))!.id]);
  });
  // Across systems once the unit is known; an amount under its scale (a cold review).
  it.each([
    ['distance_miles', 3, 'distance', '5 km'],
    ['damage_million_usd', 2.5, 'damage', '$2.5 million'],
  ] as const)('reads %j: %j as %j: %j says', (a, va, b, vb) => {
    const r = run([
      ['a', a, va],
      ['b', b, vb],
    ]);
    expect(r.conflicts).toEqual([]);
    expect(r.groups.find((x) => x.claims.includes('c0'))!.claims).toEqual(['c0', 'c1']);
  });
  it('leaves a year a year and a count a count', () => {
    const r = run([
      ['a', 'incident_year', 2015],
      ['b', 'incident_year', '2016'],
      ['c', 'people_shot_within_10_hours', 5],
    ]);
    expect(r.groups.find((x) => x.claims.includes('c0'))!.status).toBe('conflict');
    expect(r.groups.find((x) => x.claims.includes('c2'))!.kind).toBe('number');
  });
  it("leaves the caller's kind alone, and the parts of one amount a source splits over two units", () => {
    const configured = checkConsistency(
      [
        { id: 'a', source: 'x', subject: 'trip', attribute: 'distance_miles', value: 3 },
        { id: 'b', source: 'y', subject: 'trip', attribute: 'distance_miles', value: 3.2 },
      ],
      { attributes: { distance_miles: { kind: 'number', tolerance: { relative: 0.1 } } } },
    );
    expect(configured.issues).toEqual([]);
    expect(configured.conflicts).toEqual([]);
    // A tolerance alone is in the attribute's own unit: 100 and 104 within 5 (cold review, dec 3).
    const tolerant = checkConsistency(
      [
        { id: 'a', source: 'x', subject: 'trip', attribute: 'distance_miles', value: 100 },
        { id: 'b', source: 'y', subject: 'trip', attribute: 'distance_miles', value: 104 },
      ],
      { attributes: { distance_miles: { tolerance: { absolute: 5 } } } },
    );
    expect(tolerant.conflicts).toEqual([]);
    const split = run([
      ['a', 'sentence_years', 2],
      ['a', 'sentence_months', 6],
      ['b', 'sentence', 'two and a half years'],
    ]);
    expect(split.conflicts).toEqual([]);
  });
  it('reads each claim by its own spelling of the attribute, whatever the order', () => {
    const rows: [string, string, string | number][] = [
      ['a', 'weeks_pregnant', 20],
      ['b', 'pregnant weeks', 20],
    ];
    const one = run(rows);
    const two = run([...rows].reverse());
    const of = (r: ReturnType<typeof run>) => r.groups.map((g) => `${g.kind}:${g.status}`).sort();
    expect(of(one)).toEqual(of(two));
  });
});
