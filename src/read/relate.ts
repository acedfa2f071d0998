import { COMPATIBLE, CONFLICT, type CompareContext, type Comparison, INCOMPARABLE, type KindDefinition, SAME, incomparable } from '../kinds/registry';
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
  cardinality: 'one' | 'many' | 'set',
): Comparison {
  if (a.key === b.key) return SAME;
  if (a.kind !== b.kind) return INCOMPARABLE;
  const kind = def(a.kind);
  if (kind === undefined) return INCOMPARABLE;
  if (a.members !== undefined || b.members !== undefined) {
    // Whole sets compare member by member; other lists are what each source knows of a set, and
    // different members are not a conflict.
    if (cardinality === 'set' && !a.negated && !b.negated) return relateSets(a.members ?? [a], b.members ?? [b], def, cctx);
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

const UNSURE_MEMBER = incomparable('some member of one list can only be matched to a member of the other that it cannot be compared with');

/**
 * Two whole sets: the same when their members pair off one to one as the
 * same, compatible when they pair off as the same or refinements ("Knuth" /
 * "Donald E. Knuth"), a conflict when a member is missing or added (different
 * sizes, or a member with no counterpart), and incomparable when members only
 * pair off through members that cannot be compared.
 */
function relateSets(
  a: readonly ParsedValue[],
  b: readonly ParsedValue[],
  def: (kind: string) => KindDefinition | undefined,
  cctx: CompareContext,
): Comparison {
  if (a.length !== b.length) return CONFLICT;
  const n = a.length;
  // Rank of each pair: 0 same, 1 compatible, 2 incomparable, 3 conflict.
  const rank = new Uint8Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const r = relateValues(a[i]!, b[j]!, def, cctx, 'one').relation;
      rank[i * n + j] = r === 'same' ? 0 : r === 'compatible' ? 1 : r === 'incomparable' ? 2 : 3;
    }
  }
  if (pairsOff(n, rank, 0)) return SAME;
  if (pairsOff(n, rank, 1)) return COMPATIBLE;
  if (pairsOff(n, rank, 2)) return UNSURE_MEMBER;
  return CONFLICT;
}

/** Whether every member of one set pairs with a distinct member of the other through pairs ranked at most `most` (augmenting paths). */
function pairsOff(n: number, rank: Uint8Array, most: number): boolean {
  const partner = new Int32Array(n).fill(-1);
  const seen = new Uint8Array(n);
  const augment = (i: number): boolean => {
    for (let j = 0; j < n; j++) {
      if (rank[i * n + j]! > most || seen[j] === 1) continue;
      seen[j] = 1;
      if (partner[j] === -1 || augment(partner[j]!)) {
        partner[j] = i;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < n; i++) {
    seen.fill(0);
    if (!augment(i)) return false;
  }
  return true;
}
