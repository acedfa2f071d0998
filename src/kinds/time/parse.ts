import { fold } from '../../normalize/text';
import { MONTHS, WEEKDAY_NAMES, WEEKDAYS } from '../calendar';
import { type DateValue, parseDate } from '../date';
import type { ParseContext, ParseResult, RawScalar } from '../registry';
import {
  ABOUT,
  aboutReach,
  BOUND,
  BRACKETED,
  CLOCK,
  DAY_PARTS,
  FOUR_DIGITS,
  HOUR_ONLY,
  JUST,
  MODIFIER,
  MODIFIERS,
  NOISE,
  WORD_TIME,
  US_SEASONS,
  US_ZONE,
  US_ZONES,
  ZONE,
  ZONES,
  clock,
  pad,
  zoneKey,
} from './patterns';
import type { TimeValue } from './value';
import { SMALL } from '../numeric';

const HOUR_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
const MINUTE_WORDS = 'oh[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty)(?:[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?';
/**
 * What may follow a time told in words: the end, a mark of the day, a part of the day, a weekday — never a noun
 * ("five to six people" is a count).
 */
const CLOCK_END = `(?=\\s*(?:$|[,.;)]|a\\.?\\s?m\\b|p\\.?\\s?m\\b|o'?clock|(?:in|on|at|last|this|that|yesterday|tonight|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\\b))`;
/** "quarter past eight", "half past 9", "twenty to ten", "10 minutes after six" (digits only with "minutes": "9 to 10 a.m." is a span). */
const PAST_TO = new RegExp(
  `\\b(?:(a\\s+)?(quarter|half)|(${MINUTE_WORDS}|five|\\d{1,2}(?=\\s+minutes?\\b))(?:\\s+minutes?)?)\\s+(past|after|to|till|before|of)\\s+(${HOUR_WORDS}|\\d{1,2})${CLOCK_END}`,
  'u',
);
/** "eight p.m.", "eight o'clock", "ten thirty p.m.", "seven forty-five": an hour in words, then minutes or a mark. */
const WORD_CLOCK = new RegExp(`\\b(${HOUR_WORDS})(?:(?=\\s*(?:o'?clock|a\\.?\\s?m\\b|p\\.?\\s?m\\b))|[\\s-]+(${MINUTE_WORDS})${CLOCK_END})`, 'u');

/** An hour alone, in digits or words, right before a part of the day: "7 in the evening", "9 at night". */
const BARE_HOUR = new RegExp(`(?<![\\d:./-])\\b(\\d{1,2}|${HOUR_WORDS})\\s+(?:in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night)\\b`, 'u');

/** The value of number words ("forty-five", "oh five", "twelve"). */
function wordsValue(words: string): number {
  let n = 0;
  for (const w of words.split(/[\s-]+/u)) n += SMALL.get(w) ?? 0;
  return n;
}

