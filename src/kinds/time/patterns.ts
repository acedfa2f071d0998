/** The words and patterns a time of day is read with, and the pieces of its canonical form. */

export type Modifier = 'about' | 'nearly' | 'just before' | 'before' | 'just after' | 'after';

// Words before a time that make it approximate or a bound, longest first.
export const MODIFIER = /(?:^|\s)(about|around|approximately|approx|roughly|circa|ca|some time around|sometime around|nearly|almost|just before|shortly before|just prior to|before|by|until|till|just after|shortly after|soon after|after|since)\s*(?:at\s*)?$/;
export const MODIFIERS: ReadonlyMap<string, Modifier> = new Map([
  ['about', 'about'], ['around', 'about'], ['approximately', 'about'], ['approx', 'about'], ['roughly', 'about'],
  ['circa', 'about'], ['ca', 'about'], ['some time around', 'about'], ['sometime around', 'about'], ['nearly', 'nearly'],
  ['almost', 'nearly'], ['just before', 'just before'], ['shortly before', 'just before'], ['just prior to', 'just before'],
  ['before', 'before'], ['by', 'before'], ['until', 'before'], ['till', 'before'], ['just after', 'just after'],
  ['shortly after', 'just after'], ['soon after', 'just after'], ['after', 'after'], ['since', 'after'],
]);
/**
 * How far "about" reaches either side of a clock time, in whole minutes: less
 * than a quarter hour. People round an approximate time to the nearest half
 * hour or finer, so a time a full quarter hour away would have been told as
 * the neighbouring mark: "around 10 p.m." (21:46–22:14) and "around 10:30"
 * (22:16–22:44) are two roundings that cannot both hold, "around 4 a.m."
 * does not cover 4:35, while "around 4:30" and "around 4:35" overlap. An hour
 * said "about" is the hour mark, not the whole hour.
 */
export const ABOUT = 14;
/** The least "about" reaches either side of a time: clocks and accounts differ by a few minutes. */
export const ABOUT_MIN = 5;

/**
 * How far "about" reaches either side of a time, by how round the time is: an
 * approximate time is rounded to its grain, so it stands within half the grain
 * of the truth ("around 3:50" is 3:45–3:55; "around 3:30", a half-hour mark,
 * 3:16–3:44; "around 4 a.m." the hour mark ±{@link ABOUT}) — two sources'
 * "around 3:30" and "around 3:50" are two different times, not one rounded
 * twice (the roundness of numerals: Krifka 2009). Never less than
 * {@link ABOUT_MIN}, never more than {@link ABOUT}.
 */
export function aboutReach(minutes: number, precision: 'hour' | 'minute'): number {
  if (precision === 'hour') return ABOUT;
  const m = ((minutes % 60) + 60) % 60;
  // Half the grain: a half-hour mark reaches the cap, a quarter-hour mark 7; finer grains (10, 5, 1) the least.
  const grain = m % 30 === 0 ? 30 : m % 15 === 0 ? 15 : 1;
  return Math.min(ABOUT, Math.max(ABOUT_MIN, Math.floor(grain / 2)));
}
/** Approximate times that miss each other by at most this many minutes conflict softly (medium). */
export const NEAR_MISS = 15;
export const JUST = 20;
export const BOUND = 180;

// Parts of the day: they settle "10:30" as a.m. or p.m., and "last night" also names the date.
export const DAY_PARTS = /\b(?:(last|this|tomorrow|yesterday)\s+)?(morning|afternoon|evening|night|tonight|overnight)\b/;

// Status words and notes that flight and event listings put next to a time.
// (Bracketed notes are dropped before, with the times in brackets.)
export const NOISE = /&nbsp;?|\*|\b(?:estimated|scheduled|actual|runway|gate|delayed|on time|landed|departed|arrived|expected|local time|local|est)\b/g;
/**
 * Time zones written after a time, as minutes east of UTC. Only abbreviations
 * that name one zone in English news are listed: "BST" is British Summer Time there (Bangladesh's time is
 * written "Dhaka time"); "IST" (India, Ireland, Israel) is not listed.
 */
