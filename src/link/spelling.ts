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
  for (const e of entries.values()) {
    e.tokens.forEach((t, i) => {
      for (const s of similar.get(t) ?? []) {
        if (e.tokens.includes(s)) continue;
        const other = entries.get(e.tokens.map((x, k) => (k === i ? s : x)).sort().join(' '));
        if (other === undefined || other.key < e.key) continue;
        stats.keyComparisons++;
        if (keysMatch(e, other)) edges.push([e.key, other.key]);
      }
    });
  }
  return edges.sort((x, y) => compareCodePoints(x[0], y[0]) || compareCodePoints(x[1], y[1]));
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
