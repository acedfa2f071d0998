import type { CheckContext } from '../context';
import type { NormalizedKey, ParsedValue, WorkStats } from '../model';
import type { ReadClaims } from '../read/read';
import { relateValues } from '../read/relate';
import type { LinkGuard } from './cells';

/** Most distinct values per side the guard compares. */
const GUARD_LIMIT = 40;

/**
 * The guard of every link rule: would putting two sets of claims in one group
 * create a conflict that neither group had? It would when a value on one side
 * contradicts every value on the other and was not already disputed within its
 * own group ("Baldwin, 58" against Alec Baldwin's 66; North Little Rock's
 * population against Little Rock's). A value that sides with an existing
 * stance ("July 12" joining a group where July 12 and July 13 already
 * conflict) only adds support. Values are the read stage's readings, the same
 * the compare stage relates.
 */
export function conflictGuard(read: ReadClaims, attributes: readonly NormalizedKey[], ctx: CheckContext, stats: WorkStats): LinkGuard {
  const def = (k: string) => ctx.registry.get(k);
  return (a, b) => {
    const keys = new Set<string>();
    for (const i of a) keys.add(attributes[i]!.key);
    for (const i of b) keys.add(attributes[i]!.key);
    const tolerance = [...keys]
      .sort()
      .map((k) => ctx.attributes.get(k)?.tolerance)
      .find((t) => t !== undefined);
    const relate = (x: ParsedValue, y: ParsedValue) => {
      stats.valueComparisons++;
      return relateValues(x, y, def, { tolerance }, 'one').relation;
    };
    const values = (indices: readonly number[]) => {
      const byKey = new Map<string, ParsedValue>();
      for (const i of indices) {
        const o = read.outcome(i);
        if (o.type !== 'missing' && byKey.size < GUARD_LIMIT) byKey.set(o.value.key, o.value);
      }
      return [...byKey.values()];
    };
    const left = values(a);
    const right = values(b);
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
