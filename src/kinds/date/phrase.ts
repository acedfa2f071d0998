import { fold } from '../../normalize/text';
import { MONTHS, WEEKDAYS } from '../calendar';
import type { Part, Point } from './value';

const FILLER = new Set([
  'on', 'the', 'of', 'in', 'at', 'during', 'around', 'about', 'circa', 'c', 'approximately', 'approx',
  'night', 'morning', 'afternoon', 'evening', 'noon', 'midnight', 'day', 'dated', 'date', 'since',
  'memorable', 'fateful', 'a', 'an', 'same', 'as', 'early-morning',
]);
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
export const CONNECTORS = new Set(['to', 'through', 'thru', 'until', 'till', '-', 'and', '&']);
const PARTS: ReadonlyMap<string, Part> = new Map([
  ['early', 'early'], ['beginning', 'early'], ['start', 'early'], ['mid', 'mid'], ['middle', 'mid'],
  ['late', 'late'], ['end', 'late'],
]);
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['a', 1], ['an', 1],
]);
const UNITS: ReadonlyMap<string, 'day' | 'week' | 'month' | 'year'> = new Map([
  ['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'], ['weekend', 'week'],
  ['month', 'month'], ['months', 'month'], ['year', 'year'], ['years', 'year'],
]);

export const ISO = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:t[\d:.]+(?:z|[+-]\d{2}:?\d{2})?)?$/;
export const NUMERIC = /^(\d{1,4})([./-])(\d{1,2})(?:\2(\d{2}|\d{4}))?$/;
const DAY_RANGE = /^(\d{1,2})(?:st|nd|rd|th)?-(\d{1,2})(?:st|nd|rd|th)?$/;
const YEAR_RANGE = /^(\d{4})-(\d{2}|\d{4})$/;
const ORDINAL = /^(\d{1,4})(?:st|nd|rd|th)?$/;
const SHORT_YEAR = /^'(\d{2})$/;

/** Splits a date phrase into tokens: "Friday (12.07.24)" → ["friday", "12.07.24"]. */
export function dateTokens(raw: string): string[] {
  const s = fold(raw)
    .replace(/[(),;]/g, ' ')
    .replace(/(\p{L})-(?=\p{L})/gu, '$1 ')
    .replace(/(\d)-(?=\p{L})/gu, '$1 ')
    .replace(/(\p{L})-(?=\d)/gu, '$1 ')
    .replace(/(\p{L})\.(?=\s|$)/gu, '$1')
    .replace(/ - /g, ' - ');
  return s.split(' ').filter((t) => t !== '');
}

