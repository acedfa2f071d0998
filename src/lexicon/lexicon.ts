import { IRREGULAR_PLURALS } from './irregular-plurals-data';
import { IRREGULAR_VERBS } from './irregular-verbs-data';
import { NOUNS, SYNSETS, VERBS } from './wordnet-data';

/**
 * The lexicon the link stage reads head nouns and attribute words with:
 * derived from WordNet 3.1 at build time (scripts/build-lexicon.mjs), parsed
 * on first use. Deterministic and offline; nothing is downloaded.
 */
interface Tables {
  /** Noun lemma → where its senses start in `senses` (they end at a -1). */
  readonly nouns: Map<string, number>;
  /** Synset ids of the noun senses, most frequent sense first, lemma after lemma, each lemma's ended by -1. */
  readonly senses: Int32Array;
  /** Verb lemma → the nouns derivationally related to it, comma-separated ('' when none). */
  readonly verbs: Map<string, string>;
  /** Per synset: its lexicographer file (broad class). */
  readonly lexfile: Uint8Array;
  /** Per synset: start of its hypernyms in `hyper` (and end at start of the next). */
  readonly hyperStart: Int32Array;
  readonly hyper: Int32Array;
  /** Per synset: its antonyms (few synsets have any). */
  readonly antonyms: Map<number, readonly number[]>;
  /** Per synset: the wholes it is a part of ("brow" of "face", "face" of "head"; few synsets have any). */
  readonly wholes: Map<number, readonly number[]>;
}

let tables: Tables | undefined;

const digit36 = (c: number): number => (c <= 57 ? c - 48 : c - 87);

/**
 * Parses the derived tables in one pass over each string, by character codes
 * (no intermediate arrays of substrings): the lexicon is read on first use.
 */
function load(): Tables {
  if (tables !== undefined) return tables;
  const SEMI = 59;
  const COMMA = 44;
  const COLON = 58;
  const BANG = 33;
  const CARET = 94;
  let count = 1;
  for (let i = 0; i < SYNSETS.length; i++) if (SYNSETS.charCodeAt(i) === SEMI) count++;
  const lexfile = new Uint8Array(count);
  const hyperStart = new Int32Array(count + 1);
  const hyperList: number[] = [];
  const antonyms = new Map<number, readonly number[]>();
  const wholes = new Map<number, readonly number[]>();
  let synset = 0;
  let i = 0;
  while (synset < count) {
    lexfile[synset] = digit36(SYNSETS.charCodeAt(i++));
    hyperStart[synset] = hyperList.length;
    let value = -1;
    // 0: hypernyms, 1: antonyms (after '!'), 2: wholes (after '^').
    let list = 0;
    const ants: number[] = [];
    const parts: number[] = [];
    for (; i <= SYNSETS.length; i++) {
      const c = i < SYNSETS.length ? SYNSETS.charCodeAt(i) : SEMI;
      if (c === COMMA || c === SEMI || c === BANG || c === CARET) {
        if (value >= 0) (list === 0 ? hyperList : list === 1 ? ants : parts).push(value);
        value = -1;
        if (c === BANG) list = 1;
        if (c === CARET) list = 2;
        if (c === SEMI) break;
      } else value = (value < 0 ? 0 : value * 36) + digit36(c);
    }
    if (ants.length > 0) antonyms.set(synset, ants);
    if (parts.length > 0) wholes.set(synset, parts);
    i++;
    synset++;
  }
  hyperStart[count] = hyperList.length;
  const nouns = new Map<string, number>();
  const senseList: number[] = [];
  let start = 0;
  for (let k = 0; k <= NOUNS.length; k++) {
    if (k < NOUNS.length && NOUNS.charCodeAt(k) !== SEMI) continue;
    const colon = NOUNS.indexOf(':', start);
    nouns.set(NOUNS.slice(start, colon), senseList.length);
    let value = 0;
    for (let j = colon + 1; j <= k; j++) {
      const c = j < k ? NOUNS.charCodeAt(j) : COMMA;
      if (c === COMMA) {
        senseList.push(value);
        value = 0;
      } else value = value * 36 + digit36(c);
    }
    senseList.push(-1);
    start = k + 1;
  }
  const verbs = new Map<string, string>();
  start = 0;
  for (let k = 0; k <= VERBS.length; k++) {
    if (k < VERBS.length && VERBS.charCodeAt(k) !== SEMI) continue;
    let colon = -1;
    for (let j = start; j < k; j++) {
      if (VERBS.charCodeAt(j) === COLON) {
        colon = j;
        break;
      }
    }
    if (colon < 0) verbs.set(VERBS.slice(start, k), '');
    else verbs.set(VERBS.slice(start, colon), VERBS.slice(colon + 1, k));
    start = k + 1;
  }
  tables = { nouns, senses: Int32Array.from(senseList), verbs, lexfile, hyperStart, hyper: Int32Array.from(hyperList), antonyms, wholes };
  return tables;
}

