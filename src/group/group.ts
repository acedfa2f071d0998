import type { NormalizedKey } from '../normalize/keys';
import { type KeyEntry, keysMatch, similarTokens } from './block';
import { UnionFind } from './merge';
import { compareCodePoints, compareNatural, mostCommon } from '../util/order';

/** What the group stage needs to know about each claim. */
export interface GroupInput {
  readonly subjects: readonly NormalizedKey[];
  readonly attributes: readonly NormalizedKey[];
  /** Original subject spelling of claim i, for messages. */
  readonly subjectText: (i: number) => string;
  /** Original attribute spelling of claim i, for messages. */
  readonly attributeText: (i: number) => string;
  readonly claimId: (i: number) => string;
  /** Source of claim i: a key is weighed by how many sources use it, not how many attributes one source lists. */
  readonly source: (i: number) => string;
}

/** A set of claims about one (subject, attribute). */
export interface RawGroup {
  readonly subjectKey: string;
  readonly attributeKey: string;
  /** Indices into the claims the stage was given, ascending. */
  readonly claims: readonly number[];
}

export interface GroupIssue {
  readonly code: 'ambiguous_subject' | 'ambiguous_attribute' | 'similar_subject' | 'similar_attribute';
  readonly severity: 'warning' | 'info';
  readonly claim: string;
  readonly subjectKey: string;
  readonly attributeKey: string;
  readonly message: string;
}

/**
 * Decides whether merging two sets of claims would put values that conflict
 * into one group (the guard against "Baldwin, 58" joining Alec Baldwin, 66).
 */
export type ConflictProbe = (a: readonly number[], b: readonly number[]) => boolean;

/** How many times more claims the leading candidate needs to be "clearly dominant". */
const DOMINANCE = 3;

/**
 * A key contained in more longer keys than this ("new york" inside every
 * "<town> new york") names a category, not one thing: it is ambiguous without
 * a search for the families among them, which would cost the square of this.
 */
const MAX_FAMILY = 64;

/** A token shared by more keys of a scope than this many, or this share of them, is common. */
const COMMON_MIN = 20;
const COMMON_SHARE = 0.05;

export interface GroupStats {
  /** Candidate key pairs confirmed or rejected by the fuzzy predicate. */
  keyComparisons: number;
}

/**
 * Pairs of distinct keys that match up to spelling (see `keysMatch`), sorted.
 * Candidates come from swapping one token for a close spelling of it (found
 * through a deletion index over the distinct tokens) and looking the result
 * up, so only keys that exist are ever compared: never all pairs.
 */
export function fuzzyEdges(entries: ReadonlyMap<string, KeyEntry>, stats: GroupStats, exhaustive = false): [string, string][] {
  if (exhaustive) {
    const list = [...entries.values()];
    const all: [string, string][] = [];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        stats.keyComparisons++;
        if (keysMatch(list[i]!, list[j]!)) all.push(list[i]!.key < list[j]!.key ? [list[i]!.key, list[j]!.key] : [list[j]!.key, list[i]!.key]);
      }
    }
    return all.sort((x, y) => compareCodePoints(x[0], y[0]) || compareCodePoints(x[1], y[1]));
  }
  const distinct = new Set<string>();
  for (const e of entries.values()) for (const t of e.tokens) distinct.add(t);
  const similar = similarTokens(distinct, stats);
  const edges: [string, string][] = [];
  if (similar.size === 0) return edges;
  for (const e of entries.values()) {
    e.tokens.forEach((t, i) => {
      for (const s of similar.get(t) ?? []) {
        if (e.tokens.includes(s)) continue;
        const other = entries.get(e.tokens.map((x, k) => (k === i ? s : x)).sort().join(' '));
        if (other === undefined || other.key < e.key) continue;
        stats.keyComparisons++;
        if (keysMatch(e, other)) edges.push([e.key, other.key]);
      }
    });
  }
  return edges.sort((x, y) => compareCodePoints(x[0], y[0]) || compareCodePoints(x[1], y[1]));
}

/**
 * Merges cells whose keys on one side are close spellings of each other and
 * whose other side is the same, along the sorted edges, unless the merge
 * would create a conflict: "milton" and "tilton" are one typo apart but two
 * towns with two populations. A refused merge leaves an info issue.
 */
