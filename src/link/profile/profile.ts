import { distance } from 'fastest-levenshtein';
import type { StageIssue } from '../../model';
import { compareCodePoints } from '../../util/order';
import { UnionFind } from '../../util/union-find';
import { apart, type Cell, firstClaim, type LinkRun, mergeInto } from '../cells';
import type { ValueEvidence, ValueRelater } from '../evidence';
import { classesOf, type HeadRelation, LEXFILE, readWord, relateNouns } from '../../lexicon/lexicon';
import { type AttributeReading, readAttribute } from './attribute';
import { type Mention, readMention } from './mention';
import { tokenize } from './words';

/** What the profile rule needs besides the cells. */
export interface ProfileInput {
  readonly relate: ValueRelater;
  /** The kind a set of claims' values read as, if any. */
  readonly kindOf: (claims: readonly number[]) => string | undefined;
  /** Claim i's value as text, when it is a string. */
  readonly text: (i: number) => string | undefined;
  /** Publication day (epoch days) of claim i's source, if known. */
  readonly published: (i: number) => number | undefined;
  /** Log-odds a link needs. */
  readonly threshold: number;
  /** The caller's similarity of two subject phrases, 0 to 1 (options.similarity). */
  readonly similarity?: ((a: string, b: string) => number) | undefined;
  /** Every pair scored, in words (for looking into a run; internal). */
  readonly trace?: ((line: string) => void) | undefined;
  /** Weights moved from WEIGHTS (the sensitivity sweep only). */
  readonly weights?: Partial<Weights>;
}

/**
 * The weights of the evidence, in bits (log2 of how much likelier the
 * evidence is for one thing than for two). Set by hand from what the evidence
 * means, not fitted to examples; `npm run bench:news -- --sweep` shows the
 * results with every weight moved by ±50 %.
 */
export const WEIGHTS = {
  /** The same head noun or synonyms ("quake" / "temblor"). */
  headSame: 3,
  /** One head a kind of the other ("sister" / "sibling"). */
  headHypernym: 2,
  /** Heads with a near common parent ("girl" / "baby"). */
  headClose: 1,
  /** Heads of different broad classes (a person and an event), or opposed ("woman" / "man"). */
  headUnrelated: -3,
  /** The same explicit time anchor ("2012", "last year" in 2013). */
  anchor: 2,
  /** A shared surname. */
  surname: 2.5,
  /** A shared given name (or one given name and its initial, half). */
  givenName: 2,
  /** Different given names with one surname. */
  givenNameDiffers: -3,
  /** A shared modifier, at most (scaled down by how many mentions use it). */
  modifier: 2,
  /** An attribute both state, with agreeing values. */
  valueAgrees: 1.5,
  /** An attribute both state, with contradicting values: lowers the weight, never vetoes. */
  valueConflicts: -1.5,
  /** An attribute both state, values not comparable. */
  sharedSlot: 0.25,
  /** Cap of the value evidence, either way. */
  valueCap: 4.5,
  /** A pair that is each other's only candidate among what the other's sources say. */
  exclusive: 2.5,
  /** The caller's similarity, at most this many bits either way (0.5 is none, 1 is +this, 0 is -this). */
  similarity: 3,
} as const;

export type Weights = { -readonly [K in keyof typeof WEIGHTS]: number };

/** The attribute weights: what an attribute name and its values must share to be one slot. */
export const ATTRIBUTE_WEIGHTS = {
  measure: 2,
  lemma: 2.5,
  kind: 1,
  threshold: 3,
} as const;

const NO_KIND = (): undefined => undefined;

const NO_READING: Mention = {
  head: undefined,
  plural: false,
  modifiers: [],
  name: undefined,
  appositive: [],
  anchor: { years: [], days: [], parts: [] },
  labels: [],
  proper: [],
};

/** Rounds of pooled-profile merging after the pairwise ones (each may enable the next). */
const POOL_ROUNDS = 3;

/** How much weaker (bits) another candidate must be for a pair to count as exclusive. */
const EXCLUSIVE_MARGIN = 1;

/** Buckets of the candidate index larger than this are too common to block on (a head like "person" at scale). */
const MAX_BUCKET = 64;
/** A name word or modifier shared by more mentions than this is no evidence of one thing (term frequency). */
const MAX_WORD_BUCKET = 16;
/** Most attributes of one linked subject compared all-pairs; more go through an index of their words. */
const ALL_PAIRS_ATTRIBUTES = 48;

interface MentionNode {
  readonly key: string;
  text: string;
  readonly cells: Cell[];
  reading: Mention;
  /** The earliest publication day of its sources: what "yesterday" is read against. */
  published?: number;
  claims: number;
  /** Its number, in order of first cell. */
  readonly index: number;
  sources?: Sources;
  /** Names the claims give it ("the shooter | name | Steven Dolan"): tokens, lower case, with the claim. */
  named?: Array<{ tokens: string[]; claim: number }>;
}

interface AttributeNode {
  readonly key: string;
  readonly text: string;
  readonly cells: Cell[];
  readonly reading: AttributeReading;
  /** Computed for the few attributes a candidate pair names: source numbers, ascending. */
  sources?: Int32Array;
  claims?: number[];
  kind?: string | null;
}

function nodeClaims(n: AttributeNode): number[] {
  if (n.claims === undefined) {
    n.claims = [];
    for (const cell of n.cells) for (const i of cell.claims) n.claims.push(i);
  }
  return n.claims;
}

function nodeSources(n: AttributeNode, run: LinkRun): Int32Array {
  if (n.sources === undefined) {
    const set = new Set<number>();
    for (const cell of n.cells) for (const i of cell.claims) set.add(run.input.sourceNumber(i));
    n.sources = Int32Array.from(set).sort();
  }
  return n.sources;
}

/** Source numbers, ascending, without repeats. */
type Sources = Int32Array;

/** Whether two ascending source lists share a source. */
function overlaps(a: Sources, b: Sources): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) return true;
    if (x < y) i++;
    else j++;
  }
  return false;
}

/** The union of two ascending source lists. */
function union(a: Sources, b: Sources): Sources {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : Number.POSITIVE_INFINITY;
    const y = j < b.length ? b[j]! : Number.POSITIVE_INFINITY;
    const v = x <= y ? x : y;
    if (x === v) i++;
    if (y === v) j++;
    out[n++] = v;
  }
  return out.subarray(0, n);
}

/**
 * The profile rule: record linkage over subject mentions and attribute names
 * (Fellegi–Sunter style log-odds). Subject mentions that share a head
 * concept, a name or a rare modifier are candidates; each pair is scored from
 * its heads' lexical relation, its names, its shared modifiers (weighted by
 * how few mentions use them) and the values the two mentions state for the
 * same attributes (agreement raises the weight, contradiction lowers it,
 * never vetoes). Hard blocks: one source's two subjects, different time
 * anchors, different labels, singular against plural. Pairs merge greedily,
 * best first, while the merged clusters still hold at most one subject of
 * each source. Then, within each linked subject, attribute names are linked
 * by the measure they ask for, their lemmas and the kind of their values;
 * one source's two attribute names stay two slots.
 */
