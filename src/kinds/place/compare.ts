import { compareIntervals } from '../numeric';
import type { Lexicon } from '../contract';
import { COMPATIBLE, CONFLICT, type Comparison, incomparable, SAME, SOFT_COMPATIBLE } from '../registry';
import { endingVariants, joinSplitTokens } from '../joined';
import { readBearing } from './offset';
import { blockOfHouse, nearApart, numbered, ORDINAL_WORDS, relateStreets, STREET_TYPES, streetParts } from './streets';
import { withinEdits } from '../../util/edit';
import type { PlaceLevel, PlaceLevelType, PlaceRelation, PlaceValue } from './value';
import { distance, holds, relateTowns, townsNamed } from './gazetteer';
import { classesOf, isKindOf, isPartOf, LEXFILE, readWord, relateNouns } from '../../lexicon/lexicon';
import { kindSorts } from './parse';
import { DWELLINGS, KNOWN_REGIONS, LIVED_IN, separateRegions, stateCode, VENUE_WORDS } from './words';

/** Compass words and their adjectives, abbreviations included, each to its direction. */
const COMPASS: ReadonlyMap<string, string> = new Map([
  ['north', 'n'], ['northern', 'n'], ['n', 'n'], ['south', 's'], ['southern', 's'], ['s', 's'],
  ['east', 'e'], ['eastern', 'e'], ['e', 'e'], ['west', 'w'], ['western', 'w'], ['w', 'w'],
]);

/**
 * Two sides of one landmark more than a point apart ("north of waco" / "south of waco", "southwest of kyiv" /
 * "northeast of kyiv"): two places, by the bearings an offset's are compared by. Neighbouring points ("north of" /
 * "northeast of") may be one place told roughly.
 */
function sidesApart(a: string, b: string): boolean {
  const ma = /^(\w+) of (.+)$/.exec(a);
  const mb = /^(\w+) of (.+)$/.exec(b);
  if (ma === null || mb === null || ma[2] !== mb[2]) return false;
  const x = readBearing(ma[1]!)?.bearing;
  const y = readBearing(mb[1]!)?.bearing;
  return x !== undefined && y !== undefined && compareBearings(x, y).relation === 'conflict';
}

/** A name with its compass words as directions: "western africa" → "w africa". */
function compassWords(name: string): string {
  return name
    .split(' ')
    .map((w) => COMPASS.get(w) ?? w)
    .join(' ');
}

/**
 * Names that are one name with different directions: "North Korea" / "South
 * Korea", "N. Korea" / "S. Korea" ("West Africa" / "Western Africa" is one).
 */
function compassTwins(a: string, b: string): boolean {
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length !== wb.length || wa.length < 2) return false;
  let differ = false;
  for (let i = 0; i < wa.length; i++) {
    if (wa[i] === wb[i]) continue;
    const da = COMPASS.get(wa[i]!);
    const db = COMPASS.get(wb[i]!);
    if (da === undefined || db === undefined) return false;
    if (da !== db) differ = true;
  }
  return differ;
}

/** An ordinal word in digits ("fourth" → "4th"); any other word as it is. */
function inDigits(word: string): string {
  const n = ORDINAL_WORDS.get(word);
  return n === undefined ? word : numbered(n);
}

/** A name with its ordinal words in digits ("fourth precinct" → "4th precinct"), or undefined when it has none. */
function ordinalDigits(name: string): string | undefined {
  const words = name.split(' ');
  if (!words.some((w) => ORDINAL_WORDS.has(w))) return undefined;
  return words.map(inDigits).join(' ');
}

function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  // An ordinal in words or in digits: "the Fourth Precinct" / "4th Precinct", "First Baptist" / "1st Baptist".
  const da = ordinalDigits(a);
  const db = ordinalDigits(b);
  if ((da !== undefined || db !== undefined) && (da ?? a) === (db ?? b)) return true;
  // "north" and "south" are two edits apart, and two places; "S. Korea" and "South Korea" one.
  if (compassTwins(a, b)) return false;
  if (compassWords(a) === compassWords(b)) return true;
  // "golo station" / "go lo station": words joined or split.
  if (a.replace(/ /g, '') === b.replace(/ /g, '')) return true;
  // Numbers in a name are exact: "w 15th st" is not "w 16th st".
  if (/\d/.test(a) || /\d/.test(b)) return a.replace(/\D+/g, ' ') === b.replace(/\D+/g, ' ') && withinEdits(a, b, 1);
  const shorter = Math.min(a.length, b.length);
  return shorter >= 6 && withinEdits(a, b, shorter >= 10 ? 2 : 1);
}

/**
 * A place first written with a word in capitals is another written with its first words as initials,
 * the words after them the same as far as both go: "SMC Library" / "Santa Monica College library", "UCLA Medical Center" /
 * "University of California Los Angeles Medical Center".
 */
function abbreviates(short: PlaceLevel, long: PlaceLevel): boolean {
  if (short.acronym !== true || long.written === undefined) return false;
  const [letters, ...rest] = short.written ?? [short.name];
  const words = long.written;
  if (letters === undefined || letters.length < 2 || letters.length > words.length) return false;
  for (let k = 0; k < letters.length; k++) if (words[k]![0] !== letters[k]) return false;
  // What follows the initials: the same words, or one says less ("SMC" / "Santa Monica College library").
  const after = words.slice(letters.length);
  const both = Math.min(rest.length, after.length);
  for (let k = 0; k < both; k++) if (rest[k] !== after[k]) return false;
  // Two letters are too easily a coincidence ("US Bank Tower" / "Union Station Bank Tower" aside, "UC" is many
  // universities): they need a word after them that the other has too.
  if (letters.length < 3 && (both === 0 || VENUE_WORDS.has(rest[0]!) && rest.length === 1)) return false;
  // But what the initials say past the other's last word may only be the sort of place: "UC Davis Medical Center"
  // is not "University of California" (the level above "Irvine Medical Center"), while "SMC Library" is "Santa Monica College".
  return rest.slice(both).every((w) => VENUE_WORDS.has(w));
}

/**
 * One word of a place's name, written in capitals, stands for a run of the other's words by their initials, and
 * every other word is the same: "Emanuel AME Church" / "Emanuel African Methodist Episcopal Church". Three
 * letters at least (two are too easily a coincidence).
 */
function expandsInitials(short: PlaceLevel, long: PlaceLevel): boolean {
  if (short.written === undefined || long.written === undefined) return false;
  // Where only one says the sort of place after the name ("Emanuel AME" / "… Episcopal Church"), the name decides.
  const sorted = (w: readonly string[]) => w.length > 1 && VENUE_WORDS.has(w.at(-1)!);
  const one = sorted(short.written) !== sorted(long.written);
  const s = one && sorted(short.written) ? short.written.slice(0, -1) : short.written;
  const l = one && sorted(long.written) ? long.written.slice(0, -1) : long.written;
  if (l.length <= s.length) return false;
  const extra = l.length - s.length + 1;
  for (let i = 0; i < s.length; i++) {
    const w = s[i]!;
    if (w.length !== extra || w.length < 3 || w.length > 6 || short.initials?.includes(w) !== true) continue;
    let ok = true;
    for (let k = 0; k < i && ok; k++) ok = s[k] === l[k];
    for (let k = 0; k < w.length && ok; k++) ok = l[i + k]![0] === w[k];
    for (let k = i + 1; k < s.length && ok; k++) ok = s[k] === l[k + extra - 1];
    if (ok) return true;
  }
  return false;
}

/** A name with a possessive against one that writes it with a plain "s": "Macy's" / "Macys", "Sam's Club" / "Sams Club". */
function possessiveOf(p: PlaceLevel, o: PlaceLevel): boolean {
  if (p.possessive === undefined) return false;
  const pw = p.name.split(' ');
  const ow = o.name.split(' ');
  return pw.length === ow.length && pw.every((w, k) => ow[k] === w || (ow[k] === `${w}s` && p.possessive!.includes(w)));
}

function sameLevel(a: PlaceLevel, b: PlaceLevel): boolean {
  // A place told by its sort is told in common words, which are spelt as they are ("a gas station" / "a bus station").
  if (a.generic === true || b.generic === true) return a.name === b.name;
  return (
    sameName(a.name, b.name) || abbreviates(a, b) || abbreviates(b, a) || expandsInitials(a, b) || expandsInitials(b, a) || possessiveOf(a, b) || possessiveOf(b, a)
  );
}

/**
 * One name in two roles: in one chain it holds the place before it ("Seattle, Wash.": the state), in the other
 * a region holds it ("Washington, D.C.": the city). Two places of one name, not a level they share.
 */
function swapsRoles(a: readonly PlaceLevel[], i: number, b: readonly PlaceLevel[], j: number): boolean {
  const holds = (_levels: readonly PlaceLevel[], k: number) => k > 0;
  const held = (levels: readonly PlaceLevel[], k: number) => k < levels.length - 1 && levels[k + 1]!.type === 'region';
  return (holds(a, i) && !holds(b, j) && held(b, j)) || (holds(b, j) && !holds(a, i) && held(a, i));
}

function indexIn(levels: readonly PlaceLevel[], level: PlaceLevel, from: number): number {
  for (let i = from; i < levels.length; i++) if (sameLevel(levels[i]!, level)) return i;
  return -1;
}

/** Every level of `small` appears in `large`, in order: "Santa Fe" refines nothing away from "Santa Fe, New Mexico". */
function isRefinement(large: readonly PlaceLevel[], small: readonly PlaceLevel[]): boolean {
  let at = 0;
  for (const level of small) {
    const i = indexIn(large, level, at);
    if (i < 0) return false;
    at = i + 1;
  }
  return true;
}

/** A chain without its first level, with its own key (two empty keys are equal). */
function restOf(v: PlaceValue): PlaceValue {
  return { levels: v.levels.slice(1), key: v.levels.slice(1).map((l) => l.name).join(', ') };
}

/**
 * Places agree when one chain refines the other; they conflict when their most
 * specific levels are different places of the same sort (two venues, two
 * regions, two unknown-sort names under the same parent).
 */
