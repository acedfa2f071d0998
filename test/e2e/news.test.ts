import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../../src/check';
import { formatReport } from '../../src/report/format';
import type { ConsistencyReport } from '../../src/report/schema';
import type { CheckOptions, ClaimInput } from '../../src/schema';

// Six real events, each told by several outlets (the shared news clusters beside the repository), read into claims by hand with quotes:
// examples/news/*.json. The tests name the real disagreements and agreements crosscheck must report.
const dir = new URL('../../examples/news/', import.meta.url);
const goldenDir = new URL('../fixtures/news/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

interface Example {
  readonly event: string;
  readonly sources: NonNullable<CheckOptions['sources']>;
  readonly claims: ClaimInput[];
}

const reports = new Map<string, { example: Example; report: ConsistencyReport }>();
for (const f of files) {
  const example = JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Example;
  reports.set(f.replace(/\.json$/, ''), { example, report: checkConsistency(example.claims, { sources: example.sources }) });
}

function get(name: string) {
  const r = reports.get(name);
  if (r === undefined) throw new Error(`no example ${name}`);
  return r.report;
}

function groupWith(name: string, claimId: string) {
  const g = get(name).groups.find((x) => x.claims.includes(claimId));
  if (g === undefined) throw new Error(`no group holds ${claimId} in ${name}`);
  return g;
}

function conflictOf(name: string, claimId: string) {
  const g = groupWith(name, claimId);
  return get(name).conflicts.find((c) => c.group === g.id);
}

/** The normalized values of the positions that contradict the one holding `claimId`. */
function against(name: string, claimId: string): string[] {
  const g = groupWith(name, claimId);
  const own = g.positions.find((p) => p.claims.includes(claimId))!;
  return own.conflictsWith.map((id) => g.positions.find((p) => p.id === id)!.normalized).sort();
}

describe('the news examples', () => {
  it('cover all six clusters, every claim quoted and every source described', () => {
    expect(files).toHaveLength(6);
    for (const { example } of reports.values()) {
      expect(example.claims.length).toBeGreaterThanOrEqual(20);
      const ids = new Set(example.sources.map((s) => s.id));
      for (const c of example.claims) expect(ids.has(c.source), `${c.id}: source ${c.source}`).toBe(true);
      // Structured records (the Gun Violence Archive) have no text to quote; every claim from an article has one.
      const quoting = new Set(example.claims.filter((c) => c.quote !== undefined).map((c) => c.source));
      for (const c of example.claims) expect(c.quote !== undefined || !quoting.has(c.source), `${c.id} has no quote`).toBe(true);
      expect(quoting.size).toBeGreaterThanOrEqual(2);
    }
  });

  it('read every value: no claim is left unparsed', () => {
    for (const [name, { report }] of reports) {
      expect(report.issues.filter((i) => i.severity !== 'info'), name).toEqual([]);
    }
  });

  it.each([
    // [example, a claim on one side, the values against it, severity]
    ['aceh-earthquake', 'indianexpress-epicenter', ['55 km west of bireun'], 'high'], // AFP: south of Bireun; AP: west
    ['aceh-earthquake', 'indianexpress-shaking', ['~15 second'], 'high'], // around one minute against around 15 seconds
    ['aceh-earthquake', 'presstv-2012-date', ['2012-04'], 'high'], // May 2012 against "April last year"
    ['aceh-earthquake', 'presstv-2012-magnitude', ['8.6'], 'high'],
    ['aceh-earthquake', 'presstv-tsunami-countries', ['14'], 'high'],
    ['aceh-earthquake', 'independent-killed', ['11'], 'high'], // the toll as two outlets printed it
    ['sonoma-earthquake', 'abc7-depth', ['12 mi'], 'high'], // 1.2 miles against 12 miles
    ['sonoma-earthquake', 'abc7-county', ['lake county'], 'high'],
    ['chicago-gas-station-shooting', 'abc7-bill-age', ['64'], 'high'], // "David Scott, 65" against "64-year-old"
    ['coney-island-shooting', 'nydn-place', ['16th st & mermaid ave', '16th st & neptune ave', '16th st w & mermaid ave'], 'high'], // W. 15th St. against West 16th Street
    // About 2:20 p.m. against around 3 p.m. and around 2:40 p.m. (NBC): approximate, soft conflicts. "About" a
    // ten-minute mark reaches ±5 minutes, so 2:20 and 2:40 are two times (the gold: a hard conflict).
    ['coney-island-shooting', 'nydn-time', ['~14:40', '~15h'], 'medium'],
    ['aransas-pass-shooting', 'kiii1-girl-age', ['11'], 'high'], // 12-year-old against 11-year-old
    ['terrell-toddler-shooting', 'nbc5-sibling-age', ['3'], 'high'],
  ] as const)('%s: %s contradicts %j (%s)', (name, claimId, values, severity) => {
    expect(against(name, claimId)).toEqual([...values]);
    expect(conflictOf(name, claimId)?.severity).toBe(severity);
  });

  it.each([
    // Formatting, units, refinements and relative dates that must read as agreement.
    ['aceh-earthquake', ['inquirer-depth', 'presstv-depth', 'independent-depth', 'sunstar-depth']], // 10 km, 10 km (6 miles), six miles
    ['aceh-earthquake', ['inquirer-date', 'independent-date', 'indianexpress-date', 'globalpost-date', 'sunstar-date']], // Tuesday, yesterday afternoon, today
    ['aceh-earthquake', ['inquirer-magnitude', 'sunstar-magnitude', 'globalpost-magnitude']], // 6.1-magnitude, magnitude-6.1
    ['aceh-earthquake', ['inquirer-padang', 'newscomau-padang']], // more than 1,000 / more than 1000
    ['sonoma-earthquake', ['abc7-date', 'mercury-date', 'napa-date']], // this morning, early Thursday, Thursday
    ['sonoma-earthquake', ['abc7-aftershocks', 'napa-aftershocks']],
    ['chicago-gas-station-shooting', ['tribune-bill-hospital', 'abc7-bill-hospital']], // "Old Man Bill" and "David Scott" are one man
    ['chicago-gas-station-shooting', ['abc7-place', 'suntimes-place', 'gva-place', 'tribune-place']], // a block, a house number, an intersection
    ['chicago-gas-station-shooting', ['abc7-time', 'suntimes-time']], // around 2 a.m., just before 2 a.m.
    ['aransas-pass-shooting', ['kiii1-weapon', 'kiii2-weapon']], // a handgun, .9mm handgun
  ] as const)('%s: %j agree', (name, claimIds) => {
    const g = groupWith(name, claimIds[0]);
    for (const id of claimIds) expect(groupWith(name, id).id).toBe(g.id);
    expect(g.status).toBe('consistent');
  });

  it('tells free text apart through the lexicon: "another woman" / "a young boy" are two different people (a low conflict)', () => {
    const g = groupWith('aceh-earthquake', 'sunstar-missing');
    expect(g.status).toBe('conflict');
    expect(get('aceh-earthquake').conflicts.find((c) => c.group === g.id)?.severity).toBe('low');
  });

  it('says when values cannot be compared, and calls the group neither a conflict nor an agreement', () => {
    const aceh = groupWith('aceh-earthquake', 'indianexpress-time'); // 0737 GMT against 7:37 AM local time
    expect(aceh.status).toBe('unverified');
    expect(get('aceh-earthquake').issues).toContainEqual(expect.objectContaining({ code: 'incomparable_values', group: aceh.id }));
    const sonoma = groupWith('sonoma-earthquake', 'latimes-epicenter'); // miles from Santa Rosa, from Healdsburg, from Cobb
    expect(sonoma.status).toBe('unverified');
    expect(get('sonoma-earthquake').issues).toContainEqual(expect.objectContaining({ code: 'incomparable_values', group: sonoma.id }));
  });

  it('give reports that satisfy their own schema and render in every format', async () => {
    const { ConsistencyReportSchema } = await import('../../src/report/schema');
    const { REPORT_FORMATS } = await import('../../src/report/format');
    for (const [name, { report }] of reports) {
      const plain = JSON.parse(JSON.stringify(report));
      const parsed = ConsistencyReportSchema.safeParse(plain);
      expect(parsed.success, name).toBe(true);
      expect(parsed.data).toEqual(plain);
      for (const format of REPORT_FORMATS) expect(formatReport(report, format).length, `${name} as ${format}`).toBeGreaterThan(100);
    }
  });

  it.each(files.map((f) => f.replace(/\.json$/, '')))('%s renders its golden Markdown report (UPDATE_GOLDEN=1 rewrites it on purpose)', (name) => {
    const markdown = formatReport(get(name), 'markdown');
    const golden = new URL(`${name}.md`, goldenDir);
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(goldenDir, { recursive: true });
      writeFileSync(golden, markdown);
    }
    expect(existsSync(golden), 'golden file missing: run with UPDATE_GOLDEN=1').toBe(true);
    expect(markdown).toBe(readFileSync(golden, 'utf8'));
  });
});
