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
 * The sources on both sides of each conflict of a group. A side is the
 * position and the positions that agree with it (same or compatible) while
 * contradicting the other ("Casa Chimayo" sides with "Casa Chimayo restaurant
 * in Santa Fe" against "the El Dorado Hotel"); a source on both sides asserts
 * both values. A vague value that fits both sides ("2024") belongs to neither.
 *
 * Only a source that speaks in two positions can be on both sides, so only
 * those ("repeated" sources, numbered) are kept, and each position lists once
 * the agreeing positions that hold one. A pair (i, j) then costs
 * O(r + Σ over the agreeing positions k of i and of j of (1 + r_k)), r being
 * repeated sources, and allocates nothing unless a source is shared. A group
 * of P distinct values that contradict each other costs O(P²), the size of
 * its relation table; it cost O(P³) when every pair visited every position
 * (4,000 numbers took over two minutes). Left at O(P·E), for E agreeing pairs
 * holding repeated sources: large clusters of mutually compatible values that
 * contradict each other.
 */
class SharedSources {
  private readonly names: string[] = [];
  /** Per position: the numbers of its repeated sources. */
  private readonly own: number[][];
  /** Per position: the other positions that agree with it and hold a repeated source. */
  private readonly agreeing: number[][];
  private readonly mark: Int32Array;
  private generation = 0;

  constructor(
    positions: readonly WorkPosition[],
    private readonly relations: Relations,
  ) {
    const count = new Map<string, number>();
    for (const p of positions) for (const s of p.sources) count.set(s, (count.get(s) ?? 0) + 1);
    const number = new Map<string, number>();
    this.own = positions.map((p) => {
      const list: number[] = [];
      for (const s of p.sources) {
        if (count.get(s)! < 2) continue;
        let k = number.get(s);
        if (k === undefined) {
          number.set(s, (k = this.names.length));
          this.names.push(s);
        }
        list.push(k);
      }
      return list;
    });
    this.agreeing = positions.map((_, i) => {
      const list: number[] = [];
      if (this.names.length === 0) return list;
      for (let k = 0; k < positions.length; k++) {
        if (k === i || this.own[k]!.length === 0) continue;
        const r = relations.get(i, k).relation;
        if (r === 'same' || r === 'compatible') list.push(k);
      }
      return list;
    });
    this.mark = new Int32Array(this.names.length);
  }

  /** Calls `visit` with each repeated source on position i's side against j (a source may come more than once). */
  private side(i: number, j: number, visit: (source: number) => void): void {
    for (const s of this.own[i]!) visit(s);
    for (const k of this.agreeing[i]!) {
      if (k !== j && this.relations.get(k, j).relation === 'conflict') for (const s of this.own[k]!) visit(s);
    }
  }

  /** The sources on both sides of the conflict between positions i and j, in code-unit order. */
  between(i: number, j: number): readonly string[] {
    if (this.names.length === 0) return NONE;
    const g = ++this.generation;
    const mark = this.mark;
    this.side(i, j, (s) => {
      mark[s] = g;
    });
    let out: string[] | undefined;
    this.side(j, i, (s) => {
      if (mark[s] !== g) return;
      // Marked -g once listed: a source reached twice is listed once.
      mark[s] = -g;
      (out ??= []).push(this.names[s]!);
    });
    return out === undefined ? NONE : out.sort();
  }
}

const NONE: readonly string[] = [];

/** Every claim of the position has confidence below 0.5. */
function lowConfidence(p: WorkPosition, table: ClaimTable): boolean {
  if (!table.anyConfidence) return false;
  for (const c of p.claims) if (table.confidence(c) >= LOW_CONFIDENCE) return false;
  return true;
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
  const sides = new SharedSources(positions, relations);
  // Per position once, not per pair.
  const low = positions.map((p) => lowConfidence(p, table));
  for (let i = 0; i < positions.length; i++) {
    const kind = kindOf(positions[i]!);
    for (let j = i + 1; j < positions.length; j++) {
      const r = relations.get(i, j);
      if (r.relation !== 'conflict') continue;
      const s: Softening = { sharedSources: sides.between(i, j), soft: r.soft === true, lowConfidence: low[i]! || low[j]! };
      for (const src of s.sharedSources) shared.add(src);
      const sev = pairSeverity(kind, s);
      worst = worst === undefined ? sev : maxSeverity(worst, sev);
    }
  }
  return worst === undefined ? undefined : { severity: worst, shared: [...shared].sort() };
}
