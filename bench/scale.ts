/**
 * npm run bench — crosscheck at scale, measured the way a user's script runs. A script, not a
 * test: it prints numbers.
 *
 * Two claim sets, each at 100k, 1M and 3M claims by default:
 * - weather: the real weather data (../shared/data/weather or $CROSSCHECK_DATA/weather, 366k
 *   claims from 16 sites), replicated with re-keyed subjects to reach the size;
 * - synthetic: seeded claims about people with misspelt, abbreviated and
 *   reordered subject variants ("Halyna Hutchins", "Hutchins", "Halyna Hutchens").
 *
 * For each (set, size) the claims are written once to a JSON file in .bench-out/scale/, then each
 * measurement is a fresh `node` process (bench/scale-child.mjs) that reads the file as a string,
 * times one cold JSON.parse of it (the user's parse), then one cold checkConsistency of the
 * parsed claims, and reports its peak RSS and the share of the check's wall time spent in
 * garbage collection. The measured process imports the built package (dist/index.js) under
 * bare node, not src/ through tsx, so no TypeScript loader runs in it: the script builds dist/
 * first (after checking that the data is there), and with --no-build a missing dist/ stops it
 * with one line.
 *
 * Budgets (DESIGN §5 and the scale issue): weather 1M ≤ 2× JSON.parse, synthetic 1M ≤ 3×, peak
 * RSS < 1 GB at 1M, 10× the claims ≤ 11× the time, 1M → 3M ≤ 3.3× the time, GC < 15 % of the
 * check at 1M.
 *
 *   npm run bench                                 # both sets at 100k, 1M, 3M
 *   npm run bench -- --sizes 100000,1000000 --sets weather
 *   npm run bench -- --stages                     # also ms per pipeline stage (a tsx process)
 *   npm run bench -- --floor                      # also the floor: bucketing, report shape
 *   npm run bench -- --runs 3                     # three processes per row; the median check
 *   npm run bench -- --no-build --keep            # measure dist/ as it is; keep .bench-out/scale/*.json
 */
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ClaimInput } from '../src/schema';
import { loadWeatherRows, requireData, runBench } from './data';

type SetName = 'weather' | 'synthetic';

export function weatherClaims(size: number): ClaimInput[] {
  const rows = loadWeatherRows();
  const claims: ClaimInput[] = new Array(size);
  for (let i = 0; i < size; i++) {
    const r = rows[i % rows.length]!;
    const copy = Math.floor(i / rows.length);
    // Re-keyed subjects: each replica is a new set of items, with the real value repetition.
    claims[i] = { source: r.source, subject: copy === 0 ? r.object : `${r.object}x${copy}`, attribute: r.attribute, value: r.value };
  }
  return claims;
}

