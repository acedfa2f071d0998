/**
 * npm run bench:accuracy — crosscheck against gold answers on real
 * multi-source data, next to a majority-vote baseline computed in the same
 * run. A script, not a test: it prints numbers.
 *
 * flights-raha: conflict precision / recall over pairs of claims about the
 * same flight time (a pair truly conflicts when the times the two strings
 * denote differ), and consensus accuracy against flights_clean.csv.
 * population-wikipedia: consensus accuracy on the gold items.
 *
 * Ties are scored as an even pick among the tied values, for the baseline and
 * for a disputed consensus alike, so neither depends on row order.
 */
import { checkConsistency } from '../src/check';
import type { ClaimGroup, ConsistencyReport } from '../src/report/schema';
import type { ClaimInput } from '../src/schema';
import { loadBooks, loadFlights, loadPopulation, runBench } from './data';

/**
 * The reference reading of a flight time, deliberately independent of
 * crosscheck's parser: the first h:mm with its a.m./p.m. marker. Strings
 * without one ("Not Available", "Contact Airline") have no reading.
 */
export function referenceTime(raw: string): string | undefined {
  const m = /(\d{1,2}):(\d{2})\s*(a\.?m\.?|p\.?m\.?|a|p|noon)?/i.exec(raw);
  if (m === null) return undefined;
  let h = Number(m[1]);
  const marker = (m[3] ?? '').toLowerCase();
  if (marker.startsWith('a') && h === 12) h = 0;
  if (marker.startsWith('p') && h < 12) h += 12;
  return `${String(h).padStart(2, '0')}:${m[2]}`;
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 48_271) % 2_147_483_647;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Score of picking among `choices` (ties split evenly): the share of the tied choices that are right. */
function evenPick(choices: readonly string[], isRight: (c: string) => boolean): number {
  if (choices.length === 0) return 0;
  return choices.filter(isRight).length / choices.length;
}

/** Majority vote over distinct sources per item; returns the tied leaders. */
function majority(claims: readonly ClaimInput[], itemOf: (c: ClaimInput) => string, read: (c: ClaimInput) => string | undefined) {
  const votes = new Map<string, Map<string, Set<string>>>();
  for (const c of claims) {
    const v = read(c);
    if (v === undefined) continue;
    const item = itemOf(c);
    let byValue = votes.get(item);
    if (byValue === undefined) votes.set(item, (byValue = new Map()));
    let sources = byValue.get(v);
    if (sources === undefined) byValue.set(v, (sources = new Set()));
    sources.add(c.source);
  }
  const leaders = new Map<string, string[]>();
  for (const [item, byValue] of votes) {
    const best = Math.max(...[...byValue.values()].map((s) => s.size));
    leaders.set(item, [...byValue].filter(([, s]) => s.size === best).map(([v]) => v));
  }
  return leaders;
}

/** The values crosscheck picks for a group: the consensus, or the tied contenders when disputed. */
function picks(g: ClaimGroup): string[] {
  if (g.consensus !== null) return [g.consensus.normalized];
  const tied = new Set(g.contenders ?? []);
  return g.positions.filter((p) => tied.has(p.id)).map((p) => p.normalized);
}

function itemGroups(report: ConsistencyReport, itemOf: Map<string, string>): Map<string, ClaimGroup> {
  const out = new Map<string, ClaimGroup>();
  for (const g of report.groups) {
    // The item a group stands for: the one most of its claims are about.
    const counts = new Map<string, number>();
    for (const id of g.claims) {
      const item = itemOf.get(id);
      if (item !== undefined) counts.set(item, (counts.get(item) ?? 0) + 1);
    }
    const item = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    if (item !== undefined && !out.has(item)) out.set(item, g);
  }
  return out;
}

function consensusSignature(report: ConsistencyReport): string {
  return report.groups
    .map((g) => `${g.id}=${g.consensus?.normalized ?? `tie:${(g.contenders ?? []).length}`}`)
    .sort()
    .join('\n');
}

