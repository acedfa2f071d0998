import { readWord } from '../lexicon/lexicon';
import { abbreviates, fold, stem } from '../normalize/text';
import { compareConditions } from './condition';
import { joinSplitTokens } from './joined';
import { FORMER, otherThan, SUBORDINATE_POST } from './modifiers';
import { SMALL } from './numeric';
import { withinEdits } from '../util/edit';
import {
  COMPATIBLE,
  CONFLICT,
  type CompareContext,
  type Comparison,
  incomparable,
  type KindDefinition,
  type Lexicon,
  type ParseContext,
  type ParseResult,
  type RawScalar,
  SAME,
} from './registry';

/** Free text, folded, with its content words and their stems for subset tests. */
export interface TextValue {
  /** Canonical form: folded words without articles (`navy blue blazer`). */
  readonly key: string;
  /** The words that carry content, as written (folded): no articles, no negations. */
  readonly words: readonly string[];
  readonly stems: readonly string[];
  /** Says "not", "no", "never", "n't": agreement needs the same polarity. */
  readonly negative: boolean;
  /**
   * For each negation, the content words it governs (the next few words of its clause, as written, folded):
   * "two men who are not from New Orleans" → [["new", "orleans"]]. Empty for a text without negations.
   */
  readonly scopes: readonly (readonly string[])[];
  /**
   * Words written as abbreviations, which may stand for a longer word of another text ("Sgt." sergeant, "Det."
   * detective) or for a run of its words by their initials ("PD" police department, "Pfc." private first class).
   * Absent when there are none.
   */
  readonly abbreviated?: readonly string[];
  /**
   * Read under an attribute that asks a relationship ("relationship_to_victim"): kinship terms are then one relation to
   * one person, and two of them conflict ("mother" / "grandmother"); elsewhere one person is many relatives at once.
   */
  readonly relation?: true;
  /**
   * Whose relative a kinship term tells, as written: possessives ("the suspect's mother": suspect), possessive
   * determiners ("her grandson": her) and the words after "of" ("grandson of Heike Poike": heike, poike).
   */
  readonly anchors?: readonly string[];
}

