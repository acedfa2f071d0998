import { fold } from '../../normalize/text';
import type { KindDefinition } from '../registry';
import { comparePlaces } from './compare';
import { readBearing, readOffset } from './offset';
import { sameStreet, streetParts } from './streets';
import { isClause, VENUE_WORDS } from './words';
import { parsePlace } from './parse';
import type { PlaceValue } from './value';

const VENUE = new RegExp(`\\b(?:${[...VENUE_WORDS].join('|')})s?$`);

function isAddress(raw: string): boolean {
  const r = parsePlace(raw);
  return r.ok && r.value.levels.some((l) => l.streets !== undefined);
}

/** "of", "from" or "off" (any case: notes write "South Of Sioux Falls", "SOUTH OF SIOUX FALLS"), then a capitalised name. */
const FROM_PLACE = /\b(?:of|from|off)\s+(?:the\s+)?(\S)/giu;

/** Whether the text gives a place from a named one ("55 kilometres south of Bireun", "About 110 Miles South Of Sioux Falls"). */
function fromNamedPlace(raw: string): boolean {
  for (const m of raw.matchAll(FROM_PLACE)) if (/\p{Lu}/u.test(m[1]!)) return true;
  return false;
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
    : fromNamedPlace(raw) && readOffset(fold(raw)) !== undefined ? 0.95
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
 * How far apart two addresses on the same street are, where the difference looks like a reporting one: one digit
 * of the house or block number written otherwise, or two next to each other swapped ("the 5300 block of Noon Road"
 * / "5000 block of Noon Road", "18" / "19 Plymouth St.", "4006" / "4060"): near, 0.1. Anything else (two numbers
 * further apart, other streets, other towns, places without numbers) has no distance, so a difference on one street
 * never weighs as evidence of one place (a second cold review: "1418" / "1436 Elm St." are two houses).
 */
function addressDistance(a: PlaceValue, b: PlaceValue): number | undefined {
  const la = a.levels[0];
  const lb = b.levels[0];
  if (la?.streets === undefined || lb?.streets === undefined || la.streets.length !== lb.streets.length) return undefined;
  if (!la.streets.every((s) => lb.streets!.some((t) => sameStreet(s, t)))) return undefined;
  // What each says holds the street must be the same where both say it.
  const up = (v: PlaceValue) => v.levels.slice(1).map((l) => l.name).join(', ');
  if (up(a) !== '' && up(b) !== '' && up(a) !== up(b)) return undefined;
  const na = la.house ?? la.block;
  const nb = lb.house ?? lb.block;
  if (na === undefined || nb === undefined || na === nb) return undefined;
  return oneDigitApart(String(na), String(nb)) ? 0.1 : undefined;
}

/** Two numbers of as many digits, one digit different or two neighbouring digits swapped. */
function oneDigitApart(x: string, y: string): boolean {
  if (x.length !== y.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) diff.push(i);
  if (diff.length === 1) return true;
  return diff.length === 2 && diff[1] === diff[0]! + 1 && x[diff[0]!] === y[diff[1]!] && x[diff[1]!] === y[diff[0]!];
}
