import { classesOf, LEXFILE } from '../../lexicon/lexicon';
import { countOf, type Mention } from './mention';
import { GENERAL_HAPPENINGS, HAPPENING_CLASSES, mainSenseIn, transliterated } from './score';
import { withinEdits } from '../../util/edit';

/**
 * Whether two mentions have anything in common for a link to rest on: a head
 * or its broad class, a name word, a modifier. Values alone (two unrelated
 * things that happen to share an age) are never enough. The index finds
 * exactly these pairs; the differential test checks it against this.
 */
export function related(a: Mention, b: Mention): boolean {
  const words = (m: Mention) => [...m.modifiers, ...(m.head === undefined ? [] : [m.head])];
  const wa = words(a);
  const wb = words(b);
  if (wa.some((w) => wb.includes(w))) return true;
  const na = [...(a.name ?? []), ...a.appositive];
  const nb = [...(b.name ?? []), ...b.appositive];
  if (na.some((w) => nb.includes(w))) return true;
  const classes = (m: Mention) => [
    ...(m.head === undefined ? [] : classesOf(m.head)),
    ...(m.head !== undefined && GENERAL_HAPPENINGS.has(m.head) ? HAPPENING_CLASSES : []),
    ...(m.name === undefined ? [] : [LEXFILE.person]),
  ];
  const ca = classes(a);
  const cb = classes(b);
  return ca.some((c) => cb.includes(c));
}

export const disjoint = <T>(x: readonly T[], y: readonly T[]): boolean => x.length > 0 && y.length > 0 && !x.some((v) => y.includes(v));
export const yearOfDay = (d: number): number => new Date(d * 86_400_000).getUTCFullYear();

const labelsDiffer = (x: readonly string[], y: readonly string[]): boolean =>
  x.length > 0 && y.length > 0 && (x.length !== y.length || x.some((l) => !y.includes(l)));

/**
 * Whether two mentions' labels tell them apart. Counts are compared with counts ("2 victims" is "two victims",
 * "three victims" is not) and orders and ages with orders and ages ("second" / "third"). A count against an order
 * keeps two apart ("one officer" / "a second officer", "two victims" / "the third victim"), except a count of
 * several against "other" alone, which may be the same group told from another side ("the two older children" /
 * "Other Children").
 */
function labelsApart(x: readonly string[], y: readonly string[]): boolean {
  const counts = (l: readonly string[]) => l.map(countOf).filter((c) => c !== undefined);
  const orders = (l: readonly string[]) => l.filter((c) => countOf(c) === undefined);
  const [cx, cy, ox, oy] = [counts(x), counts(y), orders(x), orders(y)];
  if (labelsDiffer(cx, cy) || labelsDiffer(ox, oy)) return true;
  const countAgainstOrder = (c: readonly string[], o: readonly string[], co: readonly string[], oc: readonly string[]) =>
    c.length > 0 && co.length === 0 && o.length === 0 && oc.length > 0 && !(oc.every((l) => l === 'other') && !c.includes('1'));
  return countAgainstOrder(cx, ox, cy, oy) || countAgainstOrder(cy, oy, cx, ox);
}

/** Hard blocks: different time anchors, different labels, singular against plural, two variants of one name. */
export function blocked(a: Mention, b: Mention): boolean {
  if (disjoint(a.anchor.years, b.anchor.years)) return true;
  if (disjoint(a.anchor.days, b.anchor.days)) return true;
  if (disjoint(a.anchor.parts, b.anchor.parts)) return true;
  if (a.anchor.days.length > 0 && b.anchor.years.length > 0 && disjoint(b.anchor.years, a.anchor.days.map(yearOfDay))) return true;
  if (b.anchor.days.length > 0 && a.anchor.years.length > 0 && disjoint(a.anchor.years, b.anchor.days.map(yearOfDay))) return true;
  if (labelsApart(a.labels, b.labels)) return true;
  if (a.name !== undefined && b.name !== undefined ? nameVariants(a.name, b.name) : nameVariants(a.proper, b.proper)) return true;
  const pluralA = a.head !== undefined ? a.plural : false;
  const pluralB = b.head !== undefined ? b.plural : false;
  if ((a.head !== undefined || a.name !== undefined) && (b.head !== undefined || b.name !== undefined) && pluralA !== pluralB) {
    return !(happening(a) && happening(b) && !counted(a) && !counted(b));
  }
  return false;
}

