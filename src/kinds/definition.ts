import { fold, stem } from '../normalize/text';
import type { KindDefinition } from './contract';

const FUNCTIONS = ['detect', 'parse', 'compare', 'normalize', 'specificity'] as const;
// The values of `Severity` in the report schema.
const SEVERITIES: readonly unknown[] = ['high', 'medium', 'low'];
const ONE_WORD = /^[\p{L}\p{N}]+$/u;

/** The forms of a declared word that attribute words are matched against: the folded word and its stem. */
export function forms(word: unknown, what: string, where: string, kind: string): string[] {
  if (typeof word !== 'string') throw new TypeError(`${where}: kind '${kind}' has ${what} ${describe(word)}; it must be a string`);
  const folded = fold(word);
  if (!ONE_WORD.test(folded)) {
    throw new RangeError(`${where}: kind '${kind}' has ${what} ${JSON.stringify(word)}; it must be one word of letters or digits (attribute names are matched word by word)`);
  }
  return [folded, stem(folded)];
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'string' ? JSON.stringify(value) : `a ${typeof value}`;
}

/** Checks the members of a kind definition, throwing a `TypeError` (wrong shape) or `RangeError` (bad value) naming it. */
export function checkDefinition(definition: unknown, where: string): asserts definition is KindDefinition<unknown> {
  if (definition === null || typeof definition !== 'object' || Array.isArray(definition)) {
    throw new TypeError(`${where}: a kind must be an object with kind, conflictCode, conflictSeverity, contextual and the functions ${FUNCTIONS.join(', ')}; got ${describe(definition)}`);
  }
  const d = definition as Record<string, unknown>;
  if (typeof d.kind !== 'string' || d.kind.trim() === '') throw new TypeError(`${where}: a kind needs a non-empty string \`kind\``);
  const kind = d.kind;
  for (const member of FUNCTIONS) {
    if (typeof d[member] !== 'function') throw new TypeError(`${where}: kind '${kind}' needs a function \`${member}\``);
  }
  if (d.negate !== undefined && typeof d.negate !== 'function') throw new TypeError(`${where}: kind '${kind}' has a \`negate\` that is not a function`);
  if (d.split !== undefined && typeof d.split !== 'function') throw new TypeError(`${where}: kind '${kind}' has a \`split\` that is not a function`);
  if (d.distance !== undefined && typeof d.distance !== 'function') throw new TypeError(`${where}: kind '${kind}' has a \`distance\` that is not a function`);
  if (typeof d.conflictCode !== 'string' || d.conflictCode === '') {
    throw new TypeError(`${where}: kind '${kind}' needs a string \`conflictCode\` such as '${kind}_mismatch'`);
  }
  if (!SEVERITIES.includes(d.conflictSeverity)) {
    const Err = typeof d.conflictSeverity === 'string' ? RangeError : TypeError;
    throw new Err(`${where}: kind '${kind}' has conflictSeverity ${describe(d.conflictSeverity)}; use 'high', 'medium' or 'low'`);
  }
  if (typeof d.contextual !== 'boolean') throw new TypeError(`${where}: kind '${kind}' needs a boolean \`contextual\` (does parse read the publication date?)`);
  if (d.fallback !== undefined && typeof d.fallback !== 'boolean') throw new TypeError(`${where}: kind '${kind}' has a \`fallback\` that is not a boolean`);
  if (d.hints !== undefined && !Array.isArray(d.hints)) throw new TypeError(`${where}: kind '${kind}' has \`hints\` that are not an array of words`);
  if (d.roles !== undefined && (d.roles === null || typeof d.roles !== 'object' || Array.isArray(d.roles))) {
    throw new TypeError(`${where}: kind '${kind}' has \`roles\` that are not an object of role → words, e.g. { age: ['age', 'aged'] }`);
  }
}