export function profileRule(cells: ReadonlyMap<string, Cell>, input: ProfileInput, run: LinkRun, weights: Weights = { ...WEIGHTS }): Map<string, Cell> {
  // Mentions: the distinct subject keys of the cells, each with its sources and its first spelling in code-point
  // order (not input order: the report may not depend on it).
  const mentions = new Map<string, MentionNode>();
  const sourceCount = run.input.sourceCount;
  // The mention that last saw each source: a source is counted once per mention without a set.
  const lastSeen = new Int32Array(sourceCount).fill(-1);
  const building: number[][] = [];
  // Publication day per source number, read from the first claim of each source met.
  const sourceDay: (number | undefined | null)[] = new Array(sourceCount).fill(null);
  const present = new Uint8Array(sourceCount);
  let distinctSources = 0;
  for (const cell of cells.values()) {
    let m = mentions.get(cell.subject);
    if (m === undefined) {
      m = { key: cell.subject, text: run.input.subjectSpelling(cell.subject) ?? run.label('subject', cell.subject), cells: [], reading: NO_READING, claims: 0, index: building.length };
      building.push([]);
      mentions.set(cell.subject, m);
    }
    m.cells.push(cell);
    m.claims += cell.claims.length;
    const own = building[m.index]!;
    for (const i of cell.claims) {
      const src = run.input.sourceNumber(i);
      if (lastSeen[src] !== m.index) {
        lastSeen[src] = m.index;
        own.push(src);
        if (present[src] === 0) {
          present[src] = 1;
          distinctSources++;
        }
        let day = sourceDay[src];
        if (day === null) sourceDay[src] = day = input.published(i);
        if (day !== undefined && (m.published === undefined || day < m.published)) m.published = day;
      }
    }
  }
  for (const m of mentions.values()) m.sources = Int32Array.from(building[m.index]!).sort();
  // Each attribute key's first spelling in code-point order (not input order).
  const attributeTexts = new Map<string, string>();
  for (const cell of cells.values()) {
    if (!attributeTexts.has(cell.attribute)) attributeTexts.set(cell.attribute, run.input.attributeSpelling(cell.attribute) ?? run.label('attribute', cell.attribute));
  }
  const attributeText = (key: string) => attributeTexts.get(key) ?? key;
  // Whether case tells names from common nouns: not in input written all in lower case.
  let caseless = true;
  for (const m of mentions.values()) {
    if (/\p{Lu}/u.test(m.text)) {
      caseless = false;
      break;
    }
  }
  // A mention every source uses shares a source with every other one: it can link to none, and is not read.
  const open = (m: MentionNode) => distinctSources < 2 || m.sources!.length < distinctSources;
  for (const m of mentions.values()) if (open(m)) m.reading = readMention(m.text, m.published, caseless);
  const sourcesOf = (m: MentionNode) => m.sources!;
  const list = [...mentions.values()].sort((a, b) => compareCodePoints(a.key, b.key));

  // Candidate index: head, head class, name tokens, modifiers.
  const buckets = new Map<string, number[]>();
  const put = (key: string, k: number) => {
    const b = buckets.get(key);
    if (b === undefined) buckets.set(key, [k]);
    else if (b[b.length - 1] !== k) b.push(k);
  };
  const df = new Map<string, number>();
  for (let k = 0; k < list.length; k++) {
    if (list[k]!.reading === NO_READING || list[k]!.reading.tabular) continue;
    const r = list[k]!.reading;
    const words = new Set<string>(r.modifiers);
    if (r.head !== undefined) {
      words.add(r.head);
      put(`h:${r.head}`, k);
      // A head is also a word another mention may use as a modifier ("quake epicentre" / "the quake").
      put(`m:${r.head}`, k);
      for (const c of classesOf(r.head)) put(`c:${c}`, k);
    }
    for (const w of [...(r.name ?? []), ...r.appositive]) {
      put(`n:${w}`, k);
      words.add(w);
    }
    if (r.name !== undefined) put(`c:${LEXFILE.person}`, k);
    for (const w of r.modifiers) put(`m:${w}`, k);
    for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
  }
  // Candidate pairs, bucket by bucket; a pair that shares a source or is blocked is dropped at once.
  const seen = new Set<number>();
  const candidates: Array<[number, number]> = [];
  for (const [key, b] of buckets) {
    const cap = key.startsWith('h:') || key.startsWith('c:') ? MAX_BUCKET : MAX_WORD_BUCKET;
    if (b.length < 2 || (b.length > cap && !run.exhaustive)) continue;
    for (let x = 0; x < b.length; x++) {
      for (let y = x + 1; y < b.length; y++) {
        const p = Math.min(b[x]!, b[y]!);
        const q = Math.max(b[x]!, b[y]!);
        const id = p * list.length + q;
        if (seen.has(id)) continue;
        seen.add(id);
        if (overlaps(sourcesOf(list[p]!), sourcesOf(list[q]!)) || blocked(list[p]!.reading, list[q]!.reading)) continue;
        if (apart(run, 'subject', list[p]!.key, list[q]!.key)) continue;
        candidates.push([p, q]);
      }
    }
  }
  if (run.exhaustive) {
    // The differential test's reference: every pair, no index.
    candidates.length = 0;
    for (let p = 0; p < list.length; p++) {
      for (let q = p + 1; q < list.length; q++) {
        if (list[p]!.reading === NO_READING || list[q]!.reading === NO_READING || list[p]!.reading.tabular || list[q]!.reading.tabular) continue;
        if (!related(list[p]!.reading, list[q]!.reading)) continue;
        if (overlaps(sourcesOf(list[p]!), sourcesOf(list[q]!)) || blocked(list[p]!.reading, list[q]!.reading)) continue;
        if (apart(run, 'subject', list[p]!.key, list[q]!.key)) continue;
        candidates.push([p, q]);
      }
    }
  }
  candidates.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  // The value weights, estimated from this input when there are candidates to score (see valueWeights).
  if (candidates.length > 0 && input.weights?.valueAgrees === undefined && input.weights?.valueConflicts === undefined) {
    const estimated = valueWeights(cells, input, run);
    weights = { ...weights, valueAgrees: estimated.agree, valueConflicts: estimated.conflict };
    input.trace?.(`value weights ${JSON.stringify(estimated)}`);
  }
  // Names the claims give: an attribute that asks for a name, with a value that reads as one.
  for (const m of list) {
    for (const cell of m.cells) {
      if (readAttribute(attributeText(cell.attribute)).measure !== 'name') continue;
      for (const i of cell.claims) {
        const v = input.text(i);
        if (v === undefined) continue;
        const tokens = tokenize(v)
          .filter((t) => t.capital)
          .map((t) => t.word.replace(/\.$/, ''));
        if (tokens.length > 0 && tokens.length <= 5) (m.named ??= []).push({ tokens, claim: i });
      }
    }
  }
  const total = list.length;
  /** `compared`: how many attributes both state with values that could be related. */
  const scored: Array<{ a: number; b: number; score: number; evidence: string[]; compared: number; lexical: number; lexicalEvidence: string[] }> = [];
  for (const [p, q] of candidates) {
    const a = list[p]!;
    const b = list[q]!;
    run.stats.keyComparisons++;
    const { score, evidence, compared, lexical, lexicalEvidence } = scorePair(a, b, df, total, input, weights, attributeText);
    input.trace?.(`pair ${score.toFixed(1)} '${a.text}' ~ '${b.text}' (${evidence.join(', ')})`);
    if (score >= input.threshold - weights.exclusive - 1 || lexical > 0) scored.push({ a: p, b: q, score, evidence, compared, lexical, lexicalEvidence });
  }
  scored.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);

  // Greedy merge, best pair first, keeping each cluster to one subject per source and its anchors and labels compatible.
  const uf = new UnionFind<number>();
  const members = new Map<number, number[]>(list.map((_, k) => [k, [k]]));
  const clusterSources = new Map<number, Sources>();
  const sourcesOfCluster = (root: number): Sources => {
    let s = clusterSources.get(root);
    if (s === undefined) {
      s = new Int32Array(0);
      for (const k of members.get(root)!) s = union(s, sourcesOf(list[k]!));
      clusterSources.set(root, s);
    }
    return s;
  };
  const linkedTo = new Map<number, { to: number; evidence: string[]; score: number }>();
  const nearMisses: Array<{ a: number; b: number; score: number; evidence: string[] }> = [];
  const join = (p: number, q: number) => {
    const ra = uf.find(p);
    const rb = uf.find(q);
    uf.union(ra, rb);
    const root = uf.find(ra);
    const merged = [...members.get(ra)!, ...members.get(rb)!];
    const s = union(sourcesOfCluster(ra), sourcesOfCluster(rb));
    members.delete(ra);
    members.delete(rb);
    members.set(root, merged);
    clusterSources.delete(ra);
    clusterSources.delete(rb);
    clusterSources.set(root, s);
  };
  // A source that names one of its subjects with another of its subjects ("Old Man Bill | real_name | David
  // Scott", "11-year-old | name | Madelyn Rychetski") has said they are one: joined before anything is scored.
  const byNameToken = new Map<string, number[]>();
  // A mention every source uses is not read for scoring, but a claim may still name it.
  if (list.some((m) => m.named !== undefined)) {
    for (const m of list) if (m.reading === NO_READING) m.reading = readMention(m.text, m.published, caseless);
  }
  list.forEach((m, k) => {
    for (const w of m.reading.name ?? m.reading.appositive) {
      const b = byNameToken.get(w);
      if (b === undefined) byNameToken.set(w, [k]);
      else b.push(k);
    }
  });
  for (let k = 0; k < list.length; k++) {
    for (const { tokens, claim } of list[k]!.named ?? []) {
      const source = run.input.sourceNumber(claim);
      for (const q of byNameToken.get(tokens[tokens.length - 1]!) ?? byNameToken.get(tokens[0]!) ?? []) {
        if (q === k || uf.find(q) === uf.find(k)) continue;
        const other = list[q]!;
        const names = other.reading.name ?? other.reading.appositive;
        const [short, long] = names.length <= tokens.length ? [names, tokens] : [tokens, names];
        if (!short.every((x) => long.includes(x)) || !sourcesOf(other).includes(source) || apart(run, 'subject', list[k]!.key, other.key)) continue;
        join(k, q);
        linkedTo.set(q, { to: k, evidence: [`named ${JSON.stringify(tokens.join(' '))} by claim ${run.input.claimId(claim)}`], score: Number.POSITIVE_INFINITY });
      }
    }
  }
  const mergeable = (ra: number, rb: number) => {
    if (ra === rb || overlaps(sourcesOfCluster(ra), sourcesOfCluster(rb))) return false;
    const ma = members.get(ra)!;
    const mb = members.get(rb)!;
    return !ma.some((x) => mb.some((y) => blocked(list[x]!.reading, list[y]!.reading) || apart(run, 'subject', list[x]!.key, list[y]!.key)));
  };
  for (const pair of scored) {
    if (pair.score < input.threshold) continue;
    const ra = uf.find(pair.a);
    const rb = uf.find(pair.b);
    if (!mergeable(ra, rb)) continue;
    join(ra, rb);
    linkedTo.set(pair.b, { to: pair.a, evidence: pair.evidence, score: pair.score });
  }
  // Exclusive pairs: a story tells of each thing once, so when, of everything one source says, a mention
  // can still be one thing only, and that thing can be this mention only (every other candidate either
  // way already linked elsewhere, blocked, or clearly weaker), the pair gains `exclusive` bits.
  const byMention = new Map<number, typeof scored>();
  for (const pair of scored) {
    for (const k of [pair.a, pair.b]) {
      const l = byMention.get(k);
      if (l === undefined) byMention.set(k, [pair]);
      else l.push(pair);
    }
  }
  // Whether the cluster of `self` has another candidate, nearly as good, among what the other cluster's sources say.
  const rivals = (self: number, other: number, pair: (typeof scored)[number]) => {
    const mine = uf.find(self);
    const otherRoot = uf.find(other);
    const theirs = sourcesOfCluster(otherRoot);
    for (const member of members.get(mine)!) {
      for (const q of byMention.get(member) ?? []) {
        if (q === pair) continue;
        const x = q.a === member ? q.b : q.a;
        const rx = uf.find(x);
        if (rx === otherRoot || rx === mine || !overlaps(sourcesOfCluster(rx), theirs) || !mergeable(mine, rx)) continue;
        if (q.score > pair.score - EXCLUSIVE_MARGIN) return true;
      }
    }
    return false;
  };
  for (const pair of scored) {
    if (pair.score >= input.threshold) continue;
    const ra = uf.find(pair.a);
    const rb = uf.find(pair.b);
    if (!mergeable(ra, rb)) continue;
    // Exclusivity weighs only what the two say about one same fact: a pair with no attribute in common is two
    // mentions that merely remain ("the four men who were shot" / "men feuding on the corner").
    const exclusive = pair.compared > 0 && pair.score + weights.exclusive >= input.threshold - 1 && !rivals(pair.a, pair.b, pair) && !rivals(pair.b, pair.a, pair);
    const score = exclusive ? pair.score + weights.exclusive : pair.score;
    const evidence = exclusive ? [...pair.evidence, 'the only candidate either way'] : pair.evidence;
    if (score >= input.threshold) {
      join(ra, rb);
      linkedTo.set(pair.b, { to: pair.a, evidence, score });
    } else if (score >= input.threshold - 1) nearMisses.push({ ...pair, score, evidence });
  }
  // Pooled profiles: once mentions are clusters, a cluster's evidence is all its mentions' — the best head
  // and name relation between any two of their mentions, and the values of all their cells, each attribute
  // compared once ("Woman killed" meets the age of "Brenda Dolan" and the head of "Dolan's wife" at once).
  for (let round = 0; round < POOL_ROUNDS; round++) {
    const best = new Map<string, { ra: number; rb: number; lexical: number; evidence: string[]; a: number; b: number }>();
    for (const pair of scored) {
      const ra = uf.find(pair.a);
      const rb = uf.find(pair.b);
      if (ra === rb || (members.get(ra)!.length === 1 && members.get(rb)!.length === 1) || !mergeable(ra, rb)) continue;
      const id = ra < rb ? `${ra} ${rb}` : `${rb} ${ra}`;
      const prev = best.get(id);
      if (prev === undefined || pair.lexical > prev.lexical) best.set(id, { ra, rb, lexical: pair.lexical, evidence: pair.lexicalEvidence, a: pair.a, b: pair.b });
    }
    const pooled = [...best.values()]
      .map((c) => {
        const cells = (root: number) => members.get(root)!.flatMap((k) => list[k]!.cells);
        const values = valueEvidence(cells(c.ra), cells(c.rb), input, weights, attributeText);
        const evidence = [...c.evidence];
        if (values.agreeing.length > 0) evidence.push(`${values.agreeing.join(', ')} agree${values.agreeing.length === 1 ? 's' : ''}`);
        if (values.conflicting.length > 0) evidence.push(`${values.conflicting.join(', ')} differ${values.conflicting.length === 1 ? 's' : ''}`);
        return { ...c, score: c.lexical + values.score, compared: values.compared, evidence };
      })
      .sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
    let merged = false;
    for (const c of pooled) {
      const ra = uf.find(c.ra);
      const rb = uf.find(c.rb);
      if (!mergeable(ra, rb)) continue;
      // Exclusive as before, against every other pooled candidate of either cluster among the other's sources.
      const rival = (self: number, other: number) =>
        pooled.some((d) => {
          if (d === c) return false;
          const [x, y] = uf.find(d.ra) === self ? [d.ra, d.rb] : uf.find(d.rb) === self ? [d.rb, d.ra] : [-1, -1];
          if (x < 0) return false;
          const ry = uf.find(y);
          return ry !== other && overlaps(sourcesOfCluster(ry), sourcesOfCluster(other)) && mergeable(self, ry) && d.score > c.score - EXCLUSIVE_MARGIN;
        });
      const exclusive = c.compared > 0 && c.score < input.threshold && !rival(ra, rb) && !rival(rb, ra);
      const score = exclusive ? c.score + weights.exclusive : c.score;
      if (score < input.threshold) continue;
      join(ra, rb);
      merged = true;
      linkedTo.set(c.b, { to: c.a, evidence: exclusive ? [...c.evidence, 'pooled', 'the only candidate either way'] : [...c.evidence, 'pooled'], score });
    }
    if (!merged) break;
  }
  for (const miss of nearMisses) {
    if (uf.find(miss.a) === uf.find(miss.b)) continue;
    const a = list[miss.a]!;
    const b = list[miss.b]!;
    if (overlaps(sourcesOfCluster(uf.find(miss.a)), sourcesOfCluster(uf.find(miss.b)))) continue;
    run.issues.push(ambiguity(a, b, miss.score, miss.evidence, input.threshold, run));
  }

  // Canonical subject of each cluster: the mention with the most claims, then the smallest key.
  const canonical = new Map<number, MentionNode>();
  for (const [root, ks] of members) {
    let best = list[ks[0]!]!;
    for (const k of ks) {
      const m = list[k]!;
      if (m.claims > best.claims || (m.claims === best.claims && compareCodePoints(m.key, best.key) < 0)) best = m;
    }
    canonical.set(root, best);
  }
  // Only mentions in a cluster of several get a new key.
  const renamed = new Map<string, string>();
  for (const [root, ks] of members) if (ks.length > 1) for (const k of ks) renamed.set(list[k]!.key, canonical.get(root)!.key);
  const subjectOf = (key: string) => renamed.get(key) ?? key;
  for (const [k, link] of linkedTo) {
    const from = list[k]!;
    const to = list[link.to]!;
    run.decisions.push({
      rule: 'profile',
      side: 'subject',
      from: { subject: from.key, attribute: '' },
      to: { subject: subjectOf(to.key), attribute: '' },
      evidence: `'${from.text}' ~ '${to.text}' (${link.evidence.join(', ')}${Number.isFinite(link.score) ? `; weight ${link.score.toFixed(1)}` : ''})`,
      shown: { from: from.text, to: to.text, evidence: link.evidence.join(', '), ...(Number.isFinite(link.score) ? { weight: round1(link.score) } : {}) },
    });
  }

  // Attributes within each linked subject.
  const attributeOf = new Map<Cell, string>();
  for (const [root, ks] of members) {
    const subjectCells: Cell[] = [];
    for (const k of ks) for (const c of list[k]!.cells) subjectCells.push(c);
    linkAttributes(subjectCells, canonical.get(root)!.key, input, run, attributeOf, attributeText);
  }

  // Move only the cells whose subject or attribute changed; every other cell stays where it is.
  const moved: Cell[] = [];
  for (const cell of cells.values()) if (renamed.has(cell.subject) || attributeOf.has(cell)) moved.push(cell);
  if (moved.length === 0) return cells as Map<string, Cell>;
  const targets = new Map<string, Cell>();
  const finalOf = (cell: Cell): Cell => {
    if (!renamed.has(cell.subject) && !attributeOf.has(cell)) return cell;
    const subject = subjectOf(cell.subject);
    const attribute = attributeOf.get(cell) ?? cell.attribute;
    if (subject === cell.subject && attribute === cell.attribute) return cell;
    const id = `${subject}\u0000${attribute}`;
    const existing = cells.get(id);
    if (existing !== undefined && subjectOf(existing.subject) === subject && (attributeOf.get(existing) ?? existing.attribute) === attribute) return existing;
    let t = targets.get(id);
    if (t === undefined) targets.set(id, (t = { subject, attribute, claims: [] }));
    return t;
  };
  return mergeInto(cells, finalOf);
}

