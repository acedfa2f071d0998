import type { CheckContext, ResolvedAttribute } from './context';
import { type CompareContext, type Comparison, INCOMPARABLE, type RawScalar, SAME } from './kinds/registry';
import type { ComparedGroup, NormalizedKey, ParsedValue, RawGroup, Relations, StageIssue, ValidClaim, WorkPosition, WorkStats } from './model';
import type { ReadClaims } from './read/read';
import { relateValues } from './read/relate';
import { distinctValues, roleOf, valueText } from './read/values';
import { compareClaims } from './validate';
import { compareCodePoints, compareNatural, mostCommon, sortSmall } from './util/order';


/**
 * Merges claims with equal normalized values into positions. `claims[i]`'s
 * value is `values[i]`.
 */
export function buildPositions(claims: readonly ValidClaim[], values: readonly ParsedValue[]): WorkPosition[] {
  // Groups are small: a linear scan over the keys seen so far beats a Map for the usual handful.
  const keys: string[] = [];
  const members: number[][] = [];
  for (let i = 0; i < claims.length; i++) {
    const key = values[i]!.key;
    let k = keys.indexOf(key);
    if (k < 0) {
      k = keys.length;
      keys.push(key);
      members.push([]);
    }
    members[k]!.push(i);
  }
  const positions: WorkPosition[] = [];
  for (let k = 0; k < keys.length; k++) {
    const list = members[k]!;
    // The representative is the most specific reading; its text is the display form.
    let best = list[0]!;
    let bestText = valueText(claims[best]!.value);
    for (let x = 1; x < list.length; x++) {
      const i = list[x]!;
      const text = valueText(claims[i]!.value);
      const d = values[i]!.specificity - values[best]!.specificity || text.length - bestText.length || compareCodePoints(bestText, text);
      if (d > 0) {
        best = i;
        bestText = text;
      }
    }
    const own = list.map((i) => claims[i]!);
    if (own.length > 1) sortSmall(own, compareClaims);
    const sources: string[] = [];
    for (const c of own) if (!sources.includes(c.source)) sources.push(c.source);
    if (sources.length > 1) sortSmall(sources, compareNatural);
    positions.push({ key: keys[k]!, value: values[best]!, claims: own, sources, display: bestText });
  }
  return positions;
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
  stats: WorkStats,
): Relations {
  const n = positions.length;
  const table: Comparison[] = new Array(n * n);
  const def = (kind: string) => ctx.registry.get(kind);
  for (let i = 0; i < n; i++) {
    table[i * n + i] = SAME;
    for (let j = i + 1; j < n; j++) {
      stats.valueComparisons++;
      let r: Comparison;
      try {
        r = relateValues(positions[i]!.value, positions[j]!.value, def, cctx, cardinality);
      } catch {
        r = INCOMPARABLE;
      }
      table[i * n + j] = r;
      table[j * n + i] = r;
    }
  }
  return { get: (i, j) => table[i * n + j]! };
}

/**
 * Pairs of positions of one kind that cannot be compared ("0737 GMT" and "7:37
 * a.m. local time"), ordered by their keys. Values of two kinds are left out: an
 * unread value already has its own issue.
 */
function incomparablePairs(positions: readonly WorkPosition[], relations: Relations): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < positions.length; i++) {
    for (let j = i + 1; j < positions.length; j++) {
      if (relations.get(i, j).relation !== 'incomparable' || positions[i]!.value.kind !== positions[j]!.value.kind) continue;
      out.push(compareCodePoints(positions[i]!.key, positions[j]!.key) <= 0 ? [i, j] : [j, i]);
    }
  }
  // Positions come in input order here: name pairs by their keys, so the issue is the same whatever the order.
  const key = (k: number) => positions[k]!.key;
  return out.sort((x, y) => compareCodePoints(key(x[0]), key(y[0])) || compareCodePoints(key(x[1]), key(y[1])));
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
/** The most common of the strings `pick` gives for the items; no allocation when they are all the same. */
function label<T>(items: readonly T[], pick: (item: T) => string): string {
  const first = pick(items[0]!);
  for (let i = 1; i < items.length; i++) if (pick(items[i]!) !== first) return mostCommon(items.map(pick));
  return first;
}

