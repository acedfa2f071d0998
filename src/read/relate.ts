import { COMPATIBLE, CONFLICT, type CompareContext, type Comparison, INCOMPARABLE, type KindDefinition, SAME } from '../kinds/registry';
import type { ParsedValue } from '../model';

/**
 * Relates two values: through their kind, with list values as sets, negated
 * values as "anything but", and values of different kinds (a date group's
 * unreadable text) incomparable. The one relation the link stage's guard and
 * the compare stage both use.
 */
export function relateValues(
  a: ParsedValue,
  b: ParsedValue,
  def: (kind: string) => KindDefinition | undefined,
  cctx: CompareContext,
  cardinality: 'one' | 'many',
): Comparison {
  if (a.key === b.key) return SAME;
  if (a.kind !== b.kind) return INCOMPARABLE;
  const kind = def(a.kind);
  if (kind === undefined) return INCOMPARABLE;
  if (a.members !== undefined || b.members !== undefined) {
    // Lists are sets: different members are not a conflict.
    return COMPATIBLE;
  }
  let result: Comparison;
  if (a.negated || b.negated) {
    const inner = kind.compare(a.data, b.data, cctx);
    if (a.negated && b.negated) result = inner.relation === 'same' ? SAME : COMPATIBLE;
    else {
      const [neg, pos] = a.negated ? [a, b] : [b, a];
      // "not July 2024" contradicts "July 12, 2024" and "July 2024", not "2024".
      const contradicts = inner.relation === 'same' || (inner.relation === 'compatible' && pos.specificity >= neg.specificity);
      result = contradicts ? CONFLICT : COMPATIBLE;
    }
  } else result = kind.compare(a.data, b.data, cctx);
  if (cardinality === 'many' && result.relation === 'conflict') return COMPATIBLE;
  return result;
}
