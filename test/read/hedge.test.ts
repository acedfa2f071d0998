import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../../src/index';
import type { ClaimInput } from '../../src/schema';
import { CONFLICT, SAME, type KindDefinition } from '../../src/index';

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

  it('reads a weekday its quote says is "that Friday" as that weekday, not the last one before the article', () => {
    const claims = (quote: string | undefined): ClaimInput[] => [
      { id: 'a', source: 'swnews', subject: 'the shooting', attribute: 'date', value: 'January 2, 2015' },
      { id: 'b', source: 'wisc', subject: 'the shooting', attribute: 'date', value: 'Friday Night', ...(quote === undefined ? {} : { quote }) },
    ];
    const sources = [{ id: 'swnews', publishedAt: '2015-01-02' }, { id: 'wisc', publishedAt: '2015-03-04' }];
    const status = (quote: string | undefined) => checkConsistency(claims(quote), { sources }).groups[0]!.status;
    expect(status("THE FIRST RESPONDERS CAME TO JOEY'S HOME IN MONTFORT THAT FRIDAY NIGHT")).toBe('consistent');
    // Without the quote, or with "that" before something else, the Friday before the article (February 27): the
    // weekday fits January 2, only the article's date put it in another week, so unverified, never agreement.
    expect(status(undefined)).toBe('unverified');
    expect(status('Police said that on Friday night the shots rang out.')).toBe('unverified');
    // After a verb of saying, "that" opens what was said (a second cold review): the last Friday, as without it.
    expect(status('The sheriff confirmed that Friday night deputies arrested the man.')).toBe('unverified');
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
    // The hedged figure reads as the value, but the quote also states the value unhedged: which one the value
    // is cannot be told, so it is kept as stated.
    ['how many shell casings', 20, 'Police said about 20 shots were fired; 20 shell casings were found.', '20'],
    ['number of officers', 12, 'About 12 shots were fired and 12 officers responded.', '12'],
    ['victim age', 30, 'About 30 people attended a vigil for the 30-year-old on Sunday.', '30'],
    // "around" as a preposition, with the figure further on.
    ['distance', '2 miles', 'He ran around the block, then 2 miles to his home.', '2 mi'],
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

  it('reads a bounded number of spans per quote, however many hedges and figures it holds', () => {
    let parses = 0;
    const tally: KindDefinition<number> = {
      kind: 'tally',
      conflictCode: 'tally_mismatch',
      conflictSeverity: 'low',
      contextual: false,
      hints: ['tally'],
      detect: () => 0,
      parse: (raw) => {
        parses++;
        const m = /^(~)?(\d+)$/.exec(String(raw).replace(/^(about|around) /, '~'));
        return m === null ? { ok: false, reason: 'not a tally' } : { ok: true, value: Number(m[2]) + (m[1] === undefined ? 0 : 0.5) };
      },
      compare: (a, b) => (a === b ? SAME : CONFLICT),
      normalize: (v) => String(v),
      specificity: (v) => (Number.isInteger(v) ? 2 : 1),
    };
    const count = (hedges: number) => {
      parses = 0;
      const quote = Array.from({ length: hedges }, (_, k) => `about ${k + 100} words`).join(', ');
      checkConsistency([{ id: 'x', source: 's', subject: 'the party', attribute: 'tally', kind: 'tally', value: 7, quote }], { kinds: [tally] });
      return parses;
    };
    expect(count(4)).toBeGreaterThan(1);
    // A hundred hedges in a quote of 1,700 characters (the limit is 2,000).
    expect(count(100)).toBeLessThanOrEqual(count(4) * 2);
  });

  it('stays linear on a long adversarial quote', () => {
    const quote = `${'about '.repeat(300)}12:30`;
    const claims: ClaimInput[] = [{ id: 'x', source: 's', subject: 'the party', attribute: 'time', value: '12:30', quote }];
    expect(groupOf(claims, 'x').normalized).toHaveLength(1);
  });
});
