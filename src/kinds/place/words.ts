/** Words that tell what sort of place a name is, and the regions crosscheck knows by name. */

/** Words that say what sort of venue a name is; dropped from the name, kept as its type. */
export const VENUE_WORDS = new Set([
  'restaurant', 'hotel', 'bar', 'cafe', 'café', 'pub', 'club', 'inn', 'motel', 'diner', 'bistro',
  'grill', 'tavern', 'lounge', 'saloon', 'eatery', 'steakhouse', 'pizzeria', 'brewery', 'winery',
  'court', 'courthouse', 'courtroom', 'hospital', 'clinic', 'school', 'university', 'college',
  'church', 'cathedral', 'mosque', 'temple', 'synagogue', 'stadium', 'arena', 'theater', 'theatre',
  'museum', 'library', 'station', 'airport', 'mall', 'store', 'shop', 'market', 'supermarket',
  'building', 'tower', 'office', 'headquarters', 'hq', 'park', 'ranch', 'studio', 'set', 'spot',
  'venue', 'home', 'house', 'residence', 'apartment', 'apartments', 'complex', 'center', 'centre',
]);
/**
 * Sorts that say someone lives there, not what was built ("his home", "the residence"), and the dwellings such a
 * place may be: "her home" / "her apartment" is one place told two ways; "a house" / "an apartment" stay two.
 */
export const LIVED_IN: ReadonlySet<string> = new Set(['home', 'residence']);
export const DWELLINGS: ReadonlySet<string> = new Set(['home', 'residence', 'house', 'apartment', 'apartments']);
export const STREET_WORDS = new Set([
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'dr',
  'highway', 'hwy', 'way', 'place', 'pl', 'square', 'sq', 'plaza', 'parkway', 'pkwy', 'block',
]);
/** Words that make a level an administrative region whatever its name. */
export const REGION_WORDS = new Set(['county', 'province', 'state', 'region', 'prefecture', 'parish', 'borough', 'district', 'country']);
/** Words an initialism leaves out: "University of Texas" is UT. */
export const UNINITIALLED: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'at', 'de']);

export const DESCRIPTORS = new Set(['the', 'a', 'an', 'local', 'mexican', 'italian', 'chinese', 'upscale', 'popular', 'nearby', 'famous', 'historic', 'downtown', 'trendy',
  'area', 'adjacent', 'nearest', 'neighboring', 'neighbouring',
  // Whose it is names no place: "his home", "the family home" are a home ("the Smith family home" keeps "smith").
  'his', 'her', 'their', 'its', 'my', 'our', 'your', 'family', 'own']);

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
const STATE_CODES: ReadonlyMap<string, string> = new Map(US_STATES.map(([abbr, name]) => [name, abbr]));

/** Whether a name is a US state's (or the District of Columbia's). */
export function isUsState(name: string): boolean {
  return STATE_CODES.has(name);
}

/** The two-letter code of a US state, by its name ("florida" → "fl"). */
export function stateCode(name: string): string | undefined {
  return STATE_CODES.get(name);
}

