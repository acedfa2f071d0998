import { fold } from '../normalize/text';
import { MONTHS, WEEKDAYS, weekdayOf } from './calendar';
import { type DateValue, parseDate } from './date';
import { COMPATIBLE, CONFLICT, type Comparison, incomparable, type KindDefinition, type ParseContext, type ParseResult, type RawScalar, SAME, SOFT_CONFLICT } from './registry';

/** A time of day, with the date or weekday written next to it. */
export interface TimeValue {
  /** Minutes after midnight, as written. */
  readonly minutes: number;
  /**
   * The minutes the text allows, as an interval (it may reach past midnight):
   * one minute for "2:20 p.m.", the hour for "10 p.m.", ±15 minutes for "about
   * 2:20 p.m.", up to three hours for "after 10 p.m.".
   */
  readonly lo: number;
  readonly hi: number;
  /** "7 p.m." names an hour, "7:10 p.m." a minute. */
  readonly precision: 'hour' | 'minute';
  /** "7:45" with no a.m./p.m. and an hour from 1 to 12 could be either half of the day. */
  readonly halfDayUnknown: boolean;
  /** The date part ("Dec 1", "12/2/11"), when written and unambiguous. */
  readonly date: DateValue | undefined;
  /** A weekday written next to the time ("Thu 20:00"). */
  readonly weekday: number | undefined;
  /** Minutes east of UTC when a zone is written ("0737 GMT" is 0, "2:09 a.m. PDT" is -420); undefined for local time. */
  readonly zone?: number;
  /** Canonical form: `19:10`, `07:45/19:45`, `19h`, `~14:20`, `>22h`, `--12-01T07:10`, `07:37Z`, `02:09-07:00`. */
  readonly key: string;
}

type Modifier = 'about' | 'nearly' | 'just before' | 'before' | 'just after' | 'after';

// Words before a time that make it approximate or a bound, longest first.
const MODIFIER = /(?:^|\s)(about|around|approximately|approx|roughly|circa|ca|some time around|sometime around|nearly|almost|just before|shortly before|just prior to|before|by|until|till|just after|shortly after|soon after|after|since)\s*(?:at\s*)?$/;
const MODIFIERS: ReadonlyMap<string, Modifier> = new Map([
  ['about', 'about'], ['around', 'about'], ['approximately', 'about'], ['approx', 'about'], ['roughly', 'about'],
  ['circa', 'about'], ['ca', 'about'], ['some time around', 'about'], ['sometime around', 'about'], ['nearly', 'nearly'],
  ['almost', 'nearly'], ['just before', 'just before'], ['shortly before', 'just before'], ['just prior to', 'just before'],
  ['before', 'before'], ['by', 'before'], ['until', 'before'], ['till', 'before'], ['just after', 'just after'],
  ['shortly after', 'just after'], ['soon after', 'just after'], ['after', 'after'], ['since', 'after'],
]);
/** Minutes an "about" widens a time by, and how far "before"/"after" reach. */
const ABOUT = 15;
const JUST = 20;
const BOUND = 180;

// Parts of the day: they settle "10:30" as a.m. or p.m., and "last night" also names the date.
const DAY_PARTS = /\b(?:(last|this|tomorrow|yesterday)\s+)?(morning|afternoon|evening|night|tonight|overnight)\b/;

// Status words and notes that flight and event listings put next to a time.
// (Bracketed notes are dropped before, with the times in brackets.)
const NOISE = /&nbsp;?|\*|\b(?:estimated|scheduled|actual|runway|gate|delayed|on time|landed|departed|arrived|expected|local time|local|est)\b/g;
/**
 * Time zones written after a time, as minutes east of UTC. Only abbreviations
 * that name one zone in English news are listed ("IST" and "BST" are not).
 */
