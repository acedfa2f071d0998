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
});
