import { distance } from 'fastest-levenshtein';
import { compareIntervals } from '../numeric';
import { COMPATIBLE, CONFLICT, type Comparison, incomparable, SAME } from '../registry';
import { relateStreets } from './streets';
import type { PlaceLevel, PlaceLevelType, PlaceValue } from './value';

function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  // Numbers in a name are exact: "w 15th st" is not "w 16th st".
  if (/\d/.test(a) || /\d/.test(b)) return a.replace(/\D+/g, ' ') === b.replace(/\D+/g, ' ') && distance(a, b) <= 1;
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
