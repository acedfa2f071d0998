import type { ClaimTable, Relations, WorkPosition } from '../model';
import { compareCodePoints, sortSmall } from '../util/order';

/** Weight of one source: its reliability (default 1). */
export type SourceWeight = (source: string) => number;

/**
 * Support of a position: the weighted count of its distinct sources, each
 * source once, weighted by its reliability and its most confident claim here.
 */
export function supportOf(position: WorkPosition, weight: SourceWeight, table: ClaimTable): number {
  const { claims } = position;
  // Usual case: one claim per source, so each source's weight is its one claim's, summed in source order
  // (a map from source to claim keeps a crowd of sources linear).
  if (claims.length === position.sources.length) {
    const claimOf = claims.length > 16 ? new Map(claims.map((c) => [table.source[c]!, c])) : undefined;
    let sum = 0;
    for (const s of position.sources) {
      let w = 0;
      if (claimOf !== undefined) {
        const c = claimOf.get(s)!;
        if (weight(s) * table.confidence(c) > w) w = weight(s) * table.confidence(c);
      } else {
        for (const c of claims) if (table.source[c] === s && weight(s) * table.confidence(c) > w) w = weight(s) * table.confidence(c);
      }
      sum += w;
    }
    return sum;
  }
  const best = new Map<string, number>();
  for (const c of position.claims) {
    const source = table.source[c]!;
    const w = weight(source) * table.confidence(c);
    const prev = best.get(source);
    if (prev === undefined || w > prev) best.set(source, w);
  }
  let sum = 0;
  for (const s of sortSmall([...best.keys()], compareCodePoints)) sum += best.get(s)!;
  return sum;
}

/**
 * Orders positions: most supported first, then the more specific, then by
 * canonical form, so the order never depends on the input order.
 */
export function orderPositions(positions: readonly WorkPosition[], support: readonly number[]): number[] {
  return sortSmall(
    positions.map((_, i) => i),
    (a, b) =>
      support[b]! - support[a]! ||
      positions[b]!.value.specificity - positions[a]!.value.specificity ||
      compareCodePoints(positions[a]!.key, positions[b]!.key),
  );
}

/** Indices of the positions each position conflicts with. */
export function conflictLists(n: number, relations: Relations): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < n; i++) {
    const list: number[] = [];
    for (let j = 0; j < n; j++) if (i !== j && relations.get(i, j).relation === 'conflict') list.push(j);
    out.push(list);
  }
  return out;
}
