/**
 * Every sentence crosscheck writes about the input, in one place: stages
 * record codes with their parameters (`IssueData`, `ConflictData`), and the
 * report stage turns them into English here.
 */
import type { ClaimProblemData, IssueData } from './model';
import { flat } from './util/flat';

/** One line naming a bad claim, its field, the value found and why it is refused. */
export function formatProblem(p: ClaimProblemData): string {
  return `claim #${p.index}${p.id === undefined ? '' : ` (id ${JSON.stringify(p.id)})`}: ${p.field} ${p.value === 'undefined' ? '' : `= ${p.value} `}${p.reason}`;
}

function listed(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

/** The code an issue carries in the report. */
export function issueCode(data: IssueData): string {
  return data.code === 'value_note' ? data.note.code : data.code;
}

/** The English of an issue. */
export function issueMessage(data: IssueData): string {
  switch (data.code) {
    case 'invalid_claim':
      return `Skipped invalid ${data.problems.map(formatProblem).join('; ')}`;
    case 'unknown_source': {
      const ids = data.claims;
      const shown = ids.length > 3 ? `${ids.slice(0, 3).join(', ')} and ${ids.length - 3} more` : ids.join(', ');
      return `Source '${data.source}' (claim${ids.length === 1 ? '' : 's'} ${shown}) is not in options.sources (a typo?); it is counted as a source of its own`;
    }
    case 'unknown_field': {
      const which = data.count === 1 ? `Claim ${data.claim} has` : `${data.count} claims (the first ${data.claim}) have`;
      const hint = data.known === undefined ? '' : ` (a typo of "${data.known}"?)`;
      return `${which} a field ${JSON.stringify(data.field)} that is not a claim field${hint}; it is ignored`;
    }
    case 'kind_mismatch':
      return `Claim ${data.claim} says its value is a ${data.stated}, but the group "${data.attribute}" of ${data.subject} is read as ${data.kind}`;
    case 'missing_value':
      return `Claim ${data.claim} gives no value for the ${data.attribute} of ${data.subject} (${JSON.stringify(data.value)}); it is not counted as a position`;
    case 'unparsed_value':
      return `Claim ${data.claim}: ${JSON.stringify(data.value)} could not be read as a ${data.kind} (${data.reason}); it is kept as text and never conflicts with readable values`;
    case 'value_note':
      return `Claim ${data.claim} ${data.note.message}`;
    case 'incomparable_values': {
      const more = data.more > 0 ? ` (and ${data.more} more pair${data.more > 1 ? 's' : ''} like it)` : '';
      return `In the ${data.attribute} of ${data.subject}, ${JSON.stringify(data.a.display)} (claim ${data.a.claim}) and ${JSON.stringify(data.b.display)} (claim ${data.b.claim}) cannot be compared${data.reason === undefined ? '' : `: ${data.reason}`}; neither confirms nor contradicts the other${more}`;
    }
    case 'similar_subject':
    case 'similar_attribute':
      return `"${data.a}" and "${data.b}" are spelled alike, but their values conflict, so they are kept apart as two ${data.code === 'similar_subject' ? 'subject' : 'attribute'}s`;
    case 'ambiguous_subject':
    case 'ambiguous_attribute': {
      if (data.near !== undefined)
        return `"${data.what}" may be the same as ${listed(data.candidates.map((c) => `"${c}"`))} (${data.near.evidence}; weight ${data.near.weight.toFixed(1)}, below the ${data.near.threshold} a link needs), so they are kept apart`;
      if (data.likely !== undefined && data.candidates.length === 1 && data.candidates[0] === data.likely)
        return `"${data.what}" most likely means "${data.likely}", but its values would conflict with that group's, so it stays apart: if they are one, that is a conflict`;
      const why =
        data.likely === undefined
          ? 'none is clearly dominant, so its claims stay in a group of their own'
          : `it most likely means "${data.likely}", but its values would conflict with that group's, so it stays apart`;
      return `"${data.what}" could be ${listed(data.candidates.map((c) => `"${c}"`))}; ${why}`;
    }
  }
}

/** One value in a conflict sentence. */
export interface ConflictSide {
  readonly display: string;
  /** The normalized form, when it differs from the display text. */
  readonly normalized: string | undefined;
  /** Source names. */
  readonly sources: readonly string[];
}

/** What a conflict sentence says: the leading value with those agreeing, against the values that contradict it. */
export interface ConflictData {
  readonly subject: string;
  readonly attribute: string;
  readonly head: ConflictSide;
  readonly agreeing: readonly ConflictSide[];
  readonly against: readonly ConflictSide[];
  /** Names of sources that assert both sides. */
  readonly shared: readonly string[];
  /** No side clearly leads. */
  readonly disputed: boolean;
  /** The name of the one source every claim of the group comes from, when there is one. */
  readonly only?: string | undefined;
}

const MAX_PER_SIDE = 5;

function listText(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function describe(p: ConflictSide): string {
  return `"${p.display}"${p.normalized === undefined ? '' : ` = ${p.normalized}`} (${listText(p.sources)})`;
}

function some(sides: readonly ConflictSide[]): string[] {
  const shown = sides.slice(0, MAX_PER_SIDE).map(describe);
  if (sides.length > MAX_PER_SIDE) shown.push(`${sides.length - MAX_PER_SIDE} more`);
  return shown;
}

/** One English sentence naming the values in conflict and their sources. */
export function conflictMessage(m: ConflictData): string {
  // Every claim of the group from one source ("Police | Requested Charge" three times): no sources disagree; the
  // one source gives values that contradict each other — a list, or one source at odds with itself.
  if (m.only !== undefined) {
    const sides = [m.head, ...m.against];
    const values = sides.slice(0, MAX_PER_SIDE).map((x) => `"${x.display}"${x.normalized === undefined ? '' : ` = ${x.normalized}`}`);
    if (sides.length > MAX_PER_SIDE) values.push(`${sides.length - MAX_PER_SIDE} more`);
    return flat(`Only ${m.only} gives the ${m.attribute} of ${m.subject}, in values that differ: ${listText(values)} — a list, or one source at odds with itself.`);
  }
  let side = describe(m.head);
  if (m.agreeing.length > 0) side += `, with ${listText(some(m.agreeing))} agreeing,`;
  let sentence = `Sources disagree on the ${m.attribute} of ${m.subject}: ${side} against ${listText(some(m.against))}`;
  if (m.shared.length > 0) sentence += `; ${listText(m.shared)} ${m.shared.length === 1 ? 'asserts' : 'assert'} both`;
  if (m.disputed) sentence += '; no side clearly leads';
  return flat(`${sentence}.`);
}
