import { daysInMonth, fromEpochDay, toEpochDay, weekdayOf } from '../calendar';
import type { Relative, Span } from './value';

function startOfWeek(day: number): number {
  // ISO weeks start on Monday.
  return day - ((weekdayOf(day) + 6) % 7);
}

/** Resolves a relative expression against the publication date, or returns a reason. */
export function resolveRelative(rel: Relative, published: number | undefined, raw: string): Span | string {
  if (published === undefined) {
    return `"${raw}" is relative and its source has no publishedAt to resolve it against`;
  }
  if (rel.type === 'weekday') {
    const today = weekdayOf(published);
    let back = (today - rel.weekday + 7) % 7;
    if (rel.direction === 'last' && back === 0) back = 7;
    if (rel.direction === 'ahead') {
      // On or after the publication day: "expected release: Wednesday" in a Tuesday article.
      const ahead = (rel.weekday - today + 7) % 7;
      return [published + ahead, published + ahead];
    }
    if (rel.direction === 'next') {
      let ahead = (rel.weekday - today + 7) % 7;
      if (ahead === 0) ahead = 7;
      return [published + ahead, published + ahead];
    }
    // A bare weekday that is the publication's own names that day or the same day a week before ("Friday's
    // rampage" in a follow-up published the next Friday): both, as a span whose weekday is known.
    if (rel.direction === 'bare' && back === 0) return [published - 7, published];
    // "last Tuesday" in a Wednesday article is yesterday to some writers and the Tuesday of the week before to
    // others, when yesterday is in the publication's own week: both.
    if (rel.direction === 'last' && published - back >= startOfWeek(published)) return [published - back - 7, published - back];
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
