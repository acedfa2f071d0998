import type { ClaimTable, Relations, Severity, WorkPosition } from '../model';
import type { KindDefinition } from '../kinds/registry';
import { compareCodePoints, sortSmall } from '../util/order';

const RANK: Readonly<Record<Severity, number>> = { low: 0, medium: 1, high: 2 };

function maxSeverity(a: Severity, b: Severity): Severity {
  return RANK[a] >= RANK[b] ? a : b;
}

export function severityRank(s: Severity): number {
  return RANK[s];
}

/** Why a conflict between two positions is weaker than a plain one. */
export interface Softening {
  /** Some source asserts both values (is on both sides). */
  readonly shared: boolean;
  /** The disagreement rests on inferred parts, or lies just outside tolerance. */
  readonly soft: boolean;
  /** Every claim on one side has confidence below 0.5. */
  readonly lowConfidence: boolean;
}

const LOW_CONFIDENCE = 0.5;

/**
 * The sources on both sides of a group's conflicts. A side is the position
 * and the positions that agree with it (same or compatible) while
 * contradicting the other ("Casa Chimayo" sides with "Casa Chimayo restaurant
 * in Santa Fe" against "the El Dorado Hotel"); a source on both sides asserts
 * both values. A vague value that fits both sides ("2024") belongs to neither.
 *
 * Only a source that speaks in two positions ("repeated", numbered) can be on
 * both sides. Severity needs, per conflicting pair, only whether some source
 * is on both sides, and the report the union of those sources, so neither
 * lists a pair's sources. With P positions, E agreeing pairs, m_s the
 * positions of source s and r the repeated sources of a position:
 *
 * - building: O(P²) relation reads (the size of the relation table);
 * - a pair (i, j): first the sources of i and of j, each checked on the other
 *   side through its own positions, O(Σ m_s); only when none is on both sides
 *   and i or j has agreeing positions, both sides in full, O((|agree(i)| +
 *   |agree(j)|)·r);
 * - the union: per source, two of its positions that contradict each other,
 *   O(m_s²); only for a source none of whose positions contradict, a search
 *   over the positions that agree with two of them.
 *
 * Every pair used to visit every position, O(P³): 4,000 numbers took over two
 * minutes; two clusters of 1,000 mutually compatible values contradicting each
 * other (each source in both) took 36 s. Both are now O(P²).
 */
const NONE: readonly (readonly number[])[] = [];

class SharedSources {
  private readonly names: string[] = [];
  /** Per position: the numbers of its repeated sources. */
  private readonly own: readonly (readonly number[])[];
  /** Per repeated source: its positions, ascending. */
  private readonly positionsOf: number[][] = [];
  /** Per position: the other positions that agree with it and hold a repeated source (for a side in full). */
  private readonly agreeing: readonly (readonly number[])[];
  private readonly mark: Int32Array;
  private generation = 0;

  constructor(
    positions: readonly WorkPosition[],
    private readonly relations: Relations,
  ) {
    const count = new Map<string, number>();
    let entries = 0;
    for (const p of positions) {
      entries += p.sources.length;
      for (const s of p.sources) count.set(s, (count.get(s) ?? 0) + 1);
    }
    // Most groups: no source in two positions, so none is on both sides of anything, and nothing below is read
    // (every query asks about the repeated sources first, and there are none).
    if (count.size === entries) {
      this.own = this.agreeing = NONE;
      this.mark = new Int32Array(0);
      return;
    }
    const number = new Map<string, number>();
    this.own = positions.map((p, k) => {
      const list: number[] = [];
      for (const s of p.sources) {
        if (count.get(s)! < 2) continue;
        let n = number.get(s);
        if (n === undefined) {
          number.set(s, (n = this.names.length));
          this.names.push(s);
          this.positionsOf.push([]);
        }
        list.push(n);
        this.positionsOf[n]!.push(k);
      }
      return list;
    });
    this.agreeing = positions.map((_, i) => {
      const list: number[] = [];
      if (this.names.length === 0) return list;
      for (let k = 0; k < positions.length; k++) if (k !== i && this.own[k]!.length > 0 && this.agree(i, k)) list.push(k);
      return list;
    });
    this.mark = new Int32Array(this.names.length);
  }

