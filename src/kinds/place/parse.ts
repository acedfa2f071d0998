import { fold } from '../../normalize/text';
import { classesOf, irregularBases, LEXFILE, readWord } from '../../lexicon/lexicon';
import { dateKind } from '../date';
import { timeKind } from '../time';
import { isNotGiven } from '../placeholders';
import type { ParseContext, ParseResult, RawScalar } from '../registry';
import { ANCHOR_CONTEXT, ANCHOR_PREFIX, readBearing, readOffset } from './offset';
import { townsNamed } from './gazetteer';
import { readStreets } from './streets';
import type { PlaceLevel, PlaceLevelType, PlaceRelation, PlaceValue } from './value';
import { isClause, isUsState, separateRegions, DESCRIPTORS, UNINITIALLED, KNOWN_REGIONS, REGION_ALIASES, REGION_WORDS, STREET_WORDS, VENUE_WORDS } from './words';

// Separators between levels: "X in Y", "X, Y", "X at Y", "a home on West Highland" (most specific first either way).
const BRACKETS = /[()[\]]/g;
const LEVEL_SPLIT = /\s*,\s*|\s+(?:in|at|on|inside|within|of the city of)\s+/;
/**
 * A side of a venue told by its compass point ("the north side of the Palace Lounge"): the side, then the venue, two
 * levels — a spot in it, told more precisely. (A town's side, "the South Side of Chicago", stays one part of town.)
 */
const VENUE_SIDE = /^(?:the\s+)?((?:north|south|east|west|northeast|northwest|southeast|southwest)\s+(?:side|end|entrance|corner))\s+of\s+(.+)$/;

/** Words before "center" that make it a hospital. */
const MEDICAL = new Set(['medical', 'trauma', 'health', 'hospital', 'burn', 'cancer']);

/** The sort a venue word names after the word before it: "Harborview Medical Center", "a trauma center" are hospitals. */
function sortOf(word: string, before: string | undefined): string {
  return (word === 'center' || word === 'centre') && before !== undefined && MEDICAL.has(before) ? 'hospital' : word;
}

/** Words telling a kind of place, each as its sort ("medical center" → "medical hospital"): how kinds are compared. */
export function kindSorts(kind: readonly string[]): string[] {
  return kind.map((w, i) => sortOf(w, kind[i - 1]));
}

/**
 * Words of a name (not a street's: that was read before) written short, where they open it: "St. Joseph's Hospital",
 * "Mt. Vernon", "Ft. Hood", "Mount St. Helens" ("the Main St. bar" keeps its street).
 */
const NAME_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['st', 'saint'], ['ste', 'sainte'], ['mt', 'mount'], ['ft', 'fort'], ['pt', 'point'],
]);

