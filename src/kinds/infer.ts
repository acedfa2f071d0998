import type { KindRegistry, RawScalar } from './registry';

/** How a group's kind was decided: configured, taken from the claims, or inferred. */
export type KindSource = 'options' | 'claims' | 'attribute' | 'values';

export interface InferredKind {
  readonly kind: string;
  readonly from: KindSource;
}

/**
 * Infers a group's kind from its attribute tokens and raw values: a kind
 * whose hints (declared by each kind) name an attribute word and that most
 * values satisfy, else the kind whose detector scores the values highest
 * (registry order breaks ties), else the registry's fallback kind (text).
 *
 * @example
 * inferKind(['age'], ['66-year-old', 66], registry);        //=> { kind: 'number', from: 'attribute' }
 * inferKind(['venu'], ['Casa Chimayo', 'El Dorado'], registry); //=> { kind: 'place', from: 'attribute' }
 */
export function inferKind(
  attributeTokens: readonly string[],
  values: readonly RawScalar[],
  registry: KindRegistry,
  parses: (kind: string, raw: RawScalar) => boolean,
  detect: (kind: string, raw: RawScalar) => number,
): InferredKind {
  const needed = Math.max(1, Math.ceil(values.length / 2));
  const hinted: string[] = [];
  for (const t of attributeTokens) {
    const h = registry.hintOf(t);
    if (h !== undefined && !hinted.includes(h)) hinted.push(h);
  }
  // Hints in registry order, so "date of the sentence" prefers date over duration when both read.
  const order = registry.names();
  hinted.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  for (const kind of hinted) {
    let ok = 0;
    for (const v of values) if (parses(kind, v)) ok++;
    if (ok >= needed) return { kind, from: 'attribute' };
  }
  // Without a fallback kind, the last kind registered.
  let best = registry.fallback()?.kind ?? order[order.length - 1]!;
  let bestScore = 0;
  for (const kind of order) {
    let score = 0;
    let ok = 0;
    for (const v of values) {
      const s = detect(kind, v);
      score += s;
      if (s > 0) ok++;
    }
    if (ok >= needed && score > bestScore) {
      best = kind;
      bestScore = score;
    }
  }
  return { kind: best, from: 'values' };
}
