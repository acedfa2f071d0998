import * as z from 'zod/mini';
import { ConsistencyReportSchema } from './report/schema';
import { CheckOptionsSchema, ClaimSchema } from './schema';

/**
 * The schemas `toJsonSchema` can describe.
 *
 * @example
 * SCHEMA_NAMES; //=> ['claim', 'claims', 'options', 'report']
 */
export const SCHEMA_NAMES = ['claim', 'claims', 'options', 'report'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

const TITLES: Readonly<Record<SchemaName, string>> = {
  claim: 'crosscheck claim',
  claims: 'crosscheck claims file',
  options: 'crosscheck options',
  report: 'crosscheck report',
};

/**
 * The JSON Schema (draft 2020-12) of a claim, a claims file (an array of
 * claims or `{ sources, claims }`), the options, or the report — generated
 * from the zod schemas that validate them, so it cannot drift. Useful to
 * constrain an LLM or another pipeline that produces claims. The options'
 * `kinds` (functions) are left out, and a claim's `kind` is any non-blank
 * name (the built-in kinds, or kinds the caller registers).
 *
 * @example
 * toJsonSchema('claim').required; //=> ['source', 'subject', 'attribute', 'value']
 */
export function toJsonSchema(name: SchemaName): Record<string, unknown> {
  let schema: z.core.$ZodType;
  switch (name) {
    case 'claim':
      schema = ClaimSchema;
      break;
    case 'claims':
      schema = z.union([
        z.array(ClaimSchema),
        z.object({ sources: z.optional(CheckOptionsSchema.def.shape.sources), claims: z.array(ClaimSchema) }),
      ]);
      break;
    case 'options':
      // User kinds are objects of functions, which JSON cannot hold: they are left out.
      schema = z.omit(CheckOptionsSchema, { kinds: true, similarity: true });
      break;
    case 'report':
      schema = ConsistencyReportSchema;
      break;
    default:
      throw new RangeError(`toJsonSchema: unknown schema ${JSON.stringify(name)}; use one of ${SCHEMA_NAMES.join(', ')}`);
  }
  // A `Date` publishedAt cannot be written in JSON; the schema keeps the string form.
  const json = z.toJSONSchema(schema, { io: name === 'report' ? 'output' : 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...json, title: TITLES[name] };
}
