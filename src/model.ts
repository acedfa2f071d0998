/**
 * The shared data model: what one stage hands to the next. Every stage imports
 * its types from here (downward), never from a later stage.
 */
import type { InferredKind, KindSource } from './kinds/infer';
import type { Comparison, ParseNote, RawScalar } from './kinds/registry';
import type { ClaimValue } from './schema';

/** How strongly a conflict matters. */
export type Severity = 'high' | 'medium' | 'low';
/** How strongly an issue matters. */
export type IssueSeverity = 'error' | 'warning' | 'info';
/**
 * What a group's positions add up to: `unverified` when no conflict was found
 * but some pair of positions could not be related (a value the group's kind
 * could not read, or two values its kind cannot compare), so agreement is not
 * shown either.
 */
export type GroupStatus = 'conflict' | 'unverified' | 'consistent' | 'single';

/**
 * The claims that passed validation, as columns: claim `i` (a handle, in
 * input order) is `id[i]`, `source[i]`, … No object per claim: the columns
 * hold the caller's own strings and values, and the optional fields get a
 * column only once some claim sets them.
 */
export class ClaimTable {
  id: string[] = [];
  /** Position of each claim in the input (across batches). */
  inputIndex: number[] = [];
  source: string[] = [];
  subject: string[] = [];
  attribute: string[] = [];
  value: ClaimValue[] = [];
  /** Each claim's source as a number (in order of first appearance), and the sources by number. */
  sourceNumber: number[] = [];
  readonly sources: string[] = [];
  private readonly sourceNumbers = new Map<string, number>();
  private count = 0;
  private kinds: (string | undefined)[] | undefined;
  private quotes: (string | undefined)[] | undefined;
  private negations: boolean[] | undefined;
  private confidences: number[] | undefined;
  private explicit: boolean[] | undefined;

  get size(): number {
    return this.count;
  }

  /**
   * Makes room for `extra` more claims at once (a batch), so the columns do
   * not grow claim by claim; `settle` trims what the batch did not use.
   */
  reserve(extra: number): void {
    if (this.count !== 0 || extra < 1024) return;
    this.id = new Array(extra);
    this.inputIndex = new Array(extra);
    this.source = new Array(extra);
    this.subject = new Array(extra);
    this.attribute = new Array(extra);
    this.value = new Array(extra);
    this.sourceNumber = new Array(extra);
  }

  /** Trims the columns to the claims added. */
  settle(): void {
    this.truncate(this.count);
  }

  /** Whether any claim's id was given by the caller (otherwise handle order is report order). */
  get anyExplicitId(): boolean {
    return this.explicit !== undefined;
  }

  /** Whether some claim states its kind. */
  get anyKind(): boolean {
    return this.kinds !== undefined;
  }

  /** Whether some claim gives a confidence below 1. */
  get anyConfidence(): boolean {
    return this.confidences !== undefined;
  }

  kind(i: number): string | undefined {
    return this.kinds?.[i];
  }
  quote(i: number): string | undefined {
    return this.quotes?.[i];
  }
  negated(i: number): boolean {
    return this.negations?.[i] === true;
  }
  confidence(i: number): number {
    return this.confidences?.[i] ?? 1;
  }
  explicitId(i: number): boolean {
    return this.explicit?.[i] === true;
  }

  /** Appends a claim; returns its handle. */
  push(
    claim: {
      readonly source: string;
      readonly subject: string;
      readonly attribute: string;
      readonly value: ClaimValue;
      readonly kind?: string | undefined;
      readonly quote?: string | undefined;
      readonly negated?: boolean | undefined;
      readonly confidence?: number | undefined;
    },
    id: string,
    explicitId: boolean,
    inputIndex: number,
  ): number {
    const i = this.count++;
    this.id[i] = id;
    this.inputIndex[i] = inputIndex;
    this.source[i] = claim.source;
    this.subject[i] = claim.subject;
    this.attribute[i] = claim.attribute;
    this.value[i] = claim.value;
    let sn = this.sourceNumbers.get(claim.source);
    if (sn === undefined) {
      this.sourceNumbers.set(claim.source, (sn = this.sources.length));
      this.sources.push(claim.source);
    }
    this.sourceNumber[i] = sn;
    if (claim.kind !== undefined) this.kinds = put(this.kinds, i, claim.kind, undefined);
    if (claim.quote !== undefined) this.quotes = put(this.quotes, i, claim.quote, undefined);
    if (claim.negated === true) this.negations = put(this.negations, i, true, false);
    if (claim.confidence !== undefined && claim.confidence !== 1) this.confidences = put(this.confidences, i, claim.confidence, 1);
    if (explicitId) this.explicit = put(this.explicit, i, true, false);
    return i;
  }

