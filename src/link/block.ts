import { distance } from 'fastest-levenshtein';
import { spellingTolerance } from '../kinds/name';
import { hasDigit } from '../normalize/text';

/** A distinct normalized key. */
export interface KeyEntry {
  readonly key: string;
  /** Sorted, unique tokens. */
  readonly tokens: readonly string[];
}

/** How far apart two spellings of one token may be; 0 for tokens with digits (flight AA-3859 is not AA-3858). */
function tokenTolerance(a: string, b: string): number {
  if (hasDigit(a) || hasDigit(b)) return 0;
  return spellingTolerance(Math.min(a.length, b.length));
}

function tokensMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const tol = tokenTolerance(a, b);
  return tol > 0 && Math.abs(a.length - b.length) <= tol && distance(a, b) <= tol;
}

/**
 * Fuzzy key equality: the same words but for one, and that one a close
 * spelling ("halyna hutchins" / "halyna hutchens"). This predicate *defines*
 * which keys merge; blocking only decides which pairs get to ask it, and is
 * complete for it.
 */
export function keysMatch(a: KeyEntry, b: KeyEntry): boolean {
  if (a.key === b.key) return true;
  const x = a.tokens;
  const y = b.tokens;
  if (x.length !== y.length || x.length === 0) return false;
  // Both token lists are sorted: walk them together to find the words each lacks.
  let onlyA: string | undefined;
  let onlyB: string | undefined;
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    const s = x[i];
    const t = y[j];
    if (s !== undefined && s === t) {
      i++;
      j++;
    } else if (t === undefined || (s !== undefined && s < t)) {
      if (onlyA !== undefined) return false;
      onlyA = s;
      i++;
    } else {
      if (onlyB !== undefined) return false;
      onlyB = t;
      j++;
    }
  }
  return onlyA !== undefined && onlyB !== undefined && tokensMatch(onlyA, onlyB);
}

/** The token and every string made by deleting up to `depth` of its characters. */
function deletions(token: string, depth: number, out: Set<string>): void {
  if (out.has(token)) return;
  out.add(token);
  if (depth === 0) return;
  for (let i = 0; i < token.length; i++) deletions(token.slice(0, i) + token.slice(i + 1), depth - 1, out);
}

/**
 * Pairs of distinct tokens within spelling tolerance, found through a
 * deletion index over the distinct tokens (symmetric deletion: two strings
 * within edit distance k share a string reachable by at most k deletions from
 * each). Returns each token's close spellings.
 */
export function similarTokens(tokens: Iterable<string>, stats: { keyComparisons: number }): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const t of tokens) {
    const tol = hasDigit(t) ? 0 : spellingTolerance(t.length);
    if (tol === 0) continue;
    const variants = new Set<string>();
    deletions(t, tol, variants);
    for (const v of variants) {
      const bucket = index.get(v);
      if (bucket === undefined) index.set(v, [t]);
      else bucket.push(t);
    }
  }
  const similar = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const bucket of index.values()) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const a = bucket[i]!;
        const b = bucket[j]!;
        const pair = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
        if (seen.has(pair)) continue;
        seen.add(pair);
        stats.keyComparisons++;
        if (!tokensMatch(a, b)) continue;
        for (const [x, y] of [[a, b], [b, a]] as const) {
          const list = similar.get(x);
          if (list === undefined) similar.set(x, [y]);
          else list.push(y);
        }
      }
    }
  }
  return similar;
}
