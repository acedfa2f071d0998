import { fold } from '../normalize/text';
import {
  MONTHS,
  MONTH_NAMES,
  WEEKDAYS,
  WEEKDAY_NAMES,
  daysInMonth,
  fromEpochDay,
  isValidDate,
  isoDate,
  isoMonth,
  leapDayOfYear,
  toEpochDay,
  weekdayOf,
} from './calendar';
import { COMPATIBLE, comparison, CONFLICT, type Comparison, type KindDefinition, type ParseContext, type ParseNote, type ParseResult, type RawScalar, type Relation, SOFT_CONFLICT } from './registry';

/** An inclusive range of days: epoch days, or leap-year days of the year for month-days without a year. */
type Span = readonly [number, number];

export type DatePart = 'year' | 'month' | 'day' | 'weekday';

/**
 * A date as a claim states it: an interval of days with what was stated and
 * what was inferred. "July 2024" is the whole month; "July 12" in an article
 * published 2024-07-13 is 2024-07-12 with an inferred year; a bare "Friday"
 * is a weekday until a publication date places it.
 */
export interface DateValue {
  /** Epoch-day interval when a year is known, stated or inferred. */
  readonly abs: Span | undefined;
  /** The same interval from stated parts only (undefined when the year or the day was inferred). */
  readonly absStated: Span | undefined;
  /** Interval of leap-year days of the year, when the month is known and the interval stays within a year. */
  readonly md: Span | undefined;
  readonly mdStated: Span | undefined;
  /** The weekday the text names, 0 = Sunday. */
  readonly weekday: number | undefined;
  readonly stated: readonly DatePart[];
  readonly inferred: readonly DatePart[];
  /** Canonical form: `2024-07-12`, `2024-07`, `2024`, `2024-07-12/2024-07-13`, `--07-12`, `friday`. */
  readonly key: string;
}

type Part = 'early' | 'mid' | 'late';

interface Point {
  y?: number;
  y2?: number;
  m?: number;
  d?: number;
  d2?: number;
  weekday?: number;
  part?: Part;
  numeric?: { a: string; b: string; c: string | undefined; sep: string };
  relative?: Relative;
  /** "last April", "this April", "next April": the month's year follows from the publication date. */
  monthShift?: 'last' | 'this' | 'next';
  yearInferred?: boolean;
}

type Relative =
  | { type: 'offset'; unit: 'day' | 'week' | 'month' | 'year'; amount: number }
  | { type: 'weekday'; weekday: number; direction: 'last' | 'this' | 'next' | 'bare' };

const FILLER = new Set([
  'on', 'the', 'of', 'in', 'at', 'during', 'around', 'about', 'circa', 'c', 'approximately', 'approx',
  'night', 'morning', 'afternoon', 'evening', 'noon', 'midnight', 'day', 'dated', 'date', 'since',
  'memorable', 'fateful', 'a', 'an', 'same', 'as', 'early-morning',
]);
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
const CONNECTORS = new Set(['to', 'through', 'thru', 'until', 'till', '-', 'and', '&']);
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

const ISO = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:t[\d:.]+(?:z|[+-]\d{2}:?\d{2})?)?$/;
const NUMERIC = /^(\d{1,4})([./-])(\d{1,2})(?:\2(\d{2}|\d{4}))?$/;
const DAY_RANGE = /^(\d{1,2})(?:st|nd|rd|th)?-(\d{1,2})(?:st|nd|rd|th)?$/;
const YEAR_RANGE = /^(\d{4})-(\d{2}|\d{4})$/;
const ORDINAL = /^(\d{1,4})(?:st|nd|rd|th)?$/;
const SHORT_YEAR = /^'(\d{2})$/;

