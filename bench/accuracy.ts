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
import { checkConsistency, runCheck } from '../src/check';
import type { AnyReport as ConsistencyReport, ClaimGroup } from '../src/report/schema';
import type { CheckOptions, ClaimInput } from '../src/schema';
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

  const leaders = majority(claims, (c) => `${c.subject}\u0000${c.attribute}`, (c) => referenceTime(String(c.value)));
  let baseline = 0;
  let scored = 0;
  for (const [item, truthRaw] of gold) {
    const truth = referenceTime(truthRaw);
    if (truth === undefined) continue;
    scored++;
    baseline += evenPick(leaders.get(item) ?? [], (v) => v === truth);
  }
  const orderFree = consensusSignature(checkConsistency(shuffled(claims, 7))) === consensusSignature(report);
  return { claims: claims.length, ms, tp, fp, fn, tn, precision, recall, baseline: baseline / scored, orderFree, falseAlarms, misses, report };
}

/** The times of day a time key names: '--12-01T07:10' → ['07:10'], '07:45/19:45' → both. */
function timeOfKey(key: string): string[] {
  const time = key.includes('T') ? key.slice(key.lastIndexOf('T') + 1) : key;
  return time.split('/');
}

function population() {
  const { claims, gold } = loadPopulation();
  const number = (v: string) => String(Number(v.replace(/,/g, '')));
  const leaders = majority(claims, (c) => `${c.subject}\u0000${c.attribute}`, (c) => number(String(c.value)));
  let baseline = 0;
  let scored = 0;
  for (const [item, truth] of gold) {
    if (!leaders.has(item)) continue;
    scored++;
    baseline += evenPick(leaders.get(item)!, (v) => v === number(truth));
  }
  return { claims, baseline: baseline / scored };
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
  const leaders = majority(claims, (c) => c.subject, (c) => referenceAuthors(String(c.value)));
  let baseline = 0;
  let scored = 0;
  for (const [item, raw] of gold) {
    if (!leaders.has(item)) continue;
    scored++;
    baseline += evenPick(leaders.get(item)!, (v) => v === goldAuthors(raw));
  }
  return { claims, baseline: baseline / scored };
}

/** One gold item as a report settles it: the share of its picks that are right, and the consensus's confidence (none when disputed). */
interface ItemScore {
  readonly score: number;
  readonly confidence: number | undefined;
}

/** A dataset with gold answers: its claims and how a report scores on each gold item. */
interface Scored {
  readonly name: string;
  readonly claims: readonly ClaimInput[];
  /** Options the check is given (sources' categories), besides the estimation's. */
  readonly options?: CheckOptions;
  readonly items: (report: ConsistencyReport) => ItemScore[];
  readonly baseline: number;
}

/** Scores every gold item of `gold` by the group its claims land in, with `right(normalized, truth)`. */
function scorer(
  claims: readonly ClaimInput[],
  gold: ReadonlyMap<string, string>,
  itemOf: (c: ClaimInput) => string,
  right: (normalized: string, truth: string) => boolean,
  include: (item: string, truth: string) => boolean,
): (report: ConsistencyReport) => ItemScore[] {
  const items = new Map(claims.map((c) => [c.id!, itemOf(c)]));
  return (report) => {
    const groups = itemGroups(report, items);
    const out: ItemScore[] = [];
    for (const [item, truth] of [...gold].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (!include(item, truth)) continue;
      const g = groups.get(item);
      out.push({
        score: g === undefined ? 0 : evenPick(picks(g), (n) => right(n, truth)),
        confidence: g?.consensus === null || g === undefined ? undefined : g.consensus.confidence,
      });
    }
    return out;
  };
}

const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** A seeded generator (xorshift), so the splits are the same on every run. */
function generator(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4_294_967_296;
  };
}

/** Values of n (false values per item) the cross-validation chooses among; the default is 2. */
const FALSE_VALUES = [2, 5, 10] as const;
/** Random halves of the gold items. */
const SPLITS = 50;

/**
 * Cross-validation over random halves of each dataset's gold items: on each
 * split, n is chosen by the mean accuracy over the three datasets' first
 * halves and scored on their second halves. Returns the mean second-half
 * accuracy per dataset and how often each n was chosen.
 */
