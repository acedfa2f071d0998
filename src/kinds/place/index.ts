/** The place kind: "Casa Chimayo restaurant in Santa Fe" as a chain of levels, most specific first. */
export { parsePlace } from './parse';
export { comparePlaces } from './compare';
export { placeKind } from './kind';
export type { PlaceLevel, PlaceLevelType, PlaceOffset, PlaceRelation, PlaceValue } from './value';
