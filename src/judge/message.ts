import type { ConflictData, ConflictSide } from '../messages';
import type { Relations, WorkPosition } from '../model';
import { fold } from '../normalize/text';

export interface MessageInput {
  readonly subject: string;
  readonly attribute: string;
  readonly positions: readonly WorkPosition[];
  /** Position indices in report order. */
  readonly order: readonly number[];
  readonly consensus: number | undefined;
  readonly relations: Relations;
  readonly conflicts: readonly (readonly number[])[];
  readonly sharedSources: readonly string[];
  readonly sourceName: (id: string) => string;
  /** The group's distinct source ids. */
  readonly sources: readonly string[];
}

function side(p: WorkPosition, sourceName: (id: string) => string): ConflictSide {
  return { display: p.display, normalized: fold(p.display) === p.key ? undefined : p.key, sources: p.sources.map(sourceName) };
}

/**
 * What a conflict's sentence says: the leading side (the consensus, with the
 * less specific values that agree with it) against the values that
 * contradict it. The words are written in messages.ts.
 */
export function conflictData(m: MessageInput): ConflictData {
  const involved = m.order.filter((i) => m.conflicts[i]!.length > 0);
  const head = m.consensus !== undefined && m.conflicts[m.consensus]!.length > 0 ? m.consensus : involved[0]!;
  const against = m.order.filter((i) => m.relations.get(head, i).relation === 'conflict');
  const againstSet = new Set(against);
  const agreeing = m.order.filter((i) => {
    if (i === head || againstSet.has(i)) return false;
    const r = m.relations.get(head, i).relation;
    return (r === 'compatible' || r === 'same') && (m.conflicts[i]!.length > 0 || m.positions[i]!.value.specificity < m.positions[head]!.value.specificity);
  });
  return {
    subject: m.subject,
    attribute: m.attribute,
    head: side(m.positions[head]!, m.sourceName),
    agreeing: agreeing.map((i) => side(m.positions[i]!, m.sourceName)),
    against: against.map((i) => side(m.positions[i]!, m.sourceName)),
    shared: m.sharedSources.map(m.sourceName),
    disputed: m.consensus === undefined,
    only: m.sources.length === 1 ? m.sourceName(m.sources[0]!) : undefined,
  };
}
