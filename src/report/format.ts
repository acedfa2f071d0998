import { renderJson } from './json';
import { renderMarkdown } from './markdown';
import type { ConsistencyReport } from './schema';
import { type TextOptions, renderText } from './text';

/** The formats `formatReport` renders. */
export const REPORT_FORMATS = ['text', 'markdown', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Options of {@link formatReport}. */
export interface FormatOptions extends TextOptions {}

/**
 * Renders a report. Every format is a pure function of the one report model.
 *
 * @example
 * formatReport(report, 'markdown'); //=> '# crosscheck report\n\n**1 conflict (1 high), …'
 */
export function formatReport(report: ConsistencyReport, format: ReportFormat = 'text', options: FormatOptions = {}): string {
  if (report === null || typeof report !== 'object' || !Array.isArray((report as { groups?: unknown }).groups)) {
    throw new TypeError('formatReport: the first argument must be a report returned by checkConsistency');
  }
  switch (format) {
    case 'text':
      return renderText(report, options);
    case 'markdown':
      return renderMarkdown(report);
    case 'json':
      return renderJson(report);
    default:
      throw new RangeError(`formatReport: unknown format ${JSON.stringify(format)}; use one of ${REPORT_FORMATS.join(', ')}`);
  }
}
