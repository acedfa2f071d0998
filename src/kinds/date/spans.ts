import { daysInMonth, fromEpochDay, isoDate, isoMonth, leapDayOfYear, toEpochDay } from '../calendar';
import type { Part, Span } from './value';

export function partSpan(lo: number, hi: number, part: Part | undefined): Span {
  if (part === undefined) return [lo, hi];
  const width = hi - lo + 1;
  const third = Math.floor(width / 3);
  if (part === 'early') return [lo, lo + third - 1];
  if (part === 'mid') return [lo + third, hi - third];
  return [hi - third + 1, hi];
}

export function spanKey(span: Span): string {
  const [lo, hi] = span;
  if (lo === hi) return isoDate(lo);
  const a = fromEpochDay(lo);
  const b = fromEpochDay(hi);
  if (a.d === 1 && a.y === b.y && b.d === daysInMonth(b.y, b.m)) {
    if (a.m === b.m) return isoMonth(a.y, a.m);
    if (a.m === 1 && b.m === 12) return String(a.y).padStart(4, '0');
  }
  return `${isoDate(lo)}/${isoDate(hi)}`;
}

function mdText(day: number): { m: number; d: number } {
  const { m, d } = fromEpochDay(toEpochDay(2000, 1, 1) + day - 1);
  return { m, d };
}

export function mdKey(span: Span): string {
  const a = mdText(span[0]);
  const b = mdText(span[1]);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (span[0] === span[1]) return `--${pad(a.m)}-${pad(a.d)}`;
  if (a.m === b.m && a.d === 1 && b.d === daysInMonth(2000, b.m)) return `--${pad(a.m)}`;
  return `--${pad(a.m)}-${pad(a.d)}/--${pad(b.m)}-${pad(b.d)}`;
}

/** The month-day interval of an absolute interval, when it stays inside one calendar year. */
export function absToMd(span: Span): Span | undefined {
  const a = fromEpochDay(span[0]);
  const b = fromEpochDay(span[1]);
  if (a.y !== b.y) return undefined;
  if (a.m === 1 && a.d === 1 && b.m === 12 && b.d === 31) return undefined; // a whole year says nothing of the month
  return [leapDayOfYear(a.m, a.d), leapDayOfYear(b.m, b.d)];
}