/** Abbreviations and other spellings of regions → one name. */
export const REGION_ALIASES: ReadonlyMap<string, string> = new Map([
  ...US_STATES.map(([abbr, name]) => [abbr, name] as const),
  ['n m', 'new mexico'], ['calif', 'california'], ['tex', 'texas'], ['fla', 'florida'], ['mass', 'massachusetts'],
  // The AP's abbreviations of states, as datelines write them ("Springfield, Ill.", "Kansas City, Kan.").
  ['ala', 'alabama'], ['ariz', 'arizona'], ['ark', 'arkansas'], ['colo', 'colorado'], ['conn', 'connecticut'],
  ['ill', 'illinois'], ['ind', 'indiana'], ['kan', 'kansas'], ['kans', 'kansas'], ['mich', 'michigan'],
  ['minn', 'minnesota'], ['miss', 'mississippi'], ['mont', 'montana'], ['neb', 'nebraska'], ['nev', 'nevada'],
  ['okla', 'oklahoma'], ['ore', 'oregon'], ['tenn', 'tennessee'], ['wash', 'washington'], ['wis', 'wisconsin'],
  ['wyo', 'wyoming'], ['n y', 'new york'], ['n j', 'new jersey'], ['n c', 'north carolina'], ['s c', 'south carolina'],
  ['n d', 'north dakota'], ['s d', 'south dakota'], ['n h', 'new hampshire'], ['r i', 'rhode island'],
  ['w va', 'west virginia'], ['d c', 'district of columbia'],
  ['u s', 'united states'], ['us', 'united states'], ['usa', 'united states'], ['u s a', 'united states'],
  ['america', 'united states'], ['united states of america', 'united states'], ['uk', 'united kingdom'],
  ['u k', 'united kingdom'], ['britain', 'united kingdom'], ['great britain', 'united kingdom'],
  // Canada's provinces as datelines abbreviate them ("Vancouver, B.C.", "Toronto, Ont.").
  ['b c', 'british columbia'], ['ont', 'ontario'], ['alta', 'alberta'], ['que', 'quebec'], ['sask', 'saskatchewan'],
  ['n s', 'nova scotia'], ['n b', 'new brunswick'], ['p e i', 'prince edward island'], ['nfld', 'newfoundland and labrador'],
  ['newfoundland', 'newfoundland and labrador'],
]);
/** Canada's provinces and the United Kingdom's nations: regions below a country, like US states. */
const PROVINCES: ReadonlySet<string> = new Set([
  'british columbia', 'alberta', 'saskatchewan', 'manitoba', 'ontario', 'quebec', 'new brunswick', 'nova scotia',
  'prince edward island', 'newfoundland and labrador',
]);
const UK_NATIONS: ReadonlySet<string> = new Set(['england', 'scotland', 'wales', 'northern ireland']);
/** US states and whole countries, by name: places of a scale where two different names are two places. */
const STATE_NAMES: ReadonlySet<string> = new Set(US_STATES.map(([, name]) => name));
const COUNTRIES: ReadonlySet<string> = new Set([
  'united states', 'united kingdom', 'canada', 'mexico', 'indonesia', 'india', 'china', 'japan', 'france', 'germany',
  'italy', 'spain', 'australia', 'brazil',
]);

/**
 * Whether two known regions are different places at one scale, so that one cannot hold the other: two states, two
 * countries, or a state and a country other than the United States ("Paris, Texas" / "Paris, France"); not a
 * country and an island or a region in it ("Indonesia" / "Sumatra"), nor the state and the capital of Washington.
 * (Countries whose borders are told two ways, Ireland and the United Kingdom, Russia and Ukraine, are left out.)
 */
export function separateRegions(a: string, b: string): boolean {
  if (a === b) return false;
  // A dateline's "WASHINGTON" is the capital as often as the state.
  if ((a === 'washington' && b === 'district of columbia') || (b === 'washington' && a === 'district of columbia')) return false;
  // A region below a country (a US state, a Canadian province, a UK nation) and the country it lies in.
  const countryOf = (n: string) =>
    STATE_NAMES.has(n) ? 'united states' : PROVINCES.has(n) ? 'canada' : UK_NATIONS.has(n) ? 'united kingdom' : COUNTRIES.has(n) ? n : undefined;
  const ca = countryOf(a);
  const cb = countryOf(b);
  if (ca === undefined || cb === undefined) return false;
  const whole = (n: string, c: string) => n === c;
  // Two regions below countries, or two countries: different names are different places. A region and a country:
  // apart unless the country holds it.
  if (whole(a, ca) !== whole(b, cb)) return ca !== cb;
  return true;
}

export const KNOWN_REGIONS = new Set<string>([
  ...US_STATES.map(([, name]) => name),
  'united states', 'united kingdom', 'canada', 'mexico', 'indonesia', 'india', 'china', 'japan',
  'france', 'germany', 'italy', 'spain', 'australia', 'brazil', 'russia', 'ukraine', 'england',
  'scotland', 'wales', 'ireland', 'aceh', 'sumatra', 'java', 'bali', 'northern california', 'southern california',
  'northern ireland', ...PROVINCES,
]);

/**
 * A clause opened by a subordinating conjunction ("while clearing the club", "when the bar closed") tells the
 * circumstances, not a place, however it ends. Not the words that are prepositions too ("after exit 12", "before
 * the bridge" are places); the next word in lower case ("As Sulaymaniyah" is a name).
 */
const CLAUSE = /^(?:while|whilst|when|whenever|because|although|though|as|if|unless)\s+\p{Ll}/u;

/**
 * A personal pronoun that is neither a possessive nor a road's name, the next word in lower case as in `CLAUSE`, opens
 * a clause ("him going to and from school", "they ran to the store"), never a place ("her home", "his car" are places:
 * "her" is not here; nor "I Street", "US Highway 41"; nor a name, "He Ping Road", "We Energies plant").
 */
const PRONOUN = /^(?:he|she|they|him|them|we|me|you)\s+\p{Ll}/u;

export function isClause(raw: string): boolean {
  const text = raw.trimStart();
  const lower = text.charAt(0).toLowerCase() + text.slice(1);
  return CLAUSE.test(lower) || PRONOUN.test(lower);
}
