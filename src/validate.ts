import type { CheckContext } from './context';
import { type ClaimProblem, describeValue } from './errors';
import { type ClaimInput, type ClaimValue, NON_BLANK, createClaimSchema } from './schema';
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

const DEFAULT_ID = /^(.*)#(\d+)$/;

function nonBlank(v: unknown): v is string {
  if (typeof v !== 'string' || v.length === 0) return false;
  // An ASCII letter, digit or sign first is the usual case and settles it without the regex.
  const c = v.charCodeAt(0);
  return (c > 32 && c < 127) || NON_BLANK.test(v);
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
 * The common case without zod: a claim that surely satisfies `ClaimSchema`,
 * or with the registered kind names, `createClaimSchema(kinds)`. A claim it
 * refuses goes through the schema, which decides and explains; a property
 * test keeps the two in lockstep.
 */
export function isPlainValidClaim(raw: object, kinds?: ReadonlySet<string>): boolean {
  const c = raw as Record<string, unknown>;
  return (
    nonBlank(c.source) &&
    nonBlank(c.subject) &&
    nonBlank(c.attribute) &&
    valueOk(c.value) &&
    (c.id === undefined || nonBlank(c.id)) &&
    (c.kind === undefined || (kinds === undefined ? nonBlank(c.kind) : (kinds as ReadonlySet<unknown>).has(c.kind))) &&
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
 * The validate stage, batch by batch: checks every claim against
 * `ClaimSchema` (never stopping at the first problem), resolves ids with
 * global indices (so batches give the ids one call would), and rejects
 * duplicate ids — the later claim yields.
 */
export class ClaimValidator {
  private readonly claims: ValidClaim[] = [];
  private readonly problems: ClaimProblem[] = [];
  private readonly explicit = new Map<string, number>();
  /** Accepted claims by input index (holes for rejected ones), to catch an explicit id that takes a default one. */
  private readonly byIndex: (ValidClaim | undefined)[] = [];
  private next = 0;
  /** The registered kinds, which a claim's `kind` must name, and the schema that explains when it does not (built when first needed). */
  private readonly kinds: ReadonlySet<string>;
  private schema: ReturnType<typeof createClaimSchema> | undefined;

  constructor(private readonly ctx: CheckContext) {
    this.kinds = new Set(ctx.registry.names());
  }

  /**
   * Validates a batch. With `atomic`, a batch with any problem adds nothing
   * (and its problems are returned, not kept).
   */
  add(input: readonly unknown[], atomic = false): ClaimProblem[] {
    const start = this.next;
    const found: ClaimProblem[] = [];
    const accepted: ValidClaim[] = [];
    const pendingExplicit = new Map<string, number>();
    const explicitOf = (id: string) => this.explicit.get(id) ?? pendingExplicit.get(id);
    const byIndex = this.byIndex;
    for (let k = 0; k < input.length; k++) {
      const index = start + k;
      const raw = input[k];
      if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        found.push({ index, field: '(claim)', value: describeValue(raw), reason: 'must be an object with source, subject, attribute and value' });
        continue;
      }
      const result = isPlainValidClaim(raw, this.kinds) ? undefined : (this.schema ??= createClaimSchema([...this.kinds])).safeParse(raw);
      if (result !== undefined && !result.success) {
        const rawId = (raw as { id?: unknown }).id;
        const id = nonBlank(rawId) ? rawId : undefined;
        for (const issue of result.error.issues) {
          found.push({
            index,
            ...(id === undefined ? {} : { id }),
            field: issue.path.length === 0 ? '(claim)' : issue.path.map(String).join('.'),
            value: describeValue(at(raw, issue.path)),
            reason: issue.message,
          });
        }
        continue;
      }
      const c = (result === undefined ? raw : result.data) as ClaimInput;
      if (c.id !== undefined) {
        const first = explicitOf(c.id);
        // An explicit id may also be another claim's default id ("ace#3"): the earlier claim keeps it.
        const m = first === undefined ? DEFAULT_ID.exec(c.id) : null;
        const owner = m === null ? undefined : byIndex[Number(m[2])];
        const taken = first ?? (owner !== undefined && !owner.explicitId && owner.id === c.id ? owner.index : undefined);
        if (taken !== undefined) {
          found.push({ index, id: c.id, field: 'id', value: describeValue(c.id), reason: `duplicates the id of claim #${taken}; ids must be unique` });
          continue;
        }
        pendingExplicit.set(c.id, index);
      } else {
        const id = `${c.source}#${index}`;
        const taken = explicitOf(id);
        if (taken !== undefined) {
          found.push({ index, field: 'id', value: describeValue(id), reason: `its default id is already taken by claim #${taken}; give the claim an explicit id` });
          continue;
        }
      }
      const claim: ValidClaim = {
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
      };
      accepted.push(claim);
      while (byIndex.length < index) byIndex.push(undefined);
      byIndex.push(claim);
    }
    if (atomic && found.length > 0) {
      byIndex.length = start;
      return found;
    }
    this.next = start + input.length;
    while (byIndex.length < this.next) byIndex.push(undefined);
    for (const [id, index] of pendingExplicit) this.explicit.set(id, index);
    for (const c of accepted) this.claims.push(c);
    for (const p of found) this.problems.push(p);
    return found;
  }

  /** Number of valid claims so far. */
  get size(): number {
    return this.claims.length;
  }

  /** Everything validated so far, with warnings about sources the options do not describe. */
  result(): ValidationResult {
    const issues: ValidationResult['issues'][number][] = [];
    if (this.ctx.sourcesGiven) {
      const unknown = new Map<string, string[]>();
      for (const c of this.claims) {
        if (this.ctx.sources.has(c.source)) continue;
        const list = unknown.get(c.source);
        if (list === undefined) unknown.set(c.source, [c.id]);
        else list.push(c.id);
      }
      for (const [source, ids] of unknown) {
        ids.sort(compareNatural);
        const shown = ids.length > 3 ? `${ids.slice(0, 3).join(', ')} and ${ids.length - 3} more` : ids.join(', ');
        issues.push({
          code: 'unknown_source',
          severity: 'warning',
          claim: ids[0]!,
          message: `Source '${source}' (claim${ids.length === 1 ? '' : 's'} ${shown}) is not in options.sources (a typo?); it is counted as a source of its own`,
        });
      }
    }
    return { claims: this.claims, problems: this.problems, issues };
  }
}

/** Validates one batch of claims: see {@link ClaimValidator}. */
export function validateClaims(input: readonly unknown[], ctx: CheckContext): ValidationResult {
  const validator = new ClaimValidator(ctx);
  validator.add(input);
  return validator.result();
}
