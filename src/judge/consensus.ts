import type { ClaimTable, Relations, WorkPosition } from '../model';
import type { SourceWeight } from './positions';
import { compareCodePoints, sortSmall } from '../util/order';

export interface ConsensusPick {
  /** Index of the winning position, or `undefined` when the leaders tie (disputed). */
  readonly index: number | undefined;
  /** When disputed: the positions tied for the lead. */
  readonly contenders: readonly number[];
  /** Effective support of each position: its own plus that of less specific compatible positions. */
  readonly effective: readonly number[];
  /** Weighted count of all distinct sources in the group. */
  readonly total: number;
  /** Probability of each position when estimated source accuracy decided. */
  readonly probability?: ArrayLike<number>;
}

function weightedSources(sources: Map<string, number>): number {
  let sum = 0;
  for (const s of sortSmall([...sources.keys()], compareCodePoints)) sum += sources.get(s)!;
  return sum;
}

function addSources(into: Map<string, number>, position: WorkPosition, weight: SourceWeight, table: ClaimTable): void {
  for (const c of position.claims) {
    const source = table.source[c]!;
    const w = weight(source) * table.confidence(c);
    const prev = into.get(source);
    if (prev === undefined || w > prev) into.set(source, w);
  }
}

/**
 * Picks the consensus: the position with the most effective support when it
 * clearly leads. Less specific compatible values ("Friday", "July") add their
 * sources to the positions they fit. A tie with a position that does not
 * agree with the leader (conflicting or incomparable) is disputed (no
 * consensus) rather than decided by input order.
 */
export function pickConsensus(
  positions: readonly WorkPosition[],
  order: readonly number[],
  relations: Relations,
  weight: SourceWeight,
  support: readonly number[],
  table: ClaimTable,
): ConsensusPick {
  const n = positions.length;
  const effective: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    // A position's own support, plus the sources of less specific values that fit it (none, usually).
    let sources: Map<string, number> | undefined;
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const r = relations.get(i, j).relation;
      if ((r === 'compatible' || r === 'same') && positions[j]!.value.specificity < positions[i]!.value.specificity) {
        if (sources === undefined) {
          sources = new Map();
          addSources(sources, positions[i]!, weight, table);
        }
        addSources(sources, positions[j]!, weight, table);
      }
    }
    effective[i] = sources === undefined ? support[i]! : weightedSources(sources);
  }
  const total = groupTotal(positions, weight, table);
  if (n === 0) return { index: undefined, contenders: [], effective, total };
  // Candidates by effective support, then by the stable position order.
  const rank: number[] = [];
  order.forEach((p, k) => {
    rank[p] = k;
  });
  const byEffective = n === 1 ? [0] : sortSmall([...order], (a, b) => effective[b]! - effective[a]! || rank[a]! - rank[b]!);
  const top = byEffective[0]!;
  const rival = byEffective.find((j) => {
    if (j === top) return false;
    const r = relations.get(top, j).relation;
    return r === 'conflict' || r === 'incomparable';
  });
  if (rival !== undefined && effective[rival]! >= effective[top]! - 1e-9) {
    return { index: undefined, contenders: byEffective.filter((j) => effective[j]! >= effective[top]! - 1e-9), effective, total };
  }
  return { index: top, contenders: [], effective, total };
}

/** Weighted count of the group's distinct sources; a plain count when every weight is 1. */
function groupTotal(positions: readonly WorkPosition[], weight: SourceWeight, table: ClaimTable): number {
  let uniform = true;
  const distinct = new Set<string>();
  for (const p of positions) {
    for (const c of p.claims) {
      const source = table.source[c]!;
      distinct.add(source);
      if (uniform && (table.confidence(c) !== 1 || weight(source) !== 1)) uniform = false;
    }
  }
  if (uniform) return distinct.size;
  const all = new Map<string, number>();
  for (const p of positions) addSources(all, p, weight, table);
  return weightedSources(all);
}