/** A small seeded generator (mulberry32), so the synthetic set is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const FIRST = ['Halyna', 'Alec', 'Hannah', 'Joel', 'Mary', 'Stephen', 'Hilaria', 'Luke', 'Alex', 'Gloria', 'Matthew', 'Brian', 'Thell', 'Lauren', 'Chris', 'Troy'];
const LAST = ['Hutchins', 'Baldwin', 'Gutierrez', 'Souza', 'Sommer', 'Nikas', 'Spiro', 'Allred', 'Panish', 'Reed', 'Johnson', 'Melcher', 'Teske', 'Marlowe', 'Keuchler', 'Lemon'];
const ATTRIBUTES = ['age', 'hometown', 'date of birth', 'employer', 'title'];

function typo(word: string, rnd: () => number): string {
  const i = 1 + Math.floor(rnd() * (word.length - 2));
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

export function syntheticClaims(size: number): ClaimInput[] {
  const rnd = random(20_241_122);
  const claims: ClaimInput[] = new Array(size);
  const people = Math.max(1, Math.floor(size / 25));
  for (let i = 0; i < size; i++) {
    const p = Math.floor(rnd() * people);
    const first = FIRST[p % FIRST.length]!;
    const last = `${LAST[Math.floor(p / FIRST.length) % LAST.length]!}${Math.floor(p / (FIRST.length * LAST.length))}`;
    const r = rnd();
    // Variants: most claims spell the subject in full; some misspell, reorder or shorten it.
    const subject = r < 0.8 ? `${first} ${last}` : r < 0.88 ? `${last}, ${first}` : r < 0.95 ? `${typo(first, rnd)} ${last}` : `Dr. ${first} ${last}`;
    const attribute = ATTRIBUTES[Math.floor(rnd() * ATTRIBUTES.length)]!;
    const truth = (p * 7919 + attribute.length) % 90;
    const wrong = rnd() < 0.15;
    const value =
      attribute === 'age' ? String(20 + (wrong ? (truth + 3) % 90 : truth))
      : attribute === 'date of birth' ? `${1 + (truth % 28)} March ${1950 + (wrong ? truth + 1 : truth)}`
      : attribute === 'hometown' ? (wrong ? 'Santa Fe, New Mexico' : 'Albuquerque, New Mexico')
      : attribute === 'employer' ? (wrong ? 'Rust Movie Productions' : 'the Associated Press')
      : wrong ? 'director' : 'producer';
    claims[i] = { source: `site${Math.floor(rnd() * 40)}`, subject, attribute, value };
  }
  return claims;
}

const ROOT = resolve(import.meta.dirname, '..');
const OUT_DIR = join(ROOT, '.bench-out', 'scale');
const DIST = join(ROOT, 'dist', 'index.js');
const CHILD = join(ROOT, 'bench', 'scale-child.mjs');
/** Heap for the measured process: the budget is about RSS, so the heap limit must not be what stops it. */
const CHILD_NODE = ['--max-old-space-size=4096'];

/** What one fresh process measured (bench/scale-child.mjs `measure`). */
interface Measure {
  readonly claims: number;
  readonly parseMs: number;
  readonly checkMs: number;
  readonly peakRssMb: number;
  readonly parseGcMs: number;
  readonly checkGcMs: number;
  readonly gcPauses: number;
  readonly groups: number;
  readonly conflicts: number;
  readonly bucketRatio?: number;
  readonly shapeRatio?: number;
}

/** The per-stage breakdown (bench/scale-child.mjs `stages`, under tsx). */
interface Stages {
  readonly checkMs: number;
  readonly stages: Record<string, number>;
  readonly comparisonsPerClaim: number;
}

interface Row extends Measure {
  readonly set: SetName;
  readonly size: number;
  readonly runs: readonly number[];
  /** Check time of the same file with consensus: 'vote' (1M rows only). */
  readonly voteMs?: number;
  readonly breakdown?: Stages;
}

/** The claims as JSON.stringify(claims) would write them, in chunks: 3M claims are ~300 MB of text. */
function writeClaims(file: string, claims: readonly ClaimInput[]): number {
  const fd = openSync(file, 'w');
  let bytes = 0;
  try {
    const chunk = 10_000;
    for (let i = 0; i < claims.length; i += chunk) {
      const part = claims.slice(i, i + chunk).map((c) => JSON.stringify(c)).join(',');
      const text = (i === 0 ? '[' : ',') + part + (i + chunk >= claims.length ? ']' : '');
      bytes += writeSync(fd, text);
    }
    if (claims.length === 0) bytes += writeSync(fd, '[]');
  } finally {
    closeSync(fd);
  }
  return bytes;
}

