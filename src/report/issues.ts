import { issueCode, issueMessage } from '../messages';
import type { ClaimProblemData, RawGroup, StageIssue } from '../model';
import { compareCodePoints, compareNatural } from '../util/order';
import type { Issue } from './schema';

const ISSUE_RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * The report's issues: what every stage raised, one `invalid_claim` per
 * skipped claim (naming all its problems), each written out in English and
 * pointing at its group; sorted by severity, code, claim and message.
 */
export function collectIssues(
  raised: readonly StageIssue[],
  problems: readonly ClaimProblemData[],
  /** The group of a claim, for issues raised before groups had ids (linking). */
  groupOf: (claim: string) => string | undefined,
): Issue<string>[] {
  const all: StageIssue[] = [...raised];
  const byClaim = new Map<number, ClaimProblemData[]>();
  for (const p of problems) {
    const list = byClaim.get(p.index);
    if (list === undefined) byClaim.set(p.index, [p]);
    else list.push(p);
  }
  for (const list of byClaim.values()) all.push({ data: { code: 'invalid_claim', problems: list }, severity: 'error', claim: list[0]!.id });
  const issues = all.map((i) => ({
    code: issueCode(i.data),
    severity: i.severity,
    claim: i.claim,
    group: i.group ?? (i.claim === undefined || !isLinkIssue(i) ? undefined : groupOf(i.claim)),
    message: issueMessage(i.data),
  }));
  return issues
    .sort(
      (a, b) =>
        ISSUE_RANK[a.severity] - ISSUE_RANK[b.severity] ||
        compareCodePoints(a.code, b.code) ||
        compareNatural(a.claim ?? '', b.claim ?? '') ||
        compareCodePoints(a.message, b.message),
    )
    .map((i) => ({
      code: i.code,
      severity: i.severity,
      ...(i.claim === undefined ? {} : { claim: i.claim }),
      ...(i.group === undefined ? {} : { group: i.group }),
      message: i.message,
    }));
}

function isLinkIssue(i: StageIssue): boolean {
  const c = i.data.code;
  return c === 'similar_subject' || c === 'similar_attribute' || c === 'ambiguous_subject' || c === 'ambiguous_attribute';
}

/** Finds the groups of just the claims named by link issues (few), by handle, without a map of every claim. */
export function linkIssueGroups(raised: readonly StageIssue[], groups: readonly RawGroup[], groupIds: readonly string[]): (claim: string) => string | undefined {
  const wanted = new Map<number, string>();
  for (const i of raised) if (i.claim !== undefined && i.handle !== undefined && isLinkIssue(i)) wanted.set(i.handle, i.claim);
  const found = new Map<string, string>();
  if (wanted.size > 0) {
    groups.forEach((g, k) => {
      for (const c of g.claims) {
        const id = wanted.get(c);
        if (id !== undefined) found.set(id, groupIds[k]!);
      }
    });
  }
  return (claim) => found.get(claim);
}
