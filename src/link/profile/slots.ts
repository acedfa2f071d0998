import { classesOf, derivedNouns, irregularBases, isKindOf, isMainKindOf, LEXFILE, readWord, shareSense } from '../../lexicon/lexicon';
import { compareCodePoints, sortSmall } from '../../util/order';
import { UnionFind } from '../../util/union-find';
import type { Cell, LinkRun } from '../cells';
import type { AttributeReading } from './attribute';
import { MEASURE_NOUNS, readAttribute, withoutAttribution } from './attribute';
import { alikeWords } from './blocks';
import { GENERAL_HAPPENINGS, mainlyHappening } from './score';
import { overlaps, type Sources, union } from './sources';
import { ATTRIBUTE_WEIGHTS, type ProfileInput } from './weights';

/** Buckets of the attribute index larger than this are too common to block on. */
const MAX_BUCKET = 64;
/** Most attributes of one linked subject compared all-pairs; more go through an index of their words. */
const ALL_PAIRS_ATTRIBUTES = 48;
const NO_KIND = (): undefined => undefined;
const NOT_COMPARABLE = (): boolean => false;
export const round1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * Whether two sets of claims, whose values read as kinds `ka` and `kb` on their own, have values that relate as one
 * fact's. Values of a closed kind (a number, a date: kinds that refuse made-up words) meet values of an open one
 * (names, places) only where those read as the closed kind at least as well as as their own ("14 countries" under
 * "countries affected" beside "13 countries"): a place reads any words, so "Twelve" under "Shots" would otherwise
 * meet "a bus stop on University Avenue" under "shooting_location" as another place. The compare stage holds values
 * of two kinds apart the same way (compare/kinds-apart.ts).
 */
export function valuesRelate(input: ProfileInput, a: readonly number[], b: readonly number[], ka: string | undefined, kb: string | undefined): boolean {
  if (input.relate(a, b).evidence === 'none') return false;
  const { readsAnyWords: open, detect } = input;
  if (open === undefined || detect === undefined || ka === undefined || kb === undefined || ka === kb || open(ka) === open(kb)) return true;
  const [closedKind, openKind, openClaims] = open(ka) ? [kb, ka, a] : [ka, kb, b];
  return openClaims.every((i) => {
    const v = input.text(i);
    return v === undefined || detect(closedKind, v) >= detect(openKind, v);
  });
}

export interface AttributeNode {
  readonly key: string;
  readonly text: string;
  readonly cells: Cell[];
  readonly reading: AttributeReading;
  /** Computed for the few attributes a candidate pair names: source numbers, ascending. */
  sources?: Int32Array;
  claims?: number[];
  kind?: string | null;
  /** Whether every value names a part of the body ("left shoulder", "shot in the arm", "Head"). */
  body?: boolean;
  /** Whether none of its values names a part of the body (read on first need). */
  nobody?: boolean;
}

/** Longest value read for a part of the body. */
const BODY_VALUE_MAX = 120;
const WORDS = /\p{L}+/gu;

/** Whether a value names a part of the body: one of its words is a noun whose first sense is one (WordNet's noun.body). */
function namesBodyPart(text: string | undefined): boolean {
  if (text === undefined || text.length > BODY_VALUE_MAX) return false;
  const words = [...text.matchAll(WORDS)].map((m) => m[0].toLowerCase());
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.length < 3) continue;
    const noun = readWord(w).noun;
    if (noun === undefined || classesOf(noun)[0] !== LEXFILE.body) continue;
    // A body word before a noun of another sort names that thing ("back seat", "back yard", "head office").
    const next = words[k + 1];
    const after = next === undefined ? undefined : readWord(next).noun;
    if (after !== undefined && classesOf(after)[0] !== LEXFILE.body && classesOf(after)[0] !== undefined && !BODY_AFTER.has(next!)) continue;
    return true;
  }
  return false;
}

/** Words after a part of the body that keep it one ("left arm and leg" has "and"; "chest area", "hip bone"). */
const BODY_AFTER: ReadonlySet<string> = new Set(['area', 'region', 'side']);

/**
 * Lemmas of an attribute name that asks where a body was hurt ("where he was shot", "injury", "Wound", "where she
 * was stabbed"); a name without one asks something else of a part of the body ("tattoo: on his neck", "amputated:
 * left leg", "handcuffed: hands behind his back").
 */
const HURT: ReadonlySet<string> = new Set(['wound', 'wounded', 'wounding', 'injury', 'injure', 'injured', 'hurt', 'shot', 'shoot', 'gunshot', 'stab', 'struck', 'strike', 'hit', 'bullet', 'graze']);

/**
 * Two attribute names that ask where a body was hurt, and whose values all name parts of the body ("Wound: Arm",
 * "where he was shot: left shoulder", "injury: shot in the arm"), ask one thing, whatever their other words and the
 * kinds their values read as; names that ask for another measure (a count, a time) do not.
 */
function bodySlot(a: AttributeNode, b: AttributeNode, input: ProfileInput): boolean {
  const asks = (r: AttributeReading) =>
    (r.measure === undefined || r.measure === 'location') && (r.lemmas.some((w) => HURT.has(w)) || r.related.some((w) => HURT.has(w)));
  if (!asks(a.reading) || !asks(b.reading) || !sameQualifier(a.reading.qualifier, b.reading.qualifier)) return false;
  const body = (n: AttributeNode) => (n.body ??= nodeClaims(n).every((i) => namesBodyPart(input.text(i))));
  return body(a) && body(b);
}

/**
 * Two names asking where, one whose values all name parts of the body ("Wound Location: chest") and one whose values
 * name none ("where he died: at the hospital", "where she was sitting: the back seat"): where on the body and where
 * in the world are two slots, whatever the names' words share.
 */
function bodyAndPlace(a: AttributeNode, b: AttributeNode, input: ProfileInput): boolean {
  const where = (r: AttributeReading) => r.measure === 'location' || r.also === 'location';
  if (!where(a.reading) || !where(b.reading)) return false;
  const body = (n: AttributeNode) => (n.body ??= nodeClaims(n).every((i) => namesBodyPart(input.text(i))));
  const none = (n: AttributeNode) => (n.nobody ??= nodeClaims(n).every((i) => !namesBodyPart(input.text(i))));
  return (body(a) && none(b)) || (body(b) && none(a));
}

