import * as z from 'zod/mini';
import type { KindDefinition } from './kinds/contract';

/**
 * The built-in value kinds. Claims and options may also name kinds registered
 * through `options.kinds`.
 *
 * @example
 * VALUE_KINDS.includes('date'); //=> true
 */
export const VALUE_KINDS = [
  'date',
  'time',
  'number',
  'quantity',
  'duration',
  'money',
  'place',
  'name',
  'text',
  'boolean',
] as const;

/** Something other than white space: the schema check and the validation fast path share it. */
export const NON_BLANK = /\S/;

/**
 * A schema with a description for the JSON Schema. (`z.describe` would do, but
 * zod/mini has it only from zod 4.1.13; registering works from 4.1.0, the
 * lowest zod this package supports.)
 */
function described<T extends z.core.$ZodType>(schema: T, description: string): T {
  z.globalRegistry.add(schema, { description });
  return schema;
}

const nonBlank = (what: string) =>
  described(
    z.string({ error: (issue) => (issue.input === undefined ? `is required (${what})` : `must be a string (${what})`) }).check(
      z.regex(NON_BLANK, { error: `must not be empty (${what})` }),
    ),
    what.charAt(0).toUpperCase() + what.slice(1),
  );

/**
 * Schema of a built-in value kind name. (Claims and options accept any kind
 * name, checked against the registered kinds when claims are checked.)
 *
 * @example
 * ValueKindSchema.safeParse('colour').success; //=> false
 */
export const ValueKindSchema = /* @__PURE__ */ z.enum(VALUE_KINDS, {
  error: `must be one of ${VALUE_KINDS.join(', ')}`,
});

/** A kind name: any non-blank string, a registered kind's name when claims are checked. */
const KindNameSchema = nonBlank('the name of a value kind');
const KIND_DESCRIPTION = `The kind of value (${VALUE_KINDS.join(', ')}, or a kind registered through options.kinds); inferred from the value and the attribute when absent`;

/**
 * Schema of one claim: a source asserts a value for an attribute of a subject.
 * The TypeScript type {@link ClaimInput} is inferred from it.
 *
 * @example
 * ClaimSchema.parse({ source: 'ace', subject: 'Alec Baldwin', attribute: 'age', value: 66 });
 * //=> { source: 'ace', subject: 'Alec Baldwin', attribute: 'age', value: 66 }
 */
export const ClaimSchema = /* @__PURE__ */ z.object({
  /** A unique id (default: `source#n`, with n the claim's place in the input, counted from 0). */
  id: z.optional(nonBlank('a unique claim id')),
  /** The id of the source that asserts the claim (see `options.sources`). */
  source: nonBlank('the id of the source that asserts the claim'),
  /** Who or what the claim is about ("Alec Baldwin", "the case against Alec Baldwin"). */
  subject: nonBlank('who or what the claim is about'),
  /** What is asserted about the subject ("age", "dismissal date"). */
  attribute: nonBlank('what is asserted about the subject'),
  /** The value as the source writes it ("Friday, July 12", "66-year-old", 66); an array is a list. */
  value: described(z.union(
    [
      z.string(),
      z.number({ error: 'must be a finite number' }),
      z.boolean(),
      z.array(z.union([z.string(), z.number()]), {
        error: 'must be an array of strings and numbers',
      }),
    ],
    {
      error: (issue) =>
        issue.input === undefined
          ? 'is required (the value as written: a string, number, boolean or array)'
          : 'must be a string, a finite number, a boolean, or an array of strings and numbers',
    },
  ), 'The value as the source writes it ("Friday, July 12", "66-year-old"); an array is a list'),
  /** The kind of value (a built-in kind or one in `options.kinds`); inferred from the values and the attribute when absent. */
  kind: z.optional(described(KindNameSchema.check(), KIND_DESCRIPTION)),
  /** The sentence the claim comes from, shown as evidence in the reports. */
  quote: z.optional(described(z.string({ error: 'must be a string' }), 'The sentence the claim comes from, shown as evidence')),
  /** The source asserts the opposite ("did not pull the trigger"). */
  negated: z.optional(described(z.boolean({ error: 'must be true or false' }), 'The source asserts the opposite ("did not pull the trigger")')),
  /** How sure the extractor of the claim is, 0 to 1 (default 1). */
  confidence: z.optional(
    described(
      z.number({ error: 'must be a number from 0 to 1' }).check(
        z.gte(0, { error: 'must be at least 0' }),
        z.lte(1, { error: 'must be at most 1' }),
      ),
      'How sure the extractor is, 0 to 1 (default 1)',
    ),
  ),
});

let claimSchemaCache: { readonly key: string; readonly schema: typeof ClaimSchema } | undefined;

