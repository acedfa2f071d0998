import { KNOWN_REGIONS, STREET_WORDS } from '../../kinds/place/words';
import { isLocalLabel } from '../../normalize/labels';
import { NAME_SUFFIXES, TITLES } from '../../normalize/text';
import { classesOf, irregularBases, isNoun, LEXFILE, readWord } from '../../lexicon/lexicon';
import { sexOfGivenName } from '../../lexicon/given-names';
import { CARDINALS, CLAUSE_STARTS, FUNCTION_WORDS, lemmaOf, lowerTokens, ORDINALS, type Token, tokenize } from './words';

/** When a mention says its thing happened: resolved against the source's publication day. */
export interface Anchor {
  /** Calendar years named or implied ("2012", "last year"). */
  readonly years: readonly number[];
  /** Days (epoch days) named or implied ("yesterday", "Thursday's quake", "April 20"). */
  readonly days: readonly number[];
  /** Parts of the day ("morning", "afternoon"). */
  readonly parts: readonly string[];
}

/** What a subject phrase says about the thing it names. */
export interface Mention {
  /** Noun lemma of the head ("girl" in "girl who was shot", "epicenter" in "the quake's epicenter"). */
  readonly head: string | undefined;
  /** The head is plural ("aftershocks", "the four men"). */
  readonly plural: boolean;
  /** Lemmas of the other content words, anchors and labels left out. */
  readonly modifiers: readonly string[];
  /** The phrase is a proper name ("David Scott", "Old Man Bill"): its tokens, lower case. */
  readonly name: readonly string[] | undefined;
  /** A name given after the head ("Dolan's wife Brenda"). */
  readonly appositive: readonly string[];
  readonly anchor: Anchor;
  /** Ordinals, numbers and "other" that tell two things of one kind apart ("victim 2", "second 24-year-old", "26-year-old man"). */
  readonly labels: readonly string[];
  /** Words the lexicon does not know: the proper-name material ("aceh", "ramón", "costa rica"), whatever the case. */
  readonly proper: readonly string[];
  /**
   * A common noun written in lower case right before the head, which says what kind of the head it is:
   * "police" in "the police chief", "gas" in "the gas station" (not "injured" in "the injured girl").
   */
  readonly classifier?: string;
  /**
   * A name as a table of entities writes it ("Dennis (town), Massachusetts", or any name in input without
   * capitals): an identifier, which profile evidence does not link (spelling and containment still may).
   */
  readonly tabular?: true;
  /**
   * A person the phrase says was harmed: a verb of harm in the passive or as a participle ("the girl who was shot",
   * "Woman killed", "the boy who died", "two wounded men"), not in the active ("the man who shot her"). Such a
   * person is what another writer calls the victim.
   */
  readonly harmed?: true;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const PARTS = new Map([
  ['morning', 'morning'],
  ['afternoon', 'afternoon'],
  ['evening', 'evening'],
  ['night', 'night'],
  ['overnight', 'night'],
  ['tonight', 'night'],
]);
/** The orders a number after a noun gives ("Vehicle 2" is the second), as ORDINALS writes them. */
const NUMBERED: readonly (string | undefined)[] = [undefined, 'first', 'second', 'third', 'fourth', 'fifth', 'sixth'];
/**
 * A label that counts, one spelling for digits and words ("2" and "two" are "2"; "several" stays itself); undefined
 * for an order or an age ("second", "other", "24 year").
 */
export function countOf(label: string): string | undefined {
  if (/^\d+$/.test(label)) return String(Number(label));
  const n = NUMBER_WORDS.indexOf(label);
  return n >= 0 ? String(n) : CARDINALS.has(label) ? label : undefined;
}
const NUMBER_WORDS: readonly string[] = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/**
 * English irregular past participles that are also nouns ("baby shot in the
 * neck"): after a noun they start a reduced relative clause, as "killed" does.
 */
const IRREGULAR_PARTICIPLES = new Set(['shot', 'hit', 'hurt', 'struck', 'found', 'held', 'left', 'cut', 'set', 'caught', 'brought', 'felt', 'kept', 'run', 'thrown', 'beaten', 'bitten', 'stuck']);
const RELATIVE_DAYS = new Map([
  ['yesterday', -1],
  ['today', 0],
  ['tonight', 0],
]);

/** Weekday of an epoch day: 0 = Sunday. */
const weekday = (day: number) => (((day + 4) % 7) + 7) % 7;
const yearOf = (day: number) => new Date(day * 86_400_000).getUTCFullYear();

/** What each time word is: a month, a weekday, a relative day, a part of the day, or a relative year word. */
const TIME_WORDS: ReadonlyMap<string, 'month' | 'weekday' | 'relative' | 'part' | 'year'> = new Map([
  ...MONTHS.filter((m) => m !== 'may').map((m) => [m, 'month'] as const),
  ...WEEKDAYS.map((d) => [d, 'weekday'] as const),
  ...[...RELATIVE_DAYS.keys()].map((d) => [d, 'relative'] as const),
  ...[...PARTS.keys()].filter((p) => !RELATIVE_DAYS.has(p)).map((p) => [p, 'part'] as const),
  ...['last', 'this', 'next'].map((w) => [w, 'year'] as const),
]);

function anchorOf(tokens: readonly Token[], published: number | undefined): { anchor: Anchor; used: Set<number> } {
  const years: number[] = [];
  const days: number[] = [];
  const parts: string[] = [];
  const used = new Set<number>();
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k]!.word;
    const c = w.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      if (w.length === 4 && /^(1[89]|20)\d\d$/.test(w)) {
        years.push(Number(w));
        used.add(k);
      }
      continue;
    }
    const kind = TIME_WORDS.get(w);
    if (kind === undefined) continue;
    const next = tokens[k + 1]?.word;
    if (kind === 'year') {
      if (next !== 'year') continue;
      used.add(k).add(k + 1);
      if (published !== undefined) years.push(yearOf(published) + (w === 'last' ? -1 : w === 'next' ? 1 : 0));
    } else if (kind === 'relative') {
      used.add(k);
      if (published !== undefined) days.push(published + RELATIVE_DAYS.get(w)!);
      if (PARTS.has(w)) parts.push(PARTS.get(w)!);
    } else if (kind === 'weekday') {
      used.add(k);
      if (published !== undefined) {
        // The weekday on or before the publication day: a subject names something that happened.
        const back = (weekday(published) - WEEKDAYS.indexOf(w) + 7) % 7;
        days.push(published - back);
      }
    } else if (kind === 'month') {
      used.add(k);
      const d = next !== undefined && /^\d{1,2}$/.test(next) ? Number(next) : undefined;
      if (d !== undefined) used.add(k + 1);
      if (d !== undefined && published !== undefined) days.push(Math.floor(Date.UTC(yearOf(published), MONTHS.indexOf(w), d) / 86_400_000));
    } else {
      used.add(k);
      parts.push(PARTS.get(w)!);
    }
  }
  return { anchor: { years, days, parts }, used };
}