export function nodeClaims(n: AttributeNode): number[] {
  if (n.claims === undefined) {
    n.claims = [];
    for (const cell of n.cells) for (const i of cell.claims) n.claims.push(i);
  }
  return n.claims;
}

export function nodeSources(n: AttributeNode, run: LinkRun): Int32Array {
  if (n.sources === undefined) {
    const set = new Set<number>();
    for (const cell of n.cells) for (const i of cell.claims) set.add(run.input.sourceNumber(i));
    n.sources = Int32Array.from(set).sort();
  }
  return n.sources;
}

/** Source numbers, ascending, without repeats. */

/**
 * How likely two attribute names are one slot: `-Infinity` when they cannot
 * be (different restrictions, measures or value kinds; counts of different
 * things), else the measure both ask for, a shared lemma and the same kind of
 * values. Without a shared measure, a shared lemma is needed and the names
 * may not each add words of their own ("final mark" / "mid-term mark").
 */
export function attributeScore(
  a: AttributeReading,
  b: AttributeReading,
  kindA: () => string | undefined,
  kindB: () => string | undefined,
  comparable: () => boolean = NOT_COMPARABLE,
  /** Weighing two subjects' values: counts whose names each add words of their own are not one slot. */
  strictCounts = false,
  /** Scoring the words alone, before any kind is known: kinds not known are taken to agree. */
  wordsOnly = false,
): number {
  if (!sameQualifier(a.qualifier, b.qualifier)) return Number.NEGATIVE_INFINITY;
  // Someone the subject met or who acted on it ("who he spoke to", "who shot him") is not the subject's own name.
  if ((a.another === true && ownName(b)) || (b.another === true && ownName(a))) return Number.NEGATIVE_INFINITY;
  // A compound name ("name and age") meets a name asking for either of its measures, on values of one kind.
  const compound = a.measure !== b.measure && ((a.also !== undefined && a.also === b.measure) || (b.also !== undefined && b.also === a.measure));
  if (asksApart(a, b)) return Number.NEGATIVE_INFINITY;
  if (sortOfAnother(a, b) || agentAgainstAct(a, b)) return 0;
  const measure = a.measure !== undefined && (a.measure === b.measure || compound);
  // Words of each name the other does not have (counted, not collected: this runs for every candidate pair).
  // Kinds of a happening ("killed" / "deaths") make one slot of one subject's attributes, and are no evidence
  // that two subjects are one (a count one of them tells in other words may be of another happening).
  const extraA = unmet(a.lemmas, b, !strictCounts);
  const extraB = unmet(b.lemmas, a, !strictCounts);
  const shared = (extraA < a.lemmas.length || extraB < b.lemmas.length) && sharesMoreThanHappening(a, b, !strictCounts);
  // A count is of something: two counts of different things ("num_wounded", "how many shots were fired") are two slots.
  if (!shared && (a.measure === 'count' || b.measure === 'count') && a.lemmas.length > 0 && b.lemmas.length > 0) return Number.NEGATIVE_INFINITY;
  // A count of people against a count of made things ("num_suspects_identified" / "how many suspect vehicles were
  // described"); not against a count of what befell people ("number of deaths" / "how many people died").
  if (a.counted !== undefined && b.counted !== undefined && ((being(a.counted) && thing(b.counted)) || (thing(a.counted) && being(b.counted)))) return Number.NEGATIVE_INFINITY;
  if (!measure && (!shared || (extraA > 0 && extraB > 0))) return 0;
  // Both ask when of a happening each names and the other does not, two happenings the lexicon does not relate:
  // "charge_issued_day" / "Arrest Date", "when detectives interviewed him" / "arrest_time_of_day". (Not where: one
  // place is where two things happen more often than one time — "place_of_death" / "Location Shot".)
  if (measure && a.measure === 'when' && extraA > 0 && extraB > 0 && otherHappenings(a, b)) return 0;
  // As evidence about two subjects, counts whose names each add words of their own ("people_present_count" / "how
  // many people were shot") are too likely two slots to weigh; once the subjects are one, they may still link
  // ("number of people killed" / "how many people died").
  if (strictCounts && measure && a.measure === 'count' && extraA > 0 && extraB > 0) return 0;
  let score = (measure ? ATTRIBUTE_WEIGHTS.measure : 0) + (shared ? ATTRIBUTE_WEIGHTS.lemma : 0);
  const ka = kindA();
  const kb = kindB();
  // Which of a compound's measures its value gives is told by the kind it reads as: both kinds must be known.
  if (compound && !wordsOnly && (ka === undefined || kb === undefined || ka !== kb)) return 0;
  if (ka !== undefined && kb !== undefined) {
    // Each side's own kind may differ where one kind reads both ("13 countries", a number, and "14 countries" under
    // "countries affected", which alone reads as a place): then the values decide.
    // (Only names that share a word: a measure alone is not enough to look past two kinds.)
    if (ka !== kb && !(shared && comparable())) return Number.NEGATIVE_INFINITY;
    score += ATTRIBUTE_WEIGHTS.kind;
  }
  return score;
}

/** Nouns that ask what sort a thing is (WordNet's "type" and its synonyms in that sense). */
const SORT_NOUNS: ReadonlySet<string> = new Set(['type', 'kind', 'sort', 'category', 'class', 'variety', 'classification']);

/**
 * "Type" against "location_type" or "type_of_location": a word for a sort, alone, asks what sort the subject is;
 * with a measure's noun ("location", "place", "time"), what sort of the subject's place or time it is (held-out batch
 * 75 and an earlier one: "Shooting | Type: Accidental" joined "incident | location_type: residence"). After a plain
 * noun it may still be the subject's own sort ("Venue | Type" / "industry_theater | venue_type"), as the subject may
 * be that noun.
 */
export function sortOfAnother(a: AttributeReading, b: AttributeReading): boolean {
  const alone = (r: AttributeReading) => r.measure === undefined && r.lemmas.length === 1 && SORT_NOUNS.has(r.lemmas[0]!);
  const [bare, other] = alone(a) ? [a, b] : alone(b) ? [b, a] : [undefined, undefined];
  if (bare === undefined || alone(other) || !other.lemmas.includes(bare.lemmas[0]!)) return false;
  // "type of location" asks no measure (what follows "of" tells of what), but its noun is still a measure's.
  return other.measure !== undefined || other.lemmas.some((l) => MEASURE_NOUNS.has(l));
}