const pct = (x: number) => x.toFixed(3);

function flights() {
  const { claims, gold } = loadFlights();
  const t0 = performance.now();
  const report = checkConsistency(claims);
  const ms = performance.now() - t0;
  const byVote = checkConsistency(claims, { consensus: 'vote' });
  const itemOf = new Map(claims.map((c) => [c.id!, `${c.subject}\u0000${c.attribute}`]));
  const readingOf = new Map(claims.map((c) => [c.id!, referenceTime(String(c.value))]));

  // Pairs of claims about one item: predicted conflict vs real difference of readings.
  const positionOf = new Map<string, { group: string; id: string; conflicts: ReadonlySet<string> }>();
  for (const g of report.groups) for (const p of g.positions) for (const id of p.claims) positionOf.set(id, { group: g.id, id: p.id, conflicts: new Set(p.conflictsWith) });
  const byItem = new Map<string, string[]>();
  for (const c of claims) {
    if (readingOf.get(c.id!) === undefined) continue;
    const item = itemOf.get(c.id!)!;
    const list = byItem.get(item);
    if (list === undefined) byItem.set(item, [c.id!]);
    else list.push(c.id!);
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const falseAlarms: string[] = [];
  const misses: string[] = [];
  const text = new Map(claims.map((c) => [c.id!, String(c.value)]));
  for (const ids of byItem.values()) {
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = ids[i]!;
        const b = ids[j]!;
        const real = readingOf.get(a) !== readingOf.get(b);
        const pa = positionOf.get(a);
        const pb = positionOf.get(b);
        const predicted = pa !== undefined && pb !== undefined && pa.group === pb.group && pa.conflicts.has(pb.id);
        if (real && predicted) tp++;
        else if (!real && predicted) {
          fp++;
          if (falseAlarms.length < 5) falseAlarms.push(`${JSON.stringify(text.get(a))} vs ${JSON.stringify(text.get(b))}`);
        } else if (real && !predicted) {
          fn++;
          if (misses.length < 5) misses.push(`${JSON.stringify(text.get(a))} vs ${JSON.stringify(text.get(b))}`);
        } else tn++;
      }
    }
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);

  // Consensus against the gold value, read the same way.
  const groups = itemGroups(report, itemOf);
  const leaders = majority(claims, (c) => `${c.subject}\u0000${c.attribute}`, (c) => referenceTime(String(c.value)));
  const voteGroups = itemGroups(byVote, itemOf);
  let ours = 0;
  let vote = 0;
  let baseline = 0;
  let scored = 0;
  for (const [item, truthRaw] of gold) {
    const truth = referenceTime(truthRaw);
    if (truth === undefined) continue;
    scored++;
    baseline += evenPick(leaders.get(item) ?? [], (v) => v === truth);
    const g = groups.get(item);
    if (g !== undefined) ours += evenPick(picks(g), (n) => timeOfKey(n).includes(truth));
    const v = voteGroups.get(item);
    if (v !== undefined) vote += evenPick(picks(v), (n) => timeOfKey(n).includes(truth));
  }
  const orderFree = consensusSignature(checkConsistency(shuffled(claims, 7))) === consensusSignature(report);
  return { claims: claims.length, ms, tp, fp, fn, tn, precision, recall, ours: ours / scored, vote: vote / scored, baseline: baseline / scored, scored, orderFree, falseAlarms, misses };
}

/** The times of day a time key names: '--12-01T07:10' → ['07:10'], '07:45/19:45' → both. */
function timeOfKey(key: string): string[] {
  const time = key.includes('T') ? key.slice(key.lastIndexOf('T') + 1) : key;
  return time.split('/');
}

