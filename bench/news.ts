/**
 * npm run bench:news — how many real cross-article conflicts crosscheck finds
 * on claims written per article by other people, and how many false ones it
 * raises, per event and in total. Counted exactly as ../shared/tools/score-claims.mjs
 * counts: a gold pair conflicts when both claims sit in one group and one's
 * position lists the other's in `conflictsWith`.
 *
 * Two sets of events, reported apart:
 * - development: ../shared/news (or $CROSSCHECK_NEWS), the six events the rules were developed on;
 * - held-out: bench/heldout, three events whose claims were written by three
 *   other writers (natural phrases, snake_case fields, terse labels) and whose
 *   gold was written by a fourth, after the linking rules were written.
 *
 *   npm run bench:news                 the table
 *   npm run bench:news -- --verbose    also every missed and false pair
 *   npm run bench:news -- --sweep      totals with each profile weight (and the threshold) at 50 % and 150 %
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type CheckStats, runCheck } from '../src/check';
import { readWord } from '../src/lexicon/lexicon';
import { WEIGHTS, type Weights } from '../src/link/profile/profile';
import type { CheckOptions, ClaimInput } from '../src/schema';

interface ClaimSet {
  readonly name: string;
  readonly claims: ClaimInput[];
  readonly sources: NonNullable<CheckOptions['sources']>;
  readonly gold: { conflicts: [string, string][]; agree: [string, string][]; hardConflicts?: [string, string][]; hardAgree?: [string, string][] };
  /** Gold agree pairs that CLAIMS.md marks as traps (different things or facts that look alike), both ways round. */
  readonly traps: ReadonlySet<string>;
}

interface Score {
  found: number;
  conflicts: number;
  falseAlarms: number;
  agree: number;
  unplaced: number;
  missed: [string, string][];
  alarms: [string, string][];
  /** Gold pairs about one fact (every list but the traps) whose two claims share a group, and how many there are. */
  grouped: number;
  pairs: number;
  /** Traps whose two claims share a group, and how many traps there are. */
  trapsGrouped: number;
  traps: number;
  /**
   * Conflicting groups no gold pair judges (none of their conflicting claim pairs is in any gold list), and of them
   * those where the pair is of two sources: gold judges only pairs from two articles, so these are read by hand.
   */
  unjudged: number;
  unjudgedAcross: number;
}

/** A trap line of CLAIMS.md: "- n1-02 (…) vs s1-05 (…): TRAP: …". */
const TRAP_LINE = /^- (\S+) \(.*\) vs (\S+) \(.*\bTRAP\b/;

function trapsOf(file: string): Set<string> {
  const out = new Set<string>();
  if (!existsSync(file)) return out;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = TRAP_LINE.exec(line);
    if (m === null) continue;
    out.add(`${m[1]} ${m[2]}`);
    out.add(`${m[2]} ${m[1]}`);
  }
  return out;
}

const ROOT = resolve(import.meta.dirname, '..');

function loadSets(dir: string): ClaimSet[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((d) => join(dir, d))
    .filter((d) => existsSync(join(d, 'claims.json')) && existsSync(join(d, 'gold.json')))
    .map((d) => {
      const input = JSON.parse(readFileSync(join(d, 'claims.json'), 'utf8'));
      return {
        name: d.split('/').pop()!,
        claims: input.claims,
        sources: input.sources,
        gold: JSON.parse(readFileSync(join(d, 'gold.json'), 'utf8')),
        traps: trapsOf(join(d, 'CLAIMS.md')),
      };
    });
}

