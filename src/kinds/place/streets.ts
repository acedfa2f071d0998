import type { PlaceLevel } from './value';
import { VENUE_WORDS } from './words';

/** Street-type words, their usual abbreviations → one spelling. */
export const STREET_TYPES: ReadonlyMap<string, string> = new Map([
  ['street', 'st'], ['st', 'st'], ['avenue', 'ave'], ['ave', 'ave'], ['av', 'ave'], ['boulevard', 'blvd'], ['blvd', 'blvd'],
  ['road', 'rd'], ['rd', 'rd'], ['drive', 'dr'], ['dr', 'dr'], ['lane', 'ln'], ['ln', 'ln'], ['parkway', 'pkwy'],
  ['pkwy', 'pkwy'], ['highway', 'hwy'], ['hwy', 'hwy'], ['terrace', 'ter'], ['ter', 'ter'], ['way', 'way'],
]);
/** Street types that are also venues or common words ("court", "place"): a type only after a numbered name. */
const NUMBERED_TYPES: ReadonlyMap<string, string> = new Map([
  ['court', 'ct'], ['ct', 'ct'], ['place', 'pl'], ['pl', 'pl'], ['circle', 'cir'], ['cir', 'cir'], ['trail', 'trl'], ['square', 'sq'],
]);
/** Plural street types ("Fifth and Main streets") → the singular. */
const PLURAL_TYPES: ReadonlyMap<string, string> = new Map([
  ['streets', 'street'], ['avenues', 'avenue'], ['boulevards', 'boulevard'], ['roads', 'road'], ['drives', 'drive'],
  ['lanes', 'lane'], ['parkways', 'parkway'], ['highways', 'highway'], ['terraces', 'terrace'],
]);
/** Compass words, written out or abbreviated → their abbreviation ("north" → "n"). */
const DIRECTION_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  [['north', 'n'], ['south', 's'], ['east', 'e'], ['west', 'w'], ['northeast', 'ne'], ['northwest', 'nw'], ['southeast', 'se'], ['southwest', 'sw']].flatMap(
    ([full, short]) => [[full!, short!], [short!, short!]] as [string, string][],
  ),
);
const DIRECTIONS: ReadonlySet<string> = new Set(DIRECTION_ABBREVIATIONS.keys());
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/** Ordinals in words, below a hundred: "sixth" → 6, and the tens a unit ordinal follows ("twenty first" → 21). */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map(
  [
    'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
    'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
  ].map((w, i) => [w, i + 1] as const).concat(
    ['twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'].map((w, i) => [w, (i + 2) * 10] as const),
  ),
);
const TENS: ReadonlyMap<string, number> = new Map(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((w, i) => [w, (i + 2) * 10] as const));
/** The hundreds before an ordinal ("one hundred twenty fifth" → 125). */
const UNITS: ReadonlyMap<string, number> = new Map(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].map((w, i) => [w, i + 1] as const));