/** Words after any leading titles, joined ("sgt sylvia young" → "sylvia young"). */
export function withoutTitles(tokens: readonly { readonly word: string }[]): string {
  let start = 0;
  while (start < tokens.length - 1 && TITLES.has(tokens[start]!.word.replace(/\.$/, ''))) start++;
  return tokens
    .slice(start)
    .map((t) => t.word.replace(/\.$/, ''))
    .join(' ');
}

/**
 * Reads a subject phrase: its head noun (the last noun before a clause or a
 * prepositional phrase: "girl who was shot" → girl, "epicenter of the quake"
 * → epicenter, "Woman killed" → woman), its other content words, a proper
 * name, time anchors resolved against `published` (an epoch day) and labels.
 * `caseless`: the input has no capitals, so a phrase with words the lexicon
 * does not know is read as a name. (The link stage reads each mention once.)
 */
export function readMention(text: string, published: number | undefined, caseless = false, roles?: RoleWords, titleCase = false): Mention {
  return analyse(text, published, caseless, roles, titleCase);
}

/**
 * What tells a Title Case role note ("Victim Lindsay") from a full name ("Hunter Lindsay"): the role words the
 * input also writes in lower case, and the words of the full names it gives (the note's name must be among them).
 */
export interface RoleWords {
  readonly lowered: ReadonlySet<string>;
  readonly nameWords: ReadonlySet<string>;
  /** Full names the input writes with capitals, folded, titles dropped ("sara salih"): read in lower case, a name. */
  readonly names?: ReadonlySet<string>;
  /** Nouns the input writes in lower case in some subject or attribute name ("the shooting", "victim_age"): common words here. */
  readonly lowerNouns?: ReadonlySet<string>;
}