export function comparePlaces(a: PlaceValue, b: PlaceValue, lexicon?: Lexicon): Comparison {
  if (a.levels.some((x) => b.levels.some((y) => nearApart(x, y)))) return CONFLICT;
  if (a.key === b.key) return SAME;
  if (a.relation !== undefined || b.relation !== undefined) return compareRelations(a, b);
  if (a.offset !== undefined || b.offset !== undefined) return compareOffsets(a, b);
  // One chain said no more (the rest after two matching addresses): a refinement.
  if (a.levels.length === 0 || b.levels.length === 0) return COMPATIBLE;
  const meant = lexicon === undefined ? undefined : byMeaning(a, b, lexicon);
  if (meant !== undefined) return meant;
  // Two addresses: the streets decide, whatever the rest of the chains say.
  const headA = a.levels[0]!;
  const headB = b.levels[0]!;
  if (headA.streets !== undefined && headB.streets !== undefined) {
    const r = relateStreets(headA, headB);
    if (r === 'conflict') return CONFLICT;
    if (r === 'incomparable') return STRETCH;
    if (r === 'one road') return ONE_ROAD;
    // The rest of each chain with its own key: two empty keys are equal, and "Springfield, Illinois" is not
    // "Springfield, Massachusetts" (a cold review found the rest always the same).
    const rest = comparePlaces(restOf(a), restOf(b), lexicon);
    return r === 'same' && rest.relation === 'same' ? SAME : rest.relation === 'conflict' ? CONFLICT : COMPATIBLE;
  }
  // Two numbered addresses on one street, one after the place that stands there ("Victim's Home, 300 Block Of North
  // Holly Avenue" / "200 block of Holly Avenue"): the numbers decide, as between two addresses.
  const addressOf = (v: PlaceValue) => v.levels.find((l) => l.streets !== undefined && l.landmark !== true && (l.block !== undefined || l.house !== undefined));
  const [na, nb] = [addressOf(a), addressOf(b)];
  if (na !== undefined && nb !== undefined && (na !== headA || nb !== headB) && relateStreets(na, nb) === 'conflict' && na.streets!.some((x) => nb.streets!.some((y) => streetParts(x)[0] === streetParts(y)[0]))) return CONFLICT;
  if (isRefinement(a.levels, b.levels) || isRefinement(b.levels, a.levels)) return COMPATIBLE;
  if (mayHoldPart(a, b) || mayHoldPart(b, a)) return PART_OF;
  if (headA.generic === true || headB.generic === true) {
    // The sort decides, and what each says the place lies in or by must fit: "a house near Dallas" is not "a house
    // near Austin", nor "a house west of Tyler" one "east of Tyler".
    const g = compareGeneric(headA, headB, lexicon, a.levels.length === 1 && b.levels.length === 1);
    if (g.relation !== 'conflict' && a.levels.length > 1 && b.levels.length > 1) {
        const rest = comparePlaces(restOf(a), restOf(b), lexicon).relation;
      if (rest === 'conflict') return CONFLICT;
      // One sort, told with what holds it otherwise ("southeast of Amarillo" / "near Amarillo"): no longer the same.
      if (g.relation === 'same' && rest !== 'same') return COMPATIBLE;
    }
    return g;
  }
  // Below the broadest shared level, the next levels down must be the same place.
  let sharedA = -1;
  let sharedB = -1;
  for (let i = a.levels.length - 1; i >= 0 && sharedA < 0; i--) {
    const j = indexIn(b.levels, a.levels[i]!, 0);
    if (j >= 0 && !swapsRoles(a.levels, i, b.levels, j)) {
      sharedA = i;
      sharedB = j;
    }
  }
  if (sharedA >= 0) {
    // What each says the shared place lies in must fit: "Orlando, Florida" is not "Orlando, Texas".
    const upA = a.levels.slice(sharedA + 1);
    const upB = b.levels.slice(sharedB + 1);
    // Only states and countries are told apart so: a county, a district or a side of town may lie in either.
    // And only for a town the gazetteer knows: a lake, a river, a dam or a station may lie in two states at once.
    const top = (levels: readonly PlaceLevel[]) => levels.find((l) => l.type === 'region' && KNOWN_REGIONS.has(l.name))?.name;
    // Told from one landmark on opposite sides ("a checkpoint north of Gaza City" / "south of Gaza City"): two places.
    if (upA.some((x) => upB.some((y) => sidesApart(x.name, y.name)))) return CONFLICT;
    const ta = top(upA);
    const tb = top(upB);
    if (ta !== undefined && tb !== undefined && separateRegions(ta, tb) && townsNamed(a.levels[sharedA]!.name).length > 0) return CONFLICT;
    // Walk down from the shared level while both chains agree; the first pair that differs decides.
    let i = sharedA;
    let j = sharedB;
    while (i > 0 && j > 0 && sameLevel(a.levels[i - 1]!, b.levels[j - 1]!)) {
      i--;
      j--;
    }
    const belowA = a.levels[i - 1];
    const belowB = b.levels[j - 1];
    if (belowA === undefined || belowB === undefined) return COMPATIBLE;
    // A level below whose words hold another's below ("Maryland Shock Trauma Center" / "Shock Trauma, University of
    // Maryland Medical Center"): one place told with other levels between.
    const aboveA = a.levels.slice(0, i);
    const aboveB = b.levels.slice(0, j);
    if (aboveA.some((x) => aboveB.some((y) => x.type !== 'region' && y.type !== 'region' && (wordsWithin(x.name, y.name) || wordsWithin(y.name, x.name))))) return COMPATIBLE;
    if (streetInArea(belowA, belowB)) return AREA_AND_STREET;
    return kindsClash(belowA.type, belowB.type) ? (byTowns(belowA, belowB, a, b) ?? clash(belowA, belowB)) : COMPATIBLE;
  }
  // No level in common, and each chain tells a corner, one of them under a venue ("store parking lot near 39th and
  // Market" / "near 41st and West Market"): the corners decide against, as two addresses' do. A single street
  // does not: a venue on a corner, or a campus, stands on two ("the Walmart on 5th Street" / "Main Street").
  const cornerOf = (v: PlaceValue) => v.levels.find((l) => l.streets !== undefined && l.streets.length >= 2 && l.house === undefined);
  const [cornerA, cornerB] = [cornerOf(a), cornerOf(b)];
  if (cornerA !== undefined && cornerB !== undefined && relateStreets(cornerA, cornerB) === 'conflict') return CONFLICT;
  // No level in common: a level whose words contain another's ("Santa Fe County District Court" / "Santa Fe") relates them.
  // Not one name as a state and as a town ("Seattle, Wash." / "Washington, D.C.").
  const stateAndTown = (x: PlaceLevel, y: PlaceLevel) => x.name === y.name && (x.type === 'region') !== (y.type === 'region');
  if (namedAfterStreet(a.levels[0]!, b.levels[0]!) || namedAfterStreet(b.levels[0]!, a.levels[0]!)) {
    // The rest of each chain must fit: "the 6th Street Bridge, Los Angeles" is no 6th Street in Dallas (a second review).
    return comparePlaces(restOf(a), restOf(b), lexicon).relation === 'conflict' ? CONFLICT : SOFT_COMPATIBLE;
  }
  if (a.levels.some((x) => b.levels.some((y) => !stateAndTown(x, y) && (wordsWithin(x.name, y.name) || wordsWithin(y.name, x.name))))) {
    return COMPATIBLE;
  }
  const [la, lb] = [a.levels[0]!, b.levels[0]!];
  // One name with different compass words is two places, whatever their sort; so are two sides of one landmark.
  if (compassTwins(la.name, lb.name) || sidesApart(la.name, lb.name)) return CONFLICT;
  // A name that is a street's name after a compass word ("West Highland" / "1700 block of West Highland"): the
  // street told without the words that make it one.
  if (namesStreet(la, lb) || namesStreet(lb, la)) return COMPATIBLE;
  if (streetInArea(la, lb)) return AREA_AND_STREET;
  // A venue or a street against a place of another level with nothing in common: the one may stand in the other,
  // which nothing contradicts and nothing shows (soft). A town against a region ("Orlando" / "Florida") stays
  // plain agreement.
  if (stateAwayFrom(a, b) || stateAwayFrom(b, a)) return CONFLICT;
  // Two known regions told alone: apart only when neither may hold the other ("Alberta" / "Canada" fit).
  if (a.levels.length === 1 && b.levels.length === 1 && la.type === 'region' && lb.type === 'region' && KNOWN_REGIONS.has(la.name) && KNOWN_REGIONS.has(lb.name)) {
    return separateRegions(la.name, lb.name) ? CONFLICT : COMPATIBLE;
  }
  if (!kindsClash(la.type, lb.type)) return [la.type, lb.type].some((t) => t === 'venue' || t === 'street') ? SOFT_COMPATIBLE : COMPATIBLE;
  const towns = byTowns(la, lb, a, b);
  if (towns !== undefined) return towns;
  // Someone's home against a home told by where it stands, the owner's side saying no more ("Cox's home, Dayton" has a
  // town to set against Detroit's: a second review).
  // (A street after it names no town: "Cox's Home, 4300 Block Of Tireman".)
  const noTown = (v: PlaceValue) => v.levels.slice(1).every((l) => l.streets !== undefined && l.landmark !== true);
  if ((noTown(a) && ownedAndPlaced(la, lb)) || (noTown(b) && ownedAndPlaced(lb, la))) return COMPATIBLE;
  if (sideOfTownHolds(a, b) || sideOfTownHolds(b, a)) return IN_AREA;
  if (roleAndNameOwn(la, lb) || roleAndNameOwn(lb, la)) return OWNER_ROLE_AND_NAME;
  const c = clash(la, lb);
  if (c !== CONFLICT) return c === LOCATED ? whereLocated(a, b) : c;
  const [town, other] = inKnownTown(la, a, lb, b) ? [la, b] : inKnownTown(lb, b, la, a) ? [lb, a] : [undefined, undefined];
  if (town === undefined) return venueInArea(la, a, lb, b) ?? venueInArea(lb, b, la, a) ?? CONFLICT;
  // What the other says of its own town must fit: "Pulse, Orlando" / "Tampa" is two towns.
  return namesTownApart(other, town.name) ? CONFLICT : BESIDE_A_TOWN;
}

/**
 * A US state told alone against a city the gazetteer puts only in other states ("Texas" / "Seattle", "LA" read
 * as Louisiana / "Chicago"): two places. Only a city (a town of radius CITY_RADIUS or more) none of whose
 * namesakes lies in the state; or any town whose chain names another state ("California" / "Chicago,
 * Illinois"). A state written as two letters that are the city's initials is taken for them ("LA" / "Los
 * Angeles").
 */
function stateAwayFrom(state: PlaceValue, town: PlaceValue): boolean {
  if (state.levels.length !== 1) return false;
  const s = state.levels[0]!;
  const code = s.type === 'region' ? stateCode(s.name) : undefined;
  const t = town.levels[0]!;
  if (code === undefined || t.type !== 'unknown' || t.common === true || KNOWN_REGIONS.has(t.name)) return false;
  // The town's chain names its own state: another state is another place ("California" / "Chicago, Illinois").
  const own = town.levels.find((l) => l.type === 'region' && stateCode(l.name) !== undefined);
  if (own !== undefined) return separateRegions(s.name, own.name);
  const towns = townsNamed(t.name);
  if (!towns.some((x) => x.radius >= CITY_RADIUS) || towns.some((x) => x.state === code)) return false;
  return s.code === undefined || s.code !== t.name.split(' ').map((w) => w[0]).join('');
}

