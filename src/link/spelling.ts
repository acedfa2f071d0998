import type { LinkSide, WorkStats } from '../model';
import { UnionFind } from '../util/union-find';
import { compareCodePoints } from '../util/order';
import { type KeyEntry, keysMatch, similarTokens } from './block';
import { apart, type Cell, claimsShareSource, type LinkRun, decide, firstClaim, mergeInto } from './cells';

/**
 * Pairs of distinct keys that match up to spelling (see `keysMatch`), sorted.
 * Candidates come from swapping one token for a close spelling of it (found
 * through a deletion index over the distinct tokens) and looking the result
 * up, so only keys that exist are ever compared: never all pairs.
 */
export function fuzzyEdges(entries: ReadonlyMap<string, KeyEntry>, stats: WorkStats, exhaustive = false): [string, string][] {
  if (exhaustive) {
    const list = [...entries.values()];
    const all: [string, string][] = [];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        stats.keyComparisons++;
        if (keysMatch(list[i]!, list[j]!)) all.push(list[i]!.key < list[j]!.key ? [list[i]!.key, list[j]!.key] : [list[j]!.key, list[i]!.key]);
      }
    }
    return all.sort((x, y) => compareCodePoints(x[0], y[0]) || compareCodePoints(x[1], y[1]));
  }
  const distinct = new Set<string>();
  for (const e of entries.values()) for (const t of e.tokens) distinct.add(t);
  const similar = similarTokens(distinct, stats);
  const edges: [string, string][] = [];
  if (similar.size === 0) return edges;
  // The key made by swapping one token is found by a hash of its token set (the sum of its tokens' hashes,
  // updated in O(1) per swap), not by building and sorting the swapped key: that cost O(T log T) for each
  // close spelling of each token of a key of T tokens, and a key of thousands of random words has thousands
  // of close pairs among its own tokens (10 KB: 0.6 s; 60 KB: 8.6 s). A hit is checked (keysMatch), so a
  // collision of hashes can cost time, never a wrong edge.
  const hashOf = tokenHasher();
  const byHash = new Map<number, KeyEntry[]>();
  const hashes = new Map<KeyEntry, number>();
  for (const e of entries.values()) {
    let h = 0;
    for (const t of e.tokens) h = addHash(h, hashOf(t));
    hashes.set(e, h);
    const list = byHash.get(h);
    if (list === undefined) byHash.set(h, [e]);
    else list.push(e);
  }
  for (const e of entries.values()) {
    const h = hashes.get(e)!;
    for (const t of e.tokens) {
      const ht = hashOf(t);
      for (const s of similar.get(t) ?? []) {
        if (hasToken(e.tokens, s)) continue;
        for (const other of byHash.get(addHash(subtractHash(h, ht), hashOf(s))) ?? []) {
          if (other.key < e.key || !hasToken(other.tokens, s) || hasToken(other.tokens, t)) continue;
          stats.keyComparisons++;
          if (keysMatch(e, other)) edges.push([e.key, other.key]);
        }
      }
    }
  }
  return edges.sort((x, y) => compareCodePoints(x[0], y[0]) || compareCodePoints(x[1], y[1]));
}

/** Whether a sorted token list holds `token` (binary search, code-unit order as the lists are sorted). */
function hasToken(tokens: readonly string[], token: string): boolean {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (t === token) return true;
    if (t < token) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

const HALF = 2 ** 26;

/** A 52-bit hash of a token as two 26-bit halves (FNV-1a with two offsets), cached per token. */
function tokenHasher(): (token: string) => number {
  const cache = new Map<string, number>();
  return (token) => {
    let h = cache.get(token);
    if (h !== undefined) return h;
    let a = 0x811c9dc5;
    let b = 0x01000193 ^ token.length;
    for (let i = 0; i < token.length; i++) {
      const c = token.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 13);
    }
    h = ((a >>> 6) % HALF) * HALF + ((b >>> 6) % HALF);
    cache.set(token, h);
    return h;
  };
}

/** Sum of two hashes, each 26-bit half modulo 2²⁶: a set's hash is the sum of its members'. */
function addHash(x: number, y: number): number {
  const hi = (Math.floor(x / HALF) + Math.floor(y / HALF)) % HALF;
  const lo = ((x % HALF) + (y % HALF)) % HALF;
  return hi * HALF + lo;
}

function subtractHash(x: number, y: number): number {
  const hi = (Math.floor(x / HALF) - Math.floor(y / HALF) + HALF) % HALF;
  const lo = ((x % HALF) - (y % HALF) + HALF) % HALF;
  return hi * HALF + lo;
}

/**
 * The spelling rule: links cells whose keys on one side are close spellings
 * of each other and whose other side is the same, along the sorted edges,
 * unless the guard finds that linking creates a conflict: "milton" and
 * "tilton" are one typo apart but two towns with two populations. A refused
 * link leaves an info issue.
 */
export function spellingRule(
  cells: Map<string, Cell>,
  side: LinkSide,
  edges: readonly (readonly [string, string])[],
  run: LinkRun,
): Map<string, Cell> {
  if (edges.length === 0) return cells;
  const other = side === 'subject' ? 'attribute' : 'subject';
  const byKey = new Map<string, Cell[]>();
  for (const cell of cells.values()) {
    const list = byKey.get(cell[side]);
    if (list === undefined) byKey.set(cell[side], [cell]);
    else list.push(cell);
  }
  const sets = new UnionFind<Cell>();
  const members = new Map<Cell, number[]>();
  for (const [a, b] of edges) {
    const right = new Map((byKey.get(b) ?? []).map((c) => [c[other], c]));
    for (const left of [...(byKey.get(a) ?? [])].sort((x, y) => compareCodePoints(x[other], y[other]))) {
      const partner = right.get(left[other]);
      if (partner === undefined) continue;
      const r1 = sets.find(left);
      const r2 = sets.find(partner);
      if (r1 === r2 || apart(run, side, r1[side], r2[side])) continue;
      const m1 = members.get(r1) ?? r1.claims;
      const m2 = members.get(r2) ?? r2.claims;
      // A source that writes both attribute names under one subject has told them apart ("depth" and "deaths"
      // of one quake). (A source may well misspell a subject it names twice.)
      if (side === 'attribute' && claimsShareSource(run, m1, m2)) continue;
      if (run.guard(m1, m2)) {
        run.issues.push({
          data: { code: side === 'subject' ? 'similar_subject' : 'similar_attribute', a: run.label(side, a), b: run.label(side, b) },
          severity: 'info',
          ...firstClaim(run, [...left.claims, ...partner.claims]),
        });
        continue;
      }
      // The smaller key names the linked cell, so the result does not depend on the order of links.
      const [keep, drop] = r1[side] <= r2[side] ? [r1, r2] : [r2, r1];
      sets.union(keep, drop);
      members.set(keep, [...m1, ...m2]);
      decide(run, 'spelling', side, drop, keep, `"${a}" and "${b}" differ in the spelling of one word`);
    }
  }
  return sets.size === 0 ? cells : mergeInto(cells, (c) => sets.find(c));
}
