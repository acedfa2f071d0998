import type { CheckContext } from '../context';
import type { KindDefinition, ParseContext, RawScalar } from '../kinds/registry';
import type { ClaimTable, InferredKind, NormalizedKey, ValueOutcome } from '../model';
import type { ClaimValue } from '../schema';
import { SMALL } from '../kinds/numeric';
import { currencyOf, isUnitWord } from '../kinds/units';
import { type ValueNormalizer, addDistinct, countStated, roleOf } from './values';

/**
 * What the read stage knows of every claim before linking: the kind its
 * attribute is read as, and its value read through that kind. The link stage's
 * guard and the compare stage use these readings; compare reads again only a
 * claim whose linked group settles on another kind.
 */
export interface ReadClaims {
  /** The kind claim i's attribute key is read as. */
  readonly kindOf: (i: number) => InferredKind;
  /** The role claim i's attribute gives its value. */
  readonly roleOf: (i: number) => ParseContext['role'];
  /** Claim i's value read through that kind. */
  readonly outcome: (i: number) => ValueOutcome;
  /** The distinct raw values of the claims with this attribute key (placeholders left out). */
  readonly valuesOf: (attributeKey: string) => ReadonlySet<RawScalar> | undefined;
  /** The caches behind the readings, for reads under a linked group's kind. */
  readonly values: ValueNormalizer;
  /** What claim i's value is read as: its value, or the value with the hedge its quote gives it ("around 00:28"). */
  readonly rawOf: (i: number) => ClaimValue;
}

/**
 * Words before a figure that say it is not exact ("at about 12:30 a.m.", "around 300 people"). Bounds ("more
 * than", "up to") are left out: they say which side the figure lies on, which a value cannot carry. "that" before a
 * weekday is read the same way: "that Friday night" is the Friday the story told, not the one before the
 * publication date, so it says a weekday and no more (a value "Friday Night" quoted "that Friday night", months on);
 * not after a verb of saying, where "that" opens what was said ("confirmed that Saturday deputies arrested him").
 */
const HEDGE = /\b(about|around|approximately|approx\.|roughly|circa|an estimated|(?<!\b(?:said|says|say|confirmed|confirms|announced|announces|told|tells|reported|reports|added|adds|stated|states|noted|explained|learned|believe|believes|believed)\s+)that(?=\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b))\s+/gi;
/** Words read after a hedge, at most, for the figure it hedges. */
const HEDGED_WORDS = 6;
/**
 * Hedges, and other figures written with digits, a quote may hold and still be read for a hedge: a quote with more
 * is a list or a table, not a sentence that hedges the value, and reading every figure of it would cost each claim
 * thousands of reads.
 */
const MAX_HEDGES = 4;
const MAX_FIGURES = 8;

/**
 * The hedge a claim's quote puts before its value, when the value drops it: the quote says "around 12:28 a.m."
 * and the value is "00:28". The figure after each hedge of the quote is read through the claim's kind, one to
 * six words of it; the first reading equal to the value's own (the same key) finds the hedge — unless the quote
 * also states the value without a hedge ("about 20 shots were fired; 20 shell casings were found", "about 30
 * people came to a vigil for the 30-year-old"): which of the two figures the value is, the quote does not say.
 * Linear in the quote, and at most (4 + 8) × 6 span reads per claim (cached by text).
 */
function quotedHedge(quote: string, own: string, read: (text: string) => ValueOutcome): string | undefined {
  if (quote.length > 2_000) return undefined;
  const hedges = [...quote.matchAll(HEDGE)];
  if (hedges.length === 0 || hedges.length > MAX_HEDGES) return undefined;
  const hedged = new Set(hedges.map((m) => m.index + m[0].length));
  const found = hedges.find((m) => readsAs(quote, m.index + m[0].length, own, read));
  if (found === undefined) return undefined;
  let figures = 0;
  for (const w of quote.matchAll(/\S+/g)) {
    if (hedged.has(w.index) || !/\d/.test(w[0])) continue;
    if (++figures > MAX_FIGURES || readsAs(quote, w.index, own, read)) return undefined;
  }
  return found[1]!.toLowerCase();
}

/** Whether one to six words of the quote from `start` read as the key `own`. */
function readsAs(quote: string, start: number, own: string, read: (text: string) => ValueOutcome): boolean {
  const words = quote.slice(start, start + 120).split(/\s+/, HEDGED_WORDS);
  for (let w = 1; w <= words.length; w++) {
    const span = words.slice(0, w).join(' ').replace(/[,;:.!?)]+$/, '');
    if (span === '') continue;
    const o = read(span);
    if (o.type === 'value' && o.value.key === own) return true;
  }
  return false;
}

