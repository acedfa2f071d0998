import type { CheckContext } from '../context';
import type { ClaimTable, NormalizedKey, ParsedValue, WorkStats } from '../model';
import type { ReadClaims } from '../read/read';
import type { LinkGuard } from './cells';
import { readerTogether } from './together';

/** Most distinct values per side the guard compares. */
const GUARD_LIMIT = 40;

/**
 * The guard of every link rule: would putting two sets of claims in one group
 * create a conflict that neither group had? It would when a value on one side
 * contradicts every value on the other and was not already disputed within its
 * own group ("Baldwin, 58" against Alec Baldwin's 66; North Little Rock's
 * population against Little Rock's). A value that sides with an existing
 * stance ("July 12" joining a group where July 12 and July 13 already
 * conflict) only adds support.
 *
 * The values are read as the compare stage would read the linked group
 * (see readerTogether).
 */
export function conflictGuard(read: ReadClaims, claims: ClaimTable, attributes: readonly NormalizedKey[], ctx: CheckContext, stats: WorkStats): LinkGuard {
  const together = readerTogether(read, claims, attributes, ctx, stats);
  return (a, b) => {
    const reading = together([a, b]);
    const relate = (x: ParsedValue, y: ParsedValue) => reading.relate(x, y);
    const left = reading.side(a, 'any', GUARD_LIMIT);
    const right = reading.side(b, 'any', GUARD_LIMIT);
    const disputed = (own: readonly ParsedValue[], x: ParsedValue) => own.some((y) => y !== x && relate(x, y) === 'conflict');
    const opposesAll = (x: ParsedValue, others: readonly ParsedValue[]) => others.length > 0 && others.every((y) => relate(x, y) === 'conflict');
    for (const [own, others] of [
      [left, right],
      [right, left],
    ] as const) {
      for (const x of own) if (opposesAll(x, others) && !disputed(own, x)) return true;
    }
    return false;
  };
}
