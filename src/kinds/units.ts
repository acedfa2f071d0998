/**
 * Units of measure and currencies. Amounts convert to one base unit per
 * dimension (seconds, metres, kilograms, …) so "18 months" and "1.5 years"
 * compare as the same duration.
 */

export type Dimension = 'time' | 'length' | 'mass' | 'speed' | 'area' | 'volume' | 'temperature';

export interface UnitDefinition {
  readonly dimension: Dimension;
  /** Base units per one of this unit. */
  readonly factor: number;
  /** Added after scaling (temperatures only). */
  readonly offset?: number;
  /** Month, year, decade: lengths that are calendar reckonings rather than fixed seconds. */
  readonly calendar?: boolean;
  /**
   * How a unit outside the metric display units is written in a canonical key
   * when its amount is no whole number of any of them: "14 miles" is "14 mi",
   * not "22530.816 m".
   */
  readonly symbol?: string;
  /**
   * The system of measurement the unit belongs to. An amount in one system
   * and an amount in another are often a conversion, rounded: "500 feet (150
   * meters)". Time has none: "18 months" is no rounding of "2 years".
   */
  readonly system?: MeasurementSystem;
}

/** Metric (SI and its kin), US customary / imperial, or nautical. */
export type MeasurementSystem = 'metric' | 'us' | 'nautical';

const MONTH_SECONDS = 2_629_746; // 30.436875 days, the mean Gregorian month
const YEAR_SECONDS = 31_556_952;

const UNIT_LIST: readonly (readonly [readonly string[], UnitDefinition])[] = [
  [['second', 'seconds', 'sec', 'secs', 's'], { dimension: 'time', factor: 1 }],
  [['minute', 'minutes', 'min', 'mins'], { dimension: 'time', factor: 60 }],
  [['hour', 'hours', 'hr', 'hrs', 'h'], { dimension: 'time', factor: 3600 }],
  [['day', 'days'], { dimension: 'time', factor: 86_400 }],
  [['week', 'weeks', 'wk', 'wks'], { dimension: 'time', factor: 604_800 }],
  [['month', 'months', 'mo', 'mos'], { dimension: 'time', factor: MONTH_SECONDS, calendar: true }],
  [['year', 'years', 'yr', 'yrs'], { dimension: 'time', factor: YEAR_SECONDS, calendar: true }],
  [['decade', 'decades'], { dimension: 'time', factor: YEAR_SECONDS * 10, calendar: true }],
  [['century', 'centuries'], { dimension: 'time', factor: YEAR_SECONDS * 100, calendar: true }],
  [['millimeter', 'millimeters', 'millimetre', 'millimetres', 'mm'], { dimension: 'length', factor: 0.001, system: 'metric' }],
  [['centimeter', 'centimeters', 'centimetre', 'centimetres', 'cm'], { dimension: 'length', factor: 0.01, system: 'metric' }],
  [['meter', 'meters', 'metre', 'metres', 'm'], { dimension: 'length', factor: 1, system: 'metric' }],
  [['kilometer', 'kilometers', 'kilometre', 'kilometres', 'km'], { dimension: 'length', factor: 1000, system: 'metric' }],
  [['inch', 'inches', 'in'], { dimension: 'length', factor: 0.0254, symbol: 'in', system: 'us' }],
  [['foot', 'feet', 'ft'], { dimension: 'length', factor: 0.3048, symbol: 'ft', system: 'us' }],
  [['yard', 'yards', 'yd', 'yds'], { dimension: 'length', factor: 0.9144, symbol: 'yd', system: 'us' }],
  [['mile', 'miles', 'mi'], { dimension: 'length', factor: 1609.344, symbol: 'mi', system: 'us' }],
  [['milligram', 'milligrams', 'mg'], { dimension: 'mass', factor: 1e-6, system: 'metric' }],
  [['gram', 'grams', 'g'], { dimension: 'mass', factor: 0.001, system: 'metric' }],
  [['kilogram', 'kilograms', 'kg', 'kilo', 'kilos'], { dimension: 'mass', factor: 1, system: 'metric' }],
  [['tonne', 'tonnes', 't'], { dimension: 'mass', factor: 1000, system: 'metric' }],
  [['ton', 'tons'], { dimension: 'mass', factor: 907.184_74, symbol: 'short ton', system: 'us' }],
  [['pound', 'pounds', 'lb', 'lbs'], { dimension: 'mass', factor: 0.453_592_37, symbol: 'lb', system: 'us' }],
  [['ounce', 'ounces', 'oz'], { dimension: 'mass', factor: 0.028_349_523_125, symbol: 'oz', system: 'us' }],
  [['mph'], { dimension: 'speed', factor: 0.447_04, symbol: 'mph', system: 'us' }],
  [['kph', 'kmh'], { dimension: 'speed', factor: 1 / 3.6, symbol: 'km/h', system: 'metric' }],
  [['knot', 'knots', 'kn', 'kt'], { dimension: 'speed', factor: 1852 / 3600, symbol: 'kn', system: 'nautical' }],
  [['acre', 'acres'], { dimension: 'area', factor: 4046.856_422_4, symbol: 'acre', system: 'us' }],
  [['hectare', 'hectares', 'ha'], { dimension: 'area', factor: 10_000, symbol: 'ha', system: 'metric' }],
  [['liter', 'liters', 'litre', 'litres', 'l'], { dimension: 'volume', factor: 0.001, system: 'metric' }],
  [['milliliter', 'milliliters', 'millilitre', 'millilitres', 'ml'], { dimension: 'volume', factor: 1e-6, system: 'metric' }],
  [['gallon', 'gallons', 'gal'], { dimension: 'volume', factor: 0.003_785_411_784, symbol: 'gal', system: 'us' }],
  [['fahrenheit', '°f', 'f'], { dimension: 'temperature', factor: 5 / 9, offset: 273.15 - (32 * 5) / 9, symbol: '°F', system: 'us' }],
  [['celsius', 'centigrade', '°c', 'c'], { dimension: 'temperature', factor: 1, offset: 273.15, symbol: '°C', system: 'metric' }],
  [['kelvin', 'k'], { dimension: 'temperature', factor: 1, offset: 0, system: 'metric' }],
];

