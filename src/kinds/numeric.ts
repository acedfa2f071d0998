import { COMPATIBLE, CONFLICT, type Comparison, SAME, SOFT_CONFLICT } from './registry';
import { fold } from '../normalize/text';
import { isPoweredUnit, isUnitWord } from './units';

/**
 * A number as written, as an interval: "about 40" → [36, 44], "more than 100"
 * → (100, ∞), "1.2 million" → [1.15e6, 1.25e6] (the rounding its writing
 * implies), "10–12" → [10, 12].
 */
export interface NumberInterval {
  readonly lo: number;
  readonly hi: number;
  /** The value the text names (the midpoint of a range). */
  readonly center: number;
  /** Half the unit of the last written digit, or 0 when the interval does not come from rounding alone. */
  readonly halfUnit: number;
  /** "about", "nearly", "dozens": the writer did not mean an exact value. */
  readonly approx: boolean;
  /** Canonical text: `66`, `~40`, `>100`, `>=100`, `<=18`, `10..12`. */
  readonly key: string;
}

/** What the reader found around the number: unit words and other words. */
export interface NumberPhrase extends NumberInterval {
  /** Tokens after the number (units, nouns), in order. */
  readonly after: readonly string[];
  /** Words before the number that are not modifiers ("father of"). */
  readonly before: readonly string[];
  /** A currency symbol written before or after the number. */
  readonly symbol: string | undefined;
  /** Told with a spoken fraction ("two and a half", "half an hour"): as precise as the fraction, a half or a quarter. */
  readonly fraction?: true;
}

/** Numbers written as one word, "zero" to "ninety". */
export const SMALL: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
  ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40],
  ['fourty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);
const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
]);
const SHORT_SCALES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['bn', 1e9], ['b', 1e9], ['tn', 1e12],
]);
/** Vague counts: "dozens" of something is at least two dozen. */
const VAGUE: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['dozens', [24, 199]], ['hundreds', [200, 1999]], ['thousands', [2000, 19_999]],
  ['millions', [2e6, 1e9 - 1]], ['several', [3, 9]], ['few', [2, 6]], ['couple', [2, 3]],
  ['handful', [2, 7]], ['scores', [40, 199]],
]);

type Bound = 'approx' | 'below' | 'atmost' | 'above' | 'atleast' | 'nearly';

/** Modifiers, longest first so "more than" wins over a lone "more". */
const MODIFIERS: readonly (readonly [readonly string[], Bound])[] = [
  [['no', 'more', 'than'], 'atmost'], [['no', 'fewer', 'than'], 'atleast'], [['no', 'less', 'than'], 'atleast'],
  [['as', 'many', 'as'], 'atmost'], [['as', 'much', 'as'], 'atmost'], [['in', 'excess', 'of'], 'above'],
  [['more', 'than'], 'above'], [['greater', 'than'], 'above'], [['less', 'than'], 'below'],
  [['fewer', 'than'], 'below'], [['at', 'least'], 'atleast'], [['at', 'most'], 'atmost'],
  [['up', 'to'], 'atmost'], [['close', 'to'], 'approx'], [['just', 'over'], 'above'],
  [['just', 'under'], 'below'], [['upwards', 'of'], 'atleast'], [['an', 'estimated'], 'approx'],
  [['about'], 'approx'], [['around'], 'approx'], [['approximately'], 'approx'], [['approx'], 'approx'],
  [['roughly'], 'approx'], [['like'], 'approx'], [['some'], 'approx'], [['estimated'], 'approx'], [['circa'], 'approx'],
  [['nearly'], 'nearly'], [['almost'], 'nearly'], [['over'], 'above'], [['above'], 'above'],
  [['exceeding'], 'above'], [['under'], 'below'], [['below'], 'below'], [['~'], 'approx'],
  [['<'], 'below'], [['>'], 'above'], [['≤'], 'atmost'], [['≥'], 'atleast'], [['maximum'], 'atmost'],
  [['max'], 'atmost'], [['minimum'], 'atleast'], [['min'], 'atleast'],
];