/**
 * A venue against a part of a town or the country around it ("Piedmont Park" / "Midtown Atlanta"): it may stand
 * there, unless the venue's own chain names a town apart ("Pulse, Orlando" / "north Tampa").
 */
function venueInArea(venue: PlaceLevel, vv: PlaceValue, area: PlaceLevel, av: PlaceValue): Comparison | undefined {
  if (venue.type !== 'venue' || av.levels.length > 2) return undefined;
  const where = townArea(area);
  // A part of a town told by a common noun says nothing of which town: it may hold a venue that tells no more of where
  // it is ("the Smith house on the town's west side" / "the east side of the town" are two sides).
  if (where === undefined) return partOfSomeTown(area) && vv.levels.length === 1 && av.levels.length === 1 ? IN_AREA : undefined;
  return namesTownApart(vv, where.town) ? CONFLICT : IN_AREA;
}

/** A word of direction or extent that tells a part of a town ("north", "side", "outskirts", "metro", "lower"). */
function extent(w: string): boolean {
  return COMPASS_PARTS.has(w) || SUBAREA_WORDS.has(w) || SIDE_QUALIFIERS.has(w) || AROUND_LAST.has(w) || AROUND_FIRST.has(w);
}

/**
 * A part of a town told without the town's name, by a common noun for one and words of direction or extent: "the
 * city's northwest side", "the east side of the town", "the county's outskirts"; or by words of extent alone, one of
 * them a side or a district ("East Side", "the north side": the story's town). It may hold any venue, as a named
 * town's part does ("Grandfather's house" / "city's northwest side"). The noun is one WordNet files under
 * administrative districts or settlements (city, town, county, borough, village), not a building's or a lot's side.
 */
function partOfSomeTown(l: PlaceLevel): boolean {
  if (l.type !== 'unknown' || l.streets !== undefined) return false;
  const words = l.name.split(' ').filter((w) => w !== 'the');
  const of = words.lastIndexOf('of');
  const owner = of >= 0 ? words.slice(of + 1).join(' ') : l.possessive?.length === 1 ? l.possessive[0]! : undefined;
  // No owner told: a side or district of the town the story is about, in words of extent alone ("East Side", "the
  // north side", "Lower West Side", "downtown"), a note's way of writing "the city's east side" (held-out batch 68).
  if (owner === undefined) return words.length > 0 && words.every(extent) && words.some((w) => SUBAREA_WORDS.has(w));
  if (owner.includes(' ')) return false;
  const told = of >= 0 ? words.slice(0, of) : words.filter((w) => w !== owner);
  if (told.length === 0 || !told.every(extent)) return false;
  const noun = readWord(owner).noun ?? owner;
  return isKindOf(noun, 'district') || isKindOf(noun, 'settlement');
}

/** Whether a place's chain, past its first level, names a town apart from this one ("Pulse, Orlando" and Tampa). */
function namesTownApart(v: PlaceValue, town: string): boolean {
  return v.levels.slice(1).some((l) => isTown(l) && relateTowns(l.name, town) === 'apart');
}

const BESIDE_A_TOWN = incomparable('one is a town, the other a place the gazetteer of towns does not know (a venue, a neighbourhood, a province), which may lie in it or hold it');

/**
 * A town the gazetteer knows against a place it does not — a venue ("the Pulse nightclub" / "Orlando"), a name of
 * unknown sort ("Mandalay Bay" / "Las Vegas", "Larimer" / "Pittsburgh"), a province or a country it has no list
 * of ("Cape Town" / "South Africa"): the one may lie in the other, or hold it, and only towns are on the map. (A
 * village it leaves out against a town, "Harmony" / "Concord", is a miss this way; so is a country that is also a
 * US town's name, "Jordan" / "Syria".) A common noun is no town ("the beach", "the village"), nor a possessive
 * name ("McDonald's" is not McDonald, Pennsylvania).
 */
function inKnownTown(town: PlaceLevel, tv: PlaceValue, other: PlaceLevel, ov: PlaceValue): boolean {
  if (town.type !== 'unknown' && town.type !== 'region') return false;
  if (town.streets !== undefined || other.streets !== undefined || town.located === true || other.located === true) return false;
  if (other.type === 'street' || KNOWN_REGIONS.has(other.name) || isTown(other)) return false;
  if (tv.levels.length > 2 || ov.levels.length > 2) return false;
  return isTown(town) || statedTown(town, tv);
}

/** A level the gazetteer knows as a town, told as a name: not a common noun in lower case ("the beach"), not a possessive ("McDonald's"). */
function isTown(level: PlaceLevel): boolean {
  // A venue's name is no town though a town bears it ("Mayo Clinic" is not Mayo, Fla.; "Gillette Stadium"), nor is a
  // known region's ("Ontario" in "Mississauga, Ontario" is the province, not Ontario, Calif.).
  return (
    level.type !== 'venue' &&
    !(level.type === 'region' && KNOWN_REGIONS.has(level.name)) &&
    level.lower !== true &&
    !ownPossessive(level) &&
    townsNamed(level.name).length > 0
  );
}

/** A place told with its state, province or country after it ("Hunt, Texas", "Foxboro, Mass."): a locality, known or not. */
function statedTown(level: PlaceLevel, v: PlaceValue): boolean {
  const up = v.levels[1];
  return (
    v.levels.length === 2 &&
    v.levels[0] === level &&
    level.type === 'unknown' &&
    level.lower !== true &&
    up !== undefined &&
    up.type === 'region' &&
    (stateCode(up.name) !== undefined || KNOWN_REGIONS.has(up.name))
  );
}

/** A name that is all one possessive ("McDonald's", "Harrah's"); "Chicago's West Side" names a town's part. */
function ownPossessive(level: PlaceLevel): boolean {
  return level.possessive?.includes(level.name) === true;
}

/**
 * "a Tampa lounge" (some lounge in Tampa) against a place told by its name: which place, no one can tell, but
 * where it stands must fit what the other says of where it stands ("The Palace Lounge in Orlando" does not).
 */
function whereLocated(a: PlaceValue, b: PlaceValue): Comparison {
  const [x, y] = a.levels[0]!.located === true ? [a, b] : [b, a];
  // "Lincoln high school" may be Lincoln High School in Tacoma: where it stands is not held against anything.
  if (y.levels.length < 2 || x.levels[0]!.townRead === true) return LOCATED;
  const where: PlaceLevel[] = [{ name: x.levels[0]!.proper!, type: 'unknown' }, ...x.levels.slice(1)];
  const around = y.levels.slice(1);
  const chain = (levels: PlaceLevel[]): PlaceValue => ({ levels, key: levels.map((l) => l.name).join(', ') });
  const r = comparePlaces(chain(where), chain(around));
  return r.relation === 'conflict' ? CONFLICT : LOCATED;
}

/**
 * The town a part of a town names in its own words, after "of" or with a possessive ("the South Side of Chicago",
 * "Chicago's South Side"), if any; "the Austin neighborhood" is named for no town.
 */
function townIn(part: PlaceLevel): string | undefined {
  const words = part.name.split(' ');
  const of = words.lastIndexOf('of');
  // "Midtown Manhattan", "Uptown Charlotte": a part named before its town.
  const before = LEADING_PARTS.has(words[0]!) ? [words.slice(1).join(' ')] : [];
  const candidates = [...(of >= 0 ? [words.slice(of + 1).filter((w) => !SUBAREA_WORDS.has(w) && w !== 'the').join(' ')] : []), ...(part.possessive ?? []), ...before];
  for (const name of candidates) if (name.length > 2 && townsNamed(name).length > 0) return name;
  return undefined;
}

const LEADING_PARTS: ReadonlySet<string> = new Set(['midtown', 'uptown', 'downtown']);

/** Words that make a name a part of a town. */
const SUBAREA_WORDS: ReadonlySet<string> = new Set(['neighborhood', 'neighbourhood', 'district', 'borough', 'ward', 'quarter', 'side', 'midtown', 'uptown', 'downtown']);

const TOWN_WITHIN = incomparable('one may lie within the other (a neighbourhood, a borough or a suburb of a city), as far as a gazetteer of towns tells');

/**
 * Two names of towns, neighbourhoods or regions (no venue, no street) on the gazetteer: one that may lie within
 * the other is no conflict ("Brooklyn" / "New York City"), two towns apart are ("Tampa" / "Orlando"); undefined
 * leaves the pair to the rules by name and sort (either is no known town, or is a state or a country).
 */
function byTowns(la: PlaceLevel, lb: PlaceLevel, a: PlaceValue, b: PlaceValue): Comparison | undefined {
  const plain = (l: PlaceLevel) => (l.type === 'unknown' || l.type === 'region') && l.streets === undefined && !KNOWN_REGIONS.has(l.name) && !ownPossessive(l);
  if (!plain(la) || !plain(lb) || la.located === true || lb.located === true) return undefined;
  const state = (v: PlaceValue) => {
    for (const l of v.levels) {
      const code = stateCode(l.name);
      if (code !== undefined) return code;
    }
    return undefined;
  };
  // A part of a town told as one ("the Austin neighborhood", "the French Quarter", "the South Side") lies in some
  // town: against a town the gazetteer knows, it may lie in it.
  const subarea = (l: PlaceLevel) => (l.written ?? l.name.split(' ')).some((w) => SUBAREA_WORDS.has(w));
  const partOfTown = (part: PlaceLevel, pv: PlaceValue, town: PlaceLevel, tv: PlaceValue): Comparison | undefined => {
    if (!subarea(part) || subarea(town) || townsNamed(town.name, state(tv)).length === 0) return undefined;
    // "the South Side of Chicago", "Chicago's South Side": the part names its town, which must fit the other.
    const own = townIn(part);
    if (own === undefined) return TOWN_WITHIN;
    if (own === town.name) return COMPATIBLE;
    const r = relateTowns(own, town.name, state(pv), state(tv));
    return r === 'apart' ? CONFLICT : TOWN_WITHIN;
  };
  const area = byArea(la, a, lb, b, state);
  if (area !== undefined) return area;
  const part = partOfTown(la, a, lb, b) ?? partOfTown(lb, b, la, a);
  if (part !== undefined) return part;
  const r = relateTowns(la.name, lb.name, state(a), state(b));
  return r === 'within' ? TOWN_WITHIN : r === 'apart' ? CONFLICT : undefined;
}

