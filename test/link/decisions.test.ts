import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check';
import type { LinkDecision } from '../../src/model';

function decisions(file: string): LinkDecision[] {
  const { claims, sources } = JSON.parse(readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8'));
  const stats = { keyComparisons: 0, valueComparisons: 0, decisions: [] as LinkDecision[] };
  runCheck(claims, { sources }, stats);
  return stats.decisions;
}

describe('link decisions are recorded as data', () => {
  it('names the rule, the keys on both sides and the evidence', () => {
    const made = decisions('news/chicago-gas-station-shooting.json');
    // "Old Man Bill" and "David Scott" are each contained in the one full name 'David "Old Man Bill" Scott' ...
    expect(made).toContainEqual({
      rule: 'containment',
      side: 'subject',
      from: { subject: 'bill man old', attribute: 'age' },
      to: { subject: 'bill david man old scot', attribute: 'age' },
      evidence: '"Old Man Bill" is contained in one longer key only',
    });
    // ... and carry their other claims along to it.
    expect(made.filter((d) => d.rule === 'follow').map((d) => `${d.from.subject}/${d.from.attribute} -> ${d.to.subject}`)).toEqual([
      'bill man old/hospit -> bill david man old scot',
      'david scot/hospit -> bill david man old scot',
    ]);
  });

  it('records nothing for claims that already share their keys', () => {
    const claims = ['a', 'b', 'c'].map((source) => ({ source, subject: 'Alec Baldwin', attribute: 'age', value: 66 }));
    const stats = { keyComparisons: 0, valueComparisons: 0, decisions: [] as LinkDecision[] };
    runCheck(claims, {}, stats);
    expect(stats.decisions).toEqual([]);
  });

  it('records a refused spelling link as an issue, not a decision', () => {
    const claims = [
      { source: 'a', subject: 'Milton', attribute: 'population', value: 1200 },
      { source: 'b', subject: 'Tilton', attribute: 'population', value: 3500 },
    ];
    const stats = { keyComparisons: 0, valueComparisons: 0, decisions: [] as LinkDecision[] };
    const report = runCheck(claims, {}, stats);
    expect(stats.decisions).toEqual([]);
    expect(report.issues.map((i) => i.code)).toEqual(['similar_subject']);
  });
});
