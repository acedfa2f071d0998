import type { Relations, WorkPosition } from '../compare';

/** What the estimator needs of a group. */
export interface TrustGroup {
  readonly positions: readonly WorkPosition[];
  readonly relations: Relations;
}

export interface TrustOptions {
  /** Accuracy assumed before any evidence. */
  readonly prior: number;
  /** Pseudo-observations of the prior: a source needs this many groups of evidence to move halfway. */
  readonly strength: number;
  /** Wrong values an item is assumed to have to choose from (ACCU's n). */
  readonly falseValues: number;
  readonly iterations: number;
  /** Sources whose accuracy is given (from `reliability`) and not estimated. */
  readonly fixed: ReadonlyMap<string, number>;
}

export const DEFAULT_TRUST: Omit<TrustOptions, 'fixed'> = { prior: 0.8, strength: 4, falseValues: 10, iterations: 20 };

export interface TrustResult {
  /** Estimated accuracy per source. */
  readonly accuracy: ReadonlyMap<string, number>;
  /** Sources found to copy each other, by the smallest id of their origin (only sources with copies). */
  readonly origin: ReadonlyMap<string, string>;
  /** Per group, the probability of each position (same order as `positions`). */
  readonly probability: readonly (readonly number[])[];
}

/** Sources that speak for a position: its own, and those of less specific values that fit it ("Friday" for "12 July"). */
function effectiveSources(positions: readonly WorkPosition[], relations: Relations, i: number): string[] {
  const out = new Set(positions[i]!.sources);
  for (let j = 0; j < positions.length; j++) {
    if (j === i) continue;
    const r = relations.get(i, j).relation;
    if ((r === 'compatible' || r === 'same') && positions[j]!.value.specificity < positions[i]!.value.specificity) {
      for (const s of positions[j]!.sources) out.add(s);
    }
  }
  return [...out].sort();
}

/**
 * Estimates how accurate each source is from the data itself, in the style of
 * ACCU (Dong et al., VLDB 2009): a position's score is the sum of its
 * sources' vote weights ln(n·A/(1−A)); positions' probabilities are the
 * softmax of their scores within a group; a source's accuracy is the mean
 * probability that what it asserts does not contradict the truth (so "7:10
 * a.m." is not penalised for "7:10 a.m. Dec 1" being more specific), shrunk
 * toward a prior so that a source with little evidence stays near it. Iterates a fixed number of times over sorted
 * data, so the result does not depend on input order.
 */
export function estimateTrust(groups: readonly TrustGroup[], options: TrustOptions): TrustResult {
  const sourceIndex = new Map<string, number>();
  const names: string[] = [];
  const indexOf = (s: string) => {
    let i = sourceIndex.get(s);
    if (i === undefined) {
      i = names.length;
      sourceIndex.set(s, i);
      names.push(s);
    }
    return i;
  };
  // Only groups where at least two sources speak carry evidence about accuracy.
  const informative: { effective: Int32Array[]; own: Int32Array[]; against: Int32Array[] }[] = [];
  const informativeIndex: number[] = [];
  groups.forEach((g, gi) => {
    const sources = new Set<string>();
    for (const p of g.positions) for (const s of p.sources) sources.add(s);
    if (sources.size < 2) return;
    const effective = g.positions.map((_, i) => Int32Array.from(effectiveSources(g.positions, g.relations, i).map(indexOf)));
    const own = g.positions.map((p) => Int32Array.from(p.sources.map(indexOf)));
    const against = g.positions.map((_, i) => Int32Array.from(g.positions.map((__, j) => j).filter((j) => g.relations.get(i, j).relation === 'conflict')));
    informative.push({ effective, own, against });
    informativeIndex.push(gi);
  });
  const n = names.length;
  const accuracy = new Float64Array(n).fill(options.prior);
  const fixed = new Uint8Array(n);
  names.forEach((s, i) => {
    const f = options.fixed.get(s);
    if (f !== undefined) {
      accuracy[i] = f;
      fixed[i] = 1;
    }
  });
  const clamp = (a: number) => Math.min(0.99, Math.max(0.01, a));
  const probabilities: Float64Array[] = informative.map((g) => new Float64Array(g.own.length));
  const sum = new Float64Array(n);
  const count = new Float64Array(n);
  // Sources of one origin vote once per position: the best-weighted of them speaks.
  let originOf: Int32Array = Int32Array.from({ length: n }, (_, i) => i);
  const best = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
  const iterate = () => {
    for (let iteration = 0; iteration < options.iterations; iteration++) {
      const weight = Float64Array.from(accuracy, (a) => Math.log((options.falseValues * clamp(a)) / (1 - clamp(a))));
      sum.fill(0);
      count.fill(0);
      informative.forEach((g, k) => {
        const p = probabilities[k]!;
        let max = Number.NEGATIVE_INFINITY;
        for (let i = 0; i < g.effective.length; i++) {
          let score = 0;
          const sources = g.effective[i]!;
          for (const s of sources) {
            const o = originOf[s]!;
            if (weight[s]! > best[o]!) best[o] = weight[s]!;
          }
          for (const s of sources) {
            const o = originOf[s]!;
            if (best[o] !== Number.NEGATIVE_INFINITY) {
              score += best[o]!;
              best[o] = Number.NEGATIVE_INFINITY;
            }
          }
          p[i] = score;
          if (score > max) max = score;
        }
        let total = 0;
        for (let i = 0; i < p.length; i++) total += p[i] = Math.exp(p[i]! - max);
        for (let i = 0; i < p.length; i++) p[i] = p[i]! / total;
        // A source is right unless the truth contradicts what it said: compatible values share the credit.
        for (let i = 0; i < g.own.length; i++) {
          let wrong = 0;
          for (const j of g.against[i]!) wrong += p[j]!;
          for (const s of g.own[i]!) {
            sum[s] = sum[s]! + 1 - wrong;
            count[s] = count[s]! + 1;
          }
        }
      });
      for (let s = 0; s < n; s++) {
        if (fixed[s] === 1) continue;
        accuracy[s] = (options.prior * options.strength + sum[s]!) / (options.strength + count[s]!);
      }
    }
  };
  iterate();
  // Copies are found in rounds, among the less accurate half only: shared apparent errors of accurate
  // sources are mostly truths outvoted by copy rings, which disappear once the clearest rings count once.
  for (let round = 0; round < COPY_ROUNDS; round++) {
    const sorted = Float64Array.from(accuracy).sort();
    const median = sorted[Math.floor(sorted.length / 2)] ?? 1;
    const next = detectCopies(informative, probabilities, n, (s) => accuracy[s]! <= median, originOf);
    if (next.every((o, i) => o === originOf[i])) break;
    originOf = next;
    iterate();
  }
  const origin = new Map<string, string>();
  const members = new Map<number, number[]>();
  originOf.forEach((o, i) => members.set(o, [...(members.get(o) ?? []), i]));
  for (const list of members.values()) {
    if (list.length < 2) continue;
    const first = list.map((i) => names[i]!).sort()[0]!;
    for (const i of list) origin.set(names[i]!, first);
  }
  const out: number[][] = groups.map((g) => g.positions.map(() => 1 / Math.max(1, g.positions.length)));
  informativeIndex.forEach((gi, k) => {
    out[gi] = Array.from(probabilities[k]!);
  });
  return { accuracy: new Map(names.map((s, i) => [s, accuracy[i]!])), origin, probability: out };
}