function fuzzyPass(
  cells: Map<string, Cell>,
  side: 'subject' | 'attribute',
  edges: readonly (readonly [string, string])[],
  label: (key: string) => string,
  probe: ConflictProbe,
  input: GroupInput,
  issues: GroupIssue[],
): Map<string, Cell> {
  if (edges.length === 0) return cells;
  const other = side === 'subject' ? 'attribute' : 'subject';
  const byKey = new Map<string, Cell[]>();
  for (const cell of cells.values()) {
    const list = byKey.get(cell[side]);
    if (list === undefined) byKey.set(cell[side], [cell]);
    else list.push(cell);
  }
  const parent = new Map<Cell, Cell>();
  const members = new Map<Cell, number[]>();
  const root = (c: Cell): Cell => {
    let x = c;
    for (let p = parent.get(x); p !== undefined; p = parent.get(x)) x = p;
    return x;
  };
  for (const [a, b] of edges) {
    const right = new Map((byKey.get(b) ?? []).map((c) => [c[other], c]));
    for (const left of [...(byKey.get(a) ?? [])].sort((x, y) => compareCodePoints(x[other], y[other]))) {
      const partner = right.get(left[other]);
      if (partner === undefined) continue;
      const r1 = root(left);
      const r2 = root(partner);
      if (r1 === r2) continue;
      const m1 = members.get(r1) ?? r1.claims;
      const m2 = members.get(r2) ?? r2.claims;
      if (probe(m1, m2)) {
        const claim = [...left.claims, ...partner.claims].map(input.claimId).sort(compareNatural)[0]!;
        issues.push({
          code: side === 'subject' ? 'similar_subject' : 'similar_attribute',
          severity: 'info',
          claim,
          subjectKey: left.subject,
          attributeKey: left.attribute,
          message: `"${label(a)}" and "${label(b)}" are spelled alike, but their values conflict, so they are kept apart as two ${side}s`,
        });
        continue;
      }
      // The smaller key names the merged cell, so the result does not depend on the order of merges.
      const [keep, drop] = r1[side] <= r2[side] ? [r1, r2] : [r2, r1];
      parent.set(drop, keep);
      members.set(keep, [...m1, ...m2]);
    }
  }
  return parent.size === 0 ? cells : mergeInto(cells, root);
}

/**
 * The cells after merges: each cell's claims go to the cell it now belongs to.
 * Cells that neither moved nor received claims are kept as they are (most of
 * them, at scale): only targets get a new claim list.
 */
function mergeInto(cells: ReadonlyMap<string, Cell>, finalOf: (cell: Cell) => Cell): Map<string, Cell> {
  const incoming = new Map<Cell, Cell[]>();
  for (const cell of cells.values()) {
    const f = finalOf(cell);
    if (f === cell) continue;
    const list = incoming.get(f);
    if (list === undefined) incoming.set(f, [cell]);
    else list.push(cell);
  }
  const out = new Map<string, Cell>();
  const gather = (into: Cell, own: readonly number[]): Cell => {
    const claims = [...own];
    for (const moved of incoming.get(into) ?? []) for (const c of moved.claims) claims.push(c);
    return { subject: into.subject, attribute: into.attribute, claims };
  };
  for (const [id, cell] of cells) {
    if (finalOf(cell) !== cell) continue;
    out.set(id, incoming.has(cell) ? gather(cell, cell.claims) : cell);
  }
  // Targets made by the pass itself (a subject's other claims under its longer name) are in no map yet.
  for (const f of incoming.keys()) {
    const id = `${f.subject}\u0000${f.attribute}`;
    if (!out.has(id)) out.set(id, gather(f, []));
  }
  return out;
}

function ascending(list: readonly number[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1]! > list[i]!) return false;
  return true;
}

function isProperSubset(small: readonly string[], large: ReadonlySet<string>): boolean {
  if (small.length >= large.size) return false;
  for (const t of small) if (!large.has(t)) return false;
  return true;
}

