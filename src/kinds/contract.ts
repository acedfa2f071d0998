import type { Severity } from '../model';

/** How two values relate. Only `conflict` makes a group a conflict. */
export type Relation = 'same' | 'compatible' | 'conflict' | 'incomparable';

/** The result of comparing two values of one kind. */
export interface Comparison {
  readonly relation: Relation;
  /**
   * For a conflict: it rests only on inferred parts (a year taken from the
   * publication date) or lies just outside the tolerance, so it is weaker
   * evidence than a conflict between stated values. For `compatible`: the two
   * fit only because one says too little to contradict the other (a place told
   * by its sort alone, "a home", and a street or a region that may hold it), so
   * the linker takes it for no evidence that two mentions share a value.
   */
  readonly soft?: boolean;
  /** For `incomparable`: why, in words that finish "they cannot be compared: …" ("one gives a time zone and the other does not"). */
  readonly reason?: string;
}

/** A raw scalar value as written in a claim. */
export type RawScalar = string | number | boolean;

/** What a kind may know about the claim whose value it parses. */
export interface ParseContext {
  /**
   * Publication date of the claim's source, when known, as epoch milliseconds
   * at UTC midnight of that date: `new Date(ctx.publishedAt)` is that day
   * (`Date.UTC(2024, 6, 13)` for "2024-07-13"). Given to kinds that declare
   * `contextual: true`.
   */
  readonly publishedAt: number | undefined;
  /** How to read "12.07.24": day first, month first, or decided by the value and `publishedAt`. */
  readonly dateOrder: 'DMY' | 'MDY' | 'auto';
  /** The canonical spelling of a folded text when the user listed it among `aliases`. */
  readonly alias?: ((folded: string) => string | undefined) | undefined;
  /**
   * What the attribute says of its values, as the registered kinds declare it
   * in their `roles`: the number kind gives attributes named "age" or "aged" the
   * role `age`, which makes a bare 65 an age (65 ≤ age < 66). Every kind that
   * parses such an attribute's values sees the role.
   */
  readonly role?: string | undefined;
}

/**
 * Lexical knowledge for comparing words by meaning (the derived lexicon of
 * the link stage, or a user's): how word `a` relates to word `b`. `same`
 * (synonyms: "fire" / "blaze"), `broader` (a is a kind above b: "gun" /
 * "handgun", or a place b is part of: "head" / "forehead"), `narrower` (the
 * reverse), `different` (two distinct things of
 * one sort: "neck" / "shoulder"), or undefined when it does not know.
 */
export interface Lexicon {
  relate(a: string, b: string): 'same' | 'broader' | 'narrower' | 'different' | undefined;
  /**
   * Optional: whether word `a` names a part of what `b` names, a place within it ("forehead" / "head",
   * "kitchen" / "house"; not "hammer" / "gun"). It tells a part from a kind, which `relate` calls `narrower`
   * alike: two words written as names ("Independence" / "Liberty") may be two towns whatever their nouns mean,
   * but a part is a place in its whole however it is written ("Forehead" / "Head").
   */
  partOf?(a: string, b: string): boolean;
  /**
   * Optional: the parts of the body — of `head`, `torso`, `arm`, `leg` — that a word names a place in, as a wound's
   * place is told ("chest" → torso, "thigh" → leg, "face" → head, "hip" → torso and leg); none for a word that
   * names no such place ("blood", "skin", "nerve", "body").
   */
  bodyZones?(word: string): readonly string[];
  /**
   * Optional: whether a word is a kinship term ("mother", "nephew", "husband"; not "friend", "victim"). Two kinship
   * terms the lexicon calls `different` conflict only as a relationship to one person: one person is a mother and a
   * grandmother at once.
   */
  kinTerm?(word: string): boolean;
}

/** What a kind may know when it compares two values. */
export interface CompareContext {
  readonly tolerance: { readonly absolute: number; readonly relative: number } | undefined;
  /** Word meanings, when a lexicon is loaded; kinds must work without one. */
  readonly lexicon?: Lexicon | undefined;
}

/** A diagnostic a parser reports about a value it could read (e.g. a weekday that does not match the date). */
export interface ParseNote<Code extends string = string> {
  /** Reported as the issue's `code`. */
  readonly code: Code;
  readonly severity: 'error' | 'warning' | 'info';
  /** A clause about the value, completed by the caller with the claim id. */
  readonly message: string;
}

export type ParseResult<V, Code extends string = string> =
  | { readonly ok: true; readonly value: V; readonly notes?: readonly ParseNote<Code>[] }
  | { readonly ok: false; readonly reason: string };

/**
 * A value kind: how to read, compare and show one sort of value. The built-in
 * kinds and a user's own kinds register the same way; the pipeline only ever
 * calls these members and never asks which kind it holds.
 *
 * `Code` is the codes this kind reports, its `conflictCode` and the codes of
 * its parse notes: give them as literals (`KindDefinition<Isbn, 'isbn_mismatch'>`)
 * and the report's `conflict.code` and `issue.code` stay unions you can switch
 * over exhaustively.
 */
