import { groupIndex, sourceLabeller } from './common';
import type { ConsistencyReport } from './schema';

const COLUMNS = [
  'group', 'subject', 'attribute', 'kind', 'severity', 'code', 'position', 'rank', 'consensus',
  'value', 'normalized', 'claim', 'source', 'source_name', 'quote',
] as const;

/** A plain decimal number ("-5", "-0.25", "12"): a spreadsheet reads it as a number and runs nothing. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break.
 * Following OWASP's advice on CSV injection, a cell that starts with `=`, `+`,
 * `-`, `@`, a tab, a carriage return or NUL (OWASP's list, and ASVS 1.2.10's NUL) gets a leading apostrophe, so a
 * spreadsheet shows it as text instead of running it as a formula
 * (`-2+3+cmd|' /C calc'!A0`, `-1+1`, `=HYPERLINK(…)`). The one exception is a
 * plain decimal number such as `-5` or `-0.25`: a spreadsheet reads it as a
 * number, with no operator after the sign to evaluate, so it is left as is and
 * a column of numbers stays numeric.
 *
 * @example
 * csvField('-1+1'); //=> "'-1+1"
 * csvField('-5'); //=> '-5'
 */
export function csvField(text: string): string {
  const safe = /^[=+\-@\t\r\0]/.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The report as CSV: one row per claim in a conflicting group, with its group,
 * position, value as written, source and quote. Claims without a value (a
 * placeholder) have no position and no row.
 */
export function renderCsv(report: ConsistencyReport): string {
  const label = sourceLabeller(report);
  const groups = groupIndex(report);
  const rows: string[] = [COLUMNS.join(',')];
  for (const c of report.conflicts) {
    const g = groups.get(c.group)!;
    g.positions.forEach((p, k) => {
      for (const e of p.evidence ?? []) {
        const row = [
          g.id, g.subject, g.attribute, String(g.kind), c.severity, c.code, p.id, String(k + 1),
          String(g.consensus?.position === p.id), e.value, p.normalized, e.claim, e.source, label(e.source), e.quote ?? '',
        ];
        rows.push(row.map(csvField).join(','));
      }
    });
  }
  return `${rows.join('\r\n')}\r\n`;
}
