import { fold } from '../../normalize/text';
import type { KindDefinition } from '../registry';
import { comparePlaces } from './compare';
import { readBearing, readOffset } from './offset';
import { streetParts } from './streets';
import { isClause, VENUE_WORDS } from './words';
import { parsePlace } from './parse';
import type { PlaceValue } from './value';

const VENUE = new RegExp(`\\b(?:${[...VENUE_WORDS].join('|')})s?$`);

function isAddress(raw: string): boolean {
  const r = parsePlace(raw);
  return r.ok && r.value.levels.some((l) => l.streets !== undefined);
}

export const placeKind: KindDefinition<PlaceValue> = {
  kind: 'place',
  conflictCode: 'place_mismatch',
  conflictSeverity: 'high',
  contextual: false,
  hints: [
    'place', 'venue', 'location', 'city', 'address', 'hometown', 'country', 'site', 'scene', 'town', 'where', 'county', 'held',
    'epicenter', 'region', 'state',
  ],
  // "55 kilometres south of Bireun" is a place before it is an amount, and so is a street address; other places only look like one.
  detect: (raw) =>
    typeof raw !== 'string' || raw.length > 300 || isClause(raw) ? 0
    : /\b(?:of|from|off)\s+(?:the\s+)?\p{Lu}/u.test(raw) && readOffset(fold(raw)) !== undefined ? 0.95
    : isAddress(raw) || readBearing(fold(raw)) !== undefined ? 0.85
    // "a nearby hospital", "the garage": a sort of place, likely a place.
    : VENUE.test(fold(raw)) ? 0.5
    : /\b(in|at)\s+\p{Lu}|,\s*\p{Lu}/u.test(raw) && !/\d/.test(raw) ? 0.25
    : 0,
  parse: (raw, ctx) => parsePlace(raw, ctx),
  compare: (a, b, ctx) => comparePlaces(a, b, ctx?.lexicon),
  normalize: (v) => v.key,
  distance: addressDistance,
  // A street told with its side ("West 16th Street") says more than the street alone ("16th Street"), which it fits.
  specificity: (v) =>
    v.levels.length +
    (v.levels[0]?.type === 'venue' ? 0.5 : 0) +
    (v.offset?.distance === undefined ? 0 : 0.25) +
    (v.offset?.bearing === undefined ? 0 : 0.25) +
    (v.levels.some((l) => l.streets?.some((s) => streetParts(s)[2] !== '')) ? 0.125 : 0),
};

/**
 * How far apart two addresses on the same streets are, relative to their numbers: "5300 block of Noon Road" and
 * "5000 block of Noon Road" 0.06, "18 Plymouth St." and "19 Plymouth Street" 0.05 — a reporting difference about
 * one place more likely than two places. Undefined for anything else (other streets, places without numbers).
 */
function addressDistance(a: PlaceValue, b: PlaceValue): number | undefined {
  const la = a.levels[0];
  const lb = b.levels[0];
  if (la?.streets === undefined || lb?.streets === undefined || la.streets.length !== lb.streets.length) return undefined;
  if (!la.streets.every((s) => lb.streets!.includes(s))) return undefined;
  const na = la.house ?? la.block;
  const nb = lb.house ?? lb.block;
  if (na === undefined || nb === undefined) return undefined;
  const top = Math.max(na, nb, 100);
  return Math.abs(na - nb) / top;
}
