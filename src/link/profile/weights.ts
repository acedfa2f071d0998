import type { ValueRelater } from '../evidence';

/** What the profile rule needs besides the cells. */
export interface ProfileInput {
  readonly relate: ValueRelater;
  /** The kind a set of claims' values read as, if any. */
  readonly kindOf: (claims: readonly number[]) => string | undefined;
  /**
   * Whether a kind reads any words as a value (names, places, text), unlike a closed kind (numbers, dates, times, yes
   * or no). Absent: every pair of kinds whose values relate may link.
   */
  readonly readsAnyWords?: ((kind: string) => boolean) | undefined;
  /** How well a raw value reads as a kind, 0 to 1 (the kind's detector). Absent with `readsAnyWords`. */
  readonly detect?: ((kind: string, raw: string) => number) | undefined;
  /** Claim i's value as text, when it is a string. */
  readonly text: (i: number) => string | undefined;
  /** Claim i's value as written, a number in digits too (`text` gives strings only). */
  readonly written?: ((i: number) => string | undefined) | undefined;
  /** Publication day (epoch days) of claim i's source, if known. */
  readonly published: (i: number) => number | undefined;
  /** Log-odds a link needs. */
  readonly threshold: number;
  /** The caller's similarity of two subject phrases, 0 to 1 (options.similarity). */
  readonly similarity?: ((a: string, b: string) => number) | undefined;
  /** Every pair scored, in words (for looking into a run; internal). */
  readonly trace?: ((line: string) => void) | undefined;
  /** Weights moved from WEIGHTS (the sensitivity sweep only). */
  readonly weights?: Partial<Weights>;
}

/**
 * The weights of the evidence, in bits (log2 of how much likelier the
 * evidence is for one thing than for two). Set by hand from what the evidence
 * means, not fitted to examples; `npm run bench:news -- --sweep` shows the
 * results with every weight moved by ±50 %.
 */
export const WEIGHTS = {
  /** The same head noun or synonyms ("quake" / "temblor"). */
  headSame: 3,
  /**
   * The same head noun, by how rare it is among the mentions' heads (a term-frequency adjustment, as Splink's;
   * "the boy's mother" names the boy but is no boy, so it does not make "boy" common):
   * ± half this many bits, + when only these two mentions use it ("search" / "the search for the
   * suspect"), − when nearly every mention does ("victim" among a dozen victims).
   */
  headRarity: 2,
  /** One head a kind of the other ("sister" / "sibling"). */
  headHypernym: 2,
  /** Heads with a near common parent ("girl" / "baby"). */
  headClose: 1,
  /** Heads of different broad classes (a person and an event), or opposed ("woman" / "man"). */
  headUnrelated: -3,
  /** The same explicit time anchor ("2012", "last year" in 2013). */
  anchor: 2,
  /** A shared surname. */
  surname: 2.5,
  /** A shared given name (or one given name and its initial, half). */
  givenName: 2,
  /** Different given names with one surname. */
  givenNameDiffers: -3,
  /** A shared modifier, at most (scaled down by how many mentions use it). */
  modifier: 2,
  /** An attribute both state, with agreeing values. */
  valueAgrees: 1.5,
  /** An attribute both state, with contradicting values: lowers the weight, never vetoes. */
  valueConflicts: -1.5,
  /**
   * Conflicting values at most this far apart (their kind's distance: 3 and 5 are 0.2 apart, 11 and
   * 12, one written unit, 0) are near: a reporting difference is usually small, two different things' values need
   * not be. How much a near or a far conflict shifts the conflict's weight is estimated from the
   * input (see valueWeights); this is only where near ends.
   */
  nearValues: 0.25,
  /** Prior share of one thing's conflicting values that are near (reporting differences are mostly small). */
  nearLikely: 0.7,
  /** Prior share of two things' conflicting values that are near by chance. */
  nearByChance: 0.3,
  /** Bits a near conflict adds to `valueConflicts`: estimated from the input and the two priors above. */
  valueNear: 0,
  /** Bits a far conflict adds to `valueConflicts`: estimated likewise. */
  valueFar: 0,
  /** An attribute both state, values not comparable. */
  sharedSlot: 0.25,
  /** A content word both profiles use outside the slots compared, at most (scaled down by how many mentions use it). */
  sharedWord: 1,
  /** Cap of the shared words' evidence. */
  sharedWordsCap: 3,
  /** Cap of the value evidence, either way. */
  valueCap: 4.5,
  /** A pair that is each other's only candidate among what the other's sources say. */
  exclusive: 2.5,
  /** The caller's similarity, at most this many bits either way (0.5 is none, 1 is +this, 0 is -this). */
  similarity: 3,
} as const;

export type Weights = { -readonly [K in keyof typeof WEIGHTS]: number };

/** The attribute weights: what an attribute name and its values must share to be one slot. */
export const ATTRIBUTE_WEIGHTS = {
  measure: 2,
  lemma: 2.5,
  kind: 1,
  threshold: 3,
} as const;