/** Reads one point (no range connector) of a date phrase; `undefined` when a token is not date-like. */
export function readPoint(tokens: readonly string[]): Point | undefined {
  const p: Point = {};
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const month = MONTHS.get(t);
    // "may" is also a verb; only a month when something else makes it a date.
    if (month !== undefined) {
      if (p.m !== undefined) return undefined;
      p.m = month;
      continue;
    }
    const weekday = WEEKDAYS.get(t) ?? WEEKDAYS.get(t.replace(/s$/, ''));
    if (weekday !== undefined) {
      if (p.weekday !== undefined && p.weekday !== weekday) return undefined;
      p.weekday = weekday;
      continue;
    }
    const part = PARTS.get(t);
    if (part !== undefined) {
      p.part = part;
      continue;
    }
    if (t === 'today' || t === 'tonight') {
      p.relative = { type: 'offset', unit: 'day', amount: 0 };
      continue;
    }
    if (t === 'yesterday') {
      p.relative = { type: 'offset', unit: 'day', amount: -1 };
      continue;
    }
    if (t === 'tomorrow') {
      p.relative = { type: 'offset', unit: 'day', amount: 1 };
      continue;
    }
    // "that Friday (night)": the Friday the story is about, whenever it was published; a weekday and no more.
    if (t === 'that' && WEEKDAYS.has(tokens[i + 1] ?? '') && !p.anaphoric) {
      p.anaphoric = true;
      continue;
    }
    if (t === 'last' || t === 'past' || t === 'previous' || t === 'this' || t === 'next' || t === 'coming') {
      const direction = t === 'this' ? 'this' : t === 'next' || t === 'coming' ? 'next' : 'last';
      const after = tokens[i + 1];
      if (after === undefined) return undefined;
      // "last night" is yesterday, "this morning" today.
      if (DAY_PARTS.has(after) && direction !== 'next') {
        p.relative = { type: 'offset', unit: 'day', amount: direction === 'this' || after !== 'night' ? (direction === 'last' ? -1 : 0) : -1 };
        i++;
        continue;
      }
      const unit = UNITS.get(after);
      const wd = WEEKDAYS.get(after);
      const month = MONTHS.get(after);
      if (month !== undefined) {
        if (p.m !== undefined) return undefined;
        p.m = month;
        p.monthShift = direction;
      } else if (unit !== undefined) {
        p.relative = { type: 'offset', unit, amount: direction === 'this' ? 0 : direction === 'next' ? 1 : -1 };
      } else if (wd !== undefined) {
        p.relative = { type: 'weekday', weekday: wd, direction };
        p.weekday = wd;
      } else return undefined;
      i++;
      continue;
    }
    if (t === 'ago') return undefined; // only valid after "<n> <unit>", handled below
    // "a couple of years ago": a count word, "of", a unit, "ago".
    const couple = t === 'a' && tokens[i + 1] === 'couple' ? 1 + (tokens[i + 2] === 'of' ? 2 : 1) : 0;
    const count = couple > 0 ? 2 : (NUMBER_WORDS.get(t) ?? (/^\d{1,3}$/.test(t) ? Number(t) : undefined));
    const at = i + (couple > 0 ? couple : 1);
    const unitAfter = tokens[at] === undefined ? undefined : UNITS.get(tokens[at]!);
    if (count !== undefined && unitAfter !== undefined && tokens[at + 1] === 'ago') {
      // "two weeks ago" names a day that far back; "two years ago" the year two back, "three months ago" that month.
      p.relative =
        unitAfter === 'week' ? { type: 'offset', unit: 'day', amount: -count * 7 } : { type: 'offset', unit: unitAfter, amount: -count };
      i = at + 1;
      continue;
    }
    if (FILLER.has(t)) continue;
    let m: RegExpExecArray | null;
    if ((m = ISO.exec(t)) !== null) {
      if (p.y !== undefined || p.m !== undefined) return undefined;
      p.y = Number(m[1]);
      p.m = Number(m[2]);
      if (m[3] !== undefined) p.d = Number(m[3]);
      continue;
    }
    if ((m = YEAR_RANGE.exec(t)) !== null) {
      const y = Number(m[1]);
      const y2 = m[2]!.length === 2 ? Math.floor(y / 100) * 100 + Number(m[2]) : Number(m[2]);
      if (p.y !== undefined || y2 <= y || y < 1000) return undefined;
      p.y = y;
      p.y2 = y2;
      continue;
    }
    if ((m = DAY_RANGE.exec(t)) !== null) {
      if (p.d !== undefined) return undefined;
      p.d = Number(m[1]);
      p.d2 = Number(m[2]);
      if (p.d2 <= p.d) return undefined;
      continue;
    }
    if ((m = NUMERIC.exec(t)) !== null) {
      if (p.numeric !== undefined || p.d !== undefined) return undefined;
      p.numeric = { a: m[1]!, b: m[3]!, c: m[4], sep: m[2]! };
      continue;
    }
    if ((m = SHORT_YEAR.exec(t)) !== null) {
      if (p.y !== undefined) return undefined;
      p.y = 2000 + Number(m[1]);
      continue;
    }
    if ((m = ORDINAL.exec(t)) !== null) {
      const n = Number(m[1]);
      if (m[1]!.length === 4) {
        if (p.y !== undefined || n < 1000 || n > 2999) return undefined;
        p.y = n;
      } else if (n >= 1 && n <= 31 && p.d === undefined) {
        p.d = n;
      } else return undefined;
      continue;
    }
    return undefined;
  }
  return p;
}

export function hasContent(p: Point): boolean {
  return (
    p.y !== undefined || p.m !== undefined || p.d !== undefined || p.weekday !== undefined ||
    p.numeric !== undefined || p.relative !== undefined
  );
}
