import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../../src/check';
import type { CheckOptions, ClaimInput } from '../../src/schema';

const claim = (id: string, source: string, attribute: string, value: ClaimInput['value'], extra: Partial<ClaimInput> = {}): ClaimInput => ({
  id,
  source,
  subject: 'the subject',
  attribute,
  value,
  ...extra,
});

function only(claims: ClaimInput[], options?: CheckOptions) {
  const report = checkConsistency(claims, options);
  expect(report.groups).toHaveLength(1);
  return { report, group: report.groups[0]! };
}

describe('names of a role', () => {
  const named = (subject: string, a: string, b: string, more: ClaimInput[] = [], attribute = 'name') =>
    checkConsistency([
      { id: 'a', source: 'A', subject, attribute, value: a },
      { id: 'b', source: 'B', subject, attribute, value: b },
      ...more,
    ]).groups.find((g) => g.claims.includes('a'))!;
  it('reads two full names with nothing in common for a role the input shows held by several as two people', () => {
    // bench/heldout Chicago: two outlets quote two police spokesmen; a third says each is one.
    const roles: ClaimInput[] = [
      { id: 'c1', source: 'C', subject: 'Jose Estrada', attribute: 'Role', value: 'Chicago Police Spokesman' },
      { id: 'c2', source: 'C', subject: 'Anthony Guglielmi', attribute: 'Role', value: 'Police Spokesman' },
    ];
    const g = named('the police spokesman', 'Anthony Guglielmi', 'Jose Estrada', roles);
    expect(g.status).not.toBe('conflict');
    expect(g.positions).toHaveLength(2);
    // Or one source names a second holder: "second police spokesman | name | Daniel O'Brien".
    const second: ClaimInput[] = [{ id: 'a2', source: 'A', subject: 'second police spokesman', attribute: 'name', value: "Daniel O'Brien" }];
    expect(named('police spokesman', 'Jose Estrada', "Daniel O'Brien", second).status).not.toBe('conflict');
  });
  it('still reports two names for a role the input shows no other holder of, names that share a word, and a name of a name', () => {
    // A cold review's: breaking news named the wrong man as the gunman.
    expect(named('the gunman', 'Geary Danley', 'Stephen Paddock').status).toBe('conflict');
    expect(named('the police spokesman', 'Anthony Guglielmi', 'Jose Estrada').status).toBe('conflict');
    expect(named('the victim', 'John Smith', 'Jon Smith').status).toBe('conflict');
    expect(named('Estrada', 'Jose Estrada', 'Daniel Obrien').status).toBe('conflict');
  });
});

