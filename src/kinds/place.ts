import { distance } from 'fastest-levenshtein';
import { fold } from '../normalize/text';
import { compareIntervals } from './numeric';
import { type QuantityValue, parseQuantity } from './quantity';
import { COMPATIBLE, CONFLICT, type Comparison, incomparable, type KindDefinition, type ParseContext, type ParseResult, type RawScalar, SAME } from './registry';

export type PlaceLevelType = 'venue' | 'street' | 'region' | 'unknown';

/** One level of a place: "casa chimayo" (a venue), "santa fe", "new mexico" (a region). */
export interface PlaceLevel {
  readonly name: string;
  readonly type: PlaceLevelType;
  /** For a street level: the streets it names (one, or two at an intersection), as canonical cores. */
  readonly streets?: readonly string[];
  /** "1700 block of West Highland Avenue": the block number. */
  readonly block?: number;
}

/**
 * Where a place lies from another: "55 kilometers west of Bireun" is 55 km
 * (as a length interval in metres) at a bearing of 270° from the place in
 * `levels`.
 */
export interface PlaceOffset {
  readonly distance?: QuantityValue;
  /** Compass bearing in degrees, 0 = north, clockwise. */
  readonly bearing?: number;
}

/** A place as a chain, most specific first: "Casa Chimayo restaurant in Santa Fe" → [casa chimayo, santa fe]. */
export interface PlaceValue {
  readonly levels: readonly PlaceLevel[];
  /** A place given by its distance or direction from the place the levels name. */
  readonly offset?: PlaceOffset;
  /** Canonical form: level names joined by ", " (`casa chimayo, santa fe`), after the offset if any (`55 km west of bireun`). */
  readonly key: string;
}

/** Words that say what sort of venue a name is; dropped from the name, kept as its type. */
const VENUE_WORDS = new Set([
  'restaurant', 'hotel', 'bar', 'cafe', 'café', 'pub', 'club', 'inn', 'motel', 'diner', 'bistro',
  'grill', 'tavern', 'lounge', 'saloon', 'eatery', 'steakhouse', 'pizzeria', 'brewery', 'winery',
  'court', 'courthouse', 'courtroom', 'hospital', 'clinic', 'school', 'university', 'college',
  'church', 'cathedral', 'mosque', 'temple', 'synagogue', 'stadium', 'arena', 'theater', 'theatre',
  'museum', 'library', 'station', 'airport', 'mall', 'store', 'shop', 'market', 'supermarket',
  'building', 'tower', 'office', 'headquarters', 'hq', 'park', 'ranch', 'studio', 'set', 'spot',
  'venue', 'home', 'house', 'residence', 'apartment', 'apartments', 'complex', 'center', 'centre',
]);
const STREET_WORDS = new Set([
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'dr',
  'highway', 'hwy', 'way', 'place', 'pl', 'square', 'sq', 'plaza', 'parkway', 'pkwy', 'block',
]);
/** Words that make a level an administrative region whatever its name. */
const REGION_WORDS = new Set(['county', 'province', 'state', 'region', 'prefecture', 'parish', 'borough', 'district', 'country']);
const DESCRIPTORS = new Set(['the', 'a', 'an', 'local', 'mexican', 'italian', 'chinese', 'upscale', 'popular', 'nearby', 'famous', 'historic', 'downtown', 'trendy']);