/** The last word of each modifier ("than" of "more than"): a number after it is bound or hedged already. */
const MODIFIER_ENDS: ReadonlySet<string> = new Set(MODIFIERS.map(([words]) => words.at(-1)!));

/** Relative half-width of "about x". */
const APPROX = 0.1;

// Digits with separators, words (with a power written onto them: "km2"), or one other symbol; each
// alternative consumes input, so the scan is linear.
const TOKEN = /\d+(?:[.,\u00a0\u202f ]\d+)*|[\p{L}]+(?:[23](?![\p{L}\p{N}]))?|[$€£¥₹%°~<>≤≥+&–-]|\S/gu;

/** Vulgar fractions, written as a character or with a slash after a whole number: "2½", "2 1/2", "¾". */
const FRACTION = /(\d)?[^\S\n]{0,3}([½¼¾])|(\d)[^\S\n]{1,3}([13])\/([24])(?![\d/])/gu;
const FRACTION_WORDS: Readonly<Record<string, string>> = { '½': 'a half', '¼': 'a quarter', '¾': 'three quarters', '1/2': 'a half', '1/4': 'a quarter', '3/4': 'three quarters' };
const FRACTION_VALUES: Readonly<Record<string, string>> = { '½': '0.5', '¼': '0.25', '¾': '0.75' };

/** "2½" and "2 1/2" as "2 and a half", a lone "½" as 0.5 (NFKC folding would make "2½" into "21⁄2"). */
function spellFractions(raw: string): string {
  if (!/[½¼¾/]/u.test(raw)) return raw;
  return raw.replace(FRACTION, (all, d1?: string, f1?: string, d2?: string, n?: string, m?: string) => {
    if (f1 !== undefined) return d1 === undefined ? ` ${FRACTION_VALUES[f1]} ` : `${d1} and ${FRACTION_WORDS[f1]} `;
    const words = FRACTION_WORDS[`${n}/${m}`];
    return words === undefined ? all : `${d2} and ${words}`;
  });
}

export function numberTokens(raw: string): string[] {
  const tokens = fold(spellFractions(raw)).match(TOKEN) ?? [];
  // Only a unit of length takes a power ("km2" is km²); "a2" stays a word and a number.
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    const last = t.charCodeAt(t.length - 1);
    if ((last === 50 || last === 51) && t.length > 1 && !/\d/.test(t[0]!) && !isPoweredUnit(t)) tokens.splice(i, 1, t.slice(0, -1), t.slice(-1));
  }
  return tokens;
}

/** Reads "1,200", "1 200", "30.1", "30,5" into a number and its count of written decimals. */
function readDigits(token: string): { value: number; decimals: number } | undefined {
  const t = token.replace(/[\u00a0\u202f ]/g, ',');
  // 1,200,000 or 1,200.5: commas group thousands.
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) {
    const [int, frac] = t.replace(/,/g, '').split('.');
    return { value: Number(`${int}.${frac ?? '0'}`), decimals: frac?.length ?? 0 };
  }
  // 1.200.000 or 1.200,5: dots group thousands (European).
  if (/^\d{1,3}(\.\d{3}){2,}(,\d+)?$/.test(t) || /^\d{1,3}(\.\d{3})+,\d+$/.test(t)) {
    const [int, frac] = t.replace(/\./g, '').split(',');
    return { value: Number(`${int}.${frac ?? '0'}`), decimals: frac?.length ?? 0 };
  }
  if (/^\d+(\.\d+)?$/.test(t)) return { value: Number(t), decimals: t.split('.')[1]?.length ?? 0 };
  // 30,5: a decimal comma.
  if (/^\d+,\d{1,2}$/.test(t)) return { value: Number(t.replace(',', '.')), decimals: t.split(',')[1]!.length };
  return undefined;
}

interface Read {
  value: number;
  /** Half the unit of the last written digit: the rounding the writing implies. */
  halfUnit: number;
  vague?: readonly [number, number];
  next: number;
  /** A decade written in words ("thirties"). */
  decade?: true;
  /** Ends in a spoken fraction: "two and a half". */
  fraction?: true;
}

