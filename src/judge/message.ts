import type { Relations, WorkPosition } from '../compare';
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
}

const MAX_PER_SIDE = 5;

function listText(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function describe(p: WorkPosition, sourceName: (id: string) => string): string {
  const shown = fold(p.display) === p.key ? '' : ` = ${p.key}`;
  return `"${p.display}"${shown} (${listText(p.sources.map(sourceName))})`;
}

/**
 * One English sentence naming the values in conflict and their sources: the
 * leading side (the consensus, with the less specific values that agree with
 * it) against the values that contradict it.
 */
export function conflictMessage(m: MessageInput): string {
  const involved = m.order.filter((i) => m.conflicts[i]!.length > 0);
  const head = m.consensus !== undefined && m.conflicts[m.consensus]!.length > 0 ? m.consensus : involved[0]!;
  const against = m.order.filter((i) => m.relations.get(head, i).relation === 'conflict');
  const againstSet = new Set(against);
  const agreeing = m.order.filter((i) => {
    if (i === head || againstSet.has(i)) return false;
    const r = m.relations.get(head, i).relation;
    return (r === 'compatible' || r === 'same') && (m.conflicts[i]!.length > 0 || m.positions[i]!.value.specificity < m.positions[head]!.value.specificity);
  });
  let side = describe(m.positions[head]!, m.sourceName);
  if (agreeing.length > 0) {
    const shown = agreeing.slice(0, MAX_PER_SIDE).map((i) => describe(m.positions[i]!, m.sourceName));
    if (agreeing.length > MAX_PER_SIDE) shown.push(`${agreeing.length - MAX_PER_SIDE} more`);
    side += `, with ${listText(shown)} agreeing,`;
  }
  const other = against.slice(0, MAX_PER_SIDE).map((i) => describe(m.positions[i]!, m.sourceName));
  if (against.length > MAX_PER_SIDE) other.push(`${against.length - MAX_PER_SIDE} more`);
  let sentence = `Sources disagree on the ${m.attribute} of ${m.subject}: ${side} against ${listText(other)}`;
  if (m.sharedSources.length > 0) {
    const names = m.sharedSources.map(m.sourceName);
    sentence += `; ${listText(names)} ${names.length === 1 ? 'asserts' : 'assert'} both`;
  }
  if (m.consensus === undefined) sentence += '; no side clearly leads';
  return `${sentence}.`;
}
