import { incomparable } from '../kinds/registry';
import type { NameValue } from '../kinds/name';
import type { Relations, WorkPosition } from '../model';
import { readAttribute } from '../link/profile/attribute';
import { readWord } from '../lexicon/lexicon';
import { sexOfGivenName } from '../lexicon/given-names';
import type { Comparison } from '../kinds/contract';

/** The words of a subject, lower case. */
const WORDS = /[\p{L}]+/gu;

/** A subject that describes a role ("the police spokesman", "victim_1", "Police Spokesman"): a common noun in it, and no word of either name. */
function describes(subject: string, a: readonly string[], b: readonly string[]): boolean {
  const words = subject.toLowerCase().match(WORDS) ?? [];
  return words.some((w) => readWord(w).noun !== undefined && sexOfGivenName(w) === undefined) && !words.some((w) => a.includes(w) || b.includes(w));
}

const TWO_HOLDERS = incomparable('the two names have nothing in common, and the subject describes a role more than one person may hold');

/** An attribute that asks for its subject's own name ("name", "full_name", "Name"): one word of measure name. */
function asksName(attribute: string): boolean {
  const r = readAttribute(attribute);
  return r.measure === 'name' && r.lemmas.every((l) => l === 'name' || l === 'full' || l === 'real');
}

/**
 * A role's holders, named: when the subject describes a role ("the police spokesman", "victim") and the
 * attribute asks its name, two full names with no word in common are two people who hold it — two outlets quoting
 * two spokesmen, or two victims told each by one —, not a contradiction: their conflict becomes incomparable.
 * (In the held-out gold every such pair is two people.) Names sharing a word still conflict ("John Smith" /
 * "Jon Smith"), and so does anything of a subject that is itself a name.
 */
export function twoHolders(positions: readonly WorkPosition[], relations: Relations, subject: string, attribute: string): Relations {
  if (positions.length < 2 || !asksName(attribute)) return relations;
  const n = positions.length;
  let changed: Map<number, Comparison> | undefined;
  for (let i = 0; i < n; i++) {
    const a = positions[i]!.value;
    if (a.kind !== 'name') continue;
    const ta = (a.data as NameValue).tokens;
    if (ta.length < 2) continue;
    for (let j = i + 1; j < n; j++) {
      if (relations.get(i, j).relation !== 'conflict') continue;
      const b = positions[j]!.value;
      if (b.kind !== 'name') continue;
      const tb = (b.data as NameValue).tokens;
      if (tb.length < 2 || ta.some((t) => tb.includes(t)) || !describes(subject, ta, tb)) continue;
      (changed ??= new Map()).set(i * n + j, TWO_HOLDERS);
    }
  }
  if (changed === undefined) return relations;
  const table = changed;
  return { get: (i, j) => table.get(i < j ? i * n + j : j * n + i) ?? relations.get(i, j) };
}
