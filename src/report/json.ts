import { jsonVisible } from '../util/visible';
import type { ConsistencyReport } from './schema';

/**
 * The report as pretty JSON (the report is plain data, so this round-trips). C1 controls, line
 * separators and bidirectional overrides in strings are written as `\u` escapes, so the JSON is
 * safe to print on a terminal and parses to the same report.
 */
export function renderJson(report: ConsistencyReport): string {
  return `${jsonVisible(JSON.stringify(report, null, 2))}\n`;
}
