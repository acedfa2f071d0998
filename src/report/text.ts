import { groupIndex, sourceLabeller, summaryLine, unverifiedReasons } from './common';
import { visible } from '../util/visible';
import type { ConsistencyReport } from './schema';

export interface TextOptions {
  /** Use ANSI colours. Decided by the caller (the CLI colours only a TTY without NO_COLOR). */
  readonly color?: boolean;
}

const SGR = { reset: '\u001b[0m', bold: '\u001b[1m', dim: '\u001b[2m', red: '\u001b[31m', yellow: '\u001b[33m', green: '\u001b[32m', cyan: '\u001b[36m' };

/**
 * The report for a terminal: conflicts with their positions, unverified groups (`?`) with why, agreements (`✔`) in brief, issues.
 * Every string from the input goes through `visible`: a control character in a source, value or
 * quote prints as an escape (`\x1b`), never reaching the terminal raw; the only escape sequences
 * written are the colours asked for.
 */
export function renderText(report: ConsistencyReport, options: TextOptions = {}): string {
  const paint = (code: keyof typeof SGR, s: string) => (options.color === true ? `${SGR[code]}${s}${SGR.reset}` : s);
  const named = sourceLabeller(report);
  const label = (id: string) => visible(named(id));
  const groups = groupIndex(report);
  const out: string[] = [paint('bold', `crosscheck: ${summaryLine(report)}`), ''];
  if (report.conflicts.length > 0) {
    out.push(paint('bold', 'CONFLICTS'));
    for (const c of report.conflicts) {
      const g = groups.get(c.group)!;
      const sev = c.severity === 'high' ? paint('red', '[high]') : c.severity === 'medium' ? paint('yellow', '[medium]') : paint('dim', '[low]');
      out.push(`  ${sev} ${visible(g.attribute)} — ${visible(g.subject)}  ${paint('dim', `(${visible(c.code)})`)}`);
      out.push(`    ${visible(c.message)}`);
      const consensus = g.positions.find((p) => p.id === g.consensus?.position);
      for (const p of g.positions) {
        const isConsensus = consensus?.id === p.id;
        // ✔ the consensus, ≈ agrees with it, ✘ contradicts it (or anything, when there is no consensus).
        const against = consensus === undefined ? p.conflictsWith.length > 0 : consensus.conflictsWith.includes(p.id);
        const mark = isConsensus ? paint('green', '✔') : against ? paint('red', '✘') : paint('green', '≈');
        out.push(`    ${mark} ${visible(p.normalized).padEnd(24)} "${visible(p.value)}"  — ${p.sources.map(label).join(', ')}${isConsensus ? paint('dim', '  (consensus)') : ''}`);
      }
      out.push('');
    }
  }
  const unverified = report.groups.filter((g) => g.status === 'unverified');
  if (unverified.length > 0) {
    out.push(paint('bold', 'UNVERIFIED'));
    // ? : no conflict was found, but some values could not be read or compared, so agreement is not shown either.
    const reasons = unverifiedReasons(report);
    for (const g of unverified) {
      const sources = new Set(g.positions.flatMap((p) => p.sources)).size;
      const values = g.positions.map((p) => `"${visible(p.value)}"`).join(' · ');
      out.push(`  ${paint('cyan', '?')} ${visible(g.attribute)} — ${visible(g.subject)}: ${values} (${sources} sources)`);
      for (const why of reasons.get(g.id) ?? []) out.push(`    ${paint('dim', visible(why))}`);
    }
    out.push('');
  }
  const consistent = report.groups.filter((g) => g.status === 'consistent');
  if (consistent.length > 0) {
    out.push(paint('bold', 'AGREEMENTS'));
    for (const g of consistent) {
      const sources = new Set(g.positions.flatMap((p) => p.sources)).size;
      const values = g.positions.map((p) => `"${visible(p.value)}"`).join(' ~ ');
      out.push(`  ${paint('green', '✔')} ${visible(g.attribute)} — ${visible(g.subject)}: ${values} (${sources} sources)`);
    }
    out.push('');
  }
  if (report.issues.length > 0) {
    out.push(paint('bold', 'ISSUES'));
    for (const i of report.issues) {
      const sev = i.severity === 'error' ? paint('red', i.severity) : i.severity === 'warning' ? paint('yellow', i.severity) : paint('cyan', i.severity);
      out.push(`  ${sev} ${visible(i.code)}: ${visible(i.message)}`);
    }
    out.push('');
  }
  return out.join('\n');
}
