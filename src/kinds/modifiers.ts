import { incomparable } from './registry';

/**
 * Words that, before a noun, make what it names something other than one (linguists' privative modifiers, a closed
 * class of the language): a former student is no student now, an ex-husband no husband, a fake officer no officer.
 */
const PRIVATIVE: ReadonlySet<string> = new Set(['former', 'ex', 'onetime', 'erstwhile', 'fake', 'pseudo', 'would-be']);
/**
 * Words that make a post one under the post the noun names: an assistant principal is not the principal, a deputy
 * chief not the chief, a vice president not the president. Writers also leave them out ("business manager" for the
 * assistant business manager), so they make two texts untold, not a conflict.
 */
const SUBORDINATE: ReadonlySet<string> = new Set(['assistant', 'deputy', 'vice', 'associate', 'under']);
/** Prefixes of a closed compound that do either: an ex-husband, an undersheriff, a vice-chair. */
const OTHER_THAN_PREFIX = /^(ex|under|vice)(?=\p{L}{4,})/u;

/**
 * How `large` makes a word of `small` something else: by a privative word before it ("ex husband" / "husband",
 * "former student" / "student") or a subordinating one ("assistant principal" / "principal"), or a closed compound
 * with such a prefix ("undersheriff" / "sheriff") — when `small` does not say that word itself.
 */
export function otherThan(large: readonly string[], small: readonly string[]): 'privative' | 'subordinate' | undefined {
  for (let k = 0; k < large.length; k++) {
    const w = large[k]!;
    const next = large[k + 1];
    if ((PRIVATIVE.has(w) || SUBORDINATE.has(w)) && !small.includes(w) && next !== undefined && small.includes(next)) return PRIVATIVE.has(w) ? 'privative' : 'subordinate';
    const m = OTHER_THAN_PREFIX.exec(w);
    if (m !== null && !small.includes(w) && small.includes(w.slice(m[0].length))) return m[1] === 'ex' ? 'privative' : 'subordinate';
  }
  return undefined;
}

/** One text names a post under the other's. */
export const SUBORDINATE_POST = incomparable('one names a post under the other ("assistant", "deputy", "vice"), which may be another post or the same one told in short');