/**
 * `ClaimSchema` with `kind` limited to the given kind names (the registered
 * kinds), so a claim naming another kind is a problem of field `kind`. The
 * built-in names are listed first, in `VALUE_KINDS` order.
 *
 * @example
 * createClaimSchema([...VALUE_KINDS, 'isbn']).safeParse({ ...claim, kind: 'colour' }).error.issues[0].message;
 * //=> 'must be one of date, time, number, quantity, duration, money, place, name, text, boolean, isbn'
 */
export function createClaimSchema(kinds: readonly string[]): typeof ClaimSchema {
  const builtin: readonly string[] = VALUE_KINDS;
  const listed = [...VALUE_KINDS.filter((k) => kinds.includes(k)), ...kinds.filter((k) => !builtin.includes(k))];
  const key = listed.join('\u0000');
  // One entry is enough: a checker keeps its kinds, and most checks use the built-ins.
  if (claimSchemaCache?.key === key) return claimSchemaCache.schema;
  const kind = described(z.enum(listed as [string, ...string[]], { error: `must be one of ${listed.join(', ')}` }), KIND_DESCRIPTION);
  const schema = z.extend(ClaimSchema, { kind: z.optional(kind) }) as unknown as typeof ClaimSchema;
  claimSchemaCache = { key, schema };
  return schema;
}

/** Schema of a source (an article or outlet) that claims refer to by id. */
export const SourceSchema = /* @__PURE__ */ z.object({
  /** The id claims give as their `source`. */
  id: nonBlank('the source id that claims use'),
  /** The name reports show (default: the id). */
  name: z.optional(z.string()),
  /** Where the article is; the HTML report links to it. */
  url: z.optional(z.string()),
  /** When it was published (ISO date or `Date`): dates without a year and weekdays are read against it. */
  publishedAt: z.optional(z.union([z.string(), z.date()], { error: 'must be an ISO date string or a Date' })),
  /**
   * What sort of source it is ('wire', 'blog', 'anonymous', …): under the trust consensus, a source
   * starts from the accuracy that its category's sources as active as it is show on contested items
   * (estimated from the data, never given), instead of that of all sources as active as it is; and
   * a conflict between two sources of different categories, neither judged itself, is decided when
   * both their classes were judged (otherwise it stays disputed).
   */
  category: z.optional(nonBlank('a category name')),
  /** A fixed weight from 0 to 1 instead of the accuracy the trust consensus estimates. */
  reliability: z.optional(
    z.number().check(z.gte(0, { error: 'must be at least 0' }), z.lte(1, { error: 'must be at most 1' })),
  ),
});

const ToleranceSchema = z.strictObject({
  absolute: z.optional(z.number().check(z.gte(0, { error: 'must be at least 0' }))),
  relative: z.optional(z.number().check(z.gte(0, { error: 'must be at least 0' }))),
});

/** Per-attribute configuration: its kind, whether it holds one value or many, and numeric tolerance. */
export const AttributeConfigSchema = /* @__PURE__ */ z.strictObject({
  /** The kind its values are read as (a built-in kind or one in `options.kinds`), instead of inferring it. */
  kind: z.optional(KindNameSchema),
  /** `'one'` (the default): one true value; `'many'`: each source lists some of the values (different members agree); `'set'`: each lists them all (a member missing or added conflicts). */
  cardinality: z.optional(z.enum(['one', 'many', 'set'], { error: "must be 'one', 'many' or 'set'" })),
  /** Numbers within `absolute` or `relative` (a fraction) of each other are compatible, not in conflict. */
  tolerance: z.optional(ToleranceSchema),
});

