import { personNoun } from '../lexicon/lexicon';
import { incomparable } from './registry';

/**
 * Words that, before a noun, make what it names something other than one (linguists' privative modifiers, a closed
 * class of the language): a former student is no student now, an ex-husband no husband, a fake officer no officer.
 * ("ex-husband" reaches here as "ex husband": the hyphen splits words.)
 */
const PRIVATIVE: ReadonlySet<string> = new Set(['former', 'ex', 'onetime', 'erstwhile', 'fake', 'pseudo']);
/**
 * Words that make a post one under the post a noun for a person names: an assistant principal is not the principal,
 * a deputy chief not the chief, a vice president not the president (not "the vice squad": no person).
 */
const SUBORDINATE: ReadonlySet<string> = new Set(['assistant', 'deputy', 'vice', 'associate']);
/** Prefixes of a closed compound that make a post under the rest: an undersheriff, a vicechancellor. */
const SUBORDINATE_PREFIX = /^(?:under|vice)(?=\p{L}{4,})/u;

/** Most words a text may have for its modifiers to be read (titles and posts are short; the reading looks words up). */
const MAX_WORDS = 12;

/** Whether a word is a noun for a person in one of its senses ("principal", "attorney", "sheriff"; not "squad"). */
function person(word: string): boolean {
  return personNoun(word) !== undefined;
}

/**
 * How `large` makes a word of `small` something else: by a privative word before it ("ex husband" / "husband",
 * "former student" / "student"), by a subordinating one before a post ("assistant principal" / "principal",
 * "assistant district attorney" / "district attorney"), or as a closed compound with a subordinating prefix
 * ("undersheriff" / "sheriff") — when `small` does not say that word itself. Texts of more than twelve words are
 * not read.
 */
export function otherThan(large: readonly string[], small: readonly string[]): 'privative' | 'subordinate' | undefined {
  if (large.length > MAX_WORDS || small.length > MAX_WORDS) return undefined;
  const told = new Set(small);
  for (let k = 0; k < large.length; k++) {
    const w = large[k]!;
    const next = large[k + 1];
    if (told.has(w)) continue;
    if (next !== undefined && told.has(next)) {
      if (PRIVATIVE.has(w)) return 'privative';
      if (SUBORDINATE.has(w) && large.slice(k + 1).some(person)) return 'subordinate';
    }
    const m = SUBORDINATE_PREFIX.exec(w);
    if (m !== null && told.has(w.slice(m[0].length)) && person(w.slice(m[0].length))) return 'subordinate';
  }
  return undefined;
}

/** One text names a post under the other's. */
export const SUBORDINATE_POST = incomparable('one names a post under the other ("assistant", "deputy", "vice"), which may be another post or the same one told in short');

/** One text says "former" or "ex" of what the other says plainly. */
export const FORMER = incomparable('one says "former", "ex" or "fake" of what the other says plainly: the other may be of an earlier time, or leave the word out');