/** Most cells and same-source pairs the value-weight estimate reads. */
const ESTIMATE_SAMPLE = 2000;
/** Pseudo-counts of the priors the estimate shrinks toward (a Beta prior). */
const PRIOR_STRENGTH = 10;
/** Prior rates: how often values agree / conflict for one thing (m) and for two different things (u). */
const PRIOR = { mAgree: 0.8, mConflict: 0.2, uAgree: 0.3, uConflict: 0.7 } as const;

/**
 * Fellegi–Sunter weights for value evidence, estimated from the input
 * itself instead of set by hand. m (how values of one thing compare across
 * sources) is read from cells that several sources state under one subject
 * and attribute key; u (how values of two different things compare) from
 * pairs of one source's two subjects under one attribute key — a source's
 * two subjects are two things. Each rate is shrunk toward a prior by
 * PRIOR_STRENGTH pseudo-counts, so a small input keeps weights near
 * log2(0.8/0.3) ≈ +1.4 and log2(0.2/0.7) ≈ −1.8. Deterministic: cells in key
 * order, at most ESTIMATE_SAMPLE comparisons each.
 */
function valueWeights(cells: ReadonlyMap<string, Cell>, input: ProfileInput, run: LinkRun): { agree: number; conflict: number; m: [number, number, number]; u: [number, number, number] } {
  const sorted = [...cells.values()].sort((a, b) => compareCodePoints(a.subject, b.subject) || compareCodePoints(a.attribute, b.attribute));
  const bySource = (cell: Cell) => {
    const out = new Map<number, number[]>();
    for (const i of cell.claims) {
      const s = run.input.sourceNumber(i);
      const l = out.get(s);
      if (l === undefined) out.set(s, [i]);
      else l.push(i);
    }
    return [...out].sort((a, b) => a[0] - b[0]).map(([, l]) => l);
  };
  const m = [0, 0, 0]; // agree, conflict, compared
  const u = [0, 0, 0];
  const count = (into: number[], e: ValueEvidence) => {
    if (e === 'none') return;
    into[2]!++;
    if (e === 'agree') into[0]!++;
    else if (e === 'conflict') into[1]!++;
  };
  // m: two sources on one cell.
  for (const cell of sorted) {
    if (m[2]! >= ESTIMATE_SAMPLE) break;
    const parts = bySource(cell);
    if (parts.length < 2) continue;
    count(m, input.relate(parts[0]!, parts[1]!).evidence);
  }
  // u: one source, two subjects, one attribute key.
  const seen = new Map<string, number[]>();
  for (const cell of sorted) {
    if (u[2]! >= ESTIMATE_SAMPLE) break;
    const parts = bySource(cell);
    if (parts.length !== 1) continue;
    const id = `${run.input.sourceNumber(parts[0]![0]!)}\u0000${cell.attribute}`;
    const earlier = seen.get(id);
    if (earlier === undefined) seen.set(id, parts[0]!);
    else count(u, input.relate(earlier, parts[0]!).evidence);
  }
  const rate = (hits: number, n: number, prior: number) => (hits + PRIOR_STRENGTH * prior) / (n + PRIOR_STRENGTH);
  const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
  const agree = clamp(Math.log2(rate(m[0]!, m[2]!, PRIOR.mAgree) / rate(u[0]!, u[2]!, PRIOR.uAgree)), 0.25, 4);
  const conflict = clamp(Math.log2(rate(m[1]!, m[2]!, PRIOR.mConflict) / rate(u[1]!, u[2]!, PRIOR.uConflict)), -4, -0.25);
  return { agree, conflict, m: m as [number, number, number], u: u as [number, number, number] };
}

