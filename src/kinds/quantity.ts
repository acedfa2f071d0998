import { type NumberInterval, compareIntervals, formatNumber, readNumberPhrase, relativeDistance } from './numeric';
import { incomparable, type KindDefinition, type ParseResult, type RawScalar } from './registry';
import { COMPATIBLE } from './contract';
import { type Dimension, type MeasurementSystem, type UnitDefinition, currencyOf, findUnit } from './units';

/** An amount with a unit, as an interval in the dimension's base unit. */
export interface QuantityValue extends NumberInterval {
  /** `time`, `length`, … or `money`. */
  readonly dimension: Dimension | 'money';
  /** ISO code for money: amounts in different currencies are not compared. */
  readonly currency: string | undefined;
  /** The unit's system of measurement; none for time and money. */
  readonly system: MeasurementSystem | undefined;
  /**
   * Where the amount lies if its writer rounded a conversion from another
   * system, in the base unit: the written number read to its last significant
   * digit (a whole number's trailing zeros count as rounding: "150 meters" is
   * 145–155 m), at most 10 % of it either way (a temperature only to its last digit). Only
   * amounts of two systems are compared by it.
   */
  readonly roundedLo: number;
  readonly roundedHi: number;
}

/**
 * How far a converted amount may be rounded, as a share of the number
 * written: wire copy gives "2 miles (3 kilometers)" (3.22 km, 7 % off) and
 * "500 feet (150 meters)" (152.4 m) but not "1 mile (2 kilometers)".
 */
export const CONVERSION_ROUNDING = 0.1;

/** Half the place of a whole number's last nonzero digit: 150 → 5, 2000 → 500, 152 → 0.5. */
function trailingZerosHalf(n: number): number {
  let place = 1;
  while (n >= place * 10 && n % (place * 10) === 0) place *= 10;
  return place / 2;
}

// The unit a canonical key is written in, largest first; the first that gives a whole number wins.
const DISPLAY_UNITS: Readonly<Record<Dimension, readonly (readonly [string, number])[]>> = {
  time: [['day', 86_400], ['hour', 3600], ['minute', 60], ['second', 1]],
  length: [['km', 1000], ['m', 1], ['cm', 0.01], ['mm', 0.001]],
  mass: [['t', 1000], ['kg', 1], ['g', 0.001]],
  speed: [['m/s', 1]],
  area: [['km2', 1e6], ['m2', 1]],
  volume: [['l', 0.001], ['ml', 1e-6]],
  temperature: [['K', 1]],
};
const MONTH: readonly [string, number] = ['month', 2_629_746];

/** At most three decimals once float noise is rounded away: 18, 1.5, 8046.72. */
function isTidy(x: number): boolean {
  const r = Number(x.toPrecision(12));
  return Math.abs(r * 1000 - Math.round(r * 1000)) < 1e-6;
}

/** The largest unit in which the amount is at least 1 and tidy, so equal amounts share one canonical form. */
function displayUnit(unit: UnitDefinition, baseCenter: number): readonly [string, number] {
  const choices = unit.calendar === true ? [MONTH, ...DISPLAY_UNITS[unit.dimension]] : DISPLAY_UNITS[unit.dimension];
  for (const choice of choices) {
    const amount = Math.abs(baseCenter / choice[1]);
    if (baseCenter === 0 || (amount >= 1 && isTidy(amount))) return choice;
  }
  return choices[choices.length - 1]!;
}

const BRACKETED = /\([^()]{0,60}\)/g;
const NUMBER_IN_KEY = /-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/g;

/**
 * Reads an amount with a unit: "18 months", "18-month sentence", "1.5 years",
 * "up to 18 months", "$2 million", "5 miles". `accept` says which dimensions
 * the calling kind takes.
 *
 * @example
 * parseQuantity('18-month sentence', () => true).value.key;  //=> '18 month'
 * parseQuantity('1.5 years', () => true).value.key;          //=> '18 month'
 */
export function parseQuantity(raw: RawScalar, accept: (dimension: Dimension | 'money') => boolean): ParseResult<QuantityValue> {
  return readQuantity(raw, accept).result;
}

