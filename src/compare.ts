import type { CheckContext, ResolvedAttribute } from './context';
import { type CompareContext, type Comparison, INCOMPARABLE, type RawScalar, SAME } from './kinds/registry';
import type { ClaimTable, ComparedGroup, NormalizedKey, ParsedValue, RawGroup, Relations, StageIssue, WorkPosition, WorkStats } from './model';
import type { ReadClaims } from './read/read';
import { relateValues } from './read/relate';
import { addDistinct, roleOf, valueText } from './read/values';
import { claimOrder } from './validate';
import { compareCodePoints, compareNatural, mostCommon, sortSmall } from './util/order';


/**
 * Merges claims with equal normalized values into positions. `handles[i]`'s
 * value is `values[i]`; handles ascend.
 */
export function buildPositions(
  handles: readonly number[],
  values: readonly ParsedValue[],
  claims: ClaimTable,
  order: (a: number, b: number) => number,
): WorkPosition[] {
  // Groups are small: a linear scan over the keys seen so far beats a Map for the usual handful.
  const keys: string[] = [];
  const members: number[][] = [];
  for (let i = 0; i < handles.length; i++) {
    const key = values[i]!.key;
    let k = keys.indexOf(key);
    if (k < 0) {
      k = keys.length;
      keys.push(key);
      members.push([]);
    }
    members[k]!.push(i);
  }
  const positions: WorkPosition[] = new Array(keys.length);
  for (let k = 0; k < keys.length; k++) {
    const list = members[k]!;
    // The representative is the most specific reading; its text is the display form.
    let best = list[0]!;
    let bestText = valueText(claims.value[handles[best]!]!);
    for (let x = 1; x < list.length; x++) {
      const i = list[x]!;
      const text = valueText(claims.value[handles[i]!]!);
      const d = values[i]!.specificity - values[best]!.specificity || text.length - bestText.length || compareCodePoints(bestText, text);
      if (d > 0) {
        best = i;
        bestText = text;
      }
    }
    const own = new Array<number>(list.length);
    for (let x = 0; x < list.length; x++) own[x] = handles[list[x]!]!;
    // Handles ascend, which is report order unless some claim has an explicit id.
    if (own.length > 1 && claims.anyExplicitId) sortSmall(own, order);
    const sources: string[] = [];
    for (const c of own) if (!sources.includes(claims.source[c]!)) sources.push(claims.source[c]!);
    if (sources.length > 1) sortSmall(sources, compareNatural);
    positions[k] = { key: keys[k]!, value: values[best]!, claims: own, sources, display: bestText };
  }
  return positions;
}

/** The relations of a group's positions, as one flat table. */
class RelationTable implements Relations {
  constructor(
    private readonly n: number,
    private readonly cells: readonly Comparison[],
  ) {}

  get(i: number, j: number): Comparison {
    return this.cells[i * this.n + j]!;
  }
}

/** The relations of a group with one position (or none): shared. */
const LONE: Relations = new RelationTable(1, [SAME]);

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
  if (n <= 1) return LONE;
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
  return new RelationTable(n, table);
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
function label(handles: readonly number[], column: readonly string[]): string {
  const first = column[handles[0]!]!;
  for (let i = 1; i < handles.length; i++) if (column[handles[i]!] !== first) return mostCommon(handles.map((h) => column[h]!));
  return first;
}