function crossValidate(scores: readonly (readonly ItemScore[])[][]): { accuracy: number[]; chosen: Map<number, number> } {
  const random = generator(20_091_101);
  const accuracy = scores[0]!.map(() => 0);
  const chosen = new Map<number, number>();
  for (let split = 0; split < SPLITS; split++) {
    const halves = scores[0]!.map((items) => {
      const order = items.map((_, i) => i);
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      return new Set(order.slice(0, Math.floor(order.length / 2)));
    });
    const half = (items: readonly ItemScore[], d: number, first: boolean) => mean(items.filter((_, i) => halves[d]!.has(i) === first).map((x) => x.score));
    let best = 0;
    let bestTrain = Number.NEGATIVE_INFINITY;
    scores.forEach((perSet, k) => {
      const train = mean(perSet.map((items, d) => half(items, d, true)));
      if (train > bestTrain + 1e-12) {
        bestTrain = train;
        best = k;
      }
    });
    chosen.set(FALSE_VALUES[best]!, (chosen.get(FALSE_VALUES[best]!) ?? 0) + 1);
    scores[best]!.forEach((items, d) => {
      accuracy[d] = accuracy[d]! + half(items, d, false) / SPLITS;
    });
  }
  return { accuracy, chosen };
}

/** Accuracy per band of confidence: does 0.9 mean right nine times in ten? */
function bands(items: readonly ItemScore[]): string {
  const edges = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1.000_001];
  const cells: string[] = [];
  for (let b = 0; b + 1 < edges.length; b++) {
    const inBand = items.filter((x) => x.confidence !== undefined && x.confidence >= edges[b]! && x.confidence < edges[b + 1]!);
    cells.push(inBand.length === 0 ? '—' : `${pct(mean(inBand.map((x) => x.score)))} (${inBand.length})`);
  }
  const disputed = items.filter((x) => x.confidence === undefined);
  cells.push(disputed.length === 0 ? '—' : `${pct(mean(disputed.map((x) => x.score)))} (${disputed.length})`);
  return cells.join(' | ');
}

