import type { LinkSide } from '../model';
import { sexOfKey } from '../normalize/keys';
import { tokenize } from '../normalize/text';
import { compareCodePoints } from '../util/order';
import { apart, type Cell, claimsShareSource, type LinkRun, decide, firstClaim, mergeInto } from './cells';
import { followRule } from './follow';
import { readWord } from '../lexicon/lexicon';
import { AT_A_TIME, readAttribute, STRANDED_FROM } from './profile/attribute';
import { agentAgainstAct, asksApart, countOfSome, keptAsSubset, sortOfAnother } from './profile/slots';
import { GENERAL_HAPPENINGS, mainlyHappening } from './profile/score';

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

/**
 * Whether the sorted tokens `small` are a proper subset of the sorted tokens
 * `large`, and `large` adds no parenthesised qualifier. One walk over both
 * lists, nothing allocated.
 */
function containsKey(large: readonly string[], small: readonly string[]): boolean {
  if (small.length >= large.length) return false;
  let i = 0;
  for (const t of large) {
    const s = small[i];
    if (s === t) {
      i++;
      continue;
    }
    // A token of `small` sorts before this one of `large`: `large` lacks it.
    if (s !== undefined && s < t) return false;
    if (t.startsWith('(')) return false;
  }
  return i === small.length;
}

function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

/** Whether any distinct key on `side` is contained in another (the blocking index of the rule, over distinct keys only). */
function anyContained(cells: ReadonlyMap<string, Cell>, side: LinkSide, tokensOf: (key: string) => readonly string[]): boolean {
  const keys = new Set<string>();
  for (const cell of cells.values()) keys.add(cell[side]);
  // A key with an honorific's mark contains the same words without it (see containmentRule): the rule decides.
  if (side === 'subject') for (const key of keys) if (sexOfKey(key) !== undefined) return true;
  // Posting lists hold the keys' token lists themselves: the scan below looks nothing up.
  const byToken = new Map<string, (readonly string[])[]>();
  const all: (readonly string[])[] = [];
  for (const key of keys) {
    const tokens = tokensOf(key);
    all.push(tokens);
    for (const t of tokens) {
      const list = byToken.get(t);
      if (list === undefined) byToken.set(t, [tokens]);
      else list.push(tokens);
    }
  }
  for (const tokens of all) {
    if (tokens.length === 0) continue;
    let rarest: (readonly string[])[] | undefined;
    for (const t of tokens) {
      const list = byToken.get(t)!;
      if (rarest === undefined || list.length < rarest.length) rarest = list;
    }
    for (const other of rarest!) if (other.length > tokens.length && containsKey(other, tokens)) return true;
  }
  return false;
}

/** How keys are weighed in the containment pass. */
export interface KeyWeights {
  /** How central a key is to the claims (its claims): picks the dominant candidate among several. */
  readonly weight: (key: string, scope: string) => number;
  /** How many writers use a key (its sources): a short key used more than its longer forms may name another thing. */
  readonly usage: (key: string, scope: string) => number;
  /**
   * The keys a subject's own claims name it by ("Greenhouse | Name | Norris Greenhouse Jr."), each with the
   * numbers of the sources that name it so; subjects only.
   */
  readonly names?: (key: string) => ReadonlyMap<string, ReadonlySet<number>>;
}