/** How keys are weighed in the containment pass. */
interface KeyWeights {
  /** How central a key is to the claims (its claims): picks the dominant candidate among several. */
  readonly weight: (key: string, scope: string) => number;
  /** How many writers use a key (its sources): a short key used more than its longer forms may name another thing. */
  readonly usage: (key: string, scope: string) => number;
}

interface Cell {
  subject: string;
  attribute: string;
  /** Interned attribute key, while cells are first built. */
  attributeId?: number;
  claims: number[];
}

/**
 * Merges cells whose key on one side (subject or attribute) is a proper token
 * subset of other keys with the same other side ("Sommer" into "Mary Marlowe
 * Sommer", "Baldwin's case" into "the case against Alec Baldwin").
 *
 * When all the longer keys nest in one another ("baldwin case" ⊂ "alec
 * baldwin case" ⊂ "alec baldwin manslaughter case") the short key is
 * unambiguous and simply joins. When it fits several unrelated keys ("baldwin"
 * → Alec, Stephen, Hilaria Baldwin) it joins only a clearly dominant one, and
 * only if that creates no conflict the separate groups would not have;
 * otherwise it stays apart with an issue naming the candidates. A source that
 * gives values under both keys tells them apart ("magnitude" and "aftershock
 * magnitudes"), so they never join. Longer keys settle first, so chains
 * resolve to one target.
 */
