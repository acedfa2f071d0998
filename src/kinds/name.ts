import { HONORIFIC_SEX, type Sex, sexOfGivenName } from '../lexicon/given-names';
import { classesOf, LEXFILE, readWord } from '../lexicon/lexicon';
import { abbreviates, NAME_SUFFIXES, TITLES, fold, hasDigit } from '../normalize/text';
import { withinEdits } from '../util/edit';
import { endingVariant, joinSplitTokens } from './joined';
import { FORMER, otherThan, SUBORDINATE_POST } from './modifiers';
import { splitNameList } from './name-list';
import { isNotGiven } from './placeholders';
import { COMPATIBLE, CONFLICT, type Comparison, incomparable, type KindDefinition, type ParseContext, type ParseResult, type RawScalar, SAME } from './registry';
import { compareConditions } from './condition';

/** A person's or an organisation's name as tokens, titles and honorifics dropped. */
export interface NameValue {
  readonly tokens: readonly string[];
  /** Canonical form: the tokens in written order (`mary marlowe sommer`). */
  readonly key: string;
  /** Tokens written as abbreviations, with a period ("Capt.", "Dept.", "Wm."): each stands for a longer word. */
  readonly abbreviated?: readonly string[];
  /** Written as an acronym: one word of capitals ("NYPD", "N.Y.P.D."). */
  readonly acronym?: true;
  /** The generation a suffix tells ("jr", "sr", "ii", "iii"): "John Smith Jr." is not John Smith Sr. */
  readonly generation?: string;
  /** The person's sex as an honorific tells it ("Mr.", "Mrs.", "Ms."): "Mr. Alvarez" and "Mrs. Alvarez" are two people. */
  readonly sex?: Sex;
  /**
   * The sex a given name of one sex tells (four letters or more, first of one person's name of two to four
   * words: "Daniel Alvarez", "Roberta Harris"). Held only against another given name ("Robert" / "Roberta"),
   * never against an honorific: a table's sex is a likelihood ("Lindsey Graham" is Mr. Graham).
   */
  readonly givenSex?: Sex;
}

/**
 * Given names shorter than this tell no sex: short forms are shared ("Pat" is Patrick's and Patricia's, "Sam"
 * Samuel's and Samantha's) even where the lists give them one.
 */
export const SEXED_NAME_MIN = 4;

/** What joins two names in one value: "and", "&", a comma, a semicolon, a slash. */
const SEVERAL_NAMES = /[,;&/]|\band\b/u;

/** Suffixes that tell a generation, not a degree ("Esq.", "PhD"): father and son share the rest of the name. */
const GENERATIONS: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii']);

/** Abbreviations organisations write after their names ("Police Dept.", "Acme Corp."). */
const ORGANISATION_ABBREVIATIONS = new Set(['dept', 'co', 'corp', 'inc', 'ltd', 'univ', 'assn', 'intl', 'natl', 'bros', 'assoc', 'admin', 'govt']);

