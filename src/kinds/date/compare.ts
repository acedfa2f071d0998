import { weekdayOf } from '../calendar';
import { comparison, CONFLICT, type Comparison, incomparable, type Relation, SOFT_CONFLICT } from '../registry';
import type { DateValue, Span } from './value';

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

/**
 * Two intervals share a day of the weekday each names when it spans more than one day: "Friday" read as
 * the span of the publication's own Friday and the one before does not fit "June 9-12".
 */
function sharesNamedWeekday(a: Span, b: Span, aw: number | undefined, bw: number | undefined): boolean {
  const lo = Math.max(a[0], b[0]);
  const hi = Math.min(a[1], b[1]);
  if (hi - lo >= 6) return true;
  for (const [span, w] of [[a, aw], [b, bw]] as const) {
    if (w === undefined || span[0] === span[1]) continue;
    let found = false;
    for (let day = lo; day <= hi && !found; day++) found = weekdayOf(day) === w;
    if (!found) return false;
  }
  return true;
}

function relate(a: DateValue, b: DateValue, statedOnly: boolean): Relation {
  const aAbs = statedOnly ? a.absStated : a.abs;
  const bAbs = statedOnly ? b.absStated : b.abs;
  const aMd = statedOnly ? a.mdStated : a.md;
  const bMd = statedOnly ? b.mdStated : b.md;
  let relation: Relation | undefined;
  if (aAbs !== undefined && bAbs !== undefined) {
    relation = spanRelation(aAbs, bAbs);
    if (relation !== 'conflict' && !sharesNamedWeekday(aAbs, bAbs, a.weekday, b.weekday)) return 'conflict';
  } else if (aMd !== undefined && bMd !== undefined) {
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
  if (aroundMidnight(a, b) || aroundMidnight(b, a) || midnightOtherWeek(a, b) || midnightOtherWeek(b, a)) return MIDNIGHT;
  // A bare weekday's coming reading fits where its last one does not: which one the story meant, the value alone does
  // not say ("visitation Tuesday" / "Tuesday, Dec. 15"). Neither agreement nor a conflict.
  const twoBare = onlyWeekday(a) && onlyWeekday(b) && a.weekday === b.weekday;
  if (!twoBare && (ahead(a, b) || ahead(b, a))) return COMING;
  if (relate(a, b, true) === 'conflict') return CONFLICT;
  // "Monday" and "Mon" said the same: only the articles' dates put them in different weeks.
  if (onlyWeekday(a) && onlyWeekday(b) && a.weekday === b.weekday) return WEEKS_APART;
  // "Saturday night" and "Nov. 12", a Saturday: the weekday fits the date, and only the article's own date put it in
  // another week (a caption or a story reprinted weeks later still says "Saturday").
  if (weekdayFits(a, b) || weekdayFits(b, a)) return OTHER_WEEK;
  return SOFT_CONFLICT;
}

const COMING = incomparable('one names a weekday alone, which may be the last one before its article or the coming one, and the other fits only the coming one');

/** `x` is a bare weekday whose coming reading meets `y`. */
function ahead(x: DateValue, y: DateValue): boolean {
  const { next, ...rest } = x;
  if (next === undefined) return false;
  return relate({ ...rest, abs: [next, next], md: undefined }, y, false) !== 'conflict';
}

const MIDNIGHT = incomparable('one tells the night of a day, the other the day after (or its small hours): an event around midnight is told either way');

/** The day after `x`'s one day is `y`'s: by their dates when both have one, else by their weekdays. */
function dayAfter(x: DateValue, y: DateValue): boolean {
  const xs = x.abs ?? x.absStated;
  const ys = y.abs ?? y.absStated;
  const xd = xs !== undefined && xs[0] === xs[1] ? xs[0] : undefined;
  const yd = ys !== undefined && ys[0] === ys[1] ? ys[0] : undefined;
  if (xd !== undefined && yd !== undefined) return yd === xd + 1;
  if (x.md !== undefined && y.md !== undefined && x.md[0] === x.md[1] && y.md[0] === y.md[1] && (xs === undefined || ys === undefined)) return y.md[0] === x.md[0] + 1;
  const xw = xd !== undefined ? weekdayOf(xd) : x.weekday;
  const yw = yd !== undefined ? weekdayOf(yd) : y.weekday;
  // Each side's weekday only where the other has no date to set against it (a weekday across dates is the
  // publication's guess: "Saturday night" / "Sunday" said in articles of different days still meet).
  return xw !== undefined && yw !== undefined && (xd === undefined || yd === undefined) && yw === (xw + 1) % 7;
}

/**
 * `x` tells the night of a day ("Saturday night", "late Saturday") and `y` the next day, bare or its small hours
 * ("Sunday", "early Sunday"); or `y` tells the small hours of a day and `x` the day before, bare or its night.
 * A part of the day in between ("Sunday night", "Saturday afternoon") is no such edge.
 */
function aroundMidnight(x: DateValue, y: DateValue): boolean {
  return edgesMeet(x, y) && dayAfter(x, y);
}

/** `x`'s part of its day and `y`'s of the next can be one time around midnight (see {@link aroundMidnight}). */
function edgesMeet(x: DateValue, y: DateValue): boolean {
  if (x.edge === undefined && y.edge === undefined) return false;
  const xNight = x.edge === 'night' || x.edge === 'both';
  const ySmall = y.edge === 'small' || y.edge === 'both';
  return (xNight && (y.edge === undefined || ySmall)) || (ySmall && (x.edge === undefined || xNight));
}

/**
 * The midnight edge of {@link weekdayFits}: a later story's bare "Saturday night" against "early Sunday, Nov. 13, 2016"
 * two weeks or more before its reading, told around one midnight, by their weekdays.
 */
function midnightOtherWeek(x: DateValue, y: DateValue): boolean {
  const day = otherWeekDay(x, y);
  if (day === undefined) return false;
  const w = weekdayOf(day);
  return (w === (x.weekday! + 1) % 7 && edgesMeet(x, y)) || (w === (x.weekday! + 6) % 7 && edgesMeet(y, x));
}

/**
 * How many days before a bare weekday's placed reading the other's day must fall for the week to be the library's
 * guess rather than the story's: a fresh article's "Saturday" is last Saturday (one week earlier is another Saturday,
 * a conflict), while a story published two weeks or more after the day it tells (a photo caption, a follow-up, a
 * reprint) still says "Saturday" of it.
 */
const OTHER_WEEK_DAYS = 14;

/**
 * `x` is a bare weekday placed by its article's date alone, and `y` tells one day of that weekday (its year stated, or
 * inferred from its own article) at least {@link OTHER_WEEK_DAYS} days before `x`'s reading: a later story's
 * weekday for an earlier day, neither agreement nor a conflict. Never a day after `x`'s reading, and never "last
 * Saturday" or "next Saturday", which the writer placed.
 */
function weekdayFits(x: DateValue, y: DateValue): boolean {
  const day = otherWeekDay(x, y);
  // A guard: a weekday the day does not fall on has conflicted before this is reached (relate's weekday evidence).
  return day !== undefined && weekdayOf(day) === x.weekday;
}

/** `y`'s one day when `x` is a bare weekday placed by its article alone and that day is two weeks or more before it. */
function otherWeekDay(x: DateValue, y: DateValue): number | undefined {
  // `placed` is set only where a weekday is all the value states (its week, month and year read from the article).
  if (x.placed !== true || x.abs === undefined) return undefined;
  const ys = y.abs;
  if (ys === undefined || ys[0] !== ys[1] || x.abs[0] - ys[0] < OTHER_WEEK_DAYS) return undefined;
  return ys[0];
}

const OTHER_WEEK = incomparable('one names only a weekday, placed in a week by its article\'s date; the other states a day of that weekday in another week');

const WEEKS_APART = incomparable('both say only the same weekday; the articles were published in different weeks, so they may mean different days');

/** A value that states a weekday and nothing else: its date comes from the publication date alone. */
function onlyWeekday(v: DateValue): boolean {
  return v.weekday !== undefined && v.stated.length === 1 && v.stated[0] === 'weekday';
}