const ZONES: ReadonlyMap<string, number> = new Map([
  ['gmt', 0], ['utc', 0], ['z', 0], ['wet', 0], ['cet', 60], ['cest', 120], ['eet', 120], ['eest', 180],
  ['msk', 180], ['wib', 420], ['wita', 480], ['wit', 540], ['sgt', 480], ['hkt', 480], ['jst', 540], ['kst', 540],
  ['aest', 600], ['aedt', 660], ['awst', 480], ['nzst', 720], ['nzdt', 780],
  ['est', -300], ['edt', -240], ['cst', -360], ['cdt', -300], ['mst', -420], ['mdt', -360], ['pst', -480], ['pdt', -420],
  ['akst', -540], ['akdt', -480], ['hst', -600],
]);
const ZONE = new RegExp(`(?:^|[\\s\\d])(${[...ZONES.keys()].join('|')})(?:\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?)?(?![a-z])`);
const BRACKETED = /\([^()]{0,40}\)/g;
/** "0737 GMT", "1437 hrs": four digits are a time only with a zone or "hours" after them, never a year. */
const FOUR_DIGITS = /(?<![\d:.,])([01]\d|2[0-3])([0-5]\d)(?=\s*(?:h\b|hrs\b|hours\b|gmt|utc|z\b|wib\b))/;
const CLOCK = /(\d{1,2})(?::(\d{2}))(?::(\d{2}))?\s*(a\.?\s?m\b\.?|p\.?\s?m\b\.?|a(?![a-z])|p(?![a-z])|a(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|p(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|noon|midnight)?/;
const HOUR_ONLY = /(?<![\d:])(\d{1,2})\s*(a\.?\s?m\b\.?|p\.?\s?m\b\.?|o'?clock)/;
const WORD_TIME = /\b(noon|midday|midnight)\b/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function clock(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/**
 * Parses a time of day as listings and articles write it: "7:10 a.m.",
 * "Thu  20:00", "7:10aDec 1", "12:21 a.m. Dec 02", "6:47 p.m. (Estimated
 * runway)", "2:45P 12-01-11", "12:00noon", "11/30 8:00 p.m.", "noon".
 *
 * @example
 * parseTime('7:10aDec 1', ctx).value.key; //=> '--12-01T07:10'
 */
export function parseTime(raw: RawScalar, ctx: ParseContext): ParseResult<TimeValue> {
  if (typeof raw !== 'string') return { ok: false, reason: 'a time must be written as text, e.g. "7:10 p.m."' };
  if (raw.length > 200) return { ok: false, reason: 'too long to be a time' };
  const folded = fold(raw);
  // A zone after the time, read before status words are dropped ("est" is also "estimated" there).
  let zone: number | undefined;
  // A time in brackets is the same time told another way ("7:37 a.m. (0037 GMT)"): the first one counts.
  let text = folded.replace(BRACKETED, ' ').replace(FOUR_DIGITS, '$1:$2');
  const z = ZONE.exec(text);
  if (z !== null && /\d/.test(text.slice(0, z.index + 1))) {
    zone = ZONES.get(z[1]!)! + (z[2] === undefined ? 0 : (z[2] === '-' ? -1 : 1) * (Number(z[3]) * 60 + Number(z[4] ?? 0)));
    const at = z.index + z[0].length - z[0].trimStart().replace(/^\d/, '').length;
    text = `${text.slice(0, at)} ${text.slice(z.index + z[0].length)}`;
  }
  text = text.replace(NOISE, ' ').replace(/\b(?:hrs|hours)\b/g, ' ');
  // Where in the day: "in the afternoon", "last night".
  let half: 'am' | 'pm' | 'night' | undefined;
  let dayWord: string | undefined;
  const part = DAY_PARTS.exec(text);
  if (part !== null) {
    const p = part[2]!;
    half = p === 'morning' ? 'am' : p === 'afternoon' || p === 'evening' ? 'pm' : 'night';
    if (part[1] === 'last' || part[1] === 'yesterday') dayWord = 'yesterday';
    else if (part[1] === 'this' || p === 'tonight') dayWord = 'today';
    else if (part[1] === 'tomorrow') dayWord = 'tomorrow';
    text = `${text.slice(0, part.index)} ${dayWord ?? ''} ${text.slice(part.index + part[0].length)}`;
  }
  let minutes: number;
  let precision: 'hour' | 'minute' = 'minute';
  let halfDayUnknown = false;
  let rest: string;
  let before: string;
  const m = CLOCK.exec(text);
  if (m !== null) {
    const h = Number(m[1]);
    const min = Number(m[2]);
    if (h > 24 || min > 59) return { ok: false, reason: `"${raw}" is not a valid time of day` };
    const meridiem = (m[4] ?? '').replace(/[.\s]/g, '');
    if (meridiem === '') {
      if (h === 24 && min !== 0) return { ok: false, reason: `"${raw}" is not a valid time of day` };
      minutes = (h % 24) * 60 + min;
      halfDayUnknown = h >= 1 && h <= 12 && !/^0/.test(m[1]!) && h !== 12;
    } else if (meridiem === 'noon') {
      minutes = 12 * 60 + (h === 12 ? min : 0);
    } else if (meridiem === 'midnight') {
      minutes = min;
    } else {
      if (h < 1 || h > 12) return { ok: false, reason: `"${raw}" has an hour that does not fit a.m./p.m.` };
      const pm = meridiem.startsWith('p');
      minutes = ((h % 12) + (pm ? 12 : 0)) * 60 + min;
    }
    before = text.slice(0, m.index);
    rest = before + ' ' + text.slice(m.index + m[0].length);
  } else {
    const hourOnly = HOUR_ONLY.exec(text);
    const word = WORD_TIME.exec(text);
    if (hourOnly !== null) {
      const h = Number(hourOnly[1]);
      if (h < 1 || h > 12) return { ok: false, reason: `"${raw}" is not a valid time of day` };
      const marker = hourOnly[2]!.replace(/[.\s]/g, '');
      minutes = marker.startsWith('o') ? h * 60 : ((h % 12) + (marker.startsWith('p') ? 12 : 0)) * 60;
      halfDayUnknown = marker.startsWith('o');
      precision = 'hour';
      before = text.slice(0, hourOnly.index);
      rest = before + ' ' + text.slice(hourOnly.index + hourOnly[0].length);
    } else if (word !== null) {
      minutes = word[1] === 'midnight' ? 0 : 12 * 60;
      before = text.slice(0, word.index);
      rest = before + ' ' + text.slice(word.index + word[0].length);
    } else {
      return { ok: false, reason: `"${raw}" holds no time of day` };
    }
  }
  // A part of the day settles a.m. or p.m.: "10:30 last night" is 22:30; a night hour from 1 to 5 is early morning.
  if (halfDayUnknown && half !== undefined) {
    const h = Math.floor(minutes / 60);
    const pm = half === 'pm' || (half === 'night' && h >= 6);
    if (half === 'am' || pm || (half === 'night' && h <= 5)) {
      minutes = (minutes % 720) + (pm ? 720 : 0);
      halfDayUnknown = false;
    }
  }
  const mod = MODIFIER.exec(before);
  const modifier = mod === null ? undefined : MODIFIERS.get(mod[1]!);
  if (mod !== null) rest = rest.replace(mod[0].trim(), ' ');
  // Linking words around a time ("at 2:20 p.m. on Sunday") say nothing of the date.
  rest = rest.replace(/\b(?:at|on|the|in|of|about)\b/g, ' ').replace(/\s+/g, ' ').trim();
  let date: DateValue | undefined;
  let weekday: number | undefined;
  if (rest !== '') {
    const restTokens = rest.split(' ');
    const onlyWeekday = restTokens.length === 1 ? WEEKDAYS.get(restTokens[0]!) : undefined;
    if (onlyWeekday !== undefined) weekday = onlyWeekday;
    else {
      // A numeric date beside a time is too often ambiguous to hold against another source ("12-01-11").
      const parsed = parseDate(rest, { ...ctx, publishedAt: ctx.publishedAt });
      if (!parsed.ok) {
        if (restTokens.some((t) => /\d/.test(t) || MONTHS.has(t))) return { ok: false, reason: `"${raw}" has a date part crosscheck cannot read` };
        return { ok: false, reason: `"${raw}" has words besides the time: "${rest}"` };
      }
      if (!parsed.notes?.some((n) => n.code === 'ambiguous_date')) date = parsed.value;
      weekday = parsed.value.weekday;
    }
  }
  const start = precision === 'hour' ? Math.floor(minutes / 60) * 60 : minutes;
  const end = precision === 'hour' ? start + 59 : minutes;
  const [lo, hi] =
    modifier === 'about' ? [start - ABOUT, end + ABOUT]
    : modifier === 'nearly' ? [start - ABOUT, start]
    : modifier === 'just before' ? [start - JUST, start]
    : modifier === 'before' ? [start - BOUND, start]
    : modifier === 'just after' ? [start, start + JUST]
    : modifier === 'after' ? [start, start + BOUND]
    : [start, end];
  const clockKey = precision === 'hour' ? `${pad(Math.floor(minutes / 60))}h` : halfDayUnknown ? `${clock(minutes)}/${clock(minutes + 720)}` : clock(minutes);
  const mark = modifier === undefined ? '' : { about: '~', nearly: '~<', 'just before': '<~', before: '<', 'just after': '>~', after: '>' }[modifier];
  const timeKey = `${mark}${clockKey}${zone === undefined ? '' : zoneKey(zone)}`;
  const key = date === undefined ? timeKey : `${date.key}T${timeKey}`;
  const value = { minutes, lo, hi, precision, halfDayUnknown, date, weekday, key };
  return { ok: true, value: zone === undefined ? value : { ...value, zone } };
}

function zoneKey(zone: number): string {
  if (zone === 0) return 'Z';
  const a = Math.abs(zone);
  return `${zone < 0 ? '-' : '+'}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

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
  // Approximate times that miss each other by a few minutes are weaker evidence than two exact ones.
  if (gap > 0) return !exact(a) && !exact(b) && gap <= ABOUT ? SOFT_CONFLICT : CONFLICT;
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

export const timeKind: KindDefinition<TimeValue> = {
  kind: 'time',
  conflictCode: 'time_mismatch',
  conflictSeverity: 'high',
  contextual: true,
  detect(raw) {
    if (typeof raw !== 'string') return 0;
    const s = fold(raw);
    if (!parseTime(raw, { publishedAt: undefined, dateOrder: 'auto' }).ok) return 0;
    return /\d:\d\d|\d\s*[ap]\.?m\b/.test(s) ? 0.95 : 0.6;
  },
  parse: parseTime,
  compare: (a, b) => compareTimes(a, b),
  normalize: (v) => v.key,
  specificity: (v) => 4 - Math.log2(1 + v.hi - v.lo) / 4 + (v.halfDayUnknown ? 0 : 0.5) + (v.date === undefined ? 0 : 1),
};
