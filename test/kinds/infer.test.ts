import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../../src/check';
import type { ClaimValue } from '../../src/schema';

function kindOf(attribute: string, values: ClaimValue[]) {
  const report = checkConsistency(values.map((value, i) => ({ source: `s${i}`, subject: 'x', attribute, value })));
  expect(report.groups).toHaveLength(1);
  return [report.groups[0]!.kind, report.groups[0]!.kindFrom];
}

describe('kind inference', () => {
  it.each([
    ['dismissal date', ['Friday, July 12', 'Friday (12.07.24)'], 'date', 'attribute'],
    ['year', ['2021', 2021], 'number', 'values'], // a JSON number is a number first: 2021 and "2021" agree either way
    ['year', ['2021', 'March 2021'], 'date', 'attribute'],
    ['age', ['66-year-old', 66], 'number', 'attribute'],
    ['sched_dep_time', ['7:10 a.m.', '7:10aDec 1'], 'time', 'attribute'],
    ['sentence', ['18-month sentence', '18 months'], 'duration', 'attribute'],
    ['venue', ['Casa Chimayo', 'El Dorado Hotel'], 'place', 'attribute'],
    ['judge', ['Judge Mary Marlowe Sommer', 'Mary Marlowe Sommer'], 'name', 'attribute'],
    ['Population2000', ['478403', '478,403'], 'number', 'values'],
    ['settlement', ['$2 million', '$2,000,000'], 'money', 'attribute'],
    ['outcome', ['denied', 'granted'], 'text', 'values'],
    ['pulled the trigger', ['no', false], 'boolean', 'values'],
    ['what happened', ['July 12, 2024', '2024-07-12'], 'date', 'values'],
    ['weapon', ['a handgun', '.9mm handgun'], 'text', 'attribute'], // Aransas Pass: a calibre is not the value
    ['number of weapons', ['two', 2], 'number', 'attribute'],
    ['description', ['gray, four-door Chevrolet', 'gray four-door Chevrolet'], 'text', 'attribute'],
    // Evidence from the values first: a hint never overrides values that plainly read as another kind.
    ['state licensed security officer', [false, 'no'], 'boolean', 'values'], // Terrell: not a name for "officer"
    ['when shots were fired', ['around 10 p.m. Tuesday', 'after 10 p.m. Tuesday'], 'time', 'values'], // not a number of shots
    ['when officers found the victims', ['just before 2 a.m.', 'around 2 a.m.'], 'time', 'values'], // not a name for "victims"
    ['where the victims were found', ['the foyer of the GoLo station', 'near East 51st Street and South Indiana Avenue'], 'place', 'attribute'],
    // "how" asks a manner, and the words after it hint at nothing (batch 38, Houston: "scene" is no place here);
    // "how many", "how old" still ask a measure.
    ['how she left the scene', ['car', 'got into a private vehicle to flee'], 'text', 'attribute'],
    ['how the car was described', ['a silver 2015 Honda Civic', 'a black 2015 Toyota Camry'], 'text', 'attribute'],
    ['how and where he was shot', ['in the parking lot', 'outside the store'], 'place', 'attribute'],
    ['how many people were hurt', ['five', 5], 'number', 'attribute'],
    ['how far from the scene', ['2 miles', 'two miles'], 'quantity', 'values'],
    ['held', ['July', 'June'], 'date', 'values'], // a month is not a place
    ['held', ['two weeks ago', 'last month'], 'date', 'values'],
    ['age', ['22-month-old', '1-year-old'], 'number', 'attribute'], // an age before an amount of months
    ['area', ['120,000-square-foot', '12,000 square feet'], 'quantity', 'values'],
    ['top speed', ['185 km/h', '115 miles per hour'], 'quantity', 'values'],
    ['direction from Bireun', ['west', 'south'], 'place', 'values'],
    ['deaths', ['No deaths', 3], 'number', 'attribute'],
    ['In custody', ['No one', false], 'boolean', 'values'],
  ])('reads %j with %j as %s (from the %s)', (attribute, values, kind, from) => {
    expect(kindOf(attribute, values as ClaimValue[])).toEqual([kind, from]);
  });

  it('uses the kind the claims state, and the configured kind over both', () => {
    const claims = [
      { source: 'a', subject: 'x', attribute: 'code', value: '2021', kind: 'text' as const },
      { source: 'b', subject: 'x', attribute: 'code', value: '2021' },
    ];
    expect(checkConsistency(claims).groups[0]).toMatchObject({ kind: 'text', kindFrom: 'claims' });
    expect(checkConsistency(claims, { attributes: { code: { kind: 'number' } } }).groups[0]).toMatchObject({ kind: 'number', kindFrom: 'options' });
  });
});