/** Round tens a decade of an age is told by ("30s", "thirties"). */
const DECADES: ReadonlySet<number> = new Set([10, 20, 30, 40, 50, 60, 70, 80, 90]);
const DECADE_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenties', 20], ['thirties', 30], ['forties', 40], ['fifties', 50], ['sixties', 60], ['seventies', 70], ['eighties', 80], ['nineties', 90],
]);
/** Words a decade in words follows when it tells an age: "in his thirties", "her late twenties". */
const DECADE_LEAD: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'early', 'mid', 'late']);
/** Early, mid and late in a decade, in years from its start: generous and overlapping (is 35 "mid" or "late"?). */
const DECADE_PARTS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['early', [0, 5]], ['mid', [3, 8]], ['middle', [3, 8]], ['late', [5, 10]],
]);
/** A decade written on its number: "30s", "30's" (not "30 s", thirty seconds). */
const ATTACHED_DECADE = /(?<![\p{L}\p{N}.,])[1-9]0['’]?s(?![\p{L}\p{N}])/u;
/** Years a decade or century is told by: "the 1990s", "the late 1800s". */
const ATTACHED_YEARS = /(?<![\p{L}\p{N}.,])[12]\d{2}0['’]?s(?![\p{L}\p{N}])/u;
/** A scale written on its number, as counts abbreviate it: "1.2m", "300k", "2bn" (a plain number's, not a length's). */
const ATTACHED_SCALE = /\d(?:k|m|mn|mln|bn|b|tn)(?![\p{L}\p{N}])/iu;

/** Words that count nothing: "none", "nobody", "no one", "no deaths", "not one", "not a single". */
const NOTHING = new Set(['none', 'nobody', 'nothing', 'nil']);
/** After a count, a multiplier: "two dozen", "three score". */
const GROUPS: ReadonlyMap<string, number> = new Map([['dozen', 12], ['score', 20]]);
/** A partitive after "one" names a member of a set, not a count: "one of the victims". */
const PARTITIVE = new Set(['the', 'his', 'her', 'their', 'its', 'those', 'these', 'them', 'us', 'my', 'our', 'your']);

/** Reads number words from tokens[i]: "forty - two", "one hundred and twenty", "a dozen", "two dozen", "none". */
function readWords(tokens: readonly string[], i: number): Read | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  let j = i;
  const t0 = tokens[j];
  // Nothing counted: "none", "no one was hurt", "no deaths", "not one", "not a single one". "no" alone is a yes/no answer.
  if (t0 !== undefined && NOTHING.has(t0)) return { value: 0, halfUnit: 0, next: j + 1 };
  // "no-one", as British writers spell it.
  if (t0 === 'no' && tokens[j + 1] === '-' && tokens[j + 2] === 'one') return { value: 0, halfUnit: 0, next: j + 3 };
  if (t0 === 'no' && /^\p{L}/u.test(tokens[j + 1] ?? '')) {
    return { value: 0, halfUnit: 0, next: tokens[j + 1] === 'one' ? j + 2 : j + 1 };
  }
  if (t0 === 'not' && (tokens[j + 1] === 'one' || (tokens[j + 1] === 'a' && tokens[j + 2] === 'single'))) {
    return { value: 0, halfUnit: 0, next: j + (tokens[j + 1] === 'one' ? 2 : 3) };
  }
  if ((t0 === 'a' || t0 === 'one') && tokens[j + 1] === 'dozen') return { value: 12, halfUnit: 0.5, next: j + 2 };
  if (t0 === 'half' && tokens[j + 1] === 'a' && tokens[j + 2] === 'dozen') return { value: 6, halfUnit: 0.5, next: j + 3 };
  // "half a million", "half a billion": half the scale (not "a million").
  const halfScale = t0 === 'half' && (tokens[j + 1] === 'a' || tokens[j + 1] === 'an') ? SCALES.get(tokens[j + 2] ?? '') : undefined;
  if (halfScale !== undefined) return { value: halfScale / 2, halfUnit: halfScale / 20, next: j + 3 };
  if (t0 === 'a' && tokens[j + 1] === 'score' && tokens[j + 2] === 'of') return { value: 20, halfUnit: 10, next: j + 2 };
  if (t0 === 'a' && (tokens[j + 1] === 'half' || tokens[j + 1] === 'couple')) {
    if (tokens[j + 1] === 'half') return { value: 0.5, halfUnit: 0, next: j + 2 };
    return groupOf({ value: 2, halfUnit: 0.5, next: j + 2 }, tokens);
  }
  if (t0 === 'dozen') return { value: 12, halfUnit: 0.5, next: j + 1 };
  // "a hundred", "a hundred thousand", "a thousand five hundred": the article is the one.
  if ((t0 === 'a' || t0 === 'an') && SCALES.has(tokens[j + 1] ?? '')) {
    current = 1;
    seen = true;
    j++;
  }
  while (j < tokens.length) {
    const t = tokens[j]!;
    const small = SMALL.get(t);
    if (small !== undefined) {
      current += small;
      seen = true;
      j++;
    } else if (t === 'hundred' && seen) {
      current = (current === 0 ? 1 : current) * 100;
      j++;
    } else if (SCALES.has(t) && seen) {
      total += (current === 0 ? 1 : current) * SCALES.get(t)!;
      current = 0;
      j++;
    } else if ((t === '-' || (t === 'and' && (tokens[j - 1] === 'hundred' || SCALES.has(tokens[j - 1] ?? '')))) && seen && SMALL.has(tokens[j + 1] ?? '') && !(t === 'and' && (tokens[j + 2] === 'quarters' || tokens[j + 2] === 'quarter'))) {
      // "and" joins a number's words only after a hundred or a thousand ("one hundred and five"); "ten and eight"
      // is two numbers.
      j++;
    } else break;
  }
  if (!seen) return undefined;
  // "one of the victims" picks someone out of a set; it does not count them.
  if (total + current === 1 && j === i + 1 && tokens[j] === 'of' && PARTITIVE.has(tokens[j + 1] ?? '')) return undefined;
  return groupOf({ value: total + current, halfUnit: 0.5, next: j }, tokens);
}

/**
 * Fractions told around a unit, rewritten as a number before it: "a mile and a half" and "an hour and a half"
 * (1 and a half), "half a mile" (0.5), "a quarter mile", "a quarter of a mile" (0.25), "three quarters of a
 * mile" (0.75), and "a month", "about an hour" (1).
 */
function unitFractions(tokens: string[]): string[] {
  if (!tokens.some((t) => t === 'a' || t === 'an' || t === 'half' || t === 'quarter' || t === 'quarters' || t === 'and')) return tokens;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const unitAt = (k: number) => isUnitWord(tokens[k] ?? '');
    // "a mile and a half", "two hours and a half": the fraction moves before the unit.
    const fraction = unitAt(i + 1) ? fractionAfter(tokens, i + 2) : undefined;
    if (fraction !== undefined && (t === 'a' || t === 'an' || t === 'one' || readDigits(t) !== undefined || SMALL.has(t))) {
      out.push(t === 'a' || t === 'an' ? '1' : t, ...tokens.slice(i + 2, fraction.next), tokens[i + 1]!);
      i = fraction.next - 1;
      continue;
    }
    if (t === 'half' && (tokens[i + 1] === 'a' || tokens[i + 1] === 'an') && unitAt(i + 2)) {
      out.push('0.5', tokens[i + 2]!);
      i += 2;
      continue;
    }
    // "three quarters", "three-quarters".
    const q = tokens[i + 1] === '-' ? i + 2 : i + 1;
    const quarter = (t === 'a' || t === 'one') && tokens[i + 1] === 'quarter' ? 0.25 : t === 'three' && (tokens[q] === 'quarters' || tokens[q] === 'quarter') ? 0.75 : 0;
    if (quarter > 0) {
      let k = (quarter === 0.75 ? q : i + 1) + 1;
      if (tokens[k] === 'of' && (tokens[k + 1] === 'a' || tokens[k + 1] === 'an')) k += 2;
      else if (tokens[k] === '-') k++;
      if (unitAt(k)) {
        out.push(String(quarter), tokens[k]!);
        i = k;
        continue;
      }
    }
    // "a month", "about an hour": about one, unless a number came before ("5 a month" is a rate), an alternative
    // follows ("a year or two", "an hour or so") or the word is the ordinal ("a second straight year").
    if (
      (t === 'a' || t === 'an') &&
      unitAt(i + 1) &&
      tokens[i + 1] !== 'second' &&
      tokens[i + 2] !== 'or' &&
      !out.some((o) => readDigits(o) !== undefined || SMALL.has(o))
    ) {
      // Spoken "a month" is round: about a month, unless a hedge or bound before it says how ("more than a month").
      // "1.0": the one is no rounding of 0.5 to 1.5; "about" gives it its spread.
      if (!MODIFIER_ENDS.has(out.at(-1) ?? '')) out.push('about');
      out.push('1.0');
      continue;
    }
    out.push(t);
  }
  return out;
}

