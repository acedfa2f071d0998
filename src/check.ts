import { compareGroups } from './compare';
import { type CheckContext, resolveOptions } from './context';
import { ClaimValidationError } from './errors';
import { groupClaims } from './group/group';
import { judgeGroups } from './judge/judge';
import type { TrustOptions } from './judge/trust';
import { valueKinder, valueRelater } from './link/evidence';
import { inversionEvidence, linkEvidence } from './link/explain';
import { conflictGuard } from './link/guard';
import { linkClaims } from './link/link';
import type { Weights } from './link/profile/profile';
import type { KindDefinition } from './kinds/contract';
import type { LinkDecision, WorkStats } from './model';
import { normalizeKeys } from './normalize/keys';
import { type Inversion, invertedView, readInverses } from './read/inverse';
import { readClaims } from './read/read';
import { ValueNormalizer } from './read/values';
import { ReportBuilder } from './report/build';
import { collectIssues, linkIssueGroups, settledLinkIssues } from './report/issues';
import type { AnyReport, ConsistencyReport } from './report/schema';
import type { CheckOptions, ClaimInput } from './schema';
import { ClaimValidator, type ValidationResult } from './validate';

/** Counters of the work a check did, for benchmarks and regression tests. */
export interface CheckStats extends WorkStats {
  /** Milliseconds per stage, filled when present. */
  timings?: Map<string, number>;
  /** Compare all pairs instead of blocking: only for the differential test. */
  exhaustive?: boolean;
  /** Filled when present: every decision of the link stage. */
  decisions?: LinkDecision[];
  /** Receives every pair the profile rule scores, in words (for looking into a run). */
  trace?: (line: string) => void;
  /** The profile rule's weights, moved from their defaults: only for the sensitivity sweep of `npm run bench:news`. */
  weights?: Partial<Weights>;
  /** Source-accuracy estimation moved from its defaults: only for the cross-validation of `npm run bench:accuracy`. */
  trust?: Partial<Omit<TrustOptions, 'fixed' | 'category'>>;
}

/** A value as written: a string, or a finite number in digits. */
function writtenValue(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;
}

/** Records the time since the last lap under a stage's name. */
type Lap = (stage: string) => void;

/**
 * read → link → group → compare. Its own function, so that the per-claim keys
 * and readings are garbage once the groups are compared.
 */
function compareStages(validated: ValidationResult, ctx: CheckContext, values: ValueNormalizer, counters: CheckStats, lap: Lap, inversions: readonly Inversion[]) {
  const valid = validated.claims;
  // read: keys and values of every claim, each distinct spelling and raw value once.
  // Under profile linking a person numbered within one source ("victim_2") is that source's own label; the
  // exact and spelling modes join keys as they read.
  const written = (i: number) => writtenValue(valid.value[i]);
  const keyed = normalizeKeys(valid.subject, valid.attribute, ctx.keys, ctx.linking === 'profile' ? valid.source : undefined);
  const read = readClaims(valid, keyed.attributes, ctx, values);
  lap('read');

  // link: which keys name the same subject and the same attribute, guarded by the values read.
  const linked = linkClaims(
    {
      subjects: keyed.subjects,
      attributes: keyed.attributes,
      subjectText: (i) => valid.subject[i]!,
      attributeText: (i) => valid.attribute[i]!,
      claimId: (i) => valid.id[i]!,
      source: (i) => valid.source[i]!,
      sourceNumber: (i) => valid.sourceNumber[i]!,
      subjectSpelling: (key) => ctx.keys.spelling('subject', key),
      entityOf: ctx.entityOf,
      attributeSpelling: (key) => ctx.keys.spelling('attribute', key),
      sourceCount: valid.sources.length,
      written,
      valueKey: (i) => {
        const v = valid.value[i];
        return typeof v === 'string' ? ctx.keys.keyOf(v, 'subject') : undefined;
      },
    },
    conflictGuard(read, valid, keyed.attributes, ctx, counters),
    counters,
    counters.exhaustive === true,
    ctx.linking,
    {
      relate: valueRelater(read, valid, keyed.attributes, ctx, counters),
      kindOf: valueKinder(read, valid, keyed.attributes, ctx),
      readsAnyWords: (kind) => {
        const def = ctx.registry.get(kind);
        return def === undefined || values.readsAnyWords(def);
      },
      detect: (kind, raw) => values.detect(kind, raw),
      published: (i) => ctx.sources.get(valid.source[i]!)?.publishedDay,
      text: (i) => {
        const v = valid.value[i];
        return typeof v === 'string' ? v : undefined;
      },
      written,
      threshold: ctx.linkThreshold,
      similarity: ctx.similarity,
      ...(counters.weights === undefined ? {} : { weights: counters.weights }),
      ...(counters.trace === undefined ? {} : { trace: counters.trace }),
    },
  );
  if (counters.decisions !== undefined) counters.decisions.push(...linked.decisions);
  lap('link');

  // group: one group per linked subject × linked attribute.
  const groups = groupClaims(linked.cells);
  lap('group');

  // compare: each group's kind, values as positions, and the relations between them.
  const compared = compareGroups(groups, valid, keyed.subjects, keyed.attributes, read, ctx, counters);
  for (const [gi, links] of linkEvidence(groups, linked.decisions, keyed.subjects, keyed.attributes, (i) => valid.subject[i]!, (i) => valid.attribute[i]!)) {
    compared.groups.links.set(gi, links);
  }
  for (const [gi, links] of inversionEvidence(groups, inversions)) compared.groups.links.set(gi, [...(compared.groups.links.get(gi) ?? []), ...links]);
  lap('compare');
  const linkIssues = settledLinkIssues(linked.issues, groups, (side, i) => (side === 'subject' ? valid.subject[i]! : valid.attribute[i]!));
  const raised = [...validated.issues, ...compared.issues, ...linkIssues];
  const issues = collectIssues(raised, validated.problems, linkIssueGroups(linked.issues, groups, compared.groups.id));
  return { compared: compared.groups, issues };
}

