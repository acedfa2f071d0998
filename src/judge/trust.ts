import type { TrustInput } from '../model';
import { sortSmall } from '../util/order';
import { IntList } from '../util/int-list';



export interface TrustOptions {
  /** Accuracy assumed before any evidence. */
  readonly prior: number;
  /** Pseudo-observations of the prior: a source needs this many groups of evidence to move halfway. */
  readonly strength: number;
  /** Wrong values an item is assumed to have to choose from (ACCU's n). */
  readonly falseValues: number;
  /** Most iterations; estimation stops earlier once no accuracy moves by more than 1e-6. */
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
  /** The probability of each position of group k (same order as `positions`). */
  readonly probability: (k: number) => ArrayLike<number>;
}

/**
 * The groups where at least two sources speak, flattened into typed arrays
 * once: per position, the sources that speak for it (its own and those of
 * less specific values that fit it), its own sources, and the positions it
 * contradicts.
 */
interface Flat {
  /** Group k owns positions posStart[k] … posStart[k+1]-1. */
  readonly posStart: Int32Array;
  /** Position p's supporters are support[supStart[p] … supStart[p+1]-1] (sorted source indices). */
  readonly supStart: Int32Array;
  readonly support: Int32Array;
  readonly ownStart: Int32Array;
  readonly own: Int32Array;
  readonly againstStart: Int32Array;
  readonly against: Int32Array;
  /** Index of each informative group among all groups. */
  readonly groupOf: Int32Array;
}


function flatten(groups: TrustInput, indexOf: (s: string) => number): Flat {
  const posStart = new IntList();
  const supStart = new IntList();
  const support = new IntList();
  const ownStart = new IntList();
  const own = new IntList();
  const againstStart = new IntList();
  const against = new IntList();
  const groupOf = new IntList();
  // Dedupe supporters with a stamp per source index instead of a Set per position.
  let stamp: Int32Array = new Int32Array(64);
  let generation = 0;
  const supporters: number[] = [];
  const add = (s: number) => {
    if (s >= stamp.length) {
      const next = new Int32Array(Math.max(s + 1, stamp.length * 2));
      next.set(stamp);
      stamp = next;
    }
    if (stamp[s] !== generation) {
      stamp[s] = generation;
      supporters.push(s);
    }
  };
  // Source numbers of the input (natural order of names) to this estimate's indices (code-unit order).
  const indexOfNumber = new Map<number, number>();
  const sourceIndex = (n: number) => {
    let i = indexOfNumber.get(n);
    if (i === undefined) indexOfNumber.set(n, (i = indexOf(groups.sourceName(n))));
    return i;
  };
  const lists: number[][] = [];
  for (let gi = 0; gi < groups.size; gi++) {
    const count = groups.positionCount(gi);
    const first = groups.firstPosition(gi);
    while (lists.length < count) lists.push([]);
    let one = -1;
    let several = false;
    for (let k = 0; k < count; k++) {
      const list = lists[k]!;
      groups.sourceNumbers(first + k, list);
      for (let x = 0; x < list.length; x++) {
        const s = (list[x] = sourceIndex(list[x]!));
        if (one === -1) one = s;
        else if (s !== one) several = true;
      }
    }
    if (!several) continue;
    groupOf.push(gi);
    posStart.push(ownStart.length);
    for (let i = 0; i < count; i++) {
      const ids = lists[i]!;
      ownStart.push(own.length);
      for (const s of ids) own.push(s);
      againstStart.push(against.length);
      supStart.push(support.length);
      generation++;
      supporters.length = 0;
      for (const s of ids) add(s);
      const specificity = groups.specificity(first + i);
      for (let j = 0; j < count; j++) {
        if (j === i) continue;
        const r = groups.relation(gi, i, j);
        if (r === 'conflict') against.push(j - i);
        else if ((r === 'compatible' || r === 'same') && groups.specificity(first + j) < specificity) {
          for (const s of lists[j]!) add(s);
        }
      }
      if (supporters.length > 1) sortSmall(supporters, (a, b) => a - b);
      for (const s of supporters) support.push(s);
    }
  }
  posStart.push(ownStart.length);
  ownStart.push(own.length);
  supStart.push(support.length);
  againstStart.push(against.length);
  return {
    posStart: posStart.done(),
    supStart: supStart.done(),
    support: support.done(),
    ownStart: ownStart.done(),
    own: own.done(),
    againstStart: againstStart.done(),
    against: against.done(),
    groupOf: groupOf.done(),
  };
}

