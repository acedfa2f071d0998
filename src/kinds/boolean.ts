import { fold } from '../normalize/text';
import { CONFLICT, type KindDefinition, type ParseResult, type RawScalar, SAME } from './registry';

/** A yes/no value. */
export interface BooleanValue {
  readonly value: boolean;
}

// Only words that mean yes or no whatever the attribute: "denied" or "y" could be answers of another kind.
const TRUE = new Set(['true', 'yes', 'yes.']);
const FALSE = new Set(['false', 'no', 'no.']);
// A yes/no question answered with a count of nothing: "anyone in custody?" — "No one".
const NOBODY = new Set(['no one', 'none', 'nobody', 'nothing', 'no-one']);

/**
 * Reads yes/no values: booleans, "yes"/"no", "true"/"false", 1/0, and
 * "no one", "none", "nobody" (a yes/no question answered with nobody).
 *
 * @example
 * parseBoolean('No').value; //=> { value: false }
 */
export function parseBoolean(raw: RawScalar): ParseResult<BooleanValue> {
  if (typeof raw === 'boolean') return { ok: true, value: { value: raw } };
  if (typeof raw === 'number') {
    return raw === 1 || raw === 0 ? { ok: true, value: { value: raw === 1 } } : { ok: false, reason: `${raw} is not a yes/no value` };
  }
  const text = fold(raw).replace(/[’]/g, "'");
  if (TRUE.has(text) || text === '1') return { ok: true, value: { value: true } };
  if (FALSE.has(text) || text === '0' || NOBODY.has(text)) return { ok: true, value: { value: false } };
  return { ok: false, reason: `"${raw}" is not a yes/no value` };
}

export const booleanKind: KindDefinition<BooleanValue> = {
  kind: 'boolean',
  conflictCode: 'boolean_mismatch',
  conflictSeverity: 'high',
  contextual: false,
  hints: ['whether', 'did', 'is', 'was', 'has', 'confirmed'],
  // "none" and "no one" are counts as often as answers: weak evidence of a yes/no attribute.
  detect: (raw) =>
    typeof raw === 'boolean' ? 1
    : typeof raw !== 'string' || !parseBoolean(raw).ok ? 0
    : NOBODY.has(fold(raw)) ? 0.3
    : 0.8,
  parse: (raw) => parseBoolean(raw),
  compare: (a, b) => (a.value === b.value ? SAME : CONFLICT),
  normalize: (v) => String(v.value),
  specificity: () => 1,
  negate: (v) => ({ value: !v.value }),
};