/**
 * A last word that may be a surname in lower case: three letters or more, no noun or verb of the lexicon, no street's
 * or state's word ("franklin_st", "austin_tx", "dayton_ohio" are places).
 */
function surnameLike(word: string): boolean {
  if (word.length < 3 || STREET_WORDS.has(word) || KNOWN_REGIONS.has(word)) return false;
  const r = readWord(word);
  return r.noun === undefined && r.verb === undefined;
}

function analyse(text: string, published: number | undefined, caseless: boolean, roles?: RoleWords, titleCase = false): Mention {
  const tokens = tokenize(text);
  const { anchor, used } = anchorOf(tokens, published);
  const labels: string[] = [];
  // A number a writer gave a person in its own text ("victim_2") tells nothing across texts.
  const local = isLocalLabel(text);
  for (const t of tokens) {
    if (used.has(t.index)) continue;
    if (local && /^\d+$/.test(t.word)) continue;
    if (ORDINALS.has(t.word)) labels.push(t.word === 'another' ? 'other' : t.word);
    else if (CARDINALS.has(t.word)) labels.push(t.word);
    else if (/\d/.test(t.word)) {
      // "26-year-old", "victim 2", "24": a number tells one of several apart. After the noun, at the end, a number
      // orders ("Suspect Vehicle 2" is the second suspect vehicle); before it, it counts ("2 victims").
      const age = /^(\d+)-(year|month|week|day)s?-old$/.exec(t.word);
      // Only right after the mention's own noun, with no preposition before it: "the victim in Room 2" is no
      // second victim, "the crash on Highway 2" no second crash.
      const ordinal =
        /^\d+$/.test(t.word) && t.index === tokens.length - 1 && t.index > 0 && readWord(tokens[t.index - 1]!.word).noun !== undefined && !tokens.some((x) => CLAUSE_STARTS.has(x.word))
          ? NUMBERED[Number(t.word)]
          : undefined;
      // "2nd" is "second", as written out — not a street's number ("the 2nd Street shooting").
      const suffixed = STREET_WORDS.has(tokens[t.index + 1]?.word ?? '') ? null : /^(\d+)(?:st|nd|rd|th)$/.exec(t.word);
      const spelled = suffixed === null ? undefined : NUMBERED[Number(suffixed[1])];
      labels.push(age !== null ? `${age[1]} ${age[2]}` : (ordinal ?? spelled ?? t.word));
    }
  }
  const alphabetic = tokens.filter((t) => /^\p{L}/u.test(t.word) && !FUNCTION_WORDS.has(t.word));
  // English's "the wounded", "the injured", "the dead" (and a note's "Wounded", "Injured"): a participle or an
  // adjective of harm alone names the people harmed, a plural of what another writer calls the victims.
  const only = alphabetic.length === 1 ? alphabetic[0]!.word : '';
  if (labels.length === 0 && anchor.years.length === 0 && anchor.days.length === 0 && harmAdjective(only)) {
    return { head: 'victim', plural: true, modifiers: [lemmaOf(only)], name: undefined, appositive: [], anchor, labels, proper: [] };
  }
  const proper = alphabetic.filter((t) => !used.has(t.index) && readWord(t.word).noun === undefined && readWord(t.word).verb === undefined).map((t) => t.word);
  // A proper name: every word capitalised, and either several words or one the lexicon does not know.
  const capitalised = alphabetic.length > 0 && alphabetic.every((t) => t.capital);
  // In input without capitals ("san josé, costa rica"), words the lexicon does not know are what tells a name.
  // A comma or parenthesis qualifies a proper name ("Springfield, Illinois", "Leeuwarden (city)").
  const qualified = /[,(]/.test(text);
  // Title Case is not a name when every word is a common word and the phrase names a role in the story: people
  // counted or ordered ("Second Victim", "Two Victims", "Other Victims"), people in the plural ("Party Crashers"),
  // or a happening counted or ordered ("Second Shooting"). Plural things, places and groups stay names ("Black
  // Panthers", "Blue Mountains", "Three Rivers", "First Avenue"): colour and number tell those apart, not roles.
  const titled = capitalised && !caseless && !qualified && alphabetic.length > 1 && proper.every((w) => ORDINALS.has(w) || CARDINALS.has(w)) && namesRole(alphabetic);
  // "Victim Lindsay", "Suspect Jones": a Title Case note that opens with a word for a person's role, which the same
  // input also writes in lower case ("the victim", "victim_age"), followed by a name, is that role and the name —
  // read as "victim Lindsay" would be. (A given name that is also a noun, "John", is not written in lower case.)
  // Common words after the name are Title Case too: "Victim Lindsay's Mother" is the mother, "Suspect Okafor
  // Arraignment" the arraignment (read as "victim Lindsay's mother").
  if (roles !== undefined && capitalised && !caseless && !qualified && alphabetic.length > 1 && tokens[0] === alphabetic[0] && opensWithRole(alphabetic, roles)) {
    let last = alphabetic.length - 1;
    while (last > 0 && isCommon(alphabetic[last]!)) last--;
    const lower = new Set([alphabetic[0]!.index, ...alphabetic.slice(last + 1).map((t) => t.index)]);
    return analyse(lowerTokens(text, lower), published, caseless);
  }
  // A source that writes every note in Title Case ("Trial Date", "Other Charges": attribute names are never proper
  // names) tells nothing by its capitals: its "Club Shooting", "Sayre Victim" are common phrases, read as in lower
  // case, when the input writes their last word in lower case elsewhere ("the shooting", "victim_age", "was killed"):
  // that word is a common word here. A phrase that opens with a given name ("James Smith") stays a name, as does one whose last
  // word the input never writes in lower case ("Naynay Porter", "Korryn Gaines"), and so does a longer one or a
  // possessive ("Orange County Sheriff's Office": an office named by its county and its role) — unless every word,
  // the owner's too, is one the input writes in lower case ("Mother's Boyfriend", "Shooter's Home": "suspect_mother",
  // "the boyfriend", "the shooter"), a role and what is the role's.
  if (titleCase && capitalised && !caseless && !qualified && alphabetic.length > 1 && alphabetic.length <= 3 && sexOfGivenName(alphabetic[0]!.word) === undefined) {
    const last = alphabetic.at(-1)!;
    const lower = roles?.lowerNouns;
    const lowered = (t: (typeof alphabetic)[number]) => lower !== undefined && isCommon(t) && (lower.has(t.word) || lower.has(readWord(t.word).noun ?? t.word));
    const possessive = /['’]s\b/u.test(text);
    if (lowered(last) && (!possessive || alphabetic.every(lowered))) return analyse(text.toLowerCase(), published, caseless, roles);
  }
  // A name the input writes with capitals elsewhere, written here in lower case ("sara salih", "sgt. sylvia young").
  // So is a person's name in a key's lower case ("anthony_estevez", "maria_de_la_cruz"): two to four words, the first
  // a given name the name list knows, the last a surname (see surnameLike) — what "Anthony Estevez" is, though no
  // source writes the capitals (held-out batch 54: such names had no reading and met no one).
  const lowerName =
    !capitalised &&
    !caseless &&
    !qualified &&
    ((roles?.names !== undefined && alphabetic.length >= 2 && alphabetic.length <= 6 && roles.names.has(withoutTitles(alphabetic))) ||
      (alphabetic.length >= 2 && alphabetic.length <= 4 && alphabetic.length === tokens.length && alphabetic.every((t) => !t.capital) && sexOfGivenName(alphabetic[0]!.word) !== undefined && surnameLike(alphabetic.at(-1)!.word)));
  const isName = lowerName || (!titled && (((caseless || qualified) && (proper.length > 0 || qualified)) || (capitalised && (alphabetic.length > 1 || !isNoun(readWord(alphabetic[0]!.word).noun ?? alphabetic[0]!.word)) && !used.has(alphabetic[0]!.index))));
  if (isName && (caseless || alphabetic.every((t) => !used.has(t.index)))) {
    let name = alphabetic.filter((t) => !used.has(t.index)).map((t) => t.word);
    // Its title is no part of the name the input writes with capitals ("officer sylvia young" is "Sylvia Young").
    if (lowerName) name = withoutTitles(alphabetic).split(' ');
    const base: Mention = { head: undefined, plural: false, modifiers: [], name, appositive: [], anchor, labels, proper };
    return caseless || qualified ? { ...base, tabular: true } : base;
  }
  // The first chunk: up to a clause or preposition, or a participle after a noun ("Girl killed").
  let end = tokens.length;
  let sawNoun = false;
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k]!.word;
    if (k > 0 && CLAUSE_STARTS.has(w)) {
      end = k;
      break;
    }
    const r = readWord(w);
    // After a noun, a participle starts a reduced relative clause: "Girl killed", "baby shot in the neck",
    // "man running from Mermaid to Neptune" (an -ing word only when a clause follows it).
    const participle =
      (r.noun === undefined && r.verb !== undefined && /(ed|en)$/.test(w)) ||
      IRREGULAR_PARTICIPLES.has(w) ||
      (r.verb !== undefined && w.endsWith('ing') && CLAUSE_STARTS.has(tokens[k + 1]?.word ?? ''));
    if (sawNoun && participle) {
      end = k;
      break;
    }
    if (r.noun !== undefined && !FUNCTION_WORDS.has(w) && !CARDINALS.has(w) && !used.has(k)) sawNoun = true;
  }
  let head: Token | undefined;
  const appositive: string[] = [];
  // A role and a person's name written without capitals, as keys are ("victim_maria_lopez", "suspect_dale_okafor"):
  // a given name the name list knows right after a noun for a person, then a surname (see surnameLike),
  // is a name in apposition ("victim Maria Lopez"), not a head ("maria", the moon's seas).
  const named = nameInLowerCase(tokens, end);
  if (named !== undefined) {
    for (let k = named; k < end; k++) appositive.push(tokens[k]!.word);
    end = named;
  }
  for (let k = end - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (used.has(k) || FUNCTION_WORDS.has(t.word) || ORDINALS.has(t.word) || CARDINALS.has(t.word) || !/^\p{L}/u.test(t.word)) continue;
    const noun = readWord(t.word).noun ?? readWord(lastPart(t.word)).noun;
    // A capitalised word after the head is a name given in apposition ("wife Brenda").
    // (A word, not a number: "25-Year-Old Victim" is a victim, as "the 25-year-old victim" is.)
    if (t.capital && k > 0 && (noun === undefined || head === undefined) && tokens.slice(0, k).some((x) => !x.capital && !FUNCTION_WORDS.has(x.word) && /^\p{L}/u.test(x.word))) {
      appositive.unshift(t.word);
      continue;
    }
    if (noun !== undefined) {
      head = t;
      break;
    }
  }
  // A compound the lexicon writes as one word, told as two ("fender bender": fender-bender, a kind of accident;
  // "gun fight": gunfight): the two words are its head, not a modifier and a head of their own ("bender").
  const joinedWith = head === undefined ? undefined : compoundBefore(tokens, head.index, used);
  const headReading = head === undefined ? undefined : joinedWith !== undefined ? joinedWith.reading : readWord(head.word).noun !== undefined ? readWord(head.word) : readWord(lastPart(head.word));
  const modifiers: string[] = [];
  for (const t of alphabetic) {
    if (t === head || t.index === joinedWith?.index || used.has(t.index) || ORDINALS.has(t.word) || CARDINALS.has(t.word) || appositive.includes(t.word)) continue;
    const l = lemmaOf(t.word);
    if (!modifiers.includes(l)) modifiers.push(l);
  }
  const plural = headReading !== undefined && (headReading.plural || /men$/.test(head!.word)) && !/(ss|us|is)$/.test(head!.word);
  const harmedPerson = head !== undefined && headReading?.noun !== undefined && harmed(tokens, head.index, headReading.noun);
  const before = head === undefined ? undefined : tokens[head.index - 1];
  const classifier = before === undefined || before.capital || used.has(before.index) ? undefined : classifierOf(before.word);
  return {
    head: headReading?.noun,
    plural,
    modifiers,
    name: undefined,
    appositive,
    anchor,
    labels,
    proper,
    ...(classifier === undefined ? {} : { classifier }),
    ...(harmedPerson ? { harmed: true as const } : {}),
  };
}