/** "below zero" after a number, or "below" ending the value, with "degrees" between or not. */
function belowZero(tokens: readonly string[], at: number): boolean {
  let k = at;
  if (tokens[k] === 'degrees' || tokens[k] === 'degree' || tokens[k] === '°') k++;
  return tokens[k] === 'below' && (tokens[k + 1] === 'zero' || tokens[k + 1] === undefined);
}

/**
 * A count told in groups: "two dozen" (24), "three score" (60), "a couple
 * of dozen". Counting in dozens rounds to the dozen, so "two dozen" is
 * anything from 18 to 30 (a single dozen stays 12).
 */
function groupOf(read: Read, tokens: readonly string[]): Read {
  let at = read.next;
  if (tokens[at] === 'of' && GROUPS.has(tokens[at + 1] ?? '')) at++;
  const size = GROUPS.get(tokens[at] ?? '');
  if (size === undefined) return read;
  return { value: read.value * size, halfUnit: read.value === 1 ? 0.5 : size / 2, next: at + 1 };
}

/**
 * "and a half", "and one half", "and a quarter", "and three quarters" after a whole number, hyphens between the
 * words or not ("a year-and-a-half"): the fraction, told to half its grain (a half is 0.375 to 0.625).
 */
function fractionAfter(tokens: readonly string[], at: number): Read | undefined {
  const words: string[] = [];
  let k = at;
  while (words.length < 3 && k < tokens.length) {
    if (tokens[k] === '-') {
      k++;
      continue;
    }
    words.push(tokens[k]!);
    k++;
  }
  const [and, a, b] = words;
  if (and !== 'and') return undefined;
  if ((a === 'a' || a === 'one') && b === 'half') return { value: 0.5, halfUnit: 0.125, next: k };
  if ((a === 'a' || a === 'one') && b === 'quarter') return { value: 0.25, halfUnit: 0.0625, next: k };
  if (a === 'three' && (b === 'quarters' || b === 'quarter')) return { value: 0.75, halfUnit: 0.0625, next: k };
  return undefined;
}