/** Compass words that open a part of a town ("north London", "Southwest Detroit", "west Phoenix"). */
const COMPASS_PARTS: ReadonlySet<string> = new Set([
  ...COMPASS.keys(),
  ...['northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern'],
]);
/** Words that make a town's name the country around it too: "metro Atlanta", "suburban Chicago", "the Chicago suburbs". */
const AROUND_FIRST: ReadonlySet<string> = new Set(['metro', 'suburban', 'greater']);
const AROUND_LAST: ReadonlySet<string> = new Set(['suburbs', 'suburb', 'metro', 'metroplex', 'exurbs', 'outskirts']);
/** Words before a side of a town that place it further in or out ("Lower West Side", "Near North Side"). */
const SIDE_QUALIFIERS: ReadonlySet<string> = new Set(['lower', 'upper', 'near', 'far', 'inner']);
/**
 * The smallest radius (km) of a town whose parts are told by compass words or extent: about 90,000 people (the
 * gazetteer's radius is √population / 60). Below it, "South Central", "East Bay", "Outer Sunset" are names of
 * their own that a small town elsewhere happens to end with.
 */
const CITY_RADIUS = 5;

/**
 * A part of a town, or the country around it, told by the town's name and words of direction or extent: "north
 * London", "South Los Angeles", "Midtown Atlanta", "Chicago's West Side", "the east side of Houston" (a part:
 * `around` false); "metro Atlanta", "suburban Chicago", "Sydney's eastern suburbs" (the town and its suburbs:
 * `around`). Only when the town is a city on the gazetteer and no state or country ("North Carolina", "Northern
 * Virginia" are no such thing), and the whole name is no town of its own ("West Hollywood", "East Village").
 */
function townArea(l: PlaceLevel): { town: string; around: boolean } | undefined {
  if (l.type !== 'unknown' || l.streets !== undefined) return undefined;
  const words = l.name.split(' ');
  if (words.length < 2 || townsNamed(l.name).length > 0) return undefined;
  const known = (name: string) =>
    name.length > 2 && !KNOWN_REGIONS.has(name) && stateCode(name) === undefined && townsNamed(name).some((t) => t.radius >= CITY_RADIUS);
  // "Chicago's Lower West Side", "the Near North Side of Chicago": words that place a side further in or out (extent).
  const around = (told: readonly string[]) => told.some((w) => AROUND_FIRST.has(w) || AROUND_LAST.has(w));
  // "Chicago's West Side", "Sydney's eastern suburbs": the possessive is the town, every other word tells where in it.
  for (const owner of l.possessive ?? []) {
    const own = owner.split(' ');
    const told = words.filter((w) => !own.includes(w));
    if (told.length > 0 && told.every(extent) && known(owner)) return { town: owner, around: around(told) };
  }
  // "the east side of Houston", "the western suburbs of Paris".
  const of = words.lastIndexOf('of');
  if (of > 0 && words.slice(0, of).every(extent)) {
    const town = words.slice(of + 1).join(' ');
    if (known(town)) return { town, around: around(words.slice(0, of)) };
  }
  // "north London", "Midtown Atlanta", "metro Atlanta", "north suburban Chicago", "the Chicago suburbs": words of
  // direction or extent before or after the town's name, and nothing else.
  const lead = (w: string) => COMPASS_PARTS.has(w) || LEADING_PARTS.has(w) || AROUND_FIRST.has(w);
  let from = 0;
  while (from < words.length - 1 && lead(words[from]!)) from++;
  let to = words.length;
  while (to > from + 1 && AROUND_LAST.has(words[to - 1]!)) to--;
  const told = [...words.slice(0, from), ...words.slice(to)];
  if (told.length > 0) {
    const town = words.slice(from, to).join(' ');
    if (known(town)) return { town, around: around(told) };
  }
  // "Detroit east side", "Chicago South Side": the town's name, then a side of it, as notes write it without "'s"
  // (held-out batch 68's neighbour, Detroit 2015).
  let end = words.length;
  while (end > 1 && extent(words[end - 1]!)) end--;
  // A side told by a compass word: "the Austin neighborhood" is a neighbourhood named Austin, in Chicago.
  const side = words.slice(end);
  if (side.some((w) => COMPASS_PARTS.has(w)) && side.some((w) => SUBAREA_WORDS.has(w)) && known(words.slice(0, end).join(' '))) {
    return { town: words.slice(0, end).join(' '), around: false };
  }
  return undefined;
}

/**
 * A part of a town told alone ("East Side", "the city's northwest side", "Detroit east side") against a place whose
 * chain names no town or region ("a home", "the scene", "car, backyard"): it may lie there, which nothing shows or
 * contradicts (held-out batch 68 and earlier: a home against the east side, a car in a backyard against Detroit's
 * east side, each reported as two places).
 */
function sideOfTownHolds(area: PlaceValue, other: PlaceValue): boolean {
  if (area.levels.length !== 1 || area.relation !== undefined) return false;
  const l = area.levels[0]!;
  if (!partOfSomeTown(l) && townArea(l) === undefined) return false;
  // A side the other tells in its own words is another side ("East Side" / "a south side bar", "Westside"): a cold review.
  if (compassApart(area.levels, other.levels)) return false;
  return other.levels.every((x) => x.type !== 'region' && !isTown(x) && townArea(x) === undefined && !partOfSomeTown(x));
}

const OWNER_ROLE_AND_NAME = incomparable("one tells whose home it is by a role (the suspect's), the other by a name, which may be one person");

/** Whose dwelling a level tells: its possessive ("Patrick's home"), or the words after "of" ("Home Of Rodney Patrick"). */
function ownerOf(l: PlaceLevel): string | undefined {
  if (l.sort === undefined || !DWELLINGS.has(l.sort)) return undefined;
  if (l.possessive?.length === 1) return l.possessive[0];
  return l.name.startsWith('of ') ? l.name.slice(3) : undefined;
}

/**
 * Two dwellings, one told by its owner's role ("the suspect's residence", "the victim's home": a noun for a kind of
 * person) and one by a name ("Patrick's home", "Home Of Rodney Clay Patrick Jr."): the suspect may be Patrick, which
 * crosscheck cannot tell (held-out batch 73). Two roles ("the victim's home" / "the suspect's home") or two names stay
 * two homes.
 */
function roleAndNameOwn(role: PlaceLevel, named: PlaceLevel): boolean {
  const r = ownerOf(role);
  const n = ownerOf(named);
  if (r === undefined || n === undefined || r.includes(' ')) return false;
  const person = (w: string) => {
    const noun = readWord(w).noun;
    return noun !== undefined && classesOf(noun)[0] === LEXFILE.person;
  };
  // A name: more than one word ("Rodney Clay Patrick Jr."), or a word that is no noun for a kind of person ("Patrick").
  return person(r) && (n.includes(' ') || !person(n));
}

/** Directions a place's words name, a side told in one word included ("Westside", "northeast"): n, s, e, w. */
function directionsOf(levels: readonly PlaceLevel[]): Set<string> {
  const out = new Set<string>();
  for (const l of levels) {
    for (const w of l.written ?? l.name.split(' ')) {
      const bare = w.replace(/(?:side|end)$/, '');
      const d = COMPASS.get(bare);
      if (d !== undefined) out.add(d);
      else if (/^(?:north|south)(?:east|west)(?:ern)?$/.test(bare)) for (const x of [bare.slice(0, 5), bare.slice(5, 9)]) out.add(COMPASS.get(x)!);
    }
  }
  return out;
}

/** Whether two places' levels each name directions and none in common ("the north side" / "the south end"). */
function compassApart(a: readonly PlaceLevel[], b: readonly PlaceLevel[]): boolean {
  const da = directionsOf(a);
  if (da.size === 0) return false;
  const db = directionsOf(b);
  return db.size > 0 && ![...da].some((d) => db.has(d));
}

/**
 * How many times larger a town's radius must be than the largest of another name's towns, all far from it, for
 * that name to be maybe a neighbourhood of it (radius goes with the square root of population: a ninth of the
 * people or fewer).
 */
const NEIGHBOURHOOD_RATIO = 3;
/** Within this many of a town's radii, a town of another name is a neighbour of it, not a name elsewhere. */
const NEAR_RADII = 5;

const IN_AREA = incomparable('one is a part of a town or the country around it, the other a place the gazetteer does not place apart from it (a neighbourhood, a suburb), which may lie in it');

/**
 * A part of a town or the country around it ("north London", "metro Atlanta") against another plain place: its
 * town fits; a place the gazetteer lacks (a neighbourhood: "Tottenham") or places within the town ("Englewood"
 * / "Chicago's West Side") may lie in it. A town of its own near the town is beside it, not in a part of it
 * ("Evanston" / "Chicago's North Side" conflict), though around the town it may be a suburb ("Marietta" / "metro
 * Atlanta"). A town far away is elsewhere ("Tampa" / "north Orlando", "Milwaukee" / "Chicago's South Side"),
 * unless only much smaller towns bear its name: then it may be a neighbourhood's ("Camden" / "north London").
 * Two areas: of one town, the rules by name decide ("north London" / "south London"); of two, their towns do.
 * What the other's chain says of its own town must fit ("the Pulse nightclub, Orlando" / "north Tampa").
 */
function byArea(la: PlaceLevel, a: PlaceValue, lb: PlaceLevel, b: PlaceValue, state: (v: PlaceValue) => string | undefined): Comparison | undefined {
  // A state or a province is no place in a town: the rules for regions decide.
  if (la.type === 'region' || lb.type === 'region') return undefined;
  const areaA = townArea(la);
  const areaB = townArea(lb);
  if (areaA !== undefined && areaB !== undefined) {
    if (areaA.town === areaB.town) return undefined;
    return relateTowns(areaA.town, areaB.town, state(a), state(b)) === 'apart' ? CONFLICT : IN_AREA;
  }
  // A town's side against a side told without the town, in other directions ("Detroit east side" / "the city's west
  // side"): two sides.
  if ((areaA !== undefined && partOfSomeTown(lb)) || (areaB !== undefined && partOfSomeTown(la))) {
    if (compassApart(a.levels, b.levels)) return CONFLICT;
  }
  if (areaA !== undefined) return inArea(areaA, a, lb, b, state);
  if (areaB !== undefined) return inArea(areaB, b, la, a, state);
  return undefined;
}