/**
 * "who shot him" against "Shot", "Transported By" against "transported_to": a name asking who did something to the
 * subject (not whom the subject met: "who he spoke to" / "spoke_to"), against a name in the same words and no
 * measure, which asks what, where or how of the act, not who (held-out Pittsburgh: "Pittsburgh police" /
 * "Accidentally", a conflict no gold pair judges). A name with a word of its own may ask for the one who
 * acts or for what did it ("investigating_agency", "Arresting Officer", "Preceding Event" against "preceded_by":
 * held-out Boston). ("Transported By" / "transported_to" and "Charged By" / "charges" also share one key, which
 * this does not part.)
 */
export function agentAgainstAct(a: AttributeReading, b: AttributeReading): boolean {
  const [agent, other] = a.agent === true ? [a, b] : b.agent === true ? [b, a] : [undefined, undefined];
  if (agent === undefined || other.another === true || other.measure !== undefined || other.also !== undefined) return false;
  // The same words, not nouns made from the verb, which may name the one who acts ("Employed By" / "employment",
  // "Organized By" / "organization", "Managed By" / "management": a cold review).
  return other.lemmas.length > 0 && other.lemmas.every((l) => agent.lemmas.includes(l));
}

/**
 * Words for people in general, which a count of harm names when it counts everyone it befell ("how many people were
 * killed", "victims_killed_count", "how many humans were hurt"): English's closed class of them. Other nouns for
 * people say which of them a count counts ("officers", "bystanders", "Marines", "minors").
 */
const ANYONE: ReadonlySet<string> = new Set(['person', 'people', 'individual', 'victim', 'human', 'folk', 'casualty', 'someone', 'anyone']);

/**
 * What a harm came to for those it befell, the outcomes a count of victims splits into (killed or died, wounded,
 * injured or hurt): English's closed class of them. Not what befell everyone in a shooting ("shot", "hit", "struck"),
 * nor words of counting, telling or being there ("counted", "said", "present", "attending").
 */
const OUTCOMES: ReadonlySet<string> = new Set(['kill', 'die', 'wound', 'injure', 'hurt']);

/**
 * Whether a plain count surely counts all those the restricted one counts some of: its words are among the
 * restricted one's, and each is a word for people in general or for harm that befell them ("Wounded" / "Officers
 * Wounded", "num_victims" / "Victims Killed"). Not "confirmed_cases" / "Suspected Cases" (read "cases" / "suspected
 * cases": two restrictions of one count, the attributes' benchmark).
 */
export function countsAllOf(plain: AttributeReading, restricted: AttributeReading): boolean {
  return plain.lemmas.length > 0 && plain.lemmas.every((l) => restricted.lemmas.includes(l) && (anyone(l) || OUTCOMES.has(readWord(l).verb ?? l) || HURT.has(l)));
}

/**
 * Whether a count of some (the `restricted` reading, as countOfSome returns it) is kept from the count of all when
 * their values conflict: yes, unless the plain count surely counts all of them and the restricted one says more than
 * it, which is no subset but a conflict to show. One test for the profile rule and containment.
 */
export function keptAsSubset(
  restricted: AttributeReading,
  plain: AttributeReading,
  restrictedClaims: readonly number[],
  plainClaims: readonly number[],
  written: ((i: number) => string | undefined) | undefined,
): boolean {
  return !countsAllOf(plain, restricted) || !someExceedsAll(restrictedClaims, plainClaims, written);
}

/**
 * Whether a count of some says more than the count of all it is set against ("Victims Killed: 3" / "num_victims: 2",
 * "Officers Wounded: 5" / "Wounded: 3"): then it is no subset but another count of the same people, and a conflict.
 * Several values on a side: every count of some above every count of all. Only values written as whole numbers are
 * read; any other value leaves the question open (false).
 */
export function someExceedsAll(some: readonly number[], all: readonly number[], written: ((i: number) => string | undefined) | undefined): boolean {
  if (written === undefined) return false;
  const numbers = (claims: readonly number[]) => {
    const out: number[] = [];
    for (const i of claims) {
      const t = written(i)?.trim().replace(/,/g, '');
      if (t === undefined || !/^\d{1,9}$/.test(t)) return undefined;
      out.push(Number(t));
    }
    return out;
  };
  const s = numbers(some);
  const a = numbers(all);
  if (s === undefined || a === undefined || s.length === 0 || a.length === 0) return false;
  // More than every count of all: no reading of the counts makes it a part of one ("Officers Wounded: 2" fits a
  // "Wounded: 5" beside a "Wounded: 1", a cold review).
  let most = 0;
  for (const x of a) most = Math.max(most, x);
  let least = Number.POSITIVE_INFINITY;
  for (const x of s) least = Math.min(least, x);
  return least > most;
}

/** Prepositions the lexicon does not list, which tell who said or how, not whom: "num_injured_per_bowling_alley". */
const RELATING: ReadonlySet<string> = new Set(['per', 'via', 'amid', 'versus', 'vs']);

/** Whether a lemma is a word for people in general. */
function anyone(lemma: string): boolean {
  return ANYONE.has(lemma) || ANYONE.has(readWord(lemma).noun ?? lemma);
}

/**
 * Whether a word says which of those harmed a count counts: a noun for a kind of person other than people in general
 * ("officers", "bystanders", "minor injuries" read as minors is still a restriction), or a word the lexicon reads as
 * neither noun nor verb — a word of degree or state ("serious", "critically"). Not what happened or how ("shot",
 * "gunfire", "sustained"), who told it ("police", "according to"), or when ("Saturday night").
 */
function restricts(lemma: string): boolean {
  if (anyone(lemma) || RELATING.has(lemma)) return false;
  const { noun, verb } = readWord(lemma);
  if (noun === undefined && verb === undefined) return irregularBases(lemma).length === 0 && /^[a-z]{3,}$/.test(lemma);
  return noun !== undefined && classesOf(noun)[0] === LEXFILE.person;
}

/**
 * A count of some against a count of all: two names that count (or, `numbers`, two bare names whose values are
 * numbers: "Officers Injured" / "Injured"), the plainer saying what befell those it counts ("number_wounded",
 * "Injured", "Shot"), the other adding a word of its own that restricts whom ("how many victims had minor injuries",
 * "Officers Wounded", "num_bystanders_injured", "how many are still battling serious injuries"). Returns the restricted
 * one. A name of what is counted alone ("number of countries") asks of its subject's own happening, which "countries
 * affected" tells; words for people in general are no words of their own on either side. Writers also name everyone
 * by a kind of person ("number of men shot", "villagers injured"), so this alone does not keep two names apart: values
 * that conflict do (see {@link linkAttributes}).
 */