/** Splits a date phrase into tokens: "Friday (12.07.24)" → ["friday", "12.07.24"]. */
function dateTokens(raw: string): string[] {
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
function readPoint(tokens: readonly string[]): Point | undefined {
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
    const count = NUMBER_WORDS.get(t) ?? (/^\d{1,3}$/.test(t) ? Number(t) : undefined);
    const unitAfter = tokens[i + 1] === undefined ? undefined : UNITS.get(tokens[i + 1]!);
    if (count !== undefined && unitAfter !== undefined && tokens[i + 2] === 'ago') {
      p.relative = { type: 'offset', unit: unitAfter, amount: -count };
      if (unitAfter === 'week' || unitAfter === 'month' || unitAfter === 'year') {
        // "two weeks ago" names a day that far back, not a whole week.
        p.relative = { type: 'offset', unit: 'day', amount: -count * (unitAfter === 'week' ? 7 : unitAfter === 'month' ? 30 : 365) };
      }
      i += 2;
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

function hasContent(p: Point): boolean {
  return (
    p.y !== undefined || p.m !== undefined || p.d !== undefined || p.weekday !== undefined ||
    p.numeric !== undefined || p.relative !== undefined
  );
}

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
 * The year that puts a month-day nearest the publication date, preferring the
 * past: news mostly reports what happened ("December 30" in a January article
 * is last year's).
 */
function inferYear(month: number, day: number, publishedAt: number): number {
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

interface Resolved {
  point: Point;
  notes: ParseNote[];
}

/** Chooses between day-first and month-first readings of a numeric date such as "12.07.24". */
function resolveNumeric(p: Point, ctx: ParseContext, notes: ParseNote[], raw: string): boolean {
  const n = p.numeric!;
  const published = ctx.publishedAt;
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
    if (preferred !== undefined) chosen = preferred;
    else if (published !== undefined) {
      // Prefer the reading that is not after the publication date, then the nearer one.
      const scored = readings.map((r) => {
        const at = dayOf(r);
        return { r, after: at > published, distance: Math.abs(published - at) };
      });
      scored.sort((x, y) => Number(x.after) - Number(y.after) || x.distance - y.distance);
      chosen = scored[0]!.r;
    } else {
      // Without a publication date: dots and dashes are day-first in most of the world, slashes are ambiguous; day-first wins unless told.
      chosen = readings.find((r) => r.order === (n.sep === '/' ? 'MDY' : 'DMY'))!;
      const other = readings.find((r) => r !== chosen)!;
      notes.push({
        code: 'ambiguous_date',
        severity: 'info',
        message: `"${raw}" was read as ${describeDay(chosen.y, chosen.m, chosen.d)} but could be ${describeDay(other.y, other.m, other.d)}; give the source's publishedAt or the dateOrder option to decide`,
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

function partSpan(lo: number, hi: number, part: Part | undefined): Span {
  if (part === undefined) return [lo, hi];
  const width = hi - lo + 1;
  const third = Math.floor(width / 3);
  if (part === 'early') return [lo, lo + third - 1];
  if (part === 'mid') return [lo + third, hi - third];
  return [hi - third + 1, hi];
}

function startOfWeek(day: number): number {
  // ISO weeks start on Monday.
  return day - ((weekdayOf(day) + 6) % 7);
}

/** Resolves a relative expression against the publication date, or returns a reason. */
function resolveRelative(rel: Relative, published: number | undefined, raw: string): Span | string {
  if (published === undefined) {
    return `"${raw}" is relative and its source has no publishedAt to resolve it against`;
  }
  if (rel.type === 'weekday') {
    const today = weekdayOf(published);
    let back = (today - rel.weekday + 7) % 7;
    if (rel.direction === 'last' && back === 0) back = 7;
    if (rel.direction === 'next') {
      let ahead = (rel.weekday - today + 7) % 7;
      if (ahead === 0) ahead = 7;
      return [published + ahead, published + ahead];
    }
    return [published - back, published - back];
  }
  const { y, m } = fromEpochDay(published);
  switch (rel.unit) {
    case 'day':
      return [published + rel.amount, published + rel.amount];
    case 'week': {
      const start = startOfWeek(published) + 7 * rel.amount;
      return [start, start + 6];
    }
    case 'month': {
      const index = y * 12 + (m - 1) + rel.amount;
      const yy = Math.floor(index / 12);
      const mm = (index % 12) + 1;
      return [toEpochDay(yy, mm, 1), toEpochDay(yy, mm, daysInMonth(yy, mm))];
    }
    case 'year':
      return [toEpochDay(y + rel.amount, 1, 1), toEpochDay(y + rel.amount, 12, 31)];
  }
}

function spanKey(span: Span): string {
  const [lo, hi] = span;
  if (lo === hi) return isoDate(lo);
  const a = fromEpochDay(lo);
  const b = fromEpochDay(hi);
  if (a.d === 1 && a.y === b.y && b.d === daysInMonth(b.y, b.m)) {
    if (a.m === b.m) return isoMonth(a.y, a.m);
    if (a.m === 1 && b.m === 12) return String(a.y).padStart(4, '0');
  }
  return `${isoDate(lo)}/${isoDate(hi)}`;
}

function mdText(day: number): { m: number; d: number } {
  const { m, d } = fromEpochDay(toEpochDay(2000, 1, 1) + day - 1);
  return { m, d };
}

function mdKey(span: Span): string {
  const a = mdText(span[0]);
  const b = mdText(span[1]);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (span[0] === span[1]) return `--${pad(a.m)}-${pad(a.d)}`;
  if (a.m === b.m && a.d === 1 && b.d === daysInMonth(2000, b.m)) return `--${pad(a.m)}`;
  return `--${pad(a.m)}-${pad(a.d)}/--${pad(b.m)}-${pad(b.d)}`;
}

/** The month-day interval of an absolute interval, when it stays inside one calendar year. */
function absToMd(span: Span): Span | undefined {
  const a = fromEpochDay(span[0]);
  const b = fromEpochDay(span[1]);
  if (a.y !== b.y) return undefined;
  if (a.m === 1 && a.d === 1 && b.m === 12 && b.d === 31) return undefined; // a whole year says nothing of the month
  return [leapDayOfYear(a.m, a.d), leapDayOfYear(b.m, b.d)];
}

function buildValue(start: Point, end: Point | undefined, ctx: ParseContext, notes: ParseNote[], raw: string): DateValue | string {
  const published = ctx.publishedAt;
  const stated = new Set<DatePart>();
  const inferred = new Set<DatePart>();
  const weekday = start.weekday ?? end?.weekday;
  if (weekday !== undefined) stated.add('weekday');

  // A month placed by the publication date: "April last year", "last April", "May this year".
  const yearShift = start.relative?.type === 'offset' && start.relative.unit === 'year' ? start.relative.amount : undefined;
  if ((yearShift !== undefined || start.monthShift !== undefined) && start.m !== undefined && end === undefined && start.y === undefined && start.numeric === undefined) {
    if (published === undefined) return `"${raw}" is relative and its source has no publishedAt to resolve it against`;
    const now = fromEpochDay(published);
    const shift = start.monthShift;
    start.y =
      yearShift !== undefined ? now.y + yearShift
      : shift === 'last' ? (start.m < now.m ? now.y : now.y - 1)
      : shift === 'next' ? (start.m > now.m ? now.y : now.y + 1)
      : now.y;
    delete start.relative;
    delete start.monthShift;
  }
  if (start.monthShift !== undefined || end?.monthShift !== undefined) return `"${raw}" mixes a relative expression with a date`;

  // Relative expressions ("yesterday", "last week", "on Friday").
  const rel = start.relative ?? (start.weekday !== undefined && start.m === undefined && start.d === undefined && start.y === undefined && start.numeric === undefined && end === undefined
    ? ({ type: 'weekday', weekday: start.weekday, direction: 'bare' } as const)
    : undefined);
  if (rel !== undefined && end === undefined && start.m === undefined && start.y === undefined && start.numeric === undefined) {
    if (rel.type === 'weekday' && published === undefined) {
      // A bare weekday with nothing to place it: still comparable by its weekday.
      return {
        abs: undefined, absStated: undefined, md: undefined, mdStated: undefined, weekday,
        stated: ['weekday'], inferred: [], key: WEEKDAY_NAMES[rel.weekday]!.toLowerCase(),
      };
    }
    const span = resolveRelative(rel, published, raw);
    if (typeof span === 'string') return span;
    for (const part of ['year', 'month', 'day'] as const) inferred.add(part);
    return {
      abs: span, absStated: undefined, md: absToMd(span), mdStated: undefined, weekday,
      stated: [...stated], inferred: [...inferred], key: spanKey(span),
    };
  }
  if (start.relative !== undefined) return `"${raw}" mixes a relative expression with a date`;

  if (start.numeric !== undefined && !resolveNumeric(start, ctx, notes, raw)) return `"${raw}" is not a valid calendar date`;
  if (end?.numeric !== undefined && !resolveNumeric(end, ctx, notes, raw)) return `"${raw}" is not a valid calendar date`;

  // A range's sides lend each other what they leave out: "July 12-13", "12 to 13 July 2024".
  if (end !== undefined) {
    if (end.m === undefined && start.m !== undefined && end.d !== undefined) end.m = start.m;
    if (start.m === undefined && end.m !== undefined && start.d !== undefined) start.m = end.m;
    if (end.y === undefined && start.y !== undefined) end.y = start.y;
    if (start.y === undefined && end.y !== undefined) start.y = end.y;
  }
  if (start.d !== undefined && start.m === undefined) return `"${raw}" has a day but no month`;
  if (start.m === undefined && start.y === undefined) return `"${raw}" has no year or month`;

  if (start.y !== undefined) stated.add('year');
  if (start.m !== undefined) stated.add('month');
  if (start.d !== undefined) stated.add('day');

  let year = start.y;
  let yearInferred = false;
  if (year === undefined && published !== undefined && start.m !== undefined) {
    year = inferYear(start.m, start.d ?? 15, published);
    yearInferred = true;
    inferred.add('year');
  }
  const endYear = end?.y ?? start.y2 ?? (end !== undefined && end.m !== undefined && year !== undefined && end.m < (start.m ?? 1) ? year + 1 : year);

  // Month-day span, independent of the year.
  let md: Span | undefined;
  if (start.m !== undefined) {
    const leapDays = (m: number) => daysInMonth(2000, m);
    const loDay = start.d ?? 1;
    const endM = end?.m ?? start.m;
    const hiDay = end?.d ?? start.d2 ?? (end === undefined ? start.d : undefined) ?? leapDays(endM);
    if (loDay > leapDays(start.m) || hiDay > leapDays(endM)) return `"${raw}" is not a valid calendar date`;
    const lo = leapDayOfYear(start.m, loDay);
    const hi = leapDayOfYear(endM, hiDay);
    if (hi >= lo) md = start.d === undefined && end === undefined ? partSpan(lo, hi, start.part) : [lo, hi];
  }

  let abs: Span | undefined;
  if (year !== undefined) {
    const m0 = start.m ?? 1;
    const d0 = start.d ?? 1;
    const y1 = endYear ?? year;
    const m1 = end?.m ?? start.m ?? 12;
    const d1 = end?.d ?? start.d2 ?? (end === undefined ? start.d : undefined) ?? daysInMonth(y1, m1);
    if (!isValidDate(year, m0, d0) || !isValidDate(y1, m1, d1)) return `"${raw}" is not a valid calendar date`;
    const lo = toEpochDay(year, m0, d0);
    const hi = toEpochDay(y1, m1, d1);
    if (hi < lo) return `"${raw}" ends before it starts`;
    abs = start.d === undefined && end === undefined ? partSpan(lo, hi, start.part) : [lo, hi];
    if (md === undefined) md = absToMd(abs);
  }

  // A stated weekday must fall on the stated date: "Friday, July 13" in 2024 is a contradiction.
  if (weekday !== undefined && abs !== undefined && abs[0] === abs[1] && weekdayOf(abs[0]) !== weekday) {
    const { y, m, d } = fromEpochDay(abs[0]);
    notes.push({
      code: 'weekday_mismatch',
      severity: 'warning',
      message: `says "${raw.trim()}", but ${d} ${MONTH_NAMES[m - 1]} ${y} was a ${WEEKDAY_NAMES[weekdayOf(abs[0])]}${yearInferred ? ` (the year ${y} is inferred from the publication date)` : ''}`,
    });
  }

  const key = abs !== undefined ? spanKey(abs) : md !== undefined ? mdKey(md) : '';
  if (key === '') return `"${raw}" is not a date`;
  return {
    abs,
    absStated: yearInferred ? undefined : abs,
    md,
    mdStated: md,
    weekday,
    stated: [...stated],
    inferred: [...inferred],
    key,
  };
}

/**
 * Parses a date as articles write it.
 *
 * @example
 * parseDate('Friday (12.07.24)', { publishedAt: toEpochDay(2024, 7, 13), dateOrder: 'auto' });
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

function spanRelation(a: Span, b: Span): Relation {
  if (a[1] < b[0] || b[1] < a[0]) return 'conflict';
  if (a[0] === b[0] && a[1] === b[1]) return 'same';
  return 'compatible';
}

/** The weekday a value pins down at this level of evidence: the calendar's for one known day, else the one it names. */
function weekdayEvidence(abs: Span | undefined, weekday: number | undefined): number | undefined {
  if (abs !== undefined && abs[0] === abs[1]) return weekdayOf(abs[0]);
  return weekday;
}

function relate(a: DateValue, b: DateValue, statedOnly: boolean): Relation {
  const aAbs = statedOnly ? a.absStated : a.abs;
  const bAbs = statedOnly ? b.absStated : b.abs;
  const aMd = statedOnly ? a.mdStated : a.md;
  const bMd = statedOnly ? b.mdStated : b.md;
  let relation: Relation | undefined;
  if (aAbs !== undefined && bAbs !== undefined) relation = spanRelation(aAbs, bAbs);
  else if (aMd !== undefined && bMd !== undefined) {
    relation = spanRelation(aMd, bMd);
    // The same month-day is only "same" when neither has a year the other lacks.
    if (relation === 'same' && a.key !== b.key) relation = 'compatible';
  }
  if (relation === 'conflict') return relation;
  const aw = weekdayEvidence(aAbs, a.weekday);
  const bw = weekdayEvidence(bAbs, b.weekday);
  if (aw !== undefined && bw !== undefined && aw !== bw) return 'conflict';
  if (relation === undefined) return a.key === b.key ? 'same' : 'compatible';
  return relation === 'same' && a.key !== b.key ? 'compatible' : relation;
}

/**
 * Compares two dates: a refinement ("2024" / "12 July 2024") is compatible,
 * disjoint intervals conflict, and a conflict that disappears when only the
 * stated parts are compared (an inferred year, a weekday placed by the
 * publication date) is a soft one.
 *
 * @example
 * compareDates(parse('July 2024'), parse('12 July 2024')); //=> COMPATIBLE
 */
export function compareDates(a: DateValue, b: DateValue): Comparison {
  const full = relate(a, b, false);
  if (full !== 'conflict') return comparison(full);
  return relate(a, b, true) === 'conflict' ? CONFLICT : SOFT_CONFLICT;
}

function width(v: DateValue): number {
  if (v.abs !== undefined) return v.abs[1] - v.abs[0] + 1;
  if (v.md !== undefined) return (v.md[1] - v.md[0] + 1) * 366;
  return 366 * 52;
}

const DETECT_MONTH = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*\d|\d\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)/;

export const dateKind: KindDefinition<DateValue> = {
  kind: 'date',
  conflictCode: 'date_mismatch',
  conflictSeverity: 'high',
  contextual: true,
  detect(raw) {
    if (typeof raw === 'boolean') return 0;
    if (typeof raw === 'number') return Number.isInteger(raw) && raw >= 1800 && raw <= 2100 ? 0.3 : 0;
    const r = parseDate(raw, { publishedAt: undefined, dateOrder: 'auto' });
    if (!r.ok) return /\b(yesterday|today|tomorrow|ago|last week|last month)\b/.test(fold(raw)) ? 0.8 : 0;
    const s = fold(raw);
    if (DETECT_MONTH.test(s) || ISO.test(s) || NUMERIC.test(s)) return 0.95;
    if (/^\d{4}$/.test(s)) return 0.4;
    return 0.7;
  },
  parse: parseDate,
  compare: (a, b) => compareDates(a, b),
  normalize: (v) => v.key,
  specificity: (v) => 40 - Math.log2(width(v)) + v.stated.length * 0.01,
};
