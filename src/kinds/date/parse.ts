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
/** A value of one day: a date, or a weekday alone. */
function oneDay(v: DateValue): boolean {
  if (v.abs !== undefined) return v.abs[0] === v.abs[1] || (v.weekday !== undefined && v.abs[1] - v.abs[0] <= 7 && v.stated.length === 1);
  if (v.md !== undefined) return v.md[0] === v.md[1];
  return v.weekday !== undefined;
}

/**
 * The part of a day a phrase tells, as it bears on midnight (see DateValue.edge). A part of the daytime decides
 * first ("late Saturday afternoon", "Sunday morning", "mid-morning" are no edge); then "night", "late", "midnight"
 * reach past midnight, and "early", "early morning", "predawn" before it.
 */
function edgeOf(tokens: readonly string[]): DateValue['edge'] {
  const has = (t: string) => tokens.includes(t);
  const early = has('early') || has('early-morning') || has('predawn') || has('dawn');
  if (has('afternoon') || has('evening') || has('noon') || has('midday') || has('mid') || (has('morning') && !early)) return 'day';
  if (has('overnight') || has('midnight')) return 'both';
  if (has('night') || has('tonight') || has('late')) return early ? 'both' : 'night';
  return early ? 'small' : undefined;
}

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
  const built = buildValue(start, end, ctx, notes, raw);
  if (typeof built === 'string') return { ok: false, reason: built };
  const edge = end === undefined && oneDay(built) ? edgeOf(tokens) : undefined;
  const value = edge === undefined ? built : { ...built, edge };
  return notes.length > 0 ? { ok: true, value, notes } : { ok: true, value };
}
