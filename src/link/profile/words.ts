import { classesOf, irregularBases, LEXFILE, readWord, type WordReading } from '../../lexicon/lexicon';

/**
 * English function words: articles, pronouns, auxiliaries, prepositions and
 * conjunctions. Grammar, not vocabulary: they carry no evidence of which
 * thing a phrase names.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the this that these those his her hers him he she it its their theirs them they our ours my mine your yours ' +
    'of in at on off by for with from to into onto near over under about after before during across around through ' +
    'who whom whose which what where when why how whether if than then there here ' +
    'was were is are be been being am has have had do does did will would can could may might shall should must ' +
    'and or but nor as so not no also just only very any some all each both either neither'
  ).split(' '),
);

/** Ordinal words, and "other": which one of several a phrase names. */
export const ORDINALS: ReadonlySet<string> = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'other', 'another']);
/** Cardinal number words: how many things a plural names, which tells "four victims" from "two victims". */
export const CARDINALS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'both', 'several', 'dozen', 'dozens']);
/** A word that counts or orders what a phrase names ("two", "other", "second"): no part of anyone's name. */
export const isCountWord = (word: string): boolean => ORDINALS.has(word) || CARDINALS.has(word);

/** Words that start a clause or a prepositional phrase after a noun phrase's head. */
export const CLAUSE_STARTS: ReadonlySet<string> = new Set(
  'who whom whose which that where when of in at on off by for with from to into onto near over under during across after before since while outside inside along'.split(
    ' ',
  ),
);

/** Reporting verbs: how a fact reached the article, not what the fact is ("injuries reported", "confirmed death toll"). */
export const REPORT_VERBS: ReadonlySet<string> = new Set(
  'report confirm say state announce tell claim note add according preliminary initial official estimate believe'.split(' '),
);

export interface Token {
  /** Lower-case word. */
  readonly word: string;
  /** As written: the case tells names from common nouns. */
  readonly raw: string;
  /** Starts with a capital letter. */
  readonly capital: boolean;
  /** Position in the phrase. */
  readonly index: number;
}

const MAX_TOKENS = 24;
/** A word token: letters and digits, inner hyphens, apostrophes and dots kept. (Source of both readers below.) */
const TOKEN = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/**
 * Splits a phrase into word tokens: letters and digits, with inner hyphens and
 * apostrophes kept ("22-month-old", "Dolan's"); a possessive "'s" is dropped.
 * Long phrases keep their first MAX_TOKENS words (a subject is a noun phrase).
 */
/**
 * Whether some word is one the lexicon does not know as a noun or a verb: what a name has and a Title Case note of
 * common words ("Police Chief", "Woman Killed") has not.
 */
export function hasUnknownWord(words: readonly string[]): boolean {
  return words.some((w) => readWord(w).noun === undefined && readWord(w).verb === undefined);
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.slice(0, 400).matchAll(TOKEN)) {
    let raw = m[0];
    if (/['’]s$/i.test(raw)) raw = raw.slice(0, -2);
    raw = raw.replace(/[’]/g, "'");
    if (raw === '') continue;
    const first = raw[0]!;
    out.push({ word: raw.toLowerCase(), raw, capital: first !== first.toLowerCase() && first === first.toUpperCase(), index: out.length });
    if (out.length >= MAX_TOKENS) break;
  }
  return out;
}

/** The phrase with the words at these token positions (as `tokenize` counts them) in lower case. */
export function lowerTokens(text: string, indices: ReadonlySet<number>): string {
  let k = 0;
  return text.replace(TOKEN, (m) => (indices.has(k++) ? m.toLowerCase() : m));
}

/** The lemma a content word is compared by: its noun lemma, else its verb's, else the word. */
export function lemmaOf(word: string, irregular = false): string {
  const r = irregular ? readVerbal(word) : readWord(word);
  return r.noun ?? r.verb ?? r.word;
}

/**
 * A word read as in a phrase that names no one (an attribute's name): an irregular past is its verb ("began" →
 * begin, "shot" → shoot) where the lexicon's rules find none.
 */
function readVerbal(word: string): WordReading {
  const r = readWord(word);
  if (r.verb !== undefined) return r;
  const base = irregularBases(word).find((b) => readWord(b).verb === b);
  return base === undefined ? r : { ...r, verb: base };
}

/** Lemmas a word stands for: its noun and verb lemmas and the nouns derived from the verb ("died" → die, death). */
export function lemmasOf(word: string, derived: (verb: string) => readonly string[], irregular = false): string[] {
  const r = irregular ? readVerbal(word) : readWord(word);
  const out = new Set<string>();
  out.add(r.word);
  if (r.noun !== undefined) out.add(r.noun);
  if (r.verb !== undefined) {
    out.add(r.verb);
    for (const n of derived(r.verb)) out.add(n);
  }
  return [...out];
}

/** English's words of quantity and comparison ("at least one", "more than", "others"), besides the count words: they tell how many, not of what. */
const QUANTITY_WORDS: ReadonlySet<string> = new Set(['least', 'most', 'more', 'less', 'fewer', 'many', 'much', 'few', 'others', 'same', 'multiple', 'numerous', 'various', 'total', 'approximately', 'nearly', 'almost']);

/**
 * Adds a text's content words to `out` as lemmas: function words, words of quantity, numbers, words for people
 * ("man", "victim", "officer": what heads compare, and what groups share) and for times left out.
 */
export function contentLemmas(text: string, out: Set<string>): void {
  for (const t of tokenize(text)) {
    // Nor a clock's "a.m." / "p.m.": every time of day has one (a cold review: "words p.m 2.0").
    if (t.word.length < 3 || FUNCTION_WORDS.has(t.word) || QUANTITY_WORDS.has(t.word) || isCountWord(t.word) || /\d/.test(t.word) || /^[ap]\.?m\.?$/.test(t.word)) continue;
    const lemma = lemmaOf(t.word);
    // Words for times ("March", "Sunday", "night") say when, which slots compare; the whole story shares them.
    const classes = classesOf(lemma);
    if (classes.includes(LEXFILE.person) || classes[0] === LEXFILE.time) continue;
    out.add(lemma);
  }
}