function population() {
  const { claims, gold } = loadPopulation();
  const t0 = performance.now();
  const report = checkConsistency(claims);
  const ms = performance.now() - t0;
  const itemOf = new Map(claims.map((c) => [c.id!, `${c.subject}\u0000${c.attribute}`]));
  const groups = itemGroups(report, itemOf);
  const voteGroups = itemGroups(checkConsistency(claims, { consensus: 'vote' }), itemOf);
  const number = (v: string) => String(Number(v.replace(/,/g, '')));
  const leaders = majority(claims, (c) => `${c.subject}\u0000${c.attribute}`, (c) => number(String(c.value)));
  let ours = 0;
  let vote = 0;
  let baseline = 0;
  let scored = 0;
  for (const [item, truth] of gold) {
    if (!leaders.has(item)) continue;
    scored++;
    baseline += evenPick(leaders.get(item)!, (v) => v === number(truth));
    const g = groups.get(item);
    if (g !== undefined) ours += evenPick(picks(g), (n) => n === number(truth));
    const v = voteGroups.get(item);
    if (v !== undefined) vote += evenPick(picks(v), (n) => n === number(truth));
  }
  const orderFree = consensusSignature(checkConsistency(shuffled(claims, 7))) === consensusSignature(report);
  return { claims: claims.length, ms, ours: ours / scored, vote: vote / scored, baseline: baseline / scored, scored, orderFree };
}