describe('value semantics end to end', () => {
  it.each(['Not Available', 'N/A', 'unknown', 'TBA', '—', ''])('treats %j as a missing value: an issue, never a position', (placeholder) => {
    const { report, group } = only([claim('a', 'A', 'death toll', placeholder), claim('b', 'B', 'death toll', '42')]);
    expect(group.positions.map((p) => p.claims)).toEqual([['b']]);
    expect(group.claims).toEqual(['a', 'b']);
    expect(report.issues).toContainEqual(expect.objectContaining({ code: 'missing_value', claim: 'a', severity: 'info' }));
  });

  it('keeps an unreadable value as text that never conflicts with readable ones, and never calls the group an agreement', () => {
    const { report, group } = only([claim('a', 'A', 'dismissal date', 'the day after the hearing'), claim('b', 'B', 'dismissal date', 'July 12, 2024'), claim('c', 'C', 'dismissal date', '2024-07-12')]);
    expect(group.status).toBe('unverified');
    expect(report.summary).toMatchObject({ conflicts: 0, unverified: 1, consistent: 0 });
    expect(report.issues).toContainEqual(expect.objectContaining({ code: 'unparsed_value', claim: 'a' }));
  });

  it('applies aliases to names', () => {
    const claims = [claim('a', 'A', 'news agency', 'Thomson Corporation'), claim('b', 'B', 'news agency', 'Reuters')];
    const options = { attributes: { 'news agency': { kind: 'name' } } } as const;
    expect(only(claims, options).group.status).toBe('conflict');
    expect(only(claims, { ...options, aliases: [['Reuters', 'Thomson Corporation']] }).group.status).toBe('consistent');
  });

  it('reads an acronym in capitals as the name its initials spell', () => {
    const claims = [claim('a', 'A', 'investigating agency', 'NYPD'), claim('b', 'B', 'investigating agency', 'New York Police Department')];
    expect(only(claims).group.status).toBe('consistent');
  });

  it('reads a negated claim as the opposite yes/no value', () => {
    const { group } = only([
      claim('a', 'A', 'pulled the trigger', 'yes', { negated: true }),
      claim('b', 'B', 'pulled the trigger', 'no'),
      claim('c', 'C', 'pulled the trigger', false),
    ]);
    expect(group.status).toBe('consistent');
    expect(group.positions[0]!.normalized).toBe('false');
  });

  it('reads a negated value of other kinds as "anything but"', () => {
    const { group } = only([
      claim('a', 'A', 'venue', 'El Dorado Hotel', { negated: true }),
      claim('b', 'B', 'venue', 'Casa Chimayo'),
      claim('c', 'C', 'venue', 'the El Dorado Hotel'),
    ]);
    const byClaim = (id: string) => group.positions.find((p) => p.claims.includes(id))!;
    expect(byClaim('a').conflictsWith).toEqual([byClaim('c').id]);
    expect(byClaim('b').conflictsWith).toEqual([byClaim('c').id]);
  });

  it('finds a conflict of free text at low severity', () => {
    const { report } = only([claim('a', 'A', 'motion outcome', 'granted'), claim('b', 'B', 'motion outcome', 'not granted')]);
    expect(report.conflicts[0]).toMatchObject({ code: 'text_mismatch', severity: 'low' });
  });

  it('leaves free text it cannot understand unverified, not in conflict', () => {
    const { report, group } = only([claim('a', 'A', 'motion outcome', 'denied'), claim('b', 'B', 'motion outcome', 'granted')]);
    expect(group.status).toBe('unverified');
    expect(report.conflicts).toEqual([]);
  });

  it('reads "No deaths" against 3 as a conflict: 0 against 3', () => {
    const { report, group } = only([claim('a', 'A', 'deaths', 'No deaths'), claim('b', 'B', 'deaths', 3)]);
    expect(group.status).toBe('conflict');
    expect(report.conflicts[0]).toMatchObject({ code: 'number_mismatch', severity: 'high' });
  });

  it('never calls values it could not read an agreement: "120,000-square-foot" / "12,000 square feet" conflict, "1,200" / "3,000 acres" stays unverified', () => {
    expect(only([claim('a', 'A', 'size', '120,000-square-foot'), claim('b', 'B', 'size', '12,000 square feet')]).group.status).toBe('conflict');
    expect(only([claim('a', 'A', 'size', '1,200'), claim('b', 'B', 'size', '3,000 acres')]).group.status).toBe('unverified');
  });

  it('reads an expected weekday forward: "expected release: Wednesday" in a Tuesday article is the next day', () => {
    const sources = [{ id: 'A', publishedAt: '2016-09-06' }, { id: 'B', publishedAt: '2016-09-07' }];
    const { group } = only([claim('a', 'A', 'expected release', 'Wednesday'), claim('b', 'B', 'expected release', 'Wednesday')], { sources });
    expect(group.status).toBe('consistent');
  });

  it('uses a per-attribute tolerance: 48 and 49 agree within 1 degree', () => {
    const claims = [claim('a', 'A', 'temperature', '48'), claim('b', 'B', 'temperature', '49'), claim('c', 'C', 'temperature', '55')];
    const { group } = only(claims, { attributes: { temperature: { tolerance: { absolute: 1 } } } });
    const byClaim = (id: string) => group.positions.find((p) => p.claims.includes(id))!;
    expect(byClaim('a').conflictsWith).toEqual([byClaim('c').id]);
  });

  it('calls a conflict just outside tolerance medium', () => {
    const { report } = only([claim('a', 'A', 'population', '741329'), claim('b', 'B', 'population', '742884')]);
    expect(report.conflicts[0]).toMatchObject({ code: 'number_mismatch', severity: 'medium' });
  });

  it('treats lists as sets: different members do not conflict', () => {
    const { group } = only([claim('a', 'A', 'lawyers', ['Alex Spiro', 'Luke Nikas']), claim('b', 'B', 'lawyers', ['Alex Spiro']), claim('c', 'C', 'lawyers', ['Luke Nikas'])]);
    expect(group).toMatchObject({ cardinality: 'many', status: 'consistent' });
  });

  it("treats an attribute configured cardinality 'many' as a set", () => {
    const claims = [claim('a', 'A', 'celebrity supporter', 'Don Lemon'), claim('b', 'B', 'celebrity supporter', 'Amy Sedaris')];
    expect(only(claims).group.status).toBe('conflict');
    // Each source may name only part of the set: two different supporters neither conflict nor confirm each other.
    expect(only(claims, { attributes: { 'celebrity supporter': { cardinality: 'many' } } }).group.status).toBe('unverified');
    const joined = [...claims, claim('c', 'C', 'celebrity supporter', 'Amy Sedaris and Don Lemon')];
    expect(only(joined, { attributes: { 'celebrity supporter': { cardinality: 'many' } } }).group.status).toBe('consistent');
  });

  it('calls lists that share no member unverified, not consistent: nothing confirmed them (a cold review)', () => {
    for (const [a, b] of [
      [['second-degree murder'], ['first-degree murder']],
      [['guilty'], ['not guilty']],
      [['Tampa'], ['Orlando']],
    ]) {
      const { group, report } = only([claim('a', 'A', 'charges', a!), claim('b', 'B', 'charges', b!)]);
      expect(group).toMatchObject({ cardinality: 'many', status: 'unverified' });
      expect(report.issues.map((i) => i.code)).toContain('incomparable_values');
    }
    // A negated list fits every other list and names none of their members: it joins nothing (a second cold review).
    const negated = [claim('a', 'A', 'charges', ['murder']), claim('b', 'B', 'charges', ['arson']), { ...claim('c', 'C', 'charges', ['kidnapping', 'fraud']), negated: true }];
    expect(only(negated).group.status).toBe('unverified');
    // A shared member confirms both: each may name more.
    expect(only([claim('a', 'A', 'charges', ['murder', 'arson']), claim('b', 'B', 'charges', ['arson', 'assault'])]).group.status).toBe('consistent');
  });

  it("reads a store's author list as the set of people it names, and compares sets: the same people agree", () => {
    const { group } = only([
      claim('a', 'A', 'authors', 'Knuth, Donald E.; Fuller, John'),
      claim('b', 'B', 'authors', 'John Fuller, Donald E. Knuth'),
      claim('c', 'C', 'authors', 'KNUTH, DONALD E. FULLER, JOHN (Author)'),
    ]);
    expect(group).toMatchObject({ cardinality: 'set', status: 'consistent' });
    expect(group.positions.map((p) => p.normalized)).toEqual(['donald e knuth | john fuller']);
  });

  it('calls an author list that misses a person, or adds one, a conflict', () => {
    const missing = only([claim('a', 'A', 'authors', 'Haag, Stephen; Perry, James T.'), claim('b', 'B', 'authors', 'Stephen Haag')]);
    expect(missing.group.status).toBe('conflict');
    const added = only([claim('a', 'A', 'authors', 'Stephen Haag'), claim('b', 'B', 'authors', 'Haag, Stephen / Perry, James T. / Estevez, Efren')]);
    expect(added.group.status).toBe('conflict');
  });

  it('lets a bare surname or an initial stand for the same author (a refinement, not a conflict)', () => {
    const { group } = only([claim('a', 'A', 'authors', 'Knuth'), claim('b', 'B', 'authors', 'Knuth, D. E.'), claim('c', 'C', 'authors', 'Donald Ervin Knuth')]);
    expect(group.status).toBe('consistent');
    expect(group.consensus?.normalized).toBe('donald ervin knuth');
  });

  it('keeps one person written twice in one list once ("James T Perry; James Perry")', () => {
    const { group } = only([claim('a', 'A', 'authors', 'Stephen Haag; James T Perry; James Perry'), claim('b', 'B', 'authors', 'Haag, Stephen; Perry, James T.')]);
    expect(group.status).toBe('consistent');
  });

  it("compares arrays as whole sets under cardinality 'set', and leaves other lists open", () => {
    const claims = [claim('a', 'A', 'lawyers', ['Alex Spiro', 'Luke Nikas']), claim('b', 'B', 'lawyers', ['Alex Spiro'])];
    expect(only(claims).group.status).toBe('consistent');
    expect(only(claims, { attributes: { lawyers: { cardinality: 'set' } } }).group).toMatchObject({ cardinality: 'set', status: 'conflict' });
  });

  it('softens a conflict when one source asserts both values, and says so', () => {
    const { report } = only([
      claim('a', 'A', 'venue', 'Casa Chimayo'),
      claim('b1', 'B', 'venue', 'the bar in the El Dorado Hotel'),
      claim('b2', 'B', 'venue', 'Casa Chimayo restaurant'),
    ]);
    expect(report.conflicts[0]!.severity).toBe('medium');
    expect(report.conflicts[0]!.message).toMatch(/B asserts both/);
  });

  it('says so when one source alone gives the values that differ: no sources disagree (a list, or an article at odds with itself)', () => {
    const { report } = only([
      claim('b1', 'B', 'venue', 'the bar in the El Dorado Hotel'),
      claim('b2', 'B', 'venue', 'Casa Chimayo restaurant'),
    ]);
    expect(report.conflicts[0]!.severity).toBe('medium');
    expect(report.conflicts[0]!.message).toMatch(/^Only B gives the venue of the subject, in values that differ: ".*" = .* and ".*" = .* — a list, or one source at odds with itself\.$/);
    // By the group's sources, not the values shown (a cold review): another source's value, read or not, or two ids
    // with one name, is no source alone; a value that agrees with both is not among those that differ.
    const other = only([claim('b1', 'B', 'time', '10:15 pm'), claim('b2', 'B', 'time', '10:45 pm'), claim('a', 'A', 'time', 'between 10 and 11 pm')]);
    expect(other.report.conflicts[0]!.message).toMatch(/^Sources disagree/);
    const named = only([claim('b1', 'reuters', 'wounded', '3'), claim('b2', 'Reuters', 'wounded', '4')], { sources: [{ id: 'reuters', name: 'Reuters' }] });
    expect(named.report.conflicts[0]!.message).toMatch(/^Sources disagree/);
    const dates = only([claim('b1', 'B', 'date', '2016-07-04'), claim('b2', 'B', 'date', 'July 2016'), claim('b3', 'B', 'date', '2016-07-05')]);
    expect(dates.report.conflicts[0]!.message).toBe('Only B gives the date of the subject, in values that differ: "2016-07-04" and "2016-07-05" — a list, or one source at odds with itself.');
  });

  it('keeps currencies apart: incomparable, not a conflict (and not an agreement)', () => {
    expect(only([claim('a', 'A', 'settlement', '$500'), claim('b', 'B', 'settlement', '€500')]).group.status).toBe('unverified');
  });
});
