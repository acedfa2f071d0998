import * as z from 'zod/mini';
import { ValueKindSchema } from '../schema';

/** Makes every property and array of a type read-only, all the way down. */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * The `code` of a conflict between values of a built-in kind: one per kind
 * (`<kind>_mismatch`). A kind registered through `options.kinds` adds its own
 * `conflictCode`.
 *
 * @example
 * CONFLICT_CODES.includes(report.conflicts[0].code); //=> true (without options.kinds)
 */
export const CONFLICT_CODES = [
  'date_mismatch',
  'time_mismatch',
  'number_mismatch',
  'quantity_mismatch',
  'duration_mismatch',
  'money_mismatch',
  'place_mismatch',
  'name_mismatch',
  'text_mismatch',
  'boolean_mismatch',
] as const;

/**
 * The `code` of an issue crosscheck raises: problems with the input
 * (`invalid_claim`, `unknown_source`, `unknown_field`, `kind_mismatch`, `missing_value`),
 * values it could not read or compare (`unparsed_value`,
 * `incomparable_values`), notes the date reader makes about a value it did
 * read (`ambiguous_date`, `date_order`, `weekday_mismatch`), and linking
 * decisions worth a look (`similar_*`, `ambiguous_*`). A kind registered
 * through `options.kinds` may add the codes of its own parse notes.
 *
 * @example
 * ISSUE_CODES.includes('weekday_mismatch'); //=> true
 */
export const ISSUE_CODES = [
  'invalid_claim',
  'unknown_source',
  'unknown_field',
  'kind_mismatch',
  'missing_value',
  'unparsed_value',
  'incomparable_values',
  'ambiguous_date',
  'date_order',
  'weekday_mismatch',
  'similar_subject',
  'similar_attribute',
  'ambiguous_subject',
  'ambiguous_attribute',
] as const;

/**
 * A built-in conflict code, for an exhaustive `switch` over `conflict.code`.
 *
 * @example
 * function label(code: ConflictCode): string {
 *   switch (code) {
 *     case 'date_mismatch': return 'dates';
 *     // … one case per code; a missing one is a compile error with `const never: never = code`
 *   }
 * }
 */
export type ConflictCode = (typeof CONFLICT_CODES)[number];
/** A built-in issue code, for an exhaustive `switch` over `issue.code`. */
export type IssueCode = (typeof ISSUE_CODES)[number];

export const SeveritySchema = /* @__PURE__ */ z.enum(['high', 'medium', 'low']);
export const IssueSeveritySchema = /* @__PURE__ */ z.enum(['error', 'warning', 'info']);
/**
 * What a group's positions add up to: `conflict`; `unverified` (no conflict
 * found, but some values could not be read or compared, so agreement is not
 * shown either); `consistent` (every pair of positions related, none
 * conflicting); `single` (one source only).
 */
export const GroupStatusSchema = /* @__PURE__ */ z.enum(['conflict', 'unverified', 'consistent', 'single']);

/** One claim behind a position of a conflicting group: its value as written, its source and its quote. */
export const EvidenceSchema = /* @__PURE__ */ z.object({
  /** The claim's id. */
  claim: z.string(),
  /** Its source's id. */
  source: z.string(),
  /** Its value as written. */
  value: z.string(),
  /** Its quote, when it has one. */
  quote: z.optional(z.string()),
});

export const PositionSchema = /* @__PURE__ */ z.object({
  /** Stable across runs: derived from the group and the normalized value. */
  id: z.string(),
  /** The value as one of its claims writes it. */
  value: z.string(),
  /** The canonical form its claims share ("2024-07-12", "66"). */
  normalized: z.string(),
  /** Ids of the claims that take this position. */
  claims: z.array(z.string()),
  /** Ids of their distinct sources. */
  sources: z.array(z.string()),
  /** The reliability-weighted count of distinct sources. */
  support: z.number(),
  /** Ids of the positions of the group that contradict this one. */
  conflictsWith: z.array(z.string()),
  /** Present on the positions of conflicting groups, so reports can quote the evidence. */
  evidence: z.optional(z.array(EvidenceSchema)),
});

export const ConsensusSchema = /* @__PURE__ */ z.object({
  /** The id of the winning position. */
  position: z.string(),
  /** Its value as written. */
  value: z.string(),
  /** Its canonical form. */
  normalized: z.string(),
  /** Its support together with the positions compatible with it. */
  support: z.number(),
  /** How probable it is, 0 to 1 (by source trust, or its share of the vote). */
  confidence: z.number(),
});