/**
 * The stages after validation, in order: read → link → group → compare →
 * judge → report. With `runCheck` and `createChecker` (which validate), the
 * one place that lists the stages; no stage calls another.
 */
function pipeline(validated: ValidationResult, ctx: CheckContext, values: ValueNormalizer, counters: CheckStats): AnyReport {
  const timings = counters.timings;
  let clock = timings === undefined ? 0 : performance.now();
  const lap: Lap = (stage) => {
    if (timings === undefined) return;
    const now = performance.now();
    timings.set(stage, (timings.get(stage) ?? 0) + now - clock);
    clock = now;
  };
  values.beginRun();
  // read, first: a relation told from the other side is read from the side where another source meets it.
  const inversions = readInverses(validated.claims, ctx.keys);
  const read: ValidationResult = inversions.length === 0 ? validated : { ...validated, claims: invertedView(validated.claims, inversions) };
  const { compared, issues } = compareStages(read, ctx, values, counters, lap, inversions);

  // judge → report, one group at a time: nothing per group outlives its part of the report.
  const builder = new ReportBuilder(ctx, read.claims);
  const trust = judgeGroups(compared, ctx, read.claims, (judged) => builder.add(judged), counters.trust);
  lap('judge');
  const report = builder.finish(issues, trust);
  lap('report');
  return report;
}

function requireArray(claims: unknown, what: string): asserts claims is readonly unknown[] {
  if (!Array.isArray(claims)) {
    throw new TypeError(`${what}: claims must be an array of claim objects, got ${claims === null ? 'null' : typeof claims}`);
  }
}

/**
 * Validates and checks one set of claims.
 *
 * @internal Exposed for benchmarks (with counters of the work done).
 */
export function runCheck(claims: unknown, options: CheckOptions | undefined, stats?: CheckStats): AnyReport {
  requireArray(claims, 'checkConsistency');
  const ctx = resolveOptions(options);
  const counters: CheckStats = stats ?? { keyComparisons: 0, valueComparisons: 0 };
  const t = counters.timings === undefined ? 0 : performance.now();
  const validator = new ClaimValidator(ctx);
  validator.add(claims);
  const validated = validator.result();
  if (validated.problems.length > 0 && ctx.onInvalid === 'throw') throw new ClaimValidationError(validated.problems);
  counters.timings?.set('validate', (counters.timings.get('validate') ?? 0) + performance.now() - t);
  return pipeline(validated, ctx, new ValueNormalizer(ctx), counters);
}