/** Where a name written in lower case after a noun for a person begins (see `analyse`), if there is one. */
function nameInLowerCase(tokens: readonly Token[], end: number): number | undefined {
  if (end < 3 || tokens.slice(0, end).some((t) => t.capital)) return undefined;
  for (let g = 1; g < end - 1; g++) {
    const role = readWord(tokens[g - 1]!.word).noun;
    if (role === undefined || !classesOf(role).includes(LEXFILE.person) || sexOfGivenName(tokens[g]!.word) === undefined) continue;
    const rest = tokens.slice(g, end);
    if (rest.some((t) => !/^\p{L}+$/u.test(t.word) || FUNCTION_WORDS.has(t.word)) || !surnameLike(rest[rest.length - 1]!.word)) return undefined;
    return g;
  }
  return undefined;
}

/** The word before the head, when the two make a noun the lexicon writes hyphenated or closed ("fender-bender", "gunfight"). */
function compoundBefore(tokens: readonly Token[], at: number, used: ReadonlySet<number>): { index: number; reading: ReturnType<typeof readWord> } | undefined {
  const before = tokens[at - 1];
  const head = tokens[at]!;
  if (before === undefined || used.has(before.index) || before.capital !== head.capital || FUNCTION_WORDS.has(before.word) || !/^\p{Ll}+$/u.test(before.word) || !/^\p{Ll}+$/u.test(head.word)) return undefined;
  for (const joined of [`${before.word}-${head.word}`, `${before.word}${head.word}`]) {
    const r = readWord(joined);
    if (r.noun !== undefined) return { index: before.index, reading: r };
  }
  return undefined;
}

