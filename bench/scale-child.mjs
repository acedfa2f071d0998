// One measurement of `npm run bench`, in a fresh Node process, done the way a user's script
// runs: read a claims file as a string, JSON.parse it once (cold), check the parsed claims
// once (cold). Started by bench/scale.ts; prints one JSON object on stdout.
//
//   node --max-old-space-size=4096 bench/scale-child.mjs measure <claims.json> <dist/index.js> [--floor] [--vote]
//   node --max-old-space-size=4096 --import tsx bench/scale-child.mjs stages <claims.json>
//
// Plain JavaScript on purpose: `measure` runs under bare `node` and imports the built package
// (dist/index.js), so no TypeScript loader's hooks or transform run in the measured process —
// a user's process has none either. `stages` needs the internal runCheck and its per-stage
// timings, which only src/check.ts has; it runs under tsx, in a separate process, and its
// numbers are a breakdown, not the measurement.
import { readFileSync } from 'node:fs';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const [mode, file, dist, ...flags] = process.argv.slice(2);

/** Lets queued gc performance entries reach their observer (they arrive on a later turn). */
async function settle() {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Milliseconds of the gc entries' time that falls inside [from, to]. */
function gcWithin(entries, from, to) {
  let ms = 0;
  for (const e of entries) ms += Math.max(0, Math.min(e.startTime + e.duration, to) - Math.max(e.startTime, from));
  return ms;
}

async function measure() {
  const { checkConsistency } = await import(pathToFileURL(dist).href);
  // Main-thread GC pauses (scavenges, mark-compact finalization, incremental steps V8 reports);
  // concurrent marking on helper threads is not main-thread time and is not counted.
  const gcEntries = [];
  const observer = new PerformanceObserver((list) => gcEntries.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });

  let text = readFileSync(file, 'utf8');
  const parseStart = performance.now();
  let claims = JSON.parse(text);
  const parseEnd = performance.now();
  // A user's `JSON.parse(readFileSync(...))` keeps no reference to the text during the check.
  text = undefined;

  const checkStart = performance.now();
  // --vote: the same check with consensus by distinct-source count (no source-accuracy estimate).
  const report = flags.includes('--vote') ? checkConsistency(claims, { consensus: 'vote' }) : checkConsistency(claims);
  const checkEnd = performance.now();
  // Peak RSS of this process: the file text, the parsed claims, the check and its report.
  const peakRssMb = process.resourceUsage().maxRSS / 1024;

  await settle();
  gcEntries.push(...observer.takeRecords());
  observer.disconnect();
  const checkMs = checkEnd - checkStart;
  const out = {
    claims: claims.length,
    parseMs: parseEnd - parseStart,
    checkMs,
    peakRssMb,
    parseGcMs: gcWithin(gcEntries, parseStart, parseEnd),
    checkGcMs: gcWithin(gcEntries, checkStart, checkEnd),
    gcPauses: gcEntries.filter((e) => e.startTime < checkEnd && e.startTime + e.duration > checkStart).length,
    groups: report.summary.groups,
    conflicts: report.summary.conflicts,
  };
  if (flags.includes('--floor')) Object.assign(out, floor(claims, out.parseMs));
  claims = undefined;
  return out;
}

/**
 * What any checker of this report contract must at least spend, measured after everything above
 * (it cannot change those numbers): bucketing the raw strings, then building only the report's
 * shape — an id per claim, and per group and position the arrays of claim ids and sources.
 */
function floor(claims, parseMs) {
  let t = performance.now();
  const groups = new Map();
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    const k = `${c.subject}\u0000${c.attribute}`;
    const g = groups.get(k);
    if (g === undefined) groups.set(k, [i]);
    else g.push(i);
  }
  const bucketMs = performance.now() - t;
  t = performance.now();
  const ids = claims.map((c, i) => `${c.source}#${i}`);
  const shape = [];
  for (const [k, list] of groups) {
    const byValue = new Map();
    for (const i of list) {
      const v = claims[i].value;
      const p = byValue.get(v);
      if (p === undefined) byValue.set(v, [i]);
      else p.push(i);
    }
    const positions = [...byValue].map(([v, l], r) => ({ id: `${k}/${r}`, value: v, claims: l.map((i) => ids[i]), sources: l.map((i) => claims[i].source), support: l.length }));
    shape.push({ id: k, claims: list.map((i) => ids[i]), positions });
  }
  const shapeMs = performance.now() - t + bucketMs;
  return { bucketRatio: bucketMs / parseMs, shapeRatio: shapeMs / parseMs };
}

async function stages() {
  const { runCheck } = await import('../src/check.ts');
  const claims = JSON.parse(readFileSync(file, 'utf8'));
  const stats = { keyComparisons: 0, valueComparisons: 0, timings: new Map() };
  const start = performance.now();
  runCheck(claims, {}, stats);
  return {
    checkMs: performance.now() - start,
    stages: Object.fromEntries(stats.timings),
    comparisonsPerClaim: (stats.keyComparisons + stats.valueComparisons) / claims.length,
  };
}

const result = mode === 'measure' ? await measure() : mode === 'stages' ? await stages() : undefined;
if (result === undefined) {
  process.stderr.write(`scale-child: unknown mode ${mode}: use measure or stages\n`);
  process.exit(2);
}
process.stdout.write(`${JSON.stringify(result)}\n`);