/** Shared errors before two sources count as copies, at the least. */
const MIN_SHARED_ERRORS = 3;
/**
 * Share of the errors each source makes on the items both cover that the two
 * must have in common to be copies.
 */
const SHARED_ERROR_SHARE = 0.8;
/**
 * Most the two may disagree on the items both cover: copies repeat everything,
 * while independent sources, even accurate ones, differ now and then.
 */
const MAX_DISAGREEMENT = 0.02;
/** Rounds of copy detection and re-estimation. */
const COPY_ROUNDS = 3;
/** Items two sources must both cover before their agreement says anything. */
const MIN_TOGETHER = 10;
/** Sources per group considered for pairs. */
const MAX_PAIR_SOURCES = 64;
/** Groups examined for copying at most (a stride sample of the groups in id order beyond that). */
const MAX_COPY_GROUPS = 20_000;

/**
 * Finds sources that copy each other. Independent sources rarely assert the
 * same *wrong* value, and rarely agree on everything: two sources that, on the
 * items both cover, almost never disagree and share most of their errors
 * (values the current estimate thinks false) are one origin. Returns each
 * source's origin as the smallest index of its copy cluster.
 */
function detectCopies(
  groups: readonly { readonly own: readonly Int32Array[] }[],
  probabilities: readonly Float64Array[],
  n: number,
  suspect: (source: number) => boolean,
  previous: Int32Array,
): Int32Array {
  // Per unordered pair x<y: items both cover, items they agree on, shared errors, errors of x, errors of y.
  const pairs = new Map<number, Int32Array>();
  const stride = Math.max(1, Math.ceil(groups.length / MAX_COPY_GROUPS));
  const source: number[] = [];
  const position: number[] = [];
  for (let k = 0; k < groups.length; k += stride) {
    const g = groups[k]!;
    const p = probabilities[k]!;
    let top = 0;
    for (let i = 1; i < p.length; i++) if (p[i]! > p[top]!) top = i;
    source.length = 0;
    position.length = 0;
    g.own.forEach((sources, i) => {
      for (const s of sources) {
        if (source.length >= MAX_PAIR_SOURCES || !suspect(s)) continue;
        source.push(s);
        position.push(i);
      }
    });
    for (let a = 0; a < source.length; a++) {
      for (let b = a + 1; b < source.length; b++) {
        const [x, px, y, py] = source[a]! < source[b]! ? [source[a]!, position[a]!, source[b]!, position[b]!] : [source[b]!, position[b]!, source[a]!, position[a]!];
        if (x === y) continue;
        let c = pairs.get(x * n + y);
        if (c === undefined) pairs.set(x * n + y, (c = new Int32Array(5)));
        c[0]!++;
        if (px === py) {
          c[1]!++;
          if (px !== top) c[2]!++;
        }
        if (px !== top) c[3]!++;
        if (py !== top) c[4]!++;
      }
    }
  }
  const parent = Int32Array.from(previous);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  for (const key of [...pairs.keys()].sort((a, b) => a - b)) {
    const [together, agree, shared, errorsX, errorsY] = pairs.get(key)!;
    if (shared! < MIN_SHARED_ERRORS || together! < MIN_TOGETHER) continue;
    if (shared! < SHARED_ERROR_SHARE * Math.max(errorsX!, errorsY!)) continue;
    if (together! - agree! > MAX_DISAGREEMENT * together!) continue;
    const rx = find(Math.floor(key / n));
    const ry = find(key % n);
    if (rx !== ry) parent[Math.max(rx, ry)] = Math.min(rx, ry);
  }
  return Int32Array.from({ length: n }, (_, i) => find(i));
}