/** How two differently named subjects or attributes were joined into one group, and why. */
export const LinkEvidenceSchema = /* @__PURE__ */ z.object({
  /** Whether two subjects or two attributes were joined. */
  side: z.enum(['subject', 'attribute']),
  /**
   * The link rule: a misspelling, a shorter name inside a longer one, following such a name, a profile of
   * evidence, or a relation told from the other side (`inverse`: "X | relationship to the victim | mother" read
   * as "the victim | mother | X"; `from` and `to` are the claim as written and as read).
   */
  rule: z.enum(['spelling', 'containment', 'follow', 'profile', 'inverse']),
  /** The spelling joined, and the one it was joined to. */
  from: z.string(),
  /** The spelling it was joined to. */
  to: z.string(),
  /** The evidence weighed, in words ("head girl, location of the wound, hospital agree, age differs"). */
  evidence: z.string(),
  /** Profile links: the weight of the evidence in bits (log2 odds); a link needs the threshold (default 4). */
  weight: z.optional(z.number()),
});

export const ClaimGroupSchema = /* @__PURE__ */ z.object({
  /** Stable across runs: derived from the normalized subject and attribute. */
  id: z.string(),
  /** The subject as its claims write it. */
  subject: z.string(),
  /** The attribute as its claims write it. */
  attribute: z.string(),
  /** The kind its values were read as: a built-in kind or one in `options.kinds`. */
  kind: z.union([ValueKindSchema, z.string()]),
  /**
   * How the kind was decided: set in options.attributes, stated by the claims,
   * inferred from the attribute's name, or inferred from the values.
   */
  kindFrom: z.enum(['options', 'claims', 'attribute', 'values']),
  /** `'one'`: one true value; `'many'`: a list whose members do not contradict each other; `'set'`: each source lists them all (a member missing or added conflicts). */
  cardinality: z.enum(['one', 'many', 'set']),
  /** `conflict`, `unverified`, `consistent` or `single` (see {@link GroupStatus}). */
  status: GroupStatusSchema,
  /** How differently named subjects and attributes were joined into this group (linked groups only). */
  links: z.optional(z.array(LinkEvidenceSchema)),
  /** Ids of its claims. */
  claims: z.array(z.string()),
  /** The distinct values its claims take, by support. */
  positions: z.array(PositionSchema),
  /** The most probable value; `null` when the leaders tie (disputed; see `contenders`). */
  consensus: z.nullable(ConsensusSchema),
  /** When the consensus is null because the leaders tie: the ids of the tied positions. */
  contenders: z.optional(z.array(z.string())),
});

export const ConflictSchema = /* @__PURE__ */ z.object({
  /** The id of the conflicting group. */
  group: z.string(),
  /** `<kind>_mismatch` (see {@link ConflictCode}). */
  code: z.string(),
  /** `high`, `medium` or `low`. */
  severity: SeveritySchema,
  /** Ids of the positions that contradict each other. */
  positions: z.array(z.string()),
  /** One English sentence naming the values and their sources. */
  message: z.string(),
});

export const IssueSchema = /* @__PURE__ */ z.object({
  /** What kind of issue (see {@link IssueCode}). */
  code: z.string(),
  /** `error`, `warning` or `info`. */
  severity: IssueSeveritySchema,
  /** The id of the claim it is about, if one. */
  claim: z.optional(z.string()),
  /** The id of the group it is about, if one. */
  group: z.optional(z.string()),
  /** One English sentence naming the claim, the field and the value. */
  message: z.string(),
});

export const SourceSummarySchema = /* @__PURE__ */ z.object({
  /** The source's id. */
  id: z.string(),
  /** Its name, when given. */
  name: z.optional(z.string()),
  /** Its URL, when given. */
  url: z.optional(z.string()),
  /** Its publication date (ISO), when given. */
  publishedAt: z.optional(z.string()),
  /** Its category, when given (its estimated accuracy starts from its category's). */
  category: z.optional(z.string()),
  /** The reliability given in `options.sources` (default 1). */
  reliability: z.number(),
  /** Accuracy estimated from the data (how often what it asserts wins), when the consensus is 'trust'. */
  accuracy: z.optional(z.number()),
  /** When the source repeats another's errors: the smallest id among the sources of that one origin. */
  origin: z.optional(z.string()),
  /** Its valid claims. */
  claims: z.number(),
  /** The groups it takes a position in. */
  groups: z.number(),
  /** Groups shared with other sources where none contradicts it. */
  agreements: z.number(),
  /** Groups where another source contradicts it. */
  contradictions: z.number(),
  /** agreements / (agreements + contradictions); `null` when it shares no group with another source. */
  agreementRate: z.nullable(z.number()),
});