export function countOfSome(a: AttributeReading, b: AttributeReading, numbers = false): AttributeReading | undefined {
  const counts = (r: AttributeReading) => r.measure === 'count' || (r.measure === undefined && r.also === undefined);
  if (!counts(a) || !counts(b) || (a.measure !== 'count' && b.measure !== 'count' && !numbers)) return undefined;
  if (a.lemmas.length === 0 || b.lemmas.length === 0) return undefined;
  const befell = (l: string) => readWord(l).verb !== undefined || irregularBases(l).length > 0;
  // A count of people named by a word for people in general alone ("num_victims", "Victims", "number of people")
  // against one of them to whom something befell ("Victims Killed", "how many people were wounded"): everyone
  // counted against some (held-out batch 54: "num_victims: 4" / "Victims Killed: Woman And Her Two Boys"; the golds
  // judge every such pair in other batches as two questions, or as agreeing where the numbers are the same).
  const everyone = (r: AttributeReading) => r.lemmas.every(anyone);
  const befallen = (r: AttributeReading) => {
    const own = r.lemmas.filter((l) => !anyone(l));
    return own.length === 1 && own.length < r.lemmas.length && OUTCOMES.has(readWord(own[0]!).verb ?? own[0]!);
  };
  if (everyone(a) && befallen(b)) return b;
  if (everyone(b) && befallen(a)) return a;
  // Cheap words first (this is asked of many pairs): one side must restrict, one say what befell.
  if (!(a.lemmas.some(restricts) || b.lemmas.some(restricts)) || !(a.lemmas.some(befell) || b.lemmas.some(befell))) return undefined;
  // A word is met by the other's same word, a noun made from it ("injured" / "injuries"), or one of its senses.
  const met = (l: string, other: AttributeReading) =>
    other.lemmas.includes(l) || other.related.includes(l) || derivedNouns(readWord(l).verb ?? l).some((n) => other.lemmas.includes(n)) || synonymIn(l, other, true);
  const own = (r: AttributeReading, other: AttributeReading) => r.lemmas.filter((l) => !met(l, other) && !anyone(l));
  const ea = own(a, b);
  const eb = own(b, a);
  if (ea.length > 0 === eb.length > 0) return undefined;
  const [longer, restricted, plainer] = ea.length > 0 ? [ea, a, b] : [eb, b, a];
  if (!plainer.lemmas.some(befell)) return undefined;
  return longer.some(restricts) ? restricted : undefined;
}

/** Two names that ask different measures, neither a compound asking for the other's ("Shot By" / "where he was when shot"). */
export function asksApart(a: AttributeReading, b: AttributeReading): boolean {
  if (a.measure === undefined || b.measure === undefined || a.measure === b.measure) return false;
  return !((a.also !== undefined && a.also === b.measure) || (b.also !== undefined && b.also === a.measure));
}

/** Words that say which of one's names ("full_name", "First Name"): still one's own. */
const NAME_PARTS: ReadonlySet<string> = new Set(['full', 'first', 'last', 'given', 'middle', 'legal', 'real', 'complete']);

/** A name that asks only a name, with no word of its own but which of one's names ("name", "Full Name"): the subject's own. */
function ownName(r: AttributeReading): boolean {
  return r.measure === 'name' && r.also === undefined && r.lemmas.every((l) => NAME_PARTS.has(l));
}

/** Whether a lemma names a unit or a part of time ("week", "day", "evening": WordNet's noun.time). */
function timeWord(lemma: string): boolean {
  const noun = readWord(lemma).noun;
  return noun !== undefined && classesOf(noun)[0] === LEXFILE.time;
}

/**
 * Whether, leaving out words for units of time, verbs of happening and general nouns for a happening ("incident"),
 * neither of two names adds a word of its own: "day_of_week" / "date", "day it happened" / "Date", "incident_date" /
 * "day_of_week"; not "Hearing Day" / "Trial Date", nor "date of conviction" / "date" (another event's date).
 */
function sameButTime(a: AttributeReading, b: AttributeReading): boolean {
  const own = (r: AttributeReading, other: AttributeReading) => unmet(r.lemmas.filter((l) => !timeWord(l) && !HAPPEN.has(l) && !GENERAL_HAPPENINGS.has(l)), other);
  return own(a, b) === 0 && own(b, a) === 0;
}

/**
 * The nouns a name's own words may stand for — the word, the nouns derived from it or from the verb it is a form of,
 * an irregular past's too ("found": find, finding) — and whether one of them is a happening, an act of telling among
 * them ("arrest", "charge", "interview" for "interviewed"). Units of time, "happen", "incident" are not its own.
 */
function ownNouns(r: AttributeReading, other: AttributeReading): { nouns: string[]; happening: boolean } {
  const nouns: string[] = [];
  let happening = false;
  for (const l of r.lemmas) {
    if (other.lemmas.includes(l) || other.related.includes(l) || synonymIn(l, other) || timeWord(l) || HAPPEN.has(l) || GENERAL_HAPPENINGS.has(l)) continue;
    const { noun, verb } = readWord(l);
    const verbs = [...(verb === undefined ? [] : [verb]), ...irregularBases(l)];
    const candidates = [...(noun === undefined ? [] : [noun]), ...derivedNouns(l), ...verbs.flatMap(derivedNouns)];
    for (const n of candidates) {
      if (nouns.includes(n)) continue;
      nouns.push(n);
      if (mainlyHappening(n) || classesOf(n)[0] === LEXFILE.communication) happening = true;
    }
  }
  return { nouns, happening };
}

/**
 * Whether each name tells a happening of its own, and nothing one's own words stand for is the same as, or a kind of,
 * what the other's stand for: then they ask of two things that happened.
 */
function otherHappenings(a: AttributeReading, b: AttributeReading): boolean {
  const oa = ownNouns(a, b);
  if (!oa.happening) return false;
  const ob = ownNouns(b, a);
  if (!ob.happening) return false;
  return !oa.nouns.some((x) => ob.nouns.some((y) => shareSense(x, y) || isKindOf(x, y) || isKindOf(y, x)));
}

