import type { CheckContext } from './context';
import { type ClaimProblem, describeValue } from './errors';
import { ClaimTable, type StageIssue } from './model';
import { CLAIM_FIELDS, type ClaimInput, NON_BLANK, createClaimSchema } from './schema';
import { flat } from './util/flat';
import { withinEdits } from './util/edit';
import { compareNatural } from './util/order';

export interface ValidationResult {
  readonly claims: ClaimTable;
  readonly problems: readonly ClaimProblem[];
  readonly issues: readonly StageIssue[];
}

/**
 * The order of claims in reports: claims with explicit ids first, by id in
 * natural order (so reports do not depend on input order), then claims with
 * default ids by input order (their ids, `${source}#${index}`, follow it
 * anyway, and need no sorting). A total order, unlike mixing the two per pair.
 */
export function claimOrder(claims: ClaimTable): (a: number, b: number) => number {
  return (a, b) => {
    const ea = claims.explicitId(a);
    if (ea !== claims.explicitId(b)) return ea ? -1 : 1;
    return ea ? compareNatural(claims.id[a]!, claims.id[b]!) : a - b;
  };
}

const DEFAULT_ID = /^(.*)#(\d+)$/;

/**
 * The claim field an unknown field is most likely a typo of: one edit from it ("negatd", "sources"), or its letters
 * in another order ("valeu"); never for a short field, nor for other words two edits away ("note", "valid", "vote").
 */
function typoOf(field: string): string | undefined {
  if (field.length < 4) return undefined;
  const lower = field.toLowerCase();
  const letters = (w: string) => [...w].sort().join('');
  for (const known of [...CLAIM_FIELDS].sort()) {
    if (withinEdits(lower, known, 1) || (lower.length === known.length && letters(lower) === letters(known))) return known;
  }
  return undefined;
}

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
  private readonly claims = new ClaimTable();
  private readonly problems: ClaimProblem[] = [];
  private readonly explicit = new Map<string, number>();
  private next = 0;
  private readonly prefixes = new Map<string, string>();
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
    const table = this.claims;
    const before = table.size;
    table.reserve(input.length);
    const found: ClaimProblem[] = [];
    const pendingExplicit = new Map<string, number>();
    const explicitOf = (id: string) => this.explicit.get(id) ?? pendingExplicit.get(id);
    // Unknown fields met in this batch, as (field, claim id) pairs.
    const pendingFields: string[] = [];
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
      let id: string;
      if (c.id !== undefined) {
        const first = explicitOf(c.id);
        // An explicit id may also be another claim's default id ("ace#3"): the earlier claim keeps it.
        const m = first === undefined ? DEFAULT_ID.exec(c.id) : null;
        const owner = m === null ? undefined : table.handleAt(Number(m[2]));
        const taken = first ?? (owner !== undefined && !table.explicitId(owner) && table.id[owner] === c.id ? table.inputIndex[owner] : undefined);
        if (taken !== undefined) {
          found.push({ index, id: c.id, field: 'id', value: describeValue(c.id), reason: `duplicates the id of claim #${taken}; ids must be unique` });
          continue;
        }
        pendingExplicit.set(c.id, index);
        id = c.id;
      } else {
        id = this.defaultId(c.source, index);
        const taken = explicitOf(id);
        if (taken !== undefined) {
          found.push({ index, field: 'id', value: describeValue(id), reason: `its default id is already taken by claim #${taken}; give the claim an explicit id` });
          continue;
        }
      }
      table.push(c, id, c.id !== undefined, index);
      // Fields crosscheck does not read are said once per name, not dropped unremarked: "negatd": true would
      // otherwise flip nothing and look like agreement. Kept with the batch, so a batch refused whole says nothing.
      for (const field in raw) if (!CLAIM_FIELDS.has(field)) pendingFields.push(field, id);
    }
    if (atomic && found.length > 0) {
      table.truncate(before);
      return found;
    }
    table.settle();
    this.next = start + input.length;
    for (const [id, index] of pendingExplicit) this.explicit.set(id, index);
    for (let k = 0; k < pendingFields.length; k += 2) this.unknownField(pendingFields[k]!, pendingFields[k + 1]!);
    for (const p of found) this.problems.push(p);
    return found;
  }

  /** Fields no claim schema has, by name: how many claims carry each, and the smallest such claim id. */
  private readonly unknownFields = new Map<string, { claim: string; count: number }>();

  private unknownField(field: string, id: string): void {
    const seen = this.unknownFields.get(field);
    if (seen === undefined) this.unknownFields.set(field, { claim: id, count: 1 });
    else {
      seen.count++;
      if (compareNatural(id, seen.claim) < 0) seen.claim = id;
    }
  }

  /** `${source}#${index}`, built from a prefix kept per source and read once, so V8 keeps one flat string, not a rope of three. */
  private defaultId(source: string, index: number): string {
    let prefix = this.prefixes.get(source);
    if (prefix === undefined) this.prefixes.set(source, (prefix = `${source}#`));
    return flat(prefix + index);
  }

  /** Number of valid claims so far. */
  get size(): number {
    return this.claims.size;
  }

  /** Everything validated so far, with warnings about sources the options do not describe. */
  result(): ValidationResult {
    const issues: StageIssue[] = [];
    if (this.ctx.sourcesGiven) {
      const unknown = new Map<string, string[]>();
      const { source, id } = this.claims;
      for (let i = 0; i < source.length; i++) {
        if (this.ctx.sources.has(source[i]!)) continue;
        const list = unknown.get(source[i]!);
        if (list === undefined) unknown.set(source[i]!, [id[i]!]);
        else list.push(id[i]!);
      }
      for (const [source, ids] of unknown) {
        ids.sort(compareNatural);
        issues.push({ data: { code: 'unknown_source', source, claims: ids }, severity: 'warning', claim: ids[0]! });
      }
    }
    for (const field of [...this.unknownFields.keys()].sort()) {
      const { claim, count } = this.unknownFields.get(field)!;
      const known = typoOf(field);
      issues.push({ data: { code: 'unknown_field', field, claim, count, known }, severity: known === undefined ? 'info' : 'warning', claim });
    }
    return { claims: this.claims, problems: this.problems, issues };
  }
}
