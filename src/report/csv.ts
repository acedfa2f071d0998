import { groupIndex, sourceLabeller } from './common';
import type { AnyReport } from './schema';

const COLUMNS = [
  'group', 'subject', 'attribute', 'kind', 'severity', 'code', 'position', 'rank', 'consensus',
  'value', 'normalized', 'claim', 'source', 'source_name', 'quote',
] as const;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break.
 * A text that a spreadsheet would run as a formula ("=HYPERLINK(…)") gets a
 * leading apostrophe; numbers such as "-5" are left alone.
 */
export function csvField(text: string): string {
  const safe = /^[=+@\t\r]|^-[^\d.\s]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The report as CSV: one row per claim in a conflicting group, with its group,
 * position, value as written, source and quote. Claims without a value (a
 * placeholder) have no position and no row.
 */
export function renderCsv(report: AnyReport): string {
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