/**
 * Two names that meet on their measure alone, each telling a happening of its own that the other's words do not
 * relate to ("where she studied" / "Place Of Death", "funeral_location" / "Place Of Death", "where he was booked" /
 * "location_when_found"), whose values conflict: two questions, not one told two ways. The measure is the weakest
 * evidence a link has (a name of one slot shares no word with the other), and values that conflict are far likelier
 * between two slots than within one, where sources mostly agree; so the values decide. Where they agree or say
 * nothing the names still link ("place_of_death: the scene" / "Location Shot: the scene", one place for two
 * happenings). When both ask when, attributeScore keeps two happenings apart whatever the values. A count needs
 * a happening on one side only (held-out Gloucester: the victims' count against how many were airlifted).
 */
function twoHappeningsAtOdds(a: AttributeNode, b: AttributeNode, input: ProfileInput): boolean {
  const ra = a.reading;
  const rb = b.reading;
  if (ra.measure === undefined || ra.measure !== rb.measure) return false;
  // The measure alone: no word of either is met in the other, by itself, a noun made from it, or a kind of happening
  // ("murdered" / "Place Of Death": a murder is a killing, a killing a death — a cold review).
  if (unmet(ra.lemmas, rb, true) < ra.lemmas.length || unmet(rb.lemmas, ra, true) < rb.lemmas.length) return false;
  // A count that tells a happening of its own against one that tells none ("how many were airlifted: 2" / "Count: 4"
  // of the victims) counts some of them, whatever else it is: one side is enough. Not what befell those counted
  // ("how many were killed" / "count" of the dead, "how many were shot" / "Count" of the victims: a cold review).
  const apart = ra.measure === 'count' ? ownHappening(ra, rb) || ownHappening(rb, ra) : otherHappenings(ra, rb);
  return apart && input.relate(nodeClaims(a), nodeClaims(b)).evidence === 'conflict';
}

/** Whether a count's name tells a happening of its own that is not a harm to those it counts (see twoHappeningsAtOdds). */
function ownHappening(r: AttributeReading, other: AttributeReading): boolean {
  const harm = (l: string) => HURT.has(l) || OUTCOMES.has(readWord(l).verb ?? l) || irregularBases(l).some((v) => OUTCOMES.has(v));
  return ownNouns({ ...r, lemmas: r.lemmas.filter((l) => !harm(l)) }, other).happening;
}

/** Verbs that say only that something happened ("day it happened", "when it occurred"): English's closed class of them. */
const HAPPEN: ReadonlySet<string> = new Set(['happen', 'occur', 'take', 'place']);

/**
 * Whether two names that share words share more than a verb that says only that something happened, met by a word of
 * the other that is no such verb: "where it happened" and "Occasion" (an occasion is a happening), or "Shots Fired"
 * ("fire" is to happen, by a rare sense), ask nothing in common. Two names of the happening itself, by such a verb
 * or a general noun for a happening ("when it happened" / "Occurred", "where it happened" / "Scene of Incident",
 * "how many times it happened" / "count of incidents"), still share it.
 */
function sharesMoreThanHappening(a: AttributeReading, b: AttributeReading, kinds: boolean): boolean {
  // The nouns for a happening in general are names of it too ("Scene of Incident", "Occurrence", "count of incidents").
  const happens = (r: AttributeReading) => r.lemmas.some((l) => HAPPEN.has(l) || GENERAL_HAPPENINGS.has(l));
  const ha = happens(a);
  const hb = happens(b);
  if (!ha && !hb) return true;
  if (ha && hb) return true;
  const plain = (r: AttributeReading): AttributeReading => {
    const verbs = r.lemmas.filter((l) => HAPPEN.has(l));
    const made = new Set(verbs.flatMap((v) => derivedNouns(v)));
    return { ...r, lemmas: r.lemmas.filter((l) => !HAPPEN.has(l)), related: r.related.filter((x) => !made.has(x)) };
  };
  const pa = ha ? plain(a) : a;
  const pb = hb ? plain(b) : b;
  return unmet(pa.lemmas, pb, kinds) < pa.lemmas.length || unmet(pb.lemmas, pa, kinds) < pb.lemmas.length;
}

/**
 * Whether one name is the other plain and the other with a remark in brackets that says who told the value, so that
 * they read alike: "Street" / "Street (Video Caption)". Not two remarks ("Age (Mugshot Caption)" / "Age (Police
 * Report)": two writings may tell two values).
 */
function attributedTwice(a: AttributeNode, b: AttributeNode): boolean {
  const plain = (n: AttributeNode) => !n.text.includes('(');
  const attributed = (n: AttributeNode) => withoutAttribution(n.text) !== n.text;
  if (!((plain(a) && attributed(b)) || (plain(b) && attributed(a)))) return false;
  const [x, y] = [a.reading, b.reading];
  const same = (p: readonly string[], q: readonly string[]) => p.length === q.length && p.every((w) => q.includes(w));
  return x.measure === y.measure && x.also === y.also && same(x.lemmas, y.lemmas) && same(x.qualifier, y.qualifier);
}

/** Whether one source gives values under two names of these that carry a remark in brackets. */
function twoRemarksOfOneSource(nodes: readonly AttributeNode[], run: LinkRun): boolean {
  const remarked = nodes.filter((n) => n.text.includes('('));
  for (let x = 0; x < remarked.length; x++) for (let y = x + 1; y < remarked.length; y++) if (overlaps(nodeSources(remarked[x]!, run), nodeSources(remarked[y]!, run))) return true;
  return false;
}

/**
 * Whether every source with claims in both sets of names gives values there that agree (the same, or one more
 * precise: "2015-12-12" and "Saturday"), as one group would read them.
 */
function sourcesAgree(x: readonly AttributeNode[], y: readonly AttributeNode[], input: ProfileInput, run: LinkRun): boolean {
  const bySource = (nodes: readonly AttributeNode[]) => {
    const m = new Map<number, number[]>();
    for (const n of nodes) {
      for (const i of nodeClaims(n)) {
        const s = run.input.sourceNumber(i);
        const list = m.get(s);
        if (list === undefined) m.set(s, [i]);
        else list.push(i);
      }
    }
    return m;
  };
  const left = bySource(x);
  const right = bySource(y);
  for (const [s, a] of left) {
    const b = right.get(s);
    if (b !== undefined && input.relate(a, b).evidence !== 'agree') return false;
  }
  return true;
}