/** Two-word units, read before single words. */
const COMPOUND_UNITS: ReadonlyMap<string, UnitDefinition> = new Map([
  ['metric ton', { dimension: 'mass', factor: 1000, system: 'metric' }],
  ['metric tons', { dimension: 'mass', factor: 1000, system: 'metric' }],
  ['degrees fahrenheit', { dimension: 'temperature', factor: 5 / 9, offset: 273.15 - (32 * 5) / 9, symbol: '°F', system: 'us' }],
  ['degrees celsius', { dimension: 'temperature', factor: 1, offset: 273.15, symbol: '°C', system: 'metric' }],
  ['° f', { dimension: 'temperature', factor: 5 / 9, offset: 273.15 - (32 * 5) / 9, symbol: '°F', system: 'us' }],
  ['° c', { dimension: 'temperature', factor: 1, offset: 273.15, symbol: '°C', system: 'metric' }],
]);

export const UNITS: ReadonlyMap<string, UnitDefinition> = new Map(
  UNIT_LIST.flatMap(([names, def]) => names.map((n) => [n, def] as const)),
);

/** How a unit is written in a derived unit's symbol: its own symbol, else its shortest name ("km", "h"). */
const SHORT: ReadonlyMap<UnitDefinition, string> = new Map(
  UNIT_LIST.map(([names, def]) => [def, def.symbol ?? names.reduce((a, b) => (b.length < a.length ? b : a))] as const),
);

/** Single letters are units only right after a number ("5 m", "10 s"), never on their own elsewhere. */
const AMBIGUOUS_SHORT = new Set(['s', 'h', 'm', 'g', 't', 'l', 'f', 'c', 'k', 'in', 'mo', 'kn', 'kt', 'ha', 'mi', 'gal', 'min']);

export function isUnitWord(token: string): boolean {
  return UNITS.has(token) && !AMBIGUOUS_SHORT.has(token);
}

/** A length unit written with a power: "km2" (km², folded), "m3". */
const POWERED = /^(\p{L}+)([23])$/u;

function lengthUnit(token: string | undefined): UnitDefinition | undefined {
  const u = token === undefined ? undefined : UNITS.get(token);
  return u?.dimension === 'length' ? u : undefined;
}

/**
 * A length raised to a power (an area or a volume) or divided by a time (a
 * speed), as a unit of its own: "square feet" = 0.092… m², "km/h" = 1/3.6
 * m/s. Its symbol is that of a listed unit with the same size ("miles per
 * hour" is written mph), else built from its parts ("sq ft", "km/h").
 */
