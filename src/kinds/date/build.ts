import { MONTH_NAMES, WEEKDAY_NAMES, daysInMonth, epochDayOf, fromEpochDay, isoDate, isValidDate, leapDayOfYear, toEpochDay, weekdayOf } from '../calendar';
import type { ParseContext, ParseNote } from '../registry';
import { inferYear, resolveNumeric, yearCertain } from './numeric';
import { resolveRelative } from './relative';
import { absToMd, mdKey, partSpan, spanKey } from './spans';
import type { DatePart, DateValue, Point, Span } from './value';

export function buildValue(start: Point, end: Point | undefined, ctx: ParseContext, notes: ParseNote[], raw: string): DateValue | string {
  // The parsers reckon in epoch days; the context holds a timestamp.
  const published = ctx.publishedAt === undefined ? undefined : epochDayOf(ctx.publishedAt);
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
    ? // A bare weekday points back ("on Tuesday" in a Wednesday article), but forward for what is expected or scheduled.
      ({ type: 'weekday', weekday: start.weekday, direction: ctx.role === 'future' ? 'ahead' : 'bare' } as const)
    : undefined);
  if (rel !== undefined && end === undefined && start.m === undefined && start.y === undefined && start.numeric === undefined) {
    if (rel.type === 'weekday' && (published === undefined || (start.anaphoric === true && rel.direction === 'bare'))) {
      // A bare weekday with nothing to place it, or one the story told before ("that Friday"): still comparable by
      // its weekday.
      return {
        abs: undefined, absStated: undefined, md: undefined, mdStated: undefined, weekday,
        stated: ['weekday'], inferred: [], key: WEEKDAY_NAMES[rel.weekday]!.toLowerCase(),
      };
    }
    const span = resolveRelative(rel, published, raw);
    if (typeof span === 'string') return span;
    for (const part of ['year', 'month', 'day'] as const) inferred.add(part);
    // The publication's own weekday is one of two days, not the week between: said so, the likelier first.
    const twoDays = rel.type === 'weekday' && (rel.direction === 'bare' || rel.direction === 'last') && span[0] !== span[1];
    // A bare weekday before its article may also be the coming one ("visitation Tuesday"): kept beside the reading.
    const next = rel.type === 'weekday' && rel.direction === 'bare' && span[0] === span[1] && published !== undefined && span[0] < published ? span[0] + 7 : undefined;
    return {
      abs: span, absStated: undefined, md: absToMd(span), mdStated: undefined, weekday,
      stated: [...stated], inferred: [...inferred], key: twoDays ? `${isoDate(span[1])} or ${isoDate(span[0])}` : spanKey(span),
      ...(next === undefined ? {} : { next }),
      ...(rel.type === 'weekday' && rel.direction === 'bare' ? { placed: true } : {}),
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
    const guess = inferYear(start.m, start.d ?? 15, published);
    // A single month-day far ahead of the publication date keeps its year unknown: it is compared by month and day
    // alone. (A range keeps its guess: across the new year its month-days alone would not read.) A weekday stated
    // with it settles the year when exactly one of the year before, the guess and the year after has it ("Saturday,
    // May 14" nine months after May 14, 2016 is 2016's).
    const { m, d } = start;
    const fits = (y: number) => d !== undefined && isValidDate(y, m, d) && weekdayOf(toEpochDay(y, m, d)) === weekday;
    let settled: number | undefined = guess;
    if (end === undefined && !yearCertain(guess, m, d ?? 15, published)) {
      const byWeekday = weekday === undefined ? [] : [guess - 1, guess, guess + 1].filter(fits);
      settled = byWeekday.length === 1 ? byWeekday[0] : undefined;
    }
    if (settled !== undefined) {
      year = settled;
      yearInferred = true;
      inferred.add('year');
    }
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

  // Without a year a stated weekday is not implied by the date: it stays in the key ("Friday, July 12" and
  // "Saturday, July 12" are two positions, not one that holds both).
  const day = abs === undefined && weekday !== undefined ? `(${WEEKDAY_NAMES[weekday]!.slice(0, 3).toLowerCase()})` : '';
  const key = abs !== undefined ? spanKey(abs) : md !== undefined ? `${mdKey(md)}${day}` : '';
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
