import type { StageIssue } from '../../model';
import { compareCodePoints } from '../../util/order';
import { IntList } from '../../util/int-list';
import { UnionFind } from '../../util/union-find';
import { apart, type Cell, firstClaim, type LinkRun, mergeInto } from '../cells';
import { classesOf, LEXFILE, personNoun, readWord } from '../../lexicon/lexicon';
import { readAttribute } from './attribute';
import { alikeWords, blocked, hyphenParts, related } from './blocks';
import { valueWeights } from './estimate';
import { type Mention, readMention, type RoleWords, withoutTitles } from './mention';
import { fold, NAME_SUFFIXES } from '../../normalize/text';
import { namesTheSubject } from '../own-name';
import { type CellWords, GENERAL_HAPPENINGS, HAPPENING_CLASSES, type MentionNode, type ProfileWords, scorePair, valueEvidence } from './score';
import { linkAttributes, round1 } from './slots';
import { overlaps, type Sources, union } from './sources';
import { type ProfileInput, WEIGHTS, type Weights } from './weights';
import { contentLemmas, FUNCTION_WORDS, hasUnknownWord, isCountWord, tokenize } from './words';
export { ATTRIBUTE_WEIGHTS, type ProfileInput, WEIGHTS, type Weights } from './weights';
export { attributeScore } from './slots';

const NO_READING: Mention = {
  head: undefined,
  plural: false,
  modifiers: [],
  name: undefined,
  appositive: [],
  anchor: { years: [], days: [], parts: [] },
  labels: [],
  proper: [],
};

/** Rounds of pooled-profile merging after the pairwise ones (each may enable the next). */
const POOL_ROUNDS = 3;

/** How much weaker (bits) another candidate must be for a pair to count as exclusive. */
const EXCLUSIVE_MARGIN = 1;

/** Buckets of the candidate index larger than this are too common to block on (a head like "person" at scale). */
const MAX_BUCKET = 64;
/** A name word or modifier shared by more mentions than this is no evidence of one thing (term frequency). */
const MAX_WORD_BUCKET = 16;

/**
 * Whether an attribute asks for a name ("name", "real_name", "victim's name", "identified_name"), not for a
 * person by what they did or are to the subject ("who she lives with", "who shot her"): only a name so asked
 * for joins a subject to the person of its source that bears it.
 */
function namesItsSubject(text: string, subject: string): boolean {
  const r = readAttribute(text);
  if (r.measure !== 'name' || !/(?:^|[^a-z])names?(?:$|[^a-z])/i.test(text)) return false;
  // A name of another person the subject's words do not name ("victim_1 | suspect_name", "the shooting | mother's
  // name"): the value names that one, not the subject.
  const own = new Set(tokenize(subject).map((t) => readWord(t.word).noun ?? t.word));
  return !r.lemmas.some((l) => !own.has(l) && classesOf(l).includes(LEXFILE.person));
}

/**
 * Whether some source gives one subject two names as its own, neither within the other: the words of each, titles
 * and suffixes aside and double-barrelled names in their parts, against the other's, alike when spelt within a letter
 * or given by an initial ("Dylan Roof" / "Dylann Roof", "D. Roof", "Armando Garcia-Ramires" / "Armando Rodrigo Garcia
 * Ramires" are one name; "Erica Rodriguez" / "Paula Nino" two).
 */
function namedAsSeveral(
  named: readonly { readonly tokens: readonly string[]; readonly claim: number }[],
  asOwn: (claim: number) => boolean,
  sourceOf: (claim: number) => number,
): boolean {
  const bySource = new Map<number, Map<string, string[]>>();
  for (const { tokens, claim } of named) {
    if (!asOwn(claim)) continue;
    const words = nameWords(tokens);
    if (words.length === 0) continue;
    const source = sourceOf(claim);
    let names = bySource.get(source);
    if (names === undefined) bySource.set(source, (names = new Map()));
    // Each distinct name once: a name told many times costs one comparison.
    names.set(words.join(' '), words);
  }
  for (const byText of bySource.values()) {
    const names = [...byText.values()];
    if (names.some((a, x) => names.slice(x + 1).some((b) => !oneNameWithin(a, b)))) return true;
  }
  return false;
}

/** A name's words, folded, without titles or suffixes, a double-barrelled name in its parts. */
function nameWords(tokens: readonly string[]): string[] {
  const words = withoutTitles(tokens.map((t) => ({ word: fold(t) }))).split(' ');
  return words.flatMap(hyphenParts).filter((w) => w !== '' && !NAME_SUFFIXES.has(w));
}

/** Every word of the shorter name alike a word of the longer. */
function oneNameWithin(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((x) => long.some((y) => alikeWords(x, y)));
}

/** A name value that joins several ("Antoine and Cleveland Smelley", "Smith & Jones", "Lee/Park"). */
const SEVERAL_NAMES = /\s(?:and|or|&)\s|[;/&+]/iu;

/**
 * Whether a subject names several people: parts joined by "and", "&", "/" or the like, each with a capitalised word
 * and no number, one of them a full name ("Morgan and Joseph Slaight", "John Smith & Mary Jones"; not "Morgan
 * Slaight, wife and mother", not "Victim 1 / Morgan Slaight").
 */
function namesSeveral(text: string): boolean {
  const parts = text.split(SEVERAL_NAMES);
  if (parts.length < 2 || /\d/.test(text)) return false;
  const capitals = parts.map((part) => tokenize(part).filter((t) => t.capital).length);
  return capitals.every((n) => n > 0) && capitals.some((n) => n >= 2);
}

/**
 * Whether a subject phrase is about someone of the one these name words name: a person of theirs, the name written
 * as the possessor of a word for a person ("Bandoo's wife", "Bandoo's 19-year-old son", "John Smith's mother", "the
 * Smiths' neighbour", "Bandoo's wife, Natasha") or after "of" such a word ("the wife of O'Neil Bandoo"); not of
 * another bearer of the surname ("Dolan's wife" is not about "Brenda Dolan"), nor a thing of theirs ("Dolan's Pub
 * owner" may be Dolan: a cold review). Compared in lower case, every apostrophe as "'".
 */