/**
 * The containment rule: links cells whose key on one side (subject or attribute) is a proper token
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
export function containmentRule(
  cells: Map<string, Cell>,
  side: LinkSide,
  tokensOf: (key: string) => readonly string[],
  { weight, usage, names }: KeyWeights,
  run: LinkRun,
): Map<string, Cell> {
  const { guard: probe, stats, exhaustive } = run;
  // Containment within a scope is containment between the keys themselves: when no distinct key is
  // contained in another anywhere, there is nothing to do (and no per-scope index to build).
  if (!exhaustive && !anyContained(cells, side, tokensOf)) return cells;
  const label = (key: string) => run.label(side, key);
  const other = side === 'subject' ? 'attribute' : 'subject';
  // Subjects compete across the whole claim set; attributes only within their subject.
  const scopeOf = (c: Cell) => (side === 'subject' ? '' : c.subject);
  // A longer key that adds a parenthesised qualifier names another thing: "stockholm (town)" is not "stockholm".
  // An honorific's mark (see sexMark) is a word more in the large key: "Mrs. Smith" contains "Smith"; a small key's
  // mark asks only that the large one tells no other sex ("Mrs. Smith" in "Jane Smith", the guard reads the given name).
  const contains = (large: string, small: string) => {
    stats.keyComparisons++;
    if (side === 'subject') {
      const ls = sexOfKey(large);
      const ss = sexOfKey(small);
      if (ls !== undefined && ss !== undefined && ls !== ss) return false;
      if (ls !== undefined && ss === undefined && sameTokens(tokensOf(large), tokensOf(small))) return true;
    }
    return containsKey(tokensOf(large), tokensOf(small));
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
  const sharesSource = (a: readonly number[], b: readonly number[]) => claimsShareSource(run, a, b);
  // A longer name that both a man's honorific and a woman's fit ("Mr. Smith" and "Mrs. Smith" in "Jordan Smith")
  // is one of the two at most, and which one is not told: neither joins it.
  const sexesFitting = new Map<string, Set<string>>();
  if (side === 'subject') {
    for (const cell of movable) {
      const sex = sexOfKey(cell[side]);
      if (sex === undefined) continue;
      for (const r of familyOf(scopeOf(cell), cell[side]).longer) {
        if (apart(run, side, cell[side], r)) continue;
        const set = sexesFitting.get(r);
        if (set === undefined) sexesFitting.set(r, new Set([sex]));
        else set.add(sex);
      }
    }
  }
  const torn = (cell: Cell, to: Cell) => sexOfKey(cell[side]) !== undefined && (sexesFitting.get(to[side])?.size ?? 0) > 1;
  const considered = new Set<Cell>();
  // Cells kept apart only because joining would create a conflict, with the cell they would have joined.
  const refused: [Cell, Cell][] = [];
  for (const cell of movable) {
    const scope = scopeOf(cell);
    const { longer, minimal } = familyOf(scope, cell[side]);
    const candidates = new Map<Cell, string>();
    for (const r of longer) {
      // "two victims" is no part of "the other two victims", nor "the shooting" of "the earlier shooting": a word
      // that sets one apart from others of its kind makes the longer key another thing.
      if (side === 'subject' && setsApart(label(cell[side]), label(r))) continue;
      const c = cellAt.get(`${r}\u0000${cell[other]}`);
      if (c === undefined) continue;
      const f = finalOf(c);
      if (f !== cell && !candidates.has(f)) candidates.set(f, r);
    }
    if (candidates.size === 0) continue;
    considered.add(cell);
    const what = label(cell[side]);
    if (minimal.length === 1) {
      // Unambiguous. A partial reference ("Baldwin's case") is used less than its full forms and joins them
      // even to disagree; a short key used more than its only longer form ("little rock" beside "north little
      // rock") is more likely another thing, and joins only if that creates no conflict.
      const to = heaviest([...candidates.keys()])!;
      // A source that gives values under both keys tells them apart ("magnitude" and "aftershock magnitudes").
      if (sharesSource(membersOf(cell), membersOf(to)) || apart(run, side, cell[side], to[side]) || torn(cell, to)) continue;
      let longerUsage = 0;
      for (const r of longer) longerUsage += usage(r, scope);
      // A single word that heads the longer key's "of" phrase ("Chief" in "APD Chief of Staff") may be another of
      // its kind ("chief of police"): it joins only if that creates no conflict.
      // A longer key that only adds a general word for a happening ("the shooting" / "shooting_incident") is the same
      // happening however many sources use the short one.
      const weak = (usage(cell[side], scope) > longerUsage && !(side === 'subject' && onlyGeneral(label(cell[side]), label(to[side])))) || headsOfPhrase(label(cell[side]), label(to[side]));
      // Two names asking different things (who, where, when, how many) are two slots: "Shot By" is not "where he was
      // when shot", though its words are all in it. A count of some against the count of all ("Injured" in
      // "num_bystanders_injured") joins it only to agree.
      // Two bare names ("Shot" in "Officers Shot") count as counts here: only values that conflict keep them apart.
      let some = false;
      if (side === 'attribute') {
        const [short, long] = [readAttribute(what), readAttribute(label(to[side]))];
        // Nor a name held at a time against the plain name ("condition when officers arrived" / "condition").
        const marked = (m: string) => short.qualifier.includes(m) !== long.qualifier.includes(m);
        // Nor a name told in a plan ("planned_school" / "school"): a cold review found containment joining what the
        // profile rule keeps apart. (Not the first reports: "Initial Condition" / "condition" join here as before, and
        // conflict only if their values do.)
        // Nor the subject's sort against its place's ("Type" / "location_type"), nor who did it against the act ("Shot"
        // / "who shot him"), nor a place or time told before ("previous_address" / "address").
        if (asksApart(short, long) || sortOfAnother(short, long) || agentAgainstAct(short, long) || marked(STRANDED_FROM) || marked(AT_A_TIME) || marked('planned') || marked('before')) continue;
        const restricted = countOfSome(short, long, true);
        some =
          restricted !== undefined &&
          (restricted === short
            ? keptAsSubset(short, long, membersOf(cell), membersOf(to), run.input.written)
            : keptAsSubset(long, short, membersOf(to), membersOf(cell), run.input.written));
      }
      if ((weak || some) && probe(membersOf(cell), membersOf(to))) {
        refused.push([cell, to]);
        continue;
      }
      target.set(cell, to);
      members.set(to, [...membersOf(to), ...membersOf(cell)]);
      decide(run, 'containment', side, cell, to, `"${what}" is contained in one longer key only`);
      continue;
    }
    // Several unrelated longer keys, but the subject's own claims name one of them: that one, even to disagree
    // ("Greenhouse | Name | Norris Greenhouse Jr." beside Norris Greenhouse Jr. and his father, Sr.). Only the
    // claims of the sources that name it so: another article's "Greenhouse, 60" may be the father.
    const given = names?.(cell[side]);
    const named = given === undefined ? [] : namedCandidates(candidates, given);
    if (named.length === 1 && membersOf(cell).every((i) => given!.get(named[0]![1])!.has(run.input.sourceNumber(i)))) {
      const [to, r] = named[0]!;
      if (sharesSource(membersOf(cell), membersOf(to)) || apart(run, side, cell[side], to[side]) || torn(cell, to)) continue;
      target.set(cell, to);
      members.set(to, [...membersOf(to), ...membersOf(cell)]);
      decide(run, 'containment', side, cell, to, `"${what}" is contained in several longer keys, and its own claims name it "${label(r)}"`);
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
    const candidates5 = ranked.slice(0, 5).map(label);
    const keepApart = (likely: string | undefined) =>
      run.issues.push({ data: { code, what, candidates: candidates5, likely }, severity: 'warning', ...firstClaim(run, cell.claims) });
    if (weights.get(top)! < DOMINANCE * weights.get(ranked[1]!)!) {
      keepApart(undefined);
      continue;
    }
    const inFamily = [...candidates].filter(([, r]) => r === top || contains(r, top)).map(([c]) => c);
    const to = heaviest(inFamily);
    if (to === undefined || sharesSource(membersOf(cell), membersOf(to)) || apart(run, side, cell[side], to[side]) || torn(cell, to)) continue;
    if (probe(membersOf(cell), membersOf(to))) {
      keepApart(label(top));
      continue;
    }
    target.set(cell, to);
    members.set(to, [...membersOf(to), ...membersOf(cell)]);
    decide(run, 'containment', side, cell, to, `"${what}" is contained in "${label(top)}", whose family has at least ${DOMINANCE}× the claims of any other`);
  }
  // A cell kept apart by its values whose key joined that same key under another attribute is said, not silent: the
  // subject was taken for that one there, so if they are one thing this is a conflict (a cold review: "Warehouse
  // Fire | Firefighters | 60" stayed a single beside "the West Oakland warehouse fire"'s "more than 100" while its
  // deaths joined). A key that joined nothing there ("Columbus" beside "Columbus Grove") stays apart unremarked.
  if (refused.length > 0) {
    const joined = new Map<string, Set<string>>();
    for (const [c, t] of target) {
      const set = joined.get(c[side]);
      if (set === undefined) joined.set(c[side], new Set([finalOf(t)[side]]));
      else set.add(finalOf(t)[side]);
    }
    // One warning per key and the key it would join, however many of its attributes stayed apart.
    const said = new Set<string>();
    for (const [cell, to] of refused) {
      if (target.has(cell) || joined.get(cell[side])?.has(finalOf(to)[side]) !== true) continue;
      const pair = `${cell[side]}\u0000${finalOf(to)[side]}`;
      if (said.has(pair)) continue;
      said.add(pair);
      const likely = label(finalOf(to)[side]);
      run.issues.push({ data: { code, what: label(cell[side]), candidates: [likely], likely }, severity: 'warning', ...firstClaim(run, cell.claims) });
    }
  }
  if (side === 'subject') followRule(cells, target, considered, (key) => familyOf('', key).minimal.length === 1, finalOf, membersOf, run);
  return target.size === 0 ? cells : mergeInto(cells, finalOf);
}

/** The candidates (final cell and the longer key it was found by) whose key a subject's own claims name it by. */
function namedCandidates(candidates: ReadonlyMap<Cell, string>, names: ReadonlyMap<string, ReadonlySet<number>>): [Cell, string][] {
  if (names.size === 0) return [];
  return [...candidates].filter(([, r]) => names.has(r));
}

