import { distance } from 'fastest-levenshtein';
import { fold } from '../normalize/text';
import { COMPATIBLE, CONFLICT, type Comparison, type KindDefinition, type ParseContext, type ParseResult, type RawScalar, SAME } from './registry';

export type PlaceLevelType = 'venue' | 'street' | 'region' | 'unknown';

/** One level of a place: "casa chimayo" (a venue), "santa fe", "new mexico" (a region). */
export interface PlaceLevel {
  readonly name: string;
  readonly type: PlaceLevelType;
}

/** A place as a chain, most specific first: "Casa Chimayo restaurant in Santa Fe" → [casa chimayo, santa fe]. */
export interface PlaceValue {
  readonly levels: readonly PlaceLevel[];
  /** Canonical form: level names joined by ", " (`casa chimayo, santa fe`). */
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

function readLevel(text: string, alias: ParseContext['alias']): PlaceLevel | undefined {
  const words = text.replace(/[.'’]/g, (c) => (c === '.' ? ' ' : '')).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
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

/**
 * Reads a place into a chain, most specific first.
 *
 * @example
 * parsePlace('the bar in the El Dorado Hotel in Santa Fe').value.key; //=> 'el dorado, santa fe'
 * parsePlace('Santa Fe, N.M.').value.key;                             //=> 'santa fe, new mexico'
 */
export function parsePlace(raw: RawScalar, ctx?: ParseContext): ParseResult<PlaceValue> {
  if (typeof raw !== 'string') return { ok: false, reason: 'a place must be text' };
  const text = fold(raw);
  if (text.length > 300) return { ok: false, reason: 'too long to be a place' };
  const levels: PlaceLevel[] = [];
  for (const part of text.split(LEVEL_SPLIT)) {
    const level = readLevel(part, ctx?.alias);
    if (level !== undefined && levels.at(-1)?.name !== level.name) levels.push(level);
  }
  if (levels.length === 0) return { ok: false, reason: `"${raw}" names no place` };
  return { ok: true, value: { levels, key: levels.map((l) => l.name).join(', ') } };
}

function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  return shorter >= 6 && distance(a, b) <= (shorter >= 10 ? 2 : 1);
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
  detect: (raw) => (typeof raw === 'string' && /\b(in|at)\s+\p{Lu}|,\s*\p{Lu}/u.test(raw) && !/\d/.test(raw) ? 0.25 : 0),
  parse: (raw, ctx) => parsePlace(raw, ctx),
  compare: (a, b) => comparePlaces(a, b),
  normalize: (v) => v.key,
  specificity: (v) => v.levels.length + (v.levels[0]?.type === 'venue' ? 0.5 : 0),
};
