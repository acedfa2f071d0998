import type { QuantityValue } from '../quantity';

export type PlaceLevelType = 'venue' | 'street' | 'region' | 'unknown';

/** A position relative to a place: inside it, or outside it (anywhere, or on one side). */
export type PlaceRelation = 'inside' | 'outside' | 'behind' | 'front' | 'beside' | 'across';

/** One level of a place: "casa chimayo" (a venue), "santa fe", "new mexico" (a region). */
export interface PlaceLevel {
  readonly name: string;
  readonly type: PlaceLevelType;
  /** For a street level: the streets it names (one, or two at an intersection), as canonical cores. */
  readonly streets?: readonly string[];
  /** "Charlotte Avenue between 4th and 5th avenues": the cross streets that bound the stretch of the one street named. */
  readonly between?: readonly string[];
  /**
   * "E. 55th St. near Lenox Road": the street it is told near, with its type, which says nothing of where on the one
   * street (its name ends " near lenox rd"); only one name told near with two types ("near Lenox Avenue") is
   * another cross street.
   */
  readonly near?: string;
  /** A level told only as what the place lies near ("a parking lot near the 400 block of Main Street"): no part of where it is. */
  readonly landmark?: true;
  /** "1700 block of West Highland Avenue": the block number. */
  readonly block?: number;
  /** "18 Plymouth St.": the house number (its block is the hundred it lies in). */
  readonly house?: number;
  /** "18A Plymouth St.": the unit's letter, lower case. */
  readonly unit?: string;
  /** For a venue: the sort its words named ("hospital" in "Stroger Hospital"). */
  readonly sort?: string;
  /** A place told only by its sort ("a nearby hospital", "an area hospital"): some place of that sort. */
  readonly generic?: boolean;
  /** For a generic place, the common words that say what kind of its sort ("gas" in "a gas station"). */
  readonly describedAs?: readonly string[];
  /** The words it was written with, sort words included, when two or more ("santa monica college library"). */
  readonly written?: readonly string[];
  /** Its name starts with a word written in capitals ("SMC Library", "UCLA Medical Center"): maybe another's initials. */
  readonly acronym?: boolean;
  /** Words of its name written with a possessive's "'s" ("macy" in "Macy's"): another may write them with a plain "s". */
  readonly possessive?: readonly string[];
  /** Words after its first written in capitals ("ame" in "Emanuel AME Church"): maybe initials of another's words. */
  readonly initials?: readonly string[];
  /**
   * Set when its words, as written, open with a capitalised name and go on in lower case ("Trumbull Gardens
   * housing project"): the name alone ("trumbull gardens"); the rest describes it.
   */
  readonly proper?: string;
  /**
   * Set on a place told by an indefinite article, a name and its sort in lower case ("a Santa Fe restaurant", "a
   * Coney Island public housing development apartment"): the name says where it stands, not which it is.
   */
  readonly located?: boolean;
  /**
   * Set with `located` on a town's name and a sort in lower case with no article at all ("Albuquerque skate park",
   * "Lincoln high school"): some such place in the town, or the place's own name written in lower case — which,
   * crosscheck cannot tell, so neither where it stands nor its name is held against another's.
   */
  readonly townRead?: boolean;
  /**
   * Written as a common noun, in lower case or after an article or a possessive ("the porch", "his head",
   * "chest"), not as a name ("Independence", which is also a town's).
   */
  readonly common?: boolean;
  /**
   * Common, every word of its name in lower case, and its last word a made thing by its main sense (WordNet's
   * artifacts): a part or a spot of a built place — "the lobby", "the dance floor", "the driveway" — not "Pulse
   * nightclub", "the scene" (a location) or "left upper neck" (the body).
   */
  readonly spot?: boolean;
  /** Common, and every word of its name in lower case ("the dance floor"; not "Pulse nightclub"). */
  readonly lower?: boolean;
  /** A region written as an abbreviation ("la" for "LA", read as Louisiana): the letters as written. */
  readonly code?: string;
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
  /** Where, relative to the place the levels name: "behind the apartment building" is `behind` it. */
  readonly relation?: PlaceRelation;
  /** Canonical form: level names joined by ", " (`casa chimayo, santa fe`), after the offset if any (`55 km west of bireun`). */
  readonly key: string;
}