function score(set: ClaimSet, options: CheckOptions, weights?: Partial<Weights>): Score {
  const stats: CheckStats = { keyComparisons: 0, valueComparisons: 0, ...(weights === undefined ? {} : { weights }) };
  const report = runCheck(set.claims, { sources: set.sources, ...options }, stats);
  const where = new Map<string, { g: (typeof report.groups)[number]; p: (typeof report.groups)[number]['positions'][number] }>();
  for (const g of report.groups) for (const p of g.positions) for (const c of p.claims) where.set(c, { g, p });
  const conflicting = ([a, b]: [string, string]) => {
    const x = where.get(a);
    const y = where.get(b);
    return !!x && !!y && x.g === y.g && (x.p.conflictsWith.includes(y.p.id) || y.p.conflictsWith.includes(x.p.id));
  };
  const missed = set.gold.conflicts.filter((p) => !conflicting(p));
  const alarms = set.gold.agree.filter(conflicting);
  const named = new Set(report.issues.map((i) => i.claim));
  const unplaced = set.claims.filter((c) => !where.has(c.id!) && !named.has(c.id)).length;
  // Grouping, whatever the values: a pair about one fact belongs in one group, a trap never.
  let grouped = 0;
  let pairs = 0;
  let trapsGrouped = 0;
  let traps = 0;
  const together = ([a, b]: [string, string]) => where.has(a) && where.get(a)!.g === where.get(b)?.g;
  for (const list of [set.gold.conflicts, set.gold.hardConflicts ?? [], set.gold.agree, set.gold.hardAgree ?? []]) {
    for (const pair of list) {
      if (set.traps.has(`${pair[0]} ${pair[1]}`)) {
        traps++;
        if (together(pair)) trapsGrouped++;
      } else {
        pairs++;
        if (together(pair)) grouped++;
      }
    }
  }
  const key = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);
  const judged = new Set<string>();
  for (const list of [set.gold.conflicts, set.gold.hardConflicts ?? [], set.gold.agree, set.gold.hardAgree ?? []]) for (const [a, b] of list) judged.add(key(a, b));
  const sourceOf = new Map(set.claims.map((c) => [c.id!, c.source]));
  let unjudged = 0;
  let unjudgedAcross = 0;
  for (const g of report.groups) {
    if (g.status !== 'conflict') continue;
    const byId = new Map(g.positions.map((p) => [p.id, p]));
    let seen = false;
    let across = false;
    for (const p of g.positions) {
      for (const q of p.conflictsWith) {
        for (const a of p.claims) {
          for (const b of byId.get(q)!.claims) {
            if (judged.has(key(a, b))) seen = true;
            if (sourceOf.get(a) !== sourceOf.get(b)) across = true;
          }
        }
      }
    }
    if (seen) continue;
    unjudged++;
    if (across) unjudgedAcross++;
  }
  return {
    grouped,
    pairs,
    trapsGrouped,
    traps,
    unjudged,
    unjudgedAcross,
    found: set.gold.conflicts.length - missed.length,
    conflicts: set.gold.conflicts.length,
    falseAlarms: alarms.length,
    agree: set.gold.agree.length,
    unplaced,
    missed,
    alarms,
  };
}

function total(scores: readonly Score[]) {
  const t = { found: 0, conflicts: 0, falseAlarms: 0, agree: 0, unplaced: 0, clean: 0, grouped: 0, pairs: 0, trapsGrouped: 0, traps: 0, unjudged: 0, unjudgedAcross: 0 };
  for (const s of scores) {
    t.unjudged += s.unjudged;
    t.unjudgedAcross += s.unjudgedAcross;
    t.grouped += s.grouped;
    t.pairs += s.pairs;
    t.trapsGrouped += s.trapsGrouped;
    t.traps += s.traps;
    t.found += s.found;
    t.conflicts += s.conflicts;
    t.falseAlarms += s.falseAlarms;
    t.agree += s.agree;
    t.unplaced += s.unplaced;
    if (s.falseAlarms === 0) t.clean++;
  }
  return t;
}