export const ZONES: ReadonlyMap<string, number> = new Map([
  ['gmt', 0], ['utc', 0], ['z', 0], ['wet', 0], ['bst', 60], ['cet', 60], ['cest', 120], ['eet', 120], ['eest', 180],
  ['msk', 180], ['wib', 420], ['wita', 480], ['wit', 540], ['sgt', 480], ['hkt', 480], ['jst', 540], ['kst', 540],
  ['aest', 600], ['aedt', 660], ['awst', 480], ['nzst', 720], ['nzdt', 780],
  ['est', -300], ['edt', -240], ['cst', -360], ['cdt', -300], ['mst', -420], ['mdt', -360], ['pst', -480], ['pdt', -420],
  ['akst', -540], ['akdt', -480], ['hst', -600],
]);
/**
 * US zones told without saying standard or daylight time ("8 p.m. ET", "9 p.m. Eastern", "noon Pacific
 * time"), as minutes east of UTC in standard time: in daylight time they are an hour more. Written out
 * with "standard" or "daylight" they name one offset ("Eastern Daylight Time" is EDT).
 */
/** US zone abbreviations that say standard or daylight time: a US zone that leaves it open keeps the same season against them. */
export const US_SEASONS: ReadonlyMap<string, 'standard' | 'daylight'> = new Map([
  ['est', 'standard'], ['cst', 'standard'], ['mst', 'standard'], ['pst', 'standard'], ['akst', 'standard'],
  ['edt', 'daylight'], ['cdt', 'daylight'], ['mdt', 'daylight'], ['pdt', 'daylight'], ['akdt', 'daylight'],
]);
export const US_ZONES: ReadonlyMap<string, number> = new Map([
  ['et', -300], ['ct', -360], ['mt', -420], ['pt', -480],
  ['eastern', -300], ['central', -360], ['mountain', -420], ['pacific', -480],
]);
/**
 * A US zone right after a time (a digit, "a.m.", "p.m.", "noon" or "midnight"): only there is "Pacific" or
 * "ET" a zone, not a street or an initial. Group 1 is what ends the time, 2 the zone, 3 "standard" or
 * "daylight".
 */
export const US_ZONE =
  /(\d|[ap]\.?\s?m\.?|noon|midnight)\s*(eastern|central|mountain|pacific|et|ct|mt|pt)(?:\s+(standard|daylight))?(?:\s+time)?(?![\p{L}\p{N}])/u;
export const ZONE = new RegExp(`(?:^|[\\s\\d])(${[...ZONES.keys()].join('|')})(?:\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?)?(?![a-z])`);
export const BRACKETED = /\([^()]{0,40}\)/g;
/** "0737 GMT", "1437 hrs": four digits are a time only with a zone or "hours" after them, never a year. */
export const FOUR_DIGITS = /(?<![\d:.,])([01]\d|2[0-3])([0-5]\d)(?=\s*(?:h\b|hrs\b|hours\b|gmt|utc|bst\b|z\b|wib\b))/;
export const CLOCK = /(\d{1,2})(?::(\d{2}))(?::(\d{2}))?\s*(a\.?\s?m\b\.?|p\.?\s?m\b\.?|a(?![a-z])|p(?![a-z])|a(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|p(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|noon|midnight)?/;
export const HOUR_ONLY = /(?<![\d:])(\d{1,2})\s*(a\.?\s?m\b\.?|p\.?\s?m\b\.?|o'?clock)/;
export const WORD_TIME = /\b(noon|midday|midnight)\b/;

export function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function clock(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

export function zoneKey(zone: number): string {
  if (zone === 0) return 'Z';
  const a = Math.abs(zone);
  return `${zone < 0 ? '-' : '+'}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}
