import { formatProblem } from './messages';

/** One problem with one claim: where it is, which field, what was there and why it is refused. */
export interface ClaimProblem {
  /** Position of the claim in the input array (0-based). */
  readonly index: number;
  /** The claim's id, when it has a usable one. */
  readonly id?: string;
  /** Dotted path of the field ("value", "confidence", "value.2"), or "(claim)" for the claim as a whole. */
  readonly field: string;
  /** The value found there, abbreviated for messages. */
  readonly value: string;
  readonly reason: string;
}

/** Describes a value in a message: short, one line, `undefined` spelled out. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'bigint') return `${value}n`;
  // JSON would say null for these, or a string for a date: the value as it was given.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : `a Date (${value.toISOString()})`;
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}


/**
 * Thrown by `checkConsistency` when claims are invalid (unless `onInvalid:
 * 'skip'`). Lists every bad claim, not just the first.
 *
 * @example
 * try { checkConsistency([{ source: 'a', subject: '', attribute: 'age', value: 66 }]); }
 * catch (e) { if (e instanceof ClaimValidationError) e.issues[0]; }
 * //=> { index: 0, field: 'subject', value: '""', reason: 'must not be empty (who or what the claim is about)' }
 */
export class ClaimValidationError extends Error {
  override readonly name = 'ClaimValidationError';
  /** Every problem, in claim order (like `ZodError#issues`). */
  readonly issues: readonly ClaimProblem[];

  /** The same list as `issues`. */
  get problems(): readonly ClaimProblem[] {
    return this.issues;
  }

  constructor(problems: readonly ClaimProblem[]) {
    const claims = new Set(problems.map((p) => p.index)).size;
    const shown = problems.slice(0, 10).map((p) => `  - ${formatProblem(p)}`);
    if (problems.length > shown.length) shown.push(`  - … and ${problems.length - shown.length} more`);
    super(`${claims} invalid claim${claims === 1 ? '' : 's'}:\n${shown.join('\n')}`);
    this.issues = problems;
  }
}