/** A time told in words, rewritten in digits: "quarter past eight" → "8:15", "ten thirty p.m." → "10:30 p.m.". */
function spokenClock(text: string): string {
  const pt = PAST_TO.exec(text);
  if (pt !== null) {
    const minutes = pt[2] === 'quarter' ? 15 : pt[2] === 'half' ? 30 : /^\d/.test(pt[3]!) ? Number(pt[3]) : wordsValue(pt[3]!);
    let hour = /^\d/.test(pt[5]!) ? Number(pt[5]) : wordsValue(pt[5]!);
    if (minutes < 60 && hour >= 1 && hour <= 12 && !(pt[2] === 'half' && pt[4] !== 'past' && pt[4] !== 'after')) {
      const back = pt[4] === 'to' || pt[4] === 'till' || pt[4] === 'before' || pt[4] === 'of';
      let m = minutes;
      if (back) {
        hour = hour === 1 ? 12 : hour - 1;
        m = 60 - minutes;
      }
      return `${text.slice(0, pt.index)}${hour}:${String(m).padStart(2, '0')}${text.slice(pt.index + pt[0].length)}`;
    }
  }
  const wc = WORD_CLOCK.exec(text);
  if (wc !== null) {
    const hour = wordsValue(wc[1]!);
    const minuteText = wc[2];
    // An hour alone keeps its mark ("eight p.m." → "8 p.m."); with minutes it is a clock ("ten thirty" → "10:30").
    const minutes = minuteText === undefined ? undefined : wordsValue(minuteText);
    if (minutes !== undefined && minutes >= 60) return text;
    const clock = minutes === undefined ? `${hour}` : `${hour}:${String(minutes).padStart(2, '0')}`;
    return `${text.slice(0, wc.index)}${clock}${text.slice(wc.index + wc[0].length)}`;
  }
  return text;
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
  // A US zone that does not say standard or daylight time may be either: its standard offset, marked.
  let eitherTime = false;
  let season: 'standard' | 'daylight' | undefined;
  const us = US_ZONE.exec(text);
  const z = us === null ? ZONE.exec(text) : null;
  if (us !== null) {
    zone = US_ZONES.get(us[2]!)! + (us[3] === 'daylight' ? 60 : 0);
    eitherTime = us[3] === undefined;
    season = us[3] as 'standard' | 'daylight' | undefined;
    const at = us.index + us[1]!.length;
    text = `${text.slice(0, at)} ${text.slice(us.index + us[0].length)}`;
  } else if (z !== null && /\d|noon|midnight/.test(text.slice(0, z.index + 1))) {
    season = US_SEASONS.get(z[1]!);
    zone = ZONES.get(z[1]!)! + (z[2] === undefined ? 0 : (z[2] === '-' ? -1 : 1) * (Number(z[3]) * 60 + Number(z[4] ?? 0)));
    const at = z.index + z[0].length - z[0].trimStart().replace(/^\d/, '').length;
    text = `${text.slice(0, at)} ${text.slice(z.index + z[0].length)}`;
  }
  text = text.replace(NOISE, ' ').replace(/\b(?:hrs|hours)\b/g, ' ');
  // Where in the day: "in the afternoon", "last night".
  let half: 'am' | 'pm' | 'night' | undefined;
  let dayWord: string | undefined;
  // An hour told right before a part of the day ("7 in the evening", "9 at night"), found before that part is read.
  const bareHour = BARE_HOUR.exec(text);
  const part = DAY_PARTS.exec(text);
  let partOfDay: string | undefined;
  if (part !== null) {
    const p = part[2]!;
    partOfDay = p;
    half = p === 'morning' ? 'am' : p === 'afternoon' || p === 'evening' ? 'pm' : 'night';
    if (part[1] === 'last' || part[1] === 'yesterday') dayWord = 'yesterday';
    else if (part[1] === 'this' || p === 'tonight') dayWord = 'today';
    else if (part[1] === 'tomorrow') dayWord = 'tomorrow';
    text = `${text.slice(0, part.index)} ${dayWord ?? ''} ${text.slice(part.index + part[0].length)}`;
  }
  let minutes: number;
  let precision: 'hour' | 'minute' = 'minute';
  let halfDayUnknown = false;
  let roughly = false;
  const MIDDAY_FROM = 11 * 60;
  const MIDDAY_TO = 13 * 60;
  let rest: string;
  let before: string;
  text = spokenClock(text);
  const m = CLOCK.exec(text);
  if (m !== null) {
    const h = Number(m[1]);
    const min = Number(m[2]);
    if (h > 24 || min > 59) return { ok: false, reason: `"${raw}" is not a valid time of day` };
    const meridiem = (m[4] ?? '').replace(/[.\s]/g, '');
    if (meridiem === '') {
      if (h === 24 && min !== 0) return { ok: false, reason: `"${raw}" is not a valid time of day` };
      // A bare "12:30" is half past noon or half past midnight, as "1:30" is one or the other.
      // A zone or "hours" marks a 24-hour clock ("12:30 GMT", "1230 hours"): there 12:30 is half past noon.
      const twelve = h === 12 && !/^0/.test(m[1]!) && zone === undefined && !/\b(?:hours|hrs|hr)\b/.test(text);
      minutes = (twelve ? 0 : h % 24) * 60 + min;
      halfDayUnknown = h >= 1 && h <= 12 && !/^0/.test(m[1]!) && (twelve || h !== 12);
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
    rest = `${before} ${text.slice(m.index + m[0].length)}`;
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
      rest = `${before} ${text.slice(hourOnly.index + hourOnly[0].length)}`;
    } else if (word !== null) {
      minutes = word[1] === 'midnight' ? 0 : 12 * 60;
      // "midday" is the middle of the day, not the stroke of noon.
      roughly = word[1] === 'midday';
      before = text.slice(0, word.index);
      rest = `${before} ${text.slice(word.index + word[0].length)}`;
    } else {
      // A bare hour that a part of the day places: "7 in the evening", "seven in the evening", "2 in the morning".
      // Not a day of a month ("June 7 in the evening", "7 June in the evening" are dates).
      const previous = bareHour === null ? undefined : text.slice(0, bareHour.index).trim().split(/\s+/).pop()?.replace(/\.$/, '');
      // Nor a count of hours ("2 hours in the evening": "hours" is gone from the text by now).
      const counted = bareHour !== null && /^\s*(?:hours?|hrs?)\b/.test(folded.slice(folded.indexOf(bareHour[1]!) + bareHour[1]!.length));
      const bare = half !== undefined && bareHour !== null && !counted && (previous === undefined || !MONTHS.has(previous)) ? bareHour : null;
      const h = bare === null ? Number.NaN : /^\d/.test(bare[1]!) ? Number(bare[1]) : (SMALL.get(bare[1]!) ?? Number.NaN);
      if (bare === null && partOfDay !== undefined && dayWord === undefined) {
        const whole = partOfDayOnly(text, partOfDay);
        if (whole !== undefined) return { ok: true, value: whole };
      }
      if (bare === null || !(h >= 1 && h <= 12)) return { ok: false, reason: `"${raw}" holds no time of day` };
      // "12 at night" is midnight.
      minutes = (h === 12 && half === 'night' ? 0 : h) * 60;
      halfDayUnknown = !(h === 12 && half === 'night');
      precision = 'hour';
      // The hour stood before the part of the day, whose words are gone from the text: the text before it is the same.
      before = text.slice(0, bare.index);
      rest = `${before} ${text.slice(bare.index + bare[1]!.length)}`;
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
  const modifier = mod === null ? (roughly ? 'about' : undefined) : MODIFIERS.get(mod[1]!);
  // "midday", "around midday": from eleven to one.
  const midday = roughly && modifier === 'about';
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
      const parsed = parseDate(rest, ctx);
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
  // "around 4 a.m." is about the hour mark, not about any minute of the hour ("4 a.m." alone names the hour).
  const reach = aboutReach(minutes, precision);
  const [lo, hi] =
    midday ? [MIDDAY_FROM, MIDDAY_TO]
    : modifier === 'about' ? [start - reach, (precision === 'hour' ? start : end) + reach]
    : modifier === 'nearly' ? [start - (precision === 'hour' || minutes % 15 === 0 ? Math.max(reach, JUST) : reach), start]
    : modifier === 'just before' ? [start - JUST, start]
    : modifier === 'before' ? [start - BOUND, start]
    : modifier === 'just after' ? [start, start + JUST]
    : modifier === 'after' ? [start, start + BOUND]
    : [start, end];
  const clockKey = precision === 'hour' ? `${pad(Math.floor(minutes / 60))}h` : halfDayUnknown ? `${clock(minutes)}/${clock(minutes + 720)}` : clock(minutes);
  const mark = modifier === undefined ? '' : { about: '~', nearly: '~<', 'just before': '<~', before: '<', 'just after': '>~', after: '>' }[modifier];
  const zoneText = zone === undefined ? '' : eitherTime ? `${zoneKey(zone)}/${zoneKey(zone + 60)}` : zoneKey(zone);
  const timeKey = `${mark}${clockKey}${zoneText}`;
  // A weekday without a date ("Friday at 10:30 p.m.") stays in the key, as a date's key keeps one its year does
  // not fix ("Friday, July 12"): "Saturday at 10:30 p.m." is another position, which conflicts with it.
  const day = weekday === undefined || date !== undefined ? '' : `(${WEEKDAY_NAMES[weekday]!.slice(0, 3).toLowerCase()})`;
  const key = date === undefined ? `${day}${timeKey}` : `${date.key}T${timeKey}`;
  // What a reading of "about" at its widest would add either side: how near two such times count as a near miss.
  const slack = modifier === 'about' || modifier === 'nearly' ? ABOUT - reach : 0;
  const value = { minutes, lo, hi, precision, halfDayUnknown, date, weekday, key, ...(slack > 0 ? { slack } : {}) };
  return {
    ok: true,
    value: zone === undefined ? value : eitherTime ? { ...value, zone, eitherTime } : season !== undefined ? { ...value, zone, season } : { ...value, zone },
  };
}

/**
 * Where in the day a part of the day alone puts a time, in minutes after midnight (the night reaches past it), with
 * "early" and "late" taking its first or last part. Generous bounds: a part of the day is told loosely ("10:30 in the
 * evening", "2 in the morning"), so only what no reading covers is held against it ("morning" / "about 10 p.m.").
 */
const PARTS_OF_DAY: ReadonlyMap<string, readonly [number, number]> = new Map([
  // From midnight: "2 in the morning", "shot at 2:30 Sunday morning".
  ['morning', [0, 12 * 60 - 1]],
  ['afternoon', [12 * 60, 19 * 60 - 1]],
  ['evening', [16 * 60, 24 * 60 - 1]],
  ['night', [18 * 60, 30 * 60 - 1]],
  ['overnight', [20 * 60, 31 * 60 - 1]],
  ['early morning', [0, 9 * 60 - 1]],
  ['late morning', [9 * 60, 13 * 60 - 1]],
  ['early afternoon', [12 * 60, 16 * 60 - 1]],
  ['late afternoon', [14 * 60, 19 * 60 - 1]],
  ['early evening', [16 * 60, 21 * 60 - 1]],
  ['late evening', [19 * 60, 24 * 60 - 1]],
  ['late night', [21 * 60, 29 * 60 - 1]],
]);

/**
 * "morning", "in the early morning", "late at night": a part of the day with nothing else (no hour, no day), read as
 * the stretch of the day it names. Its key is the part's name, so two writings of one part are one position.
 */
function partOfDayOnly(text: string, part: string): TimeValue | undefined {
  // What is left once the part's words are gone: linking words and "early"/"late", or nothing. With a weekday beside
  // it ("Sunday morning", "Saturday night") it stays a date's: read as a time, it would take a date attribute's values
  // from the date kind, and a night's small hours carry the next day's name.
  const left = text.replace(/\b(?:in|the|at|during|of)\b/g, ' ').replace(/\s+/g, ' ').trim();
  if (left !== '' && left !== 'early' && left !== 'late') return undefined;
  const name = left === '' ? part : `${left} ${part}`;
  const span = PARTS_OF_DAY.get(name);
  if (span === undefined) return undefined;
  return { minutes: span[0], lo: span[0], hi: span[1], precision: 'hour', halfDayUnknown: false, date: undefined, weekday: undefined, key: name.replace(' ', '-') };
}
