import { incomparable } from '../kinds/registry';
import type { NameValue } from '../kinds/name';
import type { Relations, WorkPosition } from '../model';
import { readAttribute } from '../link/profile/attribute';
import { readWord } from '../lexicon/lexicon';
import { sexOfGivenName } from '../lexicon/given-names';
import type { Comparison } from '../kinds/contract';
import { withChanges } from './positions';

/** Letters: the words of a subject or a name. */
const WORDS = /\p{L}+/gu;

/** The words of a text, lower case, letters only, joined by spaces: how names and subjects are matched here. */
const foldWords = (text: string): string => (text.toLowerCase().match(WORDS) ?? []).join(' ');

/** A subject that describes a role ("the police spokesman", "victim_1", "Police Spokesman"): a common noun in it, and no word of either name. */
function describes(subject: string, a: readonly string[], b: readonly string[]): boolean {
  const words = foldWords(subject).split(' ');
  return words.some((w) => readWord(w).noun !== undefined && sexOfGivenName(w) === undefined) && !words.some((w) => a.includes(w) || b.includes(w));
}

const TWO_HOLDERS = incomparable('the two names have nothing in common, and the subject describes a role more than one person may hold');

/** The role a subject describes: its last word that is a common noun ("spokesman" in "the police spokesman"). */
function roleHead(subject: string): string | undefined {
  const words = foldWords(subject).split(' ');
  for (let k = words.length - 1; k >= 0; k--) {
    const noun = readWord(words[k]!).noun;
    if (noun !== undefined) return noun;
  }
  return undefined;
}

/** An attribute that asks for its subject's own name ("name", "full_name", "Name"): one word of measure name. */
function asksName(attribute: string): boolean {
  const r = readAttribute(attribute);
  return r.measure === 'name' && r.lemmas.every((l) => l === 'name' || l === 'full' || l === 'real');
}

/** What the input says elsewhere of a name: whether it names another holder of the role `head`. */
export type HolderEvidence = (name: readonly string[], head: string, subject: string) => boolean;

/**
 * The evidence the claims give that a name belongs to another holder of a role: a subject of that name whose claims
 * say the role ("Jose Estrada | Role | Chicago Police Spokesman"), or another subject with the role's word that
 * the name is given to ("second police spokesman | name | Daniel O'Brien"). Indexed once, when first asked.
 */
export function holderEvidence(subjects: readonly string[], attributes: readonly string[], values: readonly unknown[]): HolderEvidence {
  let saying: Map<string, string[]> | undefined;
  let naming: Map<string, string[]> | undefined;
  const push = (map: Map<string, string[]>, key: string, text: string) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [text]);
    else list.push(text);
  };
  const hasWord = (text: string, head: string) => text.split(' ').some((w) => w === head || readWord(w).noun === head);
  return (name, head, subject) => {
    if (saying === undefined || naming === undefined) {
      saying = new Map();
      naming = new Map();
      const asks = new Map<string, boolean>();
      for (let i = 0; i < subjects.length; i++) {
        const v = values[i];
        if (typeof v !== 'string') continue;
        push(saying, foldWords(subjects[i]!), foldWords(v));
        const a = attributes[i]!;
        let yes = asks.get(a);
        if (yes === undefined) asks.set(a, (yes = asksName(a)));
        if (yes) push(naming, foldWords(v), foldWords(subjects[i]!));
      }
    }
    const key = foldWords(name.join(' '));
    const own = foldWords(subject);
    return (saying.get(key) ?? []).some((v) => hasWord(v, head)) || (naming.get(key) ?? []).some((s) => s !== own && hasWord(s, head));
  };
}

/**
 * A role's holders, named: when the subject describes a role ("the police spokesman") and the attribute asks its
 * name, two full names with no word in common are two people who hold it — two outlets quoting two spokesmen —,
 * not a contradiction, when the input shows one of them holding the role apart (see holderEvidence): their
 * conflict becomes incomparable. Names sharing a word still conflict ("John Smith" / "Jon Smith"), as do two names
 * of a role the input shows no other holder of, and anything of a subject that is itself a name.
 */
export function twoHolders(positions: readonly WorkPosition[], relations: Relations, subject: string, attribute: string, evidence: HolderEvidence): Relations {
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
      // Only when the input shows the role held by more than one: else two names for one role contradict ("the
      // gunman" named two ways in breaking news is the error this check exists to catch).
      const head = roleHead(subject);
      if (head === undefined || !(evidence(ta, head, subject) || evidence(tb, head, subject))) continue;
      (changed ??= new Map()).set(i * n + j, TWO_HOLDERS);
    }
  }
  return changed === undefined ? relations : withChanges(relations, n, changed);
}
