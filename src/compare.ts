import type { CheckContext } from './context';
import type { RawGroup } from './group/group';
import type { KindSource } from './kinds/infer';
import type { Comparison, CompareContext, KindDefinition, RawScalar } from './kinds/registry';
import { type ParsedValue, type ValueNormalizer, distinctValues } from './normalize/values';
import { compareCodePoints, compareNatural, mostCommon } from './util/order';
import type { ValidClaim } from './validate';

/** A claim with its value read. */
export interface ReadClaim {
  readonly claim: ValidClaim;
  readonly value: ParsedValue;
  /** The value as written, for display. */
  readonly text: string;
}

/** Claims whose values are the same after normalization. */
export interface WorkPosition {
  readonly key: string;
  readonly value: ParsedValue;
  readonly claims: readonly ReadClaim[];
  /** Distinct source ids, sorted. */
  readonly sources: readonly string[];
  /** Display text: the most specific original text. */
  readonly display: string;
}

/** Relations between the positions of a group, by index pair. */
export interface Relations {
  get(i: number, j: number): Comparison;
}

/** Counts of the value comparisons made, for the benchmark. */
export interface CompareStats {
  valueComparisons: number;
}

function textOf(value: ValidClaim['value']): string {
  return Array.isArray(value) ? value.map(String).join(', ') : String(value);
}

/** Merges claims with equal normalized values into positions. */
export function buildPositions(read: readonly ReadClaim[]): WorkPosition[] {
  const byKey = new Map<string, ReadClaim[]>();
  for (const r of read) {
    const list = byKey.get(r.value.key);
    if (list === undefined) byKey.set(r.value.key, [r]);
    else list.push(r);
  }
  const positions: WorkPosition[] = [];
  for (const [key, claims] of byKey) {
    claims.sort((a, b) => compareNatural(a.claim.id, b.claim.id));
    // The representative is the most specific reading; its text is the display form.
    let best = claims[0]!;
    for (const c of claims) {
      const d = c.value.specificity - best.value.specificity || c.text.length - best.text.length || compareCodePoints(best.text, c.text);
      if (d > 0) best = c;
    }
    const sources = [...new Set(claims.map((c) => c.claim.source))].sort(compareNatural);
    positions.push({ key, value: best.value, claims, sources, display: best.text });
  }
  return positions;
}

export { textOf };

/**
 * Relates two values: through their kind, with list values as sets, negated
 * values as "anything but", and values of different kinds (a date group's
 * unreadable text) incomparable.
 */
export function relateValues(
  a: ParsedValue,
  b: ParsedValue,
  def: (kind: string) => KindDefinition | undefined,
  cctx: CompareContext,
  cardinality: 'one' | 'many',
): Comparison {
  if (a.key === b.key) return { relation: 'same' };
  if (a.kind !== b.kind) return { relation: 'incomparable' };
  const kind = def(a.kind);
  if (kind === undefined) return { relation: 'incomparable' };
  if (a.members !== undefined || b.members !== undefined) {
    // Lists are sets: different members are not a conflict.
    return { relation: 'compatible' };
  }
  let result: Comparison;
  if (a.negated || b.negated) {
    const inner = kind.compare(a.data, b.data, cctx);
    if (a.negated && b.negated) result = { relation: inner.relation === 'same' ? 'same' : 'compatible' };
    else {
      const [neg, pos] = a.negated ? [a, b] : [b, a];
      // "not July 2024" contradicts "July 12, 2024" and "July 2024", not "2024".
      const contradicts = inner.relation === 'same' || (inner.relation === 'compatible' && pos.specificity >= neg.specificity);
      result = { relation: contradicts ? 'conflict' : 'compatible' };
    }
  } else result = kind.compare(a.data, b.data, cctx);
  if (cardinality === 'many' && result.relation === 'conflict') return { relation: 'compatible' };
  return result;
}

/**
 * The compare stage for one group: relates every pair of positions. Groups
 * rarely hold more than a few dozen distinct values, so pairs of positions
 * (not of claims) are affordable; the count is reported by the benchmark.
 */
export function relatePositions(
  positions: readonly WorkPosition[],
  ctx: CheckContext,
  cctx: CompareContext,
  cardinality: 'one' | 'many',
  stats: CompareStats,
): Relations {
  const n = positions.length;
  const table: Comparison[] = new Array(n * n);
  const def = (kind: string) => ctx.registry.get(kind);
  for (let i = 0; i < n; i++) {
    table[i * n + i] = { relation: 'same' };
    for (let j = i + 1; j < n; j++) {
      stats.valueComparisons++;
      let r: Comparison;
      try {
        r = relateValues(positions[i]!.value, positions[j]!.value, def, cctx, cardinality);
      } catch {
        r = { relation: 'incomparable' };
      }
      table[i * n + j] = r;
      table[j * n + i] = r;
    }
  }
  return { get: (i, j) => table[i * n + j]! };
}

