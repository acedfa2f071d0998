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
    if (a.negated || b.negated) return COMPATIBLE;
    return relateParts(a.members ?? [a], b.members ?? [b], def, cctx);
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
  // Two members of an open list: different members are parts of one set, which neither confirm nor contradict.
  if (cardinality === 'many' && result.relation === 'conflict') return APART;
  return result;
}

/** Open lists' pairs that showed nothing either way (see relateParts); the compare stage joins them through a third list. */
export const APART = incomparable('they are different members of a list, and each source may name only part of the set');
export const DISJOINT = incomparable('the two lists share no member, and each source may name only part of the set');
/** Member pairs compared at most for two open lists; beyond, only equal members count as shared. */
const MAX_MEMBER_PAIRS = 400;

/**
 * Two lists that are what each source knows of a set (cardinality 'many'): compatible when some member of one is
 * the same as or compatible with a member of the other (both name it; each may name others), otherwise nothing
 * was shown either way ("charges": ["murder"] / ["arson"]). Never a conflict.
 */
function relateParts(
  a: readonly ParsedValue[],
  b: readonly ParsedValue[],
  def: (kind: string) => KindDefinition | undefined,
  cctx: CompareContext,
): Comparison {
  if (a.length * b.length > MAX_MEMBER_PAIRS) {
    const keys = new Set(a.map((x) => x.key));
    return b.some((y) => keys.has(y.key)) ? COMPATIBLE : DISJOINT;
  }
  for (const x of a) {
    for (const y of b) {
      const r = relateValues(x, y, def, cctx, 'one').relation;
      if (r === 'same' || r === 'compatible') return COMPATIBLE;
    }
  }
  return DISJOINT;
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
