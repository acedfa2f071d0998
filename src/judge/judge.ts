import type { CheckContext } from '../context';
import type { ClaimTable, JudgedGroup, Relations, TrustInput, WorkPosition } from '../model';
import { type ConsensusPick, pickConsensus } from './consensus';
import { DEFAULT_TRUST, type TrustOptions, type TrustResult, estimateTrust } from './trust';
import { conflictMessage } from '../messages';
import { conflictData } from './message';
import { conflictLists, orderPositions, supportOf } from './positions';
import { groupSeverity } from './severity';
import { compareCodePoints, sortSmall } from '../util/order';

function sourceNamer(ctx: CheckContext): (id: string) => string {
  return (id) => ctx.sources.get(id)?.name ?? id;
}

/**
 * The judge stage: source accuracy over all groups, then support, order,
 * status, severity and consensus of each group and the sentence that explains
 * a conflict, handed to `visit` one group at a time (so nothing per group
 * outlives its report).
 */
export function judgeGroups(
  groups: TrustInput,
  ctx: CheckContext,
  claims: ClaimTable,
  visit: (judged: JudgedGroup) => void,
  /** Estimation moved from its defaults (benchmarks only). */
  tuning: Partial<Omit<TrustOptions, 'fixed' | 'category'>> = {},
): { accuracy: ReadonlyMap<string, number>; origin: ReadonlyMap<string, string> } {
  const weight = (source: string) => ctx.sources.get(source)?.reliability ?? 1;
  const sourceName = sourceNamer(ctx);
  const fixed = new Map<string, number>();
  const category = new Map<string, string>();
  for (const s of ctx.sources.values()) {
    if (s.reliabilityGiven) fixed.set(s.id, s.reliability);
    if (s.category !== undefined) category.set(s.id, s.category);
  }
  const trust = ctx.consensus === 'trust' ? estimateTrust(groups, { ...DEFAULT_TRUST, ...tuning, fixed, category }) : undefined;
  for (let gi = 0; gi < groups.size; gi++) {
    const group = groups.group(gi);
    const { positions, relations } = group;
    const support = positions.map((p) => supportOf(p, weight, claims));
    const order = orderPositions(positions, support);
    const conflicts = conflictLists(positions.length, relations);
    const vote = pickConsensus(positions, order, relations, weight, support, claims);
    let pick = trust === undefined ? vote : trustedPick(vote, trust.probability(gi), order, relations, conflicts);
    if (trust !== undefined && pick.index !== undefined && oneAgainstOne(positions, conflicts, trust, category)) {
      pick = { ...pick, index: undefined, contenders: [...order] };
    }
    // Distinct sources: a linear scan for the usual handful, a Set for crowds.
    let sources: string[] = [];
    let count = 0;
    for (const p of positions) count += p.sources.length;
    if (count > 64) sources = [...new Set(positions.flatMap((p) => p.sources))];
    else for (const p of positions) for (const s of p.sources) if (!sources.includes(s)) sources.push(s);
    sortSmall(sources, compareCodePoints);
    const hasConflict = conflicts.some((c) => c.length > 0);
    const status: JudgedGroup['status'] =
      hasConflict ? 'conflict'
      : sources.length <= 1 ? 'single'
      : anyIncomparable(positions.length, relations) ? 'unverified'
      : 'consistent';
    let conflict: JudgedGroup['conflict'];
    if (hasConflict) {
      const kindOf = (p: (typeof positions)[number]) => ctx.registry.require(p.value.kind);
      const sev = groupSeverity(positions, relations, kindOf, claims)!;
      conflict = {
        code: ctx.registry.require(group.kind).conflictCode,
        severity: sev.severity,
        message: conflictMessage(conflictData({
          subject: group.subject,
          attribute: group.attribute,
          positions,
          order,
          consensus: pick.index,
          relations,
          conflicts,
          sharedSources: sev.shared,
          sourceName,
          sources,
        })),
      };
    }
    const consensus =
      pick.index === undefined
        ? undefined
        : {
            index: pick.index,
            support: pick.effective[pick.index]!,
            confidence: pick.probability?.[pick.index] ?? (pick.total === 0 ? 0 : pick.effective[pick.index]! / pick.total),
          };
    visit({ group, order, support, conflicts, status, consensus, contenders: pick.contenders, conflict, sources });
  }
  return { accuracy: trust?.accuracy ?? new Map(), origin: trust?.origin ?? new Map() };
}

/**
 * Two sources contradict each other and nothing tells them apart: neither was
 * judged on any contested item (one where at least two others speak), so
 * whatever separates their accuracies is a prior, not evidence about them —
 * unless they are of two categories and each one's class (category ×
 * activity) was judged: then what those sources showed is evidence.
 */
function oneAgainstOne(
  positions: readonly WorkPosition[],
  conflicts: readonly (readonly number[])[],
  trust: Pick<TrustResult, 'evidence' | 'classEvidence'>,
  category: ReadonlyMap<string, string>,
): boolean {
  if (!conflicts.some((c) => c.length > 0)) return false;
  const sources: string[] = [];
  for (const p of positions) for (const s of p.sources) if (!sources.includes(s)) sources.push(s);
  if (sources.length !== 2 || sources.some((s) => (trust.evidence.get(s) ?? 0) > 0)) return false;
  // Two categories whose sources were judged on contested items: what each showed is evidence about these two.
  // A category never judged has only the prior, and a prior is no evidence.
  const [a, b] = sources as [string, string];
  const judged = (s: string) => (trust.classEvidence.get(s) ?? 0) > 0;
  return category.get(a) === category.get(b) || !judged(a) || !judged(b);
}

/** Some pair of positions was not related: a value unread by the group's kind, or two its kind cannot compare. */
function anyIncomparable(n: number, relations: Relations): boolean {
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (relations.get(i, j).relation === 'incomparable') return true;
  return false;
}

/**
 * The consensus of a conflicting group by estimated source accuracy: the most
 * probable position, unless a position that does not agree with it is as
 * probable (disputed). Groups without a conflict keep the vote: there is
 * nothing for accuracy to decide.
 */
function trustedPick(
  vote: ConsensusPick,
  probability: ArrayLike<number>,
  order: readonly number[],
  relations: Relations,
  conflicts: readonly (readonly number[])[],
): ConsensusPick {
  if (!conflicts.some((c) => c.length > 0)) return vote;
  const rank = new Map(order.map((p, k) => [p, k]));
  const byProbability = sortSmall([...order], (a, b) => probability[b]! - probability[a]! || rank.get(a)! - rank.get(b)!);
  const top = byProbability[0]!;
  const tied = byProbability.filter((j) => {
    if (j === top) return false;
    const r = relations.get(top, j).relation;
    return (r === 'conflict' || r === 'incomparable') && probability[j]! >= probability[top]! - 1e-9;
  });
  if (tied.length > 0) return { index: undefined, contenders: [top, ...tied], effective: vote.effective, total: vote.total, probability };
  return { index: top, contenders: [], effective: vote.effective, total: vote.total, probability };
}
