/** The values the date kind reads and the pieces a date phrase is read into. */

/** An inclusive range of days: epoch days, or leap-year days of the year for month-days without a year. */
export type Span = readonly [number, number];

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
  /**
   * For one day, the part of it the phrase tells, where an event around midnight may be told as the other day:
   * `night` ("Saturday night", "late Saturday", "midnight Saturday": maybe the small hours after), `small`
   * ("early Sunday", "Sunday morning": maybe the night before), `both` ("overnight", "midnight"), `day` (a part
   * in between: "Saturday afternoon", "evening").
   */
  readonly edge?: 'night' | 'small' | 'both' | 'day';
  /**
   * For a bare weekday read as the last one before its article ("Tuesday" in a Saturday article: Dec. 8), the next
   * one (Dec. 15): "visitation Tuesday" is told alike, and the value alone does not say which.
   */
  readonly next?: number;
  /**
   * A bare weekday ("Saturday night", not "last Saturday" nor a scheduled one) that only its article's date put in a
   * week: the writer named the day, the library chose the week.
   */
  readonly placed?: true;
}

export type Part = 'early' | 'mid' | 'late';

export interface Point {
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
  /** "that Friday": a weekday the story told before, not one counted from the publication date. */
  anaphoric?: boolean;
  yearInferred?: boolean;
}

export type Relative =
  | { type: 'offset'; unit: 'day' | 'week' | 'month' | 'year'; amount: number }
  | { type: 'weekday'; weekday: number; direction: 'last' | 'this' | 'next' | 'bare' | 'ahead' };
