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

const nonBlank = (what: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? `is required (${what})` : `must be a string (${what})`) }).check(
    z.regex(NON_BLANK, { error: `must not be empty (${what})` }),
    z.describe(what.charAt(0).toUpperCase() + what.slice(1)),
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
  id: z.optional(nonBlank('a unique claim id')),
  source: nonBlank('the id of the source that asserts the claim'),
  subject: nonBlank('who or what the claim is about'),
  attribute: nonBlank('what is asserted about the subject'),
  value: z.union(
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
  ).check(z.describe('The value as the source writes it ("Friday, July 12", "66-year-old"); an array is a list')),
  kind: z.optional(KindNameSchema.check(z.describe(KIND_DESCRIPTION))),
  quote: z.optional(z.string({ error: 'must be a string' }).check(z.describe('The sentence the claim comes from, shown as evidence'))),
  negated: z.optional(z.boolean({ error: 'must be true or false' }).check(z.describe('The source asserts the opposite ("did not pull the trigger")'))),
  confidence: z.optional(
    z.number({ error: 'must be a number from 0 to 1' }).check(
      z.gte(0, { error: 'must be at least 0' }),
      z.lte(1, { error: 'must be at most 1' }),
      z.describe("How sure the extractor is, 0 to 1 (default 1)"),
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
  const kind = z.enum(listed as [string, ...string[]], { error: `must be one of ${listed.join(', ')}` }).check(z.describe(KIND_DESCRIPTION));
  const schema = z.extend(ClaimSchema, { kind: z.optional(kind) }) as unknown as typeof ClaimSchema;
  claimSchemaCache = { key, schema };
  return schema;
}

/** Schema of a source (an article or outlet) that claims refer to by id. */
export const SourceSchema = /* @__PURE__ */ z.object({
  id: nonBlank('the source id that claims use'),
  name: z.optional(z.string()),
  url: z.optional(z.string()),
  publishedAt: z.optional(z.union([z.string(), z.date()], { error: 'must be an ISO date string or a Date' })),
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
  kind: z.optional(KindNameSchema),
  // 'many': each source lists some of the values (different members agree); 'set': each lists them all (a member missing or added conflicts).
  cardinality: z.optional(z.enum(['one', 'many', 'set'], { error: "must be 'one', 'many' or 'set'" })),
  tolerance: z.optional(ToleranceSchema),
});

/** Schema of the options of {@link checkConsistency}. */
export const CheckOptionsSchema = /* @__PURE__ */ z.strictObject({
  sources: z.optional(z.array(SourceSchema)),
  attributes: z.optional(z.record(z.string(), AttributeConfigSchema)),
  aliases: z.optional(z.array(z.array(z.string()))),
  dateOrder: z.optional(z.enum(['DMY', 'MDY', 'auto'], { error: "must be 'DMY', 'MDY' or 'auto'" })),
  onInvalid: z.optional(z.enum(['throw', 'skip'], { error: "must be 'throw' or 'skip'" })),
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

/** A built-in value kind name. */
export type ValueKind = z.infer<typeof ValueKindSchema>;
/** One claim as given to {@link checkConsistency}. */
export type ClaimInput = z.input<typeof ClaimSchema>;
/** A source description. */
export type SourceInput = z.input<typeof SourceSchema>;
/** Configuration of one attribute. */
export type AttributeConfig = z.input<typeof AttributeConfigSchema>;
/** Options of {@link checkConsistency}. */
export type CheckOptions = z.input<typeof CheckOptionsSchema>;
/** The value of a claim as written. */
export type ClaimValue = ClaimInput['value'];
