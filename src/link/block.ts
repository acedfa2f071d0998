import { spellingTolerance } from '../kinds/name';
import { pluralAndSingular } from '../normalize/keys';
import { hasDigit } from '../normalize/text';
import { withinEdits } from '../util/edit';

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
  return tol > 0 && withinEdits(a, b, tol);
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
  return onlyA !== undefined && onlyB !== undefined && tokensMatch(onlyA, onlyB) && !pluralAndSingular(onlyA, onlyB);
}

/** The token and every string made by deleting up to `depth` of its characters. */
function deletions(token: string, depth: number, out: Set<string>): void {
  if (out.has(token)) return;
  out.add(token);
  if (depth === 0) return;
  for (let i = 0; i < token.length; i++) deletions(token.slice(0, i) + token.slice(i + 1), depth - 1, out);
}

/**
 * Tokens up to this length go into the deletion index: at most 1 + 32 + 496
 * variants of at most 32 characters each. A token's deletion neighbourhood
 * grows as the square of its length (a 1,600-letter word has 1.28 million
 * variants, 2 GB), so longer tokens are indexed by segments instead.
 */
const DELETION_INDEX_MAX = 32;

/**
 * The segment (pigeonhole) index for long tokens, exact like the deletion
 * index: cut a token of length L into k+1 pieces at positions fixed by L;
 * k edits touch at most k pieces, so a token within k edits of it contains
 * one piece unchanged, shifted by at most k. A probe looks up every piece of
 * every length L within k of its own, at each shift: (2k+1)²·(k+1) lookups of
 * substrings about L/(k+1) long, so O(k²·L) per token, linear in its length.
 */
class SegmentIndex {
  private readonly pieces = new Map<string, string[]>();

  constructor(private readonly k: number) {}

  private static cuts(length: number, parts: number): number[] {
    const out: number[] = [];
    for (let i = 0; i <= parts; i++) out.push(Math.floor((i * length) / parts));
    return out;
  }

  add(token: string): void {
    const cuts = SegmentIndex.cuts(token.length, this.k + 1);
    for (let i = 0; i <= this.k; i++) {
      const key = `${token.length}\u0000${i}\u0000${token.slice(cuts[i], cuts[i + 1])}`;
      const list = this.pieces.get(key);
      if (list === undefined) this.pieces.set(key, [token]);
      else if (list.at(-1) !== token) list.push(token);
    }
  }

  /** Indexed tokens that may lie within k edits of `token` (a superset: callers check). */
  probe(token: string, visit: (candidate: string) => void): void {
    const k = this.k;
    for (let length = token.length - k; length <= token.length + k; length++) {
      if (length <= 0) continue;
      const cuts = SegmentIndex.cuts(length, k + 1);
      for (let i = 0; i <= k; i++) {
        const size = cuts[i + 1]! - cuts[i]!;
        for (let shift = -k; shift <= k; shift++) {
          const at = cuts[i]! + shift;
          if (at < 0 || at + size > token.length) continue;
          const list = this.pieces.get(`${length}\u0000${i}\u0000${token.slice(at, at + size)}`);
          if (list !== undefined) for (const c of list) visit(c);
        }
      }
    }
  }
}

/**
 * Pairs of distinct tokens within spelling tolerance, found through a
 * deletion index over the distinct tokens (symmetric deletion: two strings
 * within edit distance k share a string reachable by at most k deletions from
 * each) for tokens of at most 32 characters, and a segment index for longer
 * ones. Returns each token's close spellings.
 */
export function similarTokens(tokens: Iterable<string>, stats: { keyComparisons: number }): Map<string, string[]> {
  const index = new Map<string, string[]>();
  // Tokens over DELETION_INDEX_MAX letters (all with tolerance 2) and those that may be within 2 edits of one.
  const long = new SegmentIndex(spellingTolerance(DELETION_INDEX_MAX + 1));
  const probes: string[] = [];
  for (const t of tokens) {
    const tol = hasDigit(t) ? 0 : spellingTolerance(t.length);
    if (tol === 0) continue;
    if (t.length > DELETION_INDEX_MAX) long.add(t);
    if (t.length >= DELETION_INDEX_MAX + 1 - spellingTolerance(DELETION_INDEX_MAX + 1)) probes.push(t);
    if (t.length > DELETION_INDEX_MAX) continue;
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
  const consider = (a: string, b: string) => {
    if (a === b) return;
    const pair = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    if (seen.has(pair)) return;
    seen.add(pair);
    stats.keyComparisons++;
    if (!tokensMatch(a, b)) return;
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const list = similar.get(x);
      if (list === undefined) similar.set(x, [y]);
      else list.push(y);
    }
  };
  for (const bucket of index.values()) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) consider(bucket[i]!, bucket[j]!);
    }
  }
  for (const t of probes) long.probe(t, (c) => consider(t, c));
  return similar;
}