/** A noun whose main sense is people or animals ("suspect", "people", "crowd"). */
function being(noun: string): boolean {
  const main = classesOf(noun)[0];
  return main === LEXFILE.person || main === LEXFILE.group || main === LEXFILE.animal;
}

/** A noun whose main sense is a made thing or an object ("vehicle", "casing", "house"), not an act or an event ("death", "shot"). */
function thing(noun: string): boolean {
  const main = classesOf(noun)[0];
  return main === LEXFILE.artifact || main === LEXFILE.object;
}

/**
 * `attributeScore` on the words alone, once per pair of readings: the same few attribute names meet
 * again under every subject of a large set (readings are cached per spelling, so they are the keys).
 */
const wordScores = new WeakMap<AttributeReading, Map<AttributeReading, number>>();
function wordScore(a: AttributeReading, b: AttributeReading): number {
  let row = wordScores.get(a);
  if (row === undefined) wordScores.set(a, (row = new Map()));
  let score = row.get(b);
  if (score === undefined) row.set(b, (score = attributeScore(a, b, NO_KIND, NO_KIND, NOT_COMPARABLE, false, true)));
  return score;
}

/** How many of `lemmas` the other name neither has, nor relates to, nor says with a synonym ("wounded" / "injured": a wound is an injury). */
function unmet(lemmas: readonly string[], other: AttributeReading, kinds = false): number {
  let n = 0;
  for (const l of lemmas) if (!other.lemmas.includes(l) && !other.related.includes(l) && !synonymIn(l, other, kinds)) n++;
  return n;
}

/**
 * Whether a lemma, or a noun derived from it, shares a sense with one of the other name's words, or (with `kinds`)
 * names a happening that is a kind of the other's, or the other's a kind of it, by their main senses a step or two
 * apart, one of them a noun made from a verb ("killed" / "deaths": a killing is a fatality, a fatality a death).
 * Happenings only: a suspect is a kind of person, but "number of suspects" is no "number of people shot".
 */
function synonymIn(lemma: string, other: AttributeReading, kinds = false): boolean {
  const verb = readWord(lemma).verb;
  const mine = [lemma, ...derivedNouns(lemma), ...(verb === undefined || verb === lemma ? [] : derivedNouns(verb))];
  // A kind of a happening counts only where one side is a noun made from a verb ("killed" → killing, a kind of
  // death): what happened to each one counted. Two nouns for happenings, one a kind of the other, count two sets
  // ("aftershocks" / "earthquakes", "earthquake magnitude" / "aftershock magnitude": a second cold review).
  const shares = (y: string, yMade: boolean) =>
    mine.some((x, k) => x !== y && (shareSense(x, y) || (kinds && (k > 0 || yMade) && happeningKinds(x, y))));
  return other.lemmas.some((y) => shares(y, false)) || other.related.some((y) => shares(y, true));
}

/** Steps between two happenings' main senses that still make one a kind of the other ("killing" → fatality → death). */
const HAPPENING_KIND_DEPTH = 2;

/** Whether two nouns whose main senses are happenings are one a kind of the other (see synonymIn). */
function happeningKinds(x: string, y: string): boolean {
  const cx = classesOf(x)[0];
  const cy = classesOf(y)[0];
  if (cx !== LEXFILE.event || cy !== LEXFILE.event) return false;
  return isMainKindOf(x, y, HAPPENING_KIND_DEPTH) || isMainKindOf(y, x, HAPPENING_KIND_DEPTH);
}

/** Restrictions match word for word, a misspelling allowed in longer words ("from Bireun" / "from Bireuen"). */
export function sameQualifier(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  if (a.length === 0) return true;
  return a.every((x) => b.some((y) => alikeWords(x, y))) && b.every((y) => a.some((x) => alikeWords(x, y)));
}