function containmentPass(
  cells: Map<string, Cell>,
  side: 'subject' | 'attribute',
  tokensOf: (key: string) => readonly string[],
  { weight, usage }: KeyWeights,
  label: (key: string) => string,
  probe: ConflictProbe,
  input: GroupInput,
  issues: GroupIssue[],
  stats: GroupStats,
  exhaustive: boolean,
): Map<string, Cell> {
  const other = side === 'subject' ? 'attribute' : 'subject';
  // Subjects compete across the whole claim set; attributes only within their subject.
  const scopeOf = (c: Cell) => (side === 'subject' ? '' : c.subject);
  const sets = new Map<string, ReadonlySet<string>>();
  const setOf = (key: string) => {
    let s = sets.get(key);
    if (s === undefined) sets.set(key, (s = new Set(tokensOf(key))));
    return s;
  };
  // A longer key that adds a parenthesised qualifier names another thing: "stockholm (town)" is not "stockholm".
  const contains = (large: string, small: string) => {
    stats.keyComparisons++;
    if (!isProperSubset(tokensOf(small), setOf(large))) return false;
    const smallSet = setOf(small);
    for (const t of tokensOf(large)) if (!smallSet.has(t) && t.startsWith('(')) return false;
    return true;
  };
  // Token index of the keys per scope (for ambiguity); cells are only indexed for keys that have a longer key.
  const keyIndex = new Map<string, Map<string, string[]>>();
  const cellIndex = new Map<string, Map<string, Cell[]>>();
  const cellAt = new Map<string, Cell>();
  const push = <T>(index: Map<string, Map<string, T[]>>, at: string, token: string, item: T) => {
    let tokens = index.get(at);
    if (tokens === undefined) index.set(at, (tokens = new Map()));
    const list = tokens.get(token);
    if (list === undefined) tokens.set(token, [item]);
    else list.push(item);
  };
  const seenKeys = new Set<string>();
  for (const cell of cells.values()) {
    const scope = scopeOf(cell);
    const key = cell[side];
    const id = side === 'subject' ? key : `${scope}\u0000${key}`;
    if (seenKeys.has(id)) continue;
    seenKeys.add(id);
    for (const t of tokensOf(key)) push(keyIndex, scope, t, key);
  }
  const rarest = <T>(index: Map<string, T[]> | undefined, key: string): readonly T[] => {
    let best: T[] | undefined;
    for (const t of tokensOf(key)) {
      const list = index?.get(t);
      if (list === undefined) return [];
      if (best === undefined || list.length < best.length) best = list;
    }
    return best ?? [];
  };
  // Candidates: through the token indexes, or (for the differential test) every key or cell alike.
  const keysInScope = new Map<string, string[]>();
  if (exhaustive) for (const [scope, tokens] of keyIndex) keysInScope.set(scope, [...new Set([...tokens.values()].flat())]);
  const keyCandidates = (scope: string, key: string) => (exhaustive ? (keysInScope.get(scope) ?? []) : rarest(keyIndex.get(scope), key));
  const cellCandidates = (at: string, key: string): readonly Cell[] =>
    exhaustive ? [...cells.values()].filter((c) => `${scopeOf(c)}\u0000${c[other]}` === at) : rarest(cellIndex.get(at), key);
  // Common tokens count less than rare ones: a key made only of tokens that many keys in its scope share
  // ("county", "case") names a category and never joins a longer key by containment.
  const scopeSize = new Map<string, number>();
  for (const [scope, tokens] of keyIndex) scopeSize.set(scope, new Set([...tokens.values()].flat()).size);
  const specific = (scope: string, key: string) => {
    const limit = Math.max(COMMON_MIN, COMMON_SHARE * (scopeSize.get(scope) ?? 0));
    return tokensOf(key).some((t) => (keyIndex.get(scope)?.get(t)?.length ?? 0) <= limit);
  };
  // The longer keys containing a key in its scope, and the minimal ones among them; computed only when needed.
  const families = new Map<string, { longer: string[]; minimal: string[] }>();
  const familyOf = (scope: string, key: string) => {
    const id = `${scope}\u0000${key}`;
    let f = families.get(id);
    if (f === undefined) {
      const longer = keyCandidates(scope, key).filter((r) => r !== key && contains(r, key)).sort(compareCodePoints);
      const bySize = [...longer].sort((a, b) => tokensOf(a).length - tokensOf(b).length || compareCodePoints(a, b));
      const minimal: string[] = [];
      if (longer.length > MAX_FAMILY) minimal.push(...bySize.slice(0, MAX_FAMILY));
      else for (const r of bySize) if (!minimal.some((m) => contains(r, m))) minimal.push(r);
      families.set(id, (f = { longer, minimal: minimal.sort(compareCodePoints) }));
    }
    return f;
  };
  const byLength = (a: Cell, b: Cell) =>
    tokensOf(b[side]).length - tokensOf(a[side]).length || compareCodePoints(a[side], b[side]) || compareCodePoints(a[other], b[other]);
  const target = new Map<Cell, Cell>();
  const members = new Map<Cell, number[]>();
  const membersOf = (c: Cell) => members.get(c) ?? c.claims;
  const finalOf = (c: Cell): Cell => {
    let x = c;
    for (let t = target.get(x); t !== undefined; t = target.get(x)) x = t;
    return x;
  };
  const heaviest = (list: readonly Cell[]) =>
    [...list].sort((a, b) => weight(b[side], scopeOf(b)) - weight(a[side], scopeOf(a)) || byLength(a, b))[0];
  const code = side === 'subject' ? 'ambiguous_subject' : 'ambiguous_attribute';
  // Issues name the smallest claim id, never the first in input order.
  const firstId = (claims: readonly number[]) => claims.map(input.claimId).sort(compareNatural)[0]!;
  // Only a key with a longer key in its scope can move; most keys have none, and their cells are never indexed.
  const hasLonger = new Map<string, boolean>();
  const longerExists = (scope: string, key: string) => {
    const id = `${scope}\u0000${key}`;
    let v = hasLonger.get(id);
    if (v === undefined) {
      v = tokensOf(key).length > 0 && specific(scope, key) && keyCandidates(scope, key).some((r) => r !== key && contains(r, key));
      hasLonger.set(id, v);
    }
    return v;
  };
  const involved = new Set<string>();
  for (const cell of cells.values()) {
    if (!longerExists(scopeOf(cell), cell[side])) continue;
    for (const r of familyOf(scopeOf(cell), cell[side]).longer) involved.add(`${scopeOf(cell)}\u0000${r}`);
    involved.add(`${scopeOf(cell)}\u0000${cell[side]}`);
  }
  if (involved.size === 0) return cells;
  for (const cell of cells.values()) {
    if (!involved.has(`${scopeOf(cell)}\u0000${cell[side]}`)) continue;
    cellAt.set(`${cell[side]}\u0000${cell[other]}`, cell);
    for (const t of tokensOf(cell[side])) push(cellIndex, `${scopeOf(cell)}\u0000${cell[other]}`, t, cell);
  }
  // Only cells with a longer key beside them (same other side) can move; settle longer keys first.
  const movable = [...cells.values()]
    .filter(
      (cell) =>
        longerExists(scopeOf(cell), cell[side]) &&
        cellCandidates(`${scopeOf(cell)}\u0000${cell[other]}`, cell[side]).some((c) => c !== cell && contains(c[side], cell[side])),
    )
    .sort(byLength);
  const sharesSource = (a: readonly number[], b: readonly number[]) => {
    const seen = new Set<string>();
    for (const i of a) seen.add(input.source(i));
    for (const i of b) if (seen.has(input.source(i))) return true;
    return false;
  };
  const considered = new Set<Cell>();
  for (const cell of movable) {
    const scope = scopeOf(cell);
    const { longer, minimal } = familyOf(scope, cell[side]);
    const candidates = new Map<Cell, string>();
    for (const r of longer) {
      const c = cellAt.get(`${r}\u0000${cell[other]}`);
      if (c === undefined) continue;
      const f = finalOf(c);
      if (f !== cell && !candidates.has(f)) candidates.set(f, r);
    }
    if (candidates.size === 0) continue;
    considered.add(cell);
    const what = `"${label(cell[side])}"`;
    if (minimal.length === 1) {
      // Unambiguous. A partial reference ("Baldwin's case") is used less than its full forms and joins them
      // even to disagree; a short key used more than its only longer form ("little rock" beside "north little
      // rock") is more likely another thing, and joins only if that creates no conflict.
      const to = heaviest([...candidates.keys()])!;
      // A source that gives values under both keys tells them apart ("magnitude" and "aftershock magnitudes").
      if (sharesSource(membersOf(cell), membersOf(to))) continue;
      let longerUsage = 0;
      for (const r of longer) longerUsage += usage(r, scope);
      if (usage(cell[side], scope) > longerUsage && probe(membersOf(cell), membersOf(to))) continue;
      target.set(cell, to);
      members.set(to, [...membersOf(to), ...membersOf(cell)]);
      continue;
    }
    // Several unrelated longer keys: weigh each family (a minimal key and the keys containing it).
    const familyWeight = (m: string) => {
      if (longer.length > MAX_FAMILY) return weight(m, scope);
      let w = 0;
      for (const r of longer) if (r === m || contains(r, m)) w += weight(r, scope);
      return w;
    };
    const weights = new Map(minimal.map((m) => [m, familyWeight(m)]));
    const ranked = [...minimal].sort((a, b) => weights.get(b)! - weights.get(a)! || compareCodePoints(a, b));
    const top = ranked[0]!;
    const names = ranked.slice(0, 5).map((k) => `"${label(k)}"`);
    const listed = `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
    const keepApart = (why: string) =>
      issues.push({ code, severity: 'warning', claim: firstId(cell.claims), subjectKey: cell.subject, attributeKey: cell.attribute, message: `${what} could be ${listed}; ${why}` });
    if (weights.get(top)! < DOMINANCE * weights.get(ranked[1]!)!) {
      keepApart('none is clearly dominant, so its claims stay in a group of their own');
      continue;
    }
    const inFamily = [...candidates].filter(([, r]) => r === top || contains(r, top)).map(([c]) => c);
    const to = heaviest(inFamily);
    if (to === undefined || sharesSource(membersOf(cell), membersOf(to))) continue;
    if (probe(membersOf(cell), membersOf(to))) {
      keepApart(`it most likely means "${label(top)}", but its values would conflict with that group's, so it stays apart`);
      continue;
    }
    target.set(cell, to);
    members.set(to, [...membersOf(to), ...membersOf(cell)]);
  }
  if (side === 'subject') followSubjects(cells, target, considered, (key) => familyOf('', key).minimal.length === 1, finalOf, membersOf, probe);
  return target.size === 0 ? cells : mergeInto(cells, finalOf);
}

