import { groupIndex, linkLine, sourceLabeller, summaryLine, unverifiedReasons } from './common';
import { visible } from '../util/visible';
import type { ConsistencyReport } from './schema';

/**
 * Escapes text for a Markdown table cell: line breaks become spaces, Markdown's own characters are
 * escaped, and control characters (a terminal escape sequence in a quote) are written visibly.
 */
function cell(text: string): string {
  return visible(text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/([*_`<>[\]])/g, '\\$1'));
}

function quoteText(quote: string, max = 220): string {
  const q = quote.replace(/\s+/g, ' ').trim();
  return q.length > max ? `${q.slice(0, max - 1)}…` : q;
}

/**
 * The report as Markdown for PR comments and notes: a summary line, a table of
 * conflicts, each conflict with its values, sources and quotes, then
 * unverified groups (with why), agreements, issues and sources.
 */
export function renderMarkdown(report: ConsistencyReport): string {
  const label = sourceLabeller(report);
  const groups = groupIndex(report);
  const out: string[] = ['# crosscheck report', '', `**${summaryLine(report)}**`, ''];

  if (report.conflicts.length > 0) {
    out.push('## Conflicts', '', '| Severity | Subject | Attribute | Values, sources and quotes | Consensus |', '| --- | --- | --- | --- | --- |');
    for (const c of report.conflicts) {
      const g = groups.get(c.group)!;
      // Each value on its own line (GitHub renders <br> in tables), with its sources and a short quote.
      const values = c.positions
        .map((id) => g.positions.find((p) => p.id === id)!)
        .map((p) => {
          const quote = p.evidence?.find((e) => e.quote !== undefined)?.quote;
          return `**${cell(p.value)}** — ${cell(p.sources.map(label).join(', '))}${quote === undefined ? '' : `: “${cell(quoteText(quote, 90))}”`}`;
        })
        .join('<br>');
      const consensus = g.consensus === null ? 'disputed' : `\`${cell(g.consensus.normalized)}\` (support ${g.consensus.support})`;
      out.push(`| ${c.severity} | ${cell(g.subject)} | ${cell(g.attribute)} | ${values} | ${consensus} |`);
    }
    out.push('');
    for (const c of report.conflicts) {
      const g = groups.get(c.group)!;
      const how = g.kindFrom === 'options' ? 'configured' : g.kindFrom === 'claims' ? 'stated by the claims' : g.kindFrom === 'attribute' ? 'inferred from the attribute name' : 'inferred from the values';
      out.push(`### ${c.severity}: ${cell(g.attribute)} of ${cell(g.subject)}`, '', `${cell(c.message)}`, '', `\`${visible(c.code)}\` · group \`${visible(g.id)}\` · kind ${cell(String(g.kind))} (${how})`, '');
      out.push('| Position | Value | Normalized | Sources | Support | Conflicts with |', '| --- | --- | --- | --- | --- | --- |');
      // Positions are numbered by rank in this table; their ids stay in the JSON report.
      const rank = new Map(g.positions.map((p, k) => [p.id, k + 1]));
      for (const p of g.positions) {
        const mark = g.consensus?.position === p.id ? ' (consensus)' : '';
        out.push(
          `| ${rank.get(p.id)}${mark} | ${cell(p.value)} | \`${cell(p.normalized)}\` | ${cell(p.sources.map(label).join(', '))} | ${p.support} | ${p.conflictsWith.map((id) => rank.get(id)).sort((a, b) => a! - b!).join(', ') || '—'} |`,
        );
      }
      const quoted = g.positions.flatMap((p) => (p.evidence ?? []).filter((e) => e.quote !== undefined).map((e) => ({ p, e })));
      if (quoted.length > 0) {
        out.push('', 'Evidence:', '');
        for (const { e } of quoted) out.push(`- **${cell(label(e.source))}**, "${cell(e.value)}": “${cell(quoteText(e.quote!))}”`);
      }
      if (g.links !== undefined && g.links.length > 0) {
        out.push('', 'How this group was linked:', '');
        for (const l of g.links) out.push(`- ${cell(linkLine(l))}`);
      }
      out.push('');
    }
  }

  const unverified = report.groups.filter((g) => g.status === 'unverified');
  if (unverified.length > 0) {
    const reasons = unverifiedReasons(report);
    out.push(
      '## Unverified',
      '',
      'No conflict was found in these groups, but some of their values could not be read or compared, so they are not agreements either.',
      '',
      '| Subject | Attribute | Values and sources | Why |',
      '| --- | --- | --- | --- |',
    );
    for (const g of unverified) {
      const values = g.positions.map((p) => `**${cell(p.value)}** — ${cell(p.sources.map(label).join(', '))}`).join('<br>');
      out.push(`| ${cell(g.subject)} | ${cell(g.attribute)} | ${values} | ${(reasons.get(g.id) ?? []).map(cell).join('<br>') || '—'} |`);
    }
    out.push('');
  }

  const consistent = report.groups.filter((g) => g.status === 'consistent');
  if (consistent.length > 0) {
    out.push('## Agreements', '', '| Subject | Attribute | Consensus | Values | Sources |', '| --- | --- | --- | --- | --- |');
    for (const g of consistent) {
      const values = g.positions.map((p) => cell(p.value)).join(' · ');
      const sources = new Set(g.positions.flatMap((p) => p.sources));
      out.push(`| ${cell(g.subject)} | ${cell(g.attribute)} | ${g.consensus === null ? '—' : `\`${cell(g.consensus.normalized)}\``} | ${values} | ${sources.size} |`);
    }
    out.push('');
  }

  const single = report.groups.filter((g) => g.status === 'single');
  if (single.length > 0) {
    out.push(`## Single-source claims (${single.length})`, '', '| Subject | Attribute | Value | Source |', '| --- | --- | --- | --- |');
    for (const g of single) {
      const p = g.positions[0];
      out.push(`| ${cell(g.subject)} | ${cell(g.attribute)} | ${p === undefined ? '—' : cell(p.value)} | ${p === undefined ? '—' : cell(p.sources.map(label).join(', '))} |`);
    }
    out.push('');
  }

  if (report.issues.length > 0) {
    out.push('## Issues', '', '| Severity | Code | Claim | Message |', '| --- | --- | --- | --- |');
    for (const i of report.issues) out.push(`| ${i.severity} | \`${visible(i.code)}\` | ${cell(i.claim ?? '—')} | ${cell(i.message)} |`);
    out.push('');
  }

  out.push(
    '## Sources',
    '',
    '| Source | Published | Claims | Agreements | Contradictions | Agreement rate | Estimated accuracy |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const s of report.sources) {
    const accuracy = s.accuracy === undefined ? '—' : `${Math.round(s.accuracy * 100)}%${s.origin === undefined ? '' : ` (copies ${cell(label(s.origin))})`}`;
    out.push(
      `| ${cell(s.name ?? s.id)} | ${cell(s.publishedAt ?? '—')} | ${s.claims} | ${s.agreements} | ${s.contradictions} | ${s.agreementRate === null ? '—' : `${Math.round(s.agreementRate * 100)}%`} | ${accuracy} |`,
    );
  }
  out.push('');
  return out.join('\n');
}