/** Links the attribute names of one linked subject. */
export function linkAttributes(
  subjectCells: readonly Cell[],
  subject: string,
  input: ProfileInput,
  run: LinkRun,
  attributeOf: Map<Cell, string>,
  textOf: (attribute: string) => string,
): void {
  const nodes = new Map<string, AttributeNode>();
  for (const cell of subjectCells) {
    let n = nodes.get(cell.attribute);
    if (n === undefined) {
      const text = textOf(cell.attribute);
      n = { key: cell.attribute, text, cells: [], reading: readAttribute(text) };
      nodes.set(cell.attribute, n);
    }
    n.cells.push(cell);
  }
  if (nodes.size < 2) return;
  const list = sortSmall([...nodes.values()], (x, y) => compareCodePoints(x.key, y.key));
  // Candidate pairs, flat: x0, y0, x1, y1, … in ascending order.
  let candidatePairs: number[] = [];
  if (list.length <= ALL_PAIRS_ATTRIBUTES || run.exhaustive) {
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) candidatePairs.push(x, y);
  } else {
    const byWord = new Map<string, number[]>();
    list.forEach((n, k) => {
      for (const l of [...n.reading.lemmas, ...n.reading.related, ...(n.reading.measure === undefined ? [] : [`?${n.reading.measure}`])]) {
        const b = byWord.get(l);
        if (b === undefined) byWord.set(l, [k]);
        else b.push(k);
      }
    });
    const seen = new Set<number>();
    for (const b of byWord.values()) {
      if (b.length > MAX_BUCKET) continue;
      for (let x = 0; x < b.length; x++) for (let y = x + 1; y < b.length; y++) seen.add(b[x]! * list.length + b[y]!);
    }
    // Each pair's number is x · n + y with x < y: ascending numbers are the pairs in order.
    const ids = Float64Array.from(seen).sort();
    candidatePairs = new Array<number>(ids.length * 2);
    for (let k = 0; k < ids.length; k++) {
      candidatePairs[2 * k] = Math.floor(ids[k]! / list.length);
      candidatePairs[2 * k + 1] = ids[k]! % list.length;
    }
  }
  const kindOf = (n: AttributeNode) => {
    if (n.kind === undefined) n.kind = input.kindOf(nodeClaims(n)) ?? null;
    return n.kind ?? undefined;
  };
  // Counts of some shown to be so: a name restricted against a plainer count ("Officers Wounded" / "Wounded") whose
  // values conflict with it. Such a name joins no plainer count at all, whatever their values ("how many officers
  // were killed: 1" agreeing with "num_killed: 1" must not keep "Killed: 2" from it), while a restricted name whose
  // values always agree may still be everyone told another way ("number of men shot" / "Shot").
  const someOf = (a: AttributeNode, b: AttributeNode): AttributeNode | undefined => {
    let r = countOfSome(a.reading, b.reading);
    // Two bare names: the words first, the kinds (inferred from the values, so dearer) only for a pair they fit.
    if (r === undefined && a.reading.measure === undefined && b.reading.measure === undefined) {
      r = countOfSome(a.reading, b.reading, true);
      if (r !== undefined && (kindOf(a) !== 'number' || kindOf(b) !== 'number')) r = undefined;
    }
    return r === undefined ? undefined : r === a.reading ? a : b;
  };
  const subsets = new Set<AttributeNode>();
  for (let k = 0; k < candidatePairs.length; k += 2) {
    const a = list[candidatePairs[k]!]!;
    const b = list[candidatePairs[k + 1]!]!;
    const some = someOf(a, b);
    if (some === undefined || input.relate(nodeClaims(a), nodeClaims(b)).evidence !== 'conflict') continue;
    const plain = some === a ? b : a;
    if (keptAsSubset(some.reading, plain.reading, nodeClaims(some), nodeClaims(plain), input.written)) subsets.add(some);
  }
  const keptApart = (a: AttributeNode, b: AttributeNode) => {
    if (subsets.size === 0) return false;
    const some = someOf(a, b);
    return some !== undefined && subsets.has(some);
  };
  // `extra`: words either name has that the other lacks. Of two equal scores the closer names link first: one
  // source's "how many were injured" and "how many were injured (per video caption)" are two slots, and the first
  // meets another's "num_injured" (an order of keys, or values that agree, would hide the conflict linking exists
  // to show).
  const scored: Array<{ x: number; y: number; score: number; extra: number }> = [];
  // Pairs one source names both of, asking when or told twice with who told it: candidates for one slot (below).
  const restated: number[] = [];
  const extra = (a: AttributeNode, b: AttributeNode) => unmet(a.reading.lemmas, b.reading) + unmet(b.reading.lemmas, a.reading);
  // Pairs of names kept apart by their values (see twoHappeningsAtOdds), as x · n + y with x < y: no cluster joins
  // them either.
  const atOdds = new Set<number>();
  const indexOf = new Map(list.map((n, k) => [n, k]));
  const oddPair = (p: AttributeNode, q: AttributeNode) => {
    const [i, j] = [indexOf.get(p)!, indexOf.get(q)!];
    return atOdds.has(Math.min(i, j) * list.length + Math.max(i, j));
  };
  for (let k = 0; k < candidatePairs.length; k += 2) {
    const x = candidatePairs[k]!;
    const y = candidatePairs[k + 1]!;
    const a = list[x]!;
    const b = list[y]!;
    // The words first (cheap, cached per spelling); sources and kinds only for a pair they could make one slot.
    const words = wordScore(a.reading, b.reading);
    if (words === Number.NEGATIVE_INFINITY) continue;
    if (keptApart(a, b)) continue;
    const body = bodySlot(a, b, input);
    if (words + ATTRIBUTE_WEIGHTS.kind < ATTRIBUTE_WEIGHTS.threshold && !body) continue;
    if (bodyAndPlace(a, b, input)) continue;
    if (overlaps(nodeSources(a, run), nodeSources(b, run))) {
      if ((a.reading.measure === 'when' && b.reading.measure === 'when') || attributedTwice(a, b)) restated.push(x, y);
      continue;
    }
    if (body) {
      scored.push({ x, y, score: ATTRIBUTE_WEIGHTS.threshold, extra: extra(a, b) });
      continue;
    }
    const s = attributeScore(
      a.reading,
      b.reading,
      () => kindOf(a),
      () => kindOf(b),
      () => valuesRelate(input, nodeClaims(a), nodeClaims(b), kindOf(a), kindOf(b)),
    );
    if (s < ATTRIBUTE_WEIGHTS.threshold) continue;
    if (twoHappeningsAtOdds(a, b, input)) {
      atOdds.add(x * list.length + y);
      continue;
    }
    scored.push({ x, y, score: s, extra: extra(a, b) });
  }
  if (scored.length === 0 && restated.length === 0) return;
  // Then the shorter names: words the reading drops ("(confirmed)", "(total)") still say something more.
  const length = (p: { x: number; y: number }) => list[p.x]!.text.length + list[p.y]!.text.length;
  scored.sort((p, q) => q.score - p.score || p.extra - q.extra || length(p) - length(q) || p.x - q.x || p.y - q.y);
  const uf = new UnionFind<number>();
  const sources = new Map<number, Sources>();
  for (const { x, y } of scored) {
    sources.set(x, nodeSources(list[x]!, run));
    sources.set(y, nodeSources(list[y]!, run));
  }
  const claimsOf = (root: number) => list.filter((_, k) => uf.find(k) === root);
  // Whether two names can never be one slot (checked for every pair across two clusters before they join).
  const never = (p: AttributeNode, q: AttributeNode) =>
    bodyAndPlace(p, q, input) ||
    keptApart(p, q) ||
    oddPair(p, q) ||
    (!bodySlot(p, q, input) &&
      attributeScore(
        p.reading,
        q.reading,
        () => kindOf(p),
        () => kindOf(q),
        () => valuesRelate(input, nodeClaims(p), nodeClaims(q), kindOf(p), kindOf(q)),
      ) === Number.NEGATIVE_INFINITY);
  // A name with two equally good partners (same score, same words apart) whose values tell different things — one
  // agrees, the other conflicts — names no one slot: joining by spelling or length would be a coin toss that shows a
  // conflict two sources never made ("incident_time" with "shooting time" or with "death time"). Those pairs wait.
  const ambiguous = new Set<(typeof scored)[number]>();
  for (let i = 0; i < scored.length; ) {
    let end = i;
    while (end < scored.length && scored[end]!.score === scored[i]!.score && scored[end]!.extra === scored[i]!.extra) end++;
    if (end - i > 1) {
      const tier = scored.slice(i, end);
      const told = new Map<(typeof scored)[number], string>();
      const evidence = (p: (typeof scored)[number]) => {
        let e = told.get(p);
        if (e === undefined) told.set(p, (e = input.relate(nodeClaims(list[p.x]!), nodeClaims(list[p.y]!)).evidence));
        return e;
      };
      for (const p of tier) {
        // Rivals: pairs of the tier that meet p's name with another name of the same source — the two cannot both join
        // it (one source's two names stay two slots). Not one name told twice, once with a remark in brackets ("how many
        // were injured (per video caption)", "(confirmed)"), where the plainer one links first by design.
        const other = (q: (typeof scored)[number], shared: number) => (q.x === shared ? q.y : q.x);
        const rivals = tier.filter((q) => {
          if (q === p) return false;
          const shared = q.x === p.x || q.y === p.x ? p.x : q.x === p.y || q.y === p.y ? p.y : -1;
          if (shared < 0) return false;
          const mine = list[other(p, shared)]!;
          const theirs = list[other(q, shared)]!;
          return overlaps(nodeSources(mine, run), nodeSources(theirs, run)) && bare(mine.text) !== bare(theirs.text);
        });
        // Only agreement against conflict: a partner whose values say nothing, or mix, leaves the choice as it was.
        const e = evidence(p);
        if ((e === 'agree' || e === 'conflict') && rivals.some((q) => { const f = evidence(q); return (f === 'agree' || f === 'conflict') && f !== e; })) ambiguous.add(p);
      }
    }
    i = end;
  }
  for (const p of scored) {
    const { x, y, score } = p;
    if (ambiguous.has(p)) continue;
    const rx = uf.find(x);
    const ry = uf.find(y);
    if (rx === ry || overlaps(sources.get(rx)!, sources.get(ry)!)) continue;
    // Every pair across the two clusters must be able to be one slot.
    const cx = claimsOf(rx);
    const cy = claimsOf(ry);
    if (cx.some((p) => cy.some((q) => never(p, q)))) continue;
    uf.union(rx, ry);
    const root = uf.find(rx);
    sources.set(root, union(sources.get(rx)!, sources.get(ry)!));
    run.decisions.push({
      rule: 'profile',
      side: 'attribute',
      from: { subject, attribute: list[y]!.key },
      to: { subject, attribute: list[x]!.key },
      evidence: `'${list[y]!.text}' ~ '${list[x]!.text}' (${describe(list[x]!.reading, list[y]!.reading)}; weight ${score.toFixed(1)})`,
      shown: { from: list[y]!.text, to: list[x]!.text, evidence: describe(list[x]!.reading, list[y]!.reading), weight: round1(score) },
    });
  }
  // One time told twice by one source, at two precisions ("date: 2015-12-12" and "day_of_week: Saturday", "Date:
  // May 10" and "Day: Saturday night"): two names asking when, with values of one kind, one name adding no word of
  // its own but units of time ("week"), where every source that gives both gives values that agree. Then they are
  // one slot, and another source's "Day: Friday" meets both.
  for (let k = 0; k < restated.length; k += 2) {
    const x = restated[k]!;
    const y = restated[k + 1]!;
    const rx = uf.find(x);
    const ry = uf.find(y);
    if (rx === ry) continue;
    const a = list[x]!;
    const b = list[y]!;
    // One name told twice, once with who told it ("Street" / "Street (Video Caption)"): one slot, whatever the values
    // (a source that gives two is at odds with itself, which the report shows).
    const attributed = attributedTwice(a, b);
    const kind = kindOf(a);
    if (!attributed && (kind === undefined || kind !== kindOf(b) || !sameButTime(a.reading, b.reading))) continue;
    const cx = claimsOf(rx);
    const cy = claimsOf(ry);
    if (cx.some((p) => cy.some((q) => never(p, q)))) continue;
    if (!attributed && !sourcesAgree(cx, cy, input, run)) continue;
    // Through a plain name, two remarks of one source would meet ("Age", "Age (Police Report)", "Age (Obituary)"):
    // two writings may tell two values, so at most one such twin per source joins a slot.
    if (attributed && twoRemarksOfOneSource([...cx, ...cy], run)) continue;
    uf.union(rx, ry);
    const root = uf.find(rx);
    sources.set(root, union(sources.get(rx) ?? nodeSources(a, run), sources.get(ry) ?? nodeSources(b, run)));
    run.decisions.push({
      rule: 'profile',
      side: 'attribute',
      from: { subject, attribute: b.key },
      to: { subject, attribute: a.key },
      evidence: `'${b.text}' ~ '${a.text}' (${attributed ? 'one name, once with who told it' : "one source's two names for one time, its values agree"})`,
      shown: { from: b.text, to: a.text, evidence: attributed ? 'one name, once with who told it' : 'one time told twice, values agree', weight: 0 },
    });
  }
  // Canonical attribute per slot: the one with the most claims, then the smallest key.
  const best = new Map<number, AttributeNode>();
  list.forEach((n, k) => {
    const r = uf.find(k);
    const b = best.get(r);
    if (b === undefined || nodeClaims(n).length > nodeClaims(b).length || (nodeClaims(n).length === nodeClaims(b).length && compareCodePoints(n.key, b.key) < 0)) best.set(r, n);
  });
  list.forEach((n, k) => {
    const to = best.get(uf.find(k))!.key;
    if (to !== n.key) for (const cell of n.cells) attributeOf.set(cell, to);
  });
}

