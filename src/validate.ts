import type { CheckContext } from './context';
import { type ClaimProblem, describeValue } from './errors';
import { type ClaimInput, ClaimSchema, type ClaimValue, VALUE_KINDS } from './schema';
import { compareNatural } from './util/order';

/** A claim that passed validation, with its resolved id and defaults applied. */
export interface ValidClaim {
  /** Position in the input array. */
  readonly index: number;
  readonly id: string;
  /** Whether the caller gave the id (default ids, `${source}#${index}`, follow input order anyway). */
  readonly explicitId: boolean;
  readonly source: string;
  readonly subject: string;
  readonly attribute: string;
  readonly value: ClaimValue;
  readonly kind: string | undefined;
  readonly quote: string | undefined;
  readonly negated: boolean;
  readonly confidence: number;
}

export interface ValidationResult {
  readonly claims: readonly ValidClaim[];
  readonly problems: readonly ClaimProblem[];
  readonly issues: readonly { code: string; severity: 'error' | 'warning' | 'info'; claim?: string; message: string }[];
}

/**
 * The order of claims in reports: claims with explicit ids first, by id in
 * natural order (so reports do not depend on input order), then claims with
 * default ids by input index (their ids, `${source}#${index}`, follow the input
 * order anyway, and need no sorting). A total order, unlike mixing the two per pair.
 */
export function compareClaims(a: ValidClaim, b: ValidClaim): number {
  if (a.explicitId !== b.explicitId) return a.explicitId ? -1 : 1;
  return a.explicitId ? compareNatural(a.id, b.id) : a.index - b.index;
}

const KINDS: ReadonlySet<unknown> = new Set(VALUE_KINDS);
const DEFAULT_ID = /^(.*)#(\d+)$/;

function nonBlank(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  for (let i = 0; i < v.length; i++) if (v.charCodeAt(i) > 32) return true;
  return v.trim() !== '';
}

function scalarOk(v: unknown): boolean {
  return typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
}

function valueOk(v: unknown): boolean {
  if (scalarOk(v)) return true;
  if (!Array.isArray(v)) return false;
  for (const x of v) if (typeof x !== 'string' && !(typeof x === 'number' && Number.isFinite(x))) return false;
  return true;
}

/**
 * The common case without zod: a claim that surely satisfies `ClaimSchema`.
 * A claim it refuses goes through the schema, which decides and explains; a
 * property test keeps the two in lockstep.
 */
export function isPlainValidClaim(raw: object): boolean {
  const c = raw as Record<string, unknown>;
  return (
    nonBlank(c.source) &&
    nonBlank(c.subject) &&
    nonBlank(c.attribute) &&
    valueOk(c.value) &&
    (c.id === undefined || nonBlank(c.id)) &&
    (c.kind === undefined || KINDS.has(c.kind)) &&
    (c.quote === undefined || typeof c.quote === 'string') &&
    (c.negated === undefined || typeof c.negated === 'boolean') &&
    (c.confidence === undefined || (typeof c.confidence === 'number' && c.confidence >= 0 && c.confidence <= 1))
  );
}

function at(value: unknown, path: readonly PropertyKey[]): unknown {
  let v = value;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/**
 * The validate stage: checks every claim against `ClaimSchema`, collects
 * every problem (never stopping at the first), resolves ids and rejects
 * duplicate ones.
 */
export function validateClaims(input: readonly unknown[], ctx: CheckContext): ValidationResult {
  const claims: ValidClaim[] = [];
  const problems: ClaimProblem[] = [];
  const issues: ValidationResult['issues'][number][] = [];
  const explicit = new Map<string, number>();
  const unknownSources = new Map<string, string[]>();
  for (let index = 0; index < input.length; index++) {
    const raw = input[index];
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      problems.push({ index, field: '(claim)', value: describeValue(raw), reason: 'must be an object with source, subject, attribute and value' });
      continue;
    }
    const plain = isPlainValidClaim(raw);
    const result = plain ? undefined : ClaimSchema.safeParse(raw);
    const rawId = (raw as { id?: unknown }).id;
    const id = typeof rawId === 'string' && rawId.trim() !== '' ? rawId : undefined;
    if (result !== undefined && !result.success) {
      for (const issue of result.error.issues) {
        const field = issue.path.length === 0 ? '(claim)' : issue.path.map(String).join('.');
        problems.push({
          index,
          ...(id === undefined ? {} : { id }),
          field,
          value: describeValue(at(raw, issue.path)),
          reason: issue.message,
        });
      }
      continue;
    }
    const c = (result === undefined ? raw : result.data) as ClaimInput;
    // Only explicit ids can collide: default ids embed the claim's own index.
    if (c.id !== undefined) {
      const first = explicit.get(c.id);
      if (first !== undefined) {
        problems.push({ index, id: c.id, field: 'id', value: describeValue(c.id), reason: `duplicates the id of claim #${first}; ids must be unique` });
        continue;
      }
      explicit.set(c.id, index);
    }
    claims.push({
      index,
      id: c.id ?? `${c.source}#${index}`,
      explicitId: c.id !== undefined,
      source: c.source,
      subject: c.subject,
      attribute: c.attribute,
      value: c.value,
      kind: c.kind,
      quote: c.quote,
      negated: c.negated ?? false,
      confidence: c.confidence ?? 1,
    });
  }
  // An explicit id can still take the default id of another claim ("ace#3" given to claim 0): the later one yields.
  const rejected = new Set<number>();
  if (explicit.size > 0) {
    const byIndex = new Map(claims.map((c) => [c.index, c]));
    for (const [id, at] of explicit) {
      const m = DEFAULT_ID.exec(id);
      if (m === null) continue;
      const other = byIndex.get(Number(m[2]));
      if (other === undefined || other.explicitId || other.id !== id) continue;
      const [later, earlier] = other.index > at ? [other, byIndex.get(at)!] : [byIndex.get(at)!, other];
      rejected.add(later.index);
      problems.push({
        index: later.index,
        ...(later.explicitId ? { id } : {}),
        field: 'id',
        value: describeValue(id),
        reason: later.explicitId ? `duplicates the id of claim #${earlier.index}; ids must be unique` : `its default id is already taken by claim #${earlier.index}; give the claim an explicit id`,
      });
    }
  }
  const kept = rejected.size === 0 ? claims : claims.filter((c) => !rejected.has(c.index));
  if (ctx.sourcesGiven) {
    for (const c of kept) {
      if (ctx.sources.has(c.source)) continue;
      const list = unknownSources.get(c.source);
      if (list === undefined) unknownSources.set(c.source, [c.id]);
      else list.push(c.id);
    }
  }
  for (const [source, ids] of unknownSources) {
    ids.sort(compareNatural);
    const shown = ids.length > 3 ? `${ids.slice(0, 3).join(', ')} and ${ids.length - 3} more` : ids.join(', ');
    issues.push({
      code: 'unknown_source',
      severity: 'warning',
      claim: ids[0]!,
      message: `Source '${source}' (claim${ids.length === 1 ? '' : 's'} ${shown}) is not in options.sources (a typo?); it is counted as a source of its own`,
    });
  }
  problems.sort((a, b) => a.index - b.index);
  return { claims: kept, problems, issues };
}
