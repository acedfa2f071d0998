import type { Lexicon } from '../kinds/contract';
import { classesOf, isKindOf, isKinTerm, isPartOf, KIN_DEPTH, LEXFILE, readWord, relateNouns } from './lexicon';

/** Path length through a common hypernym up to which two nouns are distinct things of one sort ("neck" / "shoulder"). */
const SORT_DISTANCE = 4;

/**
 * The WordNet-derived lexicon as the kinds ask it: how word `a` relates to
 * word `b` as nouns. `same`: one lemma or synonyms ("fire" / "blaze");
 * `broader`: a is a kind above b ("gun" / "handgun") or a place b is a part
 * of ("head" / "forehead", "house" / "porch"; not "gun" / "hammer"); `narrower`: the reverse; `different`: two things of one sort close in the hierarchy ("neck"
 * / "shoulder") or opposed ("man" / "woman"); undefined otherwise.
 */
export const wordnetLexicon: Lexicon = {
  relate(a, b) {
    // A group's texts ask the same few word pairs again and again (1,000 descriptions: 8 million asks of a few
    // hundred pairs): each pair is answered once. Bounded; the answer depends on the words only.
    let row = related.get(a);
    const known = row?.get(b);
    if (known !== undefined) return known === NONE ? undefined : known;
    const r = relateWords(a, b);
    if (row === undefined) {
      if (related.size >= MAX_RELATED) related.clear();
      related.set(a, (row = new Map()));
    }
    if (row.size < MAX_RELATED) row.set(b, r ?? NONE);
    return r;
  },
  bodyZones(word) {
    // Asked for every word of every text pair left untold: each word is answered once (bounded as below).
    const known = zones.get(word);
    if (known !== undefined) return known;
    const lower = word.toLowerCase();
    // The word's noun, else its singular by the plain English rules the lexicon's reading may miss ("legs", "feet").
    let noun: string | undefined;
    let r: readonly string[] = NO_ZONES;
    for (const n of [readWord(lower).noun, lower.endsWith('s') ? lower.slice(0, -1) : undefined, lower.includes('ee') ? lower.replace('ee', 'oo') : undefined]) {
      // A word whose main sense is no part of the body names none ("shot", an injection in WordNet, is a part of an arm).
      if (n === undefined || n === 'body' || classesOf(n)[0] !== LEXFILE.body) continue;
      const z = BODY_ZONES.filter((x) => n === x || isPartOf(n, x) || isKindOf(n, x));
      if (z.length > 0) {
        noun = n;
        r = z;
        break;
      }
    }
    // A joint of the torso joins it to the limbs: a wound in the shoulder is told in the arm as often as in the chest.
    if (noun !== undefined && r.length === 1 && r[0] === 'torso' && isKindOf(noun, 'joint')) r = ['torso', 'arm', 'leg'];
    if (zones.size >= MAX_RELATED) zones.clear();
    zones.set(word, r.length === 0 ? NO_ZONES : r);
    return r;
  },
  kinTerm(word) {
    const noun = readWord(word.toLowerCase()).noun;
    return noun !== undefined && isKinTerm(noun);
  },
  partOf(a, b) {
    const na = readWord(a.toLowerCase()).noun;
    const nb = readWord(b.toLowerCase()).noun;
    return na !== undefined && nb !== undefined && isPartOf(na, nb);
  },
};

/** Word pairs already related, with NONE for "no relation" (a Map cannot tell a stored undefined from a miss). */
const NONE = 'none';
/** Words kept, and pairs per word (a bound on memory: past it, a pair is answered again each time). */
const MAX_RELATED = 4096;
const related = new Map<string, Map<string, ReturnType<Lexicon['relate']> | typeof NONE>>();
/** The four parts of the body a wound's place is told in, by WordNet's part-of: what two places are told apart by. */
const BODY_ZONES: readonly string[] = ['head', 'torso', 'arm', 'leg'];
const NO_ZONES: readonly string[] = [];
/** Words already asked for their parts of the body. */
const zones = new Map<string, readonly string[]>();

function relateWords(a: string, b: string): ReturnType<Lexicon['relate']> {
  const na = readWord(a.toLowerCase()).noun;
  const nb = readWord(b.toLowerCase()).noun;
  if (na === undefined || nb === undefined) return undefined;
  const r = relateNouns(na, nb);
  if (r.relation === 'same' || r.relation === 'synonym') return 'same';
  if (r.relation === 'hypernym') return isKindOf(nb, na) ? 'broader' : isKindOf(na, nb) ? 'narrower' : undefined;
  // A part is a more precise place in its whole: a wound "in the forehead" is one "in the head".
  if (isPartOf(nb, na)) return 'broader';
  if (isPartOf(na, nb)) return 'narrower';
  // Two kinship terms, neither a kind of the other, are two relations to one person ("mother" / "grandmother",
  // "nephew" / "son", however far apart WordNet puts them; "relative" / "stepfather" is a kind five steps up).
  const kinA = isKinTerm(na);
  const kinB = isKinTerm(nb);
  if (kinA || kinB) {
    if (isKindOf(nb, na, KIN_DEPTH)) return 'broader';
    if (isKindOf(na, nb, KIN_DEPTH)) return 'narrower';
    if (kinA && kinB) return 'different';
  }
  // Letters and abbreviations ("x", "pm") are too short to be told apart by meaning.
  if (na.length < 3 || nb.length < 3) return undefined;
  if (r.relation === 'opposite') return 'different';
  if (r.relation === 'close' && r.distance <= SORT_DISTANCE) {
    // Close by one pair of senses, yet a kind of the other by another: the nearest pair of senses is not the
    // reading to trust ("lieutenant" and "officer" are two lawmen by one sense each, and a lieutenant is an
    // officer by the main ones).
    if (isKindOf(nb, na)) return 'broader';
    if (isKindOf(na, nb)) return 'narrower';
    return 'different';
  }
  return undefined;
}
