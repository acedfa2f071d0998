import type { TrustInput } from '../model';
import { sortSmall } from '../util/order';
import { IntList } from '../util/int-list';



export interface TrustOptions {
  /** Accuracy assumed before any evidence, the start of every activity class's prior. */
  readonly prior: number;
  /** Pseudo-observations of a prior: a source needs this many contested items to move halfway from its class's accuracy. */
  readonly strength: number;
  /** Wrong values an item is assumed to have to choose from (ACCU's n). */
  readonly falseValues: number;
  /** Most iterations; estimation stops earlier once no accuracy moves by more than 1e-6 and copying is settled. */
  readonly iterations: number;
  /** Iterations of plain estimation before copying is first estimated (copy evidence needs a first idea of the truth). */
  readonly warmUp: number;
  /** Copying is estimated again every this many iterations. */
  readonly copyEvery: number;
  /** How much of what it says a copier copies (DEPEN's c). */
  readonly copyRate: number;
  /** Prior probability that two sources copy each other (DEPEN's α). */
  readonly copyPrior: number;
  /** Sources whose accuracy is given (from `reliability`) and not estimated. */
  readonly fixed: ReadonlyMap<string, number>;
  /** Sources' categories: a source's prior is the accuracy of its category's sources as active as it is. */
  readonly category: ReadonlyMap<string, string>;
}

/**
 * The defaults, fixed before measuring (and confirmed by cross-validation
 * over random halves of the gold items of three datasets: see README,
 * *Measured accuracy*): n = 2 false values (a disputed value is usually
 * one of a few readings), DEPEN's copy rate and a 10 % copy prior.
 */
export const DEFAULT_TRUST: Omit<TrustOptions, 'fixed' | 'category'> = {
  prior: 0.8,
  strength: 4,
  falseValues: 2,
  iterations: 30,
  warmUp: 10,
  copyEvery: 5,
  copyRate: 0.99,
  copyPrior: 0.1,
};

