import { weekdayOf } from '../calendar';
import { COMPATIBLE, CONFLICT, type Comparison, incomparable, SAME, SOFT_CONFLICT } from '../registry';
import { NEAR_MISS } from './patterns';
import type { TimeValue } from './value';

const LOCAL_AGAINST_ZONE = incomparable('one gives a time zone and the other a local time, and the local time zone is not known');

/** The clock of a time in UTC, without its written date (which is in its own zone), so times in two zones compare. */
function utcClock(v: TimeValue): TimeValue {
  const z = v.zone ?? 0;
  const { zone: _zone, ...rest } = v;
  return { ...rest, minutes: v.minutes - z, lo: v.lo - z, hi: v.hi - z, date: undefined, weekday: undefined, key: `${v.lo - z}..${v.hi - z}` };
}

/** The intervals a time may mean: both halves of the day for "7:45" without a.m. or p.m. */
function spans(v: TimeValue): (readonly [number, number])[] {
  return v.halfDayUnknown ? [[v.lo, v.hi], [v.lo + 720, v.hi + 720]] : [[v.lo, v.hi]];
}

/** The smallest gap in minutes between the intervals two times may mean (0 when they overlap). */
function timeGap(a: TimeValue, b: TimeValue): number {
  let best = Number.POSITIVE_INFINITY;
  for (const [alo, ahi] of spans(a)) {
    for (const [blo, bhi] of spans(b)) {
      // Across midnight too: "11:50 p.m." and "about midnight" overlap.
      for (const shift of [-1440, 0, 1440]) {
        const gap = Math.max(blo + shift - ahi, alo - (bhi + shift), 0);
        if (gap < best) best = gap;
      }
    }
  }
  return best;
}

function exact(v: TimeValue): boolean {
  return v.lo === v.hi;
}

/**
 * Two times agree when they name the same minute (or hour, when one names only
 * the hour) and their dates, where both give one, overlap.
 */
export function compareTimes(a: TimeValue, b: TimeValue): Comparison {
  if (a.key === b.key) return SAME;
  // A time in a zone against a local time: without the place's zone, no verdict ("0737 GMT" / "7:37 a.m. local time").
  if ((a.zone === undefined) !== (b.zone === undefined)) return LOCAL_AGAINST_ZONE;
  if (a.zone !== undefined && b.zone !== undefined && a.zone !== b.zone) {
    const r = compareTimes(utcClock(a), utcClock(b));
    return r.relation === 'same' ? COMPATIBLE : r;
  }
  const gap = timeGap(a, b);
  // Approximate times that miss each other by a few minutes (beyond what "about" could reach at its widest) are
  // weaker evidence than two exact ones; so is an exact time that only the widest "about" would have covered.
  if (gap > 0) {
    const soft =
      !exact(a) && !exact(b) ? gap - (a.slack ?? 0) - (b.slack ?? 0) <= NEAR_MISS : gap <= (exact(a) ? (b.slack ?? 0) : (a.slack ?? 0));
    return soft ? SOFT_CONFLICT : CONFLICT;
  }
  if (a.date !== undefined && b.date !== undefined) {
    const aSpan = a.date.abs ?? a.date.md;
    const bSpan = b.date.abs ?? b.date.md;
    const sameAxis = (a.date.abs !== undefined) === (b.date.abs !== undefined);
    if (aSpan !== undefined && bSpan !== undefined && sameAxis && (aSpan[1] < bSpan[0] || bSpan[1] < aSpan[0])) {
      return CONFLICT;
    }
  }
  const aw = a.weekday ?? (a.date?.abs !== undefined && a.date.abs[0] === a.date.abs[1] ? weekdayOf(a.date.abs[0]) : undefined);
  const bw = b.weekday ?? (b.date?.abs !== undefined && b.date.abs[0] === b.date.abs[1] ? weekdayOf(b.date.abs[0]) : undefined);
  if (aw !== undefined && bw !== undefined && aw !== bw) return CONFLICT;
  return COMPATIBLE;
}
