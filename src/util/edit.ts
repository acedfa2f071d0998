import { distance } from 'fastest-levenshtein';

/**
 * Most work, in 32-bit word steps of fastest-levenshtein (about ⌈s/32⌉·ℓ for
 * strings of lengths s ≤ ℓ), that one comparison with a tolerance that grows
 * with the length may spend: 2²⁰ steps is two differing middles of about
 * 5,800 characters each, a few milliseconds.
 */
export const EDIT_BUDGET = 1 << 20;

/** Tolerances up to this are decided exactly by a banded table, in O(k·ℓ) time: linear for a fixed k. */
const BANDED = 8;

/**
 * Whether the Levenshtein distance between `a` and `b` (in UTF-16 code units,
 * as fastest-levenshtein counts) is at most `k`, without ever spending more
 * than linear time:
 *
 * - a length difference over `k` settles it at once;
 * - the common prefix and suffix are cut off (they never change the
 *   distance), so two long values that differ in one place cost one pass;
 * - a small `k` (≤ 8: the spelling tolerances of names, places and keys) is
 *   decided exactly on the rest by a diagonal band of width 2k+1, O(k·ℓ);
 * - a larger `k` (free text allows 10 % of its length) is decided exactly by
 *   fastest-levenshtein when the rest costs at most `budget` word steps;
 *   beyond that the answer is no. Deciding "within 10 % of the length" exactly
 *   takes time quadratic in the length (no exact edit distance algorithm is
 *   strongly subquadratic), so two texts whose differing stretches are each
 *   thousands of characters long are not called near-equal: such a
 *   difference is no typo.
 *
 * Total: O(|a| + |b| + k·ℓ) for k ≤ 8, O(|a| + |b| + budget) otherwise.
 *
 * @example
 * withinEdits('hutchins', 'hutchens', 1); //=> true
 * withinEdits('a'.repeat(100_000) + '!', 'a'.repeat(100_000) + 'z', 2); //=> true, in one pass
 */
export function withinEdits(a: string, b: string, k: number, budget = EDIT_BUDGET): boolean {
  if (a === b) return true;
  if (k <= 0 || Math.abs(a.length - b.length) > k) return false;
  let start = 0;
  const shorter = Math.min(a.length, b.length);
  while (start < shorter && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  const x = a.slice(start, endA);
  const y = b.slice(start, endB);
  // One side used up: the rest of the other is inserted, and its length is the length difference (≤ k).
  if (x.length === 0 || y.length === 0) return true;
  const [s, l] = x.length <= y.length ? [x, y] : [y, x];
  if (k <= BANDED) return bandedWithin(s, l, k);
  if (Math.ceil(s.length / 32) * l.length > budget) return false;
  return distance(s, l) <= k;
}

/**
 * Ukkonen's band: only cells within k of the diagonal can lie on a path of cost
 * at most k. `s` is the shorter, `l.length - s.length ≤ k`. Row i holds columns
 * i-k … i+k at offsets 0 … 2k; costs are capped at k+1.
 */
function bandedWithin(s: string, l: string, k: number): boolean {
  const width = 2 * k + 1;
  const cap = k + 1;
  let prev = new Int32Array(width + 1);
  let cur = new Int32Array(width + 1);
  // Row 0: column j costs j.
  for (let d = 0; d < width; d++) {
    const j = d - k;
    prev[d] = j < 0 || j > l.length ? cap : Math.min(j, cap);
  }
  prev[width] = cap;
  for (let i = 1; i <= s.length; i++) {
    const si = s.charCodeAt(i - 1);
    let best = cap;
    for (let d = 0; d < width; d++) {
      const j = i + d - k;
      if (j < 0 || j > l.length) {
        cur[d] = cap;
        continue;
      }
      // From (i-1, j-1): offset d in the previous row; from (i-1, j): offset d+1; from (i, j-1): offset d-1.
      let v = j === 0 ? i : prev[d]! + (si === l.charCodeAt(j - 1) ? 0 : 1);
      const up = prev[d + 1]! + 1;
      if (up < v) v = up;
      if (d > 0 && j > 0) {
        const left = cur[d - 1]! + 1;
        if (left < v) v = left;
      }
      cur[d] = v > cap ? cap : v;
      if (cur[d]! < best) best = cur[d]!;
    }
    cur[width] = cap;
    if (best > k) return false;
    [prev, cur] = [cur, prev];
  }
  return prev[l.length - s.length + k]! <= k;
}