export interface TrustResult {
  /** Estimated accuracy per source. */
  readonly accuracy: ReadonlyMap<string, number>;
  /** Sources found to copy each other, by the smallest id of their origin (only sources with copies). */
  readonly origin: ReadonlyMap<string, string>;
  /** Contested items each source was judged on (where some value contradicts another, and at least two other origins speak). */
  readonly evidence: ReadonlyMap<string, number>;
  /** Contested items the sources of each source's class (category × activity) were judged on, together. */
  readonly classEvidence: ReadonlyMap<string, number>;
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

/** Activity classes: sources with 1 claim, 2–3, 4–7, … (of one category) share a prior. */
const ACTIVITY_CLASSES = 32;
/** Sources per group considered for pairs. */
const MAX_PAIR_SOURCES = 64;
/** Groups examined for copying at most (a stride sample of the contested groups, in id order, beyond that). */
const MAX_COPY_GROUPS = 20_000;
/** Up to this many sources, pair evidence lives in a dense matrix; beyond, in a map of the pairs that occur. */
const DENSE_SOURCES = 512;
/** A value is taken for false, as copy evidence, only when its probability of being wrong is at least this. */
const MIN_WRONG = 1e-3;

/**
 * Estimates how accurate each source is from the data itself, in the style of
 * ACCU and DEPEN (Dong, Berti-Equille, Srivastava, VLDB 2009):
 *
 * - a position's score is the sum of its sources' vote weights
 *   ln(n·A/(1−A)), each copy cluster voting once; positions' probabilities
 *   are the softmax of their scores within a group;
 * - a source's accuracy is measured on the *contested* items only (where some
 *   value contradicts another: agreeing is no test), and there by the
 *   probabilities the *other* sources give (leave one out, its copies left
 *   out with it), so a prolific source cannot certify itself; one opponent
 *   is no judge, so an item counts only where at least two other origins
 *   speak; a value that
 *   is compatible with the truth counts as right ("7:10 a.m." when the truth
 *   is "7:10 a.m. Dec 1");
 * - the measure is shrunk toward the mean accuracy of the source's activity
 *   class (empirical Bayes: one-claim editors toward one-claim editors), so a
 *   source with little evidence starts where sources like it stand; sources
 *   given a category are classed by category and activity (one-claim
 *   anonymous editors toward one-claim anonymous editors);
 * - copying is estimated inside the iterations, from errors only: where x's
 *   value is probably false, an independent y gives the same value with
 *   probability (1−A_y)/n, a copier with c + (1−c)(1−A_y)/n; a shared *true*
 *   value, or a value nobody contests, says nothing (everyone writes "7:10
 *   a.m."). Pairs whose posterior of copying passes one half are one origin.
 *   Only the less accurate half of the sources is examined, so accurate
 *   sources that agree are never merged into one vote (the collapse DEPEN is
 *   known for).
 *
 * Everything runs over sorted data, so the result does not depend on input order.
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
  const groupCount = flat.groupOf.length;
  const accuracy = new Float64Array(n).fill(options.prior);
  const fixed = new Uint8Array(n);
  names.forEach((s, i) => {
    const f = options.fixed.get(s);
    if (f !== undefined) {
      accuracy[i] = f;
      fixed[i] = 1;
    }
  });
  // A group is contested when some position contradicts another.
  const contested = new Uint8Array(groupCount);
  for (let k = 0; k < groupCount; k++) {
    const from = flat.posStart[k]!;
    if (flat.againstStart[flat.posStart[k + 1]!]! > flat.againstStart[from]!) contested[k] = 1;
  }
  // Classes of sources that share a prior: activity (claims in groups where someone else speaks too) within a
  // category (the uncategorized are category 0; the named ones follow in code-unit order, so no input order shows).
  const activityClass = new Int32Array(n);
  const categoryNames = [...new Set(options.category.values())].sort();
  const classes = ACTIVITY_CLASSES * (categoryNames.length + 1);
  {
    const categoryIndex = new Map(categoryNames.map((c, i) => [c, i + 1]));
    const claims = new Float64Array(n);
    for (let x = 0; x < flat.own.length; x++) claims[flat.own[x]!]!++;
    for (let s = 0; s < n; s++) {
      const category = options.category.get(names[s]!);
      const activity = Math.min(ACTIVITY_CLASSES - 1, Math.floor(Math.log2(Math.max(1, claims[s]!))));
      activityClass[s] = activity + ACTIVITY_CLASSES * (category === undefined ? 0 : categoryIndex.get(category)!);
    }
  }
  const clamp = (a: number) => Math.min(0.99, Math.max(0.01, a));
  const probability = new Float64Array(positions);
  const weight = new Float64Array(n);
  const sum = new Float64Array(n);
  const count = new Float64Array(n);
  const classSum = new Float64Array(classes);
  const classCount = new Float64Array(classes);
  // Sources of one origin vote once per position: the best-weighted of them speaks.
  let originOf: Int32Array = Int32Array.from({ length: n }, (_, i) => i);
  // Per group, each origin that speaks gets a local number j; contribution[j·m + i] is origin j's vote for
  // position i (its best-weighted supporter's weight), so leaving an origin out costs one pass over positions.
  // The local numbers depend only on the origins, which change only when copying is found: they are laid out
  // once per assignment of origins (supportSlot: a supporter's cell j·m + i; ownLocal: a claimant's j).
  const supportSlot = new Int32Array(flat.support.length);
  const ownLocal = new Int32Array(flat.own.length);
  const localCount = new Int32Array(groupCount);
  const layOut = (origins: Int32Array, which: 0 | 1) => {
    const localOf = new Int32Array(n).fill(-1);
    const locals: number[] = [];
    for (let k = 0; k < groupCount; k++) {
      if (contested[k] !== which) continue;
      const from = flat.posStart[k]!;
      const to = flat.posStart[k + 1]!;
      const m = to - from;
      locals.length = 0;
      for (let p = from; p < to; p++) {
        for (let x = flat.supStart[p]!; x < flat.supStart[p + 1]!; x++) {
          const o = origins[flat.support[x]!]!;
          if (localOf[o] === -1) {
            localOf[o] = locals.length;
            locals.push(o);
          }
          supportSlot[x] = localOf[o]! * m + (p - from);
        }
      }
      // A claimant supports its own position, so its origin has a local number.
      for (let x = flat.ownStart[from]!; x < flat.ownStart[to]!; x++) ownLocal[x] = localOf[origins[flat.own[x]!]!]!;
      localCount[k] = locals.length;
      for (const o of locals) localOf[o] = -1;
    }
  };
  // Per-group scratch, typed and reused: no garbage per group.
  let contribution = new Float64Array(64);
  // exp(−contribution): leaving an origin out multiplies the exponentials of the positions it votes for by it.
  let factor = new Float64Array(64);
  let without = new Float64Array(64);
  // exp(−weight) of each source, once per iteration.
  const expNeg = new Float64Array(n);
  let exps = new Float64Array(16);
  let withoutTotal = new Float64Array(64);

  /** One group's probabilities with the current weights, and (contested) each speaking source's leave-one-out score. */
  const scoreGroup = (k: number) => {
    const from = flat.posStart[k]!;
    const to = flat.posStart[k + 1]!;
    const m = to - from;
    if (m === 0) return;
    const locals = localCount[k]!;
    const size = locals * m;
    if (contribution.length < size) {
      contribution = new Float64Array(size * 2);
      factor = new Float64Array(size * 2);
      without = new Float64Array(size * 2);
    }
    // Plain loops, not TypedArray#fill: a group's handful of cells cost less than the builtin's call.
    for (let x = 0; x < size; x++) contribution[x] = Number.NEGATIVE_INFINITY;
    for (let x = flat.supStart[from]!; x < flat.supStart[to]!; x++) {
      const s = flat.support[x]!;
      const at = supportSlot[x]!;
      if (weight[s]! > contribution[at]!) {
        contribution[at] = weight[s]!;
        factor[at] = expNeg[s]!;
      }
    }
    let max = Number.NEGATIVE_INFINITY;
    for (let p = from; p < to; p++) {
      let score = 0;
      for (let j = 0; j < locals; j++) {
        const c = contribution[j * m + (p - from)]!;
        if (c !== Number.NEGATIVE_INFINITY) score += c;
      }
      probability[p] = score;
      if (score > max) max = score;
    }
    if (exps.length < m) exps = new Float64Array(m * 2);
    let total = 0;
    for (let i = 0; i < m; i++) total += exps[i] = probability[from + i] = Math.exp(probability[from + i]! - max);
    for (let p = from; p < to; p++) probability[p] = probability[p]! / total;
    // Each source judged by the others: the probabilities with its origin's vote left out, once per origin.
    // One opponent is no judge (one against one says nothing of which is right): at least two other origins.
    if (contested[k] === 1 && locals >= 3) {
      if (withoutTotal.length < locals) withoutTotal = new Float64Array(locals * 2);
      for (let j = 0; j < locals; j++) withoutTotal[j] = -1;
      for (let p = from; p < to; p++) {
        for (let x = flat.ownStart[p]!; x < flat.ownStart[p + 1]!; x++) {
          const s = flat.own[x]!;
          const j = ownLocal[x]!;
          if (withoutTotal[j]! < 0) {
            // Without origin j's vote, position i's exponential exp(raw − c − max) is the full vote's
            // exp(raw − max) times exp(−c): no exponential per origin and position (the ratio below
            // does not depend on the common scale).
            let all = 0;
            for (let i = 0; i < m; i++) {
              all += without[j * m + i] = contribution[j * m + i] === Number.NEGATIVE_INFINITY ? exps[i]! : exps[i]! * factor[j * m + i]!;
            }
            withoutTotal[j] = all;
          }
          // A source is right unless the truth contradicts what it said: compatible values share the credit.
          let wrong = 0;
          for (let y = flat.againstStart[p]!; y < flat.againstStart[p + 1]!; y++) wrong += without[j * m + (p - from) + flat.against[y]!]!;
          sum[s] = sum[s]! + 1 - wrong / withoutTotal[j]!;
          count[s] = count[s]! + 1;
        }
      }
    }
  };
  let lastOrigin: Int32Array = originOf;