const NAME_TOKEN = /[\p{L}\p{N}]+/gu;
/** Capitals only, with or without periods: "NYPD", "N.Y.P.D.", "the FBI", "The FBI". */
const ACRONYM = /^\s*(?:[Tt]he\s+)?(?:\p{Lu}\.?){2,8}\s*$/u;
/** "another woman", "a young boy", "two neighbours": a determiner and a common word describe, they do not name. */
const DESCRIPTION = /^\s*(?:[Aa]n?|[Aa]nother|[Ss]ome|[Ss]everal|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+\p{Ll}/u;

/**
 * How far apart two spellings of one name token may be: one edit from five
 * letters ("Hutchins"/"Hutchens"), two from ten; none below five ("Alec" is
 * not "Alex").
 */
export function spellingTolerance(length: number): number {
  return length >= 10 ? 2 : length >= 5 ? 1 : 0;
}

function tokenMatches(a: string, b: string, abbreviated?: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (abbreviated !== undefined && ((abbreviated.has(a) && abbreviates(a, b)) || (abbreviated.has(b) && abbreviates(b, a)))) return true;
  // An initial stands for any name that starts with it: "J." / "John".
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  if (hasDigit(a) || hasDigit(b)) return false;
  const tol = spellingTolerance(Math.min(a.length, b.length));
  return tol > 0 && withinEdits(a, b, tol);
}

/**
 * Every token of `small` matches a different token of `large` (exactly, as an
 * initial, or as a close spelling). Greedy in order of exactness, which is
 * enough for names of a few tokens.
 */
function covers(large: readonly string[], small: readonly string[], abbreviated?: ReadonlySet<string>): boolean {
  const used = new Array<boolean>(large.length).fill(false);
  const pending: string[] = [];
  for (const t of small) {
    const exact = large.findIndex((x, i) => !used[i] && x === t);
    if (exact >= 0) used[exact] = true;
    else pending.push(t);
  }
  for (const t of pending) {
    const loose = large.findIndex((x, i) => !used[i] && tokenMatches(x, t, abbreviated));
    if (loose < 0) return false;
    used[loose] = true;
  }
  return true;
}

/**
 * Reads a name: drops leading titles ("Judge", "Dr."), trailing suffixes
 * ("Jr."), and turns "Knuth, Donald E." into "donald e knuth".
 *
 * @example
 * parseName('Judge Mary Marlowe Sommer').value.key; //=> 'mary marlowe sommer'
 */
export function parseName(raw: RawScalar, ctx?: ParseContext): ParseResult<NameValue> {
  if (typeof raw !== 'string') return { ok: false, reason: 'a name must be text' };
  if (DESCRIPTION.test(raw)) return { ok: false, reason: `"${raw.trim()}" describes someone rather than naming them` };
  if (isNotGiven(raw)) return { ok: false, reason: `"${raw.trim()}" says the name was not given` };
  if (personNoun(raw)) return { ok: false, reason: `"${raw.trim()}" says who someone is to the story, not their name` };
  // A name and a clause about its bearer ("Marcus Tillery, who was arrested Sunday"): the name.
  const clause = RELATIVE_CLAUSE.exec(raw);
  let text = fold(clause === null ? raw : raw.slice(0, clause.index));
  if (text.length > 300) return { ok: false, reason: 'too long to be a name' };
  const aliased = ctx?.alias?.(text);
  if (aliased !== undefined) text = aliased;
  // "Knuth, Donald E." → "Donald E. Knuth" when the part before the one comma is a single word.
  const comma = text.split(',');
  if (comma.length === 2 && !/\s/.test(comma[0]!.trim()) && comma[1]!.trim() !== '' && !NAME_SUFFIXES.has(comma[1]!.trim().replace(/\./g, ''))) {
    text = `${comma[1]} ${comma[0]}`;
  }
  const stripped = text.replace(/['’]s\b/g, '');
  const words: string[] = [];
  const written: string[] = [];
  for (const m of stripped.matchAll(NAME_TOKEN)) {
    // A clause is no name ("Selling Narcotics Earlier That Day", "shot by the man who was arrested"); an acronym in
    // capitals may be ("WHO").
    if (CLAUSE_WORDS.has(m[0]) && !ALL_CAPS.test(raw.trim())) return { ok: false, reason: `"${raw.trim()}" is a phrase, not a name` };
    words.push(m[0]);
    // A period that ends the whole value may end a sentence ("Tom Dunn."): there, only a title's or an
    // organisation's usual abbreviation ("police Capt.", "Police Dept.") or a value of one word counts.
    const after = m.index + m[0].length;
    const ends = stripped.slice(after + 1).trim() === '';
    const w = m[0];
    if (stripped[after] === '.' && w.length >= 2 && w.length <= 5 && !hasDigit(w) && (!ends || m.index === 0 || TITLES.has(w) || ORGANISATION_ABBREVIATIONS.has(w))) written.push(w);
  }
  let start = 0;
  let sex: Sex | undefined;
  // Several people ("Mr. and Mrs. Smith", "John Smith and Mary Jones") tell no one's sex.
  const several = SEVERAL_NAMES.test(stripped);
  while (start < words.length - 1 && (TITLES.has(words[start]!) || words[start] === 'the')) {
    if (!several) sex ??= HONORIFIC_SEX.get(words[start]!);
    start++;
  }
  let end = words.length;
  let generation: string | undefined;
  while (end > start + 1 && NAME_SUFFIXES.has(words[end - 1]!)) {
    if (GENERATIONS.has(words[end - 1]!)) generation ??= words[end - 1]!;
    end--;
  }
  const tokens = words.slice(start, end);
  if (tokens.length === 0) return { ok: false, reason: `"${raw}" holds no name` };
  const abbreviated = written.filter((w) => tokens.includes(w));
  // The generation stays in the key: "Jr." and "Sr." are two positions, which compare as two people.
  // An honorific's sex stays in the key, as "mr" or "ms": "Mr. Alvarez" and "Mrs. Alvarez" are two positions.
  const honorific = sex === undefined ? '' : sex === 'm' ? 'mr ' : 'ms ';
  // A given name tells the sex of one person's name only: not of a list ("John Smith and Mary Jones").
  const givenSex = tokens.length >= 2 && tokens.length <= 4 && tokens[0]!.length >= SEXED_NAME_MIN && !several ? sexOfGivenName(tokens[0]!) : undefined;
  const value: { tokens: string[]; key: string; abbreviated?: string[]; acronym?: true; generation?: string; sex?: Sex; givenSex?: Sex } = {
    tokens,
    key: `${honorific}${tokens.join(' ')}${generation === undefined ? '' : ` ${generation}`}`,
  };
  if (abbreviated.length > 0) value.abbreviated = abbreviated;
  if (ACRONYM.test(raw)) value.acronym = true;
  if (generation !== undefined) value.generation = generation;
  if (sex !== undefined) value.sex = sex;
  if (givenSex !== undefined) value.givenSex = givenSex;
  return { ok: true, value };
}

/** Every token of `small` matches a different token of `large`, counting tokens with the same start as matching. */
function coversLoosely(large: readonly string[], small: readonly string[]): boolean {
  const used = new Array<boolean>(large.length).fill(false);
  for (const t of small) {
    const k = large.findIndex((x, i) => !used[i] && (tokenMatches(x, t) || endingVariant(x, t)));
    if (k < 0) return false;
    used[k] = true;
  }
  return true;
}

/**
 * Names agree when one's tokens all appear in the other ("Sommer" / "Mary
 * Marlowe Sommer"), allowing initials ("A.D. Sansom" / "Arley Sansom"),
 * abbreviations ("police Capt." / "police Captain"), close
 * spellings and words joined or split ("GoLo" / "Go Lo"); tokens that differ
 * only by a short ending ("Southwest" / "Southwestern Christian College") may
 * be one name misspelt or two names, so crosscheck does not decide
 * (incomparable); otherwise they are different people.
 */
export function compareNames(a: NameValue, b: NameValue): Comparison {
  if (a.key === b.key) return SAME;
  // A man and a woman: "Mr. Alvarez" / "Mrs. Alvarez", "Robert Harris" / "Roberta Harris".
  if (a.sex !== undefined && b.sex !== undefined && a.sex !== b.sex) return CONFLICT;
  if (a.givenSex !== undefined && b.givenSex !== undefined && a.givenSex !== b.givenSex) return CONFLICT;
  const people = compareNameTokens(a, b);
  // The same words, one with an honorific ("Mr. Smith" / "Smith"): the honorific only makes it more precise.
  const oneTold = (a.sex === undefined) !== (b.sex === undefined);
  if (a.generation === b.generation || people.relation === 'conflict') return oneTold && people.relation === 'same' ? COMPATIBLE : people;
  // Father and son ("Jr." / "Sr.", "II" / "III"; a "Jr." may be written "II"); a generation one name leaves out
  // only makes the other more precise.
  if (a.generation === undefined || b.generation === undefined) return people.relation === 'same' ? COMPATIBLE : people;
  const pair = [a.generation, b.generation].sort().join(' ');
  return pair === 'ii jr' ? people : CONFLICT;
}

function compareNameTokens(a: NameValue, b: NameValue): Comparison {
  if (a.tokens.length === b.tokens.length && a.tokens.every((t, i) => t === b.tokens[i])) return SAME;
  const [ta, tb] = joinSplitTokens(a.tokens, b.tokens);
  const [small, large] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  const abbreviated = a.abbreviated === undefined && b.abbreviated === undefined ? undefined : new Set([...(a.abbreviated ?? []), ...(b.abbreviated ?? [])]);
  if (covers(large, small, abbreviated)) {
    // A post in Title Case, every word a common one ("Former Student" / "Student", "Assistant District Attorney" /
    // "District Attorney"): a word that makes the longer something other than the shorter leaves them untold, as in
    // free text. Not in a person's name ("Former President Obama" / "President Obama").
    const other = otherThan(large, small);
    if (other !== undefined && [...large, ...small].every(commonWord)) return other === 'privative' ? FORMER : SUBORDINATE_POST;
    return small.length === large.length && small.every((t, i) => t === large[i]) ? SAME : COMPATIBLE;
  }
  if (coversLoosely(large, small)) return SPELLING;
  // The shorter name written in capitals may be the longer one's acronym.
  // So may a word of it written with a period ("Pfc." / "Private First Class").
  const shorter = ta.length <= tb.length ? a : b;
  const acronym = shorter.acronym === true || (small.length === 1 && shorter.abbreviated?.includes(small[0]!) === true) ? acronymOf(small, large) : undefined;
  if (acronym !== undefined) return acronym;
  if (shortForm(ta, tb)) return SHORT_FORM;
  return CONFLICT;
}

const SHORT_FORM = incomparable('a given name is the start of the other, which may be its short form ("Chris" / "Christopher") or another name');

/**
 * Two names alike but for a given name that starts the other, three letters or more: "Chris Doyle" /
 * "Christopher Doyle", "Ben Castillo" / "Benjamin Castillo" (a short form, or another person: "Eric" / "Erica").
 */
function shortForm(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length < 2) return false;
  let differ = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (differ >= 0) return false;
    differ = i;
  }
  if (differ < 0 || differ === a.length - 1) return false;
  const [x, y] = a[differ]!.length <= b[differ]!.length ? [a[differ]!, b[differ]!] : [b[differ]!, a[differ]!];
  return x.length >= 3 && y.startsWith(x);
}

/** Words an acronym skips ("Federal Bureau of Investigation" → FBI). */
const ACRONYM_SKIPS = new Set(['of', 'the', 'and', 'for', 'de', 'del', 'la', 'le']);

const ONE_WORD_MORE = incomparable('one is written as an acronym with a letter the other name does not spell out, which may be a word it leaves out or another name');

/**
 * A name written in capitals as the initials of another of three words or more ("NYPD" / "New York
 * Police Department", "FBI" / "Federal Bureau of Investigation"): the same name. An acronym with one
 * letter more than the initials ("IMPD" / "Indianapolis Police Department", whose acronym spells
 * "Metropolitan" too; or "NYPD" / "Newark Police Department") may be the name with a word left out or
 * another name: incomparable. A person's name is no acronym's: two words ("TIM" / "Tom Miller") or a
 * middle initial ("TOM" / "Thomas O. Miller") rule it out.
 */
function acronymOf(small: readonly string[], large: readonly string[]): Comparison | undefined {
  if (small.length !== 1) return undefined;
  const acronym = small[0]!;
  if (acronym.length < 3 || acronym.length > 8 || !/^\p{L}+$/u.test(acronym)) return undefined;
  const words = large.filter((w) => !ACRONYM_SKIPS.has(w));
  if (words.length < 3 || words.some((w) => w.length === 1)) return undefined;
  const initials = words.map((w) => w[0]).join('');
  if (acronym === initials) return COMPATIBLE;
  if (acronym.length !== initials.length + 1 || acronym[0] !== initials[0] || acronym.at(-1) !== initials.at(-1)) return undefined;
  let k = 0;
  for (let i = 0; i < acronym.length && k < initials.length; i++) if (acronym[i] === initials[k]) k++;
  return k === initials.length ? ONE_WORD_MORE : undefined;
}

const SPELLING = incomparable('they differ by the ending of a word, which may be one name spelt two ways or two names');

const CAPITALIZED_NAME = /^(?:(?:mr|mrs|ms|dr|judge|sir)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}$/u;

/** Words that make a capitalised phrase a phrase, not a name ("Shot Before Trailer Torched", "Killed By Police"). */
const PHRASE_WORDS: ReadonlySet<string> = new Set(
  'a an the before after by with from into onto over under during since until while when because if than then at in on to for of and or but was were is are has had not no that which who where between among against about through earlier later'.split(' '),
);

/** A comma, then a relative clause. */
const RELATIVE_CLAUSE = /,\s*(?:who|whom|whose|which|that)\s/iu;
const ALL_CAPS = /^[^\p{Ll}]+$/u;

/** Words of a clause, which no name holds (unlike "of", "the", "and": "Bank of America", "Procter & Gamble"). */
const CLAUSE_WORDS: ReadonlySet<string> = new Set('that which who whom whose where when because while was were is are has had earlier later'.split(' '));

/**
 * Whether a capitalised value reads as a name: not when it has a word that makes it a phrase, nor an inflected
 * verb that is no noun ("Died", "Torched", "Injured"; the Title Case of a note, not a name), by the lexicon.
 */
function mayBeName(text: string): boolean {
  for (const raw of text.split(/\s+/u)) {
    const w = raw.toLowerCase().replace(/[.'’]+$/u, '');
    if (PHRASE_WORDS.has(w)) return false;
    if (w.length < 4 || !/^\p{L}+$/u.test(w)) continue;
    const r = readWord(w);
    if (r.noun === undefined && r.verb !== undefined && inflects(r.verb, w)) return false;
  }
  return true;
}

/**
 * A value that tells someone by a relation to a name ("Heike Poike's daughter", "mother of the baby, daughter of Heike
 * Poike"), or a value in lower case that ends in a common noun for a person, no word of it a given name: "mother", "the girl's
 * father", "estranged husband", "store clerk" say what someone is (to someone), as an attribute like
 * "relationship_to_victim" asks; they are not names. Names are written with capitals; one written all in lower
 * case whose last word is such a noun ("smith", "baker") is read as what it says: untold against another.
 */
function personNoun(raw: string): boolean {
  // Someone told by a relation to a name: "Heike Poike's daughter", "mother of the baby, daughter of Heike Poike" —
  // a possessive before a word in lower case, or a first word in lower case that is a noun for a person.
  if (/['’]s\s+\p{Ll}/u.test(raw)) return true;
  const first = /^\s*(\p{Ll}+)\s+of\s/u.exec(raw)?.[1];
  if (first !== undefined && sexOfGivenName(first) === undefined) {
    const noun = readWord(first).noun;
    if (noun !== undefined && classesOf(noun).includes(LEXFILE.person)) return true;
  }
  if (/\p{Lu}/u.test(raw)) return false;
  const words = raw.toLowerCase().match(/\p{L}+(?:['’-]\p{L}+)*/gu);
  if (words === null) return false;
  const last = words.at(-1)!.replace(/['’]s$/u, '');
  // "ex-girlfriend", "step-son": the last part, where the whole is no word.
  const noun = readWord(last).noun ?? readWord(last.slice(last.lastIndexOf('-') + 1)).noun;
  return noun !== undefined && classesOf(noun)[0] === LEXFILE.person && words.every((w) => sexOfGivenName(w) === undefined);
}

/** A word of the language, no given name: "district", "attorney"; not "kamala", "harris", "john". */
function commonWord(token: string): boolean {
  const r = readWord(token);
  return (r.noun !== undefined || r.verb !== undefined) && sexOfGivenName(token) === undefined;
}

/** One vowel then one consonant ending a one-syllable verb: its final consonant doubles ("jar" → "jarred"). */
const DOUBLING = /^[^aeiou]*[aeiou][^aeiouwxy]$/u;

/**
 * Whether a word is a verb's past form as English spells it, what a note in Title Case says ("Died", "Torched",
 * "Stabbed"); not a name the lexicon's suffix rules read as one ("Jared" is no "jarred", "Fareed" no "fared"), nor
 * a name that is another form ("Manning", "Bates", "James").
 */
function inflects(verb: string, word: string): boolean {
  const doubled = DOUBLING.test(verb) ? verb + verb.at(-1)! : verb;
  return word === (verb.endsWith('e') ? `${verb}d` : /[^aeiou]y$/u.test(verb) ? `${verb.slice(0, -1)}ied` : `${doubled}ed`);
}

export const nameKind: KindDefinition<NameValue> = {
  kind: 'name',
  conflictCode: 'name_mismatch',
  conflictSeverity: 'high',
  contextual: false,
  hints: [
    'name', 'judge', 'lawyer', 'attorney', 'director', 'author', 'suspect', 'shooter', 'spokesperson',
    'spokesman', 'spokeswoman', 'ceo', 'founder', 'spouse', 'wife', 'husband', 'brother', 'sister',
    'father', 'mother', 'prosecutor', 'armorer', 'armourer', 'who', 'by', 'victim', 'gunman', 'officer', 'chief',
  ],
  // The people who made a work: every one of them is named, so a list that misses one or adds one is another list.
  roles: { authors: ['author', 'coauthor', 'writer', 'inventor', 'composer', 'creator'] },
  detect: (raw) => (typeof raw === 'string' && CAPITALIZED_NAME.test(raw.trim()) && mayBeName(raw.trim()) ? 0.3 : 0),
  parse: (raw, ctx) => parseName(raw, ctx),
  split: (raw, ctx) => (ctx.role === 'authors' && typeof raw === 'string' ? splitNameList(raw) : undefined),
  // A patient's condition in a note in Title Case reads as a name ("Critical Condition"): compared on the hospitals' scale.
  compare: (a, b) => compareConditions(a.key, b.key) ?? compareNames(a, b),
  normalize: (v) => v.key,
  specificity: (v) => v.tokens.length + v.tokens.filter((t) => t.length > 1).length * 0.1,
};