function child(args: readonly string[], node: readonly string[] = CHILD_NODE): string {
  return execFileSync(process.execPath, [...node, CHILD, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

function options() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '100000,1000000,3000000' },
      sets: { type: 'string', default: 'weather,synthetic' },
      runs: { type: 'string', default: '1' },
      stages: { type: 'boolean', default: false },
      floor: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      build: { type: 'boolean', default: true },
    },
    allowNegative: true,
  });
  const sizes = values.sizes.split(',').map((s) => Number(s.replace(/_/g, '')));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new UsageError(`--sizes takes whole numbers of claims, comma-separated: ${values.sizes}`);
  const sets = values.sets.split(',') as SetName[];
  for (const s of sets) if (s !== 'weather' && s !== 'synthetic') throw new UsageError(`--sets takes weather and/or synthetic: ${s}`);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs takes a whole number: ${values.runs}`);
  return { sizes, sets, runs, stages: values.stages, floor: values.floor, keep: values.keep, build: values.build };
}

class UsageError extends Error {}

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
const times = (x: number) => `${x.toFixed(2)}×`;
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

async function main(): Promise<void> {
  let opts: ReturnType<typeof options>;
  try {
    opts = options();
  } catch (error) {
    if (!(error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))) throw error;
    process.stderr.write(`npm run bench: ${(error as Error).message}\n`);
    process.exit(2);
  }
  // Fail before minutes of work, not after: the data and the build are there, or one line says what is missing.
  if (opts.sets.includes('weather')) requireData('weather');
  if (opts.build) {
    // The measured process imports dist/, so it is built from the current src/ first.
    try {
      execFileSync(process.execPath, [join(ROOT, 'node_modules', 'tsup', 'dist', 'cli-default.js'), '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    } catch {
      process.stderr.write('npm run bench: the build failed (tsup, above); the benchmark measures dist/ and needs it\n');
      process.exit(1);
    }
  }
  if (!existsSync(DIST)) {
    process.stderr.write(`npm run bench: ${relative(process.cwd(), DIST)} is missing — run \`npm run build\` first, or drop --no-build\n`);
    process.exit(1);
  }
  mkdirSync(OUT_DIR, { recursive: true });

  const rows: Row[] = [];
  for (const set of opts.sets) {
    for (const size of opts.sizes) {
      const file = join(OUT_DIR, `${set}-${size}.json`);
      const bytes = writeClaims(file, set === 'weather' ? weatherClaims(size) : syntheticClaims(size));
      const measures: Measure[] = [];
      for (let r = 0; r < opts.runs; r++) {
        measures.push(JSON.parse(child(['measure', file, DIST, ...(opts.floor ? ['--floor'] : [])])) as Measure);
      }
      // With several runs, the row is the run with the median check time.
      const runs = measures.map((m) => m.checkMs);
      const m = measures.find((x) => x.checkMs === median(runs))!;
      // At 1M, the same check with consensus: 'vote' too: what the source-accuracy consensus costs.
      const vote = size === 1_000_000 ? (JSON.parse(child(['measure', file, DIST, '--vote'])) as Measure).checkMs : undefined;
      const breakdown = opts.stages ? (JSON.parse(child(['stages', file], [...CHILD_NODE, '--import', 'tsx'])) as Stages) : undefined;
      rows.push({ ...m, set, size, runs, ...(vote === undefined ? {} : { voteMs: vote }), ...(breakdown === undefined ? {} : { breakdown }) });
      if (!opts.keep) rmSync(file);
      process.stderr.write(
        `measured ${set} ${fmt(size)} (${fmt(bytes / 1e6)} MB of JSON): parse ${fmt(m.parseMs)} ms, check ${fmt(m.checkMs)} ms${opts.runs > 1 ? ` (runs: ${runs.map(fmt).join(', ')} ms)` : ''}\n`,
      );
    }
  }

  console.log(`crosscheck at scale (node ${process.version}, ${new Date().toISOString().slice(0, 10)}): one fresh process per row,`);
  console.log('reading the claims file, one cold JSON.parse, then one cold checkConsistency from dist/index.js\n');
  console.log('| set | claims | JSON.parse | check | check ÷ JSON.parse | peak RSS | GC % of check | groups | conflicts |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    console.log(
      `| ${r.set} | ${fmt(r.size)} | ${fmt(r.parseMs)} ms | ${fmt(r.checkMs)} ms | ${times(r.checkMs / r.parseMs)} | ${fmt(r.peakRssMb)} MB | ${pct(r.checkGcMs / r.checkMs)} | ${fmt(r.groups)} | ${fmt(r.conflicts)} |`,
    );
  }

  const row = (set: SetName, size: number) => rows.find((r) => r.set === set && r.size === size);
  const growthLines: string[] = [];
  for (const set of opts.sets) {
    const growth: string[] = [];
    for (const [from, to] of [
      [100_000, 1_000_000],
      [1_000_000, 3_000_000],
    ] as const) {
      const a = row(set, from);
      const b = row(set, to);
      if (a !== undefined && b !== undefined) growth.push(`${fmt(from)} → ${fmt(to)} claims: ${times(b.checkMs / a.checkMs)} the check time, ${times(b.parseMs / a.parseMs)} the parse time`);
    }
    if (growth.length > 0) growthLines.push(`${set}: ${growth.join('; ')}`);
  }
  if (growthLines.length > 0) console.log(`\n${growthLines.join('\n')}`);

  if (opts.floor) {
    console.log('\nthe floor for any checker of this report (same process, after the measurement): bucketing raw strings, then only building the report shape');
    for (const r of rows) console.log(`  ${r.set} ${fmt(r.size)}: bucketing ${times(r.bucketRatio!)} JSON.parse, bucketing + report shape ${times(r.shapeRatio!)} JSON.parse`);
  }
  if (opts.stages) {
    console.log('\nwhere the time goes (runCheck from src/ under tsx, a separate process: ms per stage)');
    for (const r of rows) {
      const b = r.breakdown!;
      console.log(`  ${r.set} ${fmt(r.size)}: ${Object.entries(b.stages).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')} (total ${fmt(b.checkMs)} ms; ${b.comparisonsPerClaim.toFixed(2)} comparisons/claim)`);
    }
  }

  // The budgets, each with what was measured; a budget whose rows were not measured is not printed.
  const budgets: string[] = [];
  const line = (ok: boolean, text: string) => budgets.push(`${ok ? 'PASS' : 'MISS'}  ${text}`);
  const ratioBudget: Record<SetName, number> = { weather: 2, synthetic: 3 };
  for (const set of opts.sets) {
    const m = row(set, 1_000_000);
    if (m === undefined) continue;
    const ratio = m.checkMs / m.parseMs;
    line(ratio <= ratioBudget[set], `${set} 1M: check ≤ ${ratioBudget[set]}× JSON.parse — measured ${times(ratio)} (${fmt(m.checkMs)} ms vs ${fmt(m.parseMs)} ms)`);
  }
  for (const set of opts.sets) {
    const m = row(set, 1_000_000);
    if (m !== undefined) line(m.peakRssMb < 1024, `${set} 1M: peak RSS < 1 GB — measured ${fmt(m.peakRssMb)} MB`);
  }
  for (const set of opts.sets) {
    const a = row(set, 100_000);
    const b = row(set, 1_000_000);
    if (a !== undefined && b !== undefined) line(b.checkMs / a.checkMs <= 11, `${set} 100k → 1M: time ≤ 11× — measured ${times(b.checkMs / a.checkMs)}`);
  }
  for (const set of opts.sets) {
    const a = row(set, 1_000_000);
    const b = row(set, 3_000_000);
    if (a !== undefined && b !== undefined) line(b.checkMs / a.checkMs <= 3.3, `${set} 1M → 3M: time ≤ 3.3× — measured ${times(b.checkMs / a.checkMs)}`);
  }
  for (const set of opts.sets) {
    const m = row(set, 1_000_000);
    if (m !== undefined) line(m.checkGcMs / m.checkMs < 0.15, `${set} 1M: GC < 15 % of the check — measured ${pct(m.checkGcMs / m.checkMs)} (${fmt(m.checkGcMs)} ms in ${m.gcPauses} pauses)`);
  }
  for (const set of opts.sets) {
    const m = row(set, 1_000_000);
    if (m?.voteMs !== undefined) {
      line(m.checkMs / m.voteMs <= 2, `${set} 1M: consensus by source accuracy ≤ 2× the check with consensus: 'vote' — measured ${times(m.checkMs / m.voteMs)} (${fmt(m.checkMs)} ms vs ${fmt(m.voteMs)} ms)`);
    }
  }
  if (budgets.length > 0) {
    console.log('\nbudgets:');
    for (const b of budgets) console.log(`  ${b}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) void runBench('npm run bench', main);