/**
 * A number at tokens[i], with a fraction after it: "two and a half" is 2.5, "2½ million" 2.5 million, "a
 * million and a half" 1.5 million (the fraction is of the scale the number ended with).
 */
function readNumberAt(tokens: readonly string[], i: number, shortScales = false): Read | undefined {
  const whole = readWholeAt(tokens, i, shortScales);
  if (whole === undefined || whole.vague !== undefined || whole.decade === true || !Number.isInteger(whole.value)) return whole;
  const part = fractionAfter(tokens, whole.next);
  if (part === undefined) return whole;
  const endedWith = SCALES.get(tokens[whole.next - 1] ?? '');
  if (endedWith !== undefined && whole.value >= endedWith) {
    return { value: whole.value + part.value * endedWith, halfUnit: part.halfUnit * endedWith, next: part.next, fraction: true };
  }
  const scale = SCALES.get(tokens[part.next] ?? '') ?? (shortScales ? SHORT_SCALES.get(tokens[part.next] ?? '') : undefined);
  if (scale !== undefined) return { value: (whole.value + part.value) * scale, halfUnit: part.halfUnit * scale, next: part.next + 1, fraction: true };
  return { value: whole.value + part.value, halfUnit: part.halfUnit, next: part.next, fraction: true };
}

function readWholeAt(tokens: readonly string[], i: number, shortScales = false): Read | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  const digits = readDigits(t);
  if (digits !== undefined) {
    let value = digits.value;
    let halfUnit = 0.5 * 10 ** -digits.decimals;
    let next = i + 1;
    // "$1.2-million": a scale word may be joined on with a hyphen.
    const hyphened = tokens[next] === '-' && SCALES.has(tokens[next + 1] ?? '');
    const scaleWord = tokens[hyphened ? next + 1 : next];
    // "$2m" is two million dollars, but "2 m" alone is two metres.
    const scale =
      scaleWord === undefined ? undefined : (SCALES.get(scaleWord) ?? (shortScales ? SHORT_SCALES.get(scaleWord) : undefined));
    if (scale !== undefined) {
      value *= scale;
      halfUnit *= scale;
      next += hyphened ? 2 : 1;
    } else if (digits.decimals === 0 && GROUPS.has(scaleWord ?? '')) {
      // "2 dozen"
      return groupOf({ value, halfUnit, next }, tokens);
    } else if (digits.decimals === 0 && value >= 1000) {
      // "742,000": three or more trailing zeros read as rounding to that place.
      const zeros = /0*$/.exec(String(value))![0].length;
      if (zeros >= 3) halfUnit = 0.5 * 10 ** zeros;
    }
    return { value, halfUnit, next };
  }
  const vague = VAGUE.get(t);
  if (vague !== undefined) return { value: (vague[0] + vague[1]) / 2, halfUnit: 0, vague, next: i + 1 };
  return readWords(tokens, i);
}

