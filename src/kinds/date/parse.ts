import type { ParseNote, ParseContext, ParseResult, RawScalar } from '../registry';
import { buildValue } from './build';
import { CONNECTORS, dateTokens, hasContent, readPoint } from './phrase';
import type { DateValue } from './value';

/**
 * Parses a date as articles write it.
 *
 * @example
 * parseDate('Friday (12.07.24)', { publishedAt: Date.UTC(2024, 6, 13), dateOrder: 'auto' });
 * //=> { ok: true, value: { key: '2024-07-12', stated: ['weekday', 'year', 'month', 'day'], … } }
 */
export function parseDate(raw: RawScalar, ctx: ParseContext): ParseResult<DateValue> {
  if (typeof raw === 'boolean') return { ok: false, reason: 'a boolean is not a date' };
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw) || raw < 1000 || raw > 2999) return { ok: false, reason: `${raw} is not a year` };
    raw = String(raw);
  }
  if (raw.length > 200) return { ok: false, reason: 'too long to be a date' };
  const tokens = dateTokens(raw);
  if (tokens.length === 0) return { ok: false, reason: 'empty' };
  // Split at the first connector into the two ends of a range.
  let cut = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (CONNECTORS.has(tokens[i]!)) {
      cut = i;
      break;
    }
  }
  const leftTokens = cut === -1 ? tokens : tokens.slice(0, cut).filter((t) => t !== 'between' && t !== 'from');
  const start = readPoint(leftTokens.filter((t) => t !== 'between' && t !== 'from'));
  const end = cut === -1 ? undefined : readPoint(tokens.slice(cut + 1));
  if (start === undefined || !hasContent(start) || (cut !== -1 && (end === undefined || !hasContent(end)))) {
    return { ok: false, reason: `"${raw}" is not a date crosscheck can read` };
  }
  // "may" alone is the verb far more often than the month.
  if (start.m === 5 && tokens.length === 1 && tokens[0] === 'may') return { ok: false, reason: '"may" alone is ambiguous' };
  const notes: ParseNote[] = [];
  const value = buildValue(start, end, ctx, notes, raw);
  if (typeof value === 'string') return { ok: false, reason: value };
  return notes.length > 0 ? { ok: true, value, notes } : { ok: true, value };
}
