/**
 * Calendar arithmetic on plain numbers: epoch days (days since 1970-01-01 in
 * the proleptic Gregorian calendar) are time-zone free, so a claim's date never
 * shifts with the machine's zone. date-fns does the month lengths and weekdays.
 */
import { getDaysInMonth } from 'date-fns/getDaysInMonth';

const DAY_MS = 86_400_000;

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4], ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8], ['september', 9], ['sep', 9], ['sept', 9], ['october', 10],
  ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** Weekday names and abbreviations → 0 (Sunday) … 6 (Saturday), as `Date#getDay`. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['sun', 0], ['monday', 1], ['mon', 1], ['tuesday', 2], ['tue', 2], ['tues', 2],
  ['wednesday', 3], ['wed', 3], ['thursday', 4], ['thu', 4], ['thur', 4], ['thurs', 4],
  ['friday', 5], ['fri', 5], ['saturday', 6], ['sat', 6],
]);

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export function daysInMonth(year: number, month: number): number {
  // A local-time Date at noon: only its calendar fields are read, so the zone cannot shift it.
  // setFullYear, because the Date constructor reads years 0–99 as 1900–1999.
  const date = new Date(2000, month - 1, 15, 12);
  date.setFullYear(year);
  return getDaysInMonth(date);
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function toEpochDay(year: number, month: number, day: number): number {
  if (year >= 100) return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
  // Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear does not.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / DAY_MS);
}

export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

export function fromEpochDay(day: number): Ymd {
  const date = new Date(day * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** The epoch day of a timestamp's UTC date: what the parsers reckon with from `ParseContext.publishedAt`. */
export function epochDayOf(timestamp: number): number {
  return Math.floor(timestamp / DAY_MS);
}

/** The timestamp of an epoch day's UTC midnight, as `ParseContext.publishedAt` holds it. */
export function timestampOf(epochDay: number): number {
  return epochDay * DAY_MS;
}

export function weekdayOf(epochDay: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((epochDay + 4) % 7) + 7) % 7;
}

export function isoDate(epochDay: number): string {
  const { y, m, d } = fromEpochDay(epochDay);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function isoMonth(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** Day of the year in a leap year (1…366): places a month-day on one axis whatever the year. */
export function leapDayOfYear(month: number, day: number): number {
  return toEpochDay(2000, month, day) - toEpochDay(2000, 1, 1) + 1;
}

/**
 * Reads a publication date given as an ISO string or a `Date` into the epoch
 * day of its calendar date. A string keeps the calendar date it was written
 * with ("2024-07-13T23:00-07:00" is the 13th); a `Date` uses its UTC date.
 */
export function readPublishedAt(value: string | Date): number | undefined {
  if (value instanceof Date) {
    const t = value.getTime();
    return Number.isNaN(t) ? undefined : Math.floor(t / DAY_MS);
  }
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/.exec(value);
  if (m === null) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidDate(y, mo, d) ? toEpochDay(y, mo, d) : undefined;
}