/**
 * Estimates how accurate each source is from the data itself, in the style of
 * ACCU (Dong et al., VLDB 2009): a position's score is the sum of its
 * sources' vote weights ln(n·A/(1−A)); positions' probabilities are the
 * softmax of their scores within a group; a source's accuracy is the mean
 * probability that what it asserts does not contradict the truth (so "7:10
 * a.m." is not penalised for "7:10 a.m. Dec 1" being more specific), shrunk
 * toward a prior so that a source with little evidence stays near it.
 * Sources that copy each other vote once per position. Everything runs over
 * sorted data, so the result does not depend on input order.
 */
export function estimateTrust(groups: TrustInput, options: TrustOptions): TrustResult {
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
  // Index sources in sorted order so that indices, and so every tie-break, do not depend on input order.
  for (const s of [...groups.sources].sort()) indexOf(s);
  const flat = flatten(groups, indexOf);
  const n = names.length;
  const positions = flat.ownStart.length - 1;
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
  const probability = new Float64Array(positions);
  const weight = new Float64Array(n);
  const sum = new Float64Array(n);
  const count = new Float64Array(n);
  const best = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
  // Sources of one origin vote once per position: the best-weighted of them speaks.
  let originOf: Int32Array = Int32Array.from({ length: n }, (_, i) => i);
  const groupCount = flat.groupOf.length;

  const iterate = () => {
    for (let iteration = 0; iteration < options.iterations; iteration++) {
      for (let s = 0; s < n; s++) {
        const a = clamp(accuracy[s]!);
        weight[s] = Math.log((options.falseValues * a) / (1 - a));
      }
      sum.fill(0);
      count.fill(0);
      for (let k = 0; k < groupCount; k++) {
        const from = flat.posStart[k]!;
        const to = flat.posStart[k + 1]!;
        let max = Number.NEGATIVE_INFINITY;
        for (let p = from; p < to; p++) {
          let score = 0;
          const a = flat.supStart[p]!;
          const b = flat.supStart[p + 1]!;
          for (let x = a; x < b; x++) {
            const s = flat.support[x]!;
            const o = originOf[s]!;
            if (weight[s]! > best[o]!) best[o] = weight[s]!;
          }
          for (let x = a; x < b; x++) {
            const o = originOf[flat.support[x]!]!;
            if (best[o] !== Number.NEGATIVE_INFINITY) {
              score += best[o]!;
              best[o] = Number.NEGATIVE_INFINITY;
            }
          }
          probability[p] = score;
          if (score > max) max = score;
        }
        let total = 0;
        for (let p = from; p < to; p++) total += probability[p] = Math.exp(probability[p]! - max);
        for (let p = from; p < to; p++) probability[p] = probability[p]! / total;
        // A source is right unless the truth contradicts what it said: compatible values share the credit.
        for (let p = from; p < to; p++) {
          let wrong = 0;
          for (let x = flat.againstStart[p]!; x < flat.againstStart[p + 1]!; x++) wrong += probability[p + flat.against[x]!]!;
          for (let x = flat.ownStart[p]!; x < flat.ownStart[p + 1]!; x++) {
            const s = flat.own[x]!;
            sum[s] = sum[s]! + 1 - wrong;
            count[s] = count[s]! + 1;
          }
        }
      }
      let moved = 0;
      for (let s = 0; s < n; s++) {
        if (fixed[s] === 1) continue;
        const next = (options.prior * options.strength + sum[s]!) / (options.strength + count[s]!);
        moved = Math.max(moved, Math.abs(next - accuracy[s]!));
        accuracy[s] = next;
      }
      if (moved < 1e-6) break;
    }
  };
  iterate();
  // Copies are found in rounds, among the less accurate half only: shared apparent errors of accurate
  // sources are mostly truths outvoted by copy rings, which disappear once the clearest rings count once.
  for (let round = 0; round < COPY_ROUNDS; round++) {
    const sorted = Float64Array.from(accuracy).sort();
    const median = sorted[Math.floor(sorted.length / 2)] ?? 1;
    const next = detectCopies(flat, probability, n, (s) => accuracy[s]! <= median, originOf);
    if (next.every((o, i) => o === originOf[i])) break;
    originOf = next;
    iterate();
  }
  const origin = new Map<string, string>();
  const members = new Map<number, number[]>();
  originOf.forEach((o, i) => {
    const list = members.get(o);
    if (list === undefined) members.set(o, [i]);
    else list.push(i);
  });
  for (const list of members.values()) {
    if (list.length < 2) continue;
    const first = list.map((i) => names[i]!).sort()[0]!;
    for (const i of list) origin.set(names[i]!, first);
  }
  // Informative groups' probabilities stay in one flat array; the others are uniform.
  const informative = new Int32Array(groups.size).fill(-1);
  for (let k = 0; k < groupCount; k++) informative[flat.groupOf[k]!] = k;
  const probabilityOf = (gi: number): ArrayLike<number> => {
    const k = informative[gi]!;
    if (k >= 0) return probability.subarray(flat.posStart[k]!, flat.posStart[k + 1]!);
    const n = groups.positionCount(gi);
    return new Array<number>(n).fill(1 / Math.max(1, n));
  };
  return { accuracy: new Map(names.map((s, i) => [s, accuracy[i]!])), origin, probability: probabilityOf };
}

