import { describe, expect, it } from 'vitest';
import { checkConsistency, createChecker } from '../../src/check';
import { formatReport } from '../../src/report/format';
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

  it.each([
    ['a role', 'Mother'],
    ['a role with an article', 'the mother'],
    ['a possessive', "the victim's mother"],
    ['a possessive of a name', "Jarmon's mother"],
    ['a description', 'Unnamed woman'],
    ['a description', 'Mother of the victim'],
    ['another role', 'the suspect'],
    ['a pronoun', 'Her husband'],
    ['the other side itself', 'Victim'],
  ])('leaves a claim whose subject is %s ("%s"), not a name, as written', (_, subject) => {
    const report = checkConsistency([claim('a', 's1', subject, 'relationship to the victim', 'mother'), claim('b', 's2', 'victim', 'mother', 'Ana Ruiz')]);
    expect(report.conflicts).toEqual([]);
    expect(groupOf(report, 'a').claims).toEqual(['a']);
  });

  it('leaves as written the claims of a source that names two people in one relation of one other side (two victims, two mothers)', () => {
    const report = checkConsistency([
      claim('a', 's1', 'Ann Lee', 'relationship to victim', 'mother'),
      claim('b', 's1', 'Bea Kim', 'relationship to victim', 'mother'),
      claim('c', 's2', 'victim', 'mother', 'Ann Lee'),
    ]);
    expect(report.conflicts).toEqual([]);
    expect(groupOf(report, 'a').claims).toEqual(['a']);
    expect(groupOf(report, 'b').claims).toEqual(['b']);
    // One person in two spellings is one person: "Toyia Jarmon" and "Jarmon" from one source still read round.
    const one = checkConsistency([
      claim('a', 's1', 'Toyia Jarmon', 'relationship to victim', 'mother'),
      claim('b', 's1', 'Jarmon', 'relationship to victim', 'mother'),
      claim('c', 's2', 'victim', 'mother', 'Latoyia Thomas'),
    ]);
    expect(groupOf(one, 'c').claims).toEqual(['a', 'b', 'c']);
    expect(groupOf(one, 'c').status).toBe('conflict');
  });

  it('reads round together the claims of two sources told from the same side, to meet a third told from the victim\'s', () => {
    const report = checkConsistency([
      claim('a', 'kens5', 'Toyia Jarmon', 'relationship to the victim', 'mother'),
      claim('b', 'abc13', 'Toyia Jarmon', 'relationship_to_victim', 'mother'),
      claim('c', 'khou', 'Victim', 'Mother', 'Latoyia Thomas'),
    ]);
    const g = groupOf(report, 'c');
    expect(g.claims).toEqual(['a', 'b', 'c']);
    expect(g.status).toBe('conflict');
    // ...but not when a claim of another source on that subject and attribute stays as written: there they meet.
    const met = checkConsistency([
      claim('a', 'kens5', 'Toyia Jarmon', 'relationship to the victim', 'mother'),
      claim('b', 'abc13', 'Toyia Jarmon', 'relationship_to_victim', 'mother'),
      claim('g', 'abc13', 'Toyia Jarmon', 'relationship_to_victim', 'grandmother'),
      claim('c', 'khou', 'Victim', 'Mother', 'Latoyia Thomas'),
    ]);
    expect(groupOf(met, 'a').claims).toEqual(['a', 'b', 'g']);
    expect(groupOf(met, 'c').claims).toEqual(['c']);
  });

  it('does not try an attribute far longer than any relation', () => {
    const long = `relationship to the victim${' '.repeat(100_000)}x`;
    const report = checkConsistency([claim('a', 's1', 'Maria Lopez', long, 'mother'), claim('b', 's2', 'x', 'mother', 'Ana Ruiz')]);
    expect(groupOf(report, 'a').claims).toEqual(['a']);
  });

  it('says in Markdown and HTML that a claim was read round, escaped as any other text', () => {
    const report = checkConsistency([
      claim('a', 's1', 'Toyia <b>Jarmon</b> | x', 'relationship to the victim', 'mother'),
      claim('b', 's2', 'Victim', 'Mother', 'Latoyia Thomas'),
    ]);
    const md = formatReport(report, 'markdown');
    expect(md).toContain("- read claim 'Toyia \\<b\\>Jarmon\\</b\\> \\| x \\| relationship to the victim \\| mother' as 'the victim \\| mother \\| Toyia \\<b\\>Jarmon\\</b\\> \\| x'");
    expect(md).not.toContain('linked subject');
    const html = formatReport(report, 'html');
    expect(html).toContain('<li>read claim &#39;Toyia &lt;b&gt;Jarmon&lt;/b&gt; | x | relationship to the victim | mother&#39; as &#39;the victim | mother | Toyia &lt;b&gt;Jarmon&lt;/b&gt; | x&#39;');
    expect(html).not.toContain('<b>Jarmon');
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