/**
 * Verbs of bodily harm, by their base form (English's closed class of them as news tells a shooting, a stabbing
 * or a crash), and "dead": what makes a person a victim when the phrase says it was done to them.
 */
const HARM = new Set(['kill', 'shoot', 'wound', 'injure', 'hurt', 'die', 'hit', 'strike', 'stab', 'murder', 'slay', 'graze', 'dead']);
/** The nouns that already say a person was harmed: a harmed person is one of them. */
export const VICTIM_NOUNS: ReadonlySet<string> = new Set(['victim', 'casualty']);
/**
 * The nouns news uses for the person who did the harm, one role whatever the word: the "shooter" of one writer is
 * the "gunman" or "attacker" of another. Not "suspect": a suspect may be the getaway driver, or in a police
 * shooting the man the officer (the "shooter") shot.
 */
export const PERPETRATOR_NOUNS: ReadonlySet<string> = new Set(['shooter', 'gunman', 'attacker', 'assailant', 'killer', 'perpetrator', 'offender', 'murderer', 'culprit']);

const baseOf = (word: string): string => readWord(word).verb ?? irregularBases(word)[0] ?? word;
/** A participle or an adjective of harm ("injured", "shot", "slain", "dead"), not a bare verb ("shoot"). */
const participle = (word: string): boolean => HARM.has(baseOf(word)) && (word === 'dead' || /(?:ed|en)$/.test(word) || IRREGULAR_PARTICIPLES.has(word) || irregularBases(word).length > 0);

