import type { Lexicon } from '../kinds/contract';
import { isKindOf, isPartOf, readWord, relateNouns } from './lexicon';

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
    const na = readWord(a.toLowerCase()).noun;
    const nb = readWord(b.toLowerCase()).noun;
    if (na === undefined || nb === undefined) return undefined;
    const r = relateNouns(na, nb);
    if (r.relation === 'same' || r.relation === 'synonym') return 'same';
    if (r.relation === 'hypernym') return isKindOf(nb, na) ? 'broader' : isKindOf(na, nb) ? 'narrower' : undefined;
    // A part is a more precise place in its whole: a wound "in the forehead" is one "in the head".
    if (isPartOf(nb, na)) return 'broader';
    if (isPartOf(na, nb)) return 'narrower';
    // Letters and abbreviations ("x", "pm") are too short to be told apart by meaning.
    if (na.length < 3 || nb.length < 3) return undefined;
    if (r.relation === 'opposite' || (r.relation === 'close' && r.distance <= SORT_DISTANCE)) return 'different';
    return undefined;
  },
  partOf(a, b) {
    const na = readWord(a.toLowerCase()).noun;
    const nb = readWord(b.toLowerCase()).noun;
    return na !== undefined && nb !== undefined && isPartOf(na, nb);
  },
};
