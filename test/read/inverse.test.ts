import { describe, expect, it } from 'vitest';
import { checkConsistency, createChecker } from '../../src/check';
import type { ClaimInput } from '../../src/schema';

const claim = (id: string, source: string, subject: string, attribute: string, value: ClaimInput['value']): ClaimInput => ({ id, source, subject, attribute, value });

function groupOf(report: ReturnType<typeof checkConsistency>, id: string) {
  return report.groups.find((g) => g.claims.includes(id))!;
}

// Three articles on one girl: two say who her mother is from the mother's side, one from the girl's.
const houston = [
  claim('a', 'kens5', 'Toyia Jarmon', 'relationship to the victim', 'mother'),
  claim('b', 'abc13', 'Latoyia Thomas', 'relationship_to_victim', 'mother'),
  claim('c', 'khou', 'Victim', 'Mother', 'Toyia Jarmon'),
];

describe('a relation told from the other side', () => {
  it('reads "X | relationship to the victim | mother" as "the victim | mother | X" where another source meets it', () => {
    const report = checkConsistency(houston);
    const g = groupOf(report, 'a');
    expect(g.claims).toEqual(['a', 'b', 'c']);
    expect(g.attribute.toLowerCase()).toBe('mother');
    expect(g.status).toBe('conflict');
    expect(g.positions.map((p) => [p.value, p.claims])).toEqual([
      ['Toyia Jarmon', ['a', 'c']],
      ['Latoyia Thomas', ['b']],
    ]);
    // The report says how each was read.
    expect(g.links?.filter((l) => l.rule === 'inverse').map((l) => [l.from, l.to])).toEqual([
      ['Latoyia Thomas | relationship_to_victim | mother', 'victim | mother | Latoyia Thomas'],
      ['Toyia Jarmon | relationship to the victim | mother', 'the victim | mother | Toyia Jarmon'],
    ]);
  });

  it('meets between two claims told from the other side, and in other spellings', () => {
    const report = checkConsistency([
      claim('a', 's1', 'Maria Lopez', 'Relationship To Victim', 'his wife'),
      claim('b', 's2', 'Ana Ruiz', 'relation_to_victim', 'Wife'),
    ]);
    expect(groupOf(report, 'a').claims).toEqual(['a', 'b']);
    expect(report.conflicts).toHaveLength(1);
    const agree = checkConsistency([
      claim('a', 's1', 'Maria Lopez', 'relationship to the victim', 'the mother'),
      claim('b', 's2', 'victim', 'mother', 'Maria Lopez'),
    ]);
    expect(agree.groups).toHaveLength(1);
    expect(agree.groups[0]!.status).toBe('consistent');
  });

  it.each([
    ['a relation people hold several of', 'aunt'],
    ['a relation people hold several of', 'cousin'],
    ['a relation people hold several of', 'brother'],
    ['two parents', 'parent'],
    ['more than one word', 'mother of the victim'],
    ['not a relation', 'neighbor'],
  ])('leaves a claim as written for %s ("%s")', (_, value) => {
    const report = checkConsistency([
      claim('a', 's1', 'Maria Lopez', 'relationship to the victim', value),
      claim('b', 's2', 'Ana Ruiz', 'relationship to the victim', value),
      claim('c', 's3', 'victim', value, 'Maria Lopez'),
    ]);
    expect(report.conflicts).toEqual([]);
    expect(groupOf(report, 'a').claims).not.toContain('b');
    expect(report.groups.flatMap((g) => g.links ?? []).filter((l) => l.rule === 'inverse')).toEqual([]);
  });

  it('leaves a claim as written when nobody else tells that relation, or when another source tells its own subject and attribute', () => {
    const alone = checkConsistency([claim('a', 's1', 'Toyia Jarmon', 'relationship to the victim', 'mother'), claim('x', 's2', 'victim', 'age', 7)]);
    expect(groupOf(alone, 'a').subject).toBe('Toyia Jarmon');
    // "mother" against "grandmother" of one woman is where these two meet: both stay as written.
    const met = checkConsistency([
      claim('a', 's1', 'Toyia Jarmon', 'relationship to the victim', 'mother'),
      claim('b', 's2', 'Toyia Jarmon', 'relationship_to_victim', 'grandmother'),
      claim('c', 's3', 'victim', 'mother', 'Latoyia Thomas'),
    ]);
    expect(groupOf(met, 'a').claims).toEqual(['a', 'b']);
    expect(groupOf(met, 'c').claims).toEqual(['c']);
  });

  it('leaves a claim that states its kind, or is negated, as written', () => {
    const stated = checkConsistency([{ ...houston[0]!, kind: 'text' }, houston[1]!, houston[2]!]);
    expect(groupOf(stated, 'a').claims).toEqual(['a']);
    const negated = checkConsistency([{ ...houston[0]!, negated: true }, houston[1]!, houston[2]!]);
    expect(groupOf(negated, 'a').claims).toEqual(['a']);
  });

  it('gives the same report whatever the order, and a checker fed in batches gives the one-call report', () => {
    const all = [...houston, claim('d', 'khou', 'Victim', 'age', 7), claim('e', 'kens5', 'the victim', 'age', 7)];
    const one = JSON.stringify(checkConsistency(all));
    expect(JSON.stringify(checkConsistency([...all].reverse()))).toBe(one);
    // The first batch alone reads nothing the other way round (nobody meets it yet); the second changes that.
    const checker = createChecker();
    checker.add(all.slice(0, 1));
    expect(checker.report().groups[0]!.subject).toBe('Toyia Jarmon');
    checker.add(all.slice(1));
    expect(JSON.stringify(checker.report())).toBe(one);
  });
});
