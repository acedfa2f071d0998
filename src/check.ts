import { type CompareStats, compareGroups, relateValues } from './compare';
import { type CheckContext, resolveOptions } from './context';
import { type ClaimProblem, ClaimValidationError, formatProblem } from './errors';
import { type ConflictProbe, type GroupStats, groupClaims } from './group/group';
import { judgeGroups } from './judge/judge';
import { normalizeKeys } from './normalize/keys';
import { type ParsedValue, ValueNormalizer, roleOf } from './normalize/values';
import { type ReportIssue, buildReport } from './report/build';
import type { ConsistencyReport } from './report/schema';
import type { CheckOptions, ClaimInput } from './schema';
import { ClaimValidator, type ValidClaim, type ValidationResult } from './validate';

/** Counters of the work a check did, for benchmarks and regression tests. */
export interface CheckStats extends GroupStats, CompareStats {
  /** Milliseconds per stage, filled when present. */
  timings?: Map<string, number>;
  /** Compare all pairs instead of blocking: only for the differential test. */
  exhaustive?: boolean;
}

/** Most distinct values per side the merge guard compares. */
const PROBE_LIMIT = 40;

/**
 * The merge guard: would putting two sets of claims in one group create a
 * conflict that neither group had? It would when a value on one side
 * contradicts every value on the other and was not already disputed within its
 * own group ("Baldwin, 58" against Alec Baldwin's 66; North Little Rock's
 * population against Little Rock's). A value that sides with an existing
 * stance ("July 12" joining a group where July 12 and July 13 already
 * conflict) only adds support.
 */
function conflictProbe(claims: readonly ValidClaim[], ctx: CheckContext, values: ValueNormalizer, stats: CompareStats): ConflictProbe {
  return (a, b) => {
    const members = [...a, ...b].map((i) => claims[i]!);
    const attributeKeys = [...new Set(members.map((c) => ctx.keys.normalize(c.attribute, 'attribute').key))].sort();
    const decided = values.decideKind(attributeKeys, members);
    const def = ctx.registry.require(decided.kind);
    const tolerance = attributeKeys.map((k) => ctx.attributes.get(k)?.tolerance).find((t) => t !== undefined);
    const relate = (x: ParsedValue, y: ParsedValue) => {
      stats.valueComparisons++;
      return relateValues(x, y, (k) => ctx.registry.get(k), { tolerance }, 'one').relation;
    };
    const read = (indices: readonly number[]) => {
      const byKey = new Map<string, ParsedValue>();
      for (const i of indices) {
        const c = claims[i]!;
        const o = values.read(def, c, ctx.sources.get(c.source)?.publishedDay, roleOf(attributeKeys[0] ?? ''));
        if (o.type !== 'missing' && byKey.size < PROBE_LIMIT) byKey.set(o.value.key, o.value);
      }
      return [...byKey.values()];
    };
    const left = read(a);
    const right = read(b);
    const disputed = (own: readonly ParsedValue[], x: ParsedValue) => own.some((y) => y !== x && relate(x, y) === 'conflict');
    const opposesAll = (x: ParsedValue, others: readonly ParsedValue[]) =>
      others.length > 0 && others.every((y) => relate(x, y) === 'conflict');
    for (const [own, others] of [[left, right], [right, left]] as const) {
      for (const x of own) if (opposesAll(x, others) && !disputed(own, x)) return true;
    }
    return false;
  };
}

/**
 * Runs the stages after validation: normalize → group → compare → judge →
 * report. With `runCheck` and `createChecker`, the one place that lists the
 * stages in order.
 */
function pipeline(validated: ValidationResult, ctx: CheckContext, values: ValueNormalizer, counters: CheckStats): ConsistencyReport {
  const timings = counters.timings;
  let clock = timings === undefined ? 0 : performance.now();
  const lap = (stage: string) => {
    if (timings === undefined) return;
    const now = performance.now();
    timings.set(stage, (timings.get(stage) ?? 0) + now - clock);
    clock = now;
  };
  const valid = validated.claims;
  values.beginRun();

  const keyed = normalizeKeys(valid, ctx.keys);
  lap('normalize');

  const grouped = groupClaims(
    {
      subjects: keyed.subjects,
      attributes: keyed.attributes,
      subjectText: (i) => valid[i]!.subject,
      attributeText: (i) => valid[i]!.attribute,
      claimId: (i) => valid[i]!.id,
      source: (i) => valid[i]!.source,
    },
    conflictProbe(valid, ctx, values, counters),
    counters.exhaustive === true,
  );
  counters.keyComparisons += grouped.stats.keyComparisons;
  lap('group');

  const compared = compareGroups(grouped.groups, valid, keyed.subjects, keyed.attributes, ctx, values, counters);
  lap('compare');
  const { groups: judged, accuracy, origin } = judgeGroups(compared.groups, ctx);
  lap('judge');

  const issues: ReportIssue[] = [...validated.issues, ...compared.issues];
  // One issue per skipped claim, naming every problem it has.
  const byClaim = new Map<number, ClaimProblem[]>();
  for (const p of validated.problems) {
    const list = byClaim.get(p.index);
    if (list === undefined) byClaim.set(p.index, [p]);
    else list.push(p);
  }
  for (const list of byClaim.values()) {
    issues.push({ code: 'invalid_claim', severity: 'error', claim: list[0]!.id, message: `Skipped invalid ${list.map(formatProblem).join('; ')}` });
  }
  // Grouping issues name a claim; find the groups of just those claims.
  const groupOfClaim = new Map<string, string>();
  if (grouped.issues.length > 0) {
    const wanted = new Set(grouped.issues.map((i) => i.claim));
    for (const g of compared.groups) for (const c of g.claims) if (wanted.has(c.id)) groupOfClaim.set(c.id, g.id);
  }
  for (const i of grouped.issues) {
    issues.push({ code: i.code, severity: i.severity, claim: i.claim, group: groupOfClaim.get(i.claim), message: i.message });
  }
  const report = buildReport(judged, valid, issues, ctx, { accuracy, origin });
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
export function runCheck(claims: unknown, options: CheckOptions | undefined, stats?: CheckStats): ConsistencyReport {
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

/** An incremental checker: see {@link createChecker}. */
export interface Checker {
  /**
   * Adds claims. An invalid claim throws a `ClaimValidationError` and nothing
   * of the batch is added; with `onInvalid: 'skip'` invalid claims are left
   * out and listed in the report's issues. Default ids count claims across
   * batches, as one call with all claims would.
   */
  add(claims: readonly ClaimInput[]): Checker;
  /** The report over every claim added so far: equal to `checkConsistency` over all of them. */
  report(): ConsistencyReport;
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
export function createChecker(options?: CheckOptions): Checker {
  const ctx = resolveOptions(options);
  const validator = new ClaimValidator(ctx);
  const values = new ValueNormalizer(ctx);
  const checker: Checker = {
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
  return checker;
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
export function checkConsistency(claims: readonly ClaimInput[], options?: CheckOptions): ConsistencyReport {
  return runCheck(claims, options);
}