  let copyRounds = 0;
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    for (let s = 0; s < n; s++) {
      const a = clamp(accuracy[s]!);
      weight[s] = Math.log((options.falseValues * a) / (1 - a));
      expNeg[s] = (1 - a) / (options.falseValues * a);
    }
    sum.fill(0);
    count.fill(0);
    if (iteration === 0 || originOf !== lastOrigin) layOut(originOf, 1);
    lastOrigin = originOf;
    // Only contested groups judge a source or show a copy; the others' probabilities are computed once, after.
    for (let k = 0; k < groupCount; k++) {
      if (contested[k] === 1) scoreGroup(k);
    }
    // Empirical Bayes: each activity class's accuracy, itself shrunk toward the prior, is its members' prior.
    classSum.fill(0);
    classCount.fill(0);
    for (let s = 0; s < n; s++) {
      if (fixed[s] === 1) continue;
      classSum[activityClass[s]!] = classSum[activityClass[s]!]! + sum[s]!;
      classCount[activityClass[s]!] = classCount[activityClass[s]!]! + count[s]!;
    }
    let moved = 0;
    for (let s = 0; s < n; s++) {
      if (fixed[s] === 1) continue;
      const c = activityClass[s]!;
      const prior = (options.prior * options.strength + classSum[c]!) / (options.strength + classCount[c]!);
      const next = (prior * options.strength + sum[s]!) / (options.strength + count[s]!);
      moved = Math.max(moved, Math.abs(next - accuracy[s]!));
      accuracy[s] = next;
    }
    let copying = false;
    if (iteration >= options.warmUp && (iteration - options.warmUp) % options.copyEvery === 0) {
      const next = detectCopies(flat, contested, probability, accuracy, n, options);
      copying = next.some((o, i) => o !== originOf[i]);
      // Same origins: keep the array, and so the layout.
      if (copying) originOf = next;
      copyRounds++;
    }
    if (moved < 1e-6 && !copying && (copyRounds > 0 || iteration >= options.warmUp)) break;
  }
  // The uncontested groups, with the weights and origins of the last pass.
  if (options.iterations > 0) {
    layOut(lastOrigin, 0);
    for (let k = 0; k < groupCount; k++) if (contested[k] === 0) scoreGroup(k);
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
  return {
    accuracy: new Map(names.map((s, i) => [s, accuracy[i]!])),
    origin,
    evidence: new Map(names.map((s, i) => [s, count[i]!])),
    classEvidence: new Map(names.map((s, i) => [s, classCount[activityClass[i]!]!])),
    probability: probabilityOf,
  };
}

