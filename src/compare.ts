import type { CheckContext, ResolvedAttribute } from './context';
import { type CompareContext, type Comparison, INCOMPARABLE, type RawScalar, SAME } from './kinds/registry';
import type { ClaimTable, ComparedGroup, KindSource, TrustInput, NormalizedKey, ParsedValue, RawGroup, Relations, StageIssue, WorkPosition, WorkStats } from './model';
import type { ReadClaims } from './read/read';
import { relateValues } from './read/relate';
import { addDistinct, roleOf, valueText } from './read/values';
import { claimOrder } from './validate';
import { compareCodePoints, compareNatural, mostCommon, sortSmall } from './util/order';


/**
 * Merges claims with equal normalized values into positions. `handles[i]`'s
 * value is `values[i]`; handles ascend.
 */
function buildPositions(
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
function relatePositions(
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

/** A growable list of int32s. */
class IntList {
  data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  at(i: number): number {
    return this.data[i]!;
  }
}

/** Relations of one group, read from the table's flat list of comparison numbers. */
class RelationView implements Relations {
  constructor(
    private readonly codes: Int32Array,
    private readonly comparisons: readonly Comparison[],
    private readonly start: number,
    private readonly n: number,
  ) {}

  get(i: number, j: number): Comparison {
    return this.comparisons[this.codes[this.start + i * this.n + j]!]!;
  }
}

/**
 * Every compared group in flat columns: per group its labels and kind, per
 * position its key, reading, display text and claims (a slice of one list of
 * handles), relations in one list. No object per group or position lives
 * between compare and judge; `group(gi)` builds one group's view when asked.
 */
export class ComparedTable implements TrustInput {
  readonly id: string[] = [];
  readonly subject: string[] = [];
  readonly attribute: string[] = [];
  readonly kind: string[] = [];
  readonly kindFrom: KindSource[] = [];
  readonly cardinality: ('one' | 'many')[] = [];
  readonly claims: (readonly number[])[] = [];
  private readonly posStart = new IntList();
  private readonly relStart = new IntList();
  private readonly key: string[] = [];
  private readonly value: ParsedValue[] = [];
  private readonly display: string[] = [];
  private readonly claimStart = new IntList();
  private readonly handles = new IntList();
  /** Relations as numbers into `comparisons` (most are the shared SAME, CONFLICT, …: a few distinct objects). */
  private readonly relations = new IntList();
  private readonly comparisons: Comparison[] = [];
  private readonly comparisonNumber = new Map<Comparison, number>();
  /** Sources by rank (natural order), and each claim's source rank. */
  private readonly sourceNames: readonly string[];
  private readonly sourceRank: Int32Array;
  private readonly seen: Uint8Array;

  constructor(table: ClaimTable) {
    const names = [...new Set(table.source)].sort(compareNatural);
    const rank = new Map(names.map((s, i) => [s, i]));
    this.sourceNames = names;
    this.sourceRank = Int32Array.from(table.source, (s) => rank.get(s)!);
    this.seen = new Uint8Array(names.length);
    this.posStart.push(0);
    this.claimStart.push(0);
  }

  get size(): number {
    return this.id.length;
  }

  /** Sources that speak in some position. */
  get sources(): string[] {
    const out: string[] = [];
    this.seen.forEach((v, r) => {
      if (v === 1) out.push(this.sourceNames[r]!);
    });
    return out;
  }

  add(group: Omit<ComparedGroup, 'positions' | 'relations'>, positions: readonly WorkPosition[], relations: Relations): void {
    this.id.push(group.id);
    this.subject.push(group.subject);
    this.attribute.push(group.attribute);
    this.kind.push(group.kind);
    this.kindFrom.push(group.kindFrom);
    this.cardinality.push(group.cardinality);
    this.claims.push(group.claims);
    const n = positions.length;
    for (const p of positions) {
      this.key.push(p.key);
      this.value.push(p.value);
      this.display.push(p.display);
      for (const c of p.claims) {
        this.handles.push(c);
        this.seen[this.sourceRank[c]!] = 1;
      }
      this.claimStart.push(this.handles.length);
    }
    this.posStart.push(this.key.length);
    this.relStart.push(this.relations.length);
    if (n > 1) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) this.relations.push(this.numberOf(relations.get(i, j)));
  }

  private numberOf(c: Comparison): number {
    let k = this.comparisonNumber.get(c);
    if (k === undefined) {
      k = this.comparisons.length;
      this.comparisons.push(c);
      this.comparisonNumber.set(c, k);
    }
    return k;
  }

  firstPosition(gi: number): number {
    return this.posStart.at(gi);
  }

  sourceNumbers(p: number, out: number[]): void {
    out.length = 0;
    const seen = this.seen;
    for (let x = this.claimStart.at(p); x < this.claimStart.at(p + 1); x++) {
      const r = this.sourceRank[this.handles.at(x)]!;
      if (seen[r] !== 2) {
        seen[r] = 2;
        out.push(r);
      }
    }
    for (const r of out) seen[r] = 1;
    if (out.length > 1) sortSmall(out, (x, y) => x - y);
  }

  sourceName(n: number): string {
    return this.sourceNames[n]!;
  }

  relation(gi: number, i: number, j: number): Comparison['relation'] {
    const n = this.positionCount(gi);
    if (n <= 1) return 'same';
    return this.comparisons[this.relations.at(this.relStart.at(gi) + i * n + j)]!.relation;
  }

  specificity(p: number): number {
    return this.value[p]!.specificity;
  }

  positionCount(gi: number): number {
    return this.posStart.at(gi + 1) - this.posStart.at(gi);
  }

  /** One group as the judge reads it; built on demand, never kept. */
  group(gi: number): ComparedGroup {
    const from = this.posStart.at(gi);
    const n = this.posStart.at(gi + 1) - from;
    const positions: WorkPosition[] = new Array(n);
    const ranks: number[] = [];
    for (let k = 0; k < n; k++) {
      const p = from + k;
      const a = this.claimStart.at(p);
      const b = this.claimStart.at(p + 1);
      const claims = new Array<number>(b - a);
      for (let x = a; x < b; x++) claims[x - a] = this.handles.at(x);
      // Distinct sources in natural order: numbers, sorted, back to names.
      this.sourceNumbers(p, ranks);
      const sources = new Array<string>(ranks.length);
      for (let x = 0; x < ranks.length; x++) sources[x] = this.sourceNames[ranks[x]!]!;
      positions[k] = { key: this.key[p]!, value: this.value[p]!, claims, sources, display: this.display[p]! };
    }
    return {
      id: this.id[gi]!,
      subject: this.subject[gi]!,
      attribute: this.attribute[gi]!,
      kind: this.kind[gi]!,
      kindFrom: this.kindFrom[gi]!,
      cardinality: this.cardinality[gi]!,
      claims: this.claims[gi]!,
      positions,
      relations: n <= 1 ? LONE : new RelationView(this.relations.data, this.comparisons, this.relStart.at(gi), n),
    };
  }
}

export function compareGroups(
  groups: readonly RawGroup[],
  claims: ClaimTable,
  subjectKeysOf: readonly NormalizedKey[],
  attributeKeysOf: readonly NormalizedKey[],
  read: ReadClaims,
  ctx: CheckContext,
  stats: WorkStats,
): { groups: ComparedTable; issues: StageIssue[] } {
  const values = read.values;
  const order = claimOrder(claims);
  const out = new ComparedTable(claims);
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
    const role = roleOf(g.attributeKey, ctx.registry);
    const subject = label(handles, claims.subject);
    const attribute = label(handles, claims.attribute);
    const readHandles: number[] = [];
    const readValues: ParsedValue[] = [];
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
    out.add({ id, subject, attribute, kind: decided.kind, kindFrom: decided.from, cardinality, claims: handles }, positions, relations);
  }
  return { groups: out, issues };
}