/** Cache scope of the kinds decided per attribute key before linking. */
const SCOPE = 'read';

/** A number and nothing else, as JSON or as text ("5", "1,200", "2.5"). */
const BARE_NUMBER = /^\s*[+-]?\d{1,3}(?:,\d{3})*(?:\.\d+)?\s*$|^\s*[+-]?\d+(?:\.\d+)?\s*$/;

function bareNumber(value: ClaimValue): boolean {
  return (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value.length <= 40 && BARE_NUMBER.test(value));
}

/** Units of time a name may give only in the plural: "incident_day: 12" is a day of the month, "days_missing: 12" twelve days. */
const SINGULAR_TIMES: ReadonlySet<string> = new Set(['day', 'week', 'month', 'year', 'hour', 'minute', 'second', 'min', 'mo', 'yr', 'hr', 'sec']);

/**
 * The unit an attribute's name ends with, which a bare number under it counts ("pregnancy_months", "distance in
 * miles", "Weight (lbs)", "sentence_years", "bail_amount_usd"): a unit or currency word, and for a unit of time a
 * plural ("incident_year: 2015" is a year, not 2,015 of them). A name that is only the unit ("Months") counts it too.
 */
export function attributeUnit(attribute: string): string | undefined {
  if (attribute.length > 200) return undefined;
  const words = attribute
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z°]+/)
    .filter((w) => w !== '');
  const last = words.at(-1);
  // A currency named in words counts as a unit ("bail_amount_usd", "Bail (USD)", "fine in dollars"): a code or a
  // plural, not "us", not a name's "Dollar" ("employees at Family Dollar"), not "CAD" (dispatch software as often).
  const currency = last !== undefined && CURRENCY_NAMES.has(last) && currencyOf(last) !== undefined;
  if (last === undefined || (!isUnitWord(last) && !currency) || SINGULAR_TIMES.has(last)) return undefined;
  // A scale before a currency counts in it ("damage_million_usd": 2.5 is $2.5 million: a cold review).
  if (currency && SCALES.has(words.at(-2) ?? '')) return `${words.at(-2)} ${last}`;
  // A unit that measures a span the name sets ("people_shot_within_10_hours", "deaths in the past 24 hours", "calls
  // per hour"): the value counts something else.
  const before = words.at(-2) ?? '';
  if (/\d/.test(attribute) || SPAN_WORDS.has(before) || SMALL.has(before)) return undefined;
  return last;
}

/**
 * Each claim whose bare number its attribute's own spelling gives a unit ("pregnancy_months": 5 → "5 months"), as the
 * raw value to read. Not where the caller configured the attribute or the claim states its kind, nor for the parts of one amount a source
 * splits over two units of one subject and attribute ("sentence_years": 2, "sentence_months": 6): each alone is less.
 */
function unitsOfAttributes(claims: ClaimTable, attributes: readonly NormalizedKey[], ctx: CheckContext): Map<number, ClaimValue> {
  const out = new Map<number, ClaimValue>();
  const unitOf = new Map<string, string | undefined>();
  const units = new Map<string, Set<string>>();
  // The unit each rewritten claim was given ("months", "million usd").
  const unitOfClaim = new Map<number, string>();
  const group = (i: number, unit: string) => `${claims.source[i]}\u0000${claims.subject[i]}\u0000${attributes[i]!.tokens.filter((t) => !unit.startsWith(t)).join(' ')}`;
  for (let i = 0; i < claims.size; i++) {
    // Not where the caller said how to read the attribute (a kind, a tolerance in its own unit) or the claim states its kind.
    if (!bareNumber(claims.value[i]!) || ctx.attributes.has(attributes[i]!.key) || claims.kind(i) !== undefined) continue;
    const spelling = claims.attribute[i]!;
    let unit = unitOf.get(spelling);
    if (!unitOf.has(spelling)) unitOf.set(spelling, (unit = attributeUnit(spelling)));
    if (unit === undefined) continue;
    out.set(i, `${String(claims.value[i]).trim()} ${unit}`);
    unitOfClaim.set(i, unit);
    const g = group(i, unit);
    const set = units.get(g);
    if (set === undefined) units.set(g, new Set([unit]));
    else set.add(unit);
  }
  for (const i of out.keys()) {
    const unit = unitOfClaim.get(i)!;
    if (units.get(group(i, unit))!.size > 1) out.delete(i);
  }
  return out;
}