/** The synsets of a noun lemma, most frequent first. */
function sensesOf(t: Tables, noun: string): number[] | undefined {
  const at = t.nouns.get(noun);
  if (at === undefined) return undefined;
  const out: number[] = [];
  for (let k = at; k < t.senses.length && t.senses[k]! >= 0; k++) out.push(t.senses[k]!);
  return out;
}

// WordNet's morphological rules (morphy): suffix → replacement, tried in order; irregular forms are not kept.
const NOUN_RULES: ReadonlyArray<readonly [string, string]> = [
  ['ses', 's'],
  ['xes', 'x'],
  ['zes', 'z'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['men', 'man'],
  ['ies', 'y'],
  ['s', ''],
];
const VERB_RULES: ReadonlyArray<readonly [string, string]> = [
  ['ies', 'y'],
  ['ied', 'y'],
  ['es', 'e'],
  ['es', ''],
  ['s', ''],
  ['ed', 'e'],
  ['ed', ''],
  ['ing', 'e'],
  ['ing', ''],
];
// British spellings WordNet lists under their American form: tried only when the word itself is unknown.
const SPELLING_RULES: ReadonlyArray<readonly [string, string]> = [
  ['tre', 'ter'],
  ['tres', 'ters'],
  ['our', 'or'],
  ['ours', 'ors'],
  ['ise', 'ize'],
  ['ised', 'ized'],
  ['yse', 'yze'],
  ['ogue', 'og'],
  ['ence', 'ense'],
];

/** A word as the lexicon knows it: its noun lemma (if any), its verb lemma (if any), and whether the noun is plural. */
export interface WordReading {
  readonly word: string;
  readonly noun: string | undefined;
  readonly verb: string | undefined;
  /** The noun lemma differs from the word by a plural ending. */
  readonly plural: boolean;
}

const readings = new Map<string, WordReading>();

/** Reads one lower-case word: lemmas by WordNet's rules, British spelling to American. */
export function readWord(raw: string): WordReading {
  let r = readings.get(raw);
  if (r !== undefined) return r;
  if (!/^[a-z][a-z'-]*$/.test(raw)) {
    // Digits, other scripts, punctuation: not a word the lexicon can know.
    r = { word: raw, noun: undefined, verb: undefined, plural: false };
  } else {
    const t = load();
    r = lemmas(raw, t);
    if (r.noun === undefined && r.verb === undefined) {
      for (const [suffix, repl] of SPELLING_RULES) {
        if (raw.length > suffix.length + 2 && raw.endsWith(suffix)) {
          const american = lemmas(raw.slice(0, raw.length - suffix.length) + repl, t);
          if (american.noun !== undefined || american.verb !== undefined) {
            r = american;
            break;
          }
        }
      }
    }
  }
  if (readings.size > 50_000) readings.clear();
  readings.set(raw, r);
  return r;
}

function lemmas(word: string, t: Tables): WordReading {
  // "men" is a WordNet lemma of its own; the plural of "man" is what a phrase means by it.
  const manPlural = word.length >= 3 && word.endsWith('men') && t.nouns.has(`${word.slice(0, -3)}man`) ? `${word.slice(0, -3)}man` : undefined;
  let direct = manPlural === undefined && t.nouns.has(word) ? word : undefined;
  // A plural WordNet also lists as a noun of its own, for no person ("teens": the years of one's age; "leaders",
  // "marines": a group), is the plural of a noun for people ("teen", "leader") when a phrase says it of people.
  if (direct !== undefined && word.endsWith('s')) {
    const singular = nounLemma(word, t);
    if (singular !== undefined && names(t, singular, LEXFILE.person) && !names(t, word, LEXFILE.person)) direct = undefined;
  }
  const regular = direct ?? manPlural ?? nounLemma(word, t);
  const verb = t.verbs.has(word) ? word : verbLemma(word, t);
  // An irregular plural no rule of inflection finds ("children", "feet", "wives", "criteria"), unless the word is
  // also a form of a verb ("lives", "leaves": "where he lives" asks a place, not lives).
  const irregularSingular = regular === undefined && verb === undefined ? irregularPlural(word) : undefined;
  const noun = regular ?? (irregularSingular !== undefined && t.nouns.has(irregularSingular) ? irregularSingular : undefined);
  return { word, noun, verb, plural: direct === undefined && noun !== undefined };
}

let plurals: Map<string, string> | undefined;

/** The singular of an irregular plural, from a table derived at build time (scripts/build-plurals.mjs). */
function irregularPlural(form: string): string | undefined {
  if (plurals === undefined) {
    plurals = new Map();
    for (const entry of IRREGULAR_PLURALS.split(' ')) {
      const at = entry.indexOf(':');
      plurals.set(entry.slice(0, at), entry.slice(at + 1));
    }
  }
  return plurals.get(form);
}

let irregular: Map<string, readonly string[]> | undefined;

/**
 * The bases an irregular past form or participle comes from ("began": begin; "found": find; "lay": lay, lie), from
 * a table derived at build time (scripts/build-verbs.mjs); empty for any other word. {@link readWord} does not ask
 * it: "Drew", "Won", "Sang" are names as often as pasts; readers of phrases that are no names (attribute names) do.
 */
export function irregularBases(form: string): readonly string[] {
  if (irregular === undefined) {
    irregular = new Map();
    for (const entry of IRREGULAR_VERBS.split(' ')) {
      const at = entry.indexOf(':');
      irregular.set(entry.slice(0, at), entry.slice(at + 1).split(','));
    }
  }
  return irregular.get(form) ?? [];
}

/** Whether one of a noun's senses is in the lexicographer file `file`. */
function names(t: Tables, noun: string, file: number): boolean {
  return sensesOf(t, noun)?.some((x) => t.lexfile[x] === file) ?? false;
}

function nounLemma(word: string, t: Tables): string | undefined {
  for (const [suffix, repl] of NOUN_RULES) {
    if (word.length > suffix.length + 1 && word.endsWith(suffix) && !word.endsWith('ss')) {
      const w = word.slice(0, word.length - suffix.length) + repl;
      if (t.nouns.has(w)) return w;
    }
  }
  return undefined;
}

function verbLemma(word: string, t: Tables): string | undefined {
  for (const [suffix, repl] of VERB_RULES) {
    if (word.length > suffix.length + 1 && word.endsWith(suffix)) {
      const w = word.slice(0, word.length - suffix.length) + repl;
      if (t.verbs.has(w)) return w;
    }
  }
  // A doubled final consonant: "shipped" → "ship", "getting" → "get".
  for (const suffix of ['ed', 'ing']) {
    if (word.endsWith(suffix)) {
      const stem = word.slice(0, word.length - suffix.length);
      if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] && t.verbs.has(stem.slice(0, -1))) return stem.slice(0, -1);
    }
  }
  return undefined;
}

