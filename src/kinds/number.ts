import { type NumberInterval, type NumberPhrase, compareIntervals, formatNumber, numberTokens, readNumberPhrase, relativeDistance } from './numeric';
import { isPoweredUnit, isUnitWord } from './units';
import type { KindDefinition, ParseContext, ParseResult, RawScalar } from './registry';

export type NumberValue = NumberInterval;

// "66-year-old", "aged 66", "66 years old": an age written around a number.
const AGE_WORDS = new Set(['year', 'years', 'yr', 'yrs', 'old', 'aged', 'age']);
const PERCENT = new Set(['%', 'percent', 'per', 'cent', 'pct']);
const CLOCK_HOUR = /\d\s?(?:[ap]\.?\s?m\b|o['’]?\s?clock\b)/i;

/**
 * Parses a count or measure without a unit: "42", "1,200", "forty-two",
 * "1.2 million", "about 40", "more than 100", "10–12", "dozens",
 * "father-of-eight", "66-year-old".
 *
 * @example
 * parseNumber('about 40');  //=> { ok: true, value: { lo: 36, hi: 44, key: '~40', … } }
 */
export function parseNumber(raw: RawScalar, ctx?: ParseContext): ParseResult<NumberValue> {
  if (typeof raw === 'boolean') return { ok: false, reason: 'a boolean is not a number' };
  if (typeof raw === 'number') {
    // 48 and "48" must read alike, so a number goes through its decimal text when it has one.
    const text = String(raw);
    if (!/^-?\d+(\.\d+)?$/.test(text)) {
      return { ok: true, value: { lo: raw, hi: raw, center: raw, halfUnit: 0, approx: false, key: formatNumber(raw) } };
    }
    raw = text;
  }
  if (raw.length > 200) return { ok: false, reason: 'too long to be a number' };
  // "around 10 p.m.", "4 o'clock": an hour of the day, not a count.
  if (CLOCK_HOUR.test(raw)) return { ok: false, reason: `"${raw}" is a time of day, not a number` };
  // A count abbreviates its scale ("1.2m", "300k"); a plain number has no unit for the letter to be. "The 1990s"
  // is a span of years, except as an age.
  const phrase = readNumberPhrase(raw, true, true, ctx?.role !== 'age');
  if (phrase === undefined) {
    // Only where the attribute counts ("killed", "wounds", "number of …"): "killed by: a drunk driver" names, it does not count.
    if (ctx?.role === 'count' && isOneThing(raw)) return { ok: true, value: ONE };
    return { ok: false, reason: `"${raw}" holds no single number` };
  }
  // A unit changes what the number means ("18 months" is a duration); leave those to the quantity kinds,
  // unless it tells an age ("22-month-old").
  // In an age attribute a number of months, weeks or days alone is an age too ("age: 17 months").
  const ageInUnit = phrase.after.includes('old') || (ctx?.role === 'age' && inUnitOnly(phrase));
  const unit = phrase.after.find((t) => (isUnitWord(t) || isPoweredUnit(t)) && !AGE_WORDS.has(t) && !PERCENT.has(t) && !(AGE_UNITS.has(t) && ageInUnit));
  if (unit !== undefined || phrase.symbol !== undefined) {
    return { ok: false, reason: `"${raw}" has a unit (${phrase.symbol ?? unit}); it is a quantity, not a plain number` };
  }
  // "two men and a woman", "2 adults and a child": two counts joined, not one number (their sum is a reading
  // crosscheck does not risk).
  // "ten and eight": two numbers joined, a list (splitNumbers), not one number.
  const and = phrase.after.indexOf('and');
  const next = phrase.after[and + 1] ?? '';
  if ((and > 0 && /^(?:a|an|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/.test(next)) || (and === 0 && /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/.test(next))) {
    return { ok: false, reason: `"${raw}" counts two things joined by "and", not one number` };
  }
  const age = ageOf(phrase, ctx?.role === 'age');
  if (age !== undefined) return { ok: true, value: age };
  if (phrase.after.some((t) => AGE_UNITS.has(t))) {
    return { ok: false, reason: `"${raw}" has a unit; it is a quantity, not a plain number` };
  }
  const { lo, hi, center, halfUnit, approx, key } = phrase;
  return { ok: true, value: { lo, hi, center, halfUnit, approx, key } };
}

const ONE: NumberValue = { lo: 1, hi: 1, center: 1, halfUnit: 0, approx: false, key: '1' };

/**
 * Determiners and nouns after "a" that do not name one thing: a quantity ("a
 * few", "a lot", "a number of"), a part ("a third", "a quarter") or a degree.
 */
const NOT_ONE = new Set([
  'few', 'little', 'lot', 'lots', 'bit', 'number', 'couple', 'handful', 'dozen', 'score', 'great', 'good',
  'many', 'total', 'majority', 'minority', 'fraction', 'portion', 'part', 'share', 'percentage', 'half',
  'third', 'quarter', 'fifth', 'tenth', 'series', 'pair', 'bunch', 'host', 'range', 'variety', 'while',
  'further', 'additional', 'extra', 'another', 'other', 'record', 'reported', 'estimated', 'several',
  // Ordinals and group nouns: "a second victim", "a family", "a crowd", "a double homicide".
  'first', 'second', 'fourth', 'sixth', 'seventh', 'eighth', 'ninth', 'family', 'crowd', 'group', 'gang',
  'double', 'triple', 'quadruple', 'large', 'small', 'huge', 'big', 'hat', 'minute', 'moment',
]);

/**
 * A count told with the indefinite article, in an attribute that counts
 * (role `count`): "a man" (killed), "a gunshot wound to the head" (wounds) —
 * one thing, named. Kind inference passes no role, so the article alone never
 * makes a group a number group. Not a quantity or a part
 * ("a few", "a number of", "a third"), not a collection ("a group of"), not
 * two things joined ("a man and his wife"), nothing else counted in it.
 */
function isOneThing(raw: string): boolean {
  if (raw.length > 80) return false;
  const tokens = numberTokens(raw);
  if (tokens[0] !== 'a' && tokens[0] !== 'an') return false;
  const head = tokens[1];
  if (head === undefined || !/^\p{L}+$/u.test(head) || NOT_ONE.has(head) || tokens[2] === 'of') return false;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t === 'and' || t === 'or' || t === 'plus' || t === ',' || t === ';' || t === '&' || t === '/' || t === 'each' || t === 'per') return false;
    if (!/^[\p{L}'’.-]+$/u.test(t)) return false;
  }
  return true;
}

/** Units an age can be told in, as fractions of a year. */
const AGE_UNITS: ReadonlyMap<string, readonly [string, number]> = new Map([
  ['month', ['month', 1 / 12]], ['months', ['month', 1 / 12]], ['mo', ['month', 1 / 12]],
  ['week', ['week', 7 / 365.2425]], ['weeks', ['week', 7 / 365.2425]],
  ['day', ['day', 1 / 365.2425]], ['days', ['day', 1 / 365.2425]],
]);

/**
 * A whole number followed by one unit an age is told in and nothing else ("17 months", "6 weeks", "3 years"): read
 * as completed units, as "17 months old" is. A fraction ("1.5 years", "2½ years") keeps its exact reading.
 */
function inUnitOnly(phrase: NumberPhrase): boolean {
  if (!Number.isInteger(phrase.center) || phrase.halfUnit !== 0.5) return false;
  const words = phrase.after.filter((t) => t !== '-');
  return words.length === 1 && (AGE_UNITS.has(words[0]!) || words[0] === 'year' || words[0] === 'years' || words[0] === 'yr' || words[0] === 'yrs');
}

/**
 * An age as people state it counts whole completed units: "1-year-old" is
 * anyone from their first to their second birthday, so "22-month-old" fits it
 * and "2-year-old" does not. Ages in months, weeks or days are read in years.
 */
function ageOf(phrase: NumberPhrase, ageAttribute: boolean): NumberValue | undefined {
  if (phrase.halfUnit === 0 || phrase.approx || phrase.key.includes('..')) return undefined;
  const words = phrase.after.filter((t) => t !== '-');
  // "17 months" in an age attribute: the unit alone, as "17 months old" would be.
  const old = words[0] === 'old' || words[1] === 'old' || (ageAttribute && inUnitOnly(phrase));
  // In an age attribute a bare whole number is an age too ("David Scott, 65").
  const aged = phrase.before.at(-1) === 'aged' || phrase.before.at(-1) === 'age' || (ageAttribute && words.length === 0 && Number.isInteger(phrase.center));
  let unit: readonly [string, number] = ['year', 1];
  if (old && AGE_UNITS.has(words[0]!)) unit = AGE_UNITS.get(words[0]!)!;
  else if (!(old && (words[0] === 'year' || words[0] === 'years' || words[0] === 'yr' || words[0] === 'yrs')) && !aged) return undefined;
  const n = phrase.center;
  const [name, years] = unit;
  return {
    lo: n * years,
    hi: (n + 1) * years - 1e-9,
    center: (n + 0.5) * years,
    halfUnit: years / 2,
    approx: false,
    key: name === 'year' ? phrase.key : `${phrase.key} ${name}`,
  };
}

function detectNumber(raw: RawScalar): number {
  if (typeof raw === 'number') return 1;
  if (typeof raw === 'boolean') return 0;
  const r = parseNumber(raw);
  if (!r.ok) return 0;
  // Bare digits are unmistakable; a number among words ("Hannah, 27") less so.
  const words = raw.replace(/[\d.,\s%+~<>≤≥–-]/g, '');
  if (words === '') return 0.9;
  // "22-month-old" is an age before it is an amount of months.
  if (/\b(?:year|month|week|day)s?[- ]old\b/i.test(raw)) return 0.95;
  return /\bfather-of|\bmother-of|^(about|around|nearly|almost|more than|at least|up to|over|under)\b/i.test(raw) ? 0.8 : 0.4;
}

/** Separators of a written list: commas (an Oxford "and" included), semicolons, a lone "and". */
const LIST_SEPARATOR = /\s*[,;]\s*(?:and\s+)?|\s+and\s+/i;
/** A count before an amount in a list ("two 21-year-olds"): how many of that member, not a member. */
const MULTIPLICITY = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?=\d)/i;

/** A member of such a list: a bare number, or an age ("26-year-old"); "5 killed" is a count of something, not a member. */
const BARE_MEMBER = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:[- ](?:year|month|week|day)s?[- ]old)?$/i;

/**
 * Reads a value that is not one number but a list of them as that list:
 * "13 and 21", "two 21-year-olds, one 26-year-old, and one 31-year-old" (ages
 * 21, 26 and 31). Only when the whole does not read as one number ("between 10
 * and 12" is a range, "40 or 50" a spoken range) and every member is a bare
 * number or age ("5 killed and 12 injured" stays unread: two measures).
 */
export function splitNumbers(raw: RawScalar, ctx: ParseContext): readonly RawScalar[] | undefined {
  if (typeof raw !== 'string' || raw.length > 400 || parseNumber(raw, ctx).ok) return undefined;
  const parts = raw.trim().split(LIST_SEPARATOR).filter((p) => p !== '');
  if (parts.length < 2) return undefined;
  const members = parts.map((p) => p.replace(MULTIPLICITY, '').replace(/(\d[- ](?:year|month|week|day)s?[- ]old)s\b/i, '$1'));
  return members.every((m) => BARE_MEMBER.test(m) && parseNumber(m, ctx).ok) ? members : undefined;
}

export const numberKind: KindDefinition<NumberValue> = {
  kind: 'number',
  conflictCode: 'number_mismatch',
  conflictSeverity: 'high',
  contextual: false,
  hints: [
    'age', 'count', 'number', 'population', 'toll', 'killed', 'dead', 'deaths', 'injured', 'wounded',
    'casualties', 'votes', 'magnitude', 'score', 'rank', 'temperature', 'humidity', 'pressure',
    'visibility', 'realfeel', 'total', 'children', 'kids', 'fatalities', 'people', 'shots', 'rounds',
    'bullets', 'aftershocks', 'depth', 'size', 'percent', 'rate',
  ],
  // "Hannah, 27" in an age attribute is an age, not a count.
  // "a man" counts one in an attribute that counts (stems, as in attribute keys).
  roles: {
    age: ['age', 'aged'],
    count: ['kill', 'dead', 'death', 'died', 'injur', 'wound', 'hurt', 'casualty', 'fatality', 'count', 'number', 'toll', 'total'],
  },
  detect: detectNumber,
  parse: (raw, ctx) => parseNumber(raw, ctx),
  split: splitNumbers,
  compare: (a, b, ctx) => compareIntervals(a, b, ctx.tolerance),
  distance: relativeDistance,
  normalize: (v) => v.key,
  specificity: (v) => (Number.isFinite(v.hi - v.lo) ? -Math.log2(1 + v.hi - v.lo) : -100) - (v.approx ? 1 : 0),
};