export function compareGroups(
  groups: readonly RawGroup[],
  claims: readonly ValidClaim[],
  subjectKeysOf: readonly NormalizedKey[],
  attributeKeysOf: readonly NormalizedKey[],
  read: ReadClaims,
  ctx: CheckContext,
  stats: WorkStats,
): { groups: ComparedGroup[]; issues: StageIssue[] } {
  const values = read.values;
  const out: ComparedGroup[] = [];
  const issues: StageIssue[] = [];
  // Every distinct value of each linked attribute, so its kind is inferred once from all of them.
  const attributeValues = new Map<string, Set<RawScalar>>();
  for (const g of groups) {
    let set = attributeValues.get(g.attributeKey);
    if (set === undefined) attributeValues.set(g.attributeKey, (set = new Set()));
    for (const i of g.claims) {
      const v = claims[i]!.value;
      if (Array.isArray(v)) distinctValues([claims[i]!], set);
      else if (!set.has(v)) distinctValues([claims[i]!], set);
    }
  }
  const single = new Map<string, readonly string[]>();
  for (const g of groups) {
    // The smallest keys among the group's claims name it: adding claims changes the id only when a
    // smaller-sorting spelling joins, so ids stay comparable across runs.
    let subjectKey = subjectKeysOf[g.claims[0]!]!.key;
    let attributeKey = attributeKeysOf[g.claims[0]!]!.key;
    for (const i of g.claims) {
      if (subjectKeysOf[i]!.key < subjectKey) subjectKey = subjectKeysOf[i]!.key;
      if (attributeKeysOf[i]!.key < attributeKey) attributeKey = attributeKeysOf[i]!.key;
    }
    const id = groupId(subjectKey, attributeKey);
    const members = g.claims.map((i) => claims[i]!);
    // The group's own key first, so its configuration wins over a linked spelling's.
    let attributeKeys = single.get(g.attributeKey);
    if (attributeKeys === undefined) single.set(g.attributeKey, (attributeKeys = [g.attributeKey]));
    for (const i of g.claims) {
      if (attributeKeysOf[i]!.key !== g.attributeKey) {
        attributeKeys = [g.attributeKey, ...[...new Set(g.claims.map((k) => attributeKeysOf[k]!.key))].filter((k) => k !== g.attributeKey).sort()];
        break;
      }
    }
    let config: ResolvedAttribute | undefined;
    for (const k of attributeKeys) {
      config = ctx.attributes.get(k);
      if (config !== undefined) break;
    }
    const decided = values.decideKind(attributeKeys, members, attributeValues.get(g.attributeKey));
    const def = ctx.registry.require(decided.kind);
    const cardinality = config?.cardinality ?? (members.some((c) => Array.isArray(c.value)) ? 'many' : 'one');
    const role = roleOf(g.attributeKey);
    const subject = label(members, (c) => c.subject);
    const attribute = label(members, (c) => c.attribute);
    const readClaims: ValidClaim[] = [];
    const readValues: ParsedValue[] = [];
    const missing: ValidClaim[] = [];
    for (const i of g.claims) {
      const claim = claims[i]!;
      // The read stage's reading, unless the linked group settled on another kind or role.
      const outcome =
        read.kindOf(i).kind === decided.kind && read.roleOf(i) === role
          ? read.outcome(i)
          : values.read(def, claim, def.contextual ? ctx.sources.get(claim.source)?.publishedDay : undefined, role);
      if (claim.kind !== undefined && claim.kind !== decided.kind) {
        issues.push({
          data: { code: 'kind_mismatch', claim: claim.id, stated: claim.kind, kind: decided.kind, subject, attribute },
          severity: 'info',
          claim: claim.id,
          group: id,
        });
      }
      if (outcome.type === 'missing') {
        missing.push(claim);
        issues.push({ data: { code: 'missing_value', claim: claim.id, value: valueText(claim.value), subject, attribute }, severity: 'info', claim: claim.id, group: id });
        continue;
      }
      if (outcome.type === 'unparsed') {
        issues.push({
          data: { code: 'unparsed_value', claim: claim.id, value: valueText(claim.value), kind: decided.kind, reason: outcome.reason },
          severity: 'warning',
          claim: claim.id,
          group: id,
        });
      } else {
        for (const note of outcome.notes) issues.push({ data: { code: 'value_note', note, claim: claim.id }, severity: note.severity, claim: claim.id, group: id });
      }
      readClaims.push(claim);
      readValues.push(outcome.value);
    }
    const positions = buildPositions(readClaims, readValues);
    const cctx: CompareContext = { tolerance: config?.tolerance };
    const relations = relatePositions(positions, ctx, cctx, cardinality, stats);
    const unrelated = incomparablePairs(positions, relations);
    if (unrelated.length > 0) {
      const [i, j] = unrelated[0]!;
      const a = positions[i]!;
      const b = positions[j]!;
      issues.push({
        data: {
          code: 'incomparable_values',
          subject,
          attribute,
          a: { display: a.display, claim: a.claims[0]!.id },
          b: { display: b.display, claim: b.claims[0]!.id },
          reason: relations.get(i, j).reason,
          more: unrelated.length - 1,
        },
        severity: 'info',
        claim: b.claims[0]!.id,
        group: id,
      });
    }
    out.push({ id, subject, attribute, kind: decided.kind, kindFrom: decided.from, cardinality, claims: members, positions, relations, missing });
  }
  return { groups: out, issues };
}