const US_STATES: readonly (readonly [string, string])[] = [
  ['al', 'alabama'], ['ak', 'alaska'], ['az', 'arizona'], ['ar', 'arkansas'], ['ca', 'california'],
  ['co', 'colorado'], ['ct', 'connecticut'], ['de', 'delaware'], ['fl', 'florida'], ['ga', 'georgia'],
  ['hi', 'hawaii'], ['id', 'idaho'], ['il', 'illinois'], ['in', 'indiana'], ['ia', 'iowa'],
  ['ks', 'kansas'], ['ky', 'kentucky'], ['la', 'louisiana'], ['me', 'maine'], ['md', 'maryland'],
  ['ma', 'massachusetts'], ['mi', 'michigan'], ['mn', 'minnesota'], ['ms', 'mississippi'],
  ['mo', 'missouri'], ['mt', 'montana'], ['ne', 'nebraska'], ['nv', 'nevada'], ['nh', 'new hampshire'],
  ['nj', 'new jersey'], ['nm', 'new mexico'], ['ny', 'new york'], ['nc', 'north carolina'],
  ['nd', 'north dakota'], ['oh', 'ohio'], ['ok', 'oklahoma'], ['or', 'oregon'], ['pa', 'pennsylvania'],
  ['ri', 'rhode island'], ['sc', 'south carolina'], ['sd', 'south dakota'], ['tn', 'tennessee'],
  ['tx', 'texas'], ['ut', 'utah'], ['vt', 'vermont'], ['va', 'virginia'], ['wa', 'washington'],
  ['wv', 'west virginia'], ['wi', 'wisconsin'], ['wy', 'wyoming'], ['dc', 'district of columbia'],
];
/** Abbreviations and other spellings of regions → one name. */
const REGION_ALIASES: ReadonlyMap<string, string> = new Map([
  ...US_STATES.map(([abbr, name]) => [abbr, name] as const),
  ['n m', 'new mexico'], ['calif', 'california'], ['tex', 'texas'], ['fla', 'florida'], ['mass', 'massachusetts'],
  ['u s', 'united states'], ['us', 'united states'], ['usa', 'united states'], ['u s a', 'united states'],
  ['america', 'united states'], ['united states of america', 'united states'], ['uk', 'united kingdom'],
  ['u k', 'united kingdom'], ['britain', 'united kingdom'], ['great britain', 'united kingdom'],
]);
const KNOWN_REGIONS = new Set<string>([
  ...US_STATES.map(([, name]) => name),
  'united states', 'united kingdom', 'canada', 'mexico', 'indonesia', 'india', 'china', 'japan',
  'france', 'germany', 'italy', 'spain', 'australia', 'brazil', 'russia', 'ukraine', 'england',
  'scotland', 'wales', 'ireland', 'aceh', 'sumatra', 'java', 'bali', 'northern california', 'southern california',
]);

// Separators between levels: "X in Y", "X, Y", "X at Y" (most specific first either way).
const LEVEL_SPLIT = /\s*,\s*|\s+(?:in|at|inside|within|of the city of)\s+/;

/** Street-type words, their usual abbreviations → one spelling. */
const STREET_TYPES: ReadonlyMap<string, string> = new Map([
  ['street', 'st'], ['st', 'st'], ['avenue', 'ave'], ['ave', 'ave'], ['av', 'ave'], ['boulevard', 'blvd'], ['blvd', 'blvd'],
  ['road', 'rd'], ['rd', 'rd'], ['drive', 'dr'], ['dr', 'dr'], ['lane', 'ln'], ['ln', 'ln'], ['parkway', 'pkwy'],
  ['pkwy', 'pkwy'], ['highway', 'hwy'], ['hwy', 'hwy'], ['terrace', 'ter'], ['ter', 'ter'], ['way', 'way'],
]);
const DIRECTIONS: ReadonlyMap<string, string> = new Map([
  ['west', 'w'], ['w', 'w'], ['east', 'e'], ['e', 'e'], ['north', 'n'], ['n', 'n'], ['south', 's'], ['s', 's'],
]);
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/**
 * One street as a canonical core: the name without direction or type
 * ("W. 16th St." → "16th", "Mermaid Avenue" → "mermaid ave" keeps a type only
 * when the name is not a number), or undefined when the words are no street.
 */
function streetCore(words: readonly string[], lenient: boolean): { core: string; type: string | undefined } | undefined {
  let ws = words.filter((w) => w !== 'the');
  let directed = false;
  // "West Highland", not "N. M." (New Mexico): a direction only before a real name.
  if (ws.length > 1 && DIRECTIONS.has(ws[0]!) && ws[1]!.length >= 3) {
    ws = ws.slice(1);
    directed = true;
  }
  let type: string | undefined;
  const last = ws.at(-1);
  if (ws.length > 1 && last !== undefined && STREET_TYPES.has(last)) {
    type = STREET_TYPES.get(last);
    ws = ws.slice(0, -1);
  } else if (ws.length > 1 && (ws[0] === 'avenue' || ws[0] === 'ave')) {
    // "Avenue A"
    type = 'ave';
    ws = ws.slice(1);
  }
  if (ws.length === 0) return undefined;
  // Without a type or a number, a name is a street only after a direction ("West Highland") or beside
  // another street ("… near Avenue A").
  if (type === undefined && !ws.some((w) => ORDINAL.test(w)) && !directed && !lenient) return undefined;
  return { core: ws.join(' '), type };
}

