import type { CheckContext } from '../context';
import { COMPATIBLE, type CompareContext, type Comparison, INCOMPARABLE, SAME } from '../kinds/registry';
import type { ClaimTable, Relations, ParsedValue, WorkPosition, WorkStats } from '../model';
import { APART, DISJOINT, relateValues } from '../read/relate';
import { valueText } from '../read/values';
import { compareCodePoints, compareNatural, sortSmall } from '../util/order';
import { flat } from '../util/flat';
import { UnionFind } from '../util/union-find';

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
  // Groups are small: a linear scan over the keys seen so far beats a Map for the usual handful; past
  // 16 keys a Map takes over, so a group of n claims with many distinct values costs O(n), not O(n²).
  const keys: string[] = [];
  const members: number[][] = [];
  let index: Map<string, number> | undefined;
  for (let i = 0; i < handles.length; i++) {
    const key = values[i]!.key;
    let k = index === undefined ? keys.indexOf(key) : (index.get(key) ?? -1);
    if (k < 0) {
      k = keys.length;
      keys.push(key);
      members.push([]);
      if (index !== undefined) index.set(key, k);
      else if (keys.length > 16) index = new Map(keys.map((x, n) => [x, n]));
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
      // Ties: a scalar over a list written the same ("true" / ["true"]), then the first claim in
      // report order, so the representative never depends on the order of the input.
      const d =
        values[i]!.specificity - values[best]!.specificity ||
        text.length - bestText.length ||
        compareCodePoints(bestText, text) ||
        (values[best]!.members === undefined ? 0 : 1) - (values[i]!.members === undefined ? 0 : 1) ||
        -order(handles[i]!, handles[best]!);
      if (d > 0) {
        best = i;
        bestText = text;
      }
    }
    const own = new Array<number>(list.length);
    for (let x = 0; x < list.length; x++) own[x] = handles[list[x]!]!;
    // Handles ascend, which is report order unless some claim has an explicit id.
    if (own.length > 1 && claims.anyExplicitId) sortSmall(own, order);
    // Distinct sources: a scan for the usual handful, a Set for a crowd (thousands of sources on one value).
    let sources: string[] = [];
    if (own.length > 64) sources = [...new Set(own.map((c) => claims.source[c]!))];
    else for (const c of own) if (!sources.includes(claims.source[c]!)) sources.push(claims.source[c]!);
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

/**
 * A group's relations with a few pairs changed (keyed i · n + j, i < j): what rules after the kind's own comparison
 * return ("two holders of one role", "values of two kinds").
 */
export function withChanges(relations: Relations, n: number, changed: ReadonlyMap<number, Comparison>): Relations {
  return { get: (i, j) => changed.get(i < j ? i * n + j : j * n + i) ?? relations.get(i, j) };
}

/** The relations of a group with one position (or none): shared. */
export const LONE: Relations = new RelationTable(1, [SAME]);

/**
 * The compare stage for one group: relates every pair of positions. Groups
 * rarely hold more than a few dozen distinct values, so pairs of positions
 * (not of claims) are affordable; the count is reported by the benchmark.
 */
export function relatePositions(
  positions: readonly WorkPosition[],
  ctx: CheckContext,
  cctx: CompareContext,
  cardinality: 'one' | 'many' | 'set',
  stats: WorkStats,
  cache: RelationCache,
): Relations {
  const n = positions.length;
  if (n <= 1) return LONE;
  const table: Comparison[] = new Array(n * n);
  const def = (kind: string) => ctx.registry.get(kind);
  const pairs = cache.scope(cctx, cardinality);
  for (let i = 0; i < n; i++) {
    table[i * n + i] = SAME;
    const a = positions[i]!.value;
    let row = pairs.get(a);
    for (let j = i + 1; j < n; j++) {
      const b = positions[j]!.value;
      let r = row?.get(b);
      if (r === undefined) {
        stats.valueComparisons++;
        try {
          r = relateValues(a, b, def, cctx, cardinality);
        } catch {
          r = INCOMPARABLE;
        }
        if (cache.room()) {
          if (row === undefined) pairs.set(a, (row = new Map()));
          row.set(b, r);
        }
      }
      table[i * n + j] = r;
      table[j * n + i] = r;
    }
  }
  if (cardinality === 'many') partsOfOneSet(positions, table);
  return new RelationTable(n, table);
}

/** Most pairs of values the cache remembers in one check. */
const CACHED_PAIRS = 200_000;

/**
 * Relations between pairs of distinct readings, remembered across groups:
 * readings of equal raw values are one object (the read stage caches them),
 * so "61°F" against "62°F" is compared once however many cities report both.
 * Kept per tolerance and cardinality, in the order asked (a relation is not
 * assumed symmetric), and bounded.
 */
export class RelationCache {
  private readonly scopes = new Map<CompareContext['tolerance'], Map<string, Map<ParsedValue, Map<ParsedValue, Comparison>>>>();
  private size = 0;

  scope(cctx: CompareContext, cardinality: 'one' | 'many' | 'set'): Map<ParsedValue, Map<ParsedValue, Comparison>> {
    let byCardinality = this.scopes.get(cctx.tolerance);
    if (byCardinality === undefined) this.scopes.set(cctx.tolerance, (byCardinality = new Map()));
    let pairs = byCardinality.get(cardinality);
    if (pairs === undefined) byCardinality.set(cardinality, (pairs = new Map()));
    return pairs;
  }

  /** Whether one more pair may be remembered (and counts it). */
  room(): boolean {
    if (this.size >= CACHED_PAIRS) return false;
    this.size++;
    return true;
  }
}

/**
 * Pairs of positions of one kind that cannot be compared ("0737 GMT" and "7:37
 * a.m. local time"), ordered by their keys. Values of two kinds are left out: an
 * unread value already has its own issue.
 */
export function incomparablePairs(positions: readonly WorkPosition[], relations: Relations): [number, number][] {
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
  return flat(`${slug(subjectKey)}:${slug(attributeKey)}`);
}

/**
 * Open lists (cardinality 'many') that share no member are still parts of one set when other lists join them:
 * "Alex Spiro" and "Luke Nikas" are both named in a third source's "Alex Spiro, Luke Nikas". Positions connected
 * through shared members become compatible with each other; positions nothing joins stay as they were (nothing
 * was shown either way).
 */
function partsOfOneSet(positions: readonly WorkPosition[], table: Comparison[]): void {
  const n = positions.length;
  const sets = new UnionFind<number>();
  let apart = false;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const r = table[i * n + j]!;
      if (r === APART || r === DISJOINT) apart = true;
      // Only a shared member joins: a negated list ("not kidnapping or fraud") fits every other list and names none.
      else if ((r.relation === 'same' || r.relation === 'compatible') && !positions[i]!.value.negated && !positions[j]!.value.negated) {
        const [x, y] = [sets.find(i), sets.find(j)];
        sets.union(Math.min(x, y), Math.max(x, y));
      }
    }
  }
  if (!apart || sets.size === 0) return;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const r = table[i * n + j]!;
      if ((r === APART || r === DISJOINT) && sets.find(i) === sets.find(j)) table[i * n + j] = table[j * n + i] = COMPATIBLE;
    }
  }
}