export function describe(a: AttributeReading, b: AttributeReading): string {
  const parts: string[] = [];
  if (a.measure !== undefined && a.measure === b.measure) parts.push(`asks ${a.measure}`);
  else if (a.measure !== undefined && a.measure === b.also) parts.push(`asks ${a.measure}`);
  else if (b.measure !== undefined && b.measure === a.also) parts.push(`asks ${b.measure}`);
  const shared = a.lemmas.filter((l) => b.lemmas.includes(l) || b.related.includes(l));
  const sharedB = b.lemmas.filter((l) => a.related.includes(l) && !shared.includes(l));
  if (shared.length + sharedB.length > 0) parts.push(`${[...shared, ...sharedB].join(', ')}`);
  // Words met by a synonym or a kind ("killed" / "deaths"), named as such: the evidence is never empty.
  if (shared.length + sharedB.length === 0) {
    const other = a.lemmas.filter((l) => !b.lemmas.includes(l) && !b.related.includes(l) && synonymIn(l, b, true));
    if (other.length > 0) parts.push(`${other.join(', ')} / ${b.lemmas.filter((l) => !a.lemmas.includes(l)).join(', ')}: one said in other words`);
  }
  return parts.join('; ');
}


/** A name without its remarks in brackets, folded: "how many were injured (confirmed)" is "how many were injured". */
function bare(text: string): string {
  return text.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}
