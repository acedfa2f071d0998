/**
 * A guard for refactors that must not change behaviour: writes every report (in every format for
 * the small sets, JSON for the large ones) of the seed and news examples, the ../shared/news
 * claim sets, flights, population, weather 100k and synthetic 100k to
 * .bench-out/guard/baseline/, and with --check compares today's with that baseline and lists
 * every file that differs (exit 1). For the small sets it also checks that createChecker over
 * two batches equals checkConsistency. `--small` leaves out the datasets.
 *
 *   git stash && npx tsx bench/guard.ts && git stash pop && npx tsx bench/guard.ts --check
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkConsistency, formatReport, createChecker } from '../src/index';
import { MissingDataError, loadFlights, loadPopulation, runBench } from './data';
import { syntheticClaims, weatherClaims } from './scale';

const root = join(import.meta.dirname, '..', '.bench-out', 'guard');
const out = join(root, process.argv.includes('--check') ? 'new' : 'baseline');
mkdirSync(out, { recursive: true });
function main(): void {
  if (!existsSync('../shared/news')) throw new MissingDataError('../shared/news not found: clone with ../shared beside the project');
  const cases: [string, unknown[], object][] = [];
  const seeds = JSON.parse(readFileSync('examples/seeds/claims.json', 'utf8'));
  cases.push(['seeds', seeds.claims, { sources: seeds.sources }]);
  for (const f of readdirSync('examples/news').filter((f) => f.endsWith('.json')).sort()) {
    const j = JSON.parse(readFileSync(join('examples/news', f), 'utf8'));
    cases.push([`ex-${f}`, j.claims, { sources: j.sources }]);
  }
  for (const d of readdirSync('../shared/news').sort()) {
    const p = join('../shared/news', d, 'claims.json');
    if (!existsSync(p)) continue;
    const j = JSON.parse(readFileSync(p, 'utf8'));
    cases.push([`news-${d}`, j.claims, { sources: j.sources }]);
  }
  const big = !process.argv.includes('--small');
  if (big) {
    cases.push(['flights', loadFlights().claims, {}]);
    cases.push(['population', loadPopulation().claims, {}]);
    cases.push(['weather100k', weatherClaims(100_000), {}]);
    cases.push(['synthetic100k', syntheticClaims(100_000), {}]);
    cases.push(['vote-seeds', seeds.claims, { sources: seeds.sources, consensus: 'vote' }]);
  }
  const formats = ['json', 'text', 'markdown', 'csv', 'html'] as const;
  let diffs = 0;
  for (const [name, claims, opts] of cases) {
    const report = checkConsistency(claims as never, opts as never);
    const fs = claims.length > 5000 ? (['json'] as const) : formats;
    // the incremental checker must agree
    if (claims.length < 5000) {
      const ch = createChecker(opts as never);
      ch.add(claims.slice(0, Math.floor(claims.length / 2)) as never).add(claims.slice(Math.floor(claims.length / 2)) as never);
      if (JSON.stringify(ch.report()) !== JSON.stringify(report)) { console.log(`checker differs: ${name}`); diffs++; }
    }
    for (const f of fs) {
      const text = f === 'json' ? JSON.stringify(report, null, 1) : formatReport(report, f);
      const file = join(out, `${name}.${f}`);
      writeFileSync(file, text);
      if (process.argv.includes('--check')) {
        const old = readFileSync(join(root, 'baseline', `${name}.${f}`), 'utf8');
        if (old !== text) { console.log(`DIFF ${name}.${f}`); diffs++; }
      }
    }
    console.log(name, claims.length, createHash('sha1').update(JSON.stringify(report)).digest('hex').slice(0, 10));
  }
  console.log(diffs === 0 ? 'guard: all identical' : `guard: ${diffs} differences`);
  process.exitCode = diffs === 0 ? 0 : 1;
}

void runBench('npm run bench:guard', main);
