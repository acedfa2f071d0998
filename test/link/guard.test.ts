import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../../src/check';

// The link guard reads both sides as the compare stage would read the linked group: one kind for
// the claims of both cells (their attribute keys, the kinds they state, their values). Found by a
// differential review against 0.1.0, shrunk; each was grouped differently by an earlier draft
// that read every claim with the kind of its own attribute key, or that let the guard's
// inference (from two cells' values) stand in for the attribute's (from all its values).
const groupsOf = (claims: Parameters<typeof checkConsistency>[0]) => {
  const report = checkConsistency(claims);
  return { groups: report.groups.map((g) => [g.id, g.kind, g.status, g.claims.length]), issues: report.issues.map((i) => i.code) };
};

describe('the link guard', () => {
  it('links close spellings when the values read as one kind over both sides agree to be compared', () => {
    expect(
      groupsOf([
        { source: 'a', subject: 'Alec Baldwyn', attribute: 'date', value: 100 },
        { source: 'b', subject: 'Alec Baldwin', attribute: 'date', value: '30.1' },
        { source: 'c', subject: 'Rust', attribute: 'date', value: 3 },
      ]),
    ).toEqual({
      groups: [
        ['alec-baldwin:dat', 'number', 'conflict', 2],
        ['rust:dat', 'number', 'single', 1],
      ],
      issues: [],
    });
  });

  it('keeps a longer attribute apart when linking would create a conflict under the shared kind', () => {
    expect(
      groupsOf([
        // Names (free text is incomparable, never a conflict, so it could not show the guard at work).
        { source: 'a', subject: 'Alec Baldwin', attribute: 'date', value: 'Mary Sommer' },
        { source: 'a', subject: 'Alec Baldwin', attribute: 'date', value: 'John Smith' },
        { source: 'b', subject: 'Alec Baldwin', attribute: 'date of trial', value: '12/07/2024' },
      ]),
    ).toEqual({
      groups: [
        ['alec-baldwin:dat', 'name', 'conflict', 2],
        ['alec-baldwin:dat-trial', 'date', 'single', 1],
      ],
      issues: ['ambiguous_date'],
    });
  });

  it('weighs the kinds the claims of both sides state', () => {
    expect(
      groupsOf([
        { source: 'B', subject: 'Alec Baldwyn', attribute: 'charge', value: 'denied', kind: 'duration' },
        { source: 'B', subject: 'alec baldwin', attribute: 'charge', value: '48 hours' },
        { source: 'B', subject: 'the shooting', attribute: 'charge', value: 'a blue blazer', kind: 'money' },
      ]),
    ).toEqual({
      groups: [
        ['alec-baldwin:charg', 'duration', 'single', 2],
        ['shoot:charg', 'money', 'single', 1],
      ],
      issues: ['unparsed_value', 'unparsed_value'],
    });
  });
});

describe('a bare number whose attribute names its unit', () => {
  // A cold review: the guard decided the kind from "8" but read "8 km", so "depth_km": 8 was refused the group of
  // "depth": "about 5 miles (8 kilometers)" and reported "could not be read as a number ("8 km" has a unit …)".
  it('is read with that unit by the link guard as by the read and compare stages', () => {
    const report = checkConsistency([
      { source: 'ap', subject: 'the Ridgecrest earthquake', attribute: 'depth', value: 'about 5 miles (8 kilometers)' },
      { source: 'ap', subject: 'the Ridgecrest earthquake', attribute: 'magnitude', value: 7.1 },
      { source: 'latimes', subject: 'Ridgecrest quake', attribute: 'depth_km', value: 8 },
      { source: 'latimes', subject: 'Ridgecrest quake', attribute: 'magnitude', value: 7.1 },
    ]);
    const depth = report.groups.find((g) => g.attribute === 'depth' || g.attribute === 'depth_km')!;
    expect(depth).toMatchObject({ kind: 'quantity', status: 'consistent' });
    expect(depth.claims).toHaveLength(2);
    expect(report.issues.map((i) => i.code)).not.toContain('unparsed_value');
  });
});

describe('a subject kept apart by its values', () => {
  // A cold review: "Warehouse Fire | Firefighters | 60" stayed a silent single while its deaths joined the longer name.
  const fire = (firefighters: string) => [
    { source: 'a', subject: 'the West Oakland warehouse fire', attribute: 'firefighters', value: 'more than 100 firefighters' },
    { source: 'a', subject: 'the West Oakland warehouse fire', attribute: 'deaths', value: 3 },
    { source: 'b', subject: 'warehouse fire', attribute: 'deaths', value: 3 },
    { source: 'c', subject: 'Warehouse Fire', attribute: 'Firefighters', value: firefighters },
    { source: 'c', subject: 'Warehouse Fire', attribute: 'Deaths', value: 3 },
  ];
  it('is said, when its key joined that subject under another attribute', () => {
    const report = checkConsistency(fire('60'));
    const issue = report.issues.find((i) => i.code === 'ambiguous_subject');
    expect(issue?.message).toBe('"Warehouse Fire" most likely means "the West Oakland warehouse fire", but its values would conflict with that group\'s, so it stays apart: if they are one, that is a conflict');
    expect(checkConsistency(fire('110')).issues.map((i) => i.code)).not.toContain('ambiguous_subject');
  });
  it('is not said when its key joined nothing there ("Columbus" beside "Columbus Grove")', () => {
    const report = checkConsistency([
      { source: 'a', subject: 'columbus grove, ohio', attribute: 'population', value: 2054 },
      { source: 'b', subject: 'columbus, ohio', attribute: 'population', value: 787033 },
      { source: 'c', subject: 'columbus, ohio', attribute: 'population', value: 787000 },
    ]);
    expect(report.issues.map((i) => i.code)).not.toContain('ambiguous_subject');
    expect(report.summary.conflicts).toBe(0);
  });
});

describe('report arrays', () => {
  it('are never shared between two reports', () => {
    const first = checkConsistency([{ source: 'a', subject: 'X', attribute: 'age', value: 3 }]);
    (first.groups[0]!.positions[0]!.conflictsWith as string[]).push('M');
    const second = checkConsistency([{ source: 'b', subject: 'Y', attribute: 'height', value: '5 miles' }]);
    expect(second.groups[0]!.positions[0]!.conflictsWith).toEqual([]);
  });
});

describe('a position written alike as a scalar and as a list', () => {
  it('is represented the same whatever the input order', () => {
    const claims = [
      { id: 'k9', source: 'c', subject: 'the shooting', attribute: 'attorney', value: true },
      { id: 'k3', source: 'c', subject: 'the shooting', attribute: 'attorney', value: ['true'] },
      { id: 'k13', source: 'bbc', subject: 'the shooting', attribute: 'attorney', value: ['false'] },
    ];
    const forward = JSON.stringify(checkConsistency(claims));
    expect(JSON.stringify(checkConsistency([...claims].reverse()))).toBe(forward);
    expect(JSON.stringify(checkConsistency([claims[1]!, claims[2]!, claims[0]!]))).toBe(forward);
  });
});