  /** Drops the claims from handle `size` on (a batch refused whole). */
  truncate(size: number): void {
    if (this.count > size) this.count = size;
    for (const c of [this.id, this.inputIndex, this.source, this.subject, this.attribute, this.value, this.sourceNumber, this.kinds, this.quotes, this.negations, this.confidences, this.explicit]) {
      if (c !== undefined && c.length > size) c.length = size;
    }
  }

  /** The handle of the claim at input position `index`, if it was accepted. */
  handleAt(index: number): number | undefined {
    let lo = 0;
    let hi = this.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = this.inputIndex[mid]!;
      if (at === index) return mid;
      if (at < index) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}

/** Sets `column[i]`, creating the column and padding it with `empty` (dense, never holey). */
function put<T>(column: T[] | undefined, i: number, value: T, empty: T): T[] {
  const c = column ?? [];
  while (c.length < i) c.push(empty);
  c.push(value);
  return c;
}

/** The normalized form of a subject or attribute, with its tokens for matching. */
export interface NormalizedKey {
  /** Canonical string: sorted unique stems joined by one space (`''` if nothing is left). */
  readonly key: string;
  /** The stems, sorted and unique. */
  readonly tokens: readonly string[];
  /** A number per distinct `key` (of its role), from 0. */
  readonly id: number;
}

export type { InferredKind, KindSource };

/** A claim's value read through a kind. */
export interface ParsedValue {
  /** The kind that read it: the group's, or the fallback kind when the group's kind could not. */
  readonly kind: string;
  readonly data: unknown;
  /** Canonical form; values with equal keys form one position. */
  readonly key: string;
  readonly specificity: number;
  /** "Anything but this value": a negated claim of a kind that has no opposite value. */
  readonly negated: boolean;
  /** Members of a list value. */
  readonly members: readonly ParsedValue[] | undefined;
}

export type ValueOutcome =
  | { readonly type: 'value'; readonly value: ParsedValue; readonly notes: readonly ParseNote[] }
  | { readonly type: 'unparsed'; readonly value: ParsedValue; readonly reason: string }
  | { readonly type: 'missing' };

/** Claims whose values are the same after normalization. */
export interface WorkPosition {
  readonly key: string;
  readonly value: ParsedValue;
  /** The claims (handles), in report order. */
  readonly claims: readonly number[];
  /** Distinct source ids, sorted. */
  readonly sources: readonly string[];
  /** Display text: the most specific original text. */
  readonly display: string;
}

/** Relations between the positions of a group, by index pair. */
export interface Relations {
  get(i: number, j: number): Comparison;
}

/** A set of claims about one linked (subject, attribute). */
export interface RawGroup {
  readonly subjectKey: string;
  readonly attributeKey: string;
  /** Indices into the valid claims, ascending. */
  readonly claims: readonly number[];
  /** Whether the link stage joined other cells into this one (else all its claims have its keys). */
  readonly linked: boolean;
}

/** A group after the compare stage: its kind, positions and their relations. */
export interface ComparedGroup {
  readonly id: string;
  readonly subject: string;
  readonly attribute: string;
  readonly kind: string;
  readonly kindFrom: KindSource;
  readonly cardinality: 'one' | 'many' | 'set';
  /** The claims (handles), ascending. */
  readonly claims: readonly number[];
  readonly positions: readonly WorkPosition[];
  readonly relations: Relations;
  /** How differently named subjects and attributes came to be this group (linked groups only). */
  readonly links?: readonly LinkEvidence[] | undefined;
}

/** One link behind a group, as the report shows it. */
export interface LinkEvidence {
  readonly side: LinkSide;
  readonly rule: LinkRule;
  /** The spelling that was joined. */
  readonly from: string;
  /** The spelling it was joined to. */
  readonly to: string;
  /** Why, in words: the evidence the rule weighed. */
  readonly evidence: string;
  /** Profile links: the log-odds (bits) of the evidence. */
  readonly weight?: number;
}

/**
 * The compared groups as the judge reads them: whole, one at a time
 * (`group`), or position by position without building any object (for the
 * accuracy estimate, which reads every group many times over).
 */
export interface TrustInput {
  readonly size: number;
  group(gi: number): ComparedGroup;
  positionCount(gi: number): number;
  /** Every source that speaks in some position. */
  readonly sources: Iterable<string>;
  /** The index of group gi's first position among all positions. */
  firstPosition(gi: number): number;
  /** Writes the distinct sources of position p into `out`, as source numbers ascending in natural order of their names. */
  sourceNumbers(p: number, out: number[]): void;
  sourceName(n: number): string;
  /** How position i of group gi relates to its position j. */
  relation(gi: number, i: number, j: number): Comparison['relation'];
  specificity(p: number): number;
}

/** A group after the judge stage. */
export interface JudgedGroup {
  readonly group: ComparedGroup;
  /** Position indices in report order. */
  readonly order: readonly number[];
  readonly support: readonly number[];
  readonly conflicts: readonly (readonly number[])[];
  readonly status: GroupStatus;
  readonly consensus: { readonly index: number; readonly support: number; readonly confidence: number } | undefined;
  /** When there is no consensus: the positions tied for the lead. */
  readonly contenders: readonly number[];
  readonly conflict: { readonly code: string; readonly severity: Severity; readonly message: string } | undefined;
  /** Distinct sources with a position in this group. */
  readonly sources: readonly string[];
}

/** Which side of a claim a linking decision is about. */
export type LinkSide = 'subject' | 'attribute';

/** The rules that may link two keys; each is a module of the link stage. */
export type LinkRule = 'spelling' | 'containment' | 'follow' | 'profile' | 'inverse';

/**
 * One decision of the link stage, as data: the cell `from` (subject key,
 * attribute key) now belongs to the cell `to`, by `rule`, with the evidence
 * that decided it.
 */
export interface LinkDecision {
  readonly rule: LinkRule;
  readonly side: LinkSide;
  readonly from: { readonly subject: string; readonly attribute: string };
  readonly to: { readonly subject: string; readonly attribute: string };
  /** Why: the keys that matched and what the guard found. */
  readonly evidence: string;
  /** Profile links: the spellings joined, the evidence alone, and its weight in bits. */
  readonly shown?: { readonly from: string; readonly to: string; readonly evidence: string; readonly weight?: number };
}

/**
 * Everything the pipeline says about the input besides conflicts: codes with
 * their parameters. The English is written from them in one place
 * (`messages.ts`), as zod keeps issue data apart from its error map.
 */
export type IssueData =
  | { readonly code: 'invalid_claim'; readonly problems: readonly ClaimProblemData[] }
  | { readonly code: 'unknown_source'; readonly source: string; readonly claims: readonly string[] }
  | { readonly code: 'unknown_field'; readonly field: string; readonly claim: string; readonly count: number; readonly known?: string | undefined }
  | { readonly code: 'kind_mismatch'; readonly claim: string; readonly stated: string; readonly kind: string; readonly subject: string; readonly attribute: string }
  | { readonly code: 'missing_value'; readonly claim: string; readonly value: string; readonly subject: string; readonly attribute: string }
  | { readonly code: 'unparsed_value'; readonly claim: string; readonly value: string; readonly kind: string; readonly reason: string }
  | { readonly code: 'value_note'; readonly note: ParseNote; readonly claim: string }
  | {
      readonly code: 'incomparable_values';
      readonly subject: string;
      readonly attribute: string;
      readonly a: { readonly display: string; readonly claim: string };
      readonly b: { readonly display: string; readonly claim: string };
      readonly reason: string | undefined;
      readonly more: number;
    }
  | { readonly code: 'similar_subject' | 'similar_attribute'; readonly a: string; readonly b: string }
  | {
      readonly code: 'ambiguous_subject' | 'ambiguous_attribute';
      readonly what: string;
      readonly candidates: readonly string[];
      /** `undefined`: none is clearly dominant; else the likely one whose values would conflict. */
      readonly likely: string | undefined;
      /** Profile linking: the evidence of a link that fell just short of the threshold, and its weight. */
      readonly near?: { readonly evidence: string; readonly weight: number; readonly threshold: number };
    };

/** A claim problem as issue data (see `ClaimProblem` in errors.ts). */
export interface ClaimProblemData {
  readonly index: number;
  readonly id?: string;
  readonly field: string;
  readonly value: string;
  readonly reason: string;
}

/** An issue raised by a stage: its data, its severity and where it points. */
export interface StageIssue {
  readonly data: IssueData;
  readonly severity: IssueSeverity;
  readonly claim?: string | undefined;
  readonly group?: string | undefined;
  /** The handle of `claim`, when the issue is raised before groups have ids (linking). */
  readonly handle?: number | undefined;
}

/** The distinct scalar values of a claim (list members included). */
export type { RawScalar };

/** Counters of the work a check did, for benchmarks and regression tests. */
export interface WorkStats {
  /** Candidate key pairs confirmed or rejected by the fuzzy predicate. */
  keyComparisons: number;
  valueComparisons: number;
}