/** Words that set one thing apart from others of its kind: an order, or a time against another time. */
const SETS_APART: ReadonlySet<string> = new Set([
  'other', 'another', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'last', 'next', 'previous', 'prior',
  'earlier', 'later', 'separate', 'unrelated', 'additional',
]);

/**
 * Whether the longer label adds a word, in lower case, that sets its thing apart from the shorter one's ("the other
 * two victims"); capitalised, the word is a name's ("First National Bank", "the Third Precinct").
 */
function setsApart(short: string, long: string): boolean {
  const own = new Set(tokenize(short));
  return long.split(/[^\p{L}\p{N}]+/u).some((w) => w !== '' && w === w.toLowerCase() && !own.has(w) && SETS_APART.has(w));
}

/**
 * Whether every word the longer label adds is a general word for a happening ("incident", "event"), and the shorter
 * one names a happening itself ("the shooting"), not a gathering or a place it happened at ("the party incident").
 */
function onlyGeneral(short: string, long: string): boolean {
  const ownWords = tokenize(short);
  const own = new Set(ownWords);
  const added = tokenize(long).filter((w) => !own.has(w) && w !== 'the' && w !== 'a' && w !== 'an');
  const head = readWord(ownWords.at(-1) ?? '').noun;
  return added.length > 0 && added.every((w) => GENERAL_HAPPENINGS.has(w)) && head !== undefined && mainlyHappening(head);
}

/** Whether `short` is one word that `long` follows with "of" ("Chief" / "APD Chief of Staff"), in any case. */
function headsOfPhrase(short: string, long: string): boolean {
  const word = short.trim().toLowerCase();
  if (word === '' || /[^\p{L}]/u.test(word)) return false;
  const words = long.toLowerCase().split(/[^\p{L}]+/u);
  for (let i = 0; i + 1 < words.length; i++) if (words[i] === word && words[i + 1] === 'of') return true;
  return false;
}
