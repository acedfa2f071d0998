import type { CheckContext } from '../context';
import type { KindDefinition, ParseContext, RawScalar } from '../kinds/registry';
import type { ClaimTable, InferredKind, NormalizedKey, ValueOutcome } from '../model';
import { type ValueNormalizer, addDistinct, countStated, roleOf } from './values';

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
  /** The distinct raw values of the claims with this attribute key (placeholders left out). */
  readonly valuesOf: (attributeKey: string) => ReadonlySet<RawScalar> | undefined;
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
  // Distinct values, and the kinds claims state, per attribute key (by the key's number).
  interface Entry {
    readonly key: string;
    stated: Map<string, number> | undefined;
    readonly values: Set<RawScalar>;
    inferred?: InferredKind;
    def?: KindDefinition;
    role?: ParseContext['role'];
  }
  const byId: Entry[] = [];
  const entries: Entry[] = [];
  for (let i = 0; i < n; i++) {
    const a = attributes[i]!;
    let entry = byId[a.id];
    if (entry === undefined) {
      byId[a.id] = entry = { key: a.key, stated: undefined, values: new Set() };
      entries.push(entry);
    }
    addDistinct(claims.value[i]!, entry.values);
    entry.stated = countStated(entry.stated, claims.kind(i));
  }
  for (const entry of entries) {
    entry.inferred = values.decideKind([entry.key], entry.stated, entry.values, SCOPE);
    entry.def = ctx.registry.require(entry.inferred.kind);
    entry.role = roleOf(entry.key, ctx.registry);
  }
  const outcomes: ValueOutcome[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const k = byId[attributes[i]!.id]!;
    const day = k.def!.contextual ? ctx.sources.get(claims.source[i]!)?.publishedDay : undefined;
    outcomes[i] = values.read(k.def!, claims.value[i]!, claims.negated(i), day, k.role);
  }
  const valuesOf = new Map(entries.map((e) => [e.key, e.values] as const));
  return {
    kindOf: (i) => byId[attributes[i]!.id]!.inferred!,
    roleOf: (i) => byId[attributes[i]!.id]!.role,
    outcome: (i) => outcomes[i]!,
    valuesOf: (key) => valuesOf.get(key),
    values,
  };
}
