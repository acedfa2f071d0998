/**
 * Deterministic orderings. Locale-aware comparison would make a report depend
 * on the machine's locale; these compare code points, with digit runs read as
 * numbers so "src#2" sorts before "src#10".
 */

export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Natural order without allocating: runs of digits compare as numbers ("src#2" < "src#10"). */
export function compareNatural(a: string, b: string): number {
  if (a === b) return 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    if (isDigit(x) && isDigit(y)) {
      // Skip leading zeros, then the longer run is the larger number.
      let si = i;
      let sj = j;
      while (si < a.length && a.charCodeAt(si) === 48) si++;
      while (sj < b.length && b.charCodeAt(sj) === 48) sj++;
      let ei = si;
      let ej = sj;
      while (ei < a.length && isDigit(a.charCodeAt(ei))) ei++;
      while (ej < b.length && isDigit(b.charCodeAt(ej))) ej++;
      if (ei - si !== ej - sj) return ei - si - (ej - sj);
      for (let k = 0; k < ei - si; k++) {
        const d = a.charCodeAt(si + k) - b.charCodeAt(sj + k);
        if (d !== 0) return d;
      }
      // Equal numbers: fewer leading zeros first.
      if (ei - i !== ej - j) return ei - i - (ej - j);
      i = ei;
      j = ej;
      continue;
    }
    if (x !== y) return x - y;
    i++;
    j++;
  }
  return a.length - i - (b.length - j) || compareCodePoints(a, b);
}

/** The most frequent string, ties broken by code point, so the choice never depends on input order. */
export function mostCommon(values: Iterable<string>): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = '';
  let bestCount = -1;
  for (const [v, c] of counts) if (c > bestCount || (c === bestCount && v < best)) [best, bestCount] = [v, c];
  return best;
}

/** Rounds report numbers so that float noise never reaches the output. */
export function round(n: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/**
 * Sorts in place, stably. Short arrays — most arrays here hold a handful of
 * positions or sources — use insertion sort, which allocates nothing, while
 * `Array#sort` copies every array it sorts into a work buffer.
 */
export function sortSmall<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > 24) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const x = items[i]!;
    let j = i - 1;
    while (j >= 0 && compare(items[j]!, x) > 0) {
      items[j + 1] = items[j]!;
      j--;
    }
    items[j + 1] = x;
  }
  return items;
}

/**
 * The items in `compare` order, read lazily: `at(i)` is the i-th smallest. Where a caller reads only the first few of
 * many items in order (a sample), this heapifies once (linear) and pays a logarithmic step per item read, instead of
 * sorting them all. Equal items come out in no fixed order: give a total order.
 */
export function lazySorted<T>(items: Iterable<T>, compare: (a: T, b: T) => number): { at(i: number): T | undefined } {
  const heap = [...items];
  const out: T[] = [];
  const down = (from: number) => {
    let i = from;
    const n = heap.length;
    const item = heap[i]!;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && compare(heap[child + 1]!, heap[child]!) < 0) child++;
      if (compare(heap[child]!, item) >= 0) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = item;
  };
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) down(i);
  return {
    at(i: number): T | undefined {
      while (out.length <= i && heap.length > 0) {
        out.push(heap[0]!);
        const last = heap.pop()!;
        if (heap.length > 0) {
          heap[0] = last;
          down(0);
        }
      }
      return out[i];
    },
  };
}