/** Streets are one when their names match and their types do too where both give one. */
function sameStreet(a: string, b: string): boolean {
  if (a === b) return true;
  const split = (s: string) => {
    const i = s.lastIndexOf(' ');
    const last = i < 0 ? '' : s.slice(i + 1);
    return [...STREET_TYPES.values()].includes(last) ? [s.slice(0, i), last] : [s, ''];
  };
  const [ca, ta] = split(a);
  const [cb, tb] = split(b);
  return ca === cb && (ta === '' || tb === '' || ta === tb);
}

/**
 * A street level: "West 16th Street and Mermaid Avenue" (an intersection),
 * "1700 block of West Highland Avenue", "West Highland near Avenue A" (the
 * part after "near" or "off" is only context).
 */
function readStreets(words: readonly string[]): PlaceLevel | undefined {
  let ws = [...words];
  const cut = ws.findIndex((w, i) => w === 'near' || (w === 'off' && i > 0));
  const context = cut > 0 ? streetCore(ws.slice(cut + 1).filter((w) => w !== 'of'), false) : undefined;
  if (cut > 0) ws = ws.slice(0, cut);
  while (ws.length > 1 && (ws[0] === 'near' || ws[0] === 'at' || ws[0] === 'on' || ws[0] === 'off')) ws = ws.slice(1);
  let block: number | undefined;
  if (/^\d+$/.test(ws[0] ?? '') && ws[1] === 'block' && ws[2] === 'of') {
    block = Number(ws[0]);
    ws = ws.slice(3);
  } else if (/^\d+$/.test(ws[0] ?? '') && ws.length > 2) {
    // A house number: "123 E 51st St" lies in the 100 block of East 51st Street.
    block = Math.floor(Number(ws[0]) / 100) * 100;
    ws = ws.slice(1);
  }
  const parts: string[][] = [[]];
  for (const w of ws) {
    if (w === 'and' || w === '&') parts.push([]);
    else parts.at(-1)!.push(w);
  }
  if (parts.length > 2) return undefined;
  const streets: string[] = [];
  for (const p of parts) {
    const s = streetCore(p, context !== undefined);
    if (s === undefined) return undefined;
    streets.push(s.type === undefined || ORDINAL.test(s.core) ? s.core : `${s.core} ${s.type}`);
  }
  streets.sort();
  const name = `${block === undefined ? '' : `${block} block of `}${streets.join(' & ')}`;
  return block === undefined ? { name, type: 'street', streets } : { name, type: 'street', streets, block };
}

