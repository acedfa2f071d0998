import { classesOf, derivedNouns, irregularBases, isKindOf, LEXFILE, personNoun, readWord } from '../../lexicon/lexicon';
import { FUNCTION_WORDS, lemmaOf, lemmasOf, REPORT_VERBS, tokenize } from './words';

/** What an attribute asks for, read from its wh-word or measure noun. */
export type Measure = 'location' | 'when' | 'duration' | 'count' | 'age' | 'name' | 'reason' | 'manner';

/** What an attribute name says. */
export interface AttributeReading {
  readonly measure: Measure | undefined;
  /**
   * A second measure a compound name asks for ("name and age", "when and where"): the claim gives both in one
   * value ("19-year-old Oslushla Smith"), and the kind its values read as says which it meets another name on.
   */
  readonly also: Measure | undefined;
  /** Lemmas of its content words (a noun's, else a verb's), measure words left out. */
  readonly lemmas: readonly string[];
  /** Nouns derived from its verbs, agent nouns left out ("died" → death; not "killed" → killer). */
  readonly related: readonly string[];
  /** Lemmas after a restricting preposition: "deaths in Aceh province" → {aceh, province}; "death toll" → {}; "other" for "Others Killed". */
  readonly qualifier: readonly string[];
  /**
   * What a count counts, when its name says it by a noun: the head of the nouns right after the count word, or right
   * before one that ends the name ("how many suspect vehicles were described" → vehicle, "num_suspects_identified"
   * → suspect, "victims_count" → victim); undefined for "how many were injured", "killed_count".
   */
  readonly counted?: string;
  /**
   * Asks of someone other than the subject: "who" with a verb and a third person's pronoun standing for the subject
   * ("who he spoke to", "who she called", "who shot him"), not "who he is". Such a name never asks the subject's own
   * name.
   */
  readonly another?: true;
  /**
   * Of those, one who did something to the subject: a name ending in "by" ("Transported By", "Shot By") or "who" right
   * before its verb ("who shot him"); not one the subject did something to ("who he spoke to").
   */
  readonly agent?: true;
}

/** Prepositions that restrict what an attribute counts or locates ("deaths in Aceh", "distance from Bireun"); "of" names what is measured. */
const QUALIFYING = new Set(['in', 'across', 'from', 'at', 'near', 'within', 'during', 'since', 'outside', 'inside', 'after', 'before', 'on', 'off', 'among']);

// Question words and the measure they ask for ("how long" and "how many" are read before "how").
const WH: ReadonlyArray<readonly [string, Measure]> = [
  ['where', 'location'],
  ['when', 'when'],
  ['why', 'reason'],
  ['who', 'name'],
];
const HOW: ReadonlyMap<string, Measure> = new Map([
  ['long', 'duration'],
  ['many', 'count'],
  ['much', 'count'],
  ['old', 'age'],
]);
/** Nouns that name a measure rather than a topic ("location of the wound", "number of countries"). */
export const MEASURE_NOUNS: ReadonlyMap<string, Measure> = new Map([
  ['location', 'location'],
  ['place', 'location'],
  ['address', 'location'],
  ['site', 'location'],
  ['spot', 'location'],
  ['time', 'when'],
  ['date', 'when'],
  ['day', 'when'],
  ['hour', 'when'],
  ['duration', 'duration'],
  ['length', 'duration'],
  ['number', 'count'],
  ['count', 'count'],
  ['num', 'count'],
  ['total', 'count'],
  ['toll', 'count'],
  ['age', 'age'],
  ['name', 'name'],
  ['cause', 'reason'],
  ['reason', 'reason'],
  ['motive', 'reason'],
]);

/**
 * Words that count or name what is left beside something else ("Others Killed" is not "killed_count",
 * "additional injuries" not "injuries"): a restriction, like a qualifying preposition.
 */