/** Nouns derivationally related to a verb lemma ("die" → "death"). */
export function derivedNouns(verb: string): readonly string[] {
  const d = load().verbs.get(verb);
  return d === undefined || d === '' ? [] : d.split(',');
}

/** Whether the lexicon knows a noun lemma. */
export function isNoun(lemma: string): boolean {
  return load().nouns.has(lemma);
}

/** The broad classes (WordNet lexicographer files) of a noun's senses. */
export function classesOf(noun: string): readonly number[] {
  const t = load();
  const senses = sensesOf(t, noun);
  if (senses === undefined) return [];
  const out: number[] = [];
  for (const s of senses) if (!out.includes(t.lexfile[s]!)) out.push(t.lexfile[s]!);
  return out;
}

/** Lexicographer files (see WordNet's lexnames). */
export const LEXFILE = {
  tops: 3,
  act: 4,
  animal: 5,
  artifact: 6,
  attribute: 7,
  body: 8,
  cognition: 9,
  communication: 10,
  event: 11,
  group: 14,
  location: 15,
  object: 17,
  person: 18,
  phenomenon: 19,
  process: 22,
  quantity: 23,
  state: 26,
  time: 28,
} as const;

/** The noun a word is, when one of its senses is a person ("officer", "wife", "sheriff"; not "squad"). */
export function personNoun(word: string): string | undefined {
  const noun = readWord(word).noun;
  return noun !== undefined && classesOf(noun).includes(LEXFILE.person) ? noun : undefined;
}

/** How two head nouns relate. */
export type HeadRelation = 'same' | 'synonym' | 'hypernym' | 'close' | 'opposite' | 'class' | 'unrelated';

/** How far up the hierarchy an antonym still opposes: "girl" → woman ! man. */
const OPPOSITE_DEPTH = 1;

const MAX_DEPTH = 4;