/** 21 → "21st", 12 → "12th". */
export function numbered(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** Whether a word may begin a street's number in words ("sixth", "twenty", "one hundred"). */
function beginsSpelledNumber(word: string | undefined): boolean {
  return word !== undefined && (ORDINAL_WORDS.has(word) || TENS.has(word) || UNITS.has(word) || word === 'hundred' || word === 'hundredth');
}

/**
 * A street numbered in words is that number ("Sixth Street" is 6th St, "Twenty-First Avenue" 21st Ave, "One
 * Hundred Twenty-Fifth Street" 125th St), as is one in digits without its ending ("NW 36 Street" is NW 36th St): the
 * ordinal words or the number right before a street type, when nothing but a direction comes before them.
 */
function spelledOrdinal(ws: readonly string[]): string[] {
  const last = ws.at(-1);
  if (ws.length < 2 || last === undefined || !(STREET_TYPES.has(last) || NUMBERED_TYPES.has(last))) return [...ws];
  let i = ws.length - 2;
  let n: number;
  const unit = ORDINAL_WORDS.get(ws[i]!);
  if (unit !== undefined) {
    n = unit;
    i--;
    const tens = unit < 10 && i >= 0 ? TENS.get(ws[i]!) : undefined;
    if (tens !== undefined) {
      n += tens;
      i--;
    }
    if (i >= 0 && ws[i] === 'hundred') {
      const hundreds = i >= 1 ? UNITS.get(ws[i - 1]!) : undefined;
      n += 100 * (hundreds ?? 1);
      i -= hundreds === undefined ? 1 : 2;
    }
  } else if (/^\d{1,3}$/.test(ws[i]!) && Number(ws[i]) > 0) {
    // A street's number written without its ending ("NW 36 Street" is NW 36th St), before a street type only.
    n = Number(ws[i]);
    i--;
  } else if (ws[i] === 'hundredth') {
    const hundreds = i >= 1 ? UNITS.get(ws[i - 1]!) : undefined;
    n = 100 * (hundreds ?? 1);
    i -= hundreds === undefined ? 1 : 2;
  } else return [...ws];
  const start = i + 1;
  if (!ws.slice(0, start).every((w) => DIRECTIONS.has(w))) return [...ws];
  return [...ws.slice(0, start), numbered(n), last];
}

/** Words that name a system of numbered roads, and the system: interstates apart, every other numbered road a route. */
const ROAD_SYSTEMS: ReadonlyMap<string, string> = new Map([
  ['i', 'interstate'], ['interstate', 'interstate'], ['interstate highway', 'interstate'],
  ['highway', 'route'], ['hwy', 'route'], ['route', 'route'], ['rt', 'route'], ['rte', 'route'], ['sr', 'route'],
  ['state route', 'route'], ['state road', 'route'], ['state highway', 'route'], ['us', 'route'], ['u s', 'route'],
  ['us highway', 'route'], ['us route', 'route'], ['u s highway', 'route'], ['u s route', 'route'],
  // Systems of their own, each numbered apart from the others: county roads and Texas's farm-to-market roads ("FM 14"
  // is no County Road 14). Against a plain "Highway" of the same number they are not told apart (see relateStreets).
  // Not "RM" ("Rm 112" is a room).
  ['county road', 'county road'], ['cr', 'county road'], ['c r', 'county road'], ['county route', 'county road'],
  ['fm', 'farm to market'], ['f m', 'farm to market'], ['farm to market', 'farm to market'], ['farm to market road', 'farm to market'],
  ['fm road', 'farm to market'], ['farm road', 'farm to market'],
  // A loop is a road by its shape, numbered in whatever system carries it (Houston's Loop 610 is I-610).
  ['loop', 'loop'], ['state loop', 'loop'],
]);

/** Road systems a plain "Highway N" or "Route N" may be written for, as people name roads: a farm-to-market road, a county road. */
const LOCAL_SYSTEMS: readonly string[] = ['farm to market', 'county road'];

/**
 * Two numbered roads of one number, one a route ("Highway 1960") and the other a farm-to-market or county road ("FM
 * 1960"), or one a loop ("Loop 610" / "I-610"): maybe one road, called by another system's name in passing.
 */
function routeOrLocal(wx: string, wy: string): boolean {
  // A side of each (the lanes one way, "FM 1960 West") must fit: none, or the same.
  const [x, , ax] = streetParts(wx);
  const [y, , ay] = streetParts(wy);
  if (ax !== '' && ay !== '' && ax !== ay) return false;
  const nx = / (\d+[a-z]?)$/.exec(x);
  const ny = / (\d+[a-z]?)$/.exec(y);
  if (nx === null || ny === null) return false;
  // A lettered branch against the road of that number told with the letter's side ("Route 9W" / "Route 9 West"):
  // maybe one road, the side written out or the branch.
  if (nx[1] !== ny[1]) return x.slice(0, nx.index) === y.slice(0, ny.index) && ((nx[1] === `${ny[1]}${ay}` && ax === '') || (ny[1] === `${nx[1]}${ax}` && ay === ''));
  const sx = x.slice(0, nx.index);
  const sy = y.slice(0, ny.index);
  // A loop of one number may be any system's road of that number.
  if (sx === 'loop' || sy === 'loop') return true;
  return (sx === 'route' && LOCAL_SYSTEMS.includes(sy)) || (sy === 'route' && LOCAL_SYSTEMS.includes(sx));
}

/** Words for a kind of road that may follow a road's number ("the I-5 freeway"). */
const ROAD_KINDS: ReadonlySet<string> = new Set(['freeway', 'expressway', 'highway', 'hwy', 'interstate', 'bypass']);

/** "interstate 95" for "I-95", "Interstate 95"; "route 61" for "Hwy 61", "U.S. Route 61"; else undefined. */
function numberedRoad(words: readonly string[]): string | undefined {
  // "I95": the letter and the number in one word; "the I-5 freeway": the kind of road after the number.
  const joined = words.length === 1 ? /^i(\d{1,3}[nsew]?)$/.exec(words[0]!) : null;
  const ws = joined !== null ? ['i', joined[1]!] : ROAD_KINDS.has(words.at(-1) ?? '') ? words.slice(0, -1) : words;
  if (ws.length < 2 || ws.length > 5) return undefined;
  // A number, with the letter of a branch or a spur after it: "I-35W" and "I-35E" are two roads, "Route 9W" is not
  // Route 9. A letter that is the road's own way is the way of travel, not a branch: odd numbers run north and
  // south, even ones east and west ("I-5N" is I-5 northbound, "I-10E" I-10 eastbound).
  const number = /^(\d{1,4})([a-z]?)$/.exec(ws.at(-1)!);
  if (number === null) return undefined;
  const system = ROAD_SYSTEMS.get(ws.slice(0, -1).join(' '));
  const n = Number(number[1]);
  const way = n % 2 === 1 ? 'ns' : 'ew';
  const letter = number[2] !== '' && way.includes(number[2]!) ? '' : number[2];
  return system === undefined ? undefined : `${system} ${n}${letter}`;
}

/**
 * One street as a canonical core: the name without direction or type
 * ("W. 16th St." → "16th", "Mermaid Avenue" → "mermaid ave" keeps a type only
 * when the name is not a number), or undefined when the words are no street.
 */
function streetCore(
  words: readonly string[],
  lenient: boolean,
  spelledNumbers = true,
): { core: string; type: string | undefined; spelled?: true; side?: string } | undefined {
  const written = words.filter((w) => w !== 'the');
  // "eastbound I-40": the lanes one way, a side of the road (as "I-40 eastbound", below: a cold review found the
  // two orders read otherwise).
  const leading = written.length > 1 ? /^(north|south|east|west)bound$/.exec(written[0]!) : null;
  if (leading !== null) written.shift();
  // "14th St. N.W." (read as "14th st n w"): a diagonal after the type written as two letters.
  if (written.length > 3 && /^[ns]$/.test(written.at(-2)!) && /^[ew]$/.test(written.at(-1)!) && (STREET_TYPES.has(written.at(-3)!) || NUMBERED_TYPES.has(written.at(-3)!))) {
    written.splice(-2, 2, `${written.at(-2)}${written.at(-1)}`);
  }
  // "1st Avenue North", "Washington St E": a direction after the type names a part of the street (its side of a
  // city's axis), kept abbreviated ("Washington Street West" / "Washington St E" are two streets).
  let side = written.length > 2 && DIRECTIONS.has(written.at(-1)!) && (STREET_TYPES.has(written.at(-2)!) || NUMBERED_TYPES.has(written.at(-2)!)) ? DIRECTION_ABBREVIATIONS.get(written.pop()!) : undefined;
  let ws = spelledNumbers ? spelledOrdinal(written) : [...written];
  const spelled = ws.length !== written.length || ws.some((w, i) => w !== written[i]);
  // "N.W. 32nd Ave." (read as "n w 32nd ave"): a diagonal written as two letters.
  if (ws.length > 2 && (ws[0] === 'n' || ws[0] === 's') && (ws[1] === 'e' || ws[1] === 'w')) ws = [`${ws[0]}${ws[1]}`, ...ws.slice(2)];
  // "West Highland", not "N. M." (New Mexico): a direction only before a real name, out of the street's core
  // and kept as its side, as after the type ("W. Main St." is "Main St W": "West 16th Street" fits "16th St.",
  // which names no side, and not "East 16th Street"). ("North Avenue": the direction is the name when only a
  // type would remain.)
  if (ws.length > 1 && DIRECTIONS.has(ws[0]!) && ws[1]!.length >= 3 && !(ws.length === 2 && STREET_TYPES.has(ws[1]!))) {
    side ??= DIRECTION_ABBREVIATIONS.get(ws[0]!);
    ws = ws.slice(1);
  }
  // A numbered road: "I-95" is Interstate 95; "Hwy 61", "State Route 61", "U.S. 61" are route 61.
  const road = numberedRoad(ws);
  const ahead = leading === null ? undefined : DIRECTION_ABBREVIATIONS.get(leading[1]!);
  if (road !== undefined) return ahead === undefined ? { core: road, type: undefined } : { core: road, type: undefined, side: ahead };
  // "U.S. Highway 281 South", "I-95 northbound": after a numbered road, a compass word on the road's own way (north or
  // south on an odd number, east or west on an even one) tells its lanes one way, kept as its side: the road told
  // without one fits ("Highway 281"), the other way's lanes do not ("I-95 southbound"). Across its way, the word
  // names a branch, as its letter does ("Interstate 35 West" is I-35W, "Route 9 West" Route 9W: a cold review).
  const bound = /^(north|south|east|west)bound$/.exec(ws.at(-1) ?? '');
  const way = ws.length > 2 ? DIRECTION_ABBREVIATIONS.get(bound === null ? ws.at(-1)! : bound[1]!) : undefined;
  const lanes = way !== undefined && way.length === 1 ? numberedRoad(ws.slice(0, -1)) : undefined;
  if (lanes !== undefined && way !== undefined) {
    // Across an Interstate's own way the word names a branch, as its letter does ("Interstate 35 West" is I-35W: a
    // cold review); the odd-and-even rule holds for Interstates only ("Highway 6 South" is Highway 6, a second
    // review), so another road's word is a side, which meets a lettered branch as maybe one road (routeOrLocal).
    const number = /^interstate (\d{1,4})$/.exec(lanes);
    const own = number === null ? '' : Number(number[1]) % 2 === 1 ? 'ns' : 'ew';
    if (number !== null && bound === null && !own.includes(way)) {
      const branch = `${lanes}${way}`;
      return ahead === undefined ? { core: branch, type: undefined } : { core: branch, type: undefined, side: ahead };
    }
    return { core: lanes, type: undefined, side: way };
  }
  let type: string | undefined;
  const last = ws.at(-1);
  if (ws.length > 1 && last !== undefined && STREET_TYPES.has(last)) {
    type = STREET_TYPES.get(last);
    ws = ws.slice(0, -1);
  } else if (ws.length > 1 && last !== undefined && NUMBERED_TYPES.has(last) && ORDINAL.test(ws.at(-2)!)) {
    // "NW 32nd Court", "14th Place": words that are venues or common words elsewhere, a type after a numbered name.
    type = NUMBERED_TYPES.get(last);
    ws = ws.slice(0, -1);
  } else if (ws.length > 1 && (ws[0] === 'avenue' || ws[0] === 'ave')) {
    // "Avenue A"
    type = 'ave';
    ws = ws.slice(1);
  }
  if (ws.length === 0) return undefined;
  // Without a type or an ordinal, a name is a street only where the text says so: in a block or beside another
  // street ("1700 block of West Highland", "West Highland near Avenue A"). A direction alone does not make one:
  // "North Korea", "East Palo Alto", "West Virginia" are not streets.
  // A numbered street without a type is the number alone ("19th and Prospect", "W. 16th"): "2nd degree murder",
  // "3rd floor apartment" are no streets.
  if (type === undefined && !(ws.length === 1 && ORDINAL.test(ws[0]!))) {
    if (!lenient) return undefined;
    // Beside a street, a name without a type is one only if it could be a street's name: "a makeshift nightclub
    // near 19th and Prospect" is a nightclub (an article, a sort of venue), not a street.
    if (ws[0] === 'a' || ws[0] === 'an' || ws.some((w) => VENUE_WORDS.has(w))) return undefined;
    // Nor is a word and a number ("exit 12 off I-95", "gate 3"): a numbered road has its own words.
    if (/^\d+$/.test(ws.at(-1)!)) return undefined;
  }
  const out: { core: string; type: string | undefined; spelled?: true; side?: string } = { core: ws.join(' '), type };
  if (spelled) out.spelled = true;
  if (side !== undefined) out.side = side;
  return out;
}

/** The canonical spellings of street types ("st", "ave", "rd", ...). */
export const STREET_TYPE_SPELLINGS: ReadonlySet<string> = new Set(STREET_TYPES.values());

/** A canonical street ("1st ave n") as its name, its type and the side of the city it runs in ('' for a part not given). */
export function streetParts(s: string): readonly [core: string, type: string, side: string] {
  const cut = (text: string, keep: (last: string) => boolean): [string, string] => {
    const i = text.lastIndexOf(' ');
    const last = i < 0 ? '' : text.slice(i + 1);
    return keep(last) ? [text.slice(0, i), last] : [text, ''];
  };
  const [rest, side] = cut(s, (last) => SIDES.has(last));
  const [core, type] = cut(rest, (last) => STREET_TYPE_SPELLINGS.has(last));
  return [core, type, side];
}

/** Streets are one when their names match, and their types and sides do too where both give one. */
export function sameStreet(a: string, b: string): boolean {
  if (a === b) return true;
  const [ca, ta, sa] = streetParts(a);
  const [cb, tb, sb] = streetParts(b);
  return ca === cb && (ta === '' || tb === '' || ta === tb) && (sa === '' || sb === '' || sa === sb);
}

/** The abbreviated compass words a street's side is kept as. */
const SIDES: ReadonlySet<string> = new Set(DIRECTION_ABBREVIATIONS.values());

/**
 * A street level: "West 16th Street and Mermaid Avenue" (an intersection),
 * "1700 block of West Highland Avenue", "West Highland near Avenue A" (the
 * part after "near" or "off" is only context).
 */
export function readStreets(words: readonly string[]): PlaceLevel | undefined {
  // "the first street on the left", "the second road": after "the", an ordinal in words counts, it numbers no street.
  const spelled = !words.some((w, i) => w === 'the' && beginsSpelledNumber(words[i + 1]));
  let ws = [...words];
  // "Charlotte Avenue between 4th and 5th avenues": the street, on the stretch two cross streets bound.
  const stretch = ws.indexOf('between');
  if (stretch > 0) {
    const main = readStreets(ws.slice(0, stretch));
    const cross = readStreets(ws.slice(stretch + 1));
    if (main?.streets?.length === 1 && cross?.streets?.length === 2 && cross.block === undefined && main.block === undefined) {
      const between = [...cross.streets].sort();
      return { name: `${main.name} between ${between.join(' & ')}`, type: 'street', streets: main.streets, between };
    }
    // Bounds that are no two streets ("between Smithville and Jonestown", "between exits 12 and 13", "between 2 and
    // 3 a.m."): only context, as after "near".
  }
  // "a ditch along West 10th Street": a spot on the street, which is what the value places.
  const along = ws.indexOf('along');
  if (along > 0 && along < ws.length - 1) {
    const street = readStreets(ws.slice(along + 1));
    if (street?.streets !== undefined) return street;
  }
  const cut = ws.findIndex((w, i) => w === 'near' || ((w === 'off' || w === 'between') && i > 0));
  // The words after "near" (see PlaceLevel.near), before the street's own are cut from them.
  const nearTail = cut > 0 && ws[cut] === 'near' ? ws.slice(cut + 1) : [];
  const context = cut > 0 ? streetCore(ws.slice(cut + 1).filter((w) => w !== 'of'), false, spelled) : undefined;
  if (cut > 0) ws = ws.slice(0, cut);
  // "near 1420 Main St." is somewhere by that house, maybe the next one: a place in its block.
  let nearby = false;
  while (ws.length > 1 && (ws[0] === 'near' || ws[0] === 'at' || ws[0] === 'on' || ws[0] === 'along' || ws[0] === 'off' || ws[0] === 'the')) {
    if (ws[0] === 'near') nearby = true;
    ws = ws.slice(1);
  }
  // "the area of 63-99 Annunciation Road", "the vicinity of": somewhere about it, as "near" says.
  if (ws.length > 2 && (ws[0] === 'area' || ws[0] === 'vicinity') && ws[1] === 'of') {
    ws = ws.slice(ws[2] === 'the' ? 3 : 2);
    nearby = true;
  }
  // "the intersection of", "the corner of": what follows is the streets.
  if (ws.length > 3 && (ws[0] === 'intersection' || ws[0] === 'corner') && ws[1] === 'of') ws = ws.slice(ws[2] === 'the' ? 3 : 2);
  // "Campus and Oaks drives": one plural type after two names is each one's type.
  const plural = ws.length > 3 ? PLURAL_TYPES.get(ws.at(-1)!) : undefined;
  if (plural !== undefined && ws.slice(0, -1).some((w) => w === 'and' || w === '&')) {
    ws = ws.slice(0, -1).flatMap((w) => (w === 'and' || w === '&' ? [plural, w] : [w]));
    ws.push(plural);
  }
  let block: number | undefined;
  let house: number | undefined;
  let unit: string | undefined;
  // "the 1700 block of West Highland" says it is a street; a house number alone does not ("6.1 magnitude").
  let inBlock = false;
  // "block of", and as listings abbreviate it, "blk" with or without "of" ("1500 blk Oak St"); "block" without "of"
  // only after a round hundred ("4000 block NW 41st St"; "1285 Block Island Road" is a house on Block Island Road),
  // and then what follows must read as a street by itself ("the 2200 block area" names none).
  const bare = (at: number) => ws[at] === 'block' && ws[at + 1] !== 'of' && at + 1 < ws.length && Number(ws[at - 1]) % 100 === 0;
  const blockWords = (at: number) => (ws[at] === 'block' && ws[at + 1] === 'of' ? 2 : ws[at] === 'blk' ? (ws[at + 1] === 'of' ? 2 : 1) : bare(at) ? 1 : 0);
  if (/^\d+$/.test(ws[0] ?? '') && blockWords(1) > 0) {
    block = Number(ws[0]);
    inBlock = !bare(1);
    ws = ws.slice(1 + blockWords(1));
  } else if (/^\d+$/.test(ws[0] ?? '') && /^\d+$/.test(ws[1] ?? '') && Number(ws[1]) > Number(ws[0]) && ws.length > 3) {
    // A range of houses ("31-33 Main St", read as "31 33 main st"): the block that holds them all, if one does.
    const [from, to] = [Math.floor(Number(ws[0]) / 100) * 100, Math.floor(Number(ws[1]) / 100) * 100];
    if (from === to) block = from;
    // "the 1200-1300 block of Main" says it is a street; a range alone does not ("5-7 feet deep").
    const words = blockWords(2);
    inBlock = words > 0;
    ws = ws.slice(2 + words);
  } else if (/^\d+[a-z]?$/.test(ws[0] ?? '') && ws.length > 2) {
    // A house number: "123 E 51st St" lies in the 100 block of East 51st Street.
    // A round hundred is how a block is often written ("4500 SW 18th Court" for the 4500 block): a block.
    // A letter after the number is one unit of the house ("18A Plymouth St.").
    const n = Number.parseInt(ws[0]!, 10);
    const letter = /[a-z]$/.test(ws[0]!) ? ws[0]!.slice(-1) : undefined;
    block = Math.floor(n / 100) * 100;
    if ((n !== block || letter !== undefined) && !nearby) {
      house = n;
      unit = letter;
    }
    ws = ws.slice(1);
  }
  const parts: string[][] = [[]];
  for (const w of ws) {
    if (w === 'and' || w === '&') parts.push([]);
    else parts.at(-1)!.push(w);
  }
  if (parts.length > 2) return undefined;
  const streets: string[] = [];
  // A part of an intersection beside a street that says it is one ("West Highland and Main Street") is a street too.
  const lenient = context !== undefined || inBlock || (parts.length === 2 && parts.some((p) => streetCore(p, false, spelled) !== undefined));
  for (const p of parts) {
    const s = streetCore(p, lenient, spelled);
    if (s === undefined) return undefined;
    // A street keeps its type, numbered or not: "5th Street" is not 5th Avenue, as "Fifth Street" is not Fifth
    // Avenue. A numbered street told without one ("19th and Prospect", "W. 16th") fits either (sameStreet); a Court
    // or Place beside a number stays in the name ("NW 32nd Court" is not NW 32nd Avenue).
    const street = s.type === undefined ? s.core : `${s.core} ${s.type}`;
    streets.push(s.side === undefined ? street : `${street} ${s.side}`);
  }
  streets.sort();
  // A house keeps its number in its name: "18 Plymouth St." and "19 Plymouth Street" are two houses.
  // A typed street told after "near" stays beside the street, not in it (see PlaceLevel.near).
  // Only one typed street, its words alone ("near Lenox Road", "near the intersection of Lenox Road"): not a corner
  // ("near Elm Street and Oak Avenue"). Its name follows the street's: two values that differ in it are two positions,
  // which may be one place (compatible).
  const nearWords = nearTail.filter((w) => !NEAR_FILLERS.has(w));
  const nearStreet = nearWords.length > 0 && !nearWords.includes('and') && !nearWords.includes('&') ? streetCore(nearWords, false, spelled) : undefined;
  const near = nearStreet?.type !== undefined && streets.length === 1 ? `${nearStreet.core} ${nearStreet.type}` : undefined;
  const name = `${house !== undefined ? `${house}${unit ?? ''} ` : block === undefined ? '' : `${block} block of `}${streets.join(' & ')}${near === undefined ? '' : ` near ${near}`}`;
  const level: PlaceLevel =
    block === undefined ? { name, type: 'street', streets } : house === undefined ? { name, type: 'street', streets, block } : unit === undefined ? { name, type: 'street', streets, block, house } : { name, type: 'street', streets, block, house, unit };
  return near === undefined ? level : { ...level, near };
}

/** A house's level as the block that holds it ("18 Plymouth St." → the 0 block of Plymouth Street); other levels as they are. */
export function blockOfHouse(level: PlaceLevel): PlaceLevel {
  if (level.house === undefined || level.streets === undefined || level.block === undefined) return level;
  return { name: `${level.block} block of ${level.streets.join(' & ')}`, type: level.type, streets: level.streets, block: level.block };
}

/** Words between "near" and the street it names: "near the intersection of Lenox Road", "near its corner with". */
const NEAR_FILLERS: ReadonlySet<string> = new Set(['the', 'its', 'intersection', 'corner', 'junction', 'of', 'with']);

/**
 * One street told near one cross street's name with two types ("E. 55th St. near Lenox Road" / "East 55th Street
 * Near Lenox Avenue"): two cross streets, so two places, though neither says where on the street (see
 * PlaceLevel.near). Two names ("near Church Ave") may both be near.
 */
export function nearApart(a: PlaceLevel, b: PlaceLevel): boolean {
  if (a.near === undefined || b.near === undefined || a.near === b.near || a.streets === undefined || b.streets === undefined) return false;
  if (!a.streets.every((x) => b.streets!.some((y) => sameStreet(x, y)))) return false;
  const [ca, ta] = streetParts(a.near);
  const [cb, tb] = streetParts(b.near);
  return ca === cb && ta !== '' && tb !== '' && ta !== tb;
}

/**
 * Two street levels: one refines the other when its streets include the
 * other's (an intersection refines each of its streets, a block its street);
 * otherwise they are different places.
 */
export function relateStreets(a: PlaceLevel, b: PlaceLevel): 'same' | 'compatible' | 'conflict' | 'incomparable' | 'one road' {
  if (a.between !== undefined || b.between !== undefined) return relateStretch(a.between !== undefined ? a : b, a.between !== undefined ? b : a);
  const sa = a.streets!;
  const sb = b.streets!;
  if (a.block !== undefined && b.block !== undefined && a.block !== b.block) return 'conflict';
  const aInB = sa.every((x) => sb.some((y) => sameStreet(x, y)));
  const bInA = sb.every((x) => sa.some((y) => sameStreet(x, y)));
  // "FM 1960" / "Highway 1960", "Loop 610 and Westheimer" / "I-610 and Westheimer": maybe one road, or one corner.
  if (!(aInB && bInA)) {
    const meets = (x: string, y: string) => sameStreet(x, y) || routeOrLocal(x, y);
    if (sa.every((x) => sb.some((y) => meets(x, y))) && sb.every((x) => sa.some((y) => meets(x, y)))) return 'one road';
  }
  // Two house numbers on one street are two houses; a house lies in its block.
  if (aInB && bInA && a.house !== undefined && b.house !== undefined && a.house !== b.house) return 'conflict';
  // Two units of one house ("18A" / "18B") are two homes; a unit lies in its house.
  if (aInB && bInA && a.unit !== undefined && b.unit !== undefined && a.unit !== b.unit) return 'conflict';
  if (aInB && bInA) return a.block === b.block && a.house === b.house && a.unit === b.unit && a.near === b.near ? 'same' : 'compatible';
  return aInB || bInA ? 'compatible' : 'conflict';
}

/**
 * A stretch of one street between two cross streets against another street level: the same stretch is the same
 * place, another stretch of it another; a corner of it with one of its cross streets, or the street told alone, a
 * place on it ("Charlotte Avenue between 4th and 5th avenues" / "Fifth and Charlotte avenues"); any other corner is
 * elsewhere; a number on the street may or may not lie on the stretch (crosscheck has no plan of the numbering).
 */
function relateStretch(s: PlaceLevel, o: PlaceLevel): 'same' | 'compatible' | 'conflict' | 'incomparable' {
  const main = s.streets![0]!;
  const os = o.streets!;
  if (o.between !== undefined) {
    // Two stretches: of one street, the same bounds or not; of two streets, two places.
    if (!sameStreet(os[0]!, main)) return 'conflict';
    const same = o.between.length === s.between!.length && o.between.every((x) => s.between!.some((y) => sameStreet(x, y)));
    return same ? 'same' : 'conflict';
  }
  if (!os.some((x) => sameStreet(x, main))) return os.length === 1 && s.between!.some((x) => sameStreet(x, os[0]!)) ? 'compatible' : 'conflict';
  if (os.length === 2) {
    const other = os.find((x) => !sameStreet(x, main));
    return other === undefined || s.between!.some((x) => sameStreet(x, other)) || withinNumbered(other, s.between!) ? 'compatible' : 'conflict';
  }
  return o.block !== undefined || o.house !== undefined ? 'incomparable' : 'compatible';
}

/** A numbered street between two numbered bounds ("43rd" between "42nd" and "45th"). */
function withinNumbered(street: string, bounds: readonly string[]): boolean {
  const n = (x: string) => {
    const m = /^(\d+)(?:st|nd|rd|th)\b/.exec(x);
    return m === null ? undefined : Number(m[1]);
  };
  const x = n(street);
  const [a, b] = [n(bounds[0]!), n(bounds[1]!)];
  return x !== undefined && a !== undefined && b !== undefined && x > Math.min(a, b) && x < Math.max(a, b);
}
