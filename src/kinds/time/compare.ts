import { weekdayOf } from '../calendar';
import { COMPATIBLE, CONFLICT, type Comparison, incomparable, SAME, SOFT_CONFLICT } from '../registry';
import { NEAR_MISS } from './patterns';
import type { TimeValue } from './value';

const LOCAL_AGAINST_ZONE = incomparable('one gives a time zone and the other a local time, and the local time zone is not known');

/** The clock of a time in UTC, without its written date (which is in its own zone), so times in two zones compare. */
function utcClock(v: TimeValue, z: number): TimeValue {
  const { zone: _zone, eitherTime: _either, season: _season, ...rest } = v;
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

/** How near a comparison is to agreement, to keep the closer of two readings. */
function closeness(r: Comparison): number {
  return r.relation === 'same' ? 4 : r.relation === 'compatible' ? 3 : r.relation === 'incomparable' ? 2 : r.soft === true ? 1 : 0;
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
  if (a.zone !== undefined && b.zone !== undefined && (a.zone !== b.zone || a.eitherTime !== b.eitherTime)) {
    // Two US zones that leave standard or daylight time open keep the same one ("8 p.m. ET" is "5 p.m. PT");
    // against a zone that says, either may hold: the closer reading decides.
    const both = a.eitherTime === true && b.eitherTime === true;
    // Against a US zone that says which ("EDT"), the same season: when it is daylight time in Chicago, it is in New York.
    const offsets = (v: TimeValue, other: TimeValue) =>
      v.eitherTime !== true || both ? [v.zone!]
      : other.season === 'standard' ? [v.zone!]
      : other.season === 'daylight' ? [v.zone! + 60]
      : [v.zone!, v.zone! + 60];
    let best: Comparison | undefined;
    for (const za of offsets(a, b)) {
      for (const zb of offsets(b, a)) {
        const r = compareTimes(utcClock(a, za), utcClock(b, zb));
        if (best === undefined || closeness(r) > closeness(best)) best = r;
      }
    }
    return best!.relation === 'same' ? COMPATIBLE : best!;
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
  // Two weekdays must be one day, unless the times meet only across midnight, where the later day is the next one
  // ("Saturday night" / "1 a.m. Sunday", "11:50 p.m. Saturday" / "about midnight Sunday").
  if (aw !== undefined && bw !== undefined && aw !== bw && !acrossMidnight(a, b, aw, bw)) return CONFLICT;
  return COMPATIBLE;
}

/** Whether two times meet when `b` is read on the day after `a`'s (or before it) and the weekdays say so. */
function acrossMidnight(a: TimeValue, b: TimeValue, aw: number, bw: number): boolean {
  for (const [alo, ahi] of spans(a)) {
    for (const [blo, bhi] of spans(b)) {
      for (const days of [1, -1]) {
        const shift = 1440 * days;
        if (blo + shift <= ahi && alo <= bhi + shift && bw === (aw + days + 7) % 7) return true;
      }
    }
  }
  return false;
}