function derived(dimension: Dimension, factor: number, symbol: string, system: MeasurementSystem | undefined): UnitDefinition {
  for (const def of SHORT.keys()) {
    if (def.dimension === dimension && Math.abs(def.factor - factor) <= 1e-9 * factor && def.offset === undefined) return def;
  }
  return system === undefined ? { dimension, factor, symbol } : { dimension, factor, symbol, system };
}

const SEPARATORS = new Set(['-', '.']);

/**
 * Finds the unit right after a number ("18 months", "18-month", "185 km/h",
 * "115 miles per hour", "120,000-square-foot", "3,000 acres", "50 km²"),
 * skipping hyphens inside it.
 */
export function findUnit(after: readonly string[]): { unit: UnitDefinition; name: string } | undefined {
  const words = after.filter((w) => !SEPARATORS.has(w));
  const one = words[0];
  if (one === undefined) return undefined;
  // "square feet", "sq km", "cubic metres".
  const power = one === 'square' || one === 'sq' ? 2 : one === 'cubic' || one === 'cu' ? 3 : 0;
  const base = power > 0 ? lengthUnit(words[1]) : undefined;
  if (base !== undefined) {
    const name = `${one} ${words[1]}`;
    const unit = derived(power === 2 ? 'area' : 'volume', base.factor ** power, `${power === 2 ? 'sq' : 'cu'} ${SHORT.get(base)}`, base.system);
    return { unit, name };
  }
  const powered = POWERED.exec(one);
  const poweredBase = powered === null ? undefined : lengthUnit(powered[1]);
  if (poweredBase !== undefined) {
    const p = Number(powered![2]);
    return { unit: derived(p === 2 ? 'area' : 'volume', poweredBase.factor ** p, `${SHORT.get(poweredBase)}${p}`, poweredBase.system), name: one };
  }
  const two = words[1] === undefined ? undefined : `${one} ${words[1]}`;
  if (two !== undefined) {
    const compound = COMPOUND_UNITS.get(two);
    if (compound !== undefined) return { unit: compound, name: two };
  }
  const unit = UNITS.get(one);
  if (unit === undefined) return undefined;
  // "km/h", "miles per hour", "metres a second": a length per time is a speed.
  if (unit.dimension === 'length' && (words[1] === 'per' || words[1] === '/' || words[1] === 'an' || words[1] === 'a')) {
    const time = UNITS.get(words[2] ?? '');
    if (time?.dimension === 'time' && time.calendar !== true) {
      return { unit: derived('speed', unit.factor / time.factor, `${SHORT.get(unit)}/${SHORT.get(time)}`, unit.system), name: `${one} per ${words[2]}` };
    }
  }
  return { unit, name: one };
}

/** Whether a token is a length unit with a power written onto it ("km2", "km²" folded, "m3"). */
export function isPoweredUnit(token: string): boolean {
  const m = POWERED.exec(token);
  return m !== null && lengthUnit(m[1]) !== undefined;
}

export interface Currency {
  readonly code: string;
}

const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['usd', 'USD'], ['dollar', 'USD'], ['dollars', 'USD'], ['us', 'USD'],
  ['€', 'EUR'], ['eur', 'EUR'], ['euro', 'EUR'], ['euros', 'EUR'],
  ['£', 'GBP'], ['gbp', 'GBP'], ['pound', 'GBP'], ['pounds', 'GBP'], ['sterling', 'GBP'],
  ['¥', 'JPY'], ['jpy', 'JPY'], ['yen', 'JPY'], ['₹', 'INR'], ['inr', 'INR'], ['rupee', 'INR'],
  ['rupees', 'INR'], ['cad', 'CAD'], ['aud', 'AUD'], ['chf', 'CHF'], ['francs', 'CHF'],
  ['cny', 'CNY'], ['yuan', 'CNY'], ['rmb', 'CNY'], ['mxn', 'MXN'], ['pesos', 'MXN'],
]);

/** The ISO currency code a symbol or word names, if any. */
export function currencyOf(token: string): string | undefined {
  return CURRENCY_WORDS.get(token);
}

export const TIME_UNITS = { month: MONTH_SECONDS, year: YEAR_SECONDS } as const;