/** Schema of the options of {@link checkConsistency}. */
export const CheckOptionsSchema = /* @__PURE__ */ z.strictObject({
  /**
   * The sources claims name by id: a display name, a URL, the publication
   * date (which dates and weekdays without a year are read against) and a
   * fixed `reliability` from 0 to 1. A claim naming a source not listed here
   * is still checked, with an `unknown_source` warning (when any are listed).
   */
  sources: z.optional(z.array(SourceSchema)),
  /**
   * Per attribute name (matched after normalization, as claims are): its
   * `kind`, its `cardinality` (`'many'`: a list, such as victims' names, whose
   * members do not contradict each other) and a numeric `tolerance`. Two names
   * that normalize alike (`'date of dismissal'`, `'dismissal date'`) with
   * different settings are a `RangeError` naming both (key order would
   * otherwise decide); with the same settings they are accepted.
   *
   * @example
   * { attributes: { age: { tolerance: { absolute: 1 } }, victims: { kind: 'name', cardinality: 'many' } } }
   */
  attributes: z.optional(z.record(z.string(), AttributeConfigSchema)),
  /**
   * Spellings that mean the same thing, each inner list one group. They join
   * subjects and attributes (the subjects `'NYPD'` and `'New York police'`)
   * and values (`'USA'` and `'United States'`; a value is shown as its
   * group's first spelling), before any linking. A spelling in two groups is
   * a `RangeError` naming it and both groups (group order would otherwise
   * decide which group it joins).
   *
   * @example
   * { aliases: [['New York Police Department', 'NYPD', 'New York police'], ['age', 'aged']] }
   */
  aliases: z.optional(z.array(z.array(z.string()))),
  /**
   * How numeric dates such as `03/04/2024` are read: day first (`'DMY'`),
   * month first (`'MDY'`), or `'auto'` (the default: of the readings that are
   * valid dates, the one not after the source's publication date and nearest
   * it; without a publication date, month first with slashes and day first
   * otherwise, with an `ambiguous_date` note).
   */
  dateOrder: z.optional(z.enum(['DMY', 'MDY', 'auto'], { error: "must be 'DMY', 'MDY' or 'auto'" })),
  /**
   * What an invalid claim does: `'throw'` (the default) throws one
   * `ClaimValidationError` listing every invalid claim; `'skip'` leaves them
   * out and lists them in the report's issues (`invalid_claim`).
   */
  onInvalid: z.optional(z.enum(['throw', 'skip'], { error: "must be 'throw' or 'skip'" })),
  /**
   * How a conflicting group's consensus is chosen: `'trust'` (the default)
   * weighs each source by the accuracy estimated from all the claims and
   * counts sources that copy each other once; `'vote'` counts distinct
   * sources (weighted by any `reliability` given). A tie is reported as
   * disputed (`consensus: null`) either way.
   */
  consensus: z.optional(z.enum(['trust', 'vote'], { error: "must be 'trust' or 'vote'" })),
  /**
   * How differently named subjects and attributes are linked: `'exact'` (only
   * keys equal after normalization and `aliases`), `'spelling'` (also
   * misspellings and a shorter name inside a longer one), `'profile'` (also
   * record linkage on head nouns, names, modifiers and shared values; the
   * default).
   */
  linking: z.optional(z.enum(['exact', 'spelling', 'profile'], { error: "must be 'exact', 'spelling' or 'profile'" })),
  /**
   * The weight (log-odds, in bits) a profile link needs; default 4. Higher
   * links less. Links within 1 below it are reported as `ambiguous_subject`.
   */
  linkThreshold: z.optional(z.number().check(z.gte(0, { error: 'must be at least 0' }), z.lte(20, { error: 'must be at most 20' }))),
  /**
   * The user's own kinds, registered over the built-ins (see `KindDefinition`).
   * Their members are functions, checked when the options are resolved; the
   * JSON Schema of the options leaves them out.
   */
  kinds: z.optional(z.array(z.custom<KindDefinition>(), { error: 'must be an array of kind definitions' })),
  /**
   * The caller's own resolution of subjects: each entity's names are one
   * subject whatever the linking decides, and names of two different
   * entities are never linked. Overrides linking; `aliases` still apply.
   */
  entities: z.optional(
    z.array(
      z.strictObject({
        id: z.string().check(z.minLength(1, { error: 'must not be empty' })),
        names: z.array(z.string()).check(z.minLength(1, { error: 'must name the entity at least once' })),
      }),
    ),
  ),
  /**
   * Extra evidence for profile linking: the caller's own similarity of two
   * subject phrases, 0 (different things) to 1 (the same), for example from
   * an embedding model. Asked only for candidate pairs; 0.5 is no evidence.
   * Functions cannot be in JSON: the JSON Schema of the options leaves it out.
   */
  similarity: z.optional(z.custom<(a: string, b: string) => number>((f) => typeof f === 'function', { error: 'must be a function (a, b) => number from 0 to 1' })),
});

// The input types are interfaces over the types inferred from the schemas (never declared twice), so
// that editors and the API reference list their fields with the comments written on the schemas.

/** A built-in value kind name. */
export type ValueKind = z.infer<typeof ValueKindSchema>;
/** One claim as given to {@link checkConsistency}: a source asserts a value for an attribute of a subject. */
export interface ClaimInput extends z.input<typeof ClaimSchema> {}
/** A source (an article or outlet) that claims refer to by id. */
export interface SourceInput extends z.input<typeof SourceSchema> {}
/** Configuration of one attribute: its kind, whether it holds one value or many, and numeric tolerance. */
export interface AttributeConfig extends z.input<typeof AttributeConfigSchema> {}
/** Options of {@link checkConsistency} and {@link createChecker}; every one may be left out. */
export interface CheckOptions extends z.input<typeof CheckOptionsSchema> {}
/** The value of a claim as written. */
export type ClaimValue = ClaimInput['value'];

/** Every field of a claim, once each: a field added to ClaimSchema without it here does not compile. */
const CLAIM_FIELD_SET: { readonly [K in keyof ClaimInput]-?: true } = {
  id: true,
  source: true,
  subject: true,
  attribute: true,
  value: true,
  kind: true,
  quote: true,
  negated: true,
  confidence: true,
};

/** The names of a claim's fields, in ClaimSchema's order: what the validator and the CLI's CSV header accept. */
export const CLAIM_FIELDS: ReadonlySet<string> = new Set(Object.keys(CLAIM_FIELD_SET));
