import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../../src/index';
import type { ClaimInput } from '../../src/schema';

/** The positions of the group holding claim `id`, by normalized value, and whether any two conflict. */
function groupOf(claims: ClaimInput[], id: string) {
  const report = checkConsistency(claims);
  const g = report.groups.find((x) => x.claims.includes(id))!;
  return { normalized: g.positions.map((p) => p.normalized), conflict: g.status === 'conflict', report };
}

describe('a value read as its quote hedges it', () => {
  // After a Los Angeles shooting: one article "around 12:28 a.m.", another "at about 12:30 a.m.", and the
  // values written without the hedge.
  const times = (withQuotes: boolean): ClaimInput[] => [
    { id: 'a', source: 'ktla', subject: 'shooting_incident', attribute: 'incident_time', value: '00:28', ...(withQuotes ? { quote: 'Police were called around 12:28 a.m. Saturday' } : {}) },
    { id: 'b', source: 'abc7', subject: 'shooting_incident', attribute: 'incident_time', value: '12:30 a.m.', ...(withQuotes ? { quote: 'The shooting happened at about 12:30 a.m. Saturday.' } : {}) },
  ];

  it('reads a time whose quote says "around" or "about" as approximate, so two minutes are no conflict', () => {
    const hedged = groupOf(times(true), 'a');
    expect(hedged.normalized).toEqual(['~00:28', '~00:30']);
    expect(hedged.conflict).toBe(false);
    // The report shows each value as written.
    expect(hedged.report.groups[0]!.positions.map((p) => p.value).sort()).toEqual(['00:28', '12:30 a.m.']);
    // Without the quotes the values are exact, and two minutes apart.
    expect(groupOf(times(false), 'a').conflict).toBe(true);
  });

  it.each([
    ['number', 300, 'There were around 300 people in the club', '~300'],
    ['count', '100', 'an estimated 100 people were inside', '~100'],
    ['distance', '90 miles', 'about 90 miles north of Memphis', '~90 mi'],
    ['time', '4:15 p.m.', 'at approximately 4:15 p.m. on July 16', '~16:15'],
  ])('hedges a %s: %j in "%s"', (attribute, value, quote, key) => {
    expect(groupOf([{ id: 'x', source: 's', subject: 'the party', attribute, value, quote }], 'x').normalized).toEqual([key]);
  });

  it.each([
    // The hedge is about another figure of the quote.
    ['time', '4:15 p.m.', 'about 20 people were there at 4:15 p.m.', '16:15'],
    // Bounds say on which side the figure lies: not an approximation.
    ['count', '16', 'more than 16 spent casings', '16'],
    ['count', '17', 'will spend up to 17 years behind bars', '17'],
    // "about" as a preposition before words a kind reads as more words, not as an approximation.
    ['topic', 'the shelter', 'She talked about the shelter', 'shelter'],
    ['hospital', 'Jackson Park Hospital', 'asked about Jackson Park Hospital', undefined],
  ])('keeps a %s as stated: %j in "%s"', (attribute, value, quote, key) => {
    const stated = groupOf([{ id: 'x', source: 's', subject: 'the party', attribute, value }], 'x').normalized;
    if (key !== undefined) expect(stated).toEqual([key]);
    expect(groupOf([{ id: 'x', source: 's', subject: 'the party', attribute, value, quote }], 'x').normalized).toEqual(stated);
  });

  it('stays linear on a long adversarial quote', () => {
    const quote = `${'about '.repeat(300)}12:30`;
    const claims: ClaimInput[] = [{ id: 'x', source: 's', subject: 'the party', attribute: 'time', value: '12:30', quote }];
    expect(groupOf(claims, 'x').normalized).toHaveLength(1);
  });
});