/** A plain place against a part of a town or the country around it (see {@link byArea}). */
function inArea(area: { town: string; around: boolean }, pv: PlaceValue, o: PlaceLevel, ov: PlaceValue, state: (v: PlaceValue) => string | undefined): Comparison {
  if (o.name === area.town) return COMPATIBLE;
  if (namesTownApart(ov, area.town)) return CONFLICT;
  const towns = townsNamed(area.town, state(pv));
  const theirs = townsNamed(o.name, state(ov));
  if (towns.length === 0 || theirs.length === 0) return IN_AREA;
  // The town is the largest of its name (as a reader takes "London"); the other, the one of its name nearest it.
  const town = towns.reduce((x, y) => (y.radius > x.radius ? y : x));
  const nearest = theirs.reduce((x, y) => (distance(town, y) < distance(town, x) ? y : x));
  if (holds(town, nearest)) return IN_AREA;
  if (distance(town, nearest) <= town.radius * NEAR_RADII) return area.around ? IN_AREA : CONFLICT;
  return Math.max(...theirs.map((t) => t.radius)) * NEIGHBOURHOOD_RATIO < town.radius ? IN_AREA : CONFLICT;
}

/** Sides of a place: outside it anywhere, or on one side of it. */
const SIDES = new Set<PlaceRelation>(['behind', 'front', 'beside', 'across']);
/** Sides that may be another address: the house next door, the one across the street. */
const NEXT_DOOR = new Set<PlaceRelation>(['beside', 'across']);

/**
 * Places told relative to a place ("behind the apartment building" /
 * "outside the apartment building"): the places must agree, then the
 * positions — inside and outside conflict, two different sides conflict,
 * "outside" fits any side, and a bare place fits any position by it.
 */
function compareRelations(a: PlaceValue, b: PlaceValue): Comparison {
  // Beside or across from a house, against a place told outright: the place may be the next house ("next to 18
  // Plymouth St." / "20 Plymouth St.", "across the street from 18" / "19"), so only its block counts.
  const blocks = (v: PlaceValue, other: PlaceValue) => v.relation !== undefined && NEXT_DOOR.has(v.relation) && other.relation === undefined;
  const strip = (v: PlaceValue, other: PlaceValue): PlaceValue => {
    const levels = blocks(v, other) ? v.levels.map(blockOfHouse) : v.levels;
    return { levels, key: levels.map((l) => l.name).join(', ') };
  };
  const base = comparePlaces(strip(a, b), strip(b, a));
  // Outside a place, or beside, behind, in front of or across from it, against a part that may be in it ("outside
  // the hotel" / "the lobby", "in front of the school" / "in the hallway"): not in it.
  const outsideHolder = (whole: PlaceValue, part: PlaceValue) =>
    whole.relation !== undefined && whole.relation !== 'inside' && part.relation === undefined && mayHoldPart(strip(part, whole), strip(whole, part));
  if (base === PART_OF && (outsideHolder(a, b) || outsideHolder(b, a))) return CONFLICT;
  if (base.relation === 'conflict' || base.relation === 'incomparable') return base;
  const ra = a.relation;
  const rb = b.relation;
  if (ra === rb) return base;
  if (ra === undefined || rb === undefined) return COMPATIBLE;
  if (ra === 'inside' || rb === 'inside') return CONFLICT;
  if (ra === 'outside' || rb === 'outside') return COMPATIBLE;
  return SIDES.has(ra) && SIDES.has(rb) ? CONFLICT : COMPATIBLE;
}

const ONE_ROAD = incomparable('one numbers a road in one system, the other in another ("FM 1960" / "Highway 1960", "Loop 610" / "I-610"), which may be one road called otherwise in passing');

const STRETCH = incomparable('one is a stretch of a street between two cross streets, the other a number on that street, and crosscheck has no plan of its numbering');

const SPELLING = incomparable('their names differ by the ending of a word, which may be one place spelt two ways or two places');

function namesStreet(named: PlaceLevel, street: PlaceLevel): boolean {
  if (named.streets !== undefined || street.streets === undefined) return false;
  const words = named.name.split(' ');
  if (words.length < 2 || !COMPASS.has(words[0]!)) return false;
  const rest = words.slice(1).join(' ');
  // The whole name of the street, its type aside, on the side named if the street has one: "Highland" is
  // "highland ave", "Harlem" is not "harlem river dr", "West Highland" is not "highland ave e".
  return street.streets.some((s) => {
    const [core, , side] = streetParts(s);
    return core === rest && (side === '' || side === COMPASS.get(words[0]!));
  });
}

/**
 * A place named after a street, the street's name and type first ("the 6th Street Bridge", "16th Street Baptist
 * Church", "the Fifth Street Bridge"), against that street ("6th St.", "Fifth Street"): it may stand on it. (Its name
 * holds the type as written, which the street's reading shortens: a cold review found "6th st" no longer within
 * "6th street bridge" once a numbered street kept its type.)
 */
function namedAfterStreet(named: PlaceLevel, street: PlaceLevel): boolean {
  if (named.streets !== undefined || street.streets === undefined || street.block !== undefined) return false;
  const words = (named.written ?? named.name.split(' ')).map(inDigits);
  return street.streets.some((s) => {
    const [core, type, side] = streetParts(s);
    const coreWords = core.split(' ');
    const t = words[coreWords.length];
    return side === '' && type !== '' && words.length > coreWords.length + 1 && coreWords.every((w, i) => words[i] === w) && t !== undefined && STREET_TYPES.get(t) === type;
  });
}

/** Sorts of venue that are grounds holding venues of other sorts: a court in a park, a hall on a campus, a store in a mall. */
const GROUNDS = new Set(['park', 'campus', 'mall']);

const WITHIN = incomparable('one is a place of another sort that may stand within the other (a park, a campus or a mall), and crosscheck has no map');

const LOCATED = incomparable('one is told by its sort and where it stands (a Santa Fe restaurant), the other by its name, and crosscheck has no map');

const DESCRIBED = incomparable('they share a name and differ in the common words that describe it, which may tell one place or a part of it');

/**
 * One capitalised name, told with other words in lower case ("Trumbull Gardens housing project" / "Trumbull
 * Gardens affordable housing complex parking lot", "Trumbull Gardens apartments"): descriptions of one place or
 * of a part of it. Names that differ in a capitalised word stay two ("Lincoln High School" / "Lincoln Middle School").
 */
function describedAlike(a: PlaceLevel, b: PlaceLevel): boolean {
  // Two places told by their sort and the town they stand in ("Lincoln high school" / "Lincoln middle school")
  // share where they are, not a name: their descriptions tell them apart.
  if (a.located === true && b.located === true) return false;
  const pa = a.proper ?? a.written?.join(' ');
  const pb = b.proper ?? b.written?.join(' ');
  return (a.proper !== undefined || b.proper !== undefined) && pa !== undefined && pa === pb;
}

/** One name, a word written joined on one side and split on the other ("Charlie O's Night Club" / "Charlie O's nightclub"). */
function joinedAlike(a: PlaceLevel, b: PlaceLevel): boolean {
  if (a.written === undefined || b.written === undefined || a.written.length === b.written.length) return false;
  const [x, y] = joinSplitTokens(a.written, b.written);
  return x.length === y.length && x.every((w, i) => w === y[i]);
}

/**
 * One owner's place, described in lower case on one side and named on the other ("Bunny's convenience store" /
 * "Bunny's Truck Stop"): maybe one place told two ways. Two names in capitals ("Joe's Pizza" / "Joe's Tavern") stay two.
 */
function ownerDescribed(a: PlaceLevel, b: PlaceLevel): boolean {
  if (a.possessive === undefined || b.possessive === undefined || (a.common !== true) === (b.common !== true)) return false;
  // A town's possessive tells where, not whose ("Boston's public garden" / "Boston's Fenway Park").
  return a.possessive.some((w) => b.possessive!.includes(w) && townsNamed(w).length === 0);
}

/**
 * A part of a named place ("parking lot of County Market", "the lobby of the Grand Hyatt hotel") against that place
 * told with more words after its name ("County Market Grocery", "the Grand Hyatt hotel bar"): a spot in it, or the
 * place itself, as against the name alone. The name is the words after "of" with the sort; the other must open with
 * them ("the Grand Market" is not "County Market").
 */
function spotOfNamed(part: PlaceLevel, place: PlaceLevel): boolean {
  const of = part.name.lastIndexOf(' of ');
  if (of < 0 || part.sort === undefined || part.written === undefined || place.written === undefined) return false;
  const named = [...part.name.slice(of + 4).split(' '), part.sort];
  const tail = part.written.slice(-named.length);
  if (named.length < 2 || tail.length !== named.length || !tail.every((w, i) => w === named[i]) || !named.every((w, i) => place.written![i] === w)) return false;
  // The words after the name say what sort of place it is ("Grocery", "grocery store"), not another part or spot of
  // it ("County Market lobby", "Mandalay Bay hotel 32nd floor", "First Baptist Church sanctuary": a cold review).
  return place.written.slice(named.length).every((w) => {
    const noun = readWord(w).noun ?? w;
    return !/^\d+(?:st|nd|rd|th)$/.test(w) && !isPartOf(noun, 'building') && !isKindOf(noun, 'room');
  });
}

/**
 * Someone's home told by its owner alone ("Cox's home", "the victim's house") against a home told by the part of a
 * town it stands in ("a west side Detroit home", "West Side Detroit Home", "an east Oakland apartment"): maybe one
 * home, whose owner the one does not say and whose whereabouts the other does not (held-out batch 64). Not a home
 * named otherwise ("the Smith house", "Trumbull Gardens apartments"), nor by a town's name alone ("a Houston home":
 * a family may bear it).
 */
function ownedAndPlaced(owned: PlaceLevel, placed: PlaceLevel): boolean {
  if (owned.possessive === undefined || owned.proper !== undefined || owned.sort === undefined || !dwelling(owned.sort) || owned.name !== owned.possessive.at(-1)) return false;
  if (placed.sort === undefined || !dwelling(placed.sort) || placed.possessive !== undefined || placed.generic === true) return false;
  // Words of where in a town, and the town: "Smith" alone may be a family's name as well as a town's ("the Smith
  // house"), "west side Detroit" is no one's.
  const words = placed.name.split(' ');
  const where = words.filter((w) => !COMPASS_PARTS.has(w) && !SUBAREA_WORDS.has(w));
  return where.length > 0 && where.length < words.length && (townsNamed(where.join(' ')).length > 0 || KNOWN_REGIONS.has(where.join(' ')));
}

/**
 * A town's name and a sort in lower case ("Lincoln middle school") against a name that opens with that town's name
 * ("Lincoln High School"): read as names, which differ.
 */