const AGE_DECADE = /\b(?:his|her|their|early|mid|middle|late)[-\s]+[1-9]0['’]?s\b/i;

/** Words that may follow an amount without describing a thing: the unit's own words, hyphens, dots. */
const UNIT_GLUE = new Set(['-', '.', 'per', '/', 'a', 'an', 'of']);

/**
 * Reads an amount, and says whether words describe a thing after its unit
 * (".9mm handgun", "18-month sentence"): such a value names a thing with a
 * measure, which is weaker evidence that the attribute is an amount.
 */
/**
 * Feet and inches, pounds and ounces, as one amount in the smaller unit: "5-foot-10", "5 feet 10 inches",
 * "5'10\"", "6 ft 2 in" (70 and 74 inches); "15 pounds 4 ounces", "7 lbs 8 oz" (244 and 120 ounces). Inches
 * need their word or mark, or to end the value ("5-foot-10", "5-foot-10 tall"): "40-foot 6-wheel truck" is no
 * height. Bounded quantifiers only: linear on any input.
 */
const FEET_INCHES = /(?<![\d.])(\d{1,2})[^\S\n]{0,3}-?[^\S\n]{0,3}(?:feet|foot|ft\.?|'|’)[^\S\n]{0,3}-?[^\S\n]{0,3}(\d{1,2}(?:\.\d{1,2})?)(?![\d.,]?\d)(?:[^\S\n]{0,3}(?:inches|inch|in\.?(?![\p{L}])|"|”|''|’’)|(?=[^\S\n]{0,3}(?:tall\b|$)))/u;
const POUNDS_OUNCES = /(?<![\d.])(\d{1,4})[^\S\n]{0,3}(?:pounds|pound|lbs?\.?)[^\S\n]{0,3},?[^\S\n]{0,3}(\d{1,2}(?:\.\d{1,2})?)[^\S\n]{0,3}(?:ounces|ounce|oz\.?)(?![\p{L}])/u;

function joinCompound(raw: string): string {
  const fi = FEET_INCHES.exec(raw);
  if (fi !== null && Number(fi[2]) < 12) return `${raw.slice(0, fi.index)}${Number(fi[1]) * 12 + Number(fi[2])} inches${raw.slice(fi.index + fi[0].length)}`;
  const po = POUNDS_OUNCES.exec(raw);
  if (po !== null && Number(po[2]) < 16) return `${raw.slice(0, po.index)}${Number(po[1]) * 16 + Number(po[2])} ounces${raw.slice(po.index + po[0].length)}`;
  return raw;
}

function readQuantity(written: RawScalar, accept: (dimension: Dimension | 'money') => boolean): { result: ParseResult<QuantityValue>; trailing: boolean } {
  const raw = typeof written === 'string' && written.length <= 200 ? joinCompound(written) : written;
  const result = readAmount(raw, accept, written);
  if (!result.ok || typeof raw !== 'string') return { result, trailing: false };
  const phrase = readNumberPhrase(raw.includes('(') ? raw.replace(BRACKETED, ' ') : raw);
  const unit = phrase === undefined ? undefined : findUnit(phrase.after);
  const own = new Set(unit?.name.split(' ') ?? []);
  const trailing = phrase?.after.some((t) => !own.has(t) && !UNIT_GLUE.has(t) && currencyOf(t) === undefined && !/^\p{P}$/u.test(t)) === true;
  return { result, trailing };
}

/** A number with a capital M of its own ("1.2M", "3 M"). */
const MEGA = /\d\s?M(?![\p{L}\p{N}])/u;

/** Currency words that are also units of another dimension. */
const AMBIGUOUS_CURRENCY: ReadonlySet<string> = new Set(['pound', 'pounds']);

function readAmount(raw: RawScalar, accept: (dimension: Dimension | 'money') => boolean, written: RawScalar = raw): ParseResult<QuantityValue> {
  if (typeof raw !== 'string') return { ok: false, reason: 'an amount with a unit must be written as text, e.g. "18 months"' };
  if (raw.length > 200) return { ok: false, reason: 'too long to be an amount' };
  const quoted = String(written);
  // "in his 30s", "her mid-40s", "early 20s": a decade of someone's age, not thirty seconds.
  if (AGE_DECADE.test(raw)) return { ok: false, reason: `"${quoted}" tells a decade of an age, not an amount` };
  // "1.2M" is 1.2 million (a metre is "m"; in SI "M" is mega): a count, unless money's symbol makes it an amount.
  if (MEGA.test(raw) && !/[$€£¥₹]/u.test(raw)) return { ok: false, reason: `"${quoted}": "M" after a number is a million, not a metre` };
  // A conversion in brackets restates the amount ("10 kilometers (6 miles)"): the amount written first counts.
  const phrase = readNumberPhrase(raw.includes('(') ? raw.replace(BRACKETED, ' ') : raw);
  if (phrase === undefined) return { ok: false, reason: `"${quoted}" holds no single number` };
  // "pounds" written out is a mass as well as a currency: a kind that takes masses reads it as one ("200 pounds"
  // under "weight"); the money kind, which an attribute of money picks by its words ("bail", "fine"), as sterling.
  const word = phrase.after[0];
  const currency =
    (phrase.symbol === undefined ? undefined : currencyOf(phrase.symbol)) ??
    (word === undefined || (AMBIGUOUS_CURRENCY.has(word) && accept('mass')) ? undefined : currencyOf(word)) ??
    (phrase.before.at(-1) === undefined ? undefined : currencyOf(phrase.before.at(-1)!));
  let unit: UnitDefinition;
  let dimension: Dimension | 'money';
  if (currency !== undefined) {
    unit = { dimension: 'length', factor: 1 }; // money has no conversion: a factor of 1 in its own currency
    dimension = 'money';
  } else {
    const found = findUnit(phrase.after);
    if (found === undefined) return { ok: false, reason: `"${quoted}" has no unit crosscheck knows` };
    unit = found.unit;
    dimension = unit.dimension;
  }
  if (!accept(dimension)) return { ok: false, reason: `"${quoted}" is a ${dimension} amount` };
  // An exact amount is as precise as written, but never looser than 2 %:
  // "2 years" is not "18 months", while "8 km" is "5 miles".
  let lo = phrase.lo;
  let hi = phrase.hi;
  if (phrase.halfUnit > 0) {
    // A spoken fraction is as precise as its grain ("a month and a half" is about six weeks).
    const h = phrase.fraction === true ? phrase.halfUnit : Math.min(phrase.halfUnit, 0.02 * Math.abs(phrase.center));
    lo = phrase.center - h;
    hi = phrase.center + h;
  }
  const offset = unit.offset ?? 0;
  const toBase = (x: number) => x * unit.factor + offset;
  const center = toBase(phrase.center);
  let roundedLo = toBase(lo);
  let roundedHi = toBase(hi);
  if (phrase.halfUnit > 0) {
    const written = Math.abs(phrase.center);
    // A whole number's trailing zeros may be rounding, unless it was summed from parts ("5-foot-10" is 70 inches).
    // A temperature's scale has no zero to take a share of: only its last written digit ("90 F (32 C)").
    const interval = unit.offset !== undefined;
    const place = Number.isInteger(written) && written >= 10 && raw === quoted && !interval ? Math.max(phrase.halfUnit, trailingZerosHalf(written)) : phrase.halfUnit;
    const h = interval ? place : Math.min(place, CONVERSION_ROUNDING * written);
    roundedLo = toBase(phrase.center - h);
    roundedHi = toBase(phrase.center + h);
  }
  let key: string;
  if (dimension === 'money') {
    key = `${phrase.key} ${currency}`;
  } else {
    const [name, factor] = displayUnit(unit, center - offset);
    const inBase = (n: number) => (toBase(n) - (dimension === 'temperature' ? 0 : offset)) / factor;
    // A unit with its own symbol keeps it unless every amount is a whole number of a display unit.
    const own = unit.symbol !== undefined && [...phrase.key.matchAll(NUMBER_IN_KEY)].some((m) => !Number.isInteger(Number(inBase(Number(m[0])).toPrecision(12))));
    key = own
      ? `${phrase.key.replace(NUMBER_IN_KEY, (n) => formatNumber(Number(n)))} ${unit.symbol}`
      : `${phrase.key.replace(NUMBER_IN_KEY, (n) => formatNumber(inBase(Number(n))))} ${name}`;
  }
  return {
    ok: true,
    value: {
      dimension,
      currency,
      system: dimension === 'money' ? undefined : unit.system,
      roundedLo,
      roundedHi,
      lo: toBase(lo),
      hi: toBase(hi),
      center,
      halfUnit: phrase.halfUnit * unit.factor,
      approx: phrase.approx,
      key,
    },
  };
}

function compareQuantities(a: QuantityValue, b: QuantityValue, tolerance: { readonly absolute: number; readonly relative: number } | undefined) {
  // Reasons name both sides in a fixed order: comparing a with b and b with a says the same.
  if (a.dimension !== b.dimension) {
    const [x, y] = [a.dimension, b.dimension].map((d) => (d === 'money' ? 'sum of money' : d)).sort();
    return incomparable(`one is a ${x}, the other a ${y}`);
  }
  if (a.currency !== b.currency) {
    const [x, y] = [a.currency ?? '', b.currency ?? ''].sort();
    return incomparable(`they are in different currencies (${x} and ${y}), and crosscheck has no exchange rates`);
  }
  // Two systems of measurement: one amount may be the other converted and rounded ("500 feet (150 meters)").
  if (a.system !== undefined && b.system !== undefined && a.system !== b.system && a.key !== b.key) {
    const noise = 1e-9 * Math.max(1, Math.abs(a.center), Math.abs(b.center));
    const within = (x: number, v: QuantityValue) => x >= v.roundedLo - noise && x <= v.roundedHi + noise;
    if (within(a.center, b) || within(b.center, a)) return COMPATIBLE;
  }
  return compareIntervals(a, b, tolerance);
}

function quantityKind(
  kind: string,
  conflictCode: string,
  accept: (dimension: Dimension | 'money') => boolean,
  hints: readonly string[] = [],
): KindDefinition<QuantityValue> {
  return {
    kind,
    conflictCode,
    conflictSeverity: 'high',
    contextual: false,
    hints,
    detect: (raw) => {
      if (typeof raw !== 'string') return 0;
      const r = readQuantity(raw, accept);
      return !r.result.ok ? 0 : r.trailing ? 0.6 : 0.9;
    },
    parse: (raw) => parseQuantity(raw, accept),
    compare: (a, b, ctx) => compareQuantities(a, b, ctx.tolerance),
    // Amounts of one dimension are in one base unit; different currencies have no distance.
    distance: (a, b) => (a.dimension === b.dimension && a.currency === b.currency ? relativeDistance(a, b) : undefined),
    normalize: (v) => v.key,
    specificity: (v) => (Number.isFinite(v.hi - v.lo) ? -Math.log2(1 + (v.hi - v.lo) / Math.max(1e-9, Math.abs(v.center))) : -100),
  };
}

/** Any amount with a unit or a currency. */
export const quantityKindDef = quantityKind('quantity', 'quantity_mismatch', () => true, ['weight', 'weigh', 'weighed', 'weighing']);
/** Lengths of time: "18 months", "1.5 years", "18-month". */
export const durationKind = quantityKind('duration', 'duration_mismatch', (d) => d === 'time', [
  'sentence', 'duration', 'term', 'prison', 'jail', 'period', 'length',
]);
/** Amounts of money: "$2 million", "€500". Different currencies are incomparable, not conflicting. */
export const moneyKind = quantityKind('money', 'money_mismatch', (d) => d === 'money', [
  'price', 'cost', 'fine', 'settlement', 'salary', 'budget', 'revenue', 'damages', 'bail', 'worth', 'payment', 'fee', 'paid',
  'bounty', 'reward',
]);
