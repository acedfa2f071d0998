import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../../src/check';
import type { ClaimInput } from '../../src/schema';

const claim = (id: string, source: string, subject: string, attribute: string, value: ClaimInput['value']): ClaimInput => ({ id, source, subject, attribute, value });

function groupOf(report: ReturnType<typeof checkConsistency>, id: string) {
  return report.groups.find((g) => g.claims.includes(id))!;
}

describe('grouping', () => {
  it('groups different phrasings of one subject and attribute', () => {
    const report = checkConsistency([
      claim('a', 's1', 'the case against Alec Baldwin', 'dismissal date', '2024-07-12'),
      claim('b', 's2', "Alec Baldwin's involuntary manslaughter case", 'date of dismissal', '2024-07-12'),
      claim('c', 's3', "Baldwin's case", 'dismissed on', '2024-07-12'),
    ]);
    expect(report.groups).toHaveLength(1);
    expect(report.groups[0]!.claims).toEqual(['a', 'b', 'c']);
  });

  it('merges spelling variants of a long name but not different short names', () => {
    const report = checkConsistency([
      claim('a', 's1', 'Halyna Hutchins', 'age', 42),
      claim('b', 's2', 'Halyna Hutchens', 'age', 42),
      claim('c', 's3', 'Alex Spiro', 'age', 50),
      claim('d', 's4', 'Alec Spiro', 'age', 60),
    ]);
    expect(groupOf(report, 'a').claims).toEqual(['a', 'b']);
    expect(groupOf(report, 'c')).not.toBe(groupOf(report, 'd'));
  });

  it('a subject that names two people together is neither of them: a surname follows the one full name', () => {
    // Three articles on two officers; one gives their ages the other way round.
    const report = checkConsistency([
      claim('a1', 'ksat', 'Derrick Stafford', 'age', 23),
      claim('a2', 'ksat', 'Norris Greenhouse Jr.', 'age', 32),
      claim('b1', 'ksla', 'Derrick Stafford', 'age', 32),
      claim('b2', 'ksla', 'Greenhouse and Stafford', 'charges', 'second-degree murder'),
      claim('c1', 'advocate', 'Stafford', 'Age', 32),
      claim('c2', 'advocate', 'Stafford', 'bail', '$1 million'),
      claim('c3', 'advocate', 'Greenhouse & Stafford', 'charges', 'second-degree murder'),
    ]);
    const stafford = groupOf(report, 'c1');
    expect(stafford.claims).toEqual(['a1', 'b1', 'c1']);
    expect(stafford.status).toBe('conflict');
    // The pair stays one subject of its own, whichever way it is joined.
    expect(groupOf(report, 'b2').claims).toEqual(['b2', 'c3']);
    expect(report.issues.filter((i) => i.code === 'ambiguous_subject')).toEqual([]);
  });

  it('a short subject that joined its dominant longer name is that name in its other claims too', () => {
    // bench/heldout Caruthersville: "Shooting" fits two longer names, one clearly dominant; its day joins that
    // name by containment, and its other claims must follow, or one writer's event would be split in two.
    const report = checkConsistency([
      claim('a-day', 'wsil', 'the shooting at the nightclub', 'day', 'Sunday'),
      claim('a-club', 'wsil', 'the shooting at the nightclub', 'name of the club', 'Club Envy'),
      claim('a-town', 'wsil', 'the shooting at the nightclub', 'town', 'Caruthersville'),
      claim('a-dead', 'wsil', 'the shooting at the nightclub', 'how many people were killed', 'one'),
      claim('p-age', 'wsil', 'the people involved in the shooting', 'age group', 'adults'),
      claim('c-day', 'wpsd', 'Shooting', 'Day', 'Sunday'),
      claim('c-hurt', 'wpsd', 'Shooting', 'Hurt', 6),
    ]);
    expect(groupOf(report, 'c-day').claims).toEqual(['a-day', 'c-day']);
    expect(groupOf(report, 'c-hurt').links).toEqual([expect.objectContaining({ rule: 'follow', side: 'subject', from: 'Shooting' })]);
  });

  it("follows a dominant longer name only with the sources that joined it: another source's \"Smith\" may be another Smith", () => {
    const report = checkConsistency([
      ...['age', 'wife', 'job', 'hometown', 'car', 'school', 'church'].map((a, k) => claim(`r${k}`, 'wfaa', 'Robert Smith', a, a === 'age' ? 45 : `x${k}`)),
      claim('l', 'wfaa', 'Linda Smith', 'age', 43),
      claim('k', 'kdfw', 'Smith', 'age', 45),
      claim('d', 'dmn', 'Smith', 'victim age', 43),
    ]);
    expect(groupOf(report, 'k').claims).toEqual(['k', 'r0']);
    expect(groupOf(report, 'd').claims).toEqual(['d']);
    expect(report.summary.conflicts).toBe(0);
  });

  it('joins "the shooting" of two sources to "shooting_incident" even to disagree: "incident" adds nothing (bench Brooklyn 2014)', () => {
    const report = checkConsistency([
      claim('n-day', 'cbs', 'the shooting', 'when it happened', 'Saturday'),
      claim('n-boro', 'cbs', 'the shooting', 'borough', 'Brooklyn'),
      claim('s-date', 'nbc', 'shooting_incident', 'date', '2014-11-22'),
      claim('s-boro', 'nbc', 'shooting_incident', 'borough', 'Brooklyn'),
      claim('s-hood', 'nbc', 'shooting_incident', 'neighborhood', 'East New York'),
      claim('t-day', 'raw', 'Shooting', 'Day', 'Sunday'),
      claim('t-hood', 'raw', 'Shooting', 'Neighborhood', 'East New York, Brooklyn'),
    ], { sources: [{ id: 'cbs', publishedAt: '2014-11-23' }, { id: 'nbc', publishedAt: '2014-11-23' }, { id: 'raw', publishedAt: '2014-11-23' }] });
    expect(groupOf(report, 't-day').claims).toContain('s-date');
    expect(groupOf(report, 't-day').status).toBe('conflict');
  });

  it('keeps "two victims" apart from "the other two victims": a word that sets one apart makes the longer key another thing', () => {
    const report = checkConsistency([
      claim('a', 'a', 'two victims', 'taken to', 'Mercy Hospital'),
      claim('b', 'b', 'the other two victims', 'taken to', 'Regional Medical Center'),
      claim('c', 'a', 'the shooting', 'date', 'June 3'),
      claim('d', 'b', 'the earlier shooting', 'date', 'May 30'),
    ]);
    expect(groupOf(report, 'a').claims).toEqual(['a']);
    expect(groupOf(report, 'c').claims).toEqual(['c']);
    expect(report.summary.conflicts).toBe(0);
  });

  it('a word that sets apart, capitalised, is a name\'s ("First National Bank"); "incident" after a gathering is no general word', () => {
    const bank = checkConsistency([
      claim('a', 'a', 'the bank', 'employees', 12),
      claim('b', 'b', 'First National Bank', 'employees', 30),
    ]);
    expect(groupOf(bank, 'a').claims).toEqual(['a', 'b']);
    const party = checkConsistency([
      claim('a', 'a', 'the party', 'time', '9 p.m.'),
      claim('b', 'b', 'the party', 'time', '9 p.m.'),
      claim('c', 'c', 'the party incident', 'time', '1:30 a.m.'),
    ]);
    expect(party.summary.conflicts).toBe(0);
  });

  it('"and" after a comma belongs to a qualifier: a place keeps its shorter name', () => {
    const report = checkConsistency([
      claim('a', 's1', 'Bay Roberts, Newfoundland and Labrador', 'population', 6012),
      claim('b', 's2', 'Bay Roberts', 'population', 6012),
    ]);
    expect(report.groups).toHaveLength(1);
  });

  it('joins a short subject to a clearly dominant candidate', () => {
    const claims = [
      ...['age', 'wife', 'brother', 'height', 'hometown', 'employer'].map((a, i) => claim(`alec${i}`, 's1', 'Alec Baldwin', a, a === 'age' ? 66 : `x${i}`)),
      claim('stephen', 's1', 'Stephen Baldwin', 'age', 58),
      claim('short', 's2', 'Baldwin', 'age', '66-year-old'),
    ];
    const report = checkConsistency(claims);
    expect(groupOf(report, 'short').claims).toEqual(['alec0', 'short']);
  });

  it('keeps a short subject apart, with an issue, when joining would invent a conflict (Baldwin, 58)', () => {
    const claims = [
      ...['age', 'wife', 'brother', 'height', 'hometown', 'employer'].map((a, i) => claim(`alec${i}`, 's1', 'Alec Baldwin', a, a === 'age' ? 66 : `x${i}`)),
      claim('stephen', 's1', 'Stephen Baldwin', 'age', 58),
      claim('short', 's2', 'Baldwin', 'age', 58),
    ];
    const report = checkConsistency(claims);
    expect(groupOf(report, 'short').claims).toEqual(['short']);
    expect(report.conflicts).toEqual([]);
    const issue = report.issues.find((i) => i.code === 'ambiguous_subject')!;
    expect(issue.claim).toBe('short');
    expect(issue.message).toMatch(/"Alec Baldwin"/);
    expect(issue.message).toMatch(/"Stephen Baldwin"/);
  });

  it('keeps a short subject apart when no candidate dominates', () => {
    const report = checkConsistency([
      claim('alec', 's1', 'Alec Baldwin', 'age', 66),
      claim('stephen', 's1', 'Stephen Baldwin', 'age', 58),
      claim('hilaria', 's1', 'Hilaria Baldwin', 'age', 40),
      claim('short', 's2', 'Baldwin', 'age', 66),
    ]);
    expect(groupOf(report, 'short').claims).toEqual(['short']);
    expect(report.issues.find((i) => i.code === 'ambiguous_subject')!.message).toMatch(/none is clearly dominant/);
  });

  it("a short subject whose own claims name one of its longer names is that one, even to disagree (Greenhouse Jr. and Sr.)", () => {
    const claims = [
      claim('jr1', 'ksat', 'Norris Greenhouse Jr.', 'age', 32),
      claim('jr2', 'ksla', 'Norris Greenhouse Jr.', 'age', 23),
      claim('sr1', 'ksla', 'Norris Greenhouse Sr.', 'occupation', 'assistant district attorney'),
      claim('sr2', 'ksla', 'Norris Greenhouse Sr.', 'age', 60),
      claim('name', 'advocate', 'Greenhouse', 'Name', 'Norris Greenhouse Jr.'),
      claim('age', 'advocate', 'Greenhouse', 'Age', 24),
    ];
    const report = checkConsistency(claims);
    expect(groupOf(report, 'age').claims).toEqual(['age', 'jr1', 'jr2']);
    expect(groupOf(report, 'sr2').claims).toEqual(['sr2']);
    expect(report.issues.filter((i) => i.code === 'ambiguous_subject')).toEqual([]);
    // Other ways of saying it is the name.
    for (const attribute of ['full_name', 'Full Name', 'identified as']) {
      const r = checkConsistency(claims.map((c) => (c.id === 'name' ? { ...c, attribute } : c)));
      expect(groupOf(r, 'age').claims).toEqual(['age', 'jr1', 'jr2']);
    }
    // A relative's name, or a first name, is not its own: it stays apart, ambiguous.
    for (const attribute of ["son's name", 'father', 'first name']) {
      const r = checkConsistency(claims.map((c) => (c.id === 'name' ? { ...c, attribute } : c)));
      expect(groupOf(r, 'age').claims).toEqual(['age']);
      expect(r.issues.some((i) => i.code === 'ambiguous_subject' && i.claim === 'age')).toBe(true);
    }
    // Without a name claim, as before: ambiguous between father and son, apart.
    const none = checkConsistency(claims.filter((c) => c.id !== 'name'));
    expect(groupOf(none, 'age').claims).toEqual(['age']);
  });

  it.each([
    // The relative who identified him, the father he was named for: another's name, not his own.
    ['identified by', 'Norris Greenhouse Sr.'],
    ['named by', 'Norris Greenhouse Sr.'],
    ['named for', 'Norris Greenhouse Sr.'],
    ['named after', 'Norris Greenhouse Sr.'],
  ])('a "%s" claim (%s) is not the short subject\'s own name: it stays apart, ambiguous', (attribute, value) => {
    const r = checkConsistency([
      claim('jr1', 'ksat', 'Norris Greenhouse Jr.', 'age', 23),
      claim('sr1', 'ksla', 'Norris Greenhouse Sr.', 'age', 60),
      claim('name', 'advocate', 'Greenhouse', attribute, value),
      claim('age', 'advocate', 'Greenhouse', 'age', 23),
    ]);
    expect(groupOf(r, 'age').claims).toEqual(['age']);
    expect(r.issues.some((i) => i.code === 'ambiguous_subject' && i.claim === 'age')).toBe(true);
  });

  it("a short subject's name claim speaks for its own source only: another article's \"Greenhouse, 60\" stays apart", () => {
    const claims = [
      claim('jr1', 'ksat', 'Norris Greenhouse Jr.', 'age', 23),
      claim('sr1', 'ksla', 'Norris Greenhouse Sr.', 'age', 60),
      claim('name', 'advocate', 'Greenhouse', 'name', 'Norris Greenhouse Jr.'),
      claim('age', 'advocate', 'Greenhouse', 'age', 23),
      claim('age2', 'wbrz', 'Greenhouse', 'age', 60),
    ];
    const r = checkConsistency(claims);
    expect(groupOf(r, 'age').claims).toEqual(['age', 'age2']);
    expect(r.issues.some((i) => i.code === 'ambiguous_subject')).toBe(true);
    // When every source that writes "Greenhouse" names him so, he is the son.
    const both = checkConsistency([...claims.slice(0, 4), claim('age2', 'wbrz', 'Greenhouse', 'age', 23), claim('name2', 'wbrz', 'Greenhouse', 'Full Name', 'Norris Greenhouse Jr')]);
    expect(groupOf(both, 'age').claims).toEqual(['age', 'age2', 'jr1']);
  });

  it('a name claim that names neither longer key changes nothing; one that names the weaker candidate wins', () => {
    const base = [
      claim('jr1', 'ksat', 'Norris Greenhouse Jr.', 'age', 32),
      claim('sr2', 'ksla', 'Norris Greenhouse Sr.', 'age', 60),
      claim('age', 'advocate', 'Greenhouse', 'Age', 24),
    ];
    const other = checkConsistency([...base, claim('name', 'advocate', 'Greenhouse', 'name', 'Norris Greenhouse III')]);
    expect(groupOf(other, 'age').claims).toEqual(['age']);
    // Its own name beats the dominance of another candidate: the father, though the son has more claims.
    const father = checkConsistency([
      ...base,
      ...['height', 'school', 'hometown'].map((a, i) => claim(`jr-${a}`, 'ksat', 'Norris Greenhouse Jr.', a, `x${i}`)),
      claim('name', 'advocate', 'Greenhouse', 'name', 'Norris Greenhouse Sr.'),
    ]);
    expect(groupOf(father, 'age').claims).toEqual(['age', 'sr2']);
  });

  it('a single word heading the longer key\'s "of" phrase joins only if its values agree ("Chief" / "APD Chief of Staff")', () => {
    // Two people: the chief of police and the chief of staff (bench/heldout Austin 2016).
    const apart = checkConsistency([claim('a', 'fox7', 'APD Chief of Staff', 'name', 'Brian Manley'), claim('b', 'kvue', 'Chief', 'Name', 'Art Acevedo')]);
    expect(groupOf(apart, 'a').claims).toEqual(['a']);
    expect(apart.conflicts).toEqual([]);
    const together = checkConsistency([claim('a', 'fox7', 'APD Chief of Staff', 'name', 'Brian Manley'), claim('b', 'kvue', 'Chief', 'Name', 'Brian Manley')]);
    expect(groupOf(together, 'a').claims).toEqual(['a', 'b']);
    // Not a word before "of": a surname still joins its full name even to disagree.
    const surname = checkConsistency([claim('a', 's1', 'Derrick Stafford', 'age', 32), claim('b', 's2', 'Stafford', 'age', 23)]);
    expect(groupOf(surname, 'a').claims).toEqual(['a', 'b']);
  });

  it('lets a rarely used partial reference join its full form even to disagree ("Baldwin\'s case", July 13)', () => {
    const report = checkConsistency([
      claim('a', 's1', 'the case against Alec Baldwin', 'dismissal date', '2024-07-12'),
      claim('b', 's2', "Alec Baldwin's involuntary manslaughter case", 'date of dismissal', '2024-07-12'),
      claim('c', 's3', "Baldwin's case", 'dismissed on', '2024-07-13'),
    ]);
    expect(report.groups).toHaveLength(1);
    expect(report.conflicts).toHaveLength(1);
  });

  it('keeps a well-used name apart from a longer name that is another place ("little rock" / "north little rock")', () => {
    const report = checkConsistency([
      claim('a', 's1', 'little rock, arkansas', 'Population2000', 183133),
      claim('b', 's2', 'little rock, arkansas', 'Population2000', 183133),
      claim('c', 's3', 'little rock, arkansas', 'Population2000', 183833),
      claim('d', 's4', 'north little rock, arkansas', 'Population2000', 60433),
    ]);
    expect(groupOf(report, 'd').claims).toEqual(['d']);
  });

  it('weighs a short name by the sources that use it, not by how many facts one source lists (Chicago, 64 vs 65)', () => {
    const report = checkConsistency([
      claim('tribune-age', 'tribune', 'Old Man Bill', 'age', '64-year-old'),
      claim('tribune-hospital', 'tribune', 'Old Man Bill', 'hospital', 'Stroger Hospital'),
      claim('abc7-age', 'abc7', 'David Scott', 'age', 65),
      claim('abc7-hospital', 'abc7', 'David Scott', 'hospital', 'Stroger Hospital'),
      claim('abc7-wound', 'abc7', 'David Scott', 'times shot', 5),
      claim('gva-age', 'gva', 'David "Old Man Bill" Scott', 'age', 64),
    ]);
    // "David Scott" (one source, three claims) is no more used than the full name (one source): it joins, and disagrees.
    expect(groupOf(report, 'abc7-age').claims).toEqual(['abc7-age', 'gva-age', 'tribune-age']);
    expect(report.conflicts).toHaveLength(1);
    expect(report.conflicts[0]!.group).toBe(groupOf(report, 'abc7-age').id);
    // Both short names are the full name in all their claims: the hospitals meet, though the full name has none.
    expect(groupOf(report, 'abc7-hospital').claims).toEqual(['abc7-hospital', 'tribune-hospital']);
    expect(groupOf(report, 'abc7-hospital').status).toBe('consistent');
  });

  it('lets two short names meet under their longer name only if they agree', () => {
    const report = checkConsistency([
      claim('tribune-age', 'tribune', 'Old Man Bill', 'age', 64),
      claim('tribune-hospital', 'tribune', 'Old Man Bill', 'hospital', 'Stroger Hospital'),
      claim('abc7-age', 'abc7', 'David Scott', 'age', 64),
      claim('abc7-hospital', 'abc7', 'David Scott', 'hospital', 'Mercy Hospital'),
      claim('gva-age', 'gva', 'David "Old Man Bill" Scott', 'age', 64),
    ]);
    expect(groupOf(report, 'abc7-age').claims).toEqual(['abc7-age', 'gva-age', 'tribune-age']);
    expect(groupOf(report, 'abc7-hospital').claims).toEqual(['abc7-hospital']);
    expect(groupOf(report, 'tribune-hospital').claims).toEqual(['tribune-hospital']);
    expect(report.conflicts).toEqual([]);
  });

  it('does not carry a refused or ambiguous short name into a longer one', () => {
    const report = checkConsistency([
      claim('alec', 's1', 'Alec Baldwin', 'age', 66),
      claim('stephen', 's1', 'Stephen Baldwin', 'age', 58),
      claim('short-age', 's2', 'Baldwin', 'age', 66),
      claim('short-town', 's2', 'Baldwin', 'hometown', 'Massapequa'),
    ]);
    expect(groupOf(report, 'short-town').claims).toEqual(['short-town']);
    expect(groupOf(report, 'short-town').subject).toBe('Baldwin');
  });

  it('keeps a short key apart from a longer one when a source gives values under both (Sonoma: "magnitude" / "aftershock magnitudes")', () => {
    const report = checkConsistency([
      claim('abc7-m', 'abc7', 'the North Bay earthquake', 'magnitude', '4.6'),
      claim('mercury-m', 'mercury', 'the North Bay earthquake', 'magnitude', '4.6'),
      claim('latimes-m', 'latimes', 'the North Bay earthquake', 'magnitude', 'magnitude 4.6'),
      claim('abc7-a', 'abc7', 'the North Bay earthquake', 'aftershock magnitudes', [2.9, 2.2]),
      claim('napa-a', 'napa', 'the North Bay earthquake', 'aftershock magnitudes', [2.9, 2.2]),
    ]);
    expect(groupOf(report, 'abc7-m').claims).toEqual(['abc7-m', 'latimes-m', 'mercury-m']);
    expect(groupOf(report, 'abc7-a').claims).toEqual(['abc7-a', 'napa-a']);
  });

  it('keeps spelling variants apart when their values conflict, with an info issue ("milton" / "tilton")', () => {
    const report = checkConsistency([
      claim('a', 's1', 'milton, new hampshire', 'Population2000', 3910),
      claim('b', 's2', 'tilton, new hampshire', 'Population2000', 3477),
    ]);
    expect(report.groups).toHaveLength(2);
    expect(report.issues).toContainEqual(expect.objectContaining({ code: 'similar_subject', severity: 'info' }));
  });

  // A cold review: "!!!" and "???" (and invisible spellings) both had the empty key, and made one group whose
  // two ages conflicted. A spelling with no word is its own key.
  it('never joins subjects that have no word in them', () => {
    const report = checkConsistency([
      claim('c1', 'a', '!!!', 'age', '40'),
      claim('c2', 'b', '???', 'age', '70'),
      claim('c3', 'c', '\u200b', 'age', '50'),
      claim('c4', 'd', '\u200c', 'age', '60'),
      claim('c5', 'e', '!!!', 'age', '41'),
    ]);
    expect(report.groups.map((g) => g.claims)).toEqual(expect.arrayContaining([['c1', 'c5'], ['c2'], ['c3'], ['c4']]));
    expect(report.groups).toHaveLength(4);
    expect(report.conflicts).toHaveLength(1);
  });
});