/**
 * A subject that joined one longer name unambiguously is that name in all its
 * claims: "Old Man Bill" joined "David \"Old Man Bill\" Scott" through the age,
 * so the hospital he was taken to is told of "David \"Old Man Bill\" Scott" too,
 * and meets what another source told of "David Scott". Only cells that had no
 * candidate of their own move (a refused one stays apart), only when all the
 * key's merged cells went to one subject, and two cells that meet this way
 * only for lack of a cell of the longer name join only if they agree: they
 * are weaker evidence of one thing than a shared cell.
 */
function followSubjects(
  cells: ReadonlyMap<string, Cell>,
  target: Map<Cell, Cell>,
  considered: ReadonlySet<Cell>,
  unambiguous: (key: string) => boolean,
  finalOf: (c: Cell) => Cell,
  membersOf: (c: Cell) => readonly number[],
  probe: ConflictProbe,
): void {
  const aliasOf = new Map<string, string | null>();
  for (const cell of target.keys()) {
    const to = unambiguous(cell.subject) ? finalOf(cell).subject : null;
    const prev = aliasOf.get(cell.subject);
    if (prev === undefined) aliasOf.set(cell.subject, to);
    else if (prev !== to) aliasOf.set(cell.subject, null);
  }
  const made = new Map<string, Cell>();
  const moving = [...cells.values()]
    .filter((cell) => !target.has(cell) && !considered.has(cell) && typeof aliasOf.get(cell.subject) === 'string')
    .sort((a, b) => compareCodePoints(a.subject, b.subject) || compareCodePoints(a.attribute, b.attribute));
  for (const cell of moving) {
    const to = aliasOf.get(cell.subject)!;
    const id = `${to}\u0000${cell.attribute}`;
    if (cells.has(id)) continue;
    let into = made.get(id);
    if (into === undefined) made.set(id, (into = { subject: to, attribute: cell.attribute, claims: [] }));
    else if (probe(into.claims, membersOf(cell))) continue;
    target.set(cell, into);
    for (const i of membersOf(cell)) into.claims.push(i);
  }
}