const BESIDES = new Set(['other', 'others', 'another', 'additional', 'further', 'remaining', 'extra']);
/** Words that date what an attribute counts or names to a first report ("initial_reported_wounded": 5, later 4): a restriction. */
const EARLIER = new Set(['initial', 'initially', 'original', 'originally', 'preliminary', 'earlier']);
/**
 * Words that put a place or a time an attribute asks before the story's ("Prior Location", "previous_address",
 * "prior_incident_date"): where one was before is not where one was found or arrested (batch 77: "Prior Location:
 * Possibly Nightclub Or Bar" / "arrest_location"). A restriction, for places and times only: a "prior criminal
 * record" is the record.
 */
const BEFORE = new Set(['prior', 'previous', 'previously', 'former', 'formerly']);
/**
 * Words that put what a name asks in a plan, not in fact ("planned_school", "intended target"). Not a time, nor a
 * happening, which a story tells before it comes whether it says so or not ("Scheduled Court Date" / "court date",
 * "scheduled sentencing", "funeral planned for": a cold review): there the word is dropped (see readAttribute).
 */
const PLANNED = new Set(['planned', 'intended', 'scheduled', 'expected', 'proposed', 'anticipated', 'prospective', 'future', 'projected', 'tentative', 'slated', 'upcoming']);

/**
 * English's third-person singular pronouns, which in a name stand for its subject ("who he spoke to"); "they" in news
 * is most often the authorities ("who they arrested" is the suspect's own name).
 */
const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her']);
/** Verbs that name or identify: "who police identified him as" asks the subject's own name. */
const NAMING = new Set(['identify', 'name']);
/** Forms of "be": "who he is" asks who the subject is. */
const COPULA: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);

/** The qualifier of a name asking where that ends in "from" (see {@link readAttribute}): never a word of a name. */
export const STRANDED_FROM = 'from ';
/** The qualifier of a noun held at a time, "when" and a clause ("condition when found"): never a word of a name. */
export const AT_A_TIME = 'when ';

/** "No." or "Nº" for "number" (a word of its own, with its period), and "#". */
const NUMBER_SIGN = /\b(?:no\.|n[º°])(?=\s|\d|$)|#/gi;

const cache = new Map<string, AttributeReading>();

/** A remark in brackets at any place in a name ("Street (Video Caption)", "Hospital (Police)"). */
const REMARK = /\s*\(([^()]{1,60})\)/g;
/** Words that make a remark a restriction of what is asked, not who told it ("not counting the gunman", "including"). */
const RESTRICTING = /\b(?:not|no|including|includes|excluding|except|counting|only|plus|total|confirmed|estimated)\b/i;

/**
 * Whether a remark in brackets says who told the value or where it was written, not what is asked: a teller's cue
 * ("per …", "according to …") or a noun for a medium a value is read from ("Video Caption", "police report", "her
 * account", "Court Records"). Not a whose or a which — people, groups, places, currencies, adjectives ("Driver",
 * "Civilians", "Gaza", "USD", "Daily") —, not another value of the same thing ("Estimate", "Forecast", "Draft",
 * "World Record", "Demand", "Update": WordNet files those with reports as communication, so the media are named
 * below), nor a restriction ("not counting the gunman"), a time ("initial report", "8:10 am"), or a writing dated by
 * an event ("Sentencing Caption", "Arrest Report": the value as of that event).
 */