function ownNameRead(x: PlaceLevel, y: PlaceLevel): boolean {
  return x.townRead === true && x.proper !== undefined && y.located !== true && (y.name === x.proper || y.name.startsWith(`${x.proper} `));
}

/**
 * Two places of one sort with different names: a conflict, unless the names differ only by a word's
 * ending ("Southwest" / "Southwestern Christian College"), or one is grounds and the other a venue of
 * another sort that may stand on them ("Herb Washington Basketball Complex" / "Douglass Park"), or one is
 * told only by its sort and where it stands ("a Santa Fe restaurant" / "Casa Chimayo").
 */
function clash(a: PlaceLevel, b: PlaceLevel): Comparison {
  if (joinedAlike(a, b)) return SAME;
  if (endingVariants(a.name.split(' '), b.name.split(' '))) return SPELLING;
  if (describedAlike(a, b) || ownerDescribed(a, b)) return DESCRIBED;
  if (spotOfNamed(a, b) || spotOfNamed(b, a)) return COMPATIBLE;
  if ((a.located === true) !== (b.located === true) && !ownNameRead(a, b) && !ownNameRead(b, a)) return LOCATED;
  // "Lincoln high school" against "a Tacoma high school": the first may be a name, so its town says nothing.
  if (a.located === true && b.located === true && (a.townRead === true) !== (b.townRead === true) && a.proper !== b.proper) return LOCATED;
  if (a.sort !== undefined && b.sort !== undefined && a.sort !== b.sort && (GROUNDS.has(a.sort) || GROUNDS.has(b.sort))) return WITHIN;
  return CONFLICT;
}

/**
 * A place told only by its sort ("a nearby hospital") against another: the
 * same sort, or a named place of that sort, fits ("Stroger Hospital"); a
 * venue of another sort, or a place of unknown sort ("at the scene", "the
 * garage"), does not; a street or region may hold it.
 */
function compareGeneric(a: PlaceLevel, b: PlaceLevel, lexicon?: Lexicon, alone = false): Comparison {
  const [g, o] = a.generic === true ? [a, b] : [b, a];
  const gKind = g.describedAs ?? [];
  // One word written joined on one side and split on the other ("a night club" / "a nightclub", "a drug store" /
  // "a drugstore").
  const joined = (l: PlaceLevel) => (l.generic === true ? [...(l.describedAs ?? []), l.sort ?? ''].join('') : l.name.replace(/ /g, ''));
  if (gKind.length > 0 && joined(g) === joined(o)) return SAME;
  // What kind it is, said in the other's words too ("a nearby fire station" / "the adjacent fire department"): one
  // place told two ways, as the words shared said before the sort was read. Not a vehicle ("a police car").
  if (o.generic !== true && gKind.length > 0) {
    const words = o.written ?? o.name.split(' ');
    const last = words.at(-1);
    if (gKind.every((w) => words.includes(w)) && !(last !== undefined && isKindOf(readWord(last).noun ?? last, 'conveyance'))) return COMPATIBLE;
  }
  if (o.generic === true) {
    const oKind = o.describedAs ?? [];
    // What kind of a sort each says: the same words, or words on one side only, one place told more or less
    // precisely; words that share none, two kinds ("a high school" / "a middle school", "a fire station" / "a police
    // station"; "a gas station" / "a service station" is one, which crosscheck cannot tell).
    const sorts = g.sort === o.sort ? 'same' : g.sort === undefined || o.sort === undefined ? undefined : lexicon?.relate(g.sort, o.sort);
    const related = oneOrKin(sorts);
    if (related && gKind.length > 0 && oKind.length > 0 && !kindsMeet(gKind, oKind, lexicon)) return CONFLICT;
    if (g.sort === o.sort) return gKind.length === oKind.length && gKind.every((w) => oKind.includes(w)) ? SAME : COMPATIBLE;
    // The same kind of two related sorts ("a hookah lounge" / "a hookah bar"): one place told two ways.
    if (gKind.length > 0 && gKind.length === oKind.length && gKind.every((w) => oKind.includes(w))) return COMPATIBLE;
    if (lived(g.sort, o.sort) || lived(o.sort, g.sort)) return gKind.length === 0 && oKind.length === 0 ? COMPATIBLE : CONFLICT;
    // A kind word that is itself a word for the other's sort ("a grocery store" / "a supermarket": WordNet's grocery
    // is a grocery store, of which a supermarket is one).
    const kindFits = (kind: readonly string[], sort: string | undefined) => kind.length === 1 && sort !== undefined && oneOrKin(lexicon?.relate(kind[0]!, sort));
    if (kindFits(gKind, o.sort) || kindFits(oKind, g.sort)) return COMPATIBLE;
    // Two kinds of two sorts the lexicon does not know ("a strip mall" / "a shopping center"): which, it cannot tell.
    if (gKind.length > 0 && oKind.length > 0 && sorts === undefined) return UNKNOWN_SORTS;
    // Two sorts the lexicon relates: "a residence" / "a home" (broader), "a house" / "a home".
    return sorts === 'same' ? SAME : related ? COMPATIBLE : CONFLICT;
  }
  if (o.type === 'venue') {
    if (o.sort === undefined) return COMPATIBLE;
    if (o.sort === g.sort) {
      if (gKind.length === 0) return COMPATIBLE;
      // "a gas station" against a station told otherwise: in common words in lower case, another kind ("the bus
      // station"); by a name ("Shell Station", "Union Station"), which may be of that kind or not.
      return o.lower === true ? CONFLICT : KINDS_OF_A_SORT;
    }
    // A named place with the sort among its words may be in such a place, or be one: "a shopping mall" / "Southside
    // Mall food court".
    if (g.sort !== undefined && o.written?.includes(g.sort) === true) return COMPATIBLE;
    // A dwelling's word written into a name in capitals names a business or a hall ("the Waffle House", "the
    // Opera House"), not a home; after a family's name in lower case it is one ("the Smith house"), and after a
    // possessive, someone's ("the woman's home", "Woman's Home" in a note, "his ex-girlfriend's apartment").
    if (DWELLINGS.has(o.sort) && o.proper === undefined) {
      // Someone's home only when the name ends with the owner ("Boston's Opera House" is a hall), and then it fits a
      // place told as a dwelling only, of no other kind ("a bar", "a funeral home" / "the victim's house" are two places).
      const owned = o.possessive?.includes(o.name.split(' ').at(-1)!) === true;
      return owned && gKind.length === 0 && g.sort !== undefined && dwelling(g.sort) ? COMPATIBLE : CONFLICT;
    }
    if (lived(g.sort, o.sort)) return gKind.length === 0 ? COMPATIBLE : CONFLICT;
    // A sort the lexicon relates to the other's: "a hospital" / "the Mayo Clinic"; of another kind, told in common
    // words, another place ("a tire shop" / "the liquor store").
    const r = g.sort === undefined ? undefined : lexicon?.relate(g.sort, o.sort);
    // A sort whose kind is the other's sort ("a hospital building" / "the medical center"): that place's building.
    if (o.sort !== undefined && kindSorts(gKind).includes(o.sort) && oneOrKin(r)) return COMPATIBLE;
    if (gKind.length > 0 && o.lower === true) return r === 'same' && (o.written ?? []).some((w) => gKind.includes(w)) ? COMPATIBLE : CONFLICT;
    return oneOrKin(r) ? COMPATIBLE : CONFLICT;
  }
  // A street or a region may hold it: nothing contradicts, and nothing shows the two are one place either.
  // A town the gazetteer knows may hold it ("a home" / "Orlando"). A name of unknown sort may be that place's own name
  // or a town the gazetteer leaves out ("a bar" / "The Tipsy Cow", "a residence" / "Pinetown"); common nouns of no
  // known sort are another place, in capitals too, as notes write them ("a home" / "at the scene", "a hospital" /
  // "At Scene", "Parking Lot").
  if (o.type === 'unknown') {
    if (isTown(o)) return BESIDE_A_TOWN;
    // Only where neither tells more of where it is: "a gas station on the city's east side" / "the city's west side"
    // are two sides of one town.
    if (alone && (partOfSomeTown(o) || townArea(o) !== undefined) && !compassApart([g], [o])) return IN_AREA;
    return o.common === true || o.lower === true || commonNouns(o.name, lexicon) ? CONFLICT : SORT_AND_NAME;
  }
  return SOFT_COMPATIBLE;
}

/**
 * Whether two kinds of a sort share a word, or name sorts that are kin as the sorts themselves would be ("a hotel
 * building" / "a motel building", "a hospital building" / "a medical center building": a cold review).
 */
function kindsMeet(a: readonly string[], b: readonly string[], lexicon: Lexicon | undefined): boolean {
  const [as, bs] = [kindSorts(a), kindSorts(b)];
  return as.some((w) => bs.includes(w) || bs.some((x) => VENUE_WORDS.has(w) && VENUE_WORDS.has(x) && oneOrKin(lexicon?.relate(w, x))));
}

/** Whether every word of a name is a noun the lexicon knows (without a lexicon, taken to be so: the stricter reading). */
function commonNouns(name: string, lexicon: Lexicon | undefined): boolean {
  if (lexicon === undefined) return true;
  return name.split(/[^\p{L}\p{N}]+/u).every((w) => w === '' || lexicon.relate(w, w) === 'same');
}

/** The lexicon's word for two nouns that name one thing or one a kind of the other. */
function oneOrKin(relation: string | undefined): boolean {
  return relation === 'same' || relation === 'broader' || relation === 'narrower';
}

const UNKNOWN_SORTS = incomparable('both tell a place by its sort and kind, in words crosscheck cannot relate');

const KINDS_OF_A_SORT = incomparable('one tells a place by its sort and kind, the other names a place of that sort, which may be of that kind or not');

const SORT_AND_NAME = incomparable('one tells a place by its sort, the other by a name of unknown sort, which may be that place\'s name or a place that holds it');

const PART_OF = incomparable('one is told as a part or a spot of some place (a room, a floor, a porch) and the other as a place that may hold it, and crosscheck has no plan of it');

/**
 * A place told alone as a common noun of no known sort, a made thing — a part or a spot: "the lobby", "the
 * driveway", "the dance floor" — against a named place, which may hold it ("the lobby" / "Mandalay Bay", "the
 * dance floor" / "Pulse nightclub"). Two such parts ("the kitchen" / "the garage") stay with the rules below; a
 * part the lexicon places in the other's sort is compatible (byMeaning, before this).
 */
