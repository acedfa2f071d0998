import type { CheckContext, ResolvedAttribute } from '../context';
import type { CompareContext, RawScalar } from '../kinds/registry';
import type { ClaimTable, NormalizedKey, ParsedValue, RawGroup, StageIssue, WorkStats } from '../model';
import type { ReadClaims } from '../read/read';
import { addDistinct, countStated, roleOf, valueText } from '../read/values';
import { mostCommon } from '../util/order';
import { claimOrder } from '../validate';
import { RelationCache, buildPositions, groupId, incomparablePairs, relatePositions } from './positions';
import { type HolderEvidence, holderEvidence, twoHolders } from './holders';
import { ComparedTable } from './table';
import { kindsApart, readingOf } from './kinds-apart';

/** The most common of the strings `pick` gives for the items; no allocation when they are all the same. */
function label(handles: readonly number[], column: readonly string[]): string {
  const first = column[handles[0]!]!;
  for (let i = 1; i < handles.length; i++) if (column[handles[i]!] !== first) return mostCommon(handles.map((h) => column[h]!));
  return first;
}

/**
 * The compare stage: reads each group's values through the group's kind (one
 * attribute, one kind), merges equal values into positions and relates the
 * positions. Value reading happens here rather than before grouping because
 * the kind belongs to the group, not to a lone claim.
 */
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
  let held = 0;
  for (const g of groups) held += g.claims.length;
  const out = new ComparedTable(claims, groups.length, held);
  const issues: StageIssue[] = [];
  // Every distinct value of each linked attribute, so its kind is inferred once from all of them.
  // Unless some claim was linked to another attribute key, each key's values are the read stage's.
  let relinked = false;
  for (const g of groups) {
    // A group the link stage did not touch holds claims of its own keys only.
    if (!g.linked) continue;
    for (const i of g.claims) {
      if (attributeKeysOf[i]!.key !== g.attributeKey) {
        relinked = true;
        break;
      }
    }
    if (relinked) break;
  }
  const attributeValues = new Map<string, ReadonlySet<RawScalar>>();
  if (relinked) {
    for (const g of groups) {
      let set = attributeValues.get(g.attributeKey) as Set<RawScalar> | undefined;
      if (set === undefined) attributeValues.set(g.attributeKey, (set = new Set()));
      for (const i of g.claims) addDistinct(read.rawOf(i), set);
    }
  } else for (const g of groups) if (!attributeValues.has(g.attributeKey)) attributeValues.set(g.attributeKey, read.valuesOf(g.attributeKey) ?? new Set());
  const single = new Map<string, readonly string[]>();
  const relationCache = new RelationCache();
  let holders: HolderEvidence | undefined;
  const idOf = claims.id;
  // What kind each raw value reads as within a group of each kind: asked only of values in conflict, once each.
  const readers = new Map<string, (i: number) => string | undefined>();
  // Two written values through another kind, read as the compare stage reads values (no publication day: a
  // position's values may come from several sources).
  const relateAs = (kind: string, a: string, b: string) => {
    const def = ctx.registry.get(kind);
    if (def === undefined) return undefined;
    const x = values.parseScalar(def, a, undefined);
    const y = values.parseScalar(def, b, undefined);
    if (!x.ok || !y.ok) return undefined;
    try {
      return def.compare(x.data, y.data, { tolerance: undefined, lexicon: ctx.lexicon });
    } catch {
      return undefined;
    }
  };
  const kindNames = ctx.registry.names();
  const kindOrder = (kind: string) => kindNames.indexOf(kind);
  // The kinds a value can be misread from: those that refuse made-up words (numbers, dates, times, yes or no).
  let closedKinds: string[] | undefined;
  const closed = () => (closedKinds ??= kindNames.filter((k) => !values.readsAnyWords(ctx.registry.require(k))));
  // Detectors asked directly: each raw value's reading is cached below, once per group kind.
  const detect = (kind: string, raw: RawScalar) => {
    try {
      return ctx.registry.get(kind)?.detect(raw) ?? 0;
    } catch {
      return 0;
    }
  };
  const readingIn = (groupKind: string) => {
    let reader = readers.get(groupKind);
    if (reader === undefined) {
      const cache = new Map<RawScalar, string>();
      reader = (i: number): string | undefined => {
        const raw = read.rawOf(i);
        if (Array.isArray(raw)) return undefined;
        const scalar = raw as RawScalar;
        let r = cache.get(scalar);
        if (r === undefined) cache.set(scalar, (r = readingOf(scalar, groupKind, closed(), detect)));
        return r;
      };
      readers.set(groupKind, reader);
    }
    return reader;
  };
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi]!;
    const handles = g.claims;
    // The smallest keys among the group's claims name it: adding claims changes the id only when a
    // smaller-sorting spelling joins, so ids stay comparable across runs.
    // A group the link stage did not touch holds claims of its own keys only.
    let subjectKey = g.subjectKey;
    let attributeKey = g.attributeKey;
    let linked = false;
    if (g.linked) {
      // The keys of the claims, not of the cell: a cell made by linking may carry a key no claim has.
      subjectKey = subjectKeysOf[handles[0]!]!.key;
      attributeKey = attributeKeysOf[handles[0]!]!.key;
      for (const i of handles) {
        const s = subjectKeysOf[i]!.key;
        const a = attributeKeysOf[i]!.key;
        if (s < subjectKey) subjectKey = s;
        if (a < attributeKey) attributeKey = a;
        if (a !== g.attributeKey) linked = true;
      }
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
    if (claims.anyKind) for (const i of handles) stated = countStated(stated, claims.kind(i));
    const decided = values.decideKind(attributeKeys, stated, attributeValues.get(g.attributeKey)!);
    const def = ctx.registry.require(decided.kind);
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
          : values.read(def, read.rawOf(i), claims.negated(i), def.contextual ? ctx.sources.get(claims.source[i]!)?.publishedDay : undefined, role);
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
    // Unless configured: values the kind read as lists from one written value are whole sets (an author list);
    // other lists are what each source knows of a set.
    let cardinality = config?.cardinality;
    if (cardinality === undefined) {
      cardinality = 'one';
      for (let x = 0; x < readHandles.length; x++) {
        if (readValues[x]!.members === undefined) continue;
        if (!Array.isArray(claims.value[readHandles[x]!])) {
          cardinality = 'set';
          break;
        }
        cardinality = 'many';
      }
      if (cardinality === 'one') for (const i of handles) if (Array.isArray(claims.value[i])) cardinality = 'many';
    }
    const positions = buildPositions(readHandles, readValues, claims, order);
    const cctx: CompareContext = { tolerance: config?.tolerance, lexicon: ctx.lexicon };
    let relations = relatePositions(positions, ctx, cctx, cardinality, stats, relationCache);
    // Not in free text (the fallback kind), whose words are compared as words: "at night" / "during the day".
    // Not where the caller or the claims set the kind: then it is what they asked for.
    if (def.fallback !== true && decided.from !== 'options' && decided.from !== 'claims' && values.readsAnyWords(def)) {
      relations = kindsApart(positions, relations, decided.kind, { readingOf: readingIn(decided.kind), detect, relateAs, kindOrder });
    }
    if (decided.kind === 'name') relations = twoHolders(positions, relations, subject, attribute, (holders ??= holderEvidence(claims.subject, claims.attribute, claims.value)));
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
  return { groups: out.seal(), issues };
}
