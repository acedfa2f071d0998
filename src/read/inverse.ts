import type { KeyNormalizer } from '../normalize/keys';
import { isKindOf } from '../lexicon/lexicon';
import type { ClaimTable } from '../model';
import { compareNames, parseName } from '../kinds/name';

/**
 * A claim that tells a relation from the other side: "Toyia Jarmon | relationship to the victim | mother"
 * says that the victim's mother is Toyia Jarmon, which is where another article writes it ("Victim | Mother |
 * Toyia Jarmon") and where a third, naming her Latoyia Thomas, disagrees.
 */
export interface Inversion {
  /** The claim, by handle. */
  readonly handle: number;
  /** The claim as written: subject, attribute, value. */
  readonly from: readonly [string, string, string];
  /** The claim as read: the other side as subject, the relation as attribute, the first subject as value. */
  readonly to: readonly [string, string, string];
}

/** "relationship to the victim", "relationship_to_victim", "Relation To Victim": the other side, as written. */
const RELATION_TO = /^\s*(?:the\s+)?relation(?:ship)?[\s_-]+(?:to|with)[\s_-]+(\S.{0,200}?)\s*$/iu;
/** Longer than any attribute `RELATION_TO` reads: such an attribute is not tried (its lazy tail would cost 200 steps a character). */
const RELATION_TO_MAX = 240;
/** Words before a relation that say nothing of it: "the mother", "her mother". */
const LEADING = /^(?:the|a|an|her|his|their|its)\s+/iu;
/** One word, as a relation is named ("mother", "step-father"). */
const ONE_WORD = /^\p{L}+(?:-\p{L}+)?$/u;
/** A subject that describes someone rather than naming them: a determiner or possessive first ("the mother", "Her husband"), or a possessive inside ("the victim's mother"). */
const DESCRIBED = /^\s*(?:the|a|an|another|her|his|their|its|my|our|one|two)\s|['’]s(?![\p{L}\p{N}])/iu;
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/**
 * A relation a person holds with one other at a time, so that two people named in it contradict each other:
 * a kind of parent below "parent" itself (mother, father, mom, stepfather) or of spouse (wife, husband), by the
 * lexicon. Brothers, cousins, aunts and friends come in numbers and are never read from the other side.
 */
function oneAtATime(word: string): boolean {
  return (word !== 'parent' && isKindOf(word, 'parent')) || isKindOf(word, 'spouse');
}

/** The relation a value names, lower case, when it is one word for a relation held one at a time. */
function relationOf(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 40) return undefined;
  const word = value.trim().replace(LEADING, '').toLowerCase();
  return ONE_WORD.test(word) && oneAtATime(word) ? word : undefined;
}

/**
 * Whether a subject names someone, so that it can be the value of a relation: not a description ("the mother",
 * "the victim's mother", "Unnamed woman", "Mother", "the suspect"), which as a value would contradict every
 * name given for that relation. A word for a person (by the lexicon) makes a description when it is written in
 * lower case, or is the subject's one word; "John Smith" names.
 */
function namesSomeone(subject: string): boolean {
  if (subject.length > 200 || DESCRIBED.test(subject)) return false;
  const words = subject.match(WORD) ?? [];
  if (words.length === 0) return false;
  return !words.some((w) => (words.length === 1 || w === w.toLowerCase()) && isKindOf(w.toLowerCase(), 'person'));
}

/** Whether a source's subjects name two people: names that contradict each other ("Ann Lee", "Bea Kim"; not "Toyia Jarmon", "Jarmon"). */
function twoPeople(subjects: readonly string[]): boolean {
  const names = subjects.map((s) => parseName(s)).flatMap((r) => (r.ok ? [r.value] : []));
  if (names.length < subjects.length) return true;
  for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) if (compareNames(names[i]!, names[j]!).relation === 'conflict') return true;
  return false;
}

/** Sources on one cell, counted: whether a source other than a given one has any. */
class SourceCount {
  private readonly counts = new Map<number, number>();
  private positive = 0;
  add(source: number, delta: 1 | -1): boolean {
    const before = this.counts.get(source) ?? 0;
    this.counts.set(source, before + delta);
    if (before === 0 && delta === 1) this.positive++;
    else if (before === 1 && delta === -1) this.positive--;
    return (before === 0) !== (before + delta === 0);
  }
  hasOther(source: number): boolean {
    return this.positive - ((this.counts.get(source) ?? 0) > 0 ? 1 : 0) > 0;
  }
}

/**
 * Finds the claims that tell a relation held one at a time from the other side, and reads each from the side
 * where another source meets it: only when some other source states that relation of that other side (either
 * way round), and every claim of another source on the claim's own subject and attribute moves with it (where
 * it meets as written, it stays: "mother" against "grandmother" of one woman). A subject that describes rather
 * than names, and a source that names two people in one such relation of one other side ("relationship to
 * victim: mother" of two victims' mothers), stay as written. Keys are compared exactly, after normalization.
 * Returns them in handle order; `invertedView` reads them so.
 */