export const SummarySchema = /* @__PURE__ */ z.object({
  /** Valid claims checked. */
  claims: z.number(),
  /** Distinct sources. */
  sources: z.number(),
  /** Groups of claims about one attribute of one subject. */
  groups: z.number(),
  /** Groups in conflict. */
  conflicts: z.number(),
  /** Groups without a conflict whose values could not all be read or compared. */
  unverified: z.number(),
  /** Groups whose positions all relate without a conflict. */
  consistent: z.number(),
  /** Groups stated by one source only. */
  single: z.number(),
  /** Entries in `issues`. */
  issues: z.number(),
});

/**
 * Schema of the report that {@link checkConsistency} returns; the report types are inferred from it.
 *
 * @example
 * ConsistencyReportSchema.safeParse(checkConsistency(claims)).success; //=> true
 */
export const ConsistencyReportSchema = /* @__PURE__ */ z.object({
  summary: SummarySchema,
  groups: z.array(ClaimGroupSchema),
  conflicts: z.array(ConflictSchema),
  issues: z.array(IssueSchema),
  sources: z.array(SourceSummarySchema),
});

/** How serious a conflict is: `high` (stated values of distinct sources contradict), `medium`, `low`. */
export type Severity = z.infer<typeof SeveritySchema>;
/** How serious an issue is. */
export type IssueSeverity = z.infer<typeof IssueSeveritySchema>;
/** What a group's positions add up to (see {@link ClaimGroup.status}). */
export type GroupStatus = z.infer<typeof GroupStatusSchema>;

// The report types are interfaces over the types inferred from the schemas, so that editors and the
// API reference list their fields (a bare alias of an inferred type shows as `z.infer<…>`).

/** One claim behind a position of a conflicting group: its value as written, its source and its quote. */
export interface Evidence extends DeepReadonly<z.infer<typeof EvidenceSchema>> {}
/** One value a group's claims take: the claims and sources behind it, its support, the positions it contradicts. */
export interface Position extends DeepReadonly<z.infer<typeof PositionSchema>> {}
/** The value a group's sources most probably agree on, with its support and confidence. */
export interface Consensus extends DeepReadonly<z.infer<typeof ConsensusSchema>> {}
/** The claims about one attribute of one subject, their positions, status and consensus. */
export interface ClaimGroup extends DeepReadonly<z.infer<typeof ClaimGroupSchema>> {}
/** One link behind a group. */
export interface LinkEvidence extends DeepReadonly<z.infer<typeof LinkEvidenceSchema>> {}
/** What one source asserted and how often it agrees with the others. */
export interface SourceSummary extends DeepReadonly<z.infer<typeof SourceSummarySchema>> {}
/** The counts at the top of a report. */
export interface ReportSummary extends DeepReadonly<z.infer<typeof SummarySchema>> {}

/** The fields of a conflict besides its code. */
export interface ConflictFields extends DeepReadonly<Omit<z.infer<typeof ConflictSchema>, 'code'>> {}
/**
 * A conflict: the group, the positions that contradict each other, a
 * severity and one sentence.
 */
export interface Conflict<Custom extends string = never> extends ConflictFields {
  /** A {@link ConflictCode}, or, with kinds of your own in `options.kinds`, their `conflictCode` (`Custom`). */
  readonly code: ConflictCode | Custom;
}

/** The fields of an issue besides its code. */
export interface IssueFields extends DeepReadonly<Omit<z.infer<typeof IssueSchema>, 'code'>> {}
/** Something worth knowing about the input besides conflicts. */
export interface Issue<Custom extends string = never> extends IssueFields {
  /** An {@link IssueCode}, or, with kinds of your own, a code of their parse notes (`Custom`). */
  readonly code: IssueCode | Custom;
}

/**
 * What {@link checkConsistency} returns. `Custom` is the codes of the kinds in
 * `options.kinds`, if any: `never` without them, so `conflict.code` and
 * `issue.code` are the built-in unions; `string` for kinds typed
 * `KindDefinition<V>`; the literal codes for kinds typed `KindDefinition<V, 'my_code' | …>`.
 */
export interface ConsistencyReport<Custom extends string = never> {
  /** Counts of claims, sources, groups by status, conflicts and issues. */
  readonly summary: ReportSummary;
  /** Every group: conflicting first, then unverified, consistent and single-source. */
  readonly groups: readonly ClaimGroup[];
  /** One per conflicting group, by severity. */
  readonly conflicts: readonly Conflict<Custom>[];
  /** Problems with the input and notes about values, linking and sources. */
  readonly issues: readonly Issue<Custom>[];
  /** Every source, with its agreement rate (and estimated accuracy with the trust consensus). */
  readonly sources: readonly SourceSummary[];
}
/** A report whatever kinds made it: what the formatters take. */
export type AnyReport = ConsistencyReport<string>;