/** Ancestors of a synset with their distance, up to MAX_DEPTH. */
function ancestors(t: Tables, s: number, depth = MAX_DEPTH): Map<number, number> {
  const out = new Map<number, number>([[s, 0]]);
  let frontier = [s];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: number[] = [];
    for (const x of frontier) {
      for (let k = t.hyperStart[x]!; k < t.hyperStart[x + 1]!; k++) {
        const h = t.hyper[k]!;
        if (!out.has(h)) {
          out.set(h, d);
          next.push(h);
        }
      }
    }
    frontier = next;
  }
  return out;
}

/**
 * The relation of two noun lemmas over their first senses: the same word; a
 * shared synset (synonyms: "quake" / "temblor"); else the shortest path
 * through a common hypernym, each side at most MAX_DEPTH steps up ("sister"
 * → female sibling → kinswoman → relative ← "sibling": 4), `hypernym` when one
 * is an ancestor of the other; else the same broad class ("girl" /
 * "toddler": both persons) or unrelated.
 */
export function relateNouns(a: string, b: string): { relation: HeadRelation; distance: number } {
  if (a === b) return { relation: 'same', distance: 0 };
  const t = load();
  const sa = sensesOf(t, a);
  const sb = sensesOf(t, b);
  if (sa === undefined || sb === undefined) return { relation: 'unrelated', distance: Number.POSITIVE_INFINITY };
  for (const x of sa) if (sb.includes(x)) return { relation: 'synonym', distance: 0 };
  let best: { relation: HeadRelation; distance: number } = { relation: 'unrelated', distance: Number.POSITIVE_INFINITY };
  const ancB = sb.map((s) => ancestors(t, s));
  // The first senses opposed (an antonym within OPPOSITE_DEPTH of each): two different things.
  const near = (anc: Map<number, number>) => [...anc].filter(([, d]) => d <= OPPOSITE_DEPTH).map(([s]) => s);
  const nearA = near(ancestors(t, sa[0]!));
  const nearB = new Set(near(ancB[0]!));
  for (const x of nearA) for (const y of t.antonyms.get(x) ?? []) if (nearB.has(y)) return { relation: 'opposite', distance: Number.POSITIVE_INFINITY };
  for (const x of sa) {
    const ancA = ancestors(t, x);
    for (let j = 0; j < sb.length; j++) {
      for (const [anc, da] of ancA) {
        const db = ancB[j]!.get(anc);
        if (db === undefined) continue;
        const d = da + db;
        const relation: HeadRelation = da === 0 || db === 0 ? 'hypernym' : 'close';
        if (d < best.distance || (d === best.distance && relation === 'hypernym')) best = { relation, distance: d };
      }
    }
  }
  // Ancestors near the top of the hierarchy (entity, physical entity, abstraction) say nothing.
  if (best.relation !== 'unrelated' && best.distance <= MAX_DEPTH + 2) return best;
  const ca = classesOf(a);
  const cb = classesOf(b);
  if (t.lexfile[sa[0]!] === t.lexfile[sb[0]!] || ca.some((c) => cb.includes(c))) return { relation: 'class', distance: MAX_DEPTH * 2 };
  return { relation: 'unrelated', distance: Number.POSITIVE_INFINITY };
}

/** Whether two noun lemmas share a sense ("wound" / "injury"): `relateNouns`'s synonym, without walking the hierarchy. */
export function shareSense(a: string, b: string): boolean {
  if (a === b) return true;
  const t = load();
  const sa = sensesOf(t, a);
  const sb = sensesOf(t, b);
  return sa !== undefined && sb !== undefined && sa.some((x) => sb.includes(x));
}

/**
 * Whether `upper` is `lower` or a kind above it ("gun" over "handgun",
 * "weapon" over "gun"), within `depth` steps (MAX_DEPTH unless told) of `lower`'s senses.
 */
export function isKindOf(lower: string, upper: string, depth = MAX_DEPTH): boolean {
  if (lower === upper) return true;
  const t = load();
  const sl = sensesOf(t, lower);
  const su = sensesOf(t, upper);
  if (sl === undefined || su === undefined) return false;
  for (const s of sl) {
    const anc = ancestors(t, s, depth);
    for (const u of su) if (anc.has(u)) return true;
  }
  return false;
}

/**
 * Whether `lower`'s main sense is `upper`'s main sense or a kind of it within `depth` steps ("killing" / "death",
 * "fatality" / "death"): the main senses only, so a rare sense makes no kind ("casualty", mainly a person, is no
 * death by its rarer sense).
 */
export function isMainKindOf(lower: string, upper: string, depth: number): boolean {
  if (lower === upper) return true;
  const t = load();
  const sl = sensesOf(t, lower);
  const su = sensesOf(t, upper);
  if (sl === undefined || su === undefined) return false;
  return ancestors(t, sl[0]!, depth).has(su[0]!);
}