const round1 = (x: number): number => Math.round(x * 10) / 10;


/**
 * Whether two mentions have anything in common for a link to rest on: a head
 * or its broad class, a name word, a modifier. Values alone (two unrelated
 * things that happen to share an age) are never enough. The index finds
 * exactly these pairs; the differential test checks it against this.
 */
function related(a: Mention, b: Mention): boolean {
  const words = (m: Mention) => [...m.modifiers, ...(m.head === undefined ? [] : [m.head])];
  const wa = words(a);
  const wb = words(b);
  if (wa.some((w) => wb.includes(w))) return true;
  const na = [...(a.name ?? []), ...a.appositive];
  const nb = [...(b.name ?? []), ...b.appositive];
  if (na.some((w) => nb.includes(w))) return true;
  const classes = (m: Mention) => [...(m.head === undefined ? [] : classesOf(m.head)), ...(m.name === undefined ? [] : [LEXFILE.person])];
  const ca = classes(a);
  const cb = classes(b);
  return ca.some((c) => cb.includes(c));
}

const disjoint = <T>(x: readonly T[], y: readonly T[]): boolean => x.length > 0 && y.length > 0 && !x.some((v) => y.includes(v));
const yearOfDay = (d: number): number => new Date(d * 86_400_000).getUTCFullYear();

