import type { ComparedGroup } from '../compare';
import type { CheckContext } from '../context';
import type { Severity } from '../report/schema';
import { pickConsensus } from './consensus';
import { conflictMessage } from './message';
import { conflictLists, orderPositions, supportOf } from './positions';
import { groupSeverity } from './severity';

/** A group after the judge stage. */
export interface JudgedGroup {
  readonly group: ComparedGroup;
  /** Position indices in report order. */
  readonly order: readonly number[];
  readonly support: readonly number[];
  readonly conflicts: readonly (readonly number[])[];
  readonly status: 'conflict' | 'consistent' | 'single';
  readonly consensus: { readonly index: number; readonly support: number; readonly confidence: number } | undefined;
  /** When there is no consensus: the positions tied for the lead. */
  readonly contenders: readonly number[];
  readonly conflict: { readonly code: string; readonly severity: Severity; readonly message: string } | undefined;
  /** Distinct sources with a position in this group. */
  readonly sources: readonly string[];
}

export function sourceNamer(ctx: CheckContext): (id: string) => string {
  return (id) => ctx.sources.get(id)?.name ?? id;
}

/**
 * The judge stage: support, order, status, severity and consensus of each
 * group, and the sentence that explains a conflict.
 */
export function judgeGroups(groups: readonly ComparedGroup[], ctx: CheckContext): JudgedGroup[] {
  const weight = (source: string) => ctx.sources.get(source)?.reliability ?? 1;
  const sourceName = sourceNamer(ctx);
  return groups.map((group) => {
    const { positions, relations } = group;
    const support = positions.map((p) => supportOf(p, weight));
    const order = orderPositions(positions, support);
    const conflicts = conflictLists(positions.length, relations);
    const pick = pickConsensus(positions, order, relations, weight);
    const sources = [...new Set(positions.flatMap((p) => p.sources))].sort();
    const hasConflict = conflicts.some((c) => c.length > 0);
    const status = hasConflict ? 'conflict' : sources.length <= 1 ? 'single' : 'consistent';
    let conflict: JudgedGroup['conflict'];
    if (hasConflict) {
      const kindOf = (p: (typeof positions)[number]) => ctx.registry.require(p.value.kind);
      const sev = groupSeverity(positions, relations, kindOf)!;
      conflict = {
        code: ctx.registry.require(group.kind).conflictCode,
        severity: sev.severity,
        message: conflictMessage({
          subject: group.subject,
          attribute: group.attribute,
          positions,
          order,
          consensus: pick.index,
          relations,
          conflicts,
          sharedSources: sev.shared,
          sourceName,
        }),
      };
    }
    const consensus =
      pick.index === undefined
        ? undefined
        : { index: pick.index, support: pick.effective[pick.index]!, confidence: pick.total === 0 ? 0 : pick.effective[pick.index]! / pick.total };
    return { group, order, support, conflicts, status, consensus, contenders: pick.contenders, conflict, sources };
  });
}