export function readInverses(table: ClaimTable, keys: KeyNormalizer): Inversion[] {
  type Candidate = { handle: number; source: number; other: string; inverseCell: string; ownCell: string; moving: boolean };
  const candidates: Candidate[] = [];
  const otherSide = new Map<string, string | null>();
  const names = new Map<string, boolean>();
  for (let i = 0; i < table.size; i++) {
    const attribute = table.attribute[i]!;
    let other = otherSide.get(attribute);
    if (other === undefined) {
      const m = attribute.length > RELATION_TO_MAX ? null : RELATION_TO.exec(attribute);
      otherSide.set(attribute, (other = m === null ? null : m[1]!.replace(/_/gu, ' ').trim()));
    }
    if (other === null || other === '' || table.negated(i) || table.kind(i) !== undefined) continue;
    const relation = relationOf(table.value[i]);
    if (relation === undefined) continue;
    const subject = table.subject[i]!;
    let named = names.get(subject);
    if (named === undefined) names.set(subject, (named = namesSomeone(subject)));
    if (!named) continue;
    const otherKey = keys.keyOf(other, 'subject');
    const subjectKey = keys.keyOf(subject, 'subject');
    if (otherKey === subjectKey) continue;
    const inverseCell = `${otherKey}\u0000${keys.keyOf(relation, 'attribute')}`;
    const ownCell = `${subjectKey}\u0000${keys.keyOf(attribute, 'attribute')}`;
    candidates.push({ handle: i, source: table.sourceNumber[i]!, other, inverseCell, ownCell, moving: true });
  }
  if (candidates.length === 0) return [];
  // One source naming two people in one relation of one other side: the other side is more than one there.
  const bySourceCell = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const k = `${c.source}\u0000${c.inverseCell}`;
    const list = bySourceCell.get(k);
    if (list === undefined) bySourceCell.set(k, [c]);
    else list.push(c);
  }
  for (const list of bySourceCell.values()) {
    const subjects = [...new Set(list.map((c) => table.subject[c.handle]!))];
    if (subjects.length > 1 && twoPeople(subjects)) for (const c of list) c.moving = false;
  }
  // Per cell the candidates ask about, the sources that stay on it (own cells: any claim as written that does not
  // move) and the sources that state it (inverse cells: claims as written, and the candidates that move there).
  const asked = new Set<string>();
  for (const c of candidates) asked.add(c.inverseCell).add(c.ownCell);
  const byHandle = new Map<number, Candidate>();
  for (const c of candidates) byHandle.set(c.handle, c);
  const staying = new Map<string, SourceCount>();
  const stating = new Map<string, SourceCount>();
  const at = (map: Map<string, SourceCount>, cell: string) => {
    let count = map.get(cell);
    if (count === undefined) map.set(cell, (count = new SourceCount()));
    return count;
  };
  const subjectKey = new Map<string, string>();
  const attributeKey = new Map<string, string>();
  const memo = (map: Map<string, string>, raw: string, role: 'subject' | 'attribute') => {
    let k = map.get(raw);
    if (k === undefined) map.set(raw, (k = keys.keyOf(raw, role)));
    return k;
  };
  for (let i = 0; i < table.size; i++) {
    const cell = `${memo(subjectKey, table.subject[i]!, 'subject')}\u0000${memo(attributeKey, table.attribute[i]!, 'attribute')}`;
    if (!asked.has(cell)) continue;
    const c = byHandle.get(i);
    if (c === undefined || !c.moving) at(staying, cell).add(table.sourceNumber[i]!, 1);
    at(stating, cell).add(table.sourceNumber[i]!, 1);
  }
  for (const c of candidates) if (c.moving) at(stating, c.inverseCell).add(c.source, 1);
  // To a fixed point: a candidate that stays may hold back another on its own cell, or leave one without support.
  const onOwn = new Map<string, Candidate[]>();
  const onInverse = new Map<string, Candidate[]>();
  for (const c of candidates) {
    for (const [map, cell] of [[onOwn, c.ownCell], [onInverse, c.inverseCell]] as const) {
      const list = map.get(cell);
      if (list === undefined) map.set(cell, [c]);
      else list.push(c);
    }
  }
  const work = candidates.filter((c) => c.moving);
  while (work.length > 0) {
    const c = work.pop()!;
    if (!c.moving) continue;
    const held = at(staying, c.ownCell).hasOther(c.source);
    const met = at(stating, c.inverseCell).hasOther(c.source);
    if (!held && met) continue;
    c.moving = false;
    if (at(staying, c.ownCell).add(c.source, 1)) for (const d of onOwn.get(c.ownCell)!) if (d.moving && d.source !== c.source) work.push(d);
    if (at(stating, c.inverseCell).add(c.source, -1)) for (const d of onInverse.get(c.inverseCell)!) if (d.moving && d.source !== c.source) work.push(d);
  }
  const out: Inversion[] = [];
  for (const c of candidates) {
    if (!c.moving) continue;
    const from = [table.subject[c.handle]!, table.attribute[c.handle]!, String(table.value[c.handle])] as const;
    const relationText = String(table.value[c.handle]).trim().replace(LEADING, '');
    const to = [c.other, relationText, from[0]] as const;
    out.push({ handle: c.handle, from, to });
  }
  return out;
}

/**
 * The table with the inverted claims read the other way round: a view that shares everything else with
 * `table`, which stays as validated (a checker adds batches to it, and a later batch may change what reads
 * which way).
 */
export function invertedView(table: ClaimTable, inversions: readonly Inversion[]): ClaimTable {
  if (inversions.length === 0) return table;
  const view = Object.create(table) as ClaimTable;
  view.subject = [...table.subject];
  view.attribute = [...table.attribute];
  view.value = [...table.value];
  for (const inv of inversions) {
    view.subject[inv.handle] = inv.to[0];
    view.attribute[inv.handle] = inv.to[1];
    view.value[inv.handle] = inv.to[2];
  }
  return view;
}
