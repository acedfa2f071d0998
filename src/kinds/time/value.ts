import type { DateValue } from '../date';

/** A time of day, with the date or weekday written next to it. */
export interface TimeValue {
  /** Minutes after midnight, as written. */
  readonly minutes: number;
  /**
   * The minutes the text allows, as an interval (it may reach past midnight):
   * one minute for "2:20 p.m.", the hour for "10 p.m.", ±5 minutes for "about
   * 2:20 p.m." (see aboutReach), up to three hours for "after 10 p.m.".
   */
  readonly lo: number;
  readonly hi: number;
  /**
   * Minutes an approximate time's interval would widen either side if "about"
   * reached its widest (a quarter hour less a minute): "around 3:50" (±5) has
   * 9. Two approximate times that miss each other only by these minutes and a
   * few more conflict softly.
   */
  readonly slack?: number;
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
  /**
   * The zone is a US zone told without standard or daylight time ("8 p.m. ET"): `zone` is its standard
   * offset, and daylight time's, an hour more, is as likely.
   */
  readonly eitherTime?: true;
  /** A US zone that says standard or daylight time ("EDT", "Pacific Standard Time"). */
  readonly season?: 'standard' | 'daylight';
  /** Canonical form: `19:10`, `07:45/19:45`, `19h`, `~14:20`, `>22h`, `--12-01T07:10`, `07:37Z`, `02:09-07:00`. */
  readonly key: string;
}