/**
 * The codes the kinds in `options.kinds` may add to a report: `never` without
 * such kinds (the report's codes are then the built-in unions), the literal
 * codes of kinds typed `KindDefinition<V, 'isbn_mismatch' | …>`, else `string`.
 */
export type KindCodes<Options> = Options extends { readonly kinds?: infer Kinds }
  ? NonNullable<Kinds> extends readonly (infer Kind)[]
    ? Kind extends Pick<KindDefinition, 'conflictCode'>
      ? Kind['conflictCode']
      : never
    : never
  : never;

/** An incremental checker: see {@link createChecker}. `Custom`: the codes of your own kinds (see {@link KindCodes}). */
export interface Checker<Custom extends string = never> {
  /**
   * Adds claims. An invalid claim throws a `ClaimValidationError` and nothing
   * of the batch is added; with `onInvalid: 'skip'` invalid claims are left
   * out and listed in the report's issues. Default ids count claims across
   * batches, as one call with all claims would.
   */
  add(claims: readonly ClaimInput[]): Checker<Custom>;
  /** The report over every claim added so far: equal to `checkConsistency` over all of them. */
  report(): ConsistencyReport<Custom>;
  /** Number of valid claims added. */
  readonly size: number;
}

/**
 * Creates a checker that takes claims in batches, for feeds and long-running
 * pipelines. Options are validated once; normalized keys and values are
 * cached across batches and reports. Group, position and conflict ids are
 * derived from the normalized keys and values, so they stay the same as
 * claims are added (unless an added claim merges two groups) and reports
 * can be diffed across runs.
 *
 * @example
 * const checker = createChecker({ sources });
 * checker.add(morningClaims).add(eveningClaims);
 * checker.report().summary.conflicts; //=> 2
 */
export function createChecker<Kinds extends readonly KindDefinition[] = []>(options?: CheckOptions & { readonly kinds?: Kinds | undefined }): Checker<KindCodes<{ kinds: Kinds }>> {
  const ctx = resolveOptions(options);
  const validator = new ClaimValidator(ctx);
  const values = new ValueNormalizer(ctx);
  const checker: Checker<string> = {
    add(claims) {
      requireArray(claims, 'checker.add');
      const atomic = ctx.onInvalid === 'throw';
      const problems = validator.add(claims, atomic);
      if (atomic && problems.length > 0) throw new ClaimValidationError(problems);
      return checker;
    },
    report() {
      return pipeline(validator.result(), ctx, values, { keyComparisons: 0, valueComparisons: 0 });
    },
    get size() {
      return validator.size;
    },
  };
  // Codes come from the built-in kinds (CONFLICT_CODES, ISSUE_CODES; a test holds them to it) and from options.kinds.
  return checker as unknown as Checker<KindCodes<{ kinds: Kinds }>>;
}

/**
 * Checks claims from several sources against each other: groups the
 * assertions about the same thing, reads their values, and reports agreement,
 * conflicts with evidence and severity, a consensus, and problems in the
 * input. Synchronous, pure and deterministic: the same claims and options give
 * a byte-identical `JSON.stringify(report)`, whatever their order.
 *
 * @throws {ClaimValidationError} listing every invalid claim (unless `onInvalid: 'skip'`)
 * @throws {TypeError | RangeError} for a wrong argument or a bad option
 *
 * @example
 * const report = checkConsistency([
 *   { source: 'a', subject: 'Alec Baldwin', attribute: 'age', value: '66-year-old' },
 *   { source: 'b', subject: 'Alec Baldwin', attribute: 'age', value: 66 },
 * ]);
 * report.summary; //=> { claims: 2, sources: 2, groups: 1, conflicts: 0, consistent: 1, single: 0, issues: 0 }
 */
export function checkConsistency<Kinds extends readonly KindDefinition[] = []>(
  claims: readonly ClaimInput[],
  options?: CheckOptions & { readonly kinds?: Kinds | undefined },
): ConsistencyReport<KindCodes<{ kinds: Kinds }>> {
  // Codes come from the built-in kinds (CONFLICT_CODES, ISSUE_CODES; a test holds them to it) and from options.kinds.
  return runCheck(claims, options) as ConsistencyReport<KindCodes<{ kinds: Kinds }>>;
}