/** A participle of harm that stands as an adjective ("injured", "wounded", "slain", "dead"), not one that is also a thing ("shot", "hit"). */
const harmAdjective = (word: string): boolean => (/(?:ed|en)$/.test(word) || word === 'dead' || word === 'slain') && participle(word);

/** Adverbs that undo a harm: "nearly killed", "almost hit". */
const UNDONE = new Set(['nearly', 'almost', 'not', 'never']);
/** Auxiliaries after "who"/"that" that open the head's own passive: "who was shot", "that had been hit". */
const AUX = new Set(['was', 'were', 'is', 'are', 'got', 'gets']);
/** Auxiliaries of the perfect, a passive only with "been": "who had been shot", not "who had shot". */
const PERFECT = new Set(['had', 'has', 'have']);

/**
 * Whether a person-headed phrase says the person was harmed, in the head's own words only: a participle of harm
 * right before it, adjectives between ("the injured girl", "two wounded men", "the dead man"; not "the dead woman's
 * boyfriend", nor "hit man"), right after it ("Woman killed", "the man fatally shot"), or the relative clause that
 * follows it ("who was shot", "who had been stabbed", "who died"; not "who shot the man who was killed", "shot at",
 * "nearly killed").
 */
function harmed(tokens: readonly Token[], headIndex: number, head: string): boolean {
  if (VICTIM_NOUNS.has(head) || !classesOf(head).includes(LEXFILE.person)) return false;
  const at = (k: number) => tokens[k]?.word;
  // Before the head: an -ed or -en participle or "dead", and nothing but adjectives and adverbs between.
  for (let k = headIndex - 1; k >= 0; k--) {
    const w = at(k)!;
    if (harmAdjective(w)) return !UNDONE.has(at(k - 1) ?? '');
    // A person between is the one harmed ("the dead woman's boyfriend"); a thing or a group classifies the head
    // ("the slain police officer", "the injured bus driver").
    const noun = readWord(w).noun;
    if (noun !== undefined && !w.endsWith('ly') && classesOf(noun).includes(LEXFILE.person)) break;
  }
  // After the head: its own participle, or its own relative clause.
  let k = headIndex + 1;
  const adverbs = () => {
    while (at(k)?.endsWith('ly') === true) k++;
  };
  adverbs();
  const passive = () => participle(at(k) ?? '') && at(k + 1) !== 'at' && !UNDONE.has(at(k - 1) ?? '');
  if (passive()) return true;
  if (at(k) !== 'who' && at(k) !== 'that') return false;
  k++;
  if (baseOf(at(k) ?? '') === 'die') return true;
  if (PERFECT.has(at(k) ?? '')) {
    if (at(k + 1) !== 'been') return false;
    k += 2;
  } else if (AUX.has(at(k) ?? '')) {
    k++;
    if (at(k) === 'been' || at(k) === 'being') k++;
  } else return false;
  adverbs();
  return passive();
}

