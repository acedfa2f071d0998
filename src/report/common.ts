import type { AnyReport, ClaimGroup, Conflict, LinkEvidence } from './schema';

/** Display name of a source id: its `name` when the report has one. */
export function sourceLabeller(report: AnyReport): (id: string) => string {
  const names = new Map<string, string>();
  for (const s of report.sources) names.set(s.id, s.name ?? s.id);
  return (id) => names.get(id) ?? id;
}

export function groupIndex(report: AnyReport): Map<string, ClaimGroup> {
  return new Map(report.groups.map((g) => [g.id, g]));
}

export function conflictCounts(conflicts: readonly Conflict<string>[]): { high: number; medium: number; low: number } {
  const counts = { high: 0, medium: 0, low: 0 };
  for (const c of conflicts) counts[c.severity]++;
  return counts;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "2 conflicts (1 high, 1 medium), 3 unverified, 12 consistent, 8 single-source; 34 claims from 5 sources; 3 issues" */
export function summaryLine(report: AnyReport): string {
  const s = report.summary;
  const c = conflictCounts(report.conflicts);
  const bySeverity = (['high', 'medium', 'low'] as const).filter((k) => c[k] > 0).map((k) => `${c[k]} ${k}`);
  return `${plural(s.conflicts, 'conflict')}${bySeverity.length > 0 ? ` (${bySeverity.join(', ')})` : ''}, ${s.unverified} unverified, ${s.consistent} consistent, ${s.single} single-source; ${plural(s.claims, 'claim')} from ${plural(s.sources, 'source')}; ${plural(s.issues, 'issue')}`;
}

/**
 * Why each unverified group could not be verified, by group id: the issues
 * about it (values that cannot be compared) and about its claims (values its
 * kind could not read), as messages in report order.
 */
export function unverifiedReasons(report: AnyReport): Map<string, string[]> {
  const groupOfClaim = new Map<string, string>();
  const out = new Map<string, string[]>();
  for (const g of report.groups) {
    if (g.status !== 'unverified') continue;
    out.set(g.id, []);
    for (const c of g.claims) groupOfClaim.set(c, g.id);
  }
  for (const i of report.issues) {
    const group = i.group ?? (i.claim === undefined ? undefined : groupOfClaim.get(i.claim));
    if (group === undefined) continue;
    const list = out.get(group);
    if (list !== undefined && (i.code === 'incomparable_values' || i.code === 'unparsed_value')) list.push(i.message);
  }
  return out;
}

/** How two sources relate over the groups where both have a position. */
export interface PairAgreement {
  readonly agree: number;
  readonly disagree: number;
}

/**
 * Source-by-source agreement: for each pair of sources, the groups where both
 * take a position, split into those where their positions contradict each
 * other and those where they do not. `sources` are the ids in matrix order.
 */
export function agreementMatrix(report: AnyReport, limit = 40): { sources: string[]; cells: PairAgreement[][] } {
  // The sources with the most claims, in report order, up to the limit.
  const sources = [...report.sources].sort((a, b) => b.claims - a.claims || (a.id < b.id ? -1 : 1)).slice(0, limit).map((s) => s.id);
  const index = new Map(sources.map((s, i) => [s, i]));
  const agree = sources.map(() => new Array<number>(sources.length).fill(0));
  const disagree = sources.map(() => new Array<number>(sources.length).fill(0));
  for (const g of report.groups) {
    // Unverified groups neither agree nor disagree: some of their values were not related.
    if (g.status === 'unverified') continue;
    const positionsOf = new Map<number, string[]>();
    for (const p of g.positions) {
      for (const s of p.sources) {
        const i = index.get(s);
        if (i === undefined) continue;
        const list = positionsOf.get(i);
        if (list === undefined) positionsOf.set(i, [p.id]);
        else list.push(p.id);
      }
    }
    if (positionsOf.size < 2) continue;
    const conflicts = new Map(g.positions.map((p) => [p.id, new Set(p.conflictsWith)]));
    const present = [...positionsOf.keys()];
    for (const a of present) {
      for (const b of present) {
        if (a === b) continue;
        const contradicts = positionsOf.get(a)!.some((p) => positionsOf.get(b)!.some((q) => conflicts.get(p)!.has(q)));
        if (contradicts) disagree[a]![b]!++;
        else agree[a]![b]!++;
      }
    }
  }
  return { sources, cells: sources.map((_, a) => sources.map((__, b) => ({ agree: agree[a]![b]!, disagree: disagree[a]![b]! }))) };
}

/**
 * One link behind a group, in words: "linked subject 'injured girl' ~ 'girl
 * who was shot' (head girl, age, hospital agree; weight 4.5)"; a claim read
 * from the other side of a relation as "read claim '…' as '…' (…)".
 */
export function linkLine(l: LinkEvidence): string {
  // An inverse link joins no two spellings: it tells how one claim was read ("read 'X | relationship to the victim | mother' as ...").
  if (l.rule === 'inverse') return `read claim '${l.from}' as '${l.to}' (${l.evidence})`;
  return `linked ${l.side} '${l.from}' ~ '${l.to}' (${l.evidence}${l.weight === undefined ? '' : `; weight ${l.weight}`})`;
}

/**
 * Whether a conflicting group is disputed: no consensus, or one resting on no
 * more sources than the strongest position against it (one source against
 * one). Source trust may still lean one way; the reports do not call that a
 * consensus.
 */
export function isDisputed(g: ClaimGroup): boolean {
  if (g.status !== 'conflict') return false;
  const lead = g.consensus === null ? undefined : g.positions.find((p) => p.id === g.consensus!.position);
  if (lead === undefined) return true;
  const against = new Set(lead.conflictsWith);
  const side = new Set<string>();
  let strongest = 0;
  for (const p of g.positions) {
    if (against.has(p.id)) strongest = Math.max(strongest, p.sources.length);
    else for (const s of p.sources) side.add(s);
  }
  return side.size <= strongest;
}

/** A label cut to `max` characters (whole code points) with an ellipsis, for narrow places such as table headers. */
export function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
