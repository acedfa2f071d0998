import type { CheckContext } from '../context';
import type { ClaimTable, NormalizedKey, ParsedValue, WorkStats } from '../model';
import type { ReadClaims } from '../read/read';
import { readerTogether } from './together';

/** What two sets of claims' values say about whether they state one fact. */
export type ValueEvidence = 'agree' | 'conflict' | 'mixed' | 'none';

/**
 * Relates the values of two sets of claims as one group would read them: one
 * kind decided over both (their attribute keys, stated kinds and values),
 * through the read stage's caches. `agree` when every value of each side is
 * the same as or compatible with some value of the other; `conflict` when
 * some value contradicts every value of the other side; `mixed` when both;
 * `none` when nothing could be read or related (values read only as the
 * fallback text never count as agreement).
 */
export type ValueRelater = (a: readonly number[], b: readonly number[]) => { evidence: ValueEvidence; kind: string | undefined; distance?: number | undefined };

/** Most distinct values per side that are related. */
const LIMIT = 20;

export function valueRelater(read: ReadClaims, claims: ClaimTable, attributes: readonly NormalizedKey[], ctx: CheckContext, stats: WorkStats): ValueRelater {
  const together = readerTogether(read, claims, attributes, ctx, stats);
  const fallback = ctx.registry.fallback()?.kind;
  return (a, b) => {
    const reading = together([a, b]);
    const kind = reading.kind;
    const left = reading.side(a, 'value', LIMIT);
    const right = reading.side(b, 'value', LIMIT);
    if (left.length === 0 || right.length === 0 || kind.kind === fallback) return { evidence: 'none', kind: kind.kind };
    const relation = (x: ParsedValue, y: ParsedValue) => reading.relate(x, y);
    let agree = true;
    let conflict = false;
    let related = false;
    for (const [own, others] of [
      [left, right],
      [right, left],
    ] as const) {
      for (const x of own) {
        let meets = false;
        let opposes = true;
        for (const y of others) {
          const r = relation(x, y);
          if (r === 'same' || r === 'compatible') meets = true;
          if (r !== 'conflict') opposes = false;
          if (r !== 'incomparable') related = true;
        }
        if (!meets) agree = false;
        if (opposes) conflict = true;
      }
    }
    if (!related) return { evidence: 'none', kind: kind.kind };
    // A contradiction beside agreement, or beside values that relate otherwise, is mixed evidence.
    const evidence: ValueEvidence = !conflict ? (agree ? 'agree' : 'mixed') : !agree && allOpposed(left, right, relation) ? 'conflict' : 'mixed';
    if (evidence !== 'conflict') return { evidence, kind: kind.kind };
    // A conflict says how far apart the closest two values are, when the kind measures it.
    let distance: number | undefined;
    for (const x of left) {
      for (const y of right) {
        const d = reading.distance(x, y);
        if (d !== undefined && (distance === undefined || d < distance)) distance = d;
      }
    }
    return { evidence, kind: kind.kind, distance };
  };
}

function allOpposed(left: readonly ParsedValue[], right: readonly ParsedValue[], relation: (x: ParsedValue, y: ParsedValue) => string): boolean {
  for (const x of left) for (const y of right) if (relation(x, y) !== 'conflict') return false;
  return true;
}

/**
 * The kind a set of claims' values read as on their own (the kind one group
 * of just these claims would decide), or `undefined` when no value reads as
 * anything but the fallback text: "Tuesday night" is a date, "around 10 p.m."
 * a time, so "when it happened" and "when shots were fired" ask for
 * different things.
 */
export function valueKinder(read: ReadClaims, claims: ClaimTable, attributes: readonly NormalizedKey[], ctx: CheckContext): (indices: readonly number[]) => string | undefined {
  const together = readerTogether(read, claims, attributes, ctx);
  const fallback = ctx.registry.fallback()?.kind;
  return (indices) => {
    const reading = together([indices]);
    if (reading.kind.kind === fallback) return undefined;
    return reading.side(indices, 'value', 1).length > 0 ? reading.kind.kind : undefined;
  };
}
