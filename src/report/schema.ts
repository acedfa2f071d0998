import * as z from 'zod/mini';
import { ValueKindSchema } from '../schema';

/** Makes every property and array of a type read-only, all the way down. */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

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
  claim: z.string(),
  source: z.string(),
  value: z.string(),
  quote: z.optional(z.string()),
});

export const PositionSchema = /* @__PURE__ */ z.object({
  id: z.string(),
  value: z.string(),
  normalized: z.string(),
  claims: z.array(z.string()),
  sources: z.array(z.string()),
  support: z.number(),
  conflictsWith: z.array(z.string()),
  /** Present on the positions of conflicting groups, so reports can quote the evidence. */
  evidence: z.optional(z.array(EvidenceSchema)),
});

export const ConsensusSchema = /* @__PURE__ */ z.object({
  position: z.string(),
  value: z.string(),
  normalized: z.string(),
  support: z.number(),
  confidence: z.number(),
});

/** How two differently named subjects or attributes were joined into one group, and why. */
export const LinkEvidenceSchema = /* @__PURE__ */ z.object({
  side: z.enum(['subject', 'attribute']),
  /** The link rule: a misspelling, a shorter name inside a longer one, following such a name, or a profile of evidence. */
  rule: z.enum(['spelling', 'containment', 'follow', 'profile']),
  /** The spelling joined, and the one it was joined to. */
  from: z.string(),
  to: z.string(),
  /** The evidence weighed, in words ("head girl, location of the wound, hospital agree, age differs"). */
  evidence: z.string(),
  /** Profile links: the weight of the evidence in bits (log2 odds); a link needs the threshold (default 4). */
  weight: z.optional(z.number()),
});

export const ClaimGroupSchema = /* @__PURE__ */ z.object({
  id: z.string(),
  subject: z.string(),
  attribute: z.string(),
  kind: z.union([ValueKindSchema, z.string()]),
  /**
   * How the kind was decided: set in options.attributes, stated by the claims,
   * inferred from the attribute's name, or inferred from the values.
   */
  kindFrom: z.enum(['options', 'claims', 'attribute', 'values']),
  cardinality: z.enum(['one', 'many', 'set']),
  status: GroupStatusSchema,
  /** How differently named subjects and attributes were joined into this group (linked groups only). */
  links: z.optional(z.array(LinkEvidenceSchema)),
  claims: z.array(z.string()),
  positions: z.array(PositionSchema),
  consensus: z.nullable(ConsensusSchema),
  /** When the consensus is null because the leaders tie: the ids of the tied positions. */
  contenders: z.optional(z.array(z.string())),
});

export const ConflictSchema = /* @__PURE__ */ z.object({
  group: z.string(),
  code: z.string(),
  severity: SeveritySchema,
  positions: z.array(z.string()),
  message: z.string(),
});

export const IssueSchema = /* @__PURE__ */ z.object({
  code: z.string(),
  severity: IssueSeveritySchema,
  claim: z.optional(z.string()),
  group: z.optional(z.string()),
  message: z.string(),
});

export const SourceSummarySchema = /* @__PURE__ */ z.object({
  id: z.string(),
  name: z.optional(z.string()),
  url: z.optional(z.string()),
  publishedAt: z.optional(z.string()),
  reliability: z.number(),
  /** Accuracy estimated from the data (how often what it asserts wins), when the consensus is 'trust'. */
  accuracy: z.optional(z.number()),
  /** When the source repeats another's errors: the smallest id among the sources of that one origin. */
  origin: z.optional(z.string()),
  claims: z.number(),
  groups: z.number(),
  agreements: z.number(),
  contradictions: z.number(),
  agreementRate: z.nullable(z.number()),
});

export const SummarySchema = /* @__PURE__ */ z.object({
  claims: z.number(),
  sources: z.number(),
  groups: z.number(),
  conflicts: z.number(),
  /** Groups without a conflict whose values could not all be read or compared. */
  unverified: z.number(),
  consistent: z.number(),
  single: z.number(),
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

export type Severity = z.infer<typeof SeveritySchema>;
export type IssueSeverity = z.infer<typeof IssueSeveritySchema>;
export type GroupStatus = z.infer<typeof GroupStatusSchema>;
export type Evidence = DeepReadonly<z.infer<typeof EvidenceSchema>>;
export type Position = DeepReadonly<z.infer<typeof PositionSchema>>;
export type Consensus = DeepReadonly<z.infer<typeof ConsensusSchema>>;
export type ClaimGroup = DeepReadonly<z.infer<typeof ClaimGroupSchema>>;
/** One link behind a group. */
export type LinkEvidence = DeepReadonly<z.infer<typeof LinkEvidenceSchema>>;
export type Conflict = DeepReadonly<z.infer<typeof ConflictSchema>>;
export type Issue = DeepReadonly<z.infer<typeof IssueSchema>>;
export type SourceSummary = DeepReadonly<z.infer<typeof SourceSummarySchema>>;
export type ReportSummary = DeepReadonly<z.infer<typeof SummarySchema>>;
export type ConsistencyReport = DeepReadonly<z.infer<typeof ConsistencyReportSchema>>;