/** Hard blocks: different time anchors, different labels, singular against plural, two variants of one name. */
function blocked(a: Mention, b: Mention): boolean {
  if (disjoint(a.anchor.years, b.anchor.years)) return true;
  if (disjoint(a.anchor.days, b.anchor.days)) return true;
  if (disjoint(a.anchor.parts, b.anchor.parts)) return true;
  if (a.anchor.days.length > 0 && b.anchor.years.length > 0 && disjoint(b.anchor.years, a.anchor.days.map(yearOfDay))) return true;
  if (b.anchor.days.length > 0 && a.anchor.years.length > 0 && disjoint(a.anchor.years, b.anchor.days.map(yearOfDay))) return true;
  if (a.labels.length > 0 && b.labels.length > 0 && (a.labels.length !== b.labels.length || a.labels.some((l) => !b.labels.includes(l)))) return true;
  if (a.name !== undefined && b.name !== undefined ? nameVariants(a.name, b.name) : nameVariants(a.proper, b.proper)) return true;
  const pluralA = a.head !== undefined ? a.plural : false;
  const pluralB = b.head !== undefined ? b.plural : false;
  if ((a.head !== undefined || a.name !== undefined) && (b.head !== undefined || b.name !== undefined) && pluralA !== pluralB) return true;
  return false;
}

/**
 * Two variants of one name pattern: sharing part of their proper-name material
 * and each adding words of its own ("san ramón, costa rica" / "san josé, costa
 * rica"; "David Perkins" / "David Scott") name two things. Names that share
 * nothing are not variants ("Coney Island shooting" / "Brooklyn shootout"
 * place one event at two levels of detail); a misspelling is the same word.
 */
function nameVariants(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  let shared = false;
  let onlyA = false;
  for (const x of a) {
    if (b.some((y) => alikeWords(x, y))) shared = true;
    else onlyA = true;
  }
  if (!shared || !onlyA) return false;
  for (const y of b) if (!a.some((x) => alikeWords(x, y))) return true;
  return false;
}

/** The same word, misspelled, or an initial or abbreviation of it ("A." / "Arley", "Capt" / "Captain"). */
function alikeWords(x: string, y: string): boolean {
  if (x === y) return true;
  if (x[0] !== y[0] && Math.min(x.length, y.length) < 5) return false;
  return (x.length < y.length ? y.startsWith(x) : x.startsWith(y)) || (Math.min(x.length, y.length) >= 5 && Math.abs(x.length - y.length) <= 1 && distance(x, y) <= 1);
}

function idf(word: string, df: ReadonlyMap<string, number>, total: number): number {
  const n = df.get(word) ?? 1;
  // Shared by two mentions only: full weight; by every mention: none.
  return Math.max(0, Math.log2(total / n) / Math.log2(Math.max(2, total / 2)));
}