export interface KindDefinition<V = unknown, Code extends string = string> {
  readonly kind: string;
  /** `code` of a conflict between values of this kind, e.g. `date_mismatch`. */
  readonly conflictCode: Code;
  /** Severity of a conflict between two stated values of this kind backed by distinct sources. */
  readonly conflictSeverity: Severity;
  /** True when `parse` reads the context (publication date, date order), so caches must key on it. */
  readonly contextual: boolean;
  /**
   * How strongly a raw value looks like this kind, 0 (not at all) to 1
   * (unmistakably). Used to infer a kind when a claim gives none.
   */
  detect(raw: RawScalar): number;
  parse(raw: RawScalar, ctx: ParseContext): ParseResult<V, Code>;
  compare(a: V, b: V, ctx: CompareContext): Comparison;
  /** The canonical form: values with equal canonical forms are one position. */
  normalize(value: V): string;
  /** Higher is more specific; "12 July 2024" is more specific than "July 2024". */
  specificity(value: V): number;
  /**
   * How far apart two values are, relative to their size: 0 for the same
   * value or values one written unit apart, 1 or more for values as far apart
   * as they can be ("3" and "5" are 0.2 apart, "11" and "12" 0, 4 a.m. and
   * 4:35 a.m. 0.05 of a half day). Optional: linking
   * reads a small difference between two mentions' values as a likely
   * reporting difference about one thing rather than two different things.
   */
  distance?(a: V, b: V): number | undefined;
  /**
   * The opposite value, for kinds where one exists (yes ↔ no). A negated claim
   * of a kind without it becomes "anything but this value".
   */
  negate?(value: V): V;
  /**
   * Reads one written value as the list it names, or `undefined` when it is a
   * single value: the name kind reads "Knuth, Donald E.; Fuller, John" under an
   * attribute with the `authors` role as two people. A group with such values
   * compares them as whole sets (cardinality `set`) unless configured otherwise.
   */
  split?(raw: RawScalar, ctx: ParseContext): readonly RawScalar[] | undefined;
  /**
   * Words in an attribute name that suggest this kind ("price", "fine" for
   * money), matched with the attribute's words; each word's stem counts too. A
   * hint only wins when most of the group's values read as this kind. A word
   * (or stem) belongs to one kind: kinds registered together may not share one,
   * and a kind given in `options.kinds` takes a built-in kind's word over.
   */
  readonly hints?: readonly string[];
  /**
   * Roles this kind gives attributes by their words: `{ age: ['age', 'aged'] }`
   * makes `ParseContext.role` 'age' for the values of an "age" attribute,
   * whichever kind reads them. Words and stems, as for `hints`.
   */
  readonly roles?: Readonly<Record<string, readonly string[]>>;
  /**
   * This kind reads what the others cannot (the built-in `text`): a value the
   * group's kind cannot read is read with it (and reported as unparsed), and
   * inference settles on it when no kind fits. A registry has one fallback kind.
   */
  readonly fallback?: boolean;
}

/**
 * Shared results for a kind's `compare`, so comparing values allocates nothing
 * in the common cases: the same value, a compatible one (a refinement), a
 * conflict, a conflict resting on inferred parts (soft), or no verdict.
 *
 * @example
 * compare: (a, b) => (a === b ? SAME : a[0] === b[0] ? COMPATIBLE : CONFLICT)
 * // 'B+' / 'B+' → SAME; 'B+' / 'B' → COMPATIBLE; 'B' / 'C' → CONFLICT
 */
export const SAME: Comparison = Object.freeze({ relation: 'same' });
/** See {@link SAME}. */
export const COMPATIBLE: Comparison = Object.freeze({ relation: 'compatible' });
/** See {@link SAME}. */
export const CONFLICT: Comparison = Object.freeze({ relation: 'conflict' });
/** See {@link SAME}: a conflict that is weaker evidence (it rests on inferred parts or lies just outside a tolerance). */
export const SOFT_CONFLICT: Comparison = Object.freeze({ relation: 'conflict', soft: true });
/** See {@link SAME}: values that fit only because one says too little to contradict the other (see {@link Comparison.soft}). */
export const SOFT_COMPATIBLE: Comparison = Object.freeze({ relation: 'compatible', soft: true });
/** See {@link SAME}; {@link incomparable} also says why. */
export const INCOMPARABLE: Comparison = Object.freeze({ relation: 'incomparable' });

/**
 * An incomparable result that says why, in words that finish "they cannot be compared: …".
 *
 * @example
 * incomparable('they are in different currencies'); //=> { relation: 'incomparable', reason: 'they are in different currencies' }
 */
export function incomparable(reason: string): Comparison {
  return Object.freeze({ relation: 'incomparable', reason });
}

/** The shared result for a relation. */
export function comparison(relation: Relation, soft = false): Comparison {
  switch (relation) {
    case 'same':
      return SAME;
    case 'compatible':
      return soft ? SOFT_COMPATIBLE : COMPATIBLE;
    case 'conflict':
      return soft ? SOFT_CONFLICT : CONFLICT;
    case 'incomparable':
      return INCOMPARABLE;
  }
}
