import { weekdayOf } from '../calendar';
import { comparison, CONFLICT, type Comparison, type Relation, SOFT_CONFLICT } from '../registry';
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

function relate(a: DateValue, b: DateValue, statedOnly: boolean): Relation {
  const aAbs = statedOnly ? a.absStated : a.abs;
  const bAbs = statedOnly ? b.absStated : b.abs;
  const aMd = statedOnly ? a.mdStated : a.md;
  const bMd = statedOnly ? b.mdStated : b.md;
  let relation: Relation | undefined;
  if (aAbs !== undefined && bAbs !== undefined) relation = spanRelation(aAbs, bAbs);
  else if (aMd !== undefined && bMd !== undefined) {
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
  return relate(a, b, true) === 'conflict' ? CONFLICT : SOFT_CONFLICT;
}