function scorePair(
  a: MentionNode,
  b: MentionNode,
  df: ReadonlyMap<string, number>,
  total: number,
  input: ProfileInput,
  w: Weights,
  textOf: (attribute: string) => string,
): { score: number; evidence: string[]; compared: number; lexical: number; lexicalEvidence: string[] } {
  const evidence: string[] = [];
  let score = 0;
  let compared = 0;
  const ra = a.reading;
  const rb = b.reading;
  // Heads.
  if (ra.head !== undefined && rb.head !== undefined) {
    const rel = relateHeads(ra.head, rb.head);
    const x = headWeight(rel.relation, rel.distance, w, eventLike(ra.head, rb.head));
    score += x;
    evidence.push(ra.head === rb.head ? `head ${ra.head}` : `heads ${ra.head}/${rb.head}: ${rel.relation}${rel.relation === 'close' || rel.relation === 'hypernym' ? ` ${rel.distance}` : ''}`);
  } else if ((ra.name !== undefined) !== (rb.name !== undefined)) {
    const head = ra.head ?? rb.head;
    if (head !== undefined && !classesOf(head).includes(LEXFILE.person)) {
      score += w.headUnrelated;
      evidence.push(`a name and ${head}`);
    }
  }
  // The same time anchor ("last year" in a 2013 article and "2012").
  const sharedAnchor = anchorShared(ra, rb);
  if (sharedAnchor !== undefined) {
    score += w.anchor;
    evidence.push(`both ${sharedAnchor}`);
  } else {
    // A mention dated to an earlier year ("2004 earthquake off Aceh" in 2013) against one with no date, which
    // means the story's own event: as much evidence against as a shared date is for.
    const undated = (m: Mention) => m.anchor.years.length === 0 && m.anchor.days.length === 0;
    const past = (undated(rb) ? pastYear(ra, b.published) : undefined) ?? (undated(ra) ? pastYear(rb, a.published) : undefined);
    if (past !== undefined) {
      score -= w.anchor;
      evidence.push(`${past} against an undated mention`);
    }
  }
  // Names: the mention's own, or one given after its head.
  const na = ra.name ?? (ra.appositive.length > 0 ? ra.appositive : a.named?.[0]?.tokens);
  const nb = rb.name ?? (rb.appositive.length > 0 ? rb.appositive : b.named?.[0]?.tokens);
  if (na !== undefined && nb !== undefined) {
    const fullA = ra.name !== undefined || (ra.appositive.length === 0 && a.named !== undefined);
    const fullB = rb.name !== undefined || (rb.appositive.length === 0 && b.named !== undefined);
    const s = nameScore(na, nb, fullA ? na : undefined, fullB ? nb : undefined, ra.modifiers, rb.modifiers, w);
    score += s.score;
    if (s.evidence !== '') evidence.push(s.evidence);
  }
  // Shared modifiers, weighted by how few mentions use them.
  const wordsB = new Set([...rb.modifiers, ...(rb.head === undefined ? [] : [rb.head])]);
  for (const m of ra.modifiers) {
    if (wordsB.has(m)) {
      const x = w.modifier * idf(m, df, total);
      if (x > 0.05) {
        score += x;
        evidence.push(`${m} ${x.toFixed(1)}`);
      }
    }
  }
  if (ra.head !== undefined && rb.modifiers.includes(ra.head) && ra.head !== rb.head) {
    const x = w.modifier * idf(ra.head, df, total);
    score += x;
    evidence.push(`${ra.head} ${x.toFixed(1)}`);
  }
  // Values of the attributes both state.
  const values = valueEvidence(a.cells, b.cells, input, w, textOf);
  const lexical = score;
  score += values.score;
  compared = values.compared;
  const { agreeing, conflicting } = values;
  if (input.similarity !== undefined) {
    const raw = input.similarity(a.text, b.text);
    if (typeof raw === 'number' && Number.isFinite(raw)) {
      const sim = Math.max(0, Math.min(1, raw));
      const x = w.similarity * (2 * sim - 1);
      score += x;
      evidence.push(`similarity ${sim.toFixed(2)}`);
    }
  }
  if (agreeing.length > 0) evidence.push(`${agreeing.join(', ')} agree${agreeing.length === 1 ? 's' : ''}`);
  if (conflicting.length > 0) evidence.push(`${conflicting.join(', ')} differ${conflicting.length === 1 ? 's' : ''}`);
  return { score, evidence, compared, lexical: lexical + (score - lexical - values.score), lexicalEvidence: evidence.filter((e) => !/ (agrees?|differs?)$/.test(e)) };
}

/** The value evidence between two sets of cells: each attribute both state, compared once. */
function valueEvidence(
  a: readonly Cell[],
  b: readonly Cell[],
  input: ProfileInput,
  w: Weights,
  textOf: (attribute: string) => string,
): { score: number; compared: number; agreeing: string[]; conflicting: string[] } {
  const agreeing: string[] = [];
  const conflicting: string[] = [];
  let sum = 0;
  let compared = 0;
  for (const [ca, cb] of matchAttributes(a, b, input, textOf)) {
    const r = input.relate(ca.claims, cb.claims);
    const label = textOf(ca.attribute);
    sum += valueWeight(r.evidence, w);
    if (r.evidence !== 'none') compared++;
    if (r.evidence === 'agree') agreeing.push(label);
    else if (r.evidence === 'conflict') conflicting.push(label);
  }
  return { score: Math.max(-w.valueCap, Math.min(w.valueCap, sum)), compared, agreeing, conflicting };
}

/**
 * Head relation with one morphological step the lexicon lacks: a head that
 * begins with the other's verb ("shootout" / "shooting": shoot) is as close
 * as two kinds of one thing.
 */
function relateHeads(a: string, b: string): { relation: HeadRelation; distance: number } {
  const rel = relateNouns(a, b);
  if (rel.relation === 'same' || rel.relation === 'synonym' || rel.relation === 'opposite' || (rel.relation !== 'class' && rel.relation !== 'unrelated' && rel.distance <= 2)) return rel;
  const stem = (x: string) => readWord(x).verb;
  const sa = stem(a);
  const sb = stem(b);
  if ((sa !== undefined && sa.length >= 4 && b.startsWith(sa)) || (sb !== undefined && sb.length >= 4 && a.startsWith(sb))) return { relation: 'close', distance: 2 };
  return rel;
}

/** Bits for a head relation: graded by the path length through the common hypernym. */
function headWeight(relation: HeadRelation, distance: number, w: Weights, happenings: boolean): number {
  switch (relation) {
    case 'same':
    case 'synonym':
      return w.headSame;
    case 'hypernym':
      return distance <= 1 ? w.headHypernym + 0.5 : distance <= 2 ? w.headHypernym : w.headHypernym - 0.5;
    case 'close':
      return distance <= 2 ? w.headClose + 0.5 : distance <= 3 ? w.headClose : distance <= 4 ? w.headClose / 2 : 0;
    case 'opposite':
      return w.headUnrelated;
    case 'class':
      return 0;
    case 'unrelated':
      return happenings ? 0 : w.headUnrelated;
  }
}