function mayHoldPart(part: PlaceValue, whole: PlaceValue): boolean {
  if (part.levels.length !== 1) return false;
  const p = part.levels[0]!;
  const w = whole.levels[0]!;
  if (p.spot !== true || p.type !== 'unknown' || p.streets !== undefined || w.streets !== undefined) return false;
  // A named venue ("the Grand Hyatt hotel"), or a name of unknown sort told alone, not all in lower case
  // ("Mandalay Bay", "Pulse nightclub"). A place told by its sort alone ("an area hospital", "his home") is left to
  // the rules below: a garage or a porch may be a building of its own, or another's.
  if (w.type === 'venue') return w.generic !== true || holdsPart(p.name, w.sort);
  // A room is no holder of another part: "the hallway" / "Room 1216", "the kitchen" / "the VIP room".
  const words = w.written ?? w.name.split(' ');
  if (words.some((x) => !VENUE_WORDS.has(x) && isRoom(x))) return false;
  return w.type === 'unknown' && whole.levels.length === 1 && w.lower !== true;
}

/**
 * A place told by its sort alone that may hold a part told alone ("the hotel" / "the lobby", "the school" / "the
 * hallway", "the airport" / "the terminal"): a building, a structure or a facility, against a part that WordNet
 * puts inside one — a part of a building ("basement", "stairwell"), a room ("kitchen"; not a car, which WordNet
 * also calls one) or a passage ("hallway", "corridor") — or a facility inside a facility ("terminal", "gym").
 * Anything else stays another place: a vehicle, a road, a yard, a porch ("at the hospital" / "in the ambulance",
 * "at his home" / "in the street"), a building of its own ("an area hospital" / "the garage").
 */
function holdsPart(part: string, sort: string | undefined): boolean {
  // The part's head: its last word ("the back stairwell" is a stairwell).
  if (sort === undefined || !/^[\p{L} ]+$/u.test(part)) return false;
  const noun = readWord(part.slice(part.lastIndexOf(' ') + 1)).noun;
  if (noun === undefined || isKindOf(noun, 'conveyance')) return false;
  const holder = HOLDERS.some((h) => isKindOf(sort, h));
  // What belongs to a building without being in it: an outbuilding (a garage, a shed: WordNet's building
  // "subordinate to and separate from a main building") or its grounds (a yard, a backyard): "in the garage" / "at
  // the family home", "the backyard" / "the residence". A building of any other sort stands on its own ("the
  // garage" is no part of "an area hospital": a hospital is no dwelling).
  // Only the part as such, told with no noun but its side ("the back porch"): "the parking garage", "the bus garage",
  // "a neighbor's garage" are places of their own (a cold review).
  // (Words that are no nouns say how it is, not whose or what for: "the detached garage", "the fenced backyard".)
  const plain = part.split(' ').slice(0, -1).every((w) => SIDE_WORDS.has(w) || readWord(w).noun === undefined);
  if (isKindOf(noun, 'outbuilding') || isKindOf(noun, 'grounds')) return plain && holder && dwelling(sort);
  if (isKindOf(noun, 'building')) return false;
  // A room is no holder of another room: "a classroom" / "the school library" (a patio may be a bar's).
  const room = isKindOf(noun, 'room');
  if (room && isRoom(sort)) return false;
  // A part of a dwelling: WordNet has the house's parts ("porch", "kitchen"), which a home or a residence, any
  // dwelling, may have ("on the porch" / "at his home").
  const inside = isPartOf(noun, 'building') || room || isKindOf(noun, 'passage') || (plain && dwelling(sort) && isPartOf(noun, 'house'));
  if (inside) return holder;
  return isKindOf(noun, 'facility') && isKindOf(sort, 'facility');
}

/** A place people live in: housing by WordNet ("house", "apartment") or a word for any of them ("home", "residence"). */
function dwelling(sort: string): boolean {
  // WordNet's housing, singular ("apartments" is "apartment"); not a public house ("pub", "saloon": taverns).
  const noun = readWord(sort).noun ?? sort;
  return DWELLINGS.has(sort) || (isKindOf(noun, 'housing') && !isKindOf(noun, 'tavern'));
}

/** Words that tell which side of a thing a part is on, or where by it ("the back porch", "on the porch"). */
const SIDE_WORDS: ReadonlySet<string> = new Set(['front', 'back', 'rear', 'side', 'upper', 'lower', 'on', 'in', 'at', 'inside']);

/** WordNet's nouns for made places with parts: what a room, a lobby or a terminal is in. */
const HOLDERS: readonly string[] = ['building', 'structure', 'facility'];

/** A room or a kind of one by WordNet ("classroom", "ballroom"; not "bar", a venue word). */
function isRoom(word: string): boolean {
  if (word === 'room') return true;
  const r = relateNouns(word, 'room');
  return r.relation === 'hypernym' && r.distance <= 2;
}

/** Whether a place someone lives in ("a home") may be a dwelling of the other sort ("an apartment"). */
function lived(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && LIVED_IN.has(a) && DWELLINGS.has(b);
}

/**
 * Two places each told in one common word that the lexicon relates: the same ("stomach" / "abdomen"), or one a
 * part or a kind of the other ("forehead" / "head", "porch" / "house"), a more precise place in it. Words the
 * lexicon calls different stay with the rules below (two names of one sort are two places anyway). Two words
 * both written as names ("Independence" / "Liberty", "Concord" / "Harmony": towns, and synonyms or kinds as
 * nouns) are read by meaning only when one is a part of the other ("Forehead" / "Head").
 */
function byMeaning(a: PlaceValue, b: PlaceValue, lexicon: Lexicon): Comparison | undefined {
  if (a.levels.length !== 1 || b.levels.length !== 1) return undefined;
  const [la, lb] = [a.levels[0]!, b.levels[0]!];
  if (la.streets !== undefined || lb.streets !== undefined) return undefined;
  // A part told as a common noun against a named place of a sort it is part of: "the kitchen" / "the Smith house",
  // "the lobby" / "the Grand Hyatt hotel".
  const partOfNamed = (part: PlaceLevel, named: PlaceLevel) =>
    part.common === true && ONE_WORD.test(part.name) && named.type === 'venue' && named.sort !== undefined && named.generic !== true && (named.common !== true || named.proper !== undefined) && lexicon.partOf?.(part.name, named.sort) === true;
  if (partOfNamed(la, lb) || partOfNamed(lb, la)) return COMPATIBLE;
  const parts = bodyParts(la, lb, lexicon) ?? onFloors(la, lb);
  if (parts !== undefined) return parts;
  // A sort told with words of its kind ("apartment building") against a place that is no sort: the sort alone
  // relates them ("the elevator" / "the apartment building"); two sorts keep their kinds (compareGeneric).
  const alone = (l: PlaceLevel, other: PlaceLevel) => (l.generic === true && other.generic !== true && l.describedAs !== undefined ? l.sort : wordOf(l));
  const wa = alone(la, lb);
  const wb = alone(lb, la);
  if (wa === undefined || wb === undefined) return undefined;
  const regional = inRegion(wa, wb, lexicon) ?? inRegion(wb, wa, lexicon) ?? onOneSide(wa, wb, lexicon);
  if (regional !== undefined) return regional;
  if (!ONE_WORD.test(wa) || !ONE_WORD.test(wb)) return undefined;
  const r = lexicon.relate(wa, wb);
  if (r !== 'same' && r !== 'broader' && r !== 'narrower') return undefined;
  const common = (l: PlaceLevel) => l.generic === true || l.common === true;
  if (!common(la) && !common(lb) && lexicon.partOf?.(wa, wb) !== true && lexicon.partOf?.(wb, wa) !== true) return undefined;
  return r === 'same' ? SAME : COMPATIBLE;
}

/** A part of the body: its side ("left", "right"), its other words of position ("upper"), its noun. */
interface BodyPart {
  readonly side: string | undefined;
  readonly region: readonly string[];
  readonly noun: string;
}

const BODY_SIDES: ReadonlySet<string> = new Set(['left', 'right']);

/** Whether a word's noun is a part of the body by its first sense (WordNet's noun.body). */
function bodyNoun(word: string): string | undefined {
  const noun = readWord(word).noun;
  return noun !== undefined && classesOf(noun)[0] === LEXFILE.body ? noun : undefined;
}

/**
 * The parts of the body a place of one level lists, when every word is one or a word of position before one ("leg
 * stomach" from "in the leg and stomach", "right leg abdomen" from "Right Leg And Abdomen"); undefined otherwise. A
 * side told first holds for the parts told without one ("the left arm and leg": the left leg too). A word that is a
 * part and a word of position before another part ("the back and chest" or "back chest") cannot be read: undefined.
 */
function bodyPartsOf(level: PlaceLevel): BodyPart[] | undefined {
  if (level.type !== 'unknown' || level.streets !== undefined) return undefined;
  const words = level.written ?? level.name.split(' ');
  const out: BodyPart[] = [];
  let position: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (POSITION_WORDS.has(w)) {
      if (bodyNoun(w) !== undefined && k + 1 < words.length && !POSITION_WORDS.has(words[k + 1]!)) return undefined;
      position.push(w);
      continue;
    }
    const noun = bodyNoun(w);
    if (noun === undefined) return undefined;
    const side = position.filter((p) => BODY_SIDES.has(p));
    if (side.length > 1) return undefined;
    out.push({ side: side[0] ?? out[0]?.side, region: position.filter((p) => !BODY_SIDES.has(p)), noun });
    position = [];
  }
  return position.length === 0 && out.length > 0 ? out : undefined;
}

/**
 * Two parts that are one place told alike or one more precisely by its side: the same noun or a synonym ("stomach" /
 * "abdomen"), the same words of region ("upper arm" is no "arm", which may be the lower), and no two sides. A part of
 * another ("hand" / "arm") is not read so: the lexicon's parts are loose ("hand" lies in a leg by its sense of
 * extremity).
 */
function onePart(a: BodyPart, b: BodyPart, lexicon: Lexicon): boolean {
  if (a.side !== undefined && b.side !== undefined && a.side !== b.side) return false;
  if (a.region.length !== b.region.length || a.region.some((w) => !b.region.includes(w))) return false;
  return a.noun === b.noun || lexicon.relate(a.noun, b.noun) === 'same';
}

/**
 * Lists of parts of the body, one of them of two or more ("in the leg and stomach" / "Right Leg And Abdomen"): the
 * place reader keeps a list as one name, so two lists that name the same parts in other words, or with a side the
 * other leaves out, would differ as names. When every part of one side meets a part of the other, the one says no more
 * than the other: compatible. Otherwise the rules below decide (a part on each side that the other lacks, as "leg" /
 * "shoulder", stays a difference).
 */