function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
  const rounded = Number(n.toPrecision(12));
  return Math.abs(rounded) >= 1e21 ? rounded.toExponential() : String(rounded);
}

/**
 * Reads the first number phrase in a text, with its modifiers and the words
 * around it. Returns `undefined` when there is no number or more than one.
 *
 * With `decades`, "30s", "mid-40s", "in his thirties" read as decades (of an age): only where a plain number is
 * meant; a quantity's "30s" is thirty seconds. With `attachedScales`, a scale letter on the digits is a scale
 * ("1.2m", "300k": a count's, where no unit can be meant). With `yearSpans`, "the 1990s", "the late 1800s" are
 * spans of years (a decade, or a century for a number ending in 00). A scale word may follow a hyphen
 * ("$1.2-million").
 *
 * @example
 * readNumberPhrase('up to 18 months');
 * //=> { lo: 0, hi: 18, center: 18, approx: false, key: '<=18', after: ['months'], … }
 */
export function readNumberPhrase(raw: string, decades = false, attachedScales = false, yearSpans = false): NumberPhrase | undefined {
  const shortScale = attachedScales && ATTACHED_SCALE.test(raw);
  const tokens = unitFractions(numberTokens(raw));
  const before: string[] = [];
  let bound: Bound | undefined;
  let symbol: string | undefined;
  let negative = false;
  let i = 0;
  let first: Read | undefined;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t === '$' || t === '€' || t === '£' || t === '¥' || t === '₹') {
      symbol = t;
      i++;
      continue;
    }
    if (t === '-' && readDigits(tokens[i + 1] ?? '') !== undefined && first === undefined && before.length === 0) {
      negative = true;
      i++;
      continue;
    }
    // "minus 20 degrees", "a low of minus 4", "negative 5": the sign written as a word.
    // Not a margin: "plus or minus 3 points" is 3 either way.
    const margin = before.at(-1) === 'or' && before.at(-2) === 'plus';
    if ((t === 'minus' || (t === 'negative' && before.length === 0)) && !margin && first === undefined && !negative && readNumberAt(tokens, i + 1) !== undefined) {
      negative = true;
      i++;
      continue;
    }
    const modifier = MODIFIERS.find(([words]) => words.every((w, k) => tokens[i + k] === w));
    if (modifier !== undefined && readNumberAt(tokens, i + modifier[0].length) !== undefined) {
      bound = modifier[1];
      i += modifier[0].length;
      continue;
    }
    if (modifier !== undefined && (tokens[i + modifier[0].length] === '$' || tokens[i + modifier[0].length] === '€' || tokens[i + modifier[0].length] === '£')) {
      bound = modifier[1];
      i += modifier[0].length;
      continue;
    }
    // "in his thirties", "her late twenties": a decade in words, after a possessive or a part of it.
    const decadeWord = DECADE_WORDS.get(t);
    if (decades && decadeWord !== undefined && DECADE_LEAD.has(tokens[i - 1] ?? '')) {
      first = { value: decadeWord, halfUnit: 0.5, next: i + 1, decade: true };
      break;
    }
    first = readNumberAt(tokens, i, symbol !== undefined || shortScale);
    if (first !== undefined) break;
    before.push(t);
    i++;
  }
  if (first === undefined) return undefined;
  i = first.next;
  // "30 below zero", "20 degrees below", "5 below": under zero.
  if (!negative && first.vague === undefined && belowZero(tokens, i)) negative = true;
  let lo = first.vague?.[0] ?? first.value - first.halfUnit;
  let hi = first.vague?.[1] ?? first.value + first.halfUnit;
  let center = first.value;
  let approx = first.vague !== undefined;
  let halfUnit = first.vague === undefined ? first.halfUnit : 0;
  let key = formatNumber(negative ? -first.value : first.value);
  if (negative) [lo, hi, center] = [-hi, -lo, -center];
  // "30s", "mid-40s", "20-something": a decade of years (of an age), or its early, middle or late part.
  const somethings = tokens[i] === '-' && tokens[i + 1] === 'something';
  const apostrophe = tokens[i] === "'" || tokens[i] === '’' ? 1 : 0;
  const attached = tokens[i + apostrophe] === 's' && ATTACHED_DECADE.test(raw);
  // "the 1990s", "the late 1800s": a decade of years, or a century when its number ends in 00 (generous: "the
  // 1900s" may be either), and its early, middle or late part.
  const years =
    yearSpans && !negative && first.vague === undefined && first.decade !== true && first.value >= 1000 && first.value < 3000 && first.value % 10 === 0 && tokens[i + apostrophe] === 's' && ATTACHED_YEARS.test(raw);
  if (years || (decades && !negative && first.vague === undefined && DECADES.has(first.value) && (first.decade === true || somethings || attached))) {
    const lead = before.at(-1) === '-' ? before.at(-2) : before.at(-1);
    const part = lead === undefined ? undefined : DECADE_PARTS.get(lead);
    const [from, to] = part ?? [0, 10];
    const span = years && first.value % 100 === 0 ? 10 : 1;
    lo = first.value + from * span;
    hi = first.value + to * span - 1e-9;
    center = (lo + hi) / 2;
    halfUnit = 0;
    approx = true;
    key = `${part === undefined ? '' : `${lead} `}${first.value}s`;
    i = first.decade === true ? first.next : i + (somethings ? 2 : 1 + apostrophe);
    const after = tokens.slice(i).filter((t) => !(t === '$' || t === '€' || t === '£' || t === '¥' || t === '₹'));
    if (after.some((t) => readDigits(t) !== undefined)) return undefined;
    return { lo, hi, center, halfUnit, approx, key, after, before, symbol };
  }
  // "40 or so" is about 40.
  if (tokens[i] === 'or' && tokens[i + 1] === 'so' && bound === undefined) {
    bound = 'approx';
    i += 2;
  }
  // A range: "10-12", "10 to 12", "between 10 and 12", and as people say it, "40 or 50", "like 40 or 50".
  const joiner = tokens[i];
  if (
    (joiner === '-' || joiner === '–' || joiner === 'to' || joiner === 'or' || (joiner === 'and' && before.at(-1) === 'between')) &&
    (bound === undefined || bound === 'approx')
  ) {
    const second = readNumberAt(tokens, i + 1);
    if (second !== undefined && second.vague === undefined && second.value > first.value) {
      if (before.at(-1) === 'between') before.pop();
      hi = second.value + second.halfUnit;
      center = (first.value + second.value) / 2;
      key = `${formatNumber(first.value)}..${formatNumber(second.value)}`;
      halfUnit = 0;
      i = second.next;
    }
  }
  // "100+", "100-plus", "$1 million plus": at least that many.
  if (tokens[i] === '+' || tokens[i] === 'plus' || (tokens[i] === '-' && tokens[i + 1] === 'plus')) {
    bound = 'atleast';
    i += tokens[i] === '-' ? 2 : 1;
  }
  if (bound !== undefined) halfUnit = 0;
  switch (bound) {
    case 'approx': {
      const spread = Math.max(Math.abs(center) * APPROX, first.halfUnit);
      lo = Math.min(lo, center - spread);
      hi = Math.max(hi, center + spread);
      approx = true;
      key = `~${key}`;
      break;
    }
    case 'nearly':
      lo = Math.min(lo, center * (1 - APPROX));
      approx = true;
      key = `~<${key}`;
      break;
    case 'above':
      lo = center;
      hi = Number.POSITIVE_INFINITY;
      key = `>${key}`;
      break;
    case 'atleast':
      lo = center;
      hi = Number.POSITIVE_INFINITY;
      key = `>=${key}`;
      break;
    case 'below':
      hi = center;
      lo = center >= 0 ? 0 : Number.NEGATIVE_INFINITY;
      key = `<${key}`;
      break;
    case 'atmost':
      lo = center >= 0 ? 0 : Number.NEGATIVE_INFINITY;
      hi = center;
      key = `<=${key}`;
      break;
    case undefined:
      if (first.vague !== undefined) key = tokens[first.next - 1]!;
      break;
  }
  const after: string[] = [];
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t === '$' || t === '€' || t === '£' || t === '¥' || t === '₹') symbol ??= t;
    else after.push(t);
  }
  // A second number ("July 12, 2024", "5 feet 11") is not one number phrase.
  for (let k = 0; k < after.length; k++) if (readDigits(after[k]!) !== undefined) return undefined;
  return first.fraction === true && halfUnit > 0 ? { lo, hi, center, halfUnit, approx, key, after, before, symbol, fraction: true } : { lo, hi, center, halfUnit, approx, key, after, before, symbol };
}

