import { compareCodePoints, lazySorted } from '../../util/order';
import type { Cell, LinkRun } from '../cells';
import type { ValueEvidence } from '../evidence';
import type { ProfileInput } from './weights';

export const ESTIMATE_SAMPLE = 2000;
/** Pseudo-counts of the priors the estimate shrinks toward (a Beta prior). */
export const PRIOR_STRENGTH = 10;
/** Prior rates: how often values agree / conflict for one thing (m) and for two different things (u). */
export const PRIOR = { mAgree: 0.8, mConflict: 0.2, uAgree: 0.3, uConflict: 0.7 } as const;

/**
 * Fellegi–Sunter weights for value evidence, estimated from the input
 * itself instead of set by hand. m (how values of one thing compare across
 * sources) is read from cells that several sources state under one subject
 * and attribute key; u (how values of two different things compare) from
 * pairs of one source's two subjects under one attribute key — a source's
 * two subjects are two things. Each rate is shrunk toward a prior by
 * PRIOR_STRENGTH pseudo-counts, so a small input keeps weights near
 * log2(0.8/0.3) ≈ +1.4 and log2(0.2/0.7) ≈ −1.8. Deterministic: cells in key
 * order, at most ESTIMATE_SAMPLE comparisons each.
 *
 * A conflict whose kind measures how far apart the values are is also
 * counted as near (at most `nearValues` apart) or far, on both sides: how
 * often one thing's conflicting values are near (a reporting difference:
 * "11" / "12", "around 4 a.m." / "around 4:35 a.m.") against how often two
 * things' are. The ratio shifts a near conflict's weight up and a far one's
 * down (priors `nearLikely` 0.7 and `nearByChance` 0.3: reporting
 * differences are mostly small, and two things' values are near about as
 * often as a quarter-wide window catches them).
 */
export function valueWeights(
  cells: ReadonlyMap<string, Cell>,
  input: ProfileInput,
  run: LinkRun,
  near: { readonly nearValues: number; readonly nearLikely: number; readonly nearByChance: number },
): { agree: number; conflict: number; near: number; far: number; m: [number, number, number, number, number]; u: [number, number, number, number, number] } {
  // In key order, read lazily: the samples below stop after a few thousand cells of possibly millions.
  const sorted = lazySorted(cells.values(), (a, b) => compareCodePoints(a.subject, b.subject) || compareCodePoints(a.attribute, b.attribute));
  // A cell's claims per source, sources by name (their numbers follow input order).
  const bySource = (cell: Cell) => {
    const out = new Map<string, number[]>();
    for (const i of cell.claims) {
      const s = run.input.source(i);
      const l = out.get(s);
      if (l === undefined) out.set(s, [i]);
      else l.push(i);
    }
    return [...out].sort((a, b) => compareCodePoints(a[0], b[0])).map(([, l]) => l);
  };
  const m = [0, 0, 0, 0, 0]; // agree, conflict, compared, conflicts measured, of them near
  const u = [0, 0, 0, 0, 0];
  const count = (into: number[], r: { evidence: ValueEvidence; distance?: number | undefined }) => {
    if (r.evidence === 'none') return;
    into[2]!++;
    if (r.evidence === 'agree') into[0]!++;
    else if (r.evidence === 'conflict') {
      into[1]!++;
      if (r.distance !== undefined) {
        into[3]!++;
        if (r.distance <= near.nearValues) into[4]!++;
      }
    }
  };
  // m: two sources on one cell.
  for (let k = 0, cell = sorted.at(0); cell !== undefined; cell = sorted.at(++k)) {
    if (m[2]! >= ESTIMATE_SAMPLE) break;
    const parts = bySource(cell);
    if (parts.length < 2) continue;
    count(m, input.relate(parts[0]!, parts[1]!));
  }
  // u: one source, two subjects, one attribute key.
  const seen = new Map<string, number[]>();
  for (let k = 0, cell = sorted.at(0); cell !== undefined; cell = sorted.at(++k)) {
    if (u[2]! >= ESTIMATE_SAMPLE) break;
    const parts = bySource(cell);
    if (parts.length !== 1) continue;
    const id = `${run.input.sourceNumber(parts[0]![0]!)}\u0000${cell.attribute}`;
    const earlier = seen.get(id);
    if (earlier === undefined) seen.set(id, parts[0]!);
    else count(u, input.relate(earlier, parts[0]!));
  }
  const rate = (hits: number, n: number, prior: number) => (hits + PRIOR_STRENGTH * prior) / (n + PRIOR_STRENGTH);
  const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
  const agree = clamp(Math.log2(rate(m[0]!, m[2]!, PRIOR.mAgree) / rate(u[0]!, u[2]!, PRIOR.uAgree)), 0.25, 4);
  const conflict = clamp(Math.log2(rate(m[1]!, m[2]!, PRIOR.mConflict) / rate(u[1]!, u[2]!, PRIOR.uConflict)), -4, -0.25);
  const mNear = rate(m[4]!, m[3]!, clamp(near.nearLikely, 0.05, 0.95));
  const uNear = rate(u[4]!, u[3]!, clamp(near.nearByChance, 0.05, 0.95));
  return {
    agree,
    conflict,
    near: clamp(Math.log2(mNear / uNear), 0, 4),
    far: clamp(Math.log2((1 - mNear) / (1 - uNear)), -4, 0), m: m as [number, number, number, number, number], u: u as [number, number, number, number, number] };
}