/** A group after the compare stage: its kind, positions and their relations. */
export interface ComparedGroup {
  readonly id: string;
  readonly subject: string;
  readonly attribute: string;
  readonly kind: string;
  readonly kindFrom: KindSource;
  readonly cardinality: 'one' | 'many';
  readonly claims: readonly ValidClaim[];
  readonly positions: readonly WorkPosition[];
  readonly relations: Relations;
  readonly missing: readonly ValidClaim[];
}

/** A diagnostic raised while reading values. */
export interface ValueIssue {
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly claim: string;
  readonly group: string;
  readonly message: string;
}

function slug(key: string): string {
  return key === '' ? '_' : key.replace(/ /g, '-');
}

/** The deterministic id of a group, derived from its normalized keys. */
export function groupId(subjectKey: string, attributeKey: string): string {
  return `${slug(subjectKey)}:${slug(attributeKey)}`;
}

/**
 * The compare stage: reads each group's values through the group's kind (one
 * attribute, one kind), merges equal values into positions and relates the
 * positions. Value reading happens here rather than before grouping because
 * the kind belongs to the group, not to a lone claim.
 */
export function compareGroups(
  groups: readonly RawGroup[],
  claims: readonly ValidClaim[],
  ctx: CheckContext,
  values: ValueNormalizer,
  stats: CompareStats,
): { groups: ComparedGroup[]; issues: ValueIssue[] } {
  const out: ComparedGroup[] = [];
  const issues: ValueIssue[] = [];
  // Every distinct value of each attribute, so its kind is inferred once from all of them.
  const attributeValues = new Map<string, Map<string, RawScalar>>();
  for (const g of groups) {
    let values = attributeValues.get(g.attributeKey);
    if (values === undefined) attributeValues.set(g.attributeKey, (values = new Map()));
    distinctValues(g.claims.map((i) => claims[i]!), values);
  }
  for (const g of groups) {
    const id = groupId(g.subjectKey, g.attributeKey);
    const members = g.claims.map((i) => claims[i]!);
    // The group's own key first, so its configuration wins over a merged spelling's.
    const attributeKeys = [
      g.attributeKey,
      ...[...new Set(members.map((c) => ctx.keys.normalize(c.attribute, 'attribute').key))].filter((k) => k !== g.attributeKey).sort(),
    ];
    const config = attributeKeys.map((k) => ctx.attributes.get(k)).find((c) => c !== undefined);
    const decided = values.decideKind(attributeKeys, members, attributeValues.get(g.attributeKey));
    const def = ctx.registry.require(decided.kind);
    const cardinality = config?.cardinality ?? (members.some((c) => Array.isArray(c.value)) ? 'many' : 'one');
    const subject = mostCommon(members.map((c) => c.subject));
    const attribute = mostCommon(members.map((c) => c.attribute));
    const read: ReadClaim[] = [];
    const missing: ValidClaim[] = [];
    for (const claim of members) {
      const outcome = values.read(def, claim, ctx.sources.get(claim.source)?.publishedDay);
      if (claim.kind !== undefined && claim.kind !== decided.kind) {
        issues.push({
          code: 'kind_mismatch',
          severity: 'info',
          claim: claim.id,
          group: id,
          message: `Claim ${claim.id} says its value is a ${claim.kind}, but the group "${attribute}" of ${subject} is read as ${decided.kind}`,
        });
      }
      if (outcome.type === 'missing') {
        missing.push(claim);
        issues.push({
          code: 'missing_value',
          severity: 'info',
          claim: claim.id,
          group: id,
          message: `Claim ${claim.id} gives no value for the ${attribute} of ${subject} (${JSON.stringify(textOf(claim.value))}); it is not counted as a position`,
        });
        continue;
      }
      if (outcome.type === 'unparsed') {
        issues.push({
          code: 'unparsed_value',
          severity: 'warning',
          claim: claim.id,
          group: id,
          message: `Claim ${claim.id}: ${JSON.stringify(textOf(claim.value))} could not be read as a ${decided.kind} (${outcome.reason}); it is kept as text and never conflicts with readable values`,
        });
      } else {
        for (const note of outcome.notes) {
          issues.push({ code: note.code, severity: note.severity, claim: claim.id, group: id, message: `Claim ${claim.id} ${note.message}` });
        }
      }
      read.push({ claim, value: outcome.value, text: textOf(claim.value) });
    }
    const positions = buildPositions(read);
    const cctx: CompareContext = { tolerance: config?.tolerance };
    const relations = relatePositions(positions, ctx, cctx, cardinality, stats);
    out.push({
      id,
      subject,
      attribute,
      kind: decided.kind,
      kindFrom: decided.from,
      cardinality,
      claims: members,
      positions,
      relations,
      missing,
    });
  }
  return { groups: out, issues };
}
