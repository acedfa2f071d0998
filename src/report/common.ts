import type { ClaimGroup, Conflict, ConsistencyReport } from './schema';

/** Display name of a source id: its `name` when the report has one. */
export function sourceLabeller(report: ConsistencyReport): (id: string) => string {
  const names = new Map<string, string>();
  for (const s of report.sources) names.set(s.id, s.name ?? s.id);
  return (id) => names.get(id) ?? id;
}

export function groupIndex(report: ConsistencyReport): Map<string, ClaimGroup> {
  return new Map(report.groups.map((g) => [g.id, g]));
}

export function conflictCounts(conflicts: readonly Conflict[]): { high: number; medium: number; low: number } {
  const counts = { high: 0, medium: 0, low: 0 };
  for (const c of conflicts) counts[c.severity]++;
  return counts;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "2 conflicts (1 high, 1 medium), 12 consistent, 8 single-source; 34 claims from 5 sources; 3 issues" */
export function summaryLine(report: ConsistencyReport): string {
  const s = report.summary;
  const c = conflictCounts(report.conflicts);
  const bySeverity = (['high', 'medium', 'low'] as const).filter((k) => c[k] > 0).map((k) => `${c[k]} ${k}`);
  return `${plural(s.conflicts, 'conflict')}${bySeverity.length > 0 ? ` (${bySeverity.join(', ')})` : ''}, ${s.consistent} consistent, ${s.single} single-source; ${plural(s.claims, 'claim')} from ${plural(s.sources, 'source')}; ${plural(s.issues, 'issue')}`;
}