/** The first word names a person's role the input also writes in lower case, and a word after it is no common word. */
function opensWithRole(alphabetic: readonly Token[], roles: RoleWords): boolean {
  const role = readWord(alphabetic[0]!.word).noun;
  if (role === undefined || !roles.lowered.has(role) || !classesOf(role).includes(LEXFILE.person)) return false;
  // The name after the role is part of a name the input gives in full ("Victim Edgar Sanchez" / "Edgar Sanchez
  // Rios"): else "Hunter Lindsay" (a boy named Hunter, in a story with "the hunter who fired") is a full name.
  const name = alphabetic.slice(1).filter((t) => !isCommon(t) && !NAME_SUFFIXES.has(t.word));
  return name.length > 0 && name.every((t) => roles.nameWords.has(t.word));
}

/** A word the lexicon knows as a noun or a verb, and not a name's suffix ("Jr."). */
const isCommon = (t: Token): boolean => !NAME_SUFFIXES.has(t.word) && (readWord(t.word).noun !== undefined || readWord(t.word).verb !== undefined);

/** A phrase of common words in Title Case that names people counted, ordered or plural, or a happening counted or ordered. */
function namesRole(alphabetic: readonly Token[]): boolean {
  const last = readWord(alphabetic.at(-1)!.word);
  const classes = last.noun === undefined ? [] : classesOf(last.noun);
  const counted = ORDINALS.has(alphabetic[0]!.word) || CARDINALS.has(alphabetic[0]!.word);
  if (classes.includes(LEXFILE.person)) return counted || last.plural;
  return counted && (classes.includes(LEXFILE.act) || classes.includes(LEXFILE.event));
}

/** A noun that can classify the head after it: a common noun, not a participle or a number word. */
function classifierOf(word: string): string | undefined {
  if (FUNCTION_WORDS.has(word) || ORDINALS.has(word) || CARDINALS.has(word) || !/^\p{L}+$/u.test(word)) return undefined;
  const r = readWord(word);
  if (r.noun === undefined || r.plural) return undefined;
  if (r.verb !== undefined && /(?:ed|en|ing)$/.test(word)) return undefined;
  return r.noun;
}

/** "murder-suicide" → "suicide": a hyphenated compound is known by its last part. */
function lastPart(word: string): string {
  const dash = word.lastIndexOf('-');
  return dash < 0 ? word : word.slice(dash + 1);
}
