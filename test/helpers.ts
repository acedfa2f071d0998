import type { ParseContext } from '../src/kinds/registry';

/** A parse context for a source published on the given ISO date (or none). */
export function published(iso?: string, dateOrder: ParseContext['dateOrder'] = 'auto'): ParseContext {
  if (iso === undefined) return { publishedAt: undefined, dateOrder };
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { publishedAt: Date.UTC(y, m - 1, d), dateOrder };
}

/** Unwraps a parse result, failing the test with the parser's reason. */
export function ok<V>(r: { ok: true; value: V } | { ok: false; reason: string }): V {
  if (!r.ok) throw new Error(`expected a value, got: ${r.reason}`);
  return r.value;
}