export function attributes(remark: string): boolean {
  const text = remark.trim();
  if (/\d/.test(text) || RESTRICTING.test(text)) return false;
  if (/^(?:per|according to|as told by|as reported by|says|said)\s/i.test(text)) return true;
  const words = text
    .toLowerCase()
    .split(/[^\p{L}'’.-]+/u)
    .filter((w) => w !== '');
  if (words.length === 0 || words.length > 4) return false;
  if (words.some((w) => EARLIER.has(w) || BESIDES.has(w))) return false;
  const last = words[words.length - 1]!;
  // "records" in the plural only: "(World Record)" is another value, "(Court Records)" where it was read.
  if (!MEDIA.has(last) && (last === 'record' || !MEDIA.has(readWord(last).noun ?? last))) return false;
  // A word before it for an act or an event, or a verb's form, dates the writing ("Sentencing Caption", "Arrest Report").
  return words.slice(0, -1).every((w) => {
    const r = readWord(w);
    if (r.noun === undefined) return r.verb === undefined && irregularBases(w).length === 0;
    const main = classesOf(r.noun)[0];
    return main !== LEXFILE.act && main !== LEXFILE.event;
  });
}

/**
 * The media a value is read from in a news story (English's closed class of them as reporters cite them): what a
 * remark in brackets names when it says where, not which.
 */
const MEDIA: ReadonlySet<string> = new Set([
  'caption', 'video', 'photo', 'footage', 'report', 'statement', 'account', 'transcript', 'affidavit', 'records',
  'interview', 'tweet', 'post', 'headline', 'obituary', 'complaint', 'document', 'filing', 'testimony',
  'announcement', 'bulletin', 'website', 'broadcast', 'article', 'story', 'log', 'recording',
]);

/** An attribute name without the remarks in brackets that only say who told the value ("Street (Video Caption)" → "Street"). */
export function withoutAttribution(text: string): string {
  if (!text.includes('(')) return text;
  return text.replace(REMARK, (m, inner: string) => (attributes(inner) ? '' : m)).trim() || text;
}

/**
 * Whether "by" before this word names who did it ("killed_by_shooter", "shot by police": a count of some of the
 * killed, a restriction), not how ("injured by gunfire"): a noun for people in some sense.
 */
function byAgent(word: string | undefined): boolean {
  const noun = word === undefined ? undefined : readWord(word).noun;
  if (noun === undefined) return false;
  return classesOf(noun).some((c) => c === LEXFILE.person || c === LEXFILE.group);
}

const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Whether a word names a place one dwells: a noun below "address" in WordNet's hierarchy, not "address" itself. */
function dwelling(word: string): boolean {
  const noun = readWord(word).noun;
  return noun !== undefined && noun !== 'address' && isKindOf(noun, 'address');
}

/** A noun, not a form of a verb that ends a noun phrase ("identified", "killed", "were"). */
function plainNoun(word: string): string | undefined {
  if (FUNCTION_WORDS.has(word) || /^\d/.test(word)) return undefined;
  const r = readWord(word);
  if (r.noun === undefined || (r.verb !== undefined && /(?:ed|en|ing)$/.test(word))) return undefined;
  return r.noun;
}

/**
 * The head of the nouns right after the count word at `at` (past "of", "the"), else of those right before it at the
 * end. After a first noun, a word that is also a verb's form ends the run ("people shot", "bystanders hit").
 */
function countedNoun(words: readonly string[], at: number): string | undefined {
  let k = at + 1;
  while (k < words.length && (words[k] === 'of' || words[k] === 'the')) k++;
  let head: string | undefined;
  for (; k < words.length; k++) {
    const noun = plainNoun(words[k]!);
    if (noun === undefined || (head !== undefined && (readWord(words[k]!).verb !== undefined || irregularBases(words[k]!).length > 0))) break;
    head = noun;
  }
  if (head !== undefined || at + 1 < words.length) return head;
  return at > 0 ? plainNoun(words[at - 1]!) : undefined;
}

/** A word for something that happens: a noun with a sense of an act or an event ("trial", "funeral", "flight"), or a verb's -ing form the lexicon has no noun for ("sentencing"). */
function happening(lemma: string): boolean {
  const r = readWord(lemma);
  if (r.noun === undefined) return r.verb !== undefined && lemma.endsWith('ing');
  return classesOf(r.noun).some((c) => c === LEXFILE.act || c === LEXFILE.event);
}

/**
 * Whether "when" between these two words qualifies a noun by a time: the word before is a noun and no form of another
 * verb ("condition", "status"; not "arrested", "died", "clothing"), and a word follows that is not another question,
 * a conjunction or a measure ("when found"; not "when and where", "when (time)").
 */
function timeOfNoun(before: string | undefined, after: string | undefined): boolean {
  if (before === undefined || after === undefined) return false;
  if (after === 'and' || after === 'or' || WH.some(([x]) => x === after) || MEASURE_NOUNS.has(after) || MEASURE_NOUNS.has(after.replace(/s$/, ''))) return false;
  const r = readWord(before);
  return r.noun !== undefined && (r.verb === undefined || r.verb === before);
}

/**
 * Reads an attribute name: "where she was wounded" → location, {wound};
 * "wound_location" → location, {wound}; "how long it was felt" → duration,
 * {feel}; "Died at" → {die, death}. Reporting verbs carry no meaning.
 */
export function readAttribute(text: string): AttributeReading {
  let r = cache.get(text);
  if (r !== undefined) return r;
  // "Name & Age", "name/age": two measures joined as by "and". "No." and "#" abbreviate "number" ("Theater No.",
  // "Victim #"): without the period "no" is a function word, and the name would ask for nothing.
  const tokens = tokenize(
    withoutAttribution(text)
      .replace(NUMBER_SIGN, ' number ')
      .replace(/_/g, ' ')
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/[&/]/g, ' and '),
  );
  let measure: Measure | undefined;
  let also: Measure | undefined;
  // Whether an "and" has come since the first measure: only a measure joined so is a second one ("name and age";
  // not "number of deaths by age").
  let joined = false;
  const ask = (m: Measure) => {
    if (measure === undefined) measure = m;
    else if (joined && m !== measure) also ??= m;
  };
  const lemmas = new Set<string>();
  const related = new Set<string>();
  const qualifier = new Set<string>();
  let qualifying = false;
  // Where the first count word stands: after it, or before it at the end of the name, is what is counted.
  let countAt = -1;
  let byWhom = false;
  // "from" last outside any remark in brackets ("hometown (where he is from)" ends with its remark).
  const endsWithFrom = /(?:^|[^\p{L}])from$/iu.test(text.replace(REMARK, ' ').trim());
  let whereFrom = false;
  let complement = false;
  // The words that put what is asked before the story's time, kept as words unless a place or a time is asked.
  const before: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k]!.word;
    if (w === 'how') {
      const m = HOW.get(tokens[k + 1]?.word ?? '');
      if (m !== undefined) {
        if (m === 'count' && measure === undefined) countAt = k + 1;
        ask(m);
        k++;
      } else ask('manner');
      continue;
    }
    // "when" after a noun that asks nothing tells at what time the noun holds ("condition when officers arrived",
    // "status when found"): a qualifier, as "on arrival" is, not a question of when. After a measure ("age when
    // killed", "time when shots were fired") it adds nothing the measure does not ask; after a verb ("Arrested When",
    // "died when police said"), last ("identified_when"), or before another question or a measure ("Arrested When
    // And Where", "Shot When (Time)") it asks when (a cold review).
    if (w === 'when' && measure === undefined && lemmas.size > 0 && timeOfNoun(tokens[k - 1]?.word, tokens[k + 1]?.word)) {
      qualifying = true;
      qualifier.add(AT_A_TIME);
      continue;
    }
    const wh = WH.find(([x]) => x === w);
    if (wh !== undefined) {
      ask(wh[1]);
      continue;
    }
    if (w === 'and' && measure !== undefined) {
      joined = true;
      continue;
    }
    // A name that ends in "by" asks by whom ("Shot By", "located_by", "Arrested By"): a name, as "who" does, and
    // someone's other than the subject's ("interviewed_by" is not the interviewee's name).
    if (w === 'by' && k === tokens.length - 1 && k > 0) {
      ask('name');
      byWhom = true;
      continue;
    }
    // A name asking where that ends in "from" asks where from ("where he is from", "where they were taken from"): not
    // where one is or was taken. A restriction, like a qualifier (added below, once the measure is known).
    if (w === 'from' && k === tokens.length - 1 && k > 0 && endsWithFrom) {
      whereFrom = true;
      continue;
    }
    // "of" after a noun that names no measure: what follows tells of what, and asks nothing ("source of the time and
    // place details" asks for a source, not a place; "number of deaths", "place of death" ask as their first noun does).
    if (w === 'of' && measure === undefined && lemmas.size > 0) {
      complement = true;
      continue;
    }
    if (QUALIFYING.has(w) || (w === 'by' && byAgent(tokens[ARTICLES.has(tokens[k + 1]?.word ?? '') ? k + 2 : k + 1]?.word))) {
      qualifying = true;
      continue;
    }
    if (FUNCTION_WORDS.has(w) || /^\d/.test(w)) continue;
    if (BESIDES.has(w)) {
      qualifier.add('other');
      continue;
    }
    if (EARLIER.has(w)) {
      qualifier.add('earlier');
      continue;
    }
    // Not a word for a person after it ("date of former officer's trial", "former girlfriend's home": a cold review):
    // the person was, the time and place are not.
    if (BEFORE.has(w)) {
      const following = tokens[k + 1]?.word.replace(/['\u2019]s?$/u, '');
      if (following === undefined || personNoun(following) === undefined) before.push(lemmaOf(w, true));
    }
    if (PLANNED.has(w)) {
      qualifier.add('planned');
      continue;
    }
    if (qualifying) {
      qualifier.add(lemmaOf(w, true));
      continue;
    }
    // A noun for the place one dwells ("residence", "home", "abode": kinds of address in WordNet) that heads the name
    // asks where one lives: "residence" and "where he lives" ask one thing; "hometown" (where one comes from) is no
    // kind of it, and a dwelling after other words is what they tell of ("vehicle he left the home in"), one before
    // another noun a kind of that ("home_station").
    const next = tokens[k + 1]?.word;
    if (lemmas.size === 0 && (next === undefined || MEASURE_NOUNS.has(next) || QUALIFYING.has(next) || next === 'and') && dwelling(w)) {
      // Not a bare "where": the word it shares, "live", is what links it ("Residence" is not "where he was arrested").
      lemmas.add(lemmaOf(w, true));
      lemmas.add('live');
      continue;
    }
    // "times" counts occurrences ("times_struck", "how many times she was hit"), where "time" asks when.
    if (w === 'times') {
      ask('count');
      continue;
    }
    const forms = lemmasOf(w, derivedNouns, true);
    const m = forms.map((f) => MEASURE_NOUNS.get(f)).find((x) => x !== undefined);
    if (m !== undefined && !complement && (MEASURE_NOUNS.has(w) || MEASURE_NOUNS.has(w.replace(/s$/, '')))) {
      if (m === 'count' && measure === undefined) countAt = k;
      ask(m);
      continue;
    }
    if (forms.some((f) => REPORT_VERBS.has(f))) continue;
    const lemma = lemmaOf(w, true);
    lemmas.add(lemma);
    for (const f of forms) if (f !== lemma && f !== w && !/(er|or|ist|ant)$/.test(f)) related.add(f);
  }
  if (qualifier.has('planned') && (measure === 'when' || [...lemmas].some(happening))) qualifier.delete('planned');
  const counted = measure === 'count' && countAt >= 0 ? countedNoun(tokens.map((t) => t.word), countAt) : undefined;
  if (whereFrom && measure === 'location') qualifier.add(STRANDED_FROM);
  // Only a place or a time told before is another occasion's: a "prior criminal record" is the record.
  if (before.length > 0 && (measure === 'location' || measure === 'when')) {
    for (const w of before) lemmas.delete(w);
    qualifier.add('before');
  }
  const another =
    measure === 'name' && lemmas.size > 0 && (byWhom || (tokens.some((t) => PRONOUNS.has(t.word)) && !tokens.some((t) => COPULA.has(t.word)))) && ![...lemmas].some((l) => NAMING.has(l));
  r = {
    measure,
    also,
    lemmas: [...lemmas].sort(),
    related: [...related].sort(),
    qualifier: [...qualifier].sort(),
    ...(counted === undefined ? {} : { counted }),
    ...(another ? { another: true as const } : {}),
    ...(another && (byWhom || (tokens[0]?.word === 'who' && tokens[1] !== undefined && !PRONOUNS.has(tokens[1].word) && !COPULA.has(tokens[1].word))) ? { agent: true as const } : {}),
  };
  if (cache.size > 20_000) cache.clear();
  cache.set(text, r);
  return r;
}
