import { expect } from 'vitest';
import { checkConsistency } from '../src/index';
import type { ParseContext } from '../src/kinds/registry';
import type { ClaimInput } from '../src/schema';

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

/** A small RFC 4180 reader, so the test does not trust the writer. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  expect(quoted).toBe(false);
  expect(field).toBe('');
  return rows;
}

/** The conflicting pairs of positions a check reports, each as its claims joined by "+", "a ~ b", sorted. */
export function conflictPairs(claims: ClaimInput[]): string[] {
  const r = checkConsistency(claims);
  const out: string[] = [];
  for (const g of r.groups) {
    for (const p of g.positions) for (const q of g.positions) if (p.conflictsWith.includes(q.id) && p.claims[0]! < q.claims[0]!) out.push(`${p.claims.join('+')} ~ ${q.claims.join('+')}`);
  }
  return out.sort();
}