/**
 * Finds sources that copy each other, DEPEN's way but from errors only (see
 * {@link estimateTrust}): over the contested groups, for each ordered pair
 * (x, y) of the less accurate half, where x's value is probably false, y
 * giving the same value is evidence of copying and y giving another is
 * evidence against. Returns each source's origin as the smallest index of its
 * copy cluster.
 */
function detectCopies(
  flat: Flat,
  contested: Uint8Array,
  probability: Float64Array,
  accuracy: Float64Array,
  n: number,
  options: TrustOptions,
): Int32Array {
  const sorted = Float64Array.from(accuracy).sort();
  const median = sorted[Math.floor(sorted.length / 2)] ?? 1;
  const suspect = (s: number) => accuracy[s]! <= median;
  const dense = n <= DENSE_SOURCES ? new Float64Array(n * n) : undefined;
  const sparse = dense === undefined ? new Map<number, number>() : undefined;
  const add = (x: number, y: number, v: number) => {
    const key = x < y ? x * n + y : y * n + x;
    if (dense !== undefined) dense[key] = dense[key]! + v;
    else sparse!.set(key, (sparse!.get(key) ?? 0) + v);
  };
  const c = options.copyRate;
  const against = Math.log(1 - c);
  const chosen: number[] = [];
  for (let k = 0; k < contested.length; k++) if (contested[k] === 1) chosen.push(k);
  const stride = Math.max(1, Math.ceil(chosen.length / MAX_COPY_GROUPS));
  const source: number[] = [];
  const position: number[] = [];
  for (let g = 0; g < chosen.length; g += stride) {
    const k = chosen[g]!;
    const from = flat.posStart[k]!;
    const to = flat.posStart[k + 1]!;
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
      const x = source[a]!;
      const px = position[a]!;
      const wrong = 1 - probability[px]!;
      if (wrong < MIN_WRONG) continue;
      for (let b = 0; b < source.length; b++) {
        const y = source[b]!;
        if (y === x) continue;
        const q = (1 - Math.min(0.99, Math.max(0.01, accuracy[y]!))) / options.falseValues;
        add(x, y, (wrong * (position[b] === px ? Math.log((c + (1 - c) * q) / q) : against)) / 2);
      }
    }
  }
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const priorOdds = Math.log(options.copyPrior / (1 - options.copyPrior));
  const consider = (x: number, y: number, evidence: number) => {
    // Posterior of copying above one half: the log odds above zero.
    if (priorOdds + evidence <= 0) return;
    const rx = find(x);
    const ry = find(y);
    if (rx !== ry) parent[Math.max(rx, ry)] = Math.min(rx, ry);
  };
  if (dense !== undefined) {
    for (let x = 0; x < n; x++) for (let y = x + 1; y < n; y++) if (dense[x * n + y] !== 0) consider(x, y, dense[x * n + y]!);
  } else {
    for (const key of [...sparse!.keys()].sort((a, b) => a - b)) consider(Math.floor(key / n), key % n, sparse!.get(key)!);
  }
  return Int32Array.from({ length: n }, (_, i) => find(i));
}