/** Folded words: case, accents and punctuation dropped ("O'Leary" → o, leary). */
function foldWords(text: string): string[] {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/** A person as books are scored: the last word of the surname and the first initial ('' for a bare surname). */
function personKey(given: string, surname: string): string | undefined {
  const s = foldWords(surname);
  if (s.length === 0) return undefined;
  return `${s[s.length - 1]}|${foldWords(given)[0]?.[0] ?? ''}`;
}

/** A name written "Last, First" or "First Last". */
function personOf(name: string): string | undefined {
  const comma = name.indexOf(',');
  if (comma >= 0) return personKey(name.slice(comma + 1), name.slice(0, comma));
  const w = name.trim().split(/\s+/);
  return personKey(w.slice(0, -1).join(' '), w[w.length - 1] ?? '');
}

const sortedKeys = (keys: (string | undefined)[]) => keys.filter((k): k is string => k !== undefined).sort().join(' ; ');

/** The gold authors of a book: "haag, stephen ;  perry, james t.;" or "andrew conry-murray; vincent weafer". */
export function goldAuthors(raw: string): string {
  return sortedKeys(raw.split(';').filter((n) => n.trim() !== '').map(personOf));
}

/**
 * The reference reading of a store's author list for the majority-vote
 * baseline, deliberately simpler than crosscheck's: ";", "/", "&", "and" and
 * roles in parentheses separate names; commas separate "Last, First" pairs
 * when the first part is one word, else "First Last" names.
 */
export function referenceAuthors(raw: string): string | undefined {
  if (/^\s*(not available|n\/?a|unknown)?\s*$/i.test(raw)) return undefined;
  const names: (string | undefined)[] = [];
  for (const segment of raw.replace(/&amp;/g, '&').replace(/\([^()]*\)/g, ';').split(/;|\/|&|\band\b/i)) {
    const parts = segment.split(',').map((p) => p.trim()).filter((p) => p !== '');
    if (parts.length === 0) continue;
    if (parts.length > 1 && !/\s/.test(parts[0]!)) {
      for (let i = 0; i < parts.length; i += 2) names.push(personKey(parts[i + 1] ?? '', parts[i]!));
    } else for (const p of parts) names.push(personOf(p));
  }
  const key = sortedKeys(names);
  return key === '' ? undefined : key;
}

/** crosscheck's reading of an author list: members "given … surname" joined by " | ". */
function consensusAuthors(normalized: string): string {
  return sortedKeys(normalized.split(' | ').map((n) => {
    const w = n.split(' ');
    return personKey(w.length > 1 ? w[0]! : '', w[w.length - 1]!);
  }));
}

function books() {
  const { claims, gold } = loadBooks();
  const t0 = performance.now();
  const report = checkConsistency(claims);
  const ms = performance.now() - t0;
  const itemOf = new Map(claims.map((c) => [c.id!, c.subject]));
  const groups = itemGroups(report, itemOf);
  const voteGroups = itemGroups(checkConsistency(claims, { consensus: 'vote' }), itemOf);
  const leaders = majority(claims, (c) => c.subject, (c) => referenceAuthors(String(c.value)));
  let ours = 0;
  let vote = 0;
  let baseline = 0;
  let scored = 0;
  const wrong: string[] = [];
  for (const [item, raw] of gold) {
    if (!leaders.has(item)) continue;
    const truth = goldAuthors(raw);
    scored++;
    baseline += evenPick(leaders.get(item)!, (v) => v === truth);
    const g = groups.get(item);
    const score = g === undefined ? 0 : evenPick(picks(g), (n) => consensusAuthors(n) === truth);
    ours += score;
    if (score < 1 && wrong.length < 200) wrong.push(`${item}: ${g === undefined ? '—' : picks(g).join(' / ')}  (gold ${truth})`);
    const v = voteGroups.get(item);
    if (v !== undefined) vote += evenPick(picks(v), (n) => consensusAuthors(n) === truth);
  }
  const orderFree = consensusSignature(checkConsistency(shuffled(claims, 7))) === consensusSignature(report);
  return { claims: claims.length, ms, ours: ours / scored, vote: vote / scored, baseline: baseline / scored, scored, orderFree, wrong };
}

function main(): void {
  const f = flights();
  const p = population();
  const b = books();
  const pct4 = (x: number) => x.toFixed(4);
  console.log(`crosscheck accuracy on real multi-source data (ties split evenly)\n`);
  console.log("| dataset | claims | measure | crosscheck | crosscheck, consensus: 'vote' | majority vote |");
  console.log('| --- | --- | --- | --- | --- | --- |');
  console.log(`| flights-raha | ${f.claims} | conflict precision | ${pct4(f.precision)} | — | — |`);
  console.log(`| flights-raha | ${f.claims} | conflict recall | ${pct4(f.recall)} | — | — |`);
  console.log(`| flights-raha | ${f.claims} | consensus accuracy (${f.scored} items) | ${pct(f.ours)} | ${pct(f.vote)} | ${pct(f.baseline)} |`);
  console.log(`| population-wikipedia | ${p.claims} | consensus accuracy (${p.scored} gold items) | ${pct(p.ours)} | ${pct(p.vote)} | ${pct(p.baseline)} |`);
  console.log(`| book-abebooks | ${b.claims} | consensus accuracy (${b.scored} gold books) | ${pct(b.ours)} | ${pct(b.vote)} | ${pct(b.baseline)} |`);
  console.log('');
  console.log(`flights: ${f.tp} true conflicts found, ${f.fp} false alarms, ${f.fn} missed, ${f.tn} agreeing pairs; check took ${f.ms.toFixed(0)} ms`);
  console.log(`population: check took ${p.ms.toFixed(0)} ms`);
  console.log(`books: check took ${b.ms.toFixed(0)} ms`);
  console.log(`consensus independent of input order: flights ${f.orderFree ? 'yes' : 'NO'}, population ${p.orderFree ? 'yes' : 'NO'}, books ${b.orderFree ? 'yes' : 'NO'}`);
  if (process.env.BOOKS_WRONG) for (const w of b.wrong) console.log(`  wrong: ${w}`);
  if (f.falseAlarms.length > 0) console.log(`sample false alarms: ${f.falseAlarms.join('; ')}`);
  if (f.misses.length > 0) console.log(`sample misses: ${f.misses.join('; ')}`);
}

// Run when executed, not when imported for referenceTime.
if (import.meta.url === `file://${process.argv[1]}`) void runBench('npm run bench:accuracy', main);