/**
 * A word, or a mark that ends a clause: a comma, a colon, a bracket, a dash (folded to a spaced "-"), not a full
 * stop, which also ends "U.S." and "St.".
 */
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[,;:!?()]|(?<=\s)-(?=\s)/gu;
const BREAK = /^[,;:!?()-]$/;
const ARTICLES = new Set(['a', 'an', 'the']);
/** Words that say whose ("her grandson"): the anchors of a kinship term. */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);
// "non" stands alone once a hyphen has split "non-life-threatening".
const NEGATIONS = new Set(['not', 'no', 'non', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', 'cannot']);

/**
 * Reads free text: folded, articles dropped.
 *
 * @example
 * parseText('a Navy Blue  blazer').value.key; //=> 'navy blue blazer'
 */
export function parseText(raw: RawScalar, ctx?: ParseContext): ParseResult<TextValue> {
  let text = fold(String(raw));
  const aliased = ctx?.alias?.(text);
  if (aliased !== undefined) text = aliased;
  // Clause punctuation kept as its own token: a negation's reach ends there ("who was not injured, was arrested").
  // A token glued to the next by a hyphen ("non-life-threatening") is marked, for a negation's reach.
  // The two characters after each token, for a hyphen's glue and an abbreviation's period.
  const tokens: string[] = [];
  const glued: boolean[] = [];
  const next: string[] = [];
  // Articles are dropped, but not one that ends the value: "Wing A", "Plan A", a blood type "A" name a letter, no
  // article (a second cold review: "Wing A" / "Wing B" agreed as "wing" / "wing b").
  const matches = [...text.matchAll(TOKEN)];
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    if (ARTICLES.has(m[0]) && k < matches.length - 1) continue;
    const end = m.index + m[0].length;
    tokens.push(m[0]);
    next.push(text.slice(end, end + 2));
    glued.push(text[end] === '-' && /[\p{L}\p{N}]/u.test(text[end + 1] ?? ''));
  }
  const all = tokens.filter((w) => !BREAK.test(w));
  if (all.length === 0) return { ok: false, reason: `"${String(raw)}" holds no words` };
  let negative = false;
  const words: string[] = [];
  const scopes: string[][] = [];
  const anchors: string[] = [];
  let after = false;
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k]!;
    if (BREAK.test(w)) {
      after = false;
      continue;
    }
    if (NEGATIONS.has(w) || /n['’]t$/.test(w)) {
      negative = !negative;
      scopes.push(scopeOf(tokens, glued, k));
    } else {
      words.push(w.replace(/['’].*$/, ''));
      if (/['’]s$/u.test(w) || POSSESSIVE_DETERMINERS.has(w) || (after && w !== 'of')) anchors.push(words.at(-1)!);
      if (w === 'of') after = true;
    }
  }
  const abbreviated = abbreviationsIn(String(raw), tokens, next, words);
  const value: { -readonly [K in keyof TextValue]: TextValue[K] } = { key: all.join(' '), words, stems: words.map(stem), negative, scopes };
  if (abbreviated.length > 0) value.abbreviated = abbreviated;
  if (ctx?.role === 'relation') value.relation = true;
  if (anchors.length > 0) value.anchors = anchors;
  return { ok: true, value };
}

/** Two to five letters, as abbreviations are written. */
const SHORT_WORD = /^\p{L}{2,5}$/u;
/** A word of two to five capitals in the text as written ("PD", "DA"). */
const CAPITALS = /(?<!\p{L})\p{Lu}{2,5}(?!\p{L})/gu;

/**
 * The words of a text written as abbreviations, two to five letters: no word the lexicon knows ("Sgt.", "Det."; not
 * "son." ending a sentence) followed by a period, in capitals or without a vowel ("cpl"); a word in capitals among
 * words in lower case ("Dayton PD"); a text of one word with a period ("Pfc."). Not glued to a number by a hyphen
 * ("AR-15", "AK-47": a model, not initials).
 */
function abbreviationsIn(raw: string, tokens: readonly string[], next: readonly string[], words: readonly string[]): string[] {
  const out = new Set<string>();
  const capitals = new Set<string>();
  for (const m of raw.matchAll(CAPITALS)) capitals.add(m[0].toLowerCase());
  // Capitals among lower case are written so, even where they spell a word ("Dayton PD"); all capitals say nothing.
  const mixed = capitals.size > 0 && /\p{Ll}/u.test(raw);
  const content = new Set(words);
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k]!;
    if (!SHORT_WORD.test(w) || out.has(w) || !content.has(w)) continue;
    const after = next[k]!;
    if (after[0] === '-' && /\d/u.test(after[1] ?? '')) continue;
    const period = after[0] === '.';
    const { noun, verb } = readWord(w);
    const unknown = noun === undefined && verb === undefined;
    if ((unknown && (period || capitals.has(w) || !/[aeiouy]/u.test(w))) || (period && words.length === 1) || (capitals.has(w) && mixed)) out.add(w);
  }
  return [...out];
}

/**
 * A text with each abbreviation the other text spells out written out: the one longer word of the other it abbreviates
 * ("sgt" / "sergeant"), else a run of the other's words its letters begin ("pd" / "police department"). The text
 * itself when nothing is written out, or either text has more than twelve words (titles are short).
 */
function spelledOut(v: TextValue, other: readonly string[]): TextValue {
  if (v.abbreviated === undefined || v.words.length > LEXICAL || other.length > LEXICAL) return v;
  let words: string[] | undefined;
  for (let k = v.words.length - 1; k >= 0; k--) {
    const w = v.words[k]!;
    if (!v.abbreviated.includes(w) || other.includes(w)) continue;
    // A word it begins ("det" detective, "capt" captain) or a contraction that keeps its last letter ("sgt" sergeant,
    // "cpl" corporal; not "cpl" chaplain).
    const longer = [...new Set(other.filter((x) => abbreviates(w, x) && (x.startsWith(w) || x.at(-1) === w.at(-1))))];
    let full: readonly string[] | undefined = longer.length === 1 ? longer : undefined;
    if (full === undefined && longer.length === 0) {
      for (let i = 0; i + w.length <= other.length && full === undefined; i++) {
        const run = other.slice(i, i + w.length);
        if (run.every((x, j) => x[0] === w[j] && x.length > 1)) full = run;
      }
    }
    if (full === undefined) continue;
    words ??= [...v.words];
    words.splice(k, 1, ...full);
  }
  return words === undefined ? v : { ...v, words, stems: words.map(stem) };
}

/** Words a negation reaches at most, and the words that end its reach (a new clause). */
const SCOPE = 4;
const CLAUSE = new Set([
  'who', 'whom', 'whose', 'which', 'that', 'where', 'when', 'while', 'because', 'and', 'but', 'or', 'after', 'before', 'until',
  // A question the negation leaves open: "police did not say what led to the shooting".
  'what', 'why', 'how', 'whether', 'if',
]);
/** Words that carry no content of their own: what a negation governs is the rest. */
const FUNCTION_WORDS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'has', 'have', 'had', 'will', 'would',
  'can', 'could', 'should', 'may', 'might', 'must', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'as',
  'yet', 'immediately', 'also', 'even', 'one',
]);

/**
 * The content words the negation at `at` governs: up to four words, to the end of its clause or sentence. A
 * negation glued to a word by a hyphen governs only the words glued after it ("non-fatal gunshot wound" denies
 * "fatal", not the wound; "non-life-threatening injuries" denies "life threatening"), and one before an adverb in
 * -ly and the word it grades only the adverb ("not seriously injured" says injured, not seriously).
 */
function scopeOf(tokens: readonly string[], glued: readonly boolean[], at: number): string[] {
  const out: string[] = [];
  let from = at + 1;
  if (glued[at] === true) {
    // As far as the glued words go, at most as far as a negation reaches, and not past another negation.
    let k = at + 1;
    for (; k < tokens.length && k <= at + SCOPE && !NEGATIONS.has(tokens[k]!); k++) {
      if (!FUNCTION_WORDS.has(tokens[k]!)) out.push(tokens[k]!.replace(/['’].*$/, ''));
      if (glued[k] !== true) break;
    }
    if (out.length > 0) return out;
    // Glued to a word of no content ("no-one was hurt"): it reaches on as if written apart.
    from = k + 1;
  }
  for (let k = from; k < tokens.length && k < from + SCOPE; k++) {
    const w = tokens[k]!;
    if (BREAK.test(w) || CLAUSE.has(w) || NEGATIONS.has(w)) break;
    if (FUNCTION_WORDS.has(w)) continue;
    out.push(w.replace(/['’].*$/, ''));
    if (out.length === 1 && gradesNext(w, tokens[k + 1])) break;
  }
  return out;
}

/**
 * Adverbs of degree that grade how bad something was, a closed class of the language: after "not" they are what is
 * denied ("not seriously injured" was injured). Others are not: "not previously known", "not formally charged" deny
 * being known, being charged.
 */
const DEGREE = new Set(['seriously', 'critically', 'badly', 'severely', 'gravely', 'fatally', 'mortally', 'slightly', 'lightly', 'moderately', 'superficially', 'minimally']);

/** An adverb of degree right before a content word it grades ("seriously injured", "critically wounded"). */
function gradesNext(w: string, next: string | undefined): boolean {
  return DEGREE.has(w) && next !== undefined && !BREAK.test(next) && !CLAUSE.has(next) && !FUNCTION_WORDS.has(next) && !NEGATIONS.has(next);
}

/** Longest a stem may run past another it starts with and still be its word: "injur" / "injury", "fle" / "fled". */
const INFLECTION = 2;

/**
 * `w` and `x` may name one thing, for a negation's reach: the same stem, one stem an inflection of the other
 * ("injured" / "injuries", "flee" / "fled"), a closed compound ending in the other ("gun" / "handgun",
 * "belt" / "seatbelt"), or words a lexicon relates ("weapon" / "pistol", "fire" / "blaze").
 */
function mayName(w: string, x: string, lexicon: Lexicon | undefined): boolean {
  const sw = stem(w);
  const sx = stem(x);
  if (sw === sx) return true;
  const [short, long] = sw.length <= sx.length ? [sw, sx] : [sx, sw];
  if (short.length >= 3 && long.startsWith(short) && long.length - short.length <= INFLECTION) return true;
  const [a, b] = w.length <= x.length ? [w, x] : [x, w];
  if (a.length >= 3 && b.length <= COMPOUND && b.length - a.length >= 3 && b.endsWith(a)) return true;
  if (lexicon === undefined) return false;
  const r = lexicon.relate(w, x);
  return r === 'same' || r === 'broader' || r === 'narrower';
}

/**
 * Each negation of `v` governs words that `other` does not say at all, in any
 * form: it denies a detail the other text leaves out ("an argument between two
 * men who are not from New Orleans" / "an argument between two men"), not what
 * the other text asserts ("no injuries" / "one person was injured", "no gun" /
 * "a handgun"). A negation that governs nothing it can name never passes.
 */
function deniesOnlyDetail(v: TextValue, other: readonly string[], lexicon: Lexicon | undefined): boolean {
  const ask = lexicon !== undefined && other.length <= LEXICAL && v.scopes.reduce((n, s) => n + s.length, 0) <= LEXICAL ? lexicon : undefined;
  return v.scopes.every((scope) => scope.length > 0 && scope.every((s) => !other.some((x) => mayName(s, x, ask))));
}

/**
 * "unclear" says "not clear": a word made of a negating prefix and a word the
 * other text uses (in any form: "unrelated" / "no relation") is that word, negated. Returns the words and polarity with
 * such words unfolded, or the input when there are none.
 */
const NEGATED_PREFIX = /^(?:un|non)-?(\p{L}{3,})$/u;

function unfoldPrefixes(v: TextValue, other: ReadonlySet<string>): { words: readonly string[]; negative: boolean } {
  let negative = v.negative;
  let changed = false;
  const words = v.words.map((w) => {
    const m = NEGATED_PREFIX.exec(w);
    // The word itself, or another form of it ("unrelated" / "no relation").
    if (m === null || !other.has(stem(m[1]!))) return w;
    negative = !negative;
    changed = true;
    return m[1]!;
  });
  return changed ? { words, negative } : v;
}

/** Longest word whose endings are indexed as compound heads, and most words a lexicon is asked about (meaning, not documents). */
const COMPOUND = 24;
const LEXICAL = 12;

/** The stems of a text's words, and the endings of its closed compounds ("handgun" ends in "gun"). */
function index(words: readonly string[]): { stems: Set<string>; heads: Set<string> } {
  const stems = new Set<string>();
  const heads = new Set<string>();
  for (const x of words) {
    stems.add(stem(x));
    if (x.length <= COMPOUND) for (let k = 3; k <= x.length - 3; k++) heads.add(x.slice(k));
  }
  return { stems, heads };
}

/**
 * Every word of `small` has a word in `large`: the same stem, a closed
 * compound that ends in it ("handgun" is a gun; with `kin`, a relationship, not a
 * kinship term the lexicon calls another: "grandmother"), or a word the lexicon
 * says it names or includes ("fire" / "blaze", "gun" / "pistol").
 */
function covers(large: readonly string[], small: readonly string[], lexicon: Lexicon | undefined, kin = false): boolean {
  const { stems, heads } = index(large);
  const ask = lexicon !== undefined && large.length <= LEXICAL && small.length <= LEXICAL;
  for (const w of small) {
    if (stems.has(stem(w))) continue;
    // A closed compound is a kind of its last word ("handgun" a gun), but as a relationship a kinship term the
    // lexicon calls different is another relation ("grandmother" is no mother, "stepson" no son).
    if (w.length >= 3 && heads.has(w) && !(kin && ask && lexicon.kinTerm?.(w) === true && large.some((x) => x.length - w.length >= 3 && x.endsWith(w) && lexicon.kinTerm?.(x) === true && lexicon.relate(w, x) === 'different'))) continue;
    if (
      !ask ||
      !large.some((x) => {
        // A place on the body is covered by a place on the body only: WordNet's "arm" is broader than "shot".
        if (lexicon.bodyZones !== undefined && lexicon.bodyZones(w).length > 0 && lexicon.bodyZones(x).length === 0) return false;
        const r = lexicon.relate(w, x);
        return r === 'same' || r === 'broader';
      })
    )
      return false;
  }
  return true;
}

/** Prepositions that open a phrase after a noun phrase's head ("anger over …", "wound to the head"). */
const PREPOSITIONS = new Set([
  'of', 'in', 'on', 'at', 'for', 'with', 'about', 'over', 'against', 'from', 'to', 'near', 'by', 'under', 'after',
  'before', 'during', 'into', 'through', 'toward', 'towards', 'across', 'behind', 'between', 'among', 'without',
]);

/** A noun phrase's head: the word before its first preposition, else its last word. */
function headWord(words: readonly string[]): string | undefined {
  for (let k = 1; k < words.length; k++) if (PREPOSITIONS.has(words[k]!)) return words[k - 1];
  return words.at(-1);
}

const UNTOLD = incomparable('crosscheck cannot tell whether the two texts mean the same thing');

const DIGITS = /^\d+(?:[.,]\d+)*$/;
/** Digits with a few letters glued on: "50s", "13th", "40mm", "9mm". */
const GLUED = /^(\d+)\p{L}{1,3}$/u;

/** Ordinals in words: "first-degree" / "second-degree murder" differ by a number. */
const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10],
]);

/** A word's value when it is a number ("3", "1,200", "three", "second"), else undefined. */
function numberWord(w: string): number | undefined {
  if (DIGITS.test(w)) return Number(w.replace(/,/g, ''));
  return SMALL.get(w) ?? ORDINALS.get(w);
}

/** The numbers a text's words say, in order, those glued to letters too ("in his 50s", "the 13th floor"). */
function numbersIn(words: readonly string[]): number[] {
  const out: number[] = [];
  for (const w of words) {
    const n = numberWord(w) ?? (GLUED.test(w) ? Number(GLUED.exec(w)![1]) : undefined);
    if (n !== undefined) out.push(n);
  }
  return out;
}

/** "twice" and "once" as a count of times ("shot twice" is "shot 2 times"); the same list when neither is there. */
function timesSpelled(words: readonly string[]): readonly string[] {
  if (!words.includes('twice') && !words.includes('once')) return words;
  return words.flatMap((w) => (w === 'twice' ? ['2', 'times'] : w === 'once' ? ['1', 'times'] : [w]));
}

/** Words that make the number after them a bound or a hedge: "about 40" and "about 42" may both hold. */
const HEDGES: ReadonlySet<string> = new Set([
  'about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'some', 'than', 'over', 'under', 'least', 'most',
  'to', 'estimated', 'up',
]);

/**
 * Two texts alike word for word but for the numbers they say ("shot 3 times in the chest" / "shot 5 times in
 * the chest", "two counts of murder" / "three counts …"): they tell one thing and disagree on how many
 * ('numbers'); or say the same numbers, one in digits ("2 counts" / "two counts": 'same').
 */
function wordForWord(a: readonly string[], b: readonly string[], sa: readonly string[], sb: readonly string[]): 'same' | 'numbers' | undefined {
  if (a.length !== b.length) return undefined;
  let differ = false;
  for (let k = 0; k < a.length; k++) {
    if (sa[k] === sb[k]) continue;
    // A one-letter word beside others labels like a number: "Wing A" / "Wing B", "Plan A" / "Plan B" (a second cold
    // review). Alone ("A" / "B") it is no "same words but for"; crosscheck cannot tell what the letters stand for.
    if (a.length > 1 && a[k]!.length === 1 && b[k]!.length === 1 && /\p{L}/u.test(a[k]!) && /\p{L}/u.test(b[k]!)) {
      differ = true;
      continue;
    }
    const x = numberWord(a[k]!);
    const y = numberWord(b[k]!);
    if (x === undefined || y === undefined) return undefined;
    // An ordinal against a count says two things ("the second suspect" / "the two suspects").
    if (ORDINALS.has(a[k]!) !== ORDINALS.has(b[k]!)) return undefined;
    // A hedge or a bound before it ("about 40" / "about 42", "more than 50" / "more than 60"): not told exactly.
    if (x !== y && k > 0 && HEDGES.has(a[k - 1]!)) return undefined;
    if (x !== y) differ = true;
  }
  return differ ? 'numbers' : 'same';
}

/**
 * Texts agree when equal after folding (joined or split words alike: "9mm" /
 * "9 mm"), one's words are all found in the other's ("blue blazer" / "navy
 * blue blazer", "gun" / "silver handgun", and through a lexicon "fire" /
 * "blaze"), or they are near-equal by edit distance (a typo). A difference in
 * negation is a conflict ("guilty" / "not guilty", while "unclear" is "not
 * clear"), and so are two texts whose head words a lexicon calls different
 * things of one sort. Otherwise crosscheck cannot tell: incomparable, never
 * a conflict, since free text says the same thing in many ways ("a space
 * heater caused the fire" / "a portable heater sparked the blaze").
 */
export function compareTexts(writtenA: TextValue, writtenB: TextValue, ctx?: CompareContext): Comparison {
  if (writtenA.key === writtenB.key) return SAME;
  // A patient's condition on the hospitals' scale, on both sides: the levels decide ("critical" / "non-life-threatening
  // injuries" conflict, "critical condition" / "life-threatening injuries" fit).
  const condition = compareConditions(writtenA.key, writtenB.key);
  if (condition !== undefined) return condition;
  // "Sgt." / "sergeant", "Dayton PD" / "Dayton Police Department": each abbreviation the other spells out, spelled out.
  const a = spelledOut(writtenA, writtenB.words);
  const b = spelledOut(writtenB, writtenA.words);
  const ua = unfoldPrefixes(a, new Set(b.stems));
  const ub = unfoldPrefixes(b, new Set(a.stems));
  // Opposite polarity contradicts, unless every negation denies only a detail the other text does not
  // mention (a word un-/non- negates is one the other text uses, so it always contradicts).
  if (ua.negative !== ub.negative) {
    const unfolded = ua.negative !== a.negative || ub.negative !== b.negative;
    const lexicon = ctx?.lexicon;
    if (unfolded || !deniesOnlyDetail(a, b.words, lexicon) || !deniesOnlyDetail(b, a.words, lexicon)) return CONFLICT;
    // The negated part is a detail added only when the other text says nothing the negating one does not say
    // outside it ("an argument between two men who are not from New Orleans" / "an argument between two men");
    // otherwise the two say different things, one of them negated, and crosscheck cannot tell ("non-life
    // threatening injuries" / "expected to survive", "no one was hurt" / "three people were injured" when no
    // lexicon relates "hurt" and "injured").
    if (a.scopes.length > 0 === b.scopes.length > 0) return CONFLICT;
    const [negating, plain] = a.scopes.length > 0 ? [a, b] : [b, a];
    const negated = new Set(negating.scopes.flat());
    if (plain.words.length === 0 || !covers(negating.words.filter((w) => !negated.has(w)), plain.words, lexicon)) return UNTOLD;
  }
  const [wa, wb] = joinSplitTokens(ua.words, ub.words);
  const sa = wa.map(stem);
  const sb = wb.map(stem);
  if (sa.join(' ') === sb.join(' ')) return SAME;
  const lexicon = ctx?.lexicon;
  // "twice" is two times, "once" one time: "shot three times" / "shot twice" differ by a number.
  const [ta, tb] = [timesSpelled(wa), timesSpelled(wb)];
  const alike = ta === wa && tb === wb ? wordForWord(wa, wb, sa, sb) : wordForWord(ta, tb, ta.map(stem), tb.map(stem));
  if (alike === 'numbers') return CONFLICT;
  // One text told further than the other, alike word for word as far as the shorter goes but for a number, where
  // what the longer adds only describes ("White Ford F-350" / "white Ford F-150 pickup truck", "AR-10" / "AR-15
  // rifle"). Not when it restricts, splits or hedges the number: a phrase after a preposition ("hit twice" / "hit
  // once in the chest and once in the arm"), another number, "and" or "or" ("age 25" / "age 24 or 25").
  if (alike === undefined && ta.length !== tb.length && Math.min(ta.length, tb.length) >= 2) {
    const n = Math.min(ta.length, tb.length);
    const [pa, pb] = [ta.slice(0, n), tb.slice(0, n)];
    const rest = (ta.length > tb.length ? ta : tb).slice(n);
    const describes = !PREPOSITIONS.has(rest[0]!) && !rest.some((w) => w === 'and' || w === 'or' || numberWord(w) !== undefined || GLUED.test(w));
    if (describes && wordForWord(pa, pb, pa.map(stem), pb.map(stem)) === 'numbers' && pa.some((w, k) => numberWord(w) === undefined && stem(w) === stem(pb[k]!))) return CONFLICT;
  }
  if (alike === 'same') return COMPATIBLE;
  // Two places on the body apart: told before the lexicon's looser cover ("arm" / "shot", a shot in the arm).
  if (lexicon?.bodyZones !== undefined && !ua.negative && !ub.negative && bodyApart(wa, wb, lexicon)) return CONFLICT;
  const relation = a.relation === true && b.relation === true;
  if (wa.length > 0 && wb.length > 0 && (covers(wb, wa, lexicon, relation) || covers(wa, wb, lexicon, relation))) {
    // "ex-husband" / "husband", "Assistant District Attorney" / "District Attorney": the words of one are all in the
    // other, but the other puts before them a word that makes it something else (or perhaps a post under it).
    // As a relationship, "ex-husband" is no husband; elsewhere "former" may tell a later time than the other text's.
    const other = otherThan(wa, wb) ?? otherThan(wb, wa);
    if (other === 'privative') return relation ? CONFLICT : FORMER;
    return other === 'subordinate' ? SUBORDINATE_POST : COMPATIBLE;
  }
  const longest = Math.max(a.key.length, b.key.length);
  // Near-equal (a typo) up to 10 % of the length: decided in linear time, see withinEdits. A typo changes no
  // number: "shot 3 times" and "shot 5 times" are one edit apart.
  const na = numbersIn(wa);
  const nb = numbersIn(wb);
  const sameNumbers = na.length === nb.length && na.every((n, k) => n === nb[k]);
  // Nor a one-letter word, which labels ("Wing A" / "Wing B", "Plan A" / "Plan B": a second cold review).
  const letters = (w: readonly string[]) => w.filter((x) => x.length === 1).join(' ');
  if (sameNumbers && longest >= 6 && letters(wa) === letters(wb) && withinEdits(a.key, b.key, Math.max(1, Math.floor(longest * 0.1)))) return COMPATIBLE;
  // The head of an English noun phrase is its last word before any prepositional phrase: "left upper neck" /
  // "upper left shoulder"; "killings of black men" is killings, not men.
  const ha = headWord(wa);
  const hb = headWord(wb);
  // A wound told by a general word for being hit and by a particular one ("hit in the ankles" / "shot in both ankles",
  // "struck in the leg" / "shot in the leg"): one harm told more or less precisely, so what follows decides (held-out
  // batch 70, Chicago Humboldt Park). Two particular ones still differ ("shot in the arm" / "stabbed in the arm").
  // Only where both tell nothing but places on the body after it: "hit in the head with a hammer" / "shot in the head"
  // tell two harms (a cold review).
  if (lexicon?.bodyZones !== undefined && ha !== undefined && hb !== undefined && ha !== hb && HARM.test(ha) && HARM.test(hb) && (GENERAL_HARM.has(ha) || GENERAL_HARM.has(hb))) {
    const ra = wa.filter((w) => w !== ha);
    const rb = wb.filter((w) => w !== hb);
    const onBody = (rest: readonly string[]) => rest.length > 0 && rest.every((w) => PLACE_WORDS.has(w) || w === 'on' || lexicon.bodyZones!(w).length > 0);
    if (onBody(ra) && onBody(rb)) return covers(ra, rb, lexicon) || covers(rb, ra, lexicon) ? COMPATIBLE : UNTOLD;
  }
  if (lexicon !== undefined && ha !== undefined && hb !== undefined && lexicon.relate(ha, hb) === 'different') return kinApart(ha, hb, a, b, lexicon) ? UNTOLD : CONFLICT;
  // One head, told apart by what follows it: "a gunshot wound to the head" / "… to the chest".
  const la = wa.at(-1);
  const lb = wb.at(-1);
  if (lexicon !== undefined && ha === hb && la !== undefined && lb !== undefined && la !== ha && lb !== hb && lexicon.relate(la, lb) === 'different') return kinApart(la, lb, a, b, lexicon) ? UNTOLD : CONFLICT;
  return UNTOLD;
}

/**
 * Two words the lexicon calls different where one is a kinship term, in texts not read as a relationship (one person
 * is a mother and a grandmother, a son and a brother, an aunt and a victim at once), or read as relationships to
 * people told apart, or to several.
 */
function kinApart(x: string, y: string, a: TextValue, b: TextValue, lexicon: Lexicon): boolean {
  if (lexicon.kinTerm?.(x) !== true && lexicon.kinTerm?.(y) !== true) return false;
  if (a.relation !== true || b.relation !== true) return true;
  // As a relationship, one relation to one person each: the texts tell whose relative alike (both no one's, or the
  // same people's: "his mother" / "his grandmother"), and each one kinship term. Not "the suspect's mother" / "the
  // child's grandmother", nor "her grandson" / "sibling of the baby victim, grandson of Heike Poike".
  const aa = a.anchors ?? [];
  const ab = b.anchors ?? [];
  if (aa.length !== ab.length || aa.some((w) => !ab.includes(w))) return true;
  const kinTerms = (v: TextValue) => v.words.filter((w) => !v.anchors?.includes(w) && lexicon.kinTerm?.(w) === true).length;
  return kinTerms(a) > 1 || kinTerms(b) > 1;
}

/** Words that say what was done to a body: a text naming a place of it must have one, or be that place alone. */
const HARM = /^(?:shot|shoot|shooting|wound|wounds|wounded|injury|injuries|injured|stabbed|stab|grazed|graze|hit|struck|gunshot|bullet|bullets|fracture|fractured|broken|burned|burns|cut|cuts)$/;
/** Words for harm to a body that say no more than that it was hit or hurt: any particular harm is one of them. */
const GENERAL_HARM: ReadonlySet<string> = new Set(['hit', 'struck', 'wounded', 'injured']);
/** Words a place alone is told with ("Left Shoulder", "her back area", "upper leg"). */
const PLACE_WORDS = new Set(['left', 'right', 'upper', 'lower', 'both', 'his', 'her', 'their', 'its', 'area', 'region', 'side', 'in', 'to', 'of', 'and', 'the', 'a']);
/** Words that make a list of wounds partial: one text may name a wound the other leaves out. */
const PARTIAL = new Set(['including', 'among', 'several', 'multiple', 'other', 'also', 'various', 'numerous']);

/** The parts of the body (head, torso, arm, leg) a text places a wound in; none when it is not about a wound. */
function woundZones(words: readonly string[], lexicon: Lexicon): Set<string> | undefined {
  if (words.some((w) => PARTIAL.has(w))) return undefined;
  const zones = new Set<string>();
  let harm = false;
  let other = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (HARM.test(w)) {
      harm = true;
      continue;
    }
    // "back of the head", "side of the neck": a side of the place that follows, not a place of its own.
    if (words[k + 1] === 'of') continue;
    const z = lexicon.bodyZones!(w);
    if (z.length > 0) for (const x of z) zones.add(x);
    else if (!PLACE_WORDS.has(w)) other = true;
  }
  if (zones.size === 0 || (!harm && (other || words.length > 4))) return undefined;
  return zones;
}

/**
 * Both texts place a wound on the body ("shot in the leg", or the place alone: "Left Shoulder"), and in parts of it
 * that share nothing: head, torso, arm and leg by WordNet's part-of ("gunshot wound to the shoulder" / "Head", "her
 * back area" / "leg"; not "thigh" / "leg", nor "hip" / "leg": a hip is in both). A list told as partial
 * ("including", "several") and a text with a body word but no wound ("fled on foot", "back in custody") are not told.
 * Within one part, one place told on its two sides is apart too ("shot in the left arm" / "right arm").
 */
function bodyApart(a: readonly string[], b: readonly string[], lexicon: Lexicon): boolean {
  const za = woundZones(a, lexicon);
  if (za === undefined) return false;
  const zb = woundZones(b, lexicon);
  if (zb === undefined) return false;
  for (const z of za) if (zb.has(z)) return otherSide(a, b);
  return true;
}

/** The sides each place of a text is told on ("left arm": arm → left). */
function sides(words: readonly string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (let k = 1; k < words.length; k++) {
    const side = words[k - 1];
    if (side !== 'left' && side !== 'right') continue;
    const set = out.get(words[k]!);
    if (set === undefined) out.set(words[k]!, new Set([side]));
    else set.add(side);
  }
  return out;
}

/** One place told on one side by one text and only on the other by the other: "shot in the left arm" / "right arm". */
function otherSide(a: readonly string[], b: readonly string[]): boolean {
  const sa = sides(a);
  if (sa.size === 0) return false;
  const sb = sides(b);
  for (const [place, x] of sa) {
    const y = sb.get(place);
    if (y !== undefined && x.size === 1 && y.size === 1 && !x.has([...y][0]!)) return true;
  }
  return false;
}

export const textKind: KindDefinition<TextValue> = {
  kind: 'text',
  conflictCode: 'text_mismatch',
  conflictSeverity: 'low',
  contextual: false,
  // Attributes that name a thing: ".9mm handgun" is a handgun with a calibre, not an amount of 0.9 mm.
  hints: [
    'weapon', 'gun', 'firearm', 'vehicle', 'car', 'description', 'motive', 'cause', 'outfit', 'clothing',
    'wearing', 'color', 'colour', 'charge', 'crime', 'offense', 'offence', 'verdict', 'occupation', 'job', 'profession',
  ],
  // An attribute that asks a relationship: kinship terms are one relation to one person there.
  roles: { relation: ['relationship', 'relation'] },
  fallback: true,
  detect: (raw) => (typeof raw === 'string' ? 0.1 : 0),
  parse: (raw, ctx) => parseText(raw, ctx),
  compare: (a, b, ctx) => compareTexts(a, b, ctx),
  normalize: (v) => v.key,
  specificity: (v) => v.stems.length,
};
