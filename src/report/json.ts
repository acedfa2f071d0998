import type { AnyReport } from './schema';

/** The report as pretty JSON (the report is plain data, so this round-trips). */
export function renderJson(report: AnyReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
