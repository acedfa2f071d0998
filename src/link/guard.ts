import type { CheckContext } from '../context';
import type { RawScalar } from '../kinds/registry';
import type { ClaimTable, NormalizedKey, ParsedValue, WorkStats } from '../model';
import type { ReadClaims } from '../read/read';
import { relateValues } from '../read/relate';
import { addDistinct, countStated, roleOf } from '../read/values';
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
 * conflict) only adds support.
 *
 * The values are read as the compare stage would read the linked group: one
 * kind decided for the claims of both sides (their attribute keys, the kinds
 * they state, their values), through the read stage's caches, so each distinct
 * raw value is still parsed once per kind.
 */
export function conflictGuard(read: ReadClaims, claims: ClaimTable, attributes: readonly NormalizedKey[], ctx: CheckContext, stats: WorkStats): LinkGuard {
  const values = read.values;
  const def = (k: string) => ctx.registry.get(k);
  return (a, b) => {
    const keys = new Set<string>();
    const raw = new Set<RawScalar>();
    let stated: Map<string, number> | undefined;
    for (const side of [a, b]) {
      for (const i of side) {
        keys.add(attributes[i]!.key);
        addDistinct(claims.value[i]!, raw);
        stated = countStated(stated, claims.kind(i));
      }
    }
    const attributeKeys = [...keys].sort();
    const decided = values.decideKind(attributeKeys, stated, raw, null);
    const kind = ctx.registry.require(decided.kind);
    const role = roleOf(attributeKeys[0] ?? '', ctx.registry);
    const tolerance = attributeKeys.map((k) => ctx.attributes.get(k)?.tolerance).find((t) => t !== undefined);
    const relate = (x: ParsedValue, y: ParsedValue) => {
      stats.valueComparisons++;
      return relateValues(x, y, def, { tolerance, lexicon: ctx.lexicon }, 'one').relation;
    };
    const readSide = (indices: readonly number[]) => {
      const byKey = new Map<string, ParsedValue>();
      for (const i of indices) {
        const o = values.read(kind, claims.value[i]!, claims.negated(i), ctx.sources.get(claims.source[i]!)?.publishedDay, role);
        if (o.type !== 'missing' && byKey.size < GUARD_LIMIT) byKey.set(o.value.key, o.value);
      }
      return [...byKey.values()];
    };
    const left = readSide(a);
    const right = readSide(b);
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
