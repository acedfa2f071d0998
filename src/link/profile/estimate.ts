import { compareCodePoints } from '../../util/order';
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
 */
export function valueWeights(cells: ReadonlyMap<string, Cell>, input: ProfileInput, run: LinkRun): { agree: number; conflict: number; m: [number, number, number]; u: [number, number, number] } {
  const sorted = [...cells.values()].sort((a, b) => compareCodePoints(a.subject, b.subject) || compareCodePoints(a.attribute, b.attribute));
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
  const m = [0, 0, 0]; // agree, conflict, compared
  const u = [0, 0, 0];
  const count = (into: number[], e: ValueEvidence) => {
    if (e === 'none') return;
    into[2]!++;
    if (e === 'agree') into[0]!++;
    else if (e === 'conflict') into[1]!++;
  };
  // m: two sources on one cell.
  for (const cell of sorted) {
    if (m[2]! >= ESTIMATE_SAMPLE) break;
    const parts = bySource(cell);
    if (parts.length < 2) continue;
    count(m, input.relate(parts[0]!, parts[1]!).evidence);
  }
  // u: one source, two subjects, one attribute key.
  const seen = new Map<string, number[]>();
  for (const cell of sorted) {
    if (u[2]! >= ESTIMATE_SAMPLE) break;
    const parts = bySource(cell);
    if (parts.length !== 1) continue;
    const id = `${run.input.sourceNumber(parts[0]![0]!)}\u0000${cell.attribute}`;
    const earlier = seen.get(id);
    if (earlier === undefined) seen.set(id, parts[0]!);
    else count(u, input.relate(earlier, parts[0]!).evidence);
  }
  const rate = (hits: number, n: number, prior: number) => (hits + PRIOR_STRENGTH * prior) / (n + PRIOR_STRENGTH);
  const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
  const agree = clamp(Math.log2(rate(m[0]!, m[2]!, PRIOR.mAgree) / rate(u[0]!, u[2]!, PRIOR.uAgree)), 0.25, 4);
  const conflict = clamp(Math.log2(rate(m[1]!, m[2]!, PRIOR.mConflict) / rate(u[1]!, u[2]!, PRIOR.uConflict)), -4, -0.25);
  return { agree, conflict, m: m as [number, number, number], u: u as [number, number, number] };
}