/** The year a dated mention names, when it is before the other (undated) mention's publication year. */
function pastYear(dated: Mention, otherPublished: number | undefined): number | undefined {
  if (otherPublished === undefined || dated.anchor.years.length === 0) return undefined;
  const year = Math.max(...dated.anchor.years);
  return year < yearOfDay(otherPublished) ? year : undefined;
}

function anchorShared(a: Mention, b: Mention): string | undefined {
  const y = a.anchor.years.find((x) => b.anchor.years.includes(x));
  if (y !== undefined) return String(y);
  const d = a.anchor.days.find((x) => b.anchor.days.includes(x));
  if (d !== undefined) return new Date(d * 86_400_000).toISOString().slice(0, 10);
  return undefined;
}

function valueWeight(e: ValueEvidence, w: Weights): number {
  return e === 'agree' ? w.valueAgrees : e === 'conflict' ? w.valueConflicts : w.sharedSlot;
}

/** Heads that both name something that happened (an act, an event, a phenomenon, a process): "shooting" / "shootout". */
function eventLike(a: string, b: string): boolean {
  const happening = [LEXFILE.act, LEXFILE.event, LEXFILE.phenomenon, LEXFILE.process, LEXFILE.state];
  const ca = classesOf(a);
  const cb = classesOf(b);
  return ca.some((c) => happening.includes(c as never)) && cb.some((c) => happening.includes(c as never));
}

function nameScore(
  a: readonly string[],
  b: readonly string[],
  fullA: readonly string[] | undefined,
  fullB: readonly string[] | undefined,
  modsA: readonly string[],
  modsB: readonly string[],
  w: Weights,
): { score: number; evidence: string } {
  // A possessor's name in the other mention's modifiers counts as a surname ("Dolan's wife Brenda" / "Brenda Dolan").
  const surnameA = fullA !== undefined ? a[a.length - 1]! : modsA.find((m) => b.includes(m));
  const surnameB = fullB !== undefined ? b[b.length - 1]! : modsB.find((m) => a.includes(m));
  let score = 0;
  const notes: string[] = [];
  const sharedSurname = surnameA !== undefined && surnameA === surnameB;
  if (sharedSurname) {
    score += w.surname;
    notes.push(`surname ${surnameA}`);
  }
  const givenA = a.filter((x) => x !== surnameA);
  const givenB = b.filter((x) => x !== surnameB);
  if (givenA.length > 0 && givenB.length > 0) {
    const first = (g: readonly string[]) => g[0]!.replace(/\.$/, '');
    const ga = first(givenA);
    const gb = first(givenB);
    if (ga === gb) {
      score += w.givenName;
      notes.push(`given name ${ga}`);
    } else if ((ga.length === 1 && gb.startsWith(ga)) || (gb.length === 1 && ga.startsWith(gb))) {
      score += w.givenName / 2;
      notes.push(`initial ${ga[0]}`);
    } else if (sharedSurname) {
      score += w.givenNameDiffers;
      notes.push(`given names ${ga}/${gb} differ`);
    }
  } else if (!sharedSurname) {
    // One word each side, or a bare name against a full one ("Middleton" / "Elroy Middleton").
    const shared = a.filter((x) => b.includes(x));
    if (shared.length > 0) {
      score += w.surname;
      notes.push(`name ${shared.join(' ')}`);
    }
  }
  return { score, evidence: notes.join(', ') };
}

/**
 * Attribute cells of two mentions that name one slot: the same attribute key,
 * or the best-scoring pair by measure, lemmas and value kind, one to one.
 */
function matchAttributes(a: readonly Cell[], b: readonly Cell[], input: ProfileInput, textOf: (attribute: string) => string): Array<[Cell, Cell]> {
  const out: Array<[Cell, Cell]> = [];
  const usedA = new Set<Cell>();
  const usedB = new Set<Cell>();
  const byKey = new Map<string, Cell>(b.map((c) => [c.attribute, c]));
  for (const ca of a) {
    const cb = byKey.get(ca.attribute);
    if (cb !== undefined) {
      out.push([ca, cb]);
      usedA.add(ca);
      usedB.add(cb);
    }
  }
  const candidates: Array<{ ca: Cell; cb: Cell; score: number }> = [];
  if (a.length * b.length > 4096) return out;
  for (const ca of a) {
    if (usedA.has(ca)) continue;
    for (const cb of b) {
      if (usedB.has(cb)) continue;
      const s = attributeScore(
        readAttribute(textOf(ca.attribute)),
        readAttribute(textOf(cb.attribute)),
        () => input.kindOf(ca.claims),
        () => input.kindOf(cb.claims),
        () => input.relate(ca.claims, cb.claims).evidence !== 'none',
      );
      if (s >= ATTRIBUTE_WEIGHTS.threshold) candidates.push({ ca, cb, score: s });
    }
  }
  candidates.sort((x, y) => y.score - x.score || compareCodePoints(x.ca.attribute, y.ca.attribute) || compareCodePoints(x.cb.attribute, y.cb.attribute));
  for (const c of candidates) {
    if (usedA.has(c.ca) || usedB.has(c.cb)) continue;
    usedA.add(c.ca);
    usedB.add(c.cb);
    out.push([c.ca, c.cb]);
  }
  return out;
}

/**
 * How likely two attribute names are one slot: `-Infinity` when they cannot
 * be (different restrictions, measures or value kinds; counts of different
 * things), else the measure both ask for, a shared lemma and the same kind of
 * values. Without a shared measure, a shared lemma is needed and the names
 * may not each add words of their own ("final mark" / "mid-term mark").
 */
export function attributeScore(
  a: AttributeReading,
  b: AttributeReading,
  kindA: () => string | undefined,
  kindB: () => string | undefined,
  comparable: () => boolean = () => false,
): number {
  if (!sameQualifier(a.qualifier, b.qualifier)) return Number.NEGATIVE_INFINITY;
  if (a.measure !== undefined && b.measure !== undefined && a.measure !== b.measure) return Number.NEGATIVE_INFINITY;
  const measure = a.measure !== undefined && a.measure === b.measure;
  const met = (l: string, y: AttributeReading) => y.lemmas.includes(l) || y.related.includes(l);
  const extraA = a.lemmas.filter((l) => !met(l, b));
  const extraB = b.lemmas.filter((l) => !met(l, a));
  const shared = extraA.length < a.lemmas.length || extraB.length < b.lemmas.length;
  // A count is of something: two counts of different things ("num_wounded", "how many shots were fired") are two slots.
  if (!shared && (a.measure === 'count' || b.measure === 'count') && a.lemmas.length > 0 && b.lemmas.length > 0) return Number.NEGATIVE_INFINITY;
  if (!measure && (!shared || (extraA.length > 0 && extraB.length > 0))) return 0;
  let score = (measure ? ATTRIBUTE_WEIGHTS.measure : 0) + (shared ? ATTRIBUTE_WEIGHTS.lemma : 0);
  const ka = kindA();
  const kb = kindB();
  if (ka !== undefined && kb !== undefined) {
    // Each side's own kind may differ where one kind reads both ("13 countries", a number, and "14 countries" under
    // "countries affected", which alone reads as a place): then the values decide.
    // (Only names that share a word: a measure alone is not enough to look past two kinds.)
    if (ka !== kb && !(shared && comparable())) return Number.NEGATIVE_INFINITY;
    score += ATTRIBUTE_WEIGHTS.kind;
  }
  return score;
}