function readLevel(text: string, alias: ParseContext['alias']): PlaceLevel | undefined {
  const street = readStreets(text.replace(/\./g, ' ').replace(/&/g, ' & ').split(/[^\p{L}\p{N}&]+/u).filter((w) => w !== ''));
  if (street !== undefined) return street;
  const words = text.replace(/[.'’]/g, (c) => (c === '.' ? ' ' : '')).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  // "near Clearlake": a place near another is told by the other's name.
  while (words.length > 1 && (words[0] === 'near' || words[0] === 'nearby')) words.shift();
  let type: PlaceLevelType = 'unknown';
  const kept: string[] = [];
  for (const w of words) {
    if (DESCRIPTORS.has(w)) continue;
    if (VENUE_WORDS.has(w)) type = 'venue';
    else if (STREET_WORDS.has(w) && kept.length > 0) type = type === 'venue' ? type : 'street';
    else if (REGION_WORDS.has(w) && kept.length > 0) type = 'region';
    // Only the words that name it make up the name: "casa chimayo restaurant" → "casa chimayo".
    if (!VENUE_WORDS.has(w) || kept.length === 0) kept.push(w);
  }
  // A level that is only a sort of place ("the bar" in "the bar in the El Dorado Hotel") names nothing.
  if (kept.every((w) => VENUE_WORDS.has(w))) return undefined;
  const nameWords = kept.filter((w, i) => !(VENUE_WORDS.has(w) && i === 0 && kept.length > 1));
  let name = nameWords.join(' ');
  const aliased = alias?.(name);
  if (aliased !== undefined) name = aliased;
  const region = REGION_ALIASES.get(name) ?? name;
  if (KNOWN_REGIONS.has(region)) return { name: region, type: 'region' };
  return { name, type };
}

/** The 16 points of the compass, clockwise from north, 22.5° apart. */
const POINTS = ['n', 'nne', 'ne', 'ene', 'e', 'ese', 'se', 'sse', 's', 'ssw', 'sw', 'wsw', 'w', 'wnw', 'nw', 'nnw'];
const WIND: Readonly<Record<string, string>> = { n: 'north', e: 'east', s: 'south', w: 'west' };
/** Each point's name in keys: "north northeast", "northeast", "north". */
const POINT_NAMES = POINTS.map((p) =>
  p.length === 3 ? `${WIND[p[0]!]} ${WIND[p[1]!]}${WIND[p[2]!]}` : [...p].map((c) => WIND[c]).join(''),
);
/** Folded names and abbreviations of the points ("nne", "north-northeast", "north northeast", "north-east") as bearings. */
const COMPASS: ReadonlyMap<string, number> = new Map(
  POINTS.flatMap((p, i) => {
    const name = POINT_NAMES[i]!;
    const forms = [p, name, name.replace(' ', '-')];
    if (p.length === 2) forms.push(`${WIND[p[0]!]}-${WIND[p[1]!]}`);
    return forms.map((f) => [f, i * 22.5] as const);
  }),
);
const COMPASS_WORD = '(?:[nsew]{1,3}|(?:north|south|east|west)(?:[- ]?(?:north|south)?(?:east|west))?)';
/** "about 14 miles north-northeast of", "55 kilometers (34 miles) west of the town of", "431 kilometres off". */
const OFFSET = new RegExp(
  `^((?:(?:about|around|roughly|some|approximately|nearly|almost|just|over|more than|less than|under|at least)\\s+)?\\d{1,6}(?:[.,]\\d{1,3})?\\s?-?\\s?(?:kilomet(?:er|re)s?|kms?|miles?|mi|met(?:er|re)s?|m|feet|foot|ft|yards?|yds?))` +
    `(?:\\s*\\([^()]{0,40}\\))?\\s+(?:(due\\s+)?(${COMPASS_WORD})\\s+of|from|off)\\s+(.+)$`,
);
/** "north of Santa Rosa", "due west of Bireun". */
const BEARING_ONLY = new RegExp(`^(?:(?:just|due|slightly)\\s+)?(${COMPASS_WORD})\\s+of\\s+(.+)$`);
/** "the town of", "the provincial capital" before the name of the place measured from. */
const ANCHOR_PREFIX = /^(?:the\s+)?(?:(?:provincial|state|regional)\s+)?(?:town|city|village|capital|municipality|community|hamlet)(?:\s+of)?\s+/;
/** "on the western tip of Sumatra island": the rest is a broader place. */
const ANCHOR_CONTEXT = /\s+on\s+the\s+(?:[a-z]+\s+){0,2}?(?:tip|coast|edge|shore|side|end|outskirts)\s+of\s+/g;

function readOffset(text: string): { offset: PlaceOffset; anchor: string; key: string } | undefined {
  const m = OFFSET.exec(text);
  if (m !== null) {
    const q = parseQuantity(m[1]!, (d) => d === 'length');
    if (!q.ok) return undefined;
    const bearing = m[3] === undefined ? undefined : COMPASS.get(m[3]);
    if (m[3] !== undefined && bearing === undefined) return undefined;
    const where = bearing === undefined ? 'from' : `${compassName(bearing)} of`;
    return { offset: bearing === undefined ? { distance: q.value } : { distance: q.value, bearing }, anchor: m[4]!, key: `${q.value.key} ${where}` };
  }
  const b = BEARING_ONLY.exec(text);
  if (b !== null) {
    const bearing = COMPASS.get(b[1]!);
    if (bearing === undefined) return undefined;
    return { offset: { bearing }, anchor: b[2]!, key: `${compassName(bearing)} of` };
  }
  return undefined;
}

function compassName(bearing: number): string {
  return POINT_NAMES[bearing / 22.5]!;
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
  if (typeof raw !== 'string') return { ok: false, reason: 'a place must be text' };
  const text = fold(raw);
  if (text.length > 300) return { ok: false, reason: 'too long to be a place' };
  const relative = readOffset(text);
  if (relative !== undefined) {
    const anchor = parseLevels(relative.anchor.replace(ANCHOR_CONTEXT, ', ').replace(ANCHOR_PREFIX, ''), ctx);
    if (anchor.length === 0) return { ok: false, reason: `"${raw}" names no place to measure from` };
    return { ok: true, value: { levels: anchor, offset: relative.offset, key: `${relative.key} ${anchor.map((l) => l.name).join(', ')}` } };
  }
  const levels = parseLevels(text, ctx);
  if (levels.length === 0) return { ok: false, reason: `"${raw}" names no place` };
  return { ok: true, value: { levels, key: levels.map((l) => l.name).join(', ') } };
}

function parseLevels(text: string, ctx: ParseContext | undefined): PlaceLevel[] {
  const levels: PlaceLevel[] = [];
  for (const part of text.split(LEVEL_SPLIT)) {
    const level = readLevel(part, ctx?.alias);
    if (level !== undefined && levels.at(-1)?.name !== level.name) levels.push(level);
  }
  return levels;
}

function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  // Numbers in a name are exact: "w 15th st" is not "w 16th st".
  if (/\d/.test(a) || /\d/.test(b)) return a.replace(/\D+/g, ' ') === b.replace(/\D+/g, ' ') && distance(a, b) <= 1;
  const shorter = Math.min(a.length, b.length);
  return shorter >= 6 && distance(a, b) <= (shorter >= 10 ? 2 : 1);
}

/**
 * Two street levels: one refines the other when its streets include the
 * other's (an intersection refines each of its streets, a block its street);
 * otherwise they are different places.
 */
function relateStreets(a: PlaceLevel, b: PlaceLevel): 'same' | 'compatible' | 'conflict' {
  const sa = a.streets!;
  const sb = b.streets!;
  if (a.block !== undefined && b.block !== undefined && a.block !== b.block) return 'conflict';
  const aInB = sa.every((x) => sb.some((y) => sameStreet(x, y)));
  const bInA = sb.every((x) => sa.some((y) => sameStreet(x, y)));
  if (aInB && bInA) return a.block === b.block ? 'same' : 'compatible';
  return aInB || bInA ? 'compatible' : 'conflict';
}

function indexIn(levels: readonly PlaceLevel[], level: PlaceLevel, from: number): number {
  for (let i = from; i < levels.length; i++) if (sameName(levels[i]!.name, level.name)) return i;
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

/**
 * Places agree when one chain refines the other; they conflict when their most
 * specific levels are different places of the same sort (two venues, two
 * regions, two unknown-sort names under the same parent).
 */
export function comparePlaces(a: PlaceValue, b: PlaceValue): Comparison {
  if (a.key === b.key) return SAME;
  if (a.offset !== undefined || b.offset !== undefined) return compareOffsets(a, b);
  // One chain said no more (the rest after two matching addresses): a refinement.
  if (a.levels.length === 0 || b.levels.length === 0) return COMPATIBLE;
  // Two addresses: the streets decide, whatever the rest of the chains say.
  const headA = a.levels[0]!;
  const headB = b.levels[0]!;
  if (headA.streets !== undefined && headB.streets !== undefined) {
    const r = relateStreets(headA, headB);
    if (r === 'conflict') return CONFLICT;
    const rest = comparePlaces({ levels: a.levels.slice(1), key: '' }, { levels: b.levels.slice(1), key: '' });
    return r === 'same' && rest.relation === 'same' ? SAME : rest.relation === 'conflict' ? CONFLICT : COMPATIBLE;
  }
  if (isRefinement(a.levels, b.levels) || isRefinement(b.levels, a.levels)) return COMPATIBLE;
  // Below the broadest shared level, the next levels down must be the same place.
  let sharedA = -1;
  let sharedB = -1;
  for (let i = a.levels.length - 1; i >= 0 && sharedA < 0; i--) {
    const j = indexIn(b.levels, a.levels[i]!, 0);
    if (j >= 0) {
      sharedA = i;
      sharedB = j;
    }
  }
  if (sharedA >= 0) {
    // Walk down from the shared level while both chains agree; the first pair that differs decides.
    let i = sharedA;
    let j = sharedB;
    while (i > 0 && j > 0 && sameName(a.levels[i - 1]!.name, b.levels[j - 1]!.name)) {
      i--;
      j--;
    }
    const belowA = a.levels[i - 1];
    const belowB = b.levels[j - 1];
    if (belowA === undefined || belowB === undefined) return COMPATIBLE;
    return kindsClash(belowA.type, belowB.type) ? CONFLICT : COMPATIBLE;
  }
  // No level in common: a level whose words contain another's ("Santa Fe County District Court" / "Santa Fe") relates them.
  if (a.levels.some((x) => b.levels.some((y) => wordsWithin(x.name, y.name) || wordsWithin(y.name, x.name)))) {
    return COMPATIBLE;
  }
  return kindsClash(a.levels[0]!.type, b.levels[0]!.type) ? CONFLICT : COMPATIBLE;
}

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
  const anchors = comparePlaces({ levels: a.levels, key: a.levels.map((l) => l.name).join(', ') }, { levels: b.levels, key: b.levels.map((l) => l.name).join(', ') });
  if (anchors.relation === 'conflict' || !sameName(a.levels[0]!.name, b.levels[0]!.name)) return OFFSETS_FROM_TWO_PLACES;
  const da = a.offset.distance;
  const db = b.offset.distance;
  if (da !== undefined && db !== undefined && compareIntervals(da, db, undefined).relation === 'conflict') return CONFLICT;
  const ba = a.offset.bearing;
  const bb = b.offset.bearing;
  if (ba !== undefined && bb !== undefined) {
    const turn = Math.abs(ba - bb) % 360;
    if (Math.min(turn, 360 - turn) > BEARING_SPREAD) return CONFLICT;
  }
  return COMPATIBLE;
}

function wordsWithin(small: string, large: string): boolean {
  const have = new Set(large.split(' '));
  return small.split(' ').every((w) => have.has(w));
}

/** Two different places clash when they are the same sort of place, or either sort is unknown but neither is a region. */
function kindsClash(a: PlaceLevelType, b: PlaceLevelType): boolean {
  if (a === b) return true;
  if (a === 'region' || b === 'region') return false;
  return a === 'unknown' || b === 'unknown';
}

export const placeKind: KindDefinition<PlaceValue> = {
  kind: 'place',
  conflictCode: 'place_mismatch',
  conflictSeverity: 'high',
  contextual: false,
  // "55 kilometres south of Bireun" is a place before it is an amount; other places only look like one.
  detect: (raw) =>
    typeof raw !== 'string' || raw.length > 300 ? 0
    : /\b(?:of|from|off)\s+(?:the\s+)?\p{Lu}/u.test(raw) && readOffset(fold(raw)) !== undefined ? 0.95
    : /\b(in|at)\s+\p{Lu}|,\s*\p{Lu}/u.test(raw) && !/\d/.test(raw) ? 0.25
    : 0,
  parse: (raw, ctx) => parsePlace(raw, ctx),
  compare: (a, b) => comparePlaces(a, b),
  normalize: (v) => v.key,
  specificity: (v) =>
    v.levels.length + (v.levels[0]?.type === 'venue' ? 0.5 : 0) + (v.offset?.distance === undefined ? 0 : 0.25) + (v.offset?.bearing === undefined ? 0 : 0.25),
};