function main(): void {
  // The lexicon is parsed on first use: time that, in this fresh process, before anything else reads it.
  const t0 = performance.now();
  readWord('lexicon');
  const lexiconMs = performance.now() - t0;
  let values: { verbose: boolean; sweep: boolean };
  try {
    ({ values } = parseArgs({ options: { verbose: { type: 'boolean', default: false }, sweep: { type: 'boolean', default: false } } }));
  } catch (error) {
    if (!(error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) throw error;
    process.stderr.write(`npm run bench:news: ${(error as Error).message} (options: --verbose, --sweep)\n`);
    process.exit(2);
  }
  const devDir = process.env.CROSSCHECK_NEWS ?? join(ROOT, '..', 'shared', 'news');
  const groups: [string, ClaimSet[]][] = [
    ['development', loadSets(devDir)],
    ['held-out', loadSets(join(ROOT, 'bench', 'heldout'))],
  ];
  if (groups[0]![1].length === 0) {
    console.error(`bench:news: no news claim sets in ${devDir} (set CROSSCHECK_NEWS to a folder of <event>/claims.json + gold.json); held-out only`);
  }
  console.log('| set | event | conflicts found | false conflicts | claims unaccounted for | same-fact pairs grouped | traps grouped | conflicts no gold pair judges (of two sources) |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  const trapCell = (grouped: number, traps: number) => (traps === 0 ? '—' : `${grouped}/${traps}`);
  for (const [label, sets] of groups) {
    const scores = sets.map((s) => score(s, {}));
    sets.forEach((s, k) => {
      const r = scores[k]!;
      console.log(`| ${label} | ${s.name} | ${r.found}/${r.conflicts} | ${r.falseAlarms}/${r.agree} | ${r.unplaced} | ${r.grouped}/${r.pairs} | ${trapCell(r.trapsGrouped, r.traps)} | ${r.unjudged} (${r.unjudgedAcross}) |`);
      if (values.verbose) {
        for (const [a, b] of r.missed) console.log(`|  |  missed ${a} <> ${b} | | | | | | |`);
        for (const [a, b] of r.alarms) console.log(`|  |  false ${a} <> ${b} | | | | | | |`);
      }
    });
    if (sets.length > 0) {
      const t = total(scores);
      console.log(
        `| **${label}** | **total (${sets.length} events; ${t.clean} without a false conflict)** | **${t.found}/${t.conflicts}** | **${t.falseAlarms}/${t.agree}** | **${t.unplaced}** | **${t.grouped}/${t.pairs}** | **${trapCell(t.trapsGrouped, t.traps)}** | **${t.unjudged} (${t.unjudgedAcross})** |`,
      );
    }
  }
  console.log(`\nlexicon parsed on first use in ${lexiconMs.toFixed(0)} ms`);
  if (!values.sweep) return;
  console.log('\nSensitivity: each profile weight (and the link threshold) at 50 % and 150 % of its value; totals found / false.\n');
  console.log('| weight | value | development at 50 % | at 100 % | at 150 % | held-out at 50 % | at 100 % | at 150 % |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  const cell = (sets: ClaimSet[], options: CheckOptions, weights?: Partial<Weights>) => {
    if (sets.length === 0) return '—';
    const t = total(sets.map((s) => score(s, options, weights)));
    return `${t.found}/${t.conflicts} · ${t.falseAlarms}`;
  };
  const [dev, held] = [groups[0]![1], groups[1]![1]];
  const base = [cell(dev, {}), cell(held, {})];
  const rows: [string, number, (f: number) => { options: CheckOptions; weights?: Partial<Weights> }][] = [
    ['link threshold', 4, (f) => ({ options: { linkThreshold: 4 * f } })],
    // valueNear and valueFar are estimated from each input (from nearLikely and nearByChance, swept here).
    ...(Object.keys(WEIGHTS) as (keyof Weights)[]).filter((k) => k !== 'valueNear' && k !== 'valueFar').map(
      (k) => [k, WEIGHTS[k], (f: number) => ({ options: {}, weights: { [k]: WEIGHTS[k] * f } })] as [string, number, (f: number) => { options: CheckOptions; weights?: Partial<Weights> }],
    ),
  ];
  for (const [name, value, at] of rows) {
    const lo = at(0.5);
    const hi = at(1.5);
    console.log(
      `| ${name} | ${value} | ${cell(dev, lo.options, lo.weights)} | ${base[0]} | ${cell(dev, hi.options, hi.weights)} | ${cell(held, lo.options, lo.weights)} | ${base[1]} | ${cell(held, hi.options, hi.weights)} |`,
    );
  }
}

main();
