import { MONTH_NAMES, daysInMonth, epochDayOf, fromEpochDay, isValidDate, toEpochDay } from '../calendar';
import type { ParseContext, ParseNote } from '../registry';
import type { Point } from './value';

/** Days before publication a report's own news falls in ("12-01-11" on a listing of Dec 2, 2011). */
const RECENT_DAYS = 7;

/** Two-digit years: the century that puts the year nearest the publication year (or 2000–2069, 1970–1999). */
function expandYear(text: string, publishedYear: number | undefined): number {
  const n = Number(text);
  if (text.length === 4) return n;
  if (publishedYear === undefined) return n < 70 ? 2000 + n : 1900 + n;
  const base = Math.floor(publishedYear / 100) * 100;
  let best = base + n;
  for (const c of [base - 100 + n, base + 100 + n]) if (Math.abs(c - publishedYear) < Math.abs(best - publishedYear)) best = c;
  return best;
}

/**
 * Days after the publication date within which a month-day's year is beyond
 * doubt. A month-day that would fall further ahead may be next year's
 * announcement or last year's event recounted ("the May 14 shooting" in a
 * follow-up nine months on), so its year is left unknown rather than guessed;
 * one that falls in the past (within the year {@link inferYear} looks at) keeps
 * its year: news reports what happened.
 */
export const YEAR_CERTAIN_DAYS = 45;

/** Whether the year {@link inferYear} gives a month-day is beyond doubt (see {@link YEAR_CERTAIN_DAYS}). */
export function yearCertain(year: number, month: number, day: number, publishedAt: number): boolean {
  const at = toEpochDay(year, month, Math.min(day, daysInMonth(year, month)));
  return at - publishedAt <= YEAR_CERTAIN_DAYS;
}

/**
 * The year that puts a month-day nearest the publication date, preferring the
 * past: news mostly reports what happened ("December 30" in a January article
 * is last year's).
 */
export function inferYear(month: number, day: number, publishedAt: number): number {
  const { y } = fromEpochDay(publishedAt);
  let best = y;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const candidate of [y - 1, y, y + 1]) {
    const dd = Math.min(day, daysInMonth(candidate, month));
    const at = toEpochDay(candidate, month, dd);
    const cost = at <= publishedAt ? publishedAt - at : (at - publishedAt) * 1.5;
    if (cost < bestCost) {
      bestCost = cost;
      best = candidate;
    }
  }
  return best;
}

/** Chooses between day-first and month-first readings of a numeric date such as "12.07.24". */
export function resolveNumeric(p: Point, ctx: ParseContext, notes: ParseNote[], raw: string): boolean {
  const n = p.numeric!;
  const published = ctx.publishedAt === undefined ? undefined : epochDayOf(ctx.publishedAt);
  const publishedYear = published === undefined ? undefined : fromEpochDay(published).y;
  if (n.a.length === 4) {
    // 2024/07/12
    if (n.c === undefined) return false;
    p.y = Number(n.a);
    p.m = Number(n.b);
    p.d = Number(n.c);
    return isValidDate(p.y, p.m, p.d);
  }
  if (n.c !== undefined && n.c.length === 4 && n.a.length > 2) return false;
  const readings: { order: 'DMY' | 'MDY'; y: number | undefined; m: number; d: number }[] = [];
  const a = Number(n.a);
  const b = Number(n.b);
  const year = n.c === undefined ? undefined : expandYear(n.c, publishedYear);
  for (const [order, d, m] of [['DMY', a, b], ['MDY', b, a]] as const) {
    const yy = year ?? (published !== undefined ? inferYear(m, Math.min(d, 28), published) : 2000);
    if (isValidDate(yy, m, d)) readings.push({ order, y: year, m, d });
  }
  if (readings.length === 0) return false;
  let chosen = readings[0]!;
  const dayOf = (r: (typeof readings)[number]) =>
    toEpochDay(r.y ?? (published !== undefined ? inferYear(r.m, r.d, published) : 2000), r.m, r.d);
  if (readings.length === 2 && a !== b) {
    const preferred = ctx.dateOrder === 'auto' ? undefined : readings.find((r) => r.order === ctx.dateOrder);
    // The publication date decides only what it can: a reading after it is no report, and of two readings before
    // it, one in the days just before it is the news (a flight listing's "12-01-11" of Dec 2, 2011). Two
    // readings both weeks old ("05/06/2024" in July) stay ambiguous: a note, and the separator's convention.
    const possible = published === undefined ? [] : readings.filter((r) => dayOf(r) <= published);
    const recent = possible.filter((r) => published! - dayOf(r) <= RECENT_DAYS);
    if (preferred !== undefined) chosen = preferred;
    else if (published !== undefined && (possible.length === 1 || recent.length === 1)) {
      chosen = possible.length === 1 ? possible[0]! : recent[0]!;
    } else if (published !== undefined && possible.length === 0) {
      // Both after publication (a listing of what is coming): the nearer.
      chosen = readings.reduce((x, y) => (dayOf(y) < dayOf(x) ? y : x));
    } else {
      // Dots and dashes are day-first in most of the world, slashes month-first (US); either way a note says so.
      chosen = readings.find((r) => r.order === (n.sep === '/' ? 'MDY' : 'DMY'))!;
      const other = readings.find((r) => r !== chosen)!;
      notes.push({
        code: 'ambiguous_date',
        severity: 'info',
        message: `"${raw}" was read as ${describeDay(chosen.y, chosen.m, chosen.d)} but could be ${describeDay(other.y, other.m, other.d)}; give the dateOrder option${published === undefined ? " or the source's publishedAt" : ''} to decide`,
      });
    }
  } else if (readings.length === 1 && ctx.dateOrder !== 'auto' && chosen.order !== ctx.dateOrder && a !== b) {
    notes.push({
      code: 'date_order',
      severity: 'info',
      message: `"${raw}" is only valid as ${chosen.order === 'DMY' ? 'day-month' : 'month-day'}, so it was read that way despite dateOrder '${ctx.dateOrder}'`,
    });
  }
  if (chosen.y !== undefined) p.y = chosen.y;
  p.m = chosen.m;
  p.d = chosen.d;
  return true;
}

function describeDay(y: number | undefined, m: number, d: number): string {
  return `${d} ${MONTH_NAMES[m - 1]}${y === undefined ? '' : ` ${y}`}`;
}
