import { renderCsv } from './csv';
import { type HtmlOptions, renderHtml } from './html';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';
import type { AnyReport } from './schema';
import { renderText } from './text';

/**
 * The formats `formatReport` renders.
 *
 * @example
 * REPORT_FORMATS; //=> ['text', 'markdown', 'json', 'csv', 'html']
 */
export const REPORT_FORMATS = ['text', 'markdown', 'json', 'csv', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Options of {@link formatReport}. */
export interface FormatOptions extends HtmlOptions {
  /**
   * ANSI colour in the text format: `true`, `false` (the default), or `'auto'`
   * for colour only when standard output is a terminal and `NO_COLOR` is not set.
   */
  readonly color?: boolean | 'auto';
}

/** Whether 'auto' colour applies: a terminal on standard output, and no NO_COLOR (https://no-color.org). */
export function colorSupported(): boolean {
  if (typeof process === 'undefined') return false;
  const noColor = process.env.NO_COLOR;
  return process.stdout?.isTTY === true && (noColor === undefined || noColor === '');
}

/**
 * Renders a report. Every format is a function of the one report model:
 * `text` for a terminal, `markdown` for PR comments and notes, `json` for
 * scripts, `csv` (one row per claim in a conflicting group) and `html` (one
 * self-contained page).
 *
 * @example
 * formatReport(report, 'markdown'); //=> '# crosscheck report\n\n**1 conflict (1 high), …'
 * formatReport(report, 'csv').split('\r\n')[0]; //=> 'group,subject,attribute,kind,severity,code,position,…'
 */
export function formatReport(report: AnyReport, format: ReportFormat = 'text', options: FormatOptions = {}): string {
  if (report === null || typeof report !== 'object' || !Array.isArray((report as { groups?: unknown }).groups)) {
    throw new TypeError('formatReport: the first argument must be a report returned by checkConsistency');
  }
  switch (format) {
    case 'text':
      return renderText(report, { color: options.color === 'auto' ? colorSupported() : options.color === true });
    case 'markdown':
      return renderMarkdown(report);
    case 'json':
      return renderJson(report);
    case 'csv':
      return renderCsv(report);
    case 'html':
      return renderHtml(report, options);
    default:
      throw new RangeError(`formatReport: unknown format ${JSON.stringify(format)}; use one of ${REPORT_FORMATS.join(', ')}`);
  }
}
