import { fold } from '../../normalize/text';
import type { KindDefinition } from '../registry';
import { compareDates } from './compare';
import { parseDate } from './parse';
import { ISO, NUMERIC } from './phrase';
import type { DateValue } from './value';

function width(v: DateValue): number {
  if (v.abs !== undefined) return v.abs[1] - v.abs[0] + 1;
  if (v.md !== undefined) return (v.md[1] - v.md[0] + 1) * 366;
  return 366 * 52;
}

const DETECT_MONTH = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*\d|\d\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)/;

export const dateKind: KindDefinition<DateValue> = {
  kind: 'date',
  conflictCode: 'date_mismatch',
  conflictSeverity: 'high',
  contextual: true,
  hints: ['date', 'day', 'year', 'born', 'birthday', 'founded', 'anniversary', 'dob', 'when', 'on'],
  // What is expected or scheduled lies ahead: a bare weekday in its attribute is the next such day, not the last.
  roles: { future: ['expected', 'scheduled', 'planned', 'due', 'upcoming', 'forecast', 'projected', 'will'] },
  detect(raw) {
    if (typeof raw === 'boolean') return 0;
    if (typeof raw === 'number') return Number.isInteger(raw) && raw >= 1800 && raw <= 2100 ? 0.3 : 0;
    const r = parseDate(raw, { publishedAt: undefined, dateOrder: 'auto' });
    if (!r.ok) return /\b(yesterday|today|tomorrow|ago|last week|last month)\b/.test(fold(raw)) ? 0.8 : 0;
    const s = fold(raw);
    if (DETECT_MONTH.test(s) || ISO.test(s) || NUMERIC.test(s)) return 0.95;
    if (/^\d{4}$/.test(s)) return 0.4;
    return 0.7;
  },
  parse: parseDate,
  compare: (a, b) => compareDates(a, b),
  normalize: (v) => v.key,
  specificity: (v) => 40 - Math.log2(width(v)) + v.stated.length * 0.01,
};