function readLevel(text: string, alias: ParseContext['alias']): PlaceLevel | undefined {
  const street = readStreets(text.replace(/\./g, ' ').replace(/&/g, ' & ').split(/[^\p{L}\p{N}&]+/u).filter((w) => w !== ''));
  if (street !== undefined) return street;
  // A possessive names whose the place is, not another word: "Ali Syed's parents' residence" is Syed's.
  const words = text
    .replace(/['’]s(?![\p{L}\p{N}])/gu, '')
    .replace(/[.'’]/g, (c) => (c === '.' ? ' ' : ''))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .map((w, i, all) => {
      if (w === 'hosp') return 'hospital';
      const opens = all.slice(0, i).every((x) => DESCRIPTORS.has(x));
      if (opens || (w === 'st' && (all[i - 1] === 'mt' || all[i - 1] === 'mount'))) return NAME_ABBREVIATIONS.get(w) ?? w;
      // Further in, "St." is a street's ("the Main St. bar").
      return w === 'st' ? 'street' : w;
    })
    // "Ste. 200" is a suite.
    .map((w, i, all) => (w === 'sainte' && /^\d/.test(all[i + 1] ?? '') ? 'suite' : w));
  // "near Clearlake": a place near another is told by the other's name.
  while (words.length > 1 && (words[0] === 'near' || words[0] === 'nearby')) words.shift();
  let type: PlaceLevelType = 'unknown';
  let sort: string | undefined;
  const kept: string[] = [];
  for (const w of words) {
    if (DESCRIPTORS.has(w)) continue;
    // "and" is "&", which the split drops ("Boys and Girls Club" / "Boys & Girls Club"); a leading "of" joins the
    // name to a sort dropped before it ("headquarters of the Boys and Girls Club").
    if (w === 'and' || (w === 'of' && kept.length === 0)) continue;
    if (VENUE_WORDS.has(w)) {
      type = 'venue';
      // "Harborview Medical Center", "a trauma center": a hospital by another name.
      sort = sortOf(w, kept.at(-1));
    }
    else if (STREET_WORDS.has(w) && kept.length > 0) type = type === 'venue' ? type : 'street';
    else if (REGION_WORDS.has(w) && kept.length > 0) type = 'region';
    // Only the words that name it make up the name: "casa chimayo restaurant" → "casa chimayo".
    if (!VENUE_WORDS.has(w) || kept.length === 0) kept.push(w);
  }
  // "of" before a sort of place, which the name leaves out ("the driveway of the restaurant"), joins nothing.
  // (Not where only a sort of place would be left: "the bar of the hotel" is no hotel.)
  while (kept.length > 1 && kept.at(-1) === 'of' && kept.slice(0, -1).some((w) => !VENUE_WORDS.has(w))) kept.pop();
  // A level that is only a sort of place ("the bar" in "the bar in the El Dorado Hotel") names nothing.
  if (kept.every((w) => VENUE_WORDS.has(w))) return undefined;
  const nameWords = kept.filter((w, i) => !(VENUE_WORDS.has(w) && i === 0 && kept.length > 1));
  // "headquarters of the Boys and Girls Club": a sort, "of", then the named place of another sort (not "University of Texas").
  if (nameWords.length > 1 && nameWords[0] === 'of' && sort !== kept[0]) nameWords.shift();
  let name = nameWords.join(' ');
  const aliased = alias?.(name);
  if (aliased !== undefined) name = aliased;
  const region = REGION_ALIASES.get(name) ?? name;
  if (KNOWN_REGIONS.has(region)) return region !== name && /^[a-z]{2}$/.test(name) ? { name: region, type: 'region', code: name } : { name: region, type: 'region' };
  const plain: PlaceLevel = type === 'venue' && sort !== undefined ? { name, type, sort } : { name, type };
  // Words of its name written with a possessive's "'s": another may write them without the apostrophe ("Macys").
  const possessive = [...text.matchAll(POSSESSIVE_WORD)].map((m) => m[1]!).filter((w) => nameWords.includes(w));
  const level = possessive.length > 0 && name === nameWords.join(' ') ? { ...plain, possessive } : plain;
  // The words that name it, as initials would take them: "the historic Santa Monica College library" is SMC's.
  const written = words.filter((w) => !UNINITIALLED.has(w) && !DESCRIPTORS.has(w));
  return written.length >= 2 ? { ...level, written } : level;
}

/** A word written with a possessive's "'s" ("macy" in "Macy's, Herald Square"). */
const POSSESSIVE_WORD = /(?<![\p{L}\p{N}'’])([\p{L}\p{N}]+)['’]s(?![\p{L}\p{N}])/gu;

/** Words of two to six capital letters in the text as written ("SMC", "NYPD", "UCLA's"), folded. */
const CAPITALS = /(?<![\p{L}\p{N}])(\p{Lu}{2,6})(?:['’]s)?(?![\p{L}\p{N}])/gu;

/** Marks the levels first written with a word in capitals: it may be another place's initials. */
function markAcronyms(value: PlaceValue, raw: string): PlaceValue {
  // Each word as a level holds it, to the initials it writes.
  const capitals = new Map<string, string>();
  for (const m of raw.matchAll(CAPITALS)) {
    const letters = fold(m[1]!);
    // A possessive's "'s" is dropped from the levels' words too ("UCLA's" is "ucla" there).
    capitals.set(letters, letters);
  }
  // A word also written otherwise is a word, not initials ("La Jolla, LA": the state's "LA" does not make "La" one).
  if (capitals.size > 0) {
    for (const w of raw.split(/[^\p{L}\p{N}'’]+/u)) {
      const bare = w.replace(/['’]s$/u, '');
      if (bare !== '' && bare !== bare.toUpperCase()) {
        capitals.delete(fold(bare));
        capitals.delete(`${fold(bare)}s`);
      }
    }
  }
  const first = (l: PlaceLevel) => l.written?.[0] ?? l.name;
  // Initials further in ("Emanuel AME Church"): the words, for matching a run of the other's words.
  const inner = (l: PlaceLevel) => l.written?.slice(1).filter((w) => capitals.has(w)) ?? [];
  if (capitals.size === 0 || !value.levels.some((l) => capitals.has(first(l)) || inner(l).length > 0)) return value;
  const mark = (l: PlaceLevel): PlaceLevel => {
    const within = inner(l);
    const marked = within.length > 0 ? { ...l, initials: within } : l;
    const letters = capitals.get(first(l));
    if (letters === undefined) return marked;
    return { ...marked, acronym: true, written: [letters, ...(l.written ?? [l.name]).slice(1)] };
  };
  return { ...value, levels: value.levels.map(mark) };
}

/** A word that starts with a capital, and then has a lower-case letter or nothing ("Gardens", "A"; not "SMC"). */
const CAPITALISED = /^\p{Lu}(?:\p{Ll}|$)/u;

/**
 * Marks the levels written as a capitalised name followed by words in lower case ("Trumbull Gardens affordable
 * housing complex parking lot"): their `proper` name is the capitalised words. A word counts as capitalised
 * only if the value never writes it in lower case. The value's first word may be capitalised only by the
 * sentence ("Parking lot", "Lincoln high school"): it counts only beside a word capitalised further on.
 */
function markProper(value: PlaceValue, raw: string): PlaceValue {
  if (!value.levels.some((l) => l.written !== undefined)) return value;
  const capital = new Set<string>();
  const lower = new Set<string>();
  let initial: string | undefined;
  let first = true;
  for (const w of raw.split(/[^\p{L}\p{N}'’]+/u)) {
    // As the levels hold it ("mcdonalds", "ohare"); capitalised or not by what precedes an apostrophe ("O'Hare").
    const word = fold(w.replace(/['’]s$/u, '').replace(/['’]/gu, ''));
    if (word === '') continue;
    const head = w.replace(/^['’]+/u, '').split(/['’]/u)[0]!;
    if (CAPITALISED.test(head)) {
      if (first) initial = word;
      else capital.add(word);
    } else if (/^\p{Ll}/u.test(head)) lower.add(word);
    first = false;
  }
  const named = (w: string) => (capital.has(w) || w === initial) && !lower.has(w);
  // "a Santa Fe restaurant" (after "at" or "in", if any): some restaurant in Santa Fe, not one named so. The article
  // must stand right before the name ("an apartment in the Trumbull Gardens complex" names the complex), and a name
  // with a possessive's "'s" names whose it is, not where ("a Chili's restaurant", "a McDonald's").
  const article = INDEFINITE.exec(raw);
  const after = article === null ? undefined : fold(raw.slice(article[0].length).split(/[^\p{L}\p{N}]+/u)[0] ?? '');
  const mark = (given: PlaceLevel, k: number): PlaceLevel => {
    const words = given.written;
    if (words === undefined || given.acronym === true) return given;
    let n = 0;
    while (n < words.length && named(words[n]!)) n++;
    const lowerFrom = (i: number) => words.slice(i).every((w) => lower.has(w) && !capital.has(w) && w !== initial);
    // An owner's place told by a common noun in lower case, with more levels after it ("Bunny's convenience store,
    // Tyler"): common, as markCommon marks a place of one level ("Bunny's convenience store").
    const owned = k === 0 && value.levels.length > 1 && given.possessive !== undefined && given.common !== true && lowerFrom(words.length - 1);
    const l = owned ? { ...given, common: true } : given;
    if (n === 0 || n === words.length) return l;
    // With no article at all, a town's name, an operator's initials if any, then a sort in lower case ("Albuquerque
    // skate park", "downtown Nashville MTA bus station", as notes drop "an") is some place of that sort in the
    // town, as "an Albuquerque skate park" is; "the" makes it the name.
    let m = n;
    while (m < words.length && l.initials?.includes(words[m]!) === true) m++;
    if (k === 0 && article === null && !DEFINITE.test(raw) && l.sort !== undefined && m < words.length && lowerFrom(m) && !HAS_POSSESSIVE.test(raw)) {
      const town = words.slice(0, n).join(' ');
      if (townsNamed(town).length > 0) return { ...l, proper: town, located: true, townRead: true };
    }
    if (!lowerFrom(n)) return l;
    const proper = words.slice(0, n).join(' ');
    // Otherwise some capitalised words, one of them not only by the sentence, then only lower-case ones.
    if (!words.slice(0, n).some((w) => capital.has(w))) return l;
    const located = k === 0 && after !== undefined && after === words[0] && !HAS_POSSESSIVE.test(raw);
    return located ? { ...l, proper, located: true } : { ...l, proper };
  };
  return { ...value, levels: value.levels.map(mark) };
}

/** Some word with a possessive's "'s". */
const HAS_POSSESSIVE = /[\p{L}\p{N}]['’]s(?![\p{L}\p{N}])/u;

/** A value that opens with "the", after a word of position if any. */
const DEFINITE = /^\s*(?:(?:at|in|inside|outside(?:\s+of)?|near|by|from|behind|in\s+front\s+of|next\s+to|across\s+from)\s+)?the\s/iu;

/** A value that opens with an indefinite article, after a word of position if any: "a …", "at an …". */
const INDEFINITE = /^\s*(?:(?:at|in|inside|outside(?:\s+of)?|near|by|from|behind|in\s+front\s+of|next\s+to|across\s+from)\s+)?an?\s+(?=\S)/iu;

/** "a nearby hospital": no name, only the sort of place (its last venue word), which is still a place. */
function genericLevel(text: string): PlaceLevel | undefined {
  const words = text.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  let sort: string | undefined;
  let at = -1;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (VENUE_WORDS.has(w)) {
      sort = sortOf(w, words[k - 1]);
      at = k;
    }
  }
  if (sort === undefined) return undefined;
  // Words for places right before the sort say what kind of it ("apartment building", "apartment complex", "motel
  // room"): kept, as "a gas station" keeps "gas", so that an apartment fits its building (held-out batch 71).
  let from = at;
  while (from > 0 && VENUE_WORDS.has(words[from - 1]!)) from--;
  // Each as its sort ("medical center building" is a hospital building: a cold review).
  const describedAs = words.slice(from, at).map((w, i) => sortOf(w, words[from + i - 1]));
  return describedAs.length === 0
    ? { name: `a ${sort}`, type: 'venue', sort, generic: true }
    : { name: `a ${[...describedAs, sort].join(' ')}`, type: 'venue', sort, generic: true, describedAs };
}

/**
 * Reads a place into a chain, most specific first; a place given from another
 * ("14 miles north-northeast of Healdsburg") keeps its distance and bearing.
 *
 * @example
 * parsePlace('the bar in the El Dorado Hotel in Santa Fe').value.key; //=> 'el dorado, santa fe'
 * parsePlace('Santa Fe, N.M.').value.key;                             //=> 'santa fe, new mexico'
 * parsePlace('55 kilometers (34 miles) west of the town of Bireun').value.key; //=> '55 km west of bireun'
 */
export function parsePlace(raw: RawScalar, ctx?: ParseContext): ParseResult<PlaceValue> {
  return parseAs(raw, ctx, true);
}

/** `parsePlace`, on text as written (`asWritten`) or already folded to lower case (a place after a word of position). */
function parseAs(raw: RawScalar, ctx: ParseContext | undefined, asWritten: boolean): ParseResult<PlaceValue> {
  const read = readPlace(raw, ctx);
  // "a dead-end street", "a quiet street": a sort of street, not a street's name (no name opens with "a").
  if (read.ok && typeof raw === 'string' && /^\s*an?\s/i.test(raw) && read.value.levels.length === 1 && read.value.levels[0]!.type === 'street' && /^an?\s/.test(read.value.levels[0]!.name)) {
    return { ok: false, reason: `"${raw.trim()}" tells a sort of street, not which one` };
  }
  if (!read.ok || typeof raw !== 'string') return read;
  const marked = markProper(markAcronyms(read.value, raw), raw);
  // Read from the text as written only: a place after a word of position is read again from folded text inside.
  return { ok: true, value: markCommon(asWritten ? markIndefinite(marked, raw) : marked, raw) };
}

/**
 * A place told by an indefinite article and common words in lower case before its sort ("a gas station", "a
 * convenience store", "at a liquor store on Route 9"): some place of that sort, of the kind the words say, not one
 * named "Gas" — as "a nearby hospital" is. Capitals ("a Tampa lounge"), a possessive ("a McDonald's") or a name of
 * its own keep the reading as it is.
 */
function markIndefinite(value: PlaceValue, raw: string): PlaceValue {
  const first = value.levels[0];
  if (value.offset !== undefined || first === undefined || first.type !== 'venue' || first.sort === undefined || first.generic === true || first.streets !== undefined) return value;
  if (first.located === true || first.proper !== undefined || first.possessive !== undefined || first.initials !== undefined || first.acronym === true) return value;
  const opening = INDEFINITE.exec(raw);
  if (opening === null) return value;
  // The words of the first level, as written right after the article: all in lower case, the sort last.
  const written = first.written ?? first.name.split(' ');
  const after = raw
    .slice(opening[0].length)
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((w) => w !== '' && !DESCRIPTORS.has(fold(w)));
  const own = after.slice(0, written.length);
  if (own.length !== written.length || own.some((w, i) => fold(w) !== written[i] || !/^\p{Ll}/u.test(w))) return value;
  if (written.at(-1) !== first.sort && !VENUE_WORDS.has(written.at(-1)!)) return value;
  const describedAs = written.slice(0, -1);
  if (describedAs.length === 0 || describedAs.some((w) => /\d/.test(w))) return value;
  const level: PlaceLevel = { name: `a ${written.join(' ')}`, type: 'venue', sort: first.sort, generic: true, describedAs };
  const levels = [level, ...value.levels.slice(1)];
  const chain = levels.map((l) => l.name).join(', ');
  return { ...value, levels, key: value.relation === undefined ? chain : `${value.relation} ${chain}` };
}

/** Prepositions of place a note opens with ("Inside Terminal", "At Scene", "On Porch"). */
const PLACE_PREPOSITIONS = new Set(['in', 'inside', 'at', 'on', 'outside', 'near', 'behind', 'by']);

/** Words that make the noun after them a common one: "the head", "his head". */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'this', 'that']);

/**
 * Marks a place of one level told in one word (after a possessive, if any) that is written as a common noun: in
 * lower case ("chest") or after an article or possessive ("the porch", "in his head"). "Independence" alone may
 * be the town.
 */
function markCommon(value: PlaceValue, raw: string): PlaceValue {
  const first = value.levels[0];
  if (value.levels.length !== 1 || first === undefined || first.streets !== undefined || first.generic === true) return value;
  // Decided on the text as written, again: "in Paradise" is read by reading "paradise", folded, first.
  const { common: _, spot: __, lower: ___, ...level } = first;
  const word = level.name.split(' ').at(-1)!;
  const words = raw.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  let common = false;
  // A note in Title Case, the one word after a preposition of place ("Inside Terminal", "In Hallway"): capitals that
  // every word has say nothing of a name, so a made thing the lexicon knows is a common noun, as "inside the terminal".
  let titled = false;
  for (let k = words.length - 1; k >= 0; k--) {
    if (fold(words[k]!) !== word) continue;
    common = /^\p{Ll}/u.test(words[k]!) || (k > 0 && DETERMINERS.has(fold(words[k - 1]!)));
    titled = !common && k === 1 && words.length === 2 && PLACE_PREPOSITIONS.has(fold(words[0]!)) && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w));
    break;
  }
  // Not a town's name ("In Mobile", "In Derby": towns before they are things).
  if (titled && townsNamed(word).length === 0) {
    const noun = readWord(word).noun;
    if (noun !== undefined && noun === word && classesOf(noun)[0] === LEXFILE.artifact) return { ...value, levels: [{ ...level, common: true, spot: true }] };
  }
  if (!common) return { ...value, levels: [level] };
  const named = new Set(level.name.split(' '));
  const lower = words.every((w) => !named.has(fold(w)) || !/^\p{Lu}/u.test(w));
  const noun = lower ? readWord(word).noun : undefined;
  const spot = noun !== undefined && classesOf(noun)[0] === LEXFILE.artifact;
  return { ...value, levels: [spot ? { ...level, common, lower, spot } : lower ? { ...level, common, lower } : { ...level, common }] };
}

/** A bracketed remark: no capital in it ("family home (first location)", "55 km (34 miles) west of Bireun"). */
const REMARK = /\(([^()]{0,200})\)/g;

/** A comma between a digit and three digits that end the number: "5,000", "12,300" (not "5, 000" nor "1,2345"). */
const THOUSANDS = /(\d),(\d{3})(?!\d)/g;

function readPlace(raw: RawScalar, ctx?: ParseContext): ParseResult<PlaceValue> {
  if (typeof raw !== 'string') return { ok: false, reason: 'a place must be text' };
  // A remark in brackets names no place; a bracketed name does ("Santa Fe (N.M.)").
  // A number written with thousands' commas ("the 5,000 block") is one number, not two levels.
  const text = fold(raw.includes('(') ? raw.replace(REMARK, (m, inner: string) => (/\p{Lu}/u.test(inner) ? m : ' ')) : raw).replace(THOUSANDS, '$1$2');
  if (text.length > 300) return { ok: false, reason: 'too long to be a place' };
  if (isNotGiven(raw)) return { ok: false, reason: `"${raw.trim()}" says the place was not given` };
  if (isClause(raw)) return { ok: false, reason: `"${raw}" is a clause, not a place` };
  // "July", "two weeks ago", "last Tuesday" tell when, not where.
  if (dateKind.detect(raw) >= 0.7) return { ok: false, reason: `"${raw}" is a date, not a place` };
  // "west": a direction from a place the attribute names.
  const bearing = readBearing(text);
  if (bearing !== undefined) return { ok: true, value: { levels: [], offset: { bearing: bearing.bearing }, key: bearing.key } };
  const relative = readOffset(text);
  if (relative !== undefined) {
    const anchor = parseLevels(relative.anchor.replace(ANCHOR_CONTEXT, ', ').replace(ANCHOR_PREFIX, ''), ctx);
    if (anchor.length === 0) return { ok: false, reason: `"${raw}" names no place to measure from` };
    return { ok: true, value: { levels: anchor, offset: relative.offset, key: `${relative.key} ${anchor.map((l) => l.name).join(', ')}` } };
  }
  // "behind the apartment building", "at hospital": where relative to a place, then the place.
  const rel = RELATION.exec(text);
  const relation = rel === null ? undefined : RELATIONS.get(rel[1]!.replace(/\s+/g, ' '));
  const rest = rel === null ? text : text.slice(rel[0].length);
  if (rel !== null && rest.trim() !== '') {
    const within = parseAs(rest, ctx, false);
    if (within.ok && within.value.offset === undefined && within.value.relation === undefined) {
      if (relation === undefined) return within;
      return { ok: true, value: { levels: within.value.levels, relation, key: `${relation} ${within.value.key}` } };
    }
  }
  let levels = parseLevels(text, ctx);
  // "a makeshift nightclub near 19th and Prospect", "a ditch near Highway 40": a place told by what it is near,
  // unless the whole reads as a street beside another ("West Highland near Avenue A"). What it is near follows
  // it as context, so the place meets a value naming only the landmark ("Highway 40") without a conflict.
  // (Only "near" in lower case: "the Near West Side" is a name.)
  // A place told by a compass point from another ("Bunny's convenience store just north of Tyler") is read the same
  // way: the place, then what it lies by.
  const by = NEAR.exec(raw) ?? titledNear(raw);
  // A street read only for what it lies near ("West Highland near Avenue A") is written with capitals: common words in
  // lower case before "near" are a place of that sort by the street ("drainage ditch near West 10th Street").
  const ownName = (l: PlaceLevel) => (l.near === undefined ? l.name : l.name.slice(0, -` near ${l.near}`.length));
  const plain = by !== null && !/\p{Lu}/u.test(raw.slice(0, by.index)) && levels[0]?.streets !== undefined && ownName(levels[0]) === fold(raw.slice(0, by.index)).trim();
  if (by !== null && by.index > 0 && (levels[0]?.streets === undefined || plain)) {
    const near = by.index;
    const main = fold(raw.slice(0, near));
    const found = parseLevels(fold(raw.slice(near + by[0].length)), ctx);
    // A compass point stays with what it is told from ("north of tyler"): the opposite side is another place, and
    // the landmark alone ("Tyler") still fits.
    const side = by[1];
    const landmark = side === undefined || found.length === 0 ? found : [{ type: found[0]!.type, name: `${side} of ${found[0]!.name}` }, ...found.slice(1)];
    if (landmark.length > 0) {
      const own = parseLevels(main, ctx);
      const first = own.length > 0 ? own : [genericLevel(main)].filter((l) => l !== undefined);
      levels = [...first, ...landmark.filter((l) => !first.some((f) => f.name === l.name)).map((l) => ({ ...l, landmark: true as const }))];
    }
  }
  if (levels.length === 0) {
    const generic = genericLevel(text);
    if (generic !== undefined) return { ok: true, value: { levels: [generic], key: generic.name } };
    return { ok: false, reason: `"${raw}" names no place` };
  }
  return { ok: true, value: { levels, key: levels.map((l) => l.name).join(', ') } };
}

/**
 * " near ", or a compass point "of" after a place (" just north of ", " southwest of "), in lower case: what follows
 * is a landmark. Not after "the": "in the north of Israel" is a part of a country, not a side of it.
 */
const NEAR = /(?<!\bthe) (?:near|[Aa]long|(?:(?:just|due|slightly) )?(north|south|east|west|northeast|northwest|southeast|southwest) of) /;

/**
 * " Near " written in Title Case right after a sort of place and nothing else but an article ("Residence Near Merlin",
 * "A Home Near Lake Shore"): the sort lies near what follows, as in lower case. Any other word before it, or a compass
 * point after it ("Home Near North Side", "Apartment Near West Side": Chicago's neighbourhoods, a cold review), keeps
 * "Near" in a name ("Chicago's Near North Side").
 */
function titledNear(raw: string): RegExpExecArray | null {
  const by = / Near (?=\p{Lu})(?!(?:North|South|East|West)(?:east|west)?\b)/u.exec(raw);
  if (by === null) return null;
  const before = fold(raw.slice(0, by.index)).trim().replace(/^(?:an?|the)\s+/u, '');
  return /^\p{L}+$/u.test(before) && VENUE_WORDS.has(before) ? by : null;
}

/** A leading position word: kept as a relation when it says which side, dropped when it only says "there". */
const RELATION = /^(?:(?:just|right|directly)\s+)?(outside(?:\s+of)?|inside(?:\s+of)?|behind|in\s+front\s+of|out\s+front\s+of|beside|next\s+to|across\s+(?:the\s+street\s+)?from|opposite|at|in|within|by)\s+/;
const RELATIONS: ReadonlyMap<string, PlaceRelation | undefined> = new Map([
  ['outside', 'outside'], ['outside of', 'outside'], ['inside', 'inside'], ['inside of', 'inside'], ['within', 'inside'],
  ['behind', 'behind'], ['in front of', 'front'], ['out front of', 'front'], ['beside', 'beside'], ['next to', 'beside'],
  ['across from', 'across'], ['across the street from', 'across'], ['opposite', 'across'],
]);

/** A word that is a verb's form and no noun ("taken", "rushed", "died"; not "shot", "home", "found"). */
function verbOnly(word: string): boolean {
  const w = readWord(word);
  return w.noun === undefined && (w.verb !== undefined || irregularBases(word).length > 0);
}

function parseLevels(text: string, ctx: ParseContext | undefined): PlaceLevel[] {
  const levels: PlaceLevel[] = [];
  // A bracket sets off a level like a comma ("Santa Fe (N.M.)", "the bar (El Dorado Hotel)").
  const parts = text.replace(BRACKETS, ', ').split(LEVEL_SPLIT).flatMap((part) => {
    const side = VENUE_SIDE.exec(part);
    return side !== null && side[2]!.split(/[^\p{L}\p{N}]+/u).some((w) => VENUE_WORDS.has(w)) ? [side[1]!, side[2]!] : [part];
  });
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    // A later part that tells when, not where ("His Residence, Shortly After 3:30 Wednesday"), is no level (a
    // first one may be a place's name: "March, Cambridgeshire").
    if (k > 0 && (timeKind.detect(part) >= 0.7 || dateKind.detect(part) >= 0.7)) continue;
    // A part that only tells what happened ("Taken To A Hospital, Died") is no level; a verb before "to" opens none.
    const tokens = part.split(/\s+/).filter((w) => w !== '');
    if (k > 0 && tokens.length > 0 && tokens.length <= 3 && tokens.every(verbOnly)) continue;
    const to = tokens.indexOf('to');
    const level = readLevel(to > 0 && to <= 3 && tokens.slice(0, to).every(verbOnly) ? tokens.slice(to + 1).join(' ') : part, ctx?.alias);
    if (level !== undefined && levels.at(-1)?.name !== level.name) levels.push(level);
  }
  // A region's name held by a region that cannot hold that region is a town of that name: "Washington, D.C.",
  // "Washington, Ga.", "Ontario, Calif." (not "Ontario, Canada").
  for (let k = 0; k + 1 < levels.length; k++) {
    const l = levels[k]!;
    const up = levels[k + 1]!;
    if (l.type === 'region' && l.code === undefined && KNOWN_REGIONS.has(l.name) && up.type === 'region' && KNOWN_REGIONS.has(up.name) && (isUsState(up.name) ? true : separateRegions(l.name, up.name))) {
      levels[k] = { name: l.name, type: 'unknown' };
    }
  }
  return levels;
}