/** Rounds of copy detection and re-estimation. */
const COPY_ROUNDS = 3;
/** Shared errors before two sources count as copies, at the least. */
const MIN_SHARED_ERRORS = 3;
/** Items two sources must both cover before their agreement says anything. */
const MIN_TOGETHER = 10;
/** Share of the errors each source makes on the items both cover that the two must have in common. */
const SHARED_ERROR_SHARE = 0.8;
/** Most the two may disagree on the items both cover: copies repeat everything; independent sources differ now and then. */
const MAX_DISAGREEMENT = 0.02;
/** Sources per group considered for pairs. */
const MAX_PAIR_SOURCES = 64;
/** Groups examined for copying at most (a stride sample of the groups, in id order, beyond that). */
const MAX_COPY_GROUPS = 20_000;
/** Up to this many sources, pair counts live in a dense matrix; beyond, in a map of the pairs that occur. */
const DENSE_SOURCES = 512;

/**
 * Finds sources that copy each other. Independent sources rarely assert the
 * same *wrong* value, and rarely agree on everything: two sources that, on the
 * items both cover, almost never disagree and share most of their errors
 * (values the current estimate thinks false) are one origin. Returns each
 * source's origin as the smallest index of its copy cluster.
 */
function detectCopies(
  flat: Flat,
  probability: Float64Array,
  n: number,
  suspect: (source: number) => boolean,
  previous: Int32Array,
): Int32Array {
  // Per unordered pair x<y, five counts: items both cover, items they agree on, shared errors, errors of x, errors of y.
  const dense = n <= DENSE_SOURCES ? new Int32Array(n * n * 5) : undefined;
  const sparse = dense === undefined ? new Map<number, Int32Array>() : undefined;
  const counts = (x: number, y: number): [Int32Array, number] => {
    if (dense !== undefined) return [dense, (x * n + y) * 5];
    let c = sparse!.get(x * n + y);
    if (c === undefined) sparse!.set(x * n + y, (c = new Int32Array(5)));
    return [c, 0];
  };
  const groupCount = flat.groupOf.length;
  const stride = Math.max(1, Math.ceil(groupCount / MAX_COPY_GROUPS));
  const source: number[] = [];
  const position: number[] = [];
  for (let k = 0; k < groupCount; k += stride) {
    const from = flat.posStart[k]!;
    const to = flat.posStart[k + 1]!;
    let top = from;
    for (let p = from + 1; p < to; p++) if (probability[p]! > probability[top]!) top = p;
    source.length = 0;
    position.length = 0;
    for (let p = from; p < to; p++) {
      for (let x = flat.ownStart[p]!; x < flat.ownStart[p + 1]!; x++) {
        const s = flat.own[x]!;
        if (source.length < MAX_PAIR_SOURCES && suspect(s)) {
          source.push(s);
          position.push(p);
        }
      }
    }
    for (let a = 0; a < source.length; a++) {
      for (let b = a + 1; b < source.length; b++) {
        let x = source[a]!;
        let px = position[a]!;
        let y = source[b]!;
        let py = position[b]!;
        if (x === y) continue;
        if (x > y) [x, px, y, py] = [y, py, x, px];
        const [c, at] = counts(x, y);
        c[at]!++;
        if (px === py) {
          c[at + 1]!++;
          if (px !== top) c[at + 2]!++;
        }
        if (px !== top) c[at + 3]!++;
        if (py !== top) c[at + 4]!++;
      }
    }
  }
  const parent = Int32Array.from(previous);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const consider = (x: number, y: number, c: Int32Array, at: number) => {
    const together = c[at]!;
    const shared = c[at + 2]!;
    if (shared < MIN_SHARED_ERRORS || together < MIN_TOGETHER) return;
    if (shared < SHARED_ERROR_SHARE * Math.max(c[at + 3]!, c[at + 4]!)) return;
    if (together - c[at + 1]! > MAX_DISAGREEMENT * together) return;
    const rx = find(x);
    const ry = find(y);
    if (rx !== ry) parent[Math.max(rx, ry)] = Math.min(rx, ry);
  };
  if (dense !== undefined) {
    for (let x = 0; x < n; x++) for (let y = x + 1; y < n; y++) consider(x, y, dense, (x * n + y) * 5);
  } else {
    for (const key of [...sparse!.keys()].sort((a, b) => a - b)) consider(Math.floor(key / n), key % n, sparse!.get(key)!, 0);
  }
  return Int32Array.from({ length: n }, (_, i) => find(i));
}
