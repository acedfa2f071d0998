import { GAZETTEER } from './gazetteer-data';

/** A populated place: position in degrees, the radius its population suggests (km), its US state if any. */
export interface Town {
  readonly lat: number;
  readonly lon: number;
  readonly radius: number;
  readonly state: string | undefined;
}

let index: Map<string, string> | undefined;

/** Name → its entries, indexed on first use (one pass over the lines; entries decoded when asked). */
function load(): Map<string, string> {
  if (index !== undefined) return index;
  index = new Map();
  let at = 0;
  while (at < GAZETTEER.length) {
    let end = GAZETTEER.indexOf('\n', at);
    if (end < 0) end = GAZETTEER.length;
    const tab = GAZETTEER.indexOf('\t', at);
    index.set(GAZETTEER.slice(at, tab), GAZETTEER.slice(tab + 1, end));
    at = end + 1;
  }
  return index;
}

/** The populated places of a name (as the place kind's levels hold it), in a US state if one is given. */
export function townsNamed(name: string, state?: string): readonly Town[] {
  const entries = load().get(name);
  if (entries === undefined) return [];
  const out: Town[] = [];
  for (let k = 0; k + 10 <= entries.length; k += 10) {
    const code = entries.slice(k + 8, k + 10);
    const townState = code === '--' ? undefined : code;
    if (state !== undefined && townState !== state) continue;
    out.push({
      lat: Number.parseInt(entries.slice(k, k + 3), 36) / 100 - 90,
      lon: Number.parseInt(entries.slice(k + 3, k + 6), 36) / 100 - 180,
      radius: Number.parseInt(entries.slice(k + 6, k + 8), 36),
      state: townState,
    });
  }
  return out;
}

/** Great-circle distance in km (a sphere is close enough at this precision). */
export function distance(a: Town, b: Town): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A larger place holds a smaller one whose centre lies within half its radius (and a little slack), when it is three quarters again as large. */
const SLACK_KM = 1;
/** How far into the larger's radius the smaller's centre must lie. */
const INSIDE = 0.5;
const LARGER = 1.75;

/**
 * Whether a place may hold another: never across a state line or a border ("Newark" / "New York City", "Camden,
 * N.J." / "Philadelphia"), and only well inside it, when it is three quarters again as large: a suburb at its
 * edge is a city of its own ("Berkeley" / "San Francisco").
 */
export function holds(big: Town, small: Town): boolean {
  return big.state === small.state && big.radius >= small.radius * LARGER && distance(big, small) <= big.radius * INSIDE + SLACK_KM;
}

/**
 * How two place names relate on the gazetteer: `within` when some place of one name may hold some place of the
 * other ("Brooklyn" / "New York City", "Hollywood" / "Los Angeles": the larger's radius reaches the smaller and is
 * three quarters again as large), `apart` when every pair is two places ("Tampa" / "Orlando", "Minneapolis" / "St. Paul":
 * neighbours of one size), undefined when either is no town the gazetteer knows.
 */
export function relateTowns(a: string, b: string, stateA?: string, stateB?: string): 'within' | 'apart' | undefined {
  // A name many towns share is read as the largest of them (in the state named with it, if any), as a reader
  // would: with every Concord and every Harmony, some two would lie side by side.
  const largest = (towns: readonly Town[]) => (towns.length <= 1 ? towns : [towns.reduce((x, y) => (y.radius > x.radius ? y : x))]);
  const ta = largest(townsNamed(a, stateA));
  const tb = largest(townsNamed(b, stateB));
  if (ta.length === 0 && tb.length === 0) return undefined;
  // A name the gazetteer lacks may be a neighbourhood of the other ("Larimer" / "Pittsburgh") or a village it
  // leaves out ("Harmony" / "Concord"): the rules by name decide, as without it.
  if (ta.length === 0 || tb.length === 0) return undefined;
  for (const x of ta) for (const y of tb) if (holds(x, y) || holds(y, x)) return 'within';
  return 'apart';
}
