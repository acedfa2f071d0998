import type { ClaimTable, Relations, Severity, WorkPosition } from '../model';
import type { KindDefinition } from '../kinds/registry';

const RANK: Readonly<Record<Severity, number>> = { low: 0, medium: 1, high: 2 };

function maxSeverity(a: Severity, b: Severity): Severity {
  return RANK[a] >= RANK[b] ? a : b;
}

export function severityRank(s: Severity): number {
  return RANK[s];
}

/** Why a conflict between two positions is weaker than a plain one. */
export interface Softening {
  /** A source asserts both values. */
  readonly sharedSources: readonly string[];
  /** The disagreement rests on inferred parts, or lies just outside tolerance. */
  readonly soft: boolean;
  /** Every claim on one side has confidence below 0.5. */
  readonly lowConfidence: boolean;
}

const LOW_CONFIDENCE = 0.5;

/**
 * What the sides of a group's conflicts are made of, computed once per group.
 * Only a source that speaks in two positions can be on both sides, so only
 * those ("repeated" sources) are kept, and only the agreeing positions that
 * hold one are listed.
 */
interface SideIndex {
  /** Per position: its repeated sources. */
  readonly repeated: readonly (readonly string[])[];
  readonly repeatedSet: readonly ReadonlySet<string>[];
  /** Per position: the other positions that agree with it (same or compatible) and hold a repeated source. */
  readonly agreeing: readonly (readonly number[])[];
}

function sideIndex(positions: readonly WorkPosition[], relations: Relations): SideIndex {
  const count = new Map<string, number>();
  for (const p of positions) for (const s of p.sources) count.set(s, (count.get(s) ?? 0) + 1);
  const repeated = positions.map((p) => p.sources.filter((s) => count.get(s)! > 1));
  const agreeing = positions.map((_, i) => {
    const list: number[] = [];
    for (let k = 0; k < positions.length; k++) {
      if (k === i || repeated[k]!.length === 0) continue;
      const r = relations.get(i, k).relation;
      if (r === 'same' || r === 'compatible') list.push(k);
    }
    return list;
  });
  return { repeated, repeatedSet: repeated.map((r) => new Set(r)), agreeing };
}

/**
 * The repeated sources on position i's side of its conflict with j: a side is
 * the position and the positions that agree with it while contradicting the
 * other ("Casa Chimayo" sides with "Casa Chimayo restaurant in Santa Fe"
 * against "the El Dorado Hotel"). A source on both sides asserts both values.
 * A vague value that fits both sides ("2024") belongs to neither. Only i's
 * agreeing positions are visited, not every position of the group: with the
 * agreeing lists built once, a pair costs O(|agreeing(i)|), so that a group of
 * P distinct values that all contradict each other costs O(P²) (the size of
 * its relation table), not O(P³).
 */
function sideSources(index: SideIndex, relations: Relations, i: number, j: number): Set<string> {
  const out = new Set(index.repeated[i]);
  for (const k of index.agreeing[i]!) {
    if (k !== j && relations.get(k, j).relation === 'conflict') for (const s of index.repeated[k]!) out.add(s);
  }
  return out;
}

function softening(positions: readonly WorkPosition[], relations: Relations, index: SideIndex, i: number, j: number, soft: boolean, table: ClaimTable): Softening {
  const a = positions[i]!;
  const b = positions[j]!;
  let sharedSources: string[];
  if (index.agreeing[i]!.length === 0 && index.agreeing[j]!.length === 0) {
    // Each side is its position alone (the usual case): the sources the two positions share.
    const other = index.repeatedSet[j]!;
    sharedSources = other.size === 0 ? [] : index.repeated[i]!.filter((s) => other.has(s)).sort();
  } else {
    const sideA = sideSources(index, relations, i, j);
    const sideB = sideSources(index, relations, j, i);
    sharedSources = [...sideA].filter((s) => sideB.has(s)).sort();
  }
  return {
    sharedSources,
    soft,
    lowConfidence: lowConfidence(a, table) || lowConfidence(b, table),
  };
}

/** Every claim of the position has confidence below 0.5. */
function lowConfidence(p: WorkPosition, table: ClaimTable): boolean {
  if (!table.anyConfidence) return false;
  for (const c of p.claims) if (table.confidence(c) >= LOW_CONFIDENCE) return false;
  return true;
}

/** Softening when no source asserts two values in the group. */
function lone(a: WorkPosition, b: WorkPosition, soft: boolean, table: ClaimTable): Softening {
  return {
    sharedSources: [],
    soft,
    lowConfidence: lowConfidence(a, table) || lowConfidence(b, table),
  };
}

/**
 * Severity of a conflict between two positions: the kind's base severity
 * (high for typed values, low for free text), lowered to medium when a source
 * asserts both values or the conflict is soft, and to low when one side rests
 * on low-confidence claims only.
 */
function pairSeverity(kind: KindDefinition, s: Softening): Severity {
  let severity = kind.conflictSeverity;
  if (s.sharedSources.length > 0 || s.soft) severity = RANK[severity] > RANK.medium ? 'medium' : severity;
  if (s.lowConfidence) severity = 'low';
  return severity;
}

/** The severity of a group: the worst of its conflicting pairs, with what softened it. */
export function groupSeverity(
  positions: readonly WorkPosition[],
  relations: Relations,
  kindOf: (position: WorkPosition) => KindDefinition,
  table: ClaimTable,
): { severity: Severity; shared: string[] } | undefined {
  let worst: Severity | undefined;
  const shared = new Set<string>();
  // A source can only be on both sides of a conflict if it has more than one position here.
  let repeated = false;
  const seen = new Set<string>();
  for (const p of positions) {
    for (const s of p.sources) {
      if (seen.has(s)) repeated = true;
      seen.add(s);
    }
  }
  const index = repeated ? sideIndex(positions, relations) : undefined;
  for (let i = 0; i < positions.length; i++) {
    for (let j = i + 1; j < positions.length; j++) {
      const r = relations.get(i, j);
      if (r.relation !== 'conflict') continue;
      const s = index !== undefined ? softening(positions, relations, index, i, j, r.soft === true, table) : lone(positions[i]!, positions[j]!, r.soft === true, table);
      for (const src of s.sharedSources) shared.add(src);
      const sev = pairSeverity(kindOf(positions[i]!), s);
      worst = worst === undefined ? sev : maxSeverity(worst, sev);
    }
  }
  return worst === undefined ? undefined : { severity: worst, shared: [...shared].sort() };
}