/** Currency names an attribute may end with: codes and plurals. */
const CURRENCY_NAMES: ReadonlySet<string> = new Set(['usd', 'dollars', 'eur', 'euros', 'gbp', 'jpy', 'yen', 'inr', 'rupees', 'aud', 'chf', 'cny', 'yuan', 'rmb', 'mxn', 'pesos']);
/** Words that scale an amount ("damage_million_usd"). */
const SCALES: ReadonlySet<string> = new Set(['thousand', 'thousands', 'million', 'millions', 'billion', 'billions']);

/** Words before a unit that make it the measure of a span or a rate, not of the value. */
const SPAN_WORDS: ReadonlySet<string> = new Set(['within', 'per', 'every', 'each', 'after', 'over', 'last', 'past', 'next', 'first', 'few', 'several', 'many']);

/**
 * The read stage: decides a kind per distinct attribute key (configured,
 * stated by its claims, or inferred from the key and all its values) and
 * reads every claim's value through it. Each distinct raw value is parsed once
 * per kind and context (the normalizer caches by raw value).
 */
export function readClaims(
  claims: ClaimTable,
  attributes: readonly NormalizedKey[],
  ctx: CheckContext,
  values: ValueNormalizer,
): ReadClaims {
  const n = claims.size;
  // Distinct values, and the kinds claims state, per attribute key (by the key's number).
  interface Entry {
    readonly key: string;
    stated: Map<string, number> | undefined;
    readonly values: Set<RawScalar>;
    inferred?: InferredKind;
    def?: KindDefinition;
    role?: ParseContext['role'];
  }
  const byId: Entry[] = [];
  const entries: Entry[] = [];
  // Claims whose value is read with another raw value: the unit their attribute names, or a hedge their quote gives.
  const rewritten = unitsOfAttributes(claims, attributes, ctx);
  for (let i = 0; i < n; i++) {
    const a = attributes[i]!;
    let entry = byId[a.id];
    if (entry === undefined) {
      byId[a.id] = entry = { key: a.key, stated: undefined, values: new Set() };
      entries.push(entry);
    }
    addDistinct(rewritten.get(i) ?? claims.value[i]!, entry.values);
    entry.stated = countStated(entry.stated, claims.kind(i));
  }
  for (const entry of entries) {
    entry.inferred = values.decideKind([entry.key], entry.stated, entry.values, SCOPE);
    entry.def = ctx.registry.require(entry.inferred.kind);
    entry.role = roleOf(entry.key, ctx.registry);
  }
  const outcomes: ValueOutcome[] = new Array(n);
  // Claims whose quote hedges the value they state: read as hedged, by every stage (sparse: few claims).
  const hedged = rewritten;
  for (let i = 0; i < n; i++) {
    const k = byId[attributes[i]!.id]!;
    const day = k.def!.contextual ? ctx.sources.get(claims.source[i]!)?.publishedDay : undefined;
    const value = rewritten.get(i) ?? claims.value[i]!;
    let outcome = values.read(k.def!, value, claims.negated(i), day, k.role);
    const quote = claims.quote(i);
    if (quote !== undefined && outcome.type === 'value' && !Array.isArray(value) && typeof value !== 'boolean') {
      const hedge = quotedHedge(quote, outcome.value.key, (text) => values.read(k.def!, text, false, day, k.role));
      if (hedge !== undefined) {
        const raw = `${hedge} ${String(value)}`;
        const again = values.read(k.def!, raw, claims.negated(i), day, k.role);
        // Only where the kind reads the hedge, as a less specific value ("~00:28"): a kind that reads it as more
        // words ("about the shelter" as text) or not at all keeps the value as stated.
        if (again.type === 'value' && again.value.key !== outcome.value.key && again.value.specificity < outcome.value.specificity) {
          hedged.set(i, raw);
          outcome = again;
        }
      }
    }
    outcomes[i] = outcome;
  }
  const valuesOf = new Map(entries.map((e) => [e.key, e.values] as const));
  return {
    kindOf: (i) => byId[attributes[i]!.id]!.inferred!,
    roleOf: (i) => byId[attributes[i]!.id]!.role,
    outcome: (i) => outcomes[i]!,
    valuesOf: (key) => valuesOf.get(key),
    values,
    rawOf: (i) => hedged.get(i) ?? claims.value[i]!,
  };
}