export { formatNumber };

/** Relation of two number intervals, with a tolerance for the gap between them. */
export function compareIntervals(
  a: NumberInterval,
  b: NumberInterval,
  tolerance: { readonly absolute: number; readonly relative: number } | undefined,
): Comparison {
  if (a.key === b.key) return SAME;
  const gap = Math.max(a.lo - b.hi, b.lo - a.hi);
  // Touching intervals ("48" = [47.5, 48.5] and "49") are disjoint: the gap must be negative to overlap,
  // by more than float noise (8.6 + 0.05 and 8.7 - 0.05 differ in the last bit: "8.6" and "8.7" touch).
  const scale = Math.max(Math.abs(a.center), Math.abs(b.center));
  const noise = 1e-9 * Math.max(1, scale);
  const allowed = tolerance === undefined ? 0 : tolerance.absolute + tolerance.relative * scale;
  if (gap < -noise || (allowed > 0 && gap <= allowed)) return COMPATIBLE;
  // Values just outside tolerance (or within 1% of each other without one) are weaker evidence of a real
  // disagreement: 741,329 vs 742,884 is, an age of 11 vs 12 is not.
  const near = Math.max(allowed * 2, 0.01 * scale);
  return Math.abs(a.center - b.center) <= near ? SOFT_CONFLICT : CONFLICT;
}

/**
 * How far apart two amounts are beyond what their writing allows: the gap
 * between the two intervals, relative to the larger amount — 0 when they
 * touch (one unit of the last written digit apart: "11" and "12", the ages
 * "1-year-old" and "2-year-old"), "22-month-old" and "2-year-old" 0.03, "3"
 * and "5" 0.2, "230,000" and "170,000" (rounded to 10,000) 0.22, "5" and
 * "500" 0.99.
 */
export function relativeDistance(a: NumberInterval, b: NumberInterval): number | undefined {
  const scale = Math.max(Math.abs(a.center), Math.abs(b.center));
  if (!Number.isFinite(scale)) return undefined;
  const gap = Math.max(0, Math.max(a.lo, b.lo) - Math.min(a.hi, b.hi));
  return scale === 0 ? 0 : gap / scale;
}