/**
 * The group stage: exact keys, then fuzzy merging of close spellings through
 * blocking indexes, then containment merges ("Sommer" into "Mary Marlowe
 * Sommer") into a clearly dominant candidate only.
 * Never compares all pairs — unless `exhaustive`, which the differential test
 * uses to check that blocking finds every candidate brute force finds.
 */
export function groupClaims(
  input: GroupInput,
  probe: ConflictProbe,
  exhaustive = false,
): { groups: RawGroup[]; issues: GroupIssue[]; stats: GroupStats } {
  const stats: GroupStats = { keyComparisons: 0 };
  const subjectEntries = new Map<string, KeyEntry>();
  const attributeEntries = new Map<string, KeyEntry>();
  const n = input.subjects.length;
  for (let i = 0; i < n; i++) {
    const s = input.subjects[i]!;
    if (!subjectEntries.has(s.key)) subjectEntries.set(s.key, s);
    const a = input.attributes[i]!;
    if (!attributeEntries.has(a.key)) attributeEntries.set(a.key, a);
  }

  // Cells by interned key ids: one small lookup per claim, no string built per claim.
  let cells = new Map<string, Cell>();
  const subjectIds = new Map<string, number>();
  const attributeIds = new Map<string, number>();
  const rows: Cell[][] = [];
  for (let i = 0; i < n; i++) {
    const subject = input.subjects[i]!.key;
    const attribute = input.attributes[i]!.key;
    let sid = subjectIds.get(subject);
    if (sid === undefined) {
      subjectIds.set(subject, (sid = rows.length));
      rows.push([]);
    }
    let aid = attributeIds.get(attribute);
    if (aid === undefined) attributeIds.set(attribute, (aid = attributeIds.size));
    const row = rows[sid]!;
    let cell: Cell | undefined;
    for (const c of row) {
      if (c.attributeId === aid) {
        cell = c;
        break;
      }
    }
    if (cell === undefined) {
      cell = { subject, attribute, attributeId: aid, claims: [] };
      row.push(cell);
    }
    cell.claims.push(i);
  }
  for (const row of rows) for (const cell of row) cells.set(`${cell.subject}\u0000${cell.attribute}`, cell);
  const tokens = (entries: ReadonlyMap<string, KeyEntry>) => (key: string) => entries.get(key)?.tokens ?? [];
  // Labels (the most common original spelling of a key) are only needed for issue messages: computed on demand.
  const labeller = (side: 'subject' | 'attribute', text: (i: number) => string) => {
    const labels = new Map<string, string>();
    // Claims by key, indexed once on first use from the cells as first built (every claim is in one of them).
    let claimsOf: Map<string, number[]> | undefined;
    const firstCells = [...cells.values()];
    return (key: string) => {
      let l = labels.get(key);
      if (l === undefined) {
        if (claimsOf === undefined) {
          claimsOf = new Map();
          for (const cell of firstCells) {
            const list = claimsOf.get(cell[side]);
            if (list === undefined) claimsOf.set(cell[side], [...cell.claims]);
            else for (const i of cell.claims) list.push(i);
          }
        }
        const spellings = (claimsOf.get(key) ?? []).map(text);
        labels.set(key, (l = mostCommon(spellings.length > 0 ? spellings : [key])));
      }
      return l;
    };
  };
  const subjectLabel = labeller('subject', input.subjectText);
  const attributeLabel = labeller('attribute', input.attributeText);
  const issues: GroupIssue[] = [];
  cells = fuzzyPass(cells, 'subject', fuzzyEdges(subjectEntries, stats, exhaustive), subjectLabel, probe, input, issues);
  cells = fuzzyPass(cells, 'attribute', fuzzyEdges(attributeEntries, stats, exhaustive), attributeLabel, probe, input, issues);
  // Claims per subject after spelling merges, for dominance (how central each candidate is to the claim set),
  // and sources per subject, for whether a short key names another thing (how many writers use it): one
  // source listing two facts about "David Scott" uses that name once, as does the one that wrote
  // "David \"Old Man Bill\" Scott".
  const subjectClaims = new Map<string, number>();
  for (const cell of cells.values()) subjectClaims.set(cell.subject, (subjectClaims.get(cell.subject) ?? 0) + cell.claims.length);
  // Sources are counted only for the few keys the containment pass asks about, from the cells as they are now.
  const cellsNow = cells;
  let cellsOfSubject: Map<string, Cell[]> | undefined;
  const subjectSources = new Map<string, number>();
  const usageOfSubject = (key: string) => {
    let n = subjectSources.get(key);
    if (n === undefined) {
      if (cellsOfSubject === undefined) {
        cellsOfSubject = new Map();
        for (const cell of cellsNow.values()) {
          const list = cellsOfSubject.get(cell.subject);
          if (list === undefined) cellsOfSubject.set(cell.subject, [cell]);
          else list.push(cell);
        }
      }
      const seen = new Set<string>();
      for (const cell of cellsOfSubject.get(key) ?? []) for (const i of cell.claims) seen.add(input.source(i));
      subjectSources.set(key, (n = seen.size));
    }
    return n;
  };
  cells = containmentPass(
    cells,
    'subject',
    tokens(subjectEntries),
    { weight: (key) => subjectClaims.get(key) ?? 0, usage: usageOfSubject },
    subjectLabel,
    probe,
    input,
    issues,
    stats,
    exhaustive,
  );
  const attributeWeight = (key: string, scope: string) => cells.get(`${scope}\u0000${key}`)?.claims.length ?? 0;
  cells = containmentPass(
    cells,
    'attribute',
    tokens(attributeEntries),
    { weight: attributeWeight, usage: attributeWeight },
    attributeLabel,
    probe,
    input,
    issues,
    stats,
    exhaustive,
  );
  const groups: RawGroup[] = [];
  for (const cell of cells.values()) {
    // Cells fill in claim order; only merged cells can be out of order.
    if (!ascending(cell.claims)) cell.claims.sort((a, b) => a - b);
    groups.push({ subjectKey: cell.subject, attributeKey: cell.attribute, claims: cell.claims });
  }
  // Later stages sum over groups; a fixed order keeps every float identical whatever the input order.
  groups.sort((a, b) => compareCodePoints(a.subjectKey, b.subjectKey) || compareCodePoints(a.attributeKey, b.attributeKey));
  return { groups, issues, stats };
}