function main(): void {
  const f = flights();
  const p = population();
  const b = books();
  const flightsGold = loadFlights().gold;
  const { gold: populationGold } = loadPopulation();
  const { gold: booksGold } = loadBooks();
  const number = (v: string) => String(Number(v.replace(/,/g, '')));
  const sets: Scored[] = [
    {
      name: 'flights-raha',
      claims: loadFlights().claims,
      items: scorer(loadFlights().claims, flightsGold, (c) => `${c.subject}\u0000${c.attribute}`, (n, t) => timeOfKey(n).includes(referenceTime(t)!), (_, t) => referenceTime(t) !== undefined),
      baseline: f.baseline,
    },
    {
      name: 'population-wikipedia',
      claims: p.claims,
      items: scorer(p.claims, populationGold, (c) => `${c.subject}\u0000${c.attribute}`, (n, t) => n === number(t), (item) => p.claims.some((c) => `${c.subject}\u0000${c.attribute}` === item)),
      baseline: p.baseline,
    },
    {
      name: 'book-abebooks',
      claims: b.claims,
      items: scorer(b.claims, booksGold, (c) => c.subject, (n, t) => consensusAuthors(n) === goldAuthors(t), (item) => b.claims.some((c) => c.subject === item)),
      baseline: b.baseline,
    },

    {
      // The same data with each source's category as the edit history tells it: an anonymous edit's
      // SourceID is user 0 and the IP address ("0 (68.162.248.83)"), a registered editor's is a user number
      // and name. The category is only a label: what it says of accuracy is estimated from the data.
      name: 'population-wikipedia, sources by account',
      claims: p.claims,
      options: { sources: [...new Set(p.claims.map((c) => c.source))].map((id) => ({ id, category: id.startsWith('0 (') ? 'anonymous' : 'registered' })) },
      items: scorer(p.claims, populationGold, (c) => `${c.subject}\u0000${c.attribute}`, (n, t) => n === number(t), (item) => p.claims.some((c) => `${c.subject}\u0000${c.attribute}` === item)),
      baseline: p.baseline,
    },
  ];
  // Each n's item scores per dataset; n = 2 is the default, so its reports are the ones shown.
  const scores: ItemScore[][][] = [];
  const reports: ConsistencyReport[] = [];
  const ms: number[] = [];
  for (const n of FALSE_VALUES) {
    scores.push(
      sets.map((set, d) => {
        const t0 = performance.now();
        const report = n === 2 && d === 0 ? f.report : runCheck(set.claims, set.options, { keyComparisons: 0, valueComparisons: 0, trust: { falseValues: n } });
        if (n === 2) {
          reports.push(report);
          ms.push(d === 0 ? f.ms : performance.now() - t0);
        }
        return set.items(report);
      }),
    );
  }
  // Cross-validation over the three datasets as a user gives them, and again with population's sources by account.
  const cv = crossValidate(scores.map((perSet) => perSet.slice(0, 3)));
  const cvByAccount = crossValidate(scores.map((perSet) => [perSet[0]!, perSet[3]!, perSet[2]!]));
  const cvAccuracy = [...cv.accuracy, cvByAccount.accuracy[1]!];
  const defaults = scores[FALSE_VALUES.indexOf(2)]!;
  const votes = sets.map((set) => set.items(checkConsistency(set.claims, { ...set.options, consensus: 'vote' })));
  // The same estimate with copy detection off (copy prior 0: no pair is ever one origin).
  const noCopies = sets.map((set) => set.items(runCheck(set.claims, set.options, { keyComparisons: 0, valueComparisons: 0, trust: { copyPrior: 0 } })));
  const orderFree = sets.map((set, d) => consensusSignature(checkConsistency(shuffled(set.claims, 7), set.options)) === consensusSignature(reports[d]!));
  const pct4 = (x: number) => x.toFixed(4);
  console.log(`crosscheck accuracy on real multi-source data (ties split evenly)\n`);
  console.log(`| dataset | claims | measure | crosscheck | crosscheck, cross-validated (${SPLITS} random halves) | crosscheck without copy detection | crosscheck, consensus: 'vote' | majority vote |`);
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  console.log(`| flights-raha | ${f.claims} | conflict precision | ${pct4(f.precision)} | — | — | — | — |`);
  console.log(`| flights-raha | ${f.claims} | conflict recall | ${pct4(f.recall)} | — | — | — | — |`);
  sets.forEach((set, d) => {
    const items = defaults[d]!;
    console.log(
      `| ${set.name} | ${set.claims.length} | consensus accuracy (${items.length} gold items) | ${pct(mean(items.map((x) => x.score)))} | ${pct(cvAccuracy[d]!)} | ${pct(mean(noCopies[d]!.map((x) => x.score)))} | ${pct(mean(votes[d]!.map((x) => x.score)))} | ${pct(set.baseline)} |`,
    );
  });
  console.log('');
  console.log(`cross-validation: on each split n (false values per item) is chosen among ${FALSE_VALUES.join(', ')} on one half of every dataset's gold items and scored on the other half; chosen: ${[...cv.chosen].sort((a, z) => z[1] - a[1]).map(([n, k]) => `n = ${n} ${k}×`).join(', ')} (with population's sources by account: ${[...cvByAccount.chosen].sort((a, z) => z[1] - a[1]).map(([n, k]) => `n = ${n} ${k}×`).join(', ')})`);
  console.log('');
  console.log('Accuracy of the consensus by its confidence (gold items in the band), and of the disputed groups (ties split evenly):\n');
  console.log('| dataset | < 0.5 | 0.5–0.7 | 0.7–0.8 | 0.8–0.9 | 0.9–0.95 | 0.95–0.99 | ≥ 0.99 | disputed |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const [d, set] of sets.entries()) console.log(`| ${set.name} | ${bands(defaults[d]!)} |`);
  console.log('');
  console.log(`flights: ${f.tp} true conflicts found, ${f.fp} false alarms, ${f.fn} missed, ${f.tn} agreeing pairs`);
  console.log(`check took ${sets.map((set, d) => `${set.name} ${ms[d]!.toFixed(0)} ms`).join(', ')}`);
  console.log(`consensus independent of input order: ${sets.map((set, d) => `${set.name} ${orderFree[d] ? 'yes' : 'NO'}`).join(', ')}`);
  if (f.falseAlarms.length > 0) console.log(`sample false alarms: ${f.falseAlarms.join('; ')}`);
  if (f.misses.length > 0) console.log(`sample misses: ${f.misses.join('; ')}`);
}

// Run when executed, not when imported for referenceTime.
if (import.meta.url === `file://${process.argv[1]}`) void runBench('npm run bench:accuracy', main);
