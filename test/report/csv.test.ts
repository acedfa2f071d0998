import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../../src/check';
import { csvField, renderCsv } from '../../src/report/csv';
import type { CheckOptions, ClaimInput } from '../../src/schema';
import { parseCsv as parse } from '../helpers';

const { sources, claims } = JSON.parse(readFileSync(new URL('../../examples/seeds/claims.json', import.meta.url), 'utf8')) as {
  sources: CheckOptions['sources'];
  claims: ClaimInput[];
};

describe('the CSV report', () => {
  const report = checkConsistency(claims, { sources });
  const rows = parse(renderCsv(report));
  const [header, ...body] = rows;

  it('has one row per claim in a conflicting group, with group, position, value, source and quote', () => {
    expect(header).toEqual(['group', 'subject', 'attribute', 'kind', 'severity', 'code', 'position', 'rank', 'consensus', 'value', 'normalized', 'claim', 'source', 'source_name', 'quote']);
    const conflicting = report.conflicts.flatMap((c) => report.groups.find((g) => g.id === c.group)!.positions.flatMap((p) => p.claims));
    expect(body.map((r) => r[11]).sort()).toEqual([...conflicting].sort());
    const july13 = body.find((r) => r[11] === '002-date')!;
    expect(july13.slice(4, 6)).toEqual(['high', 'date_mismatch']);
    expect(july13[9]).toBe('Friday, July 13');
    expect(july13[12]).toBe('ace-002');
    expect(july13[14]).toMatch(/^On Friday, July 13, Judge Mary Marlowe Sommer/);
  });

  it('quotes fields with commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvField('Friday, July 13')).toBe('"Friday, July 13"');
    expect(csvField('he said "no"')).toBe('"he said ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('-5')).toBe('-5');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});
