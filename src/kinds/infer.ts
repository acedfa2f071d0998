import type { KindRegistry, RawScalar } from './registry';

/** How a group's kind was decided: configured, taken from the claims, or inferred. */
export type KindSource = 'options' | 'claims' | 'attribute' | 'values';

export interface InferredKind {
  readonly kind: string;
  readonly from: KindSource;
}

/**
 * A detector score from which a value plainly reads as a kind: a JSON boolean
 * or number (1), "7:10 a.m.", "July 12, 2024", "18 months", "66-year-old", a
 * street address. Below it, a value only may be of the kind ("Casa Chimayo").
 */
export const PLAIN = 0.8;

/**
 * Infers a group's kind from evidence, strongest first:
 *
 * 1. what most values plainly read as (the value's own JSON type counts: a
 *    boolean is a boolean, a number a number), preferring among such kinds one
 *    the attribute's words hint at, then the one more values plainly read as,
 *    then the higher total score (registry order breaks ties);
 * 2. else a kind whose hints (declared by each kind) name an attribute word
 *    and that most values parse as — a hint never overrides values that
 *    plainly read as another kind; of several such kinds, the one whose
 *    detector scores the values highest;
 * 3. else the kind whose detector scores the values highest, else the
 *    registry's fallback kind (text).
 *
 * @example
 * inferKind(['age'], ['66-year-old', 66], registry, …);          //=> { kind: 'number', from: 'values' }
 * inferKind(['venu'], ['Casa Chimayo', 'El Dorado'], registry, …); //=> { kind: 'place', from: 'attribute' }
 * inferKind(['when', 'shot', 'fire'], ['around 10 p.m.'], registry, …); //=> { kind: 'time', from: 'values' } (not a number of shots)
 */
/** Words after "how" that ask a measure, as attribute keys hold them ("how old" is "age how"). */
const MEASURES_AFTER_HOW: ReadonlySet<string> = new Set(['many', 'much', 'far', 'long', 'age', 'often', 'big', 'large', 'tall', 'high', 'deep', 'fast', 'soon', 'late', 'early', 'wide', 'heavy']);

export function inferKind(
  attributeTokens: readonly string[],
  values: readonly RawScalar[],
  registry: KindRegistry,
  parses: (kind: string, raw: RawScalar) => boolean,
  detect: (kind: string, raw: RawScalar) => number,
): InferredKind {
  const needed = Math.max(1, Math.ceil(values.length / 2));
  const order = registry.names();
  const hinted: string[] = [];
  // "how she left the scene", "how he was killed" ask a manner, told in words: the fallback kind (text) is hinted and
  // their other words ("scene", "killed") hint at nothing. "how many", "how far", "how old" (read "age") ask a
  // measure, and "how and where he was shot" a place too (keys read "where" as plac, "when" as dat): their words hint as ever.
  const manner = attributeTokens.includes('how') && !attributeTokens.some((t) => MEASURES_AFTER_HOW.has(t) || t === 'plac' || t === 'dat');
  const fallbackKind = registry.fallback()?.kind;
  if (manner && fallbackKind !== undefined) hinted.push(fallbackKind);
  for (const t of manner ? [] : attributeTokens) {
    const h = registry.hintOf(t);
    if (h !== undefined && !hinted.includes(h)) hinted.push(h);
  }
  // Hints in registry order, so "date of the sentence" prefers date over duration when both read.
  hinted.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const reads = (kind: string) => {
    let ok = 0;
    for (const v of values) if (parses(kind, v)) ok++;
    return ok;
  };
  // Per kind in registry order: values it plainly reads, values it may read, total score.
  const plain: number[] = [];
  const some: number[] = [];
  const score: number[] = [];
  for (const kind of order) {
    let p = 0;
    let s = 0;
    let total = 0;
    for (const v of values) {
      const d = detect(kind, v);
      total += d;
      if (d > 0) s++;
      if (d >= PLAIN) p++;
    }
    plain.push(p);
    some.push(s);
    score.push(total);
  }
  let best: number | undefined;
  for (let k = 0; k < order.length; k++) {
    if (plain[k]! < needed) continue;
    if (best === undefined) {
      best = k;
      continue;
    }
    const h = hinted.includes(order[k]!) ? 1 : 0;
    const hb = hinted.includes(order[best]!) ? 1 : 0;
    if (h - hb > 0 || (h === hb && (plain[k]! > plain[best]! || (plain[k] === plain[best] && score[k]! > score[best]!)))) best = k;
  }
  if (best !== undefined && reads(order[best]!) >= needed) return { kind: order[best]!, from: hinted.includes(order[best]!) ? 'attribute' : 'values' };
  // Of the hinted kinds that read most values, the one whose detector sees them best ("place of death":
  // "a nearby hospital" may be one of something, but it looks like a place), the first hinted on a tie.
  let chosen: string | undefined;
  let chosenScore = -1;
  for (const kind of hinted) {
    if (reads(kind) < needed) continue;
    const s = score[order.indexOf(kind)]!;
    if (s > chosenScore) {
      chosen = kind;
      chosenScore = s;
    }
  }
  if (chosen !== undefined) return { kind: chosen, from: 'attribute' };
  // Without a fallback kind, the last kind registered.
  let fallback = registry.fallback()?.kind ?? order[order.length - 1]!;
  let bestScore = 0;
  for (let k = 0; k < order.length; k++) {
    if (some[k]! > values.length / 2 && score[k]! > bestScore) {
      fallback = order[k]!;
      bestScore = score[k]!;
    }
  }
  return { kind: fallback, from: 'values' };
}
