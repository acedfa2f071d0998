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

/**
 * The link issues that still hold once the groups are made: one that says two keys were kept apart ("could be",
 * "kept apart") is dropped when a later rule put them in one group after all (a cold review: "Deaths could be
 * death_count or number of deaths … its claims stay in a group of their own" beside one group of all three).
 * Looks only at the groups of the claims the issues name.
 */
export function settledLinkIssues(
  raised: readonly StageIssue[],
  groups: readonly RawGroup[],
  spelling: (side: 'subject' | 'attribute', i: number) => string,
): StageIssue[] {
  const byHandle = new Map<number, StageIssue[]>();
  for (const i of raised) {
    if (i.handle === undefined || !isLinkIssue(i)) continue;
    const list = byHandle.get(i.handle);
    if (list === undefined) byHandle.set(i.handle, [i]);
    else list.push(i);
  }
  if (byHandle.size === 0) return [...raised];
  const stale = new Set<StageIssue>();
  for (const g of groups) {
    let mine: StageIssue[] | undefined;
    for (const c of g.claims) {
      const l = byHandle.get(c);
      if (l !== undefined) (mine ??= []).push(...l);
    }
    if (mine === undefined) continue;
    const spelled = { subject: new Set<string>(), attribute: new Set<string>() };
    for (const c of g.claims) {
      spelled.subject.add(spelling('subject', c));
      spelled.attribute.add(spelling('attribute', c));
    }
    for (const i of mine) {
      const d = i.data;
      if (d.code === 'similar_subject' || d.code === 'similar_attribute') {
        const side = spelled[d.code === 'similar_subject' ? 'subject' : 'attribute'];
        if (side.has(d.a) && side.has(d.b)) stale.add(i);
      } else if (d.code === 'ambiguous_subject' || d.code === 'ambiguous_attribute') {
        const side = spelled[d.code === 'ambiguous_subject' ? 'subject' : 'attribute'];
        if (side.has(d.what) && d.candidates.some((c) => side.has(c))) stale.add(i);
      }
    }
  }
  return stale.size === 0 ? [...raised] : raised.filter((i) => !stale.has(i));
}