function possessorAmong(text: string, names: readonly string[], head: string | undefined): boolean {
  if (names.length === 0) return false;
  const words = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/gu, "'")
    .split(/[\s,;:()]+/u)
    .filter((w) => w !== '');
  // A word for a person, the head where the phrase has one.
  const ownPerson = (word: string) => {
    const noun = personNoun(word);
    return noun !== undefined && (head === undefined || noun === head);
  };
  // The first noun after a possessor is that word.
  const personAfter = (from: number): boolean => {
    for (let k = from; k < words.length; k++) {
      const word = words[k]!.replace(/'s?$/u, '');
      if (readWord(word).noun !== undefined) return ownPerson(word);
    }
    return false;
  };
  const before: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    const owners = word.endsWith("'s") ? [word.slice(0, -2)] : word.endsWith("s'") ? [word.slice(0, -1), word.slice(0, -2)] : [];
    if (owners.length > 0 && names.every((n) => before.includes(n) || owners.includes(n))) return personAfter(k + 1);
    before.push(word);
  }
  // "the wife of O'Neil Bandoo": a word for a person, then "of" and the name.
  const of = words.indexOf('of');
  return of > 0 && names.every((n) => words.slice(of + 1).includes(n)) && ownPerson(words[of - 1]!);
}

/** Two capitalised words at the start of a subject ("Victim Lindsay"): maybe a role and a name (the first captured). */
const TITLE_PAIR = /^(\p{Lu}\p{L}*)\s+\p{Lu}/u;

/**
 * What tells a Title Case role note ("Victim Lindsay") from a full name in this input: the person-role words such
 * notes open with that the input also writes in lower case somewhere (subjects and attribute names, as their
 * nouns: there they are common words), and the capitalised words of the subjects that open with no such role
 * (the full names a note's name must come from). Nothing is scanned in inputs without such notes: each distinct
 * first word is read once, and subjects are tokenized only when some first word is a role.
 */
function readRoleWords(subjects: readonly string[], attributes: Iterable<string>): RoleWords {
  const lowered = new Set<string>();
  const nameWords = new Set<string>();
  const firstOf = new Map<string, string>();
  const roles = new Set<string>();
  const titled: { text: string; first: string }[] = [];
  for (const text of subjects) {
    const m = TITLE_PAIR.exec(text);
    if (m === null) continue;
    // The first token of a Title Case pair is its first word as written: letters only, then a space.
    const word = m[1]!.toLowerCase();
    let first = firstOf.get(word);
    if (first === undefined) {
      first = readWord(word).noun ?? word;
      firstOf.set(word, first);
      if (classesOf(first).includes(LEXFILE.person)) roles.add(first);
    }
    titled.push({ text, first });
  }
  if (roles.size === 0) return { lowered, nameWords };
  for (const text of [...subjects, ...attributes]) {
    for (const t of tokenize(text)) {
      if (t.capital) continue;
      const noun = readWord(t.word).noun ?? t.word;
      if (roles.has(noun)) lowered.add(noun);
    }
  }
  for (const { text, first } of titled) {
    if (lowered.has(first)) continue;
    for (const t of tokenize(text)) if (t.capital && !NAME_SUFFIXES.has(t.word)) nameWords.add(t.word);
  }
  return { lowered, nameWords };
}

