/**
 * npm run bench — crosscheck at scale. A script, not a test: it prints numbers.
 *
 * Two claim sets, each at 100k and 1M claims:
 * - weather: the real weather data (../shared/data/weather, 366k claims from 16
 *   sites), replicated with re-keyed subjects to reach the size;
 * - synthetic: seeded claims about people with misspelt, abbreviated and
 *   reordered subject variants ("Halyna Hutchins", "Hutchins", "Halyna Hutchens").
 *
 * Each size runs in a fresh child process, so its peak memory is its own, and
 * times JSON.parse of the same claims in the same process for the budget
 * (DESIGN §5: 1M claims in no more time than JSON.parse takes to read them,
 * peak memory under 1 GB, 10× claims at most 11× the time).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runCheck } from '../src/check';
import type { ClaimInput } from '../src/schema';
import { loadWeatherRows } from './data';

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

interface Measure {
  readonly set: SetName;
  readonly claims: number;
  readonly checkMs: number;
  readonly parseMs: number;
  readonly peakMb: number;
  /** Heap still held after the check, with the report alive. */
  readonly reportMb: number;
  readonly stages: Record<string, number>;
  /** The floor: bucketing raw strings, and building only the shape of a report from those buckets. */
  readonly bucketMs: number;
  readonly shapeMs: number;
  readonly comparisonsPerClaim: number;
  readonly groups: number;
  readonly conflicts: number;
}

function best(times: number, fn: () => void): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

/** One measurement, in this (child) process. */
function measure(set: SetName, size: number): Measure {
  const claims = set === 'weather' ? weatherClaims(size) : syntheticClaims(size);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const stats = { keyComparisons: 0, valueComparisons: 0, timings: new Map<string, number>() };
  const t = performance.now();
  const report = runCheck(claims, {}, stats);
  const checkMs = performance.now() - t;
  // Peak RSS so far covers the data, the claims and the check; the JSON copies below come after it.
  const peakMb = process.resourceUsage().maxRSS / 1024;
  gc?.();
  const reportMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  const summary = report.summary;
  const json = JSON.stringify(claims);
  const parseMs = best(3, () => JSON.parse(json));
  const { bucketMs, shapeMs } = floor(claims);
  return {
    set,
    claims: size,
    checkMs,
    parseMs,
    peakMb,
    reportMb,
    comparisonsPerClaim: (stats.keyComparisons + stats.valueComparisons) / size,
    groups: summary.groups,
    conflicts: summary.conflicts,
    stages: Object.fromEntries(stats.timings),
    bucketMs,
    shapeMs,
  };
}

/**
 * What any checker of this report contract must at least spend: bucketing the
 * raw strings (DESIGN §5's reference point), then building the report's shape —
 * an id per claim, and per group and position the arrays of claim ids and
 * sources — with no normalization, comparison or judgement at all.
 */
function floor(claims: readonly ClaimInput[]): { bucketMs: number; shapeMs: number } {
  let t = performance.now();
  const groups = new Map<string, number[]>();
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i]!;
    const k = `${c.subject}\u0000${c.attribute}`;
    const g = groups.get(k);
    if (g === undefined) groups.set(k, [i]);
    else g.push(i);
  }
  const bucketMs = performance.now() - t;
  t = performance.now();
  const ids = claims.map((c, i) => `${c.source}#${i}`);
  const shape: unknown[] = [];
  for (const [k, list] of groups) {
    const byValue = new Map<unknown, number[]>();
    for (const i of list) {
      const v = claims[i]!.value;
      const p = byValue.get(v);
      if (p === undefined) byValue.set(v, [i]);
      else p.push(i);
    }
    const positions = [...byValue].map(([v, l], r) => ({ id: `${k}/${r}`, value: v, claims: l.map((i) => ids[i]!), sources: l.map((i) => claims[i]!.source), support: l.length }));
    shape.push({ id: k, claims: list.map((i) => ids[i]!), positions });
  }
  return { bucketMs, shapeMs: performance.now() - t + bucketMs };
}

const self = fileURLToPath(import.meta.url);

function main(): void {
  const [, , mode, set, size] = process.argv;
  if (mode === '--child') {
    process.stdout.write(JSON.stringify(measure(set as SetName, Number(size))));
    return;
  }
  const sizes = [100_000, 1_000_000];
  const rows: Measure[] = [];
  for (const s of ['weather', 'synthetic'] as const) {
    for (const n of sizes) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', '--expose-gc', '--max-old-space-size=4096', self, '--child', s, String(n)], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      });
      rows.push(JSON.parse(out) as Measure);
      process.stderr.write(`measured ${s} ${n}\n`);
    }
  }
  const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
  console.log(`crosscheck at scale (node ${process.version}, ${new Date().toISOString().slice(0, 10)})\n`);
  console.log('| set | claims | check | claims/s | JSON.parse | check ÷ JSON.parse | peak RSS | report heap | comparisons/claim | groups | conflicts |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    console.log(
      `| ${r.set} | ${fmt(r.claims)} | ${fmt(r.checkMs)} ms | ${fmt(r.claims / (r.checkMs / 1000))} | ${fmt(r.parseMs)} ms | ${(r.checkMs / r.parseMs).toFixed(2)}× | ${fmt(r.peakMb)} MB | ${fmt(r.reportMb)} MB | ${r.comparisonsPerClaim.toFixed(2)} | ${fmt(r.groups)} | ${fmt(r.conflicts)} |`,
    );
  }
  console.log('');
  console.log('the floor for any checker of this report (same run): bucketing raw strings, then only building the report shape');
  for (const r of rows) console.log(`  ${r.set} ${fmt(r.claims)}: bucketing ${(r.bucketMs / r.parseMs).toFixed(2)}× JSON.parse, bucketing + report shape ${(r.shapeMs / r.parseMs).toFixed(2)}× JSON.parse`);
  console.log('');
  console.log('where the time goes (ms per stage):');
  for (const r of rows) console.log(`  ${r.set} ${fmt(r.claims)}: ${Object.entries(r.stages).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}`);
  console.log('');
  for (const s of ['weather', 'synthetic'] as const) {
    const [small, large] = rows.filter((r) => r.set === s);
    console.log(`${s}: 10× the claims took ${(large!.checkMs / small!.checkMs).toFixed(2)}× the time (budget 11×)`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
