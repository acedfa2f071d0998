import type { KeyNormalizer } from '../normalize/keys';
import { isKindOf } from '../lexicon/lexicon';
import type { ClaimTable } from '../model';

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
/** Words before a relation that say nothing of it: "the mother", "her mother". */
const LEADING = /^(?:the|a|an|her|his|their|its)\s+/iu;
/** One word, as a relation is named ("mother", "step-father"). */
const ONE_WORD = /^\p{L}+(?:-\p{L}+)?$/u;

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
 * Finds the claims that tell a relation held one at a time from the other side, and reads each from the side
 * where another source meets it: only when some other source states that relation of that other side (either
 * way round), and no other source states the claim's own subject and attribute (there it meets already).
 * Keys are compared exactly, after normalization. Returns them in handle order; `invertedView` reads them so.
 */
export function readInverses(table: ClaimTable, keys: KeyNormalizer): Inversion[] {
  type Candidate = { handle: number; other: string; relation: string; inverseCell: string; ownCell: string };
  const candidates: Candidate[] = [];
  const otherSide = new Map<string, string | null>();
  for (let i = 0; i < table.size; i++) {
    const attribute = table.attribute[i]!;
    let other = otherSide.get(attribute);
    if (other === undefined) {
      const m = RELATION_TO.exec(attribute);
      otherSide.set(attribute, (other = m === null ? null : m[1]!.replace(/_/gu, ' ').trim()));
    }
    if (other === null || other === '' || table.negated(i) || table.kind(i) !== undefined) continue;
    const relation = relationOf(table.value[i]);
    if (relation === undefined) continue;
    const inverseCell = `${keys.keyOf(other, 'subject')}\u0000${keys.keyOf(relation, 'attribute')}`;
    const ownCell = `${keys.keyOf(table.subject[i]!, 'subject')}\u0000${keys.keyOf(attribute, 'attribute')}`;
    candidates.push({ handle: i, other, relation, inverseCell, ownCell });
  }
  if (candidates.length === 0) return [];
  // The sources on each cell the candidates ask about: the claims stated that way, and the candidates read the other.
  const asked = new Set<string>();
  for (const c of candidates) asked.add(c.inverseCell).add(c.ownCell);
  const sourcesOn = new Map<string, Set<number>>();
  const note = (cell: string, source: number) => {
    let set = sourcesOn.get(cell);
    if (set === undefined) sourcesOn.set(cell, (set = new Set()));
    set.add(source);
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
    if (asked.has(cell)) note(cell, table.sourceNumber[i]!);
  }
  const inverseSources = new Map<string, Set<number>>();
  for (const c of candidates) {
    let set = inverseSources.get(c.inverseCell);
    if (set === undefined) inverseSources.set(c.inverseCell, (set = new Set()));
    set.add(table.sourceNumber[c.handle]!);
  }
  const others = (sets: readonly (Set<number> | undefined)[], own: number) => sets.some((s) => s !== undefined && [...s].some((x) => x !== own));
  const out: Inversion[] = [];
  for (const c of candidates) {
    const own = table.sourceNumber[c.handle]!;
    if (!others([sourcesOn.get(c.inverseCell), inverseSources.get(c.inverseCell)], own)) continue;
    if (others([sourcesOn.get(c.ownCell)], own)) continue;
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
