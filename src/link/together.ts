import type { CheckContext } from '../context';
import type { KindDefinition, RawScalar } from '../kinds/registry';
import type { ClaimTable, NormalizedKey, ParsedValue, WorkStats } from '../model';
import type { ReadClaims } from '../read/read';
import { relateValues } from '../read/relate';
import { addDistinct, countStated, roleOf, valueText } from '../read/values';
import type { ClaimValue } from '../schema';
import { compareCodePoints } from '../util/order';

/** Claims read as one group of them would be: one kind decided over them all, each side's values through it. */
export interface ReadTogether {
  readonly kind: KindDefinition;
  /** Each side's distinct values (at most `limit`): read by the kind (`'value'`), or also as fallback text (`'any'`). */
  side(indices: readonly number[], accept: 'value' | 'any', limit: number): ParsedValue[];
  /** How two of those values relate (counted in the work stats). */
  relate(x: ParsedValue, y: ParsedValue): string;
  /** How far apart two of those values are, by their kind's `distance`, when it has one (not for lists or negations). */
  distance(x: ParsedValue, y: ParsedValue): number | undefined;
}

/** A value read for a key, with what it was read from. */
interface Held {
  readonly value: ParsedValue;
  readonly raw: ClaimValue;
  readonly day: number | undefined;
}

/**
 * Which of two values of one key speaks for it, as the compare stage picks a
 * position's representative: the more specific, the longer text, the smaller
 * text in code-point order, a scalar over a list written the same; then by
 * the raw value itself (3 before "3") and the publication day it was read
 * against, so that no tie is left to claim order.
 */
function preferred(x: Held, y: Held): boolean {
  const tx = valueText(x.raw);
  const ty = valueText(y.raw);
  const d =
    x.value.specificity - y.value.specificity ||
    tx.length - ty.length ||
    compareCodePoints(ty, tx) ||
    (y.value.members === undefined ? 0 : 1) - (x.value.members === undefined ? 0 : 1) ||
    compareCodePoints(JSON.stringify(y.raw), JSON.stringify(x.raw)) ||
    (y.day ?? Number.NEGATIVE_INFINITY) - (x.day ?? Number.NEGATIVE_INFINITY);
  return d > 0;
}

/**
 * Reads sets of claims as the compare stage would read them linked into one
 * group: one kind decided for all of them (their attribute keys, the kinds
 * they state, their values), through the read stage's caches, so each
 * distinct raw value is still parsed once per kind. The link guard, the
 * profile rule's value evidence and its kind of an attribute all read this way.
 */
export function readerTogether(
  read: ReadClaims,
  claims: ClaimTable,
  attributes: readonly NormalizedKey[],
  ctx: CheckContext,
  stats?: WorkStats,
): (sides: readonly (readonly number[])[]) => ReadTogether {
  const values = read.values;
  const def = (k: string) => ctx.registry.get(k);
  return (sides) => {
    const keys = new Set<string>();
    const raw = new Set<RawScalar>();
    let stated: Map<string, number> | undefined;
    for (const side of sides) {
      for (const i of side) {
        keys.add(attributes[i]!.key);
        addDistinct(read.rawOf(i), raw);
        stated = countStated(stated, claims.kind(i));
      }
    }
    const attributeKeys = [...keys].sort();
    const kind = ctx.registry.require(values.decideKind(attributeKeys, stated, raw, null).kind);
    const role = roleOf(attributeKeys[0] ?? '', ctx.registry);
    const tolerance = attributeKeys.map((k) => ctx.attributes.get(k)?.tolerance).find((t) => t !== undefined);
    return {
      kind,
      side(indices, accept, limit) {
        // One value per key, and past `limit` keys the smallest: never by claim order, which made a list
        // ['Tilton'] or the string 'Tilton' (one key, related differently: a list is a set) speak for the key
        // as whichever came last, and the first keys the ones kept.
        const byKey = new Map<string, Held>();
        for (const i of indices) {
          const day = ctx.sources.get(claims.source[i]!)?.publishedDay;
          const o = values.read(kind, read.rawOf(i), claims.negated(i), day, role);
          if (o.type === 'missing' || (accept === 'value' && o.type !== 'value')) continue;
          const held = byKey.get(o.value.key);
          const next: Held = { value: o.value, raw: claims.value[i]!, day };
          if (held === undefined || preferred(next, held)) byKey.set(o.value.key, next);
        }
        const keys = [...byKey.keys()];
        if (keys.length > limit) keys.sort(compareCodePoints).length = limit;
        return keys.map((k) => byKey.get(k)!.value);
      },
      relate(x, y) {
        if (stats !== undefined) stats.valueComparisons++;
        const r = relateValues(x, y, def, { tolerance, lexicon: ctx.lexicon }, 'one');
        // Values that fit only because one says too little ("a home" / "Elm Street") are no evidence either way.
        return r.relation === 'compatible' && r.soft === true ? 'incomparable' : r.relation;
      },
      distance(x, y) {
        if (x.kind !== y.kind || x.negated || y.negated || x.members !== undefined || y.members !== undefined) return undefined;
        // A user's distance that throws or answers nonsense gives no evidence, never a failed check.
        let d: unknown;
        try {
          d = def(x.kind)?.distance?.(x.data, y.data);
        } catch {
          return undefined;
        }
        return typeof d === 'number' && Number.isFinite(d) && d >= 0 ? d : undefined;
      },
    };
  };
}