function bodyParts(la: PlaceLevel, lb: PlaceLevel, lexicon: Lexicon): Comparison | undefined {
  const pa = bodyPartsOf(la);
  const pb = bodyPartsOf(lb);
  if (pa === undefined || pb === undefined || (pa.length < 2 && pb.length < 2)) return undefined;
  const met = (xs: readonly BodyPart[], ys: readonly BodyPart[]) => xs.every((x) => ys.some((y) => onePart(x, y, lexicon)));
  return met(pa, pb) || met(pb, pa) ? COMPATIBLE : undefined;
}

/** Words that tell a region of a thing: "upper torso", "lower back", "left arm", "back porch". */
const POSITION_WORDS: ReadonlySet<string> = new Set(['upper', 'lower', 'left', 'right', 'front', 'back', 'rear', 'inner', 'outer', 'middle', 'top', 'bottom']);

const REGION_UNKNOWN = incomparable('one is a region of a thing ("the upper torso"), the other a part of that thing that may or may not lie in that region');

/**
 * A region of a thing told by position words and one noun ("upper torso", "Lower Body") against one word the
 * lexicon relates to that noun: the thing itself or what holds it fits ("torso", "body"); a part of it may lie in
 * the region or not ("chest", "buttocks": incomparable). Two regions, or words the lexicon does not relate,
 * are left to the rules below.
 */
function inRegion(region: string, other: string, lexicon: Lexicon): Comparison | undefined {
  const words = region.split(' ');
  if (words.length < 2 || !ONE_WORD.test(other)) return undefined;
  const head = words[words.length - 1]!;
  if (!ONE_WORD.test(head) || !words.slice(0, -1).every((w) => POSITION_WORDS.has(w)) || POSITION_WORDS.has(other)) return undefined;
  if (head === other) return COMPATIBLE;
  // Parts only, not kinds ("the top floor" / "the basement": a basement is a kind of floor).
  if (!oneSort(head, other)) return undefined;
  if (lexicon.relate(head, other) === 'same' || lexicon.partOf?.(head, other) === true) return COMPATIBLE;
  return lexicon.partOf?.(other, head) === true ? REGION_UNKNOWN : undefined;
}

/**
 * Two parts told on the same side or in the same region ("his right thigh" / "the right leg"): one a part of the
 * other, of one sort by their main senses, is a more precise place in it.
 */
function onOneSide(a: string, b: string, lexicon: Lexicon): Comparison | undefined {
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length < 2 || wa.length !== wb.length) return undefined;
  for (let k = 0; k < wa.length - 1; k++) if (wa[k] !== wb[k] || !POSITION_WORDS.has(wa[k]!)) return undefined;
  const ha = wa.at(-1)!;
  const hb = wb.at(-1)!;
  if (ha === hb || !ONE_WORD.test(ha) || !ONE_WORD.test(hb) || !oneSort(ha, hb)) return undefined;
  return lexicon.partOf?.(ha, hb) === true || lexicon.partOf?.(hb, ha) === true ? COMPATIBLE : undefined;
}

/** Nouns for a floor of a building ("fl" as "2nd fl." is written). */
const FLOOR_NOUNS: ReadonlySet<string> = new Set(['floor', 'story', 'storey', 'level', 'fl']);
/** Words for a floor above, or at, the ground without its number. */
const UP_WORDS: ReadonlySet<string> = new Set(['upstairs', 'top', 'upper']);
const DOWN_WORDS: ReadonlySet<string> = new Set(['downstairs']);

/** A floor as told: its number, or only above the ground ("upstairs", "top floor") or at it ("downstairs"). */
type Floor = { readonly n: number } | { readonly up: boolean };

/** The floor two words open with ("second floor", "2nd fl", "top floor"), or one word ("upstairs"). */
function floorAt(words: readonly string[], k: number): { floor: Floor; length: number } | undefined {
  const w = words[k];
  if (w === undefined) return undefined;
  if (w === 'upstairs') return { floor: { up: true }, length: 1 };
  if (DOWN_WORDS.has(w)) return { floor: { up: false }, length: 1 };
  if (!FLOOR_NOUNS.has(words[k + 1] ?? '')) return undefined;
  if (UP_WORDS.has(w)) return { floor: { up: true }, length: 2 };
  const digits = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(w);
  // Ground and main floors are 0; the others by their ordinal, in words or digits.
  const n = digits !== null ? Number(digits[1]) : w === 'ground' || w === 'main' ? 0 : ORDINAL_WORDS.get(w);
  return n === undefined ? undefined : { floor: { n }, length: 2 };
}

/** A place's words split into the floor it tells (first, or "upstairs"/"downstairs" last) and the rest. */
function onAFloor(level: PlaceLevel): { floor: Floor; rest: string } | undefined {
  const words = level.written ?? (level.generic === true && level.sort !== undefined ? [...(level.describedAs ?? []), level.sort] : level.name.split(' '));
  const split = words.flatMap((w) => w.split('-')).filter((w) => w !== '' && w !== 'a' && w !== 'an' && w !== 'the');
  const first = floorAt(split, 0);
  if (first !== undefined) return { floor: first.floor, rest: split.slice(first.length).join(' ') };
  const last = split.length > 1 ? floorAt(split, split.length - 1) : undefined;
  if (last !== undefined && last.length === 1) return { floor: last.floor, rest: split.slice(0, -1).join(' ') };
  return undefined;
}

/**
 * Whether two floors may be one: numbers alike (ground and first fit each other: American usage counts the ground
 * floor first), a number above the ground against "upstairs" (a British first floor too), the ground or first against
 * "downstairs"; "upstairs" against "downstairs" not.
 */
function floorsFit(a: Floor, b: Floor): boolean {
  if ('n' in a && 'n' in b) return a.n === b.n || (a.n <= 1 && b.n <= 1);
  if ('n' in a) return (b as { up: boolean }).up ? a.n >= 1 : a.n <= 1;
  if ('n' in b) return floorsFit(b, a);
  return (a as { up: boolean }).up === (b as { up: boolean }).up;
}

/**
 * One room told on a floor in two ways ("an upstairs bedroom" / "second story bedroom", "second-floor master bedroom"
 * / "upstairs master bedroom", "bedroom upstairs" / "2nd fl. bedroom"): the same words once the floor is set aside,
 * on floors that may be one. Floors that cannot ("second-floor" / "third-floor apartment", "upstairs" / "downstairs")
 * conflict; anything else is left to the rules after.
 */
function onFloors(a: PlaceLevel, b: PlaceLevel): Comparison | undefined {
  const fa = onAFloor(a);
  const fb = onAFloor(b);
  if (fa === undefined || fb === undefined || fa.rest !== fb.rest) return undefined;
  if (!floorsFit(fa.floor, fb.floor)) return CONFLICT;
  const same = 'n' in fa.floor && 'n' in fb.floor ? fa.floor.n === fb.floor.n : 'up' in fa.floor && 'up' in fb.floor && fa.floor.up === fb.floor.up;
  return same ? SAME : COMPATIBLE;
}

/** Two nouns of one sort by their main senses (a body's parts, a building's): "the back seat" is no buttocks of "the trunk". */
function oneSort(a: string, b: string): boolean {
  const ca = classesOf(readWord(a).noun ?? a)[0];
  return ca !== undefined && ca === classesOf(readWord(b).noun ?? b)[0];
}

/** The word a place of one level is told in: a sort told alone ("a nearby house"), else its name (a possessive is no word of it: "his head" is "head"). */
function wordOf(level: PlaceLevel): string | undefined {
  if (level.generic !== true) return level.name;
  return level.describedAs === undefined || level.sort === undefined ? level.sort : [...level.describedAs, level.sort].join(' ');
}
const ONE_WORD = /^\p{L}+$/u;

const OFFSET_AGAINST_PLACE = incomparable('one is given by its distance or direction from a place, the other by name, and crosscheck has no map');
const OFFSETS_FROM_TWO_PLACES = incomparable('they are measured from different places, and crosscheck has no map');

/** Bearings further apart than this are different directions: "northeast" fits "north-northeast", "west" does not fit "south". */
const BEARING_SPREAD = 45;

/**
 * Places given from another place: from the same place, their distances and
 * bearings must fit; from different places, or against a place named
 * outright, crosscheck cannot tell without a map (incomparable, never a conflict).
 */
function compareOffsets(a: PlaceValue, b: PlaceValue): Comparison {
  if (a.offset === undefined || b.offset === undefined) return OFFSET_AGAINST_PLACE;
  // A bare direction ("west") is from the place the attribute names; it meets another offset on the bearing alone.
  if (a.levels.length === 0 || b.levels.length === 0) return compareBearings(a.offset.bearing, b.offset.bearing);
  const anchors = comparePlaces({ levels: a.levels, key: a.levels.map((l) => l.name).join(', ') }, { levels: b.levels, key: b.levels.map((l) => l.name).join(', ') });
  if (anchors.relation === 'conflict' || !sameName(a.levels[0]!.name, b.levels[0]!.name)) return OFFSETS_FROM_TWO_PLACES;
  const da = a.offset.distance;
  const db = b.offset.distance;
  if (da !== undefined && db !== undefined && compareIntervals(da, db, undefined).relation === 'conflict') return CONFLICT;
  return compareBearings(a.offset.bearing, b.offset.bearing);
}

function compareBearings(ba: number | undefined, bb: number | undefined): Comparison {
  if (ba === undefined || bb === undefined) return COMPATIBLE;
  const turn = Math.abs(ba - bb) % 360;
  return Math.min(turn, 360 - turn) > BEARING_SPREAD ? CONFLICT : COMPATIBLE;
}

function wordsWithin(small: string, large: string): boolean {
  // A name split on one side may be one word on the other ("Wal-Mart" / "Pine Hills Walmart"): the whole name, not
  // any two words of the larger ("Newport" is no part of "New Port Richey").
  const have = new Set(large.split(' '));
  const own = small.split(' ');
  return own.every((w) => have.has(w)) || (own.length > 1 && have.has(own.join('')));
}

const AREA_AND_STREET = incomparable('one names a street, the other a place of unknown sort that may hold it (a neighbourhood, a side of town), and crosscheck has no map');

/** A street against a name of unknown sort ("Liberty Avenue" / "Bloomfield", "58th and Hampton" / "the northwest side"). */
function streetInArea(a: PlaceLevel, b: PlaceLevel): boolean {
  return (a.type === 'street' && b.type === 'unknown') || (a.type === 'unknown' && b.type === 'street');
}

/** Two different places clash when they are the same sort of place, or either sort is unknown but neither is a region. */
function kindsClash(a: PlaceLevelType, b: PlaceLevelType): boolean {
  if (a === b) return true;
  if (a === 'region' || b === 'region') return false;
  return a === 'unknown' || b === 'unknown';
}