/** Restrictions match word for word, a misspelling allowed in longer words ("from Bireun" / "from Bireuen"). */
function sameQualifier(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((x) => b.some((y) => alikeWords(x, y))) && b.every((y) => a.some((x) => alikeWords(x, y)));
}

/** Links the attribute names of one linked subject. */
function linkAttributes(
  subjectCells: readonly Cell[],
  subject: string,
  input: ProfileInput,
  run: LinkRun,
  attributeOf: Map<Cell, string>,
  textOf: (attribute: string) => string,
): void {
  const nodes = new Map<string, AttributeNode>();
  for (const cell of subjectCells) {
    let n = nodes.get(cell.attribute);
    if (n === undefined) {
      const text = textOf(cell.attribute);
      n = { key: cell.attribute, text, cells: [], reading: readAttribute(text) };
      nodes.set(cell.attribute, n);
    }
    n.cells.push(cell);
  }
  if (nodes.size < 2) return;
  const list = [...nodes.values()].sort((x, y) => compareCodePoints(x.key, y.key));
  let candidatePairs: Array<[number, number]> = [];
  if (list.length <= ALL_PAIRS_ATTRIBUTES || run.exhaustive) {
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) candidatePairs.push([x, y]);
  } else {
    const byWord = new Map<string, number[]>();
    list.forEach((n, k) => {
      for (const l of [...n.reading.lemmas, ...n.reading.related, ...(n.reading.measure === undefined ? [] : [`?${n.reading.measure}`])]) {
        const b = byWord.get(l);
        if (b === undefined) byWord.set(l, [k]);
        else b.push(k);
      }
    });
    const seen = new Set<number>();
    for (const b of byWord.values()) {
      if (b.length > MAX_BUCKET) continue;
      for (let x = 0; x < b.length; x++) {
        for (let y = x + 1; y < b.length; y++) {
          const id = b[x]! * list.length + b[y]!;
          if (!seen.has(id)) {
            seen.add(id);
            candidatePairs.push([b[x]!, b[y]!]);
          }
        }
      }
    }
    candidatePairs = candidatePairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  }
  const kindOf = (n: AttributeNode) => {
    if (n.kind === undefined) n.kind = input.kindOf(nodeClaims(n)) ?? null;
    return n.kind ?? undefined;
  };
  const scored: Array<{ x: number; y: number; score: number }> = [];
  for (const [x, y] of candidatePairs) {
    const a = list[x]!;
    const b = list[y]!;
    // The words first (cheap, cached per spelling); sources and kinds only for a pair they could make one slot.
    if (attributeScore(a.reading, b.reading, NO_KIND, NO_KIND) + ATTRIBUTE_WEIGHTS.kind < ATTRIBUTE_WEIGHTS.threshold) continue;
    if (overlaps(nodeSources(a, run), nodeSources(b, run))) continue;
    const s = attributeScore(
      a.reading,
      b.reading,
      () => kindOf(a),
      () => kindOf(b),
      () => input.relate(nodeClaims(a), nodeClaims(b)).evidence !== 'none',
    );
    if (s >= ATTRIBUTE_WEIGHTS.threshold) scored.push({ x, y, score: s });
  }
  if (scored.length === 0) return;
  scored.sort((p, q) => q.score - p.score || p.x - q.x || p.y - q.y);
  const uf = new UnionFind<number>();
  const sources = new Map<number, Sources>();
  for (const { x, y } of scored) {
    sources.set(x, nodeSources(list[x]!, run));
    sources.set(y, nodeSources(list[y]!, run));
  }
  const claimsOf = (root: number) => list.filter((_, k) => uf.find(k) === root);
  for (const { x, y, score } of scored) {
    const rx = uf.find(x);
    const ry = uf.find(y);
    if (rx === ry || overlaps(sources.get(rx)!, sources.get(ry)!)) continue;
    // Every pair across the two clusters must be able to be one slot.
    const cx = claimsOf(rx);
    const cy = claimsOf(ry);
    const never = (p: AttributeNode, q: AttributeNode) =>
      attributeScore(
        p.reading,
        q.reading,
        () => kindOf(p),
        () => kindOf(q),
        () => input.relate(nodeClaims(p), nodeClaims(q)).evidence !== 'none',
      ) === Number.NEGATIVE_INFINITY;
    if (cx.some((p) => cy.some((q) => never(p, q)))) continue;
    uf.union(rx, ry);
    const root = uf.find(rx);
    sources.set(root, union(sources.get(rx)!, sources.get(ry)!));
    run.decisions.push({
      rule: 'profile',
      side: 'attribute',
      from: { subject, attribute: list[y]!.key },
      to: { subject, attribute: list[x]!.key },
      evidence: `'${list[y]!.text}' ~ '${list[x]!.text}' (${describe(list[x]!.reading, list[y]!.reading)}; weight ${score.toFixed(1)})`,
      shown: { from: list[y]!.text, to: list[x]!.text, evidence: describe(list[x]!.reading, list[y]!.reading), weight: round1(score) },
    });
  }
  // Canonical attribute per slot: the one with the most claims, then the smallest key.
  const best = new Map<number, AttributeNode>();
  list.forEach((n, k) => {
    const r = uf.find(k);
    const b = best.get(r);
    if (b === undefined || nodeClaims(n).length > nodeClaims(b).length || (nodeClaims(n).length === nodeClaims(b).length && compareCodePoints(n.key, b.key) < 0)) best.set(r, n);
  });
  list.forEach((n, k) => {
    const to = best.get(uf.find(k))!.key;
    if (to !== n.key) for (const cell of n.cells) attributeOf.set(cell, to);
  });
}

function describe(a: AttributeReading, b: AttributeReading): string {
  const parts: string[] = [];
  if (a.measure !== undefined && a.measure === b.measure) parts.push(`asks ${a.measure}`);
  const shared = a.lemmas.filter((l) => b.lemmas.includes(l) || b.related.includes(l));
  const sharedB = b.lemmas.filter((l) => a.related.includes(l) && !shared.includes(l));
  if (shared.length + sharedB.length > 0) parts.push(`${[...shared, ...sharedB].join(', ')}`);
  return parts.join('; ');
}

function ambiguity(a: MentionNode, b: MentionNode, score: number, evidence: readonly string[], threshold: number, run: LinkRun): StageIssue {
  const claims = [...a.cells.flatMap((c) => c.claims), ...b.cells.flatMap((c) => c.claims)];
  return {
    data: { code: 'ambiguous_subject', what: a.text, candidates: [b.text], likely: undefined, near: { evidence: evidence.join(', '), weight: score, threshold } },
    severity: 'info',
    ...firstClaim(run, claims),
  };
}