/**
 * Words that count a plural without a number, or say its members are distinct: "multiple shootings", "separate
 * attacks" are several happenings, as "two shootings" are (English's closed class of such quantifiers).
 */
const QUANTIFIERS: ReadonlySet<string> = new Set(['multiple', 'many', 'numerous', 'various', 'separate', 'distinct', 'unrelated']);

/** A mention counted or ordered ("two shootings", "the second shooting", "multiple shootings"). */
const counted = (m: Mention): boolean => m.labels.length > 0 || m.modifiers.some((w) => QUANTIFIERS.has(w));

/**
 * A mention whose head names an act or event ("the shooting", "incident"). A plural of one may name one event
 * of several acts ("the Volunteer Parkway shootings", "the killings"), as a plural of people never names one
 * person: unless either side is counted or ordered ("two shootings", "multiple shootings", "the second shooting"), the pair is left
 * to the evidence. The noun's most frequent sense must be the act or event, and none of its senses a person:
 * WordNet also files "casualty" and "escort" (people) and "injury" and "wound" (states of the body) under an
 * event or act, and several of those are never one.
 */
function happening(m: Mention): boolean {
  if (m.head === undefined) return false;
  if (GENERAL_HAPPENINGS.has(m.head)) return true;
  return mainSenseIn(m.head, ACTS_AND_EVENTS) && !classesOf(m.head).includes(LEXFILE.person);
}

const ACTS_AND_EVENTS: readonly number[] = [LEXFILE.act, LEXFILE.event];

/**
 * Two variants of one name pattern: sharing part of their proper-name material
 * and each adding words of its own ("san ramón, costa rica" / "san josé, costa
 * rica"; "David Perkins" / "David Scott") name two things. Names that share
 * nothing are not variants ("Coney Island shooting" / "Brooklyn shootout"
 * place one event at two levels of detail); a misspelling is the same word.
 */
export function nameVariants(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  // A double-barrelled name the other writes apart, its parts side by side ("Armando Rodrigo Garcia-Ramires" /
  // "armando_garcia_ramires"): variants only if they are so in parts too. Not a hyphenated name against one of its
  // parts ("Jean-Pierre" / "Pierre", "Winston-Salem" / "Salem"), which stays as it was.
  if ((writtenApart(a, b) || writtenApart(b, a)) && !nameVariants(a.flatMap(hyphenParts), b.flatMap(hyphenParts))) return false;
  let shared = false;
  let onlyA = false;
  for (const x of a) {
    if (b.some((y) => alikeWords(x, y))) shared = true;
    else onlyA = true;
  }
  if (!shared || !onlyA) return false;
  for (const y of b) if (!a.some((x) => alikeWords(x, y))) return true;
  return false;
}

/** Whether a hyphenated word of `x` is in `y` as its parts, one after another. */
function writtenApart(x: readonly string[], y: readonly string[]): boolean {
  for (const w of x) {
    if (!w.includes('-')) continue;
    const p = hyphenParts(w);
    if (p.length < 2) continue;
    for (let k = 0; k + p.length <= y.length; k++) if (p.every((q, j) => y[k + j] === q)) return true;
  }
  return false;
}
/** A hyphenated word's parts ("garcia-ramires" → garcia, ramires); with a part of one letter, the word closed up ("a-jay" → ajay). */
export const hyphenParts = (w: string): string[] => {
  const split = w.split('-');
  return split.every((p) => p.length >= 2) ? split : [w.replace(/-/g, '')];
};

/** The same word, misspelled, or an initial or abbreviation of it ("A." / "Arley", "Capt" / "Captain"). */
export function alikeWords(x: string, y: string): boolean {
  if (x === y) return true;
  if (x[0] !== y[0] && Math.min(x.length, y.length) < 5) return false;
  return (x.length < y.length ? y.startsWith(x) : x.startsWith(y)) || (Math.min(x.length, y.length) >= 5 && withinEdits(x, y, 1)) || transliterated(x, y);
}