export function compareGroups(
  groups: readonly RawGroup[],
  claims: ClaimTable,
  subjectKeysOf: readonly NormalizedKey[],
  attributeKeysOf: readonly NormalizedKey[],
  read: ReadClaims,
  ctx: CheckContext,
  stats: WorkStats,
): { groups: ComparedGroup[]; issues: StageIssue[] } {
  const values = read.values;
  const order = claimOrder(claims);
  const out: ComparedGroup[] = new Array(groups.length);
  const issues: StageIssue[] = [];
  // Every distinct value of each linked attribute, so its kind is inferred once from all of them.
  const attributeValues = new Map<string, Set<RawScalar>>();
  for (const g of groups) {
    let set = attributeValues.get(g.attributeKey);
    if (set === undefined) attributeValues.set(g.attributeKey, (set = new Set()));
    for (const i of g.claims) addDistinct(claims.value[i]!, set);
  }
  const single = new Map<string, readonly string[]>();
  const idOf = claims.id;
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi]!;
    const handles = g.claims;
    // The smallest keys among the group's claims name it: adding claims changes the id only when a
    // smaller-sorting spelling joins, so ids stay comparable across runs.
    let subjectKey = subjectKeysOf[handles[0]!]!.key;
    let attributeKey = attributeKeysOf[handles[0]!]!.key;
    let linked = false;
    for (const i of handles) {
      const s = subjectKeysOf[i]!.key;
      const a = attributeKeysOf[i]!.key;
      if (s < subjectKey) subjectKey = s;
      if (a < attributeKey) attributeKey = a;
      if (a !== g.attributeKey) linked = true;
    }
    const id = groupId(subjectKey, attributeKey);
    // The group's own key first, so its configuration wins over a linked spelling's.
    let attributeKeys = single.get(g.attributeKey);
    if (attributeKeys === undefined) single.set(g.attributeKey, (attributeKeys = [g.attributeKey]));
    if (linked) attributeKeys = [g.attributeKey, ...[...new Set(handles.map((k) => attributeKeysOf[k]!.key))].filter((k) => k !== g.attributeKey).sort()];
    let config: ResolvedAttribute | undefined;
    for (const k of attributeKeys) {
      config = ctx.attributes.get(k);
      if (config !== undefined) break;
    }
    let stated: Map<string, number> | undefined;
    if (claims.anyKind) {
      for (const i of handles) {
        const k = claims.kind(i);
        if (k === undefined) continue;
        stated ??= new Map();
        stated.set(k, (stated.get(k) ?? 0) + 1);
      }
    }
    const decided = values.decideKind(attributeKeys, stated, attributeValues.get(g.attributeKey)!);
    const def = ctx.registry.require(decided.kind);
    let cardinality = config?.cardinality;
    if (cardinality === undefined) {
      cardinality = 'one';
      for (const i of handles) if (Array.isArray(claims.value[i])) cardinality = 'many';
    }
    const role = roleOf(g.attributeKey);
    const subject = label(handles, claims.subject);
    const attribute = label(handles, claims.attribute);
    const readHandles: number[] = [];
    const readValues: ParsedValue[] = [];
    let missing: number[] | undefined;
    for (const i of handles) {
      // The read stage's reading, unless the linked group settled on another kind or role.
      const outcome =
        read.kindOf(i).kind === decided.kind && read.roleOf(i) === role
          ? read.outcome(i)
          : values.read(def, claims.value[i]!, claims.negated(i), def.contextual ? ctx.sources.get(claims.source[i]!)?.publishedDay : undefined, role);
      const stated = claims.kind(i);
      if (stated !== undefined && stated !== decided.kind) {
        issues.push({ data: { code: 'kind_mismatch', claim: idOf[i]!, stated, kind: decided.kind, subject, attribute }, severity: 'info', claim: idOf[i]!, group: id });
      }
      if (outcome.type === 'missing') {
        (missing ??= []).push(i);
        issues.push({
          data: { code: 'missing_value', claim: idOf[i]!, value: valueText(claims.value[i]!), subject, attribute },
          severity: 'info',
          claim: idOf[i]!,
          group: id,
        });
        continue;
      }
      if (outcome.type === 'unparsed') {
        issues.push({
          data: { code: 'unparsed_value', claim: idOf[i]!, value: valueText(claims.value[i]!), kind: decided.kind, reason: outcome.reason },
          severity: 'warning',
          claim: idOf[i]!,
          group: id,
        });
      } else {
        for (const note of outcome.notes) issues.push({ data: { code: 'value_note', note, claim: idOf[i]! }, severity: note.severity, claim: idOf[i]!, group: id });
      }
      readHandles.push(i);
      readValues.push(outcome.value);
    }
    const positions = buildPositions(readHandles, readValues, claims, order);
    const cctx: CompareContext = { tolerance: config?.tolerance };
    const relations = relatePositions(positions, ctx, cctx, cardinality, stats);
    const unrelated = positions.length > 1 ? incomparablePairs(positions, relations) : [];
    if (unrelated.length > 0) {
      const [i, j] = unrelated[0]!;
      const a = positions[i]!;
      const b = positions[j]!;
      issues.push({
        data: {
          code: 'incomparable_values',
          subject,
          attribute,
          a: { display: a.display, claim: idOf[a.claims[0]!]! },
          b: { display: b.display, claim: idOf[b.claims[0]!]! },
          reason: relations.get(i, j).reason,
          more: unrelated.length - 1,
        },
        severity: 'info',
        claim: idOf[b.claims[0]!]!,
        group: id,
      });
    }
    out[gi] = { id, subject, attribute, kind: decided.kind, kindFrom: decided.from, cardinality, claims: handles, positions, relations, missing: missing ?? NONE };
  }
  return { groups: out, issues };
}

const NONE: readonly number[] = [];