/** Two capitalised words in a row, the first perhaps a possessive ("Mother's Boyfriend"): what a subject in Title Case has. */
const TITLE_WORDS = /\p{Lu}\p{L}*(?:['’]s)?[\s_-]+\p{Lu}/u;
/** A capital letter anywhere: a spelling that could tell names from common words. */
const CAPITAL = /\p{Lu}/u;

/** Fewest attribute names of several words a source must write, all but a fifth in Title Case, to be read as a Title Case writer. */
const TITLE_MIN = 2;
const TITLE_SHARE = 0.8;

/**
 * Which sources write their notes in Title Case (1): those whose attribute names of several content words ("Trial
 * Date", "Other Charges", "Where Shot") capitalise every such word, at least TITLE_MIN of them and all but a fifth.
 * An attribute name is never a proper name, so such a source's capitals say nothing of names. Each (cell, source)
 * is looked at once, each distinct spelling classified once.
 */
function titleCaseSources(cells: ReadonlyMap<string, Cell>, run: LinkRun): Uint8Array {
  const n = run.input.sourceCount;
  const multi = new Int32Array(n);
  const capital = new Int32Array(n);
  const last = new Int32Array(n).fill(-1);
  const kindOf = new Map<string, number>();
  let c = 0;
  for (const cell of cells.values()) {
    c++;
    for (const i of cell.claims) {
      const s = run.input.sourceNumber(i);
      if (last[s] === c) continue;
      last[s] = c;
      const text = run.input.attributeText(i);
      let kind = kindOf.get(text);
      if (kind === undefined) {
        const words = tokenize(text).filter((t) => /^\p{L}/u.test(t.word) && !FUNCTION_WORDS.has(t.word));
        kind = words.length < 2 ? 0 : words.every((t) => t.capital) ? 1 : 2;
        kindOf.set(text, kind);
      }
      if (kind === 0) continue;
      multi[s]!++;
      if (kind === 1) capital[s]!++;
    }
  }
  const out = new Uint8Array(n);
  for (let s = 0; s < n; s++) if (capital[s]! >= TITLE_MIN && capital[s]! >= TITLE_SHARE * multi[s]!) out[s] = 1;
  return out;
}

/** The words written in lower case in the subjects and attribute names of the input, and their nouns (each spelling once). */
function lowerNouns(subjects: Iterable<string>, attributes: Iterable<string>, subjectText: (key: string) => string): Set<string> {
  const out = new Set<string>();
  const add = (text: string) => {
    for (const t of tokenize(text)) {
      if (t.capital || !/^\p{L}/u.test(t.word)) continue;
      out.add(t.word);
      const noun = readWord(t.word).noun;
      if (noun !== undefined) out.add(noun);
    }
  };
  for (const key of subjects) add(subjectText(key));
  for (const text of attributes) add(text);
  return out;
}

/** A person's name written with capitals: two to five words, each capitalised, no digit ("Sara Salih", "Sgt. Sylvia Young"). */
function capitalisedName(text: string): string | undefined {
  if (text.length > 80 || /\d/.test(text) || SEVERAL_NAMES.test(text)) return undefined;
  const tokens = tokenize(text).filter((t) => /^\p{L}/u.test(t.word));
  if (!tokens.every((t) => t.capital)) return undefined;
  const name = withoutTitles(tokens);
  const words = name.split(' ');
  if (words.length < 2 || words.length > 5) return undefined;
  // Some word the lexicon does not know: "Police Chief" is a role in Title Case, not a name; nor is "Other
  // Children" (a word that counts or orders is no name's).
  if (!hasUnknownWord(words.filter((w) => !isCountWord(w)))) return undefined;
  return name;
}

/**
 * The full names the input writes with capitals, folded: subjects, and the values of claims that name their subject
 * ("the woman who was killed | name | Sara Salih"). A subject written in lower case that is one of them ("sara
 * salih", "sgt. sylvia young") is that name. Read only when some subject of several words has no capital.
 */
function writtenNames(mentions: Iterable<MentionNode>, attributeText: (key: string) => string, input: ProfileInput): ReadonlySet<string> | undefined {
  const all = [...mentions];
  if (!all.some((m) => !/\p{Lu}/u.test(m.text) && /\S\s+\S/.test(m.text))) return undefined;
  const names = new Set<string>();
  for (const m of all) {
    const own = capitalisedName(m.text);
    if (own !== undefined) names.add(own);
    for (const cell of m.cells) {
      if (!namesItsSubject(attributeText(cell.attribute), m.text)) continue;
      for (const i of cell.claims) {
        const v = input.text(i);
        const name = v === undefined ? undefined : capitalisedName(v);
        if (name !== undefined) names.add(name);
      }
    }
  }
  return names;
}

/**
 * The profile rule: record linkage over subject mentions and attribute names
 * (Fellegi–Sunter style log-odds). Subject mentions that share a head
 * concept, a name or a rare modifier are candidates; each pair is scored from
 * its heads' lexical relation, its names, its shared modifiers (weighted by
 * how few mentions use them) and the values the two mentions state for the
 * same attributes (agreement raises the weight, contradiction lowers it,
 * never vetoes). Hard blocks: one source's two subjects, different time
 * anchors, different labels, singular against plural. Pairs merge greedily,
 * best first, while the merged clusters still hold at most one subject of
 * each source. Then, within each linked subject, attribute names are linked
 * by the measure they ask for, their lemmas and the kind of their values;
 * one source's two attribute names stay two slots.
 */
export function profileRule(cells: ReadonlyMap<string, Cell>, input: ProfileInput, run: LinkRun, weights: Weights = { ...WEIGHTS }): Map<string, Cell> {
  // Mentions: the distinct subject keys of the cells, each with its sources and its first spelling in code-point
  // order (not input order: the report may not depend on it).
  const mentions = new Map<string, MentionNode>();
  const sourceCount = run.input.sourceCount;
  // The mention that last saw each source: a source is counted once per mention without a set.
  const lastSeen = new Int32Array(sourceCount).fill(-1);
  // (mention, source) pairs as met, in two flat lists: no array per mention (a million claims make ~150,000).
  const pairMention = new IntList();
  const pairSource = new IntList();
  // Publication day per source number, read from the first claim of each source met.
  const sourceDay: (number | undefined | null)[] = new Array(sourceCount).fill(null);
  const present = new Uint8Array(sourceCount);
  let distinctSources = 0;
  for (const cell of cells.values()) {
    let m = mentions.get(cell.subject);
    if (m === undefined) {
      m = { key: cell.subject, text: run.input.subjectSpelling(cell.subject) ?? run.label('subject', cell.subject), cells: [], reading: NO_READING, claims: 0, index: mentions.size };
      mentions.set(cell.subject, m);
    }
    m.cells.push(cell);
    m.claims += cell.claims.length;
    for (const i of cell.claims) {
      const src = run.input.sourceNumber(i);
      if (lastSeen[src] !== m.index) {
        lastSeen[src] = m.index;
        pairMention.push(m.index);
        pairSource.push(src);
        if (present[src] === 0) {
          present[src] = 1;
          distinctSources++;
        }
        let day = sourceDay[src];
        if (day === null) sourceDay[src] = day = input.published(i);
        if (day !== undefined && (m.published === undefined || day < m.published)) m.published = day;
      }
    }
  }
  // Each mention's sources, sorted and deduplicated, in one flat array (a counting sort by mention): `lastSeen`
  // only drops a source seen again by the same mention in a row, and a mention's cells need not come in a row
  // (cells come in claim order). A source counted twice made the mention look used by every source, so whether
  // it was read at all depended on the order of the claims. A mention's view of it is made when first asked.
  const mentionCount = mentions.size;
  const sourceStart = new Int32Array(mentionCount + 1);
  for (let x = 0; x < pairMention.length; x++) sourceStart[pairMention.at(x) + 1]!++;
  for (let k = 0; k < mentionCount; k++) sourceStart[k + 1]! += sourceStart[k]!;
  const flatSources = new Int32Array(pairMention.length);
  const fill = sourceStart.slice(0, mentionCount);
  for (let x = 0; x < pairMention.length; x++) flatSources[fill[pairMention.at(x)]!++] = pairSource.at(x);
  const sourceCountOf = new Int32Array(mentionCount);
  for (let k = 0; k < mentionCount; k++) {
    const from = sourceStart[k]!;
    const segment = flatSources.subarray(from, sourceStart[k + 1]!);
    if (segment.length > 1) segment.sort();
    let n = 0;
    for (let x = 0; x < segment.length; x++) if (x === 0 || segment[x] !== segment[x - 1]) segment[n++] = segment[x]!;
    sourceCountOf[k] = n;
  }
  // Each attribute key's first spelling in code-point order (not input order).
  const attributeTexts = new Map<string, string>();
  for (const cell of cells.values()) {
    if (!attributeTexts.has(cell.attribute)) attributeTexts.set(cell.attribute, run.input.attributeSpelling(cell.attribute) ?? run.label('attribute', cell.attribute));
  }
  const attributeText = (key: string) => attributeTexts.get(key) ?? key;
  // Whether case tells names from common nouns: not in input written all in lower case.
  let caseless = true;
  for (const m of mentions.values()) {
    if (/\p{Lu}/u.test(m.text)) {
      caseless = false;
      break;
    }
  }
  const roleWords: RoleWords = { ...readRoleWords([...mentions.values()].map((m) => m.text), attributeTexts.values()) };
  if (!caseless) {
    const names = writtenNames(mentions.values(), attributeText, input);
    if (names !== undefined) Object.assign(roleWords, { names });
  }
  // A mention every source uses shares a source with every other one: it can link to none, and is not read.
  const open = (m: MentionNode) => distinctSources < 2 || sourceCountOf[m.index]! < distinctSources;
  const sourcesOf = (m: MentionNode): Sources => (m.sources ??= flatSources.subarray(sourceStart[m.index]!, sourceStart[m.index]! + sourceCountOf[m.index]!));
  // Which sources write in Title Case, looked at only when some subject is capitalised words.
  let titled: Uint8Array | undefined;
  const inTitleCase = (m: MentionNode): boolean => {
    if (caseless || !TITLE_WORDS.test(m.text)) return false;
    titled ??= titleCaseSources(cells, run);
    const own = sourcesOf(m);
    return own.length > 0 && own.every((s) => titled![s] === 1);
  };
  let titleRoles: RoleWords | undefined;
  // The spelling of a mention to read: of its sources' spellings that use capitals, the one that writes the most
  // content words in lower case ("the Ridgecrest earthquake" beside a note's "Ridgecrest Earthquake", one key): where
  // a writer who capitalises names puts a word in lower case, it is a common word, whatever another's capitals say (a
  // cold review: read as the name "Ridgecrest Earthquake", the mention met no "Ridgecrest quake"). A spelling without
  // any capital ("oshlushla_smith") tells nothing of names, nor one with none in lower case ("Smith" beside "Oshlushla
  // Smith"). Looked at only for a spelling with capitals; ties go to code-point order.
  const spellingToRead = (m: MentionNode): string => {
    if (caseless || !CAPITAL.test(m.text)) return m.text;
    // Content words written in lower case, in a spelling that also uses capitals (0 for one without any capital).
    const lowered = (t: string) => {
      if (!/\p{Lu}/u.test(t)) return 0;
      let n = 0;
      for (const w of tokenize(t)) if (/^\p{L}/u.test(w.word) && !w.capital && !FUNCTION_WORDS.has(w.word)) n++;
      return n;
    };
    // Each distinct spelling read once: a mention's claims mostly share one, and then there is nothing to choose.
    const seen = new Set<string>([m.text]);
    const others: string[] = [];
    // A claim's spelling is most often the one before it: compared first, it spares a lookup.
    let previous = m.text;
    for (const cell of m.cells) {
      for (const i of cell.claims) {
        const t = run.input.subjectText(i);
        if (t === previous) continue;
        previous = t;
        if (seen.has(t)) continue;
        seen.add(t);
        others.push(t);
      }
    }
    if (others.length === 0) return m.text;
    let best = m.text;
    let most = lowered(best);
    for (const t of others) {
      const n = lowered(t);
      if (n > most || (n === most && n > 0 && compareCodePoints(t, best) < 0)) {
        best = t;
        most = n;
      }
    }
    return best;
  };
  const read = (m: MentionNode) => {
    const spelled = spellingToRead(m);
    if (spelled !== m.text) return readMention(spelled, m.published, caseless, roleWords);
    if (!inTitleCase(m)) return readMention(m.text, m.published, caseless, roleWords);
    titleRoles ??= { ...roleWords, lowerNouns: lowerNouns(mentions.keys(), attributeTexts.values(), (k) => mentions.get(k)!.text) };
    return readMention(m.text, m.published, caseless, titleRoles, true);
  };
  for (const m of mentions.values()) if (open(m)) m.reading = read(m);
  const list = [...mentions.values()].sort((a, b) => compareCodePoints(a.key, b.key));

  // Candidate index: head, head class, name tokens, modifiers.
  const buckets = new Map<string, number[]>();
  const put = (key: string, k: number) => {
    const b = buckets.get(key);
    if (b === undefined) buckets.set(key, [k]);
    else if (b[b.length - 1] !== k) b.push(k);
  };
  const df = new Map<string, number>();
  for (let k = 0; k < list.length; k++) {
    if (list[k]!.reading === NO_READING || list[k]!.reading.tabular) continue;
    const r = list[k]!.reading;
    const words = new Set<string>(r.modifiers);
    if (r.head !== undefined) {
      words.add(r.head);
      put(`h:${r.head}`, k);
      // A head is also a word another mention may use as a modifier ("quake epicentre" / "the quake").
      put(`m:${r.head}`, k);
      for (const c of classesOf(r.head)) put(`c:${c}`, k);
      // A general noun for a happening meets every happening ("incident" / "shooting", an act).
      if (GENERAL_HAPPENINGS.has(r.head)) for (const c of HAPPENING_CLASSES) put(`c:${c}`, k);
    }
    for (const w of [...(r.name ?? []), ...r.appositive]) {
      put(`n:${w}`, k);
      words.add(w);
    }
    if (r.name !== undefined) put(`c:${LEXFILE.person}`, k);
    for (const w of r.modifiers) put(`m:${w}`, k);
    for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
    // How many mentions have it as their head: what a shared head's rarity is counted by.
    if (r.head !== undefined) df.set(`h:${r.head}`, (df.get(`h:${r.head}`) ?? 0) + 1);
  }
  // Candidate pairs, bucket by bucket; a pair that shares a source or is blocked is dropped at once.
  const seen = new Set<number>();
  const candidates: Array<[number, number]> = [];
  for (const [key, b] of buckets) {
    const cap = key.startsWith('h:') || key.startsWith('c:') ? MAX_BUCKET : MAX_WORD_BUCKET;
    if (b.length < 2 || (b.length > cap && !run.exhaustive)) continue;
    for (let x = 0; x < b.length; x++) {
      for (let y = x + 1; y < b.length; y++) {
        const p = Math.min(b[x]!, b[y]!);
        const q = Math.max(b[x]!, b[y]!);
        const id = p * list.length + q;
        if (seen.has(id)) continue;
        seen.add(id);
        if (overlaps(sourcesOf(list[p]!), sourcesOf(list[q]!)) || blocked(list[p]!.reading, list[q]!.reading)) continue;
        if (apart(run, 'subject', list[p]!.key, list[q]!.key)) continue;
        candidates.push([p, q]);
      }
    }
  }
  if (run.exhaustive) {
    // The differential test's reference: every pair, no index.
    candidates.length = 0;
    for (let p = 0; p < list.length; p++) {
      for (let q = p + 1; q < list.length; q++) {
        if (list[p]!.reading === NO_READING || list[q]!.reading === NO_READING || list[p]!.reading.tabular || list[q]!.reading.tabular) continue;
        if (!related(list[p]!.reading, list[q]!.reading)) continue;
        if (overlaps(sourcesOf(list[p]!), sourcesOf(list[q]!)) || blocked(list[p]!.reading, list[q]!.reading)) continue;
        if (apart(run, 'subject', list[p]!.key, list[q]!.key)) continue;
        candidates.push([p, q]);
      }
    }
  }
  candidates.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  // The value weights, estimated from this input when there are candidates to score (see valueWeights).
  if (candidates.length > 0 && input.weights?.valueAgrees === undefined && input.weights?.valueConflicts === undefined) {
    const estimated = valueWeights(cells, input, run, weights);
    weights = { ...weights, valueAgrees: estimated.agree, valueConflicts: estimated.conflict, valueNear: estimated.near, valueFar: estimated.far };
    input.trace?.(`value weights ${JSON.stringify(estimated)}`);
  }
  // Names the claims give: an attribute that asks for a name, with a value that reads as one.
  const asOwn = new Set<number>();
  for (const m of list) {
    for (const cell of m.cells) {
      if (!namesItsSubject(attributeText(cell.attribute), m.text)) continue;
      const own = namesTheSubject(cell.attribute);
      for (const i of cell.claims) {
        if (own) asOwn.add(i);
        const v = input.text(i);
        // A value that names several people ("Antoine and Cleveland Smelley") names none of them alone.
        if (v === undefined || SEVERAL_NAMES.test(v)) continue;
        const tokens = tokenize(v)
          .filter((t) => t.capital)
          .map((t) => t.word.replace(/\.$/, ''));
        if (tokens.length > 0 && tokens.length <= 5) (m.named ??= []).push({ tokens, claim: i });
      }
    }
    // A source that gives one subject several names as its name, none within another ("Deceased | Name" three
    // times, once for each of the dead), tells of several people under one subject: no name joins the subject to
    // its bearer. Only names asked as the subject's own ("name", "full name"; not "hospital name", "birth
    // name", "nickname") count, and one name written two ways is one ("Dylan Roof" / "Dylann Roof", "D. Roof").
    if (m.named !== undefined && m.named.length > 1) {
      // Several for one source, the subject is several for all: another's one name for it is one of them at most.
      if (namedAsSeveral(m.named, (claim) => asOwn.has(claim), (claim) => run.input.sourceNumber(claim))) delete m.named;
    }
    // By claim id, not input order: the first names the mention in evidence.
    m.named?.sort((x, y) => compareCodePoints(run.input.claimId(x.claim), run.input.claimId(y.claim)));
  }
  const total = list.length;
  // The content words of each candidate's cells, and in how many candidate mentions each word occurs.
  const cellWords = new Map<Cell, CellWords>();
  const subjectWords = new Map<MentionNode, ReadonlySet<string>>();
  const wordsOf: ProfileWords = {
    cell: (cell) => {
      let out = cellWords.get(cell);
      if (out === undefined) cellWords.set(cell, (out = contentWords(cell, attributeText, input)));
      return out;
    },
    subject: (m) => {
      let out = subjectWords.get(m);
      if (out === undefined) {
        const own = new Set<string>();
        contentLemmas(m.text, own);
        subjectWords.set(m, (out = own));
      }
      return out;
    },
  };
  if (candidates.length > 0) {
    const inCandidates = new Uint8Array(list.length);
    for (const [p, q] of candidates) inCandidates[p] = inCandidates[q] = 1;
    for (let k = 0; k < list.length; k++) {
      if (inCandidates[k] === 0) continue;
      const own = new Set<string>();
      for (const c of list[k]!.cells) {
        const w = wordsOf.cell(c);
        for (const x of w.attribute) own.add(x);
        for (const x of w.value) own.add(x);
      }
      for (const x of wordsOf.subject(list[k]!)) own.add(x);
      for (const x of own) df.set(`w:${x}`, (df.get(`w:${x}`) ?? 0) + 1);
    }
  }
  /** `compared`: how many attributes both state with values that could be related. */
  const scored: Array<{ a: number; b: number; score: number; evidence: string[]; compared: number; lexical: number; lexicalEvidence: string[] }> = [];
  for (const [p, q] of candidates) {
    const a = list[p]!;
    const b = list[q]!;
    run.stats.keyComparisons++;
    const { score, evidence, compared, lexical, lexicalEvidence } = scorePair(a, b, df, total, input, weights, attributeText, wordsOf);
    input.trace?.(`pair ${score.toFixed(1)} '${a.text}' ~ '${b.text}' (${evidence.join(', ')})`);
    if (score >= input.threshold - weights.exclusive - 1 || lexical > 0) scored.push({ a: p, b: q, score, evidence, compared, lexical, lexicalEvidence });
  }
  scored.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);

  // Greedy merge, best pair first, keeping each cluster to one subject per source and its anchors and labels compatible.
  const uf = new UnionFind<number>();
  const members = new Map<number, number[]>(list.map((_, k) => [k, [k]]));
  const clusterSources = new Map<number, Sources>();
  const sourcesOfCluster = (root: number): Sources => {
    let s = clusterSources.get(root);
    if (s === undefined) {
      s = new Int32Array(0);
      for (const k of members.get(root)!) s = union(s, sourcesOf(list[k]!));
      clusterSources.set(root, s);
    }
    return s;
  };
  // Every join, recorded once as the pair it joined: a mention may be joined more than once (named by two claims,
  // then scored), and each decision stays as it was made.
  const linkedTo: Array<{ from: number; to: number; evidence: string[]; score: number }> = [];
  const nearMisses: Array<{ a: number; b: number; score: number; evidence: string[] }> = [];
  const join = (p: number, q: number) => {
    const ra = uf.find(p);
    const rb = uf.find(q);
    uf.union(ra, rb);
    const root = uf.find(ra);
    const merged = [...members.get(ra)!, ...members.get(rb)!];
    const s = union(sourcesOfCluster(ra), sourcesOfCluster(rb));
    members.delete(ra);
    members.delete(rb);
    members.set(root, merged);
    clusterSources.delete(ra);
    clusterSources.delete(rb);
    clusterSources.set(root, s);
  };
  // One writer's subject is one thing: where containment or the follow rule took some of its cells to a longer key
  // and left others (held-out batch 63: "Victim | Age" joined "victim_1", "Victim | Name" stayed), the key left and
  // the key its cells went to are joined before anything is scored — the same source's claims on both sides would
  // otherwise keep them apart for good. Only to the one key its cells went to, not where a block or the caller keeps
  // the two apart, and as the follow rule: only if the cells that would meet agree ("Old Man Bill" and "David Scott"
  // both joined David "Old Man Bill" Scott by age; their two hospitals do not meet). Another source's claims under
  // the key left come along only where it gives the subject the same name as a source whose cells moved (batch 63's
  // first article: "the victim | name | Ayden Deer", as the third's "Victim | Name"), and is not in the target
  // already: another source's "Baldwin" may be another Baldwin (a cold review), and a source has one subject per thing.
  if (run.moved.size > 0) {
    const at = new Map<string, number>();
    for (let k = 0; k < list.length; k++) at.set(list[k]!.key, k);
    const nameOf = (i: number) => run.input.valueKey?.(i);
    for (const [from, targets] of [...run.moved].sort((x, y) => compareCodePoints(x[0], y[0]))) {
      const k = at.get(from);
      if (k === undefined || targets.size !== 1) continue;
      const [to, moved] = [...targets][0]!;
      const q = at.get(to);
      if (q === undefined || uf.find(q) === uf.find(k)) continue;
      let claim: number | undefined;
      for (const s of sourcesOf(list[k]!)) {
        const i = moved.get(s);
        if (i !== undefined && (claim === undefined || compareCodePoints(run.input.claimId(i), run.input.claimId(claim)) < 0)) claim = i;
      }
      if (claim === undefined || blocked(list[q]!.reading, list[k]!.reading) || apart(run, 'subject', list[q]!.key, list[k]!.key)) continue;
      const targetSources = sourcesOfCluster(uf.find(q));
      const named = new Set<number>();
      for (const cell of list[k]!.cells) {
        if (!namesTheSubject(cell.attribute)) continue;
        const names = new Set<string>();
        for (const i of cell.claims) if (moved.has(run.input.sourceNumber(i)) && nameOf(i) !== undefined) names.add(nameOf(i)!);
        for (const i of cell.claims) if (names.has(nameOf(i) ?? '')) named.add(run.input.sourceNumber(i));
      }
      if ([...sourcesOf(list[k]!)].some((s) => !moved.has(s) && (!named.has(s) || targetSources.includes(s)))) continue;
      const there = new Map<string, number[]>();
      for (const member of members.get(uf.find(q))!) {
        for (const cell of list[member]!.cells) {
          const claims = there.get(cell.attribute);
          if (claims === undefined) there.set(cell.attribute, [...cell.claims]);
          else for (const i of cell.claims) claims.push(i);
        }
      }
      if (list[k]!.cells.some((cell) => there.has(cell.attribute) && run.guard(there.get(cell.attribute)!, cell.claims))) continue;
      join(q, k);
      linkedTo.push({ from: k, to: q, evidence: [`the rest of the subject of claim ${run.input.claimId(claim)}`], score: Number.POSITIVE_INFINITY });
    }
  }
  // A source that names one of its subjects with another of its subjects ("Old Man Bill | real_name | David
  // Scott", "11-year-old | name | Madelyn Rychetski") has said they are one: joined before anything is scored.
  const byNameToken = new Map<string, number[]>();
  // A mention every source uses is not read for scoring, but a claim may still name it.
  if (list.some((m) => m.named !== undefined)) {
    for (const m of list) if (m.reading === NO_READING) m.reading = read(m);
  }
  list.forEach((m, k) => {
    for (const w of m.reading.name ?? m.reading.appositive) {
      const b = byNameToken.get(w);
      if (b === undefined) byNameToken.set(w, [k]);
      else b.push(k);
    }
  });
  for (let k = 0; k < list.length; k++) {
    for (const { tokens, claim } of list[k]!.named ?? []) {
      const source = run.input.sourceNumber(claim);
      const bearers: number[] = [];
      for (const q of byNameToken.get(tokens[tokens.length - 1]!) ?? byNameToken.get(tokens[0]!) ?? []) {
        if (q === k || uf.find(q) === uf.find(k)) continue;
        const other = list[q]!;
        const names = other.reading.name ?? other.reading.appositive;
        const [short, long] = names.length <= tokens.length ? [names, tokens] : [tokens, names];
        if (!short.every((x) => long.includes(x)) || !sourcesOf(other).includes(source) || apart(run, 'subject', list[k]!.key, other.key)) continue;
        // A surname beside another role is not the name given: "Mother | name | Karen Lindsay" is not "victim Lindsay".
        const role = list[k]!.reading.head;
        if (other.reading.name === undefined && names.length === 1 && role !== undefined && other.reading.head !== undefined && role !== other.reading.head) continue;
        // A relative's name is not the name of the one it is told by: "Bandoo's wife | name | Natasha Tender
        // Bandoo" names the wife, who shares the surname of "Bandoo", not Bandoo.
        if (possessorAmong(list[k]!.text, names, role)) continue;
        bearers.push(q);
      }
      // A name two of the source's people fit ("Smelley": Antoine and Cleveland) says which of them it is no more
      // than it says they are one: it joins nobody. Names nested in one another ("Toliver", "Demontris Toliver")
      // are one person's.
      const nameOf = (q: number) => list[q]!.reading.name ?? list[q]!.reading.appositive;
      const nested = (a: readonly string[], b: readonly string[]) => a.every((x) => b.includes(x)) || b.every((x) => a.includes(x));
      if (bearers.some((p, x) => bearers.slice(x + 1).some((q) => !nested(nameOf(p), nameOf(q))))) continue;
      for (const q of bearers) {
        // A subject that names several people ("Morgan and Joseph Slaight") is none of them: it counts above, as a
        // bearer that may make the name ambiguous, but the name joins it to nobody.
        if (uf.find(q) === uf.find(k) || namesSeveral(list[q]!.text)) continue;
        join(k, q);
        linkedTo.push({ from: q, to: k, evidence: [`named ${JSON.stringify(tokens.join(' '))} by claim ${run.input.claimId(claim)}`], score: Number.POSITIVE_INFINITY });
      }
    }
  }
  const mergeable = (ra: number, rb: number) => {
    if (ra === rb || overlaps(sourcesOfCluster(ra), sourcesOfCluster(rb))) return false;
    const ma = members.get(ra)!;
    const mb = members.get(rb)!;
    return !ma.some((x) => mb.some((y) => blocked(list[x]!.reading, list[y]!.reading) || apart(run, 'subject', list[x]!.key, list[y]!.key)));
  };
  for (const pair of scored) {
    if (pair.score < input.threshold) continue;
    const ra = uf.find(pair.a);
    const rb = uf.find(pair.b);
    if (!mergeable(ra, rb)) continue;
    join(ra, rb);
    linkedTo.push({ from: pair.b, to: pair.a, evidence: pair.evidence, score: pair.score });
  }
  // Exclusive pairs: a story tells of each thing once, so when, of everything one source says, a mention
  // can still be one thing only, and that thing can be this mention only (every other candidate either
  // way already linked elsewhere, blocked, or clearly weaker), the pair gains `exclusive` bits.
  const byMention = new Map<number, typeof scored>();
  for (const pair of scored) {
    for (const k of [pair.a, pair.b]) {
      const l = byMention.get(k);
      if (l === undefined) byMention.set(k, [pair]);
      else l.push(pair);
    }
  }
  // Whether the cluster of `self` has another candidate, nearly as good, among what the other cluster's sources say.
  const rivals = (self: number, other: number, pair: (typeof scored)[number]) => {
    const mine = uf.find(self);
    const otherRoot = uf.find(other);
    const theirs = sourcesOfCluster(otherRoot);
    for (const member of members.get(mine)!) {
      for (const q of byMention.get(member) ?? []) {
        if (q === pair) continue;
        const x = q.a === member ? q.b : q.a;
        const rx = uf.find(x);
        if (rx === otherRoot || rx === mine || !overlaps(sourcesOfCluster(rx), theirs) || !mergeable(mine, rx)) continue;
        // A rival by its evidence as a whole, or by its words alone: "older sister" is a rival of "injured girl" for
        // "older sibling" even though their ages conflict, for a conflict is what linking must not hide. Measured the
        // same way on both sides: the pair's own words count too, so a pair whose values conflict ("intruders" /
        // "Party Crashers": 3 against 4) is not outrun by a candidate whose words are weaker ("Victims"); a candidate
        // within the margin, ties included, is a rival ("man who was shot" 19: "the husband" 25 or "victim" 47).
        if (Math.max(q.score, q.lexical) >= Math.max(pair.score, pair.lexical) - EXCLUSIVE_MARGIN) return true;
      }
    }
    return false;
  };
  for (const pair of scored) {
    if (pair.score >= input.threshold) continue;
    const ra = uf.find(pair.a);
    const rb = uf.find(pair.b);
    if (!mergeable(ra, rb)) continue;
    // Exclusivity weighs only what the two say about one same fact: a pair with no attribute in common is two
    // mentions that merely remain ("the four men who were shot" / "men feuding on the corner").
    const exclusive = pair.compared > 0 && pair.score + weights.exclusive >= input.threshold - 1 && !rivals(pair.a, pair.b, pair) && !rivals(pair.b, pair.a, pair);
    const score = exclusive ? pair.score + weights.exclusive : pair.score;
    const evidence = exclusive ? [...pair.evidence, 'the only candidate either way'] : pair.evidence;
    if (score >= input.threshold) {
      join(ra, rb);
      linkedTo.push({ from: pair.b, to: pair.a, evidence, score });
    } else if (score >= input.threshold - 1 && (pair.compared > 0 || pair.lexicalEvidence.length > 1)) {
      // Worth a reader's look only with evidence beyond one shared head word ("26-year-old man" / "man running").
      nearMisses.push({ ...pair, score, evidence });
    }
  }
  // Pooled profiles: once mentions are clusters, a cluster's evidence is all its mentions' — the best head
  // and name relation between any two of their mentions, and the values of all their cells, each attribute
  // compared once ("Woman killed" meets the age of "Brenda Dolan" and the head of "Dolan's wife" at once).
  for (let round = 0; round < POOL_ROUNDS; round++) {
    const best = new Map<string, { ra: number; rb: number; lexical: number; evidence: string[]; a: number; b: number }>();
    for (const pair of scored) {
      const ra = uf.find(pair.a);
      const rb = uf.find(pair.b);
      if (ra === rb || (members.get(ra)!.length === 1 && members.get(rb)!.length === 1) || !mergeable(ra, rb)) continue;
      const id = ra < rb ? `${ra} ${rb}` : `${rb} ${ra}`;
      const prev = best.get(id);
      if (prev === undefined || pair.lexical > prev.lexical) best.set(id, { ra, rb, lexical: pair.lexical, evidence: pair.lexicalEvidence, a: pair.a, b: pair.b });
    }
    const pooled = [...best.values()]
      .map((c) => {
        const cells = (root: number) => members.get(root)!.flatMap((k) => list[k]!.cells);
        const values = valueEvidence(cells(c.ra), cells(c.rb), input, weights, attributeText);
        const evidence = [...c.evidence];
        if (values.agreeing.length > 0) evidence.push(`${values.agreeing.join(', ')} agree${values.agreeing.length === 1 ? 's' : ''}`);
        if (values.conflicting.length > 0) evidence.push(`${values.conflicting.join(', ')} differ${values.conflicting.length === 1 ? 's' : ''}`);
        return { ...c, score: c.lexical + values.score, compared: values.compared, evidence };
      })
      .sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
    let merged = false;
    for (const c of pooled) {
      const ra = uf.find(c.ra);
      const rb = uf.find(c.rb);
      if (!mergeable(ra, rb)) continue;
      // Exclusive as before, against every other pooled candidate of either cluster among the other's sources.
      const rival = (self: number, other: number) =>
        pooled.some((d) => {
          if (d === c) return false;
          const [x, y] = uf.find(d.ra) === self ? [d.ra, d.rb] : uf.find(d.rb) === self ? [d.rb, d.ra] : [-1, -1];
          if (x < 0) return false;
          const ry = uf.find(y);
          return ry !== other && overlaps(sourcesOfCluster(ry), sourcesOfCluster(other)) && mergeable(self, ry) && d.score > c.score - EXCLUSIVE_MARGIN;
        });
      const exclusive = c.compared > 0 && c.score < input.threshold && !rival(ra, rb) && !rival(rb, ra);
      const score = exclusive ? c.score + weights.exclusive : c.score;
      input.trace?.(`pooled ${score.toFixed(1)} '${list[c.a]!.text}' ~ '${list[c.b]!.text}' (${c.evidence.join(', ')}${exclusive ? ', exclusive' : ''})`);
      if (score < input.threshold) continue;
      join(ra, rb);
      merged = true;
      linkedTo.push({ from: c.b, to: c.a, evidence: exclusive ? [...c.evidence, 'pooled', 'the only candidate either way'] : [...c.evidence, 'pooled'], score });
    }
    if (!merged) break;
  }
  for (const miss of nearMisses) {
    if (uf.find(miss.a) === uf.find(miss.b)) continue;
    const a = list[miss.a]!;
    const b = list[miss.b]!;
    if (overlaps(sourcesOfCluster(uf.find(miss.a)), sourcesOfCluster(uf.find(miss.b)))) continue;
    run.issues.push(ambiguity(a, b, miss.score, miss.evidence, input.threshold, run));
  }

  // Canonical subject of each cluster: the mention with the most claims, then the smallest key.
  const canonical = new Map<number, MentionNode>();
  for (const [root, ks] of members) {
    let best = list[ks[0]!]!;
    for (const k of ks) {
      const m = list[k]!;
      if (m.claims > best.claims || (m.claims === best.claims && compareCodePoints(m.key, best.key) < 0)) best = m;
    }
    canonical.set(root, best);
  }
  // Only mentions in a cluster of several get a new key.
  const renamed = new Map<string, string>();
  for (const [root, ks] of members) if (ks.length > 1) for (const k of ks) renamed.set(list[k]!.key, canonical.get(root)!.key);
  const subjectOf = (key: string) => renamed.get(key) ?? key;
  for (const link of linkedTo) {
    const from = list[link.from]!;
    const to = list[link.to]!;
    run.decisions.push({
      rule: 'profile',
      side: 'subject',
      from: { subject: from.key, attribute: '' },
      to: { subject: subjectOf(to.key), attribute: '' },
      evidence: `'${from.text}' ~ '${to.text}' (${link.evidence.join(', ')}${Number.isFinite(link.score) ? `; weight ${link.score.toFixed(1)}` : ''})`,
      shown: { from: from.text, to: to.text, evidence: link.evidence.join(', '), ...(Number.isFinite(link.score) ? { weight: round1(link.score) } : {}) },
    });
  }

  // Attributes within each linked subject.
  const attributeOf = new Map<Cell, string>();
  for (const [root, ks] of members) {
    const subjectCells: Cell[] = [];
    for (const k of ks) for (const c of list[k]!.cells) subjectCells.push(c);
    linkAttributes(subjectCells, canonical.get(root)!.key, input, run, attributeOf, attributeText);
  }

  // Move only the cells whose subject or attribute changed; every other cell stays where it is.
  const moved: Cell[] = [];
  for (const cell of cells.values()) if (renamed.has(cell.subject) || attributeOf.has(cell)) moved.push(cell);
  if (moved.length === 0) return cells as Map<string, Cell>;
  const targets = new Map<string, Cell>();
  const finalOf = (cell: Cell): Cell => {
    if (!renamed.has(cell.subject) && !attributeOf.has(cell)) return cell;
    const subject = subjectOf(cell.subject);
    const attribute = attributeOf.get(cell) ?? cell.attribute;
    if (subject === cell.subject && attribute === cell.attribute) return cell;
    const id = `${subject}\u0000${attribute}`;
    const existing = cells.get(id);
    if (existing !== undefined && subjectOf(existing.subject) === subject && (attributeOf.get(existing) ?? existing.attribute) === attribute) return existing;
    let t = targets.get(id);
    if (t === undefined) targets.set(id, (t = { subject, attribute, claims: [] }));
    return t;
  };
  return mergeInto(cells, finalOf);
}

/** Most cells and same-source pairs the value-weight estimate reads. */



function ambiguity(a: MentionNode, b: MentionNode, score: number, evidence: readonly string[], threshold: number, run: LinkRun): StageIssue {
  const claims = [...a.cells.flatMap((c) => c.claims), ...b.cells.flatMap((c) => c.claims)];
  return {
    data: { code: 'ambiguous_subject', what: a.text, candidates: [b.text], likely: undefined, near: { evidence: evidence.join(', '), weight: score, threshold } },
    severity: 'info',
    ...firstClaim(run, claims),
  };
}

/** Content words of a cell: its attribute's and its string values' words (see contentLemmas), apart. */
function contentWords(cell: Cell, attributeText: (attribute: string) => string, input: ProfileInput): CellWords {
  const attribute = new Set<string>();
  contentLemmas(attributeText(cell.attribute), attribute);
  const value = new Set<string>();
  for (const i of cell.claims) {
    const v = input.text(i);
    if (v !== undefined) contentLemmas(v, value);
  }
  return { attribute: [...attribute], value: [...value] };
}