  private agree(i: number, k: number): boolean {
    const r = this.relations.get(i, k).relation;
    return r === 'same' || r === 'compatible';
  }

  private conflict(i: number, k: number): boolean {
    return this.relations.get(i, k).relation === 'conflict';
  }

  /** Whether source s is on position i's side against j: it speaks in i, or in a position that agrees with i and contradicts j. */
  private onSide(s: number, i: number, j: number): boolean {
    for (const k of this.positionsOf[s]!) if (k === i || (k !== j && this.agree(i, k) && this.conflict(k, j))) return true;
    return false;
  }

  /** Calls `visit` with each repeated source on position i's side against j (a source may come more than once). */
  private side(i: number, j: number, visit: (source: number) => void): void {
    for (const s of this.own[i]!) visit(s);
    for (const k of this.agreeing[i]!) if (k !== j && this.conflict(k, j)) for (const s of this.own[k]!) visit(s);
  }

  /** Whether some source is on both sides of the conflict between positions i and j. */
  any(i: number, j: number): boolean {
    if (this.names.length === 0) return false;
    for (const s of this.own[i]!) if (this.onSide(s, j, i)) return true;
    for (const s of this.own[j]!) if (this.onSide(s, i, j)) return true;
    // Every source of i and of j is on one side only; others come from agreeing positions.
    if (this.agreeing[i]!.length === 0 || this.agreeing[j]!.length === 0) return false;
    const g = ++this.generation;
    const mark = this.mark;
    this.side(i, j, (s) => {
      mark[s] = g;
    });
    let found = false;
    this.side(j, i, (s) => {
      if (mark[s] === g) found = true;
    });
    return found;
  }

  /** Whether source s is on both sides of some conflict. */
  private sharedSomewhere(s: number): boolean {
    const own = this.positionsOf[s]!;
    // Two of its positions contradict each other: it is on both sides of that conflict.
    for (let x = 0; x < own.length; x++) for (let y = x + 1; y < own.length; y++) if (this.conflict(own[x]!, own[y]!)) return true;
    // Else, through agreeing positions: i agrees with a and contradicts b, j agrees with b and contradicts a, i contradicts j.
    const n = this.relations;
    const near = (a: number) => this.agreeingAll(a);
    for (const a of own) {
      for (const b of own) {
        if (a === b) continue;
        const js = near(b).filter((j) => j !== a && this.conflict(a, j));
        if (js.length === 0) continue;
        for (const i of near(a)) {
          if (i === b || !this.conflict(b, i)) continue;
          for (const j of js) if (n.get(i, j).relation === 'conflict') return true;
        }
      }
    }
    return false;
  }

  private readonly all = new Map<number, number[]>();

  /** The position and every position that agrees with it (holding repeated sources or not). */
  private agreeingAll(a: number): number[] {
    let list = this.all.get(a);
    if (list === undefined) {
      list = [a];
      for (let k = 0; k < this.own.length; k++) if (k !== a && this.agree(a, k)) list.push(k);
      this.all.set(a, list);
    }
    return list;
  }

  /** The sources on both sides of some conflict, in code-unit order. */
  union(): string[] {
    const out: string[] = [];
    for (let s = 0; s < this.names.length; s++) if (this.sharedSomewhere(s)) out.push(this.names[s]!);
    return sortSmall(out, compareCodePoints);
  }
}

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
  if (s.shared || s.soft) severity = RANK[severity] > RANK.medium ? 'medium' : severity;
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
  const sides = new SharedSources(positions, relations);
  // Per position once, not per pair.
  const low = positions.map((p) => lowConfidence(p, table));
  for (let i = 0; i < positions.length; i++) {
    const kind = kindOf(positions[i]!);
    for (let j = i + 1; j < positions.length; j++) {
      const r = relations.get(i, j);
      if (r.relation !== 'conflict') continue;
      const soft = r.soft === true;
      const lowConfidence = low[i]! || low[j]!;
      // Whether a source is on both sides matters only when nothing else lowers the pair already.
      const shared = !soft && !lowConfidence && kind.conflictSeverity === 'high' && sides.any(i, j);
      const sev = pairSeverity(kind, { shared, soft, lowConfidence });
      worst = worst === undefined ? sev : maxSeverity(worst, sev);
    }
  }
  return worst === undefined ? undefined : { severity: worst, shared: sides.union() };
}
