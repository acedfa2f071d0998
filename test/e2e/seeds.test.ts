import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../../src/check';
import { formatReport } from '../../src/report/format';
import type { CheckOptions, ClaimInput } from '../../src/schema';

const seedFile = new URL('../../examples/seeds/claims.json', import.meta.url);
const goldenFile = new URL('../fixtures/seeds/expected.md', import.meta.url);
const { sources, claims } = JSON.parse(readFileSync(seedFile, 'utf8')) as { sources: CheckOptions['sources']; claims: ClaimInput[] };
const report = checkConsistency(claims, { sources });

function groupWith(claimId: string) {
  const g = report.groups.find((x) => x.claims.includes(claimId));
  if (g === undefined) throw new Error(`no group holds ${claimId}`);
  return g;
}
function positionOf(claimId: string) {
  return groupWith(claimId).positions.find((p) => p.claims.includes(claimId))!;
}

describe('the seed example (five articles about one court ruling)', () => {
  it('reads at least 30 claims from every article, with quotes', () => {
    expect(claims.length).toBeGreaterThanOrEqual(30);
    expect(new Set(claims.map((c) => c.source))).toEqual(new Set(sources!.map((s) => s.id)));
    expect(claims.every((c) => typeof c.quote === 'string' && c.quote.length > 0)).toBe(true);
  });

  it('finds a high conflict on the dismissal date: July 12 against July 13, consensus 2024-07-12', () => {
    const g = groupWith('002-date');
    expect(g.status).toBe('conflict');
    expect(g.claims).toEqual(expect.arrayContaining(['000-date', '001-date', '002-date', '004-date']));
    const conflict = report.conflicts.find((c) => c.group === g.id)!;
    expect(conflict).toMatchObject({ code: 'date_mismatch', severity: 'high' });
    expect(g.consensus).toMatchObject({ normalized: '2024-07-12', support: 3 });
    const july13 = positionOf('002-date');
    expect(july13.normalized).toBe('2024-07-13');
    // July 12 from two sources, and the bare "on Friday" agrees with it: none of them sides with July 13.
    for (const id of ['000-date', '001-date', '004-date']) {
      expect(july13.conflictsWith).toContain(positionOf(id).id);
      expect(g.consensus!.position === positionOf(id).id || !positionOf(id).conflictsWith.includes(g.consensus!.position)).toBe(true);
    }
  });

  it('raises a weekday_mismatch issue on the July 13 claim: 13 July 2024 was a Saturday', () => {
    const issue = report.issues.find((i) => i.code === 'weekday_mismatch');
    expect(issue).toMatchObject({ claim: '002-date', severity: 'warning' });
    expect(issue!.message).toMatch(/Saturday/);
  });

  it('finds a softer conflict on the venue, Casa Chimayo against the El Dorado Hotel, saying one source mentions both', () => {
    const g = groupWith('001-venue-bar');
    const conflict = report.conflicts.find((c) => c.group === g.id)!;
    expect(conflict.code).toBe('place_mismatch');
    expect(conflict.severity).toBe('medium');
    expect(positionOf('000-venue').conflictsWith).toContain(positionOf('001-venue-bar').id);
    expect(conflict.message).toMatch(/Casa Chimayo/);
    expect(conflict.message).toMatch(/El Dorado/);
    expect(conflict.message).toMatch(/Article 001 \(TMZ photos\) asserts both/);
  });

  it.each([
    ['66-year-old / 66', '001-age', '002-age'],
    ['up to 18 months / 18 months', '000-max', '001-max'],
    ['18-month sentence / 18 months', '000-hgr-sentence', '001-hgr-sentence'],
    ['blue blazer / navy blue blazer', '000-blazer', '001-blazer'],
    ['manslaughter / involuntary manslaughter', '000-charge', '001-charge'],
    ['Judge Mary Marlowe Sommer / Mary Marlowe Sommer', '000-judge', '001-judge'],
    ['"2021" / 2021', '000-year', '001-year'],
  ])('finds no conflict for %s', (_, a, b) => {
    const g = groupWith(a);
    expect(groupWith(b).id).toBe(g.id);
    expect(g.status).toBe('consistent');
    expect(positionOf(a).conflictsWith).toEqual([]);
  });

  it('reports exactly these two conflicts', () => {
    expect(report.conflicts.map((c) => c.code)).toEqual(['date_mismatch', 'place_mismatch']);
  });

  it('renders the golden Markdown report (UPDATE_GOLDEN=1 rewrites it on purpose)', () => {
    const markdown = formatReport(report, 'markdown');
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(goldenFile, markdown);
    expect(existsSync(goldenFile), 'golden file missing: run with UPDATE_GOLDEN=1').toBe(true);
    expect(markdown).toBe(readFileSync(goldenFile, 'utf8'));
  });
});

describe('the report', () => {
  it('satisfies its own schema', async () => {
    const { ConsistencyReportSchema } = await import('../../src/report/schema');
    const parsed = ConsistencyReportSchema.safeParse(JSON.parse(JSON.stringify(report)));
    expect(parsed.success).toBe(true);
    // Nothing stripped: every field the report has, the schema (and so its JSON Schema) describes.
    expect(parsed.data).toEqual(JSON.parse(JSON.stringify(report)));
  });
});
