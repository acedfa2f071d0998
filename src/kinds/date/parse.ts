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

/** The part of a day a phrase tells, as it bears on midnight (see DateValue.edge). */
function edgeOf(tokens: readonly string[]): DateValue['edge'] {
  let night = false;
  let small = false;
  let day = false;
  for (const t of tokens) {
    if (t === 'overnight' || t === 'midnight') night = small = true;
    else if (t === 'night' || t === 'tonight' || t === 'late') night = true;
    else if (t === 'early' || t === 'morning' || t === 'early-morning' || t === 'dawn' || t === 'predawn') small = true;
    else if (t === 'afternoon' || t === 'evening' || t === 'noon' || t === 'midday' || t === 'mid') day = true;
  }
  if (night && small) return 'both';
  if (night) return 'night';
  if (small) return 'small';
  return day ? 'day' : undefined;
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
