import { describe, expect, it } from 'vitest';
import type { RawGroup, StageIssue } from '../../src/model';
import { settledLinkIssues } from '../../src/report/issues';

// A cold review: "Deaths could be death_count or number of deaths; none is clearly dominant, so its claims stay in a
// group of their own" was printed beside one group of all three, which a later rule had made.
describe('link issues once the groups are made', () => {
  const attribute = ['Deaths', 'death_count', 'number of deaths', 'Injured', 'injuries'];
  const spelling = (side: 'subject' | 'attribute', i: number) => (side === 'subject' ? 'the fire' : attribute[i]!);
  const group = (...claims: number[]): RawGroup => ({ subjectKey: 'fire', attributeKey: attribute[claims[0]!]!, claims, linked: true });
  const ambiguous: StageIssue = {
    data: { code: 'ambiguous_attribute', what: 'Deaths', candidates: ['death_count', 'number of deaths'], likely: undefined },
    severity: 'warning',
    claim: 'n-dead',
    handle: 0,
  };
  const similar: StageIssue = { data: { code: 'similar_attribute', a: 'Injured', b: 'injuries' }, severity: 'info', claim: 'n-inj', handle: 3 };
  const other: StageIssue = { data: { code: 'unknown_source', source: 'x', claims: ['c'] }, severity: 'warning', claim: 'c' };

  it('drops one that says two keys stay apart when a later rule put them in one group', () => {
    expect(settledLinkIssues([ambiguous, similar, other], [group(0, 1, 2), group(3, 4)], spelling)).toEqual([other]);
  });
  it('keeps one whose keys did stay apart', () => {
    expect(settledLinkIssues([ambiguous, similar, other], [group(0), group(1), group(2), group(3), group(4)], spelling)).toEqual([ambiguous, similar, other]);
    expect(settledLinkIssues([ambiguous], [group(0, 1), group(2)], spelling)).toEqual([]);
    expect(settledLinkIssues([similar], [group(3), group(4)], spelling)).toEqual([similar]);
  });
});