/** Steps up the hierarchy a part or a whole climbs to inherit a part-of ("kitchen" → room, "house" → building: 1). */
const INHERIT_DEPTH = 2;

/** Steps from a part to a whole it is in, at most ("forehead" → brow → face → head: 3). */
const PART_DEPTH = 6;

/**
 * Whether `part` names a part of what `whole` names, by WordNet's part holonyms over the kept senses of each,
 * a few steps up: "forehead" of "head", "kitchen" of "house", "hand" of "arm"; not "forehead" of "chin".
 * Only wholes that are places count, where a part is a place within the whole: a body or a part of one, a
 * location or natural object, a building or other structure. A part of a thing is not the thing ("hammer" of
 * "gun", "roof" of "car"), nor a part of a time or a measure a place in it ("night" of "day", "inch" of "foot").
 */
export function isPartOf(part: string, whole: string): boolean {
  if (part === whole) return false;
  const t = load();
  if (t.wholes.size === 0) return false;
  const sp = sensesOf(t, part);
  const sw = sensesOf(t, whole);
  if (sp === undefined || sw === undefined) return false;
  // Parts are inherited a few steps down the hierarchy on both sides, from each word's main sense: a room is a part
  // of a building, so a kitchen (a kind of room) is a part of a house (a kind of building). Not from lesser senses
  // ("car" as an elevator's car is no part of a garage). Wholes: the whole's senses, and its main sense's kinds above.
  const wholes = new Set<number>(sw);
  for (const [a, d] of ancestors(t, sw[0]!)) if (d <= INHERIT_DEPTH) wholes.add(a);
  // Parts: the part's senses, and its main sense's kinds above; none that the whole is (no thing is a part of its kind).
  let frontier = sp.filter((s) => !sw.includes(s));
  for (const [a, d] of ancestors(t, sp[0]!)) if (d > 0 && d <= INHERIT_DEPTH && !wholes.has(a) && !frontier.includes(a)) frontier.push(a);
  const seen = new Set<number>(frontier);
  for (let depth = 0; depth < PART_DEPTH && frontier.length > 0; depth++) {
    const next: number[] = [];
    for (const s of frontier) {
      for (const w of t.wholes.get(s) ?? []) {
        if (wholes.has(w) && isPlace(t, w)) return true;
        if (!seen.has(w)) {
          seen.add(w);
          next.push(w);
        }
      }
    }
    frontier = next;
  }
  return false;
}

/** Whether a synset is somewhere a part can be in: a body part, a location or natural object, a structure. */
function isPlace(t: Tables, s: number): boolean {
  const f = t.lexfile[s]!;
  if (f === LEXFILE.body || f === LEXFILE.location || f === LEXFILE.object) return true;
  if (f !== LEXFILE.artifact) return false;
  // "a thing constructed": buildings, rooms, yards; not devices, vehicles or clothes.
  structure ??= sensesOf(t, 'structure')?.[0] ?? -1;
  return structure >= 0 && ancestors(t, s).has(structure);
}
/** The first sense of "structure", looked up once. */
let structure: number | undefined;

/** Steps from a kinship term's main sense up to "relative" at most, and between two kinship terms one a kind of the other ("stepfather" → stepparent → parent → genitor → progenitor → ancestor → relative: 6). */
export const KIN_DEPTH = 8;
/** The sense of "relative" that is a person, looked up once (-1: none). */
let relativeSense: number | undefined;
const kinTerms = new Map<string, boolean>();

/**
 * Whether a noun's main sense is a kinship term: a kind of relative ("mother", "grandson", "aunt", "husband", "brother-in-law";
 * not "relative" itself, "friend", "neighbor" or "girlfriend"). Kinship terms tell one relation between two people,
 * so two of them, neither a kind of the other, are two relations ("mother" / "grandmother").
 */
export function isKinTerm(noun: string): boolean {
  const known = kinTerms.get(noun);
  if (known !== undefined) return known;
  const t = load();
  if (relativeSense === undefined) relativeSense = sensesOf(t, 'relative')?.find((s) => t.lexfile[s] === LEXFILE.person) ?? -1;
  const main = sensesOf(t, noun)?.[0];
  const kin = main !== undefined && relativeSense >= 0 && main !== relativeSense && t.lexfile[main] === LEXFILE.person && ancestors(t, main, KIN_DEPTH).has(relativeSense);
  if (kinTerms.size > 50_000) kinTerms.clear();
  kinTerms.set(noun, kin);
  return kin;
}
