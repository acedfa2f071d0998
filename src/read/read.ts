import type { CheckContext } from '../context';
import type { KindDefinition, ParseContext, RawScalar } from '../kinds/registry';
import type { ClaimTable, InferredKind, NormalizedKey, ValueOutcome } from '../model';
import { type ValueNormalizer, addDistinct, roleOf } from './values';

/**
 * What the read stage knows of every claim before linking: the kind its
 * attribute is read as, and its value read through that kind. The link stage's
 * guard and the compare stage use these readings; compare reads again only a
 * claim whose linked group settles on another kind.
 */
export interface ReadClaims {
  /** The kind claim i's attribute key is read as. */
  readonly kindOf: (i: number) => InferredKind;
  /** The role claim i's attribute gives its value. */
  readonly roleOf: (i: number) => ParseContext['role'];
  /** Claim i's value read through that kind. */
  readonly outcome: (i: number) => ValueOutcome;
  /** The caches behind the readings, for reads under a linked group's kind. */
  readonly values: ValueNormalizer;
}

/** Cache scope of the kinds decided per attribute key before linking. */
const SCOPE = 'read';

/**
 * The read stage: decides a kind per distinct attribute key (configured,
 * stated by its claims, or inferred from the key and all its values) and
 * reads every claim's value through it. Each distinct raw value is parsed once
 * per kind and context (the normalizer caches by raw value).
 */
export function readClaims(
  claims: ClaimTable,
  attributes: readonly NormalizedKey[],
  ctx: CheckContext,
  values: ValueNormalizer,
): ReadClaims {
  const n = claims.size;
  // Distinct values, and the kinds claims state, per attribute key.
  const byKey = new Map<string, { stated: Map<string, number> | undefined; values: Set<RawScalar> }>();
  for (let i = 0; i < n; i++) {
    const key = attributes[i]!.key;
    let entry = byKey.get(key);
    if (entry === undefined) byKey.set(key, (entry = { stated: undefined, values: new Set() }));
    addDistinct(claims.value[i]!, entry.values);
    const kind = claims.kind(i);
    if (kind !== undefined) {
      entry.stated ??= new Map();
      entry.stated.set(kind, (entry.stated.get(kind) ?? 0) + 1);
    }
  }
  const kinds = new Map<string, { inferred: InferredKind; def: KindDefinition; role: ParseContext['role'] }>();
  for (const [key, entry] of byKey) {
    const inferred = values.decideKind([key], entry.stated, entry.values, SCOPE);
    kinds.set(key, { inferred, def: ctx.registry.require(inferred.kind), role: roleOf(key, ctx.registry) });
  }
  const outcomes: ValueOutcome[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const k = kinds.get(attributes[i]!.key)!;
    const day = k.def.contextual ? ctx.sources.get(claims.source[i]!)?.publishedDay : undefined;
    outcomes[i] = values.read(k.def, claims.value[i]!, claims.negated(i), day, k.role);
  }
  return {
    kindOf: (i) => kinds.get(attributes[i]!.key)!.inferred,
    roleOf: (i) => kinds.get(attributes[i]!.key)!.role,
    outcome: (i) => outcomes[i]!,
    values,
  };
}
