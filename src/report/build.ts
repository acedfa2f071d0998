import type { CheckContext } from '../context';
import { severityRank } from '../judge/severity';
import type { ClaimTable, JudgedGroup } from '../model';
import { valueText } from '../read/values';
import { claimOrder } from '../validate';
import { compareCodePoints, compareNatural, round, sortSmall } from '../util/order';
import type { AnyReport, ClaimGroup, Conflict, Evidence, Issue, Position, SourceSummary } from './schema';
import { flat } from '../util/flat';

/** What the judge estimated about sources. */
export interface SourceTrust {
  readonly accuracy: ReadonlyMap<string, number>;
  readonly origin: ReadonlyMap<string, string>;
}


/** FNV-1a, 32 bits: a short stable number for a string. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Position ids: `${group.id}/${n}` with n a hash of the normalized value, so a
 * position keeps its id when claims are added (rank numbers would shift). The
 * rare collision within a group takes the next free number, in key order.
 */
function positionIds(groupId: string, keys: readonly string[]): string[] {
  if (keys.length === 1) return [flat(`${groupId}/${hash(keys[0]!)}`)];
  const taken = new Set<number>();
  const out: string[] = new Array(keys.length);
  const byKey = sortSmall(keys.map((_, i) => i), (a, b) => compareCodePoints(keys[a]!, keys[b]!));
  for (const i of byKey) {
    let n = hash(keys[i]!);
    while (taken.has(n)) n = (n + 1) >>> 0;
    taken.add(n);
    out[i] = flat(`${groupId}/${n}`);
  }
  return out;
}

/** Positions' ids in rank order: their ranks sorted as numbers (no comparator), then read back through `order`. */
function inRankOrder(list: readonly number[], rank: readonly number[], order: readonly number[], assigned: readonly string[]): string[] {
  const n = list.length;
  const out = new Array<string>(n);
  if (n > 24) {
    const ranks = Int32Array.from(list, (q) => rank[q]!).sort();
    for (let x = 0; x < n; x++) out[x] = assigned[order[ranks[x]!]!]!;
    return out;
  }
  const ranks: number[] = new Array(n);
  for (let x = 0; x < n; x++) {
    const r = rank[list[x]!]!;
    let y = x - 1;
    while (y >= 0 && ranks[y]! > r) {
      ranks[y + 1] = ranks[y]!;
      y--;
    }
    ranks[y + 1] = r;
  }
  for (let x = 0; x < n; x++) out[x] = assigned[order[ranks[x]!]!]!;
  return out;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Arrays the report shares wherever they are equal: the JSON is the same, the heap much smaller. */
interface Shared {
  readonly claims: ClaimTable;
  /** The one-source list of each source. */
  readonly lone: Map<string, string[]>;
  /** The empty list: one per report, never shared between reports. */
  readonly empty: string[];
}

function sourcesOf(sources: readonly string[], shared: Shared): string[] {
  if (sources.length !== 1) return sources as string[];
  const s = sources[0]!;
  let list = shared.lone.get(s);
  if (list === undefined) shared.lone.set(s, (list = [s]));
  return list;
}

/** The claims behind a position of a conflicting group: value as written, source and quote. */
function evidenceOf(handles: readonly number[], table: ClaimTable): Evidence[] {
  const out = new Array<Evidence>(handles.length);
  for (let x = 0; x < handles.length; x++) {
    const c = handles[x]!;
    const quote = table.quote(c);
    out[x] =
      quote === undefined
        ? { claim: table.id[c]!, source: table.source[c]!, value: valueText(table.value[c]!) }
        : { claim: table.id[c]!, source: table.source[c]!, value: valueText(table.value[c]!), quote };
  }
  return out;
}

function buildGroup(j: JudgedGroup, shared: Shared): { group: ClaimGroup; conflict: Conflict<string> | undefined } {
  const table = shared.claims;
  const ids = table.id;
  const g = j.group;
  const assigned = positionIds(g.id, g.positions.map((p) => p.key));
  const rank: number[] = new Array(j.order.length);
  for (let k = 0; k < j.order.length; k++) rank[j.order[k]!] = k;
  const inConflict = j.status === 'conflict';
  const positions: Position[] = new Array(j.order.length);
  for (let k = 0; k < j.order.length; k++) {
    const p = j.order[k]!;
    const pos = g.positions[p]!;
    const conflicts = j.conflicts[p]!;
    const claims = new Array<string>(pos.claims.length);
    for (let x = 0; x < claims.length; x++) claims[x] = ids[pos.claims[x]!]!;
    // In rank order, like the positions themselves.
    const conflictsWith = conflicts.length === 0 ? shared.empty : inRankOrder(conflicts, rank, j.order, assigned);
    // Properties in a fixed order: the JSON is byte-identical whatever path built it.
    const position: Mutable<Position> = {
      id: assigned[p]!,
      value: pos.display,
      normalized: pos.key,
      claims,
      sources: sourcesOf(pos.sources, shared),
      support: round(j.support[p]!),
      conflictsWith,
    };
    if (inConflict) position.evidence = evidenceOf(pos.claims, table);
    positions[k] = position;
  }
  const consensus =
    j.consensus === undefined
      ? null
      : {
          position: assigned[j.consensus.index]!,
          value: g.positions[j.consensus.index]!.display,
          normalized: g.positions[j.consensus.index]!.key,
          support: round(j.consensus.support),
          confidence: round(j.consensus.confidence),
        };
  // Claims in report order (handle order unless some claim has an explicit id); a group whose one
  // position holds all its claims shares that position's list.
  const claims =
    positions.length === 1 && g.positions[0]!.claims.length === g.claims.length
      ? positions[0]!.claims
      : (table.anyExplicitId ? [...g.claims].sort(claimOrder(table)) : g.claims).map((c) => ids[c]!);
  // Two literals rather than a spread of the optional `links`: a spread makes every group a slow,
  // dictionary-shaped object, and the property order (the JSON's) stays fixed either way.
  const group: Mutable<ClaimGroup> =
    g.links === undefined
      ? { id: g.id, subject: g.subject, attribute: g.attribute, kind: g.kind, kindFrom: g.kindFrom, cardinality: g.cardinality, status: j.status, claims, positions, consensus }
      : {
          id: g.id,
          subject: g.subject,
          attribute: g.attribute,
          kind: g.kind,
          kindFrom: g.kindFrom,
          cardinality: g.cardinality,
          status: j.status,
          links: g.links.map((l) => ({ ...l })),
          claims,
          positions,
          consensus,
        };
  if (consensus === null && j.contenders.length > 0) {
    group.contenders = sortSmall([...j.contenders], (a, b) => rank[a]! - rank[b]!).map((p) => assigned[p]!);
  }
  const conflict: Conflict<string> | undefined =
    j.conflict === undefined
      ? undefined
      : {
          group: g.id,
          code: j.conflict.code,
          severity: j.conflict.severity,
          positions: j.order.filter((p) => j.conflicts[p]!.length > 0).map((p) => assigned[p]!),
          message: j.conflict.message,
        };
  return { group, conflict };
}

/** Per source: groups it speaks in, and groups where it agrees with every other source or contradicts one. */
class SourceTally {
  constructor(private readonly claims: ClaimTable) {}

  readonly groups = new Map<string, number>();
  readonly agreements = new Map<string, number>();
  readonly contradictions = new Map<string, number>();

  add(j: JudgedGroup): void {
    const { claims: members, positions } = j.group;
    // Sources in the group (a source counts once per group).
    const seen = new Set<string>();
    for (const c of members) seen.add(this.claims.source[c]!);
    for (const s of seen) bump(this.groups, s);
    if (j.sources.length < 2) return;
    const unverified = j.status === 'unverified';
    // The positions of each source, ascending: visiting only those keeps a crowd of sources linear.
    const positionsOf = new Map<string, number[]>();
    positions.forEach((position, p) => {
      for (const s of position.sources) {
        const list = positionsOf.get(s);
        if (list === undefined) positionsOf.set(s, [p]);
        else list.push(p);
      }
    });
    for (const s of j.sources) {
      let contradicts = false;
      // In an unverified group, a source agrees only when each of its positions was related to every other source's.
      let unrelated = false;
      const own = positionsOf.get(s) ?? [];
      for (let x = 0; x < own.length && !contradicts; x++) {
        const p = own[x]!;
        if (j.conflicts[p]!.length === 0) continue;
        for (const q of j.conflicts[p]!) {
          const other = positions[q]!.sources;
          if (other.length > 1 || other[0] !== s) {
            contradicts = true;
            break;
          }
        }
      }
      if (unverified) {
        for (let x = 0; x < own.length && !unrelated; x++) {
          const p = own[x]!;
          for (let q = 0; q < positions.length; q++) {
            if (q === p || j.group.relations.get(p, q).relation !== 'incomparable') continue;
            const other = positions[q]!.sources;
            if (other.length > 1 || other[0] !== s) {
              unrelated = true;
              break;
            }
          }
        }
      }
      if (contradicts) bump(this.contradictions, s);
      else if (!unrelated) bump(this.agreements, s);
    }
  }

  summaries(ctx: CheckContext, trust: SourceTrust): SourceSummary[] {
    const ids = new Set<string>(ctx.sources.keys());
    const claimCount = new Map<string, number>();
    for (const [s, n] of claimsPerSource(this.claims)) claimCount.set(s, n);
    for (const s of claimCount.keys()) ids.add(s);
    return [...ids].sort(compareNatural).map((id) => {
      const src = ctx.sources.get(id);
      const a = this.agreements.get(id) ?? 0;
      const c = this.contradictions.get(id) ?? 0;
      return {
        id,
        ...(src?.name === undefined ? {} : { name: src.name }),
        ...(src?.url === undefined ? {} : { url: src.url }),
        ...(src?.publishedAt === undefined ? {} : { publishedAt: src.publishedAt }),
        ...(src?.category === undefined ? {} : { category: src.category }),
        reliability: src?.reliability ?? 1,
        ...(trust.accuracy.has(id) ? { accuracy: round(trust.accuracy.get(id)!) } : {}),
        ...(trust.origin.has(id) ? { origin: trust.origin.get(id)! } : {}),
        claims: claimCount.get(id) ?? 0,
        groups: this.groups.get(id) ?? 0,
        agreements: a,
        contradictions: c,
        agreementRate: a + c === 0 ? null : round(a / (a + c)),
      };
    });
  }
}

/** How many claims each source has, counted by source number (sources in order of first claim). */
function claimsPerSource(table: ClaimTable): Map<string, number> {
  const counts = new Int32Array(table.sources.length);
  for (let i = 0; i < table.size; i++) counts[table.sourceNumber[i]!]!++;
  const out = new Map<string, number>();
  table.sources.forEach((s, k) => {
    if (counts[k]! > 0) out.set(s, counts[k]!);
  });
  return out;
}

function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

/**
 * The report stage: plain, sorted, JSON-ready data, built one judged group
 * at a time (`add`) and finished once (`finish`).
 */
export class ReportBuilder {
  // Groups arrive in key order from the group stage; bucketing by status and severity keeps that order
  // within each bucket without a comparator sort over every group.
  private readonly buckets: { group: ClaimGroup; conflict: Conflict<string> | undefined }[][] = [[], [], [], [], [], []];
  private readonly tally: SourceTally;
  private readonly shared: Shared;

  constructor(
    private readonly ctx: CheckContext,
    claims: ClaimTable,
  ) {
    this.shared = { claims, lone: new Map(), empty: [] };
    this.tally = new SourceTally(claims);
  }

  add(j: JudgedGroup): void {
    const b = buildGroup(j, this.shared);
    // Conflicts by severity, then unverified, consistent and single-source groups.
    const at =
      b.conflict !== undefined ? 2 - severityRank(b.conflict.severity)
      : b.group.status === 'unverified' ? 3
      : b.group.status === 'consistent' ? 4
      : 5;
    this.buckets[at]!.push(b);
    this.tally.add(j);
  }

  finish(issues: readonly Issue<string>[], trust: SourceTrust = { accuracy: new Map(), origin: new Map() }): AnyReport {
    const built = this.buckets.flat();
    const groups = built.map((b) => b.group);
    const conflicts = built.flatMap((b) => (b.conflict === undefined ? [] : [b.conflict]));
    const sources = this.tally.summaries(this.ctx, trust);
    const claims = this.shared.claims;
    return {
      summary: {
        claims: claims.size,
        sources: claimsPerSource(claims).size,
        groups: groups.length,
        conflicts: conflicts.length,
        unverified: groups.filter((g) => g.status === 'unverified').length,
        consistent: groups.filter((g) => g.status === 'consistent').length,
        single: groups.filter((g) => g.status === 'single').length,
        issues: issues.length,
      },
      groups,
      conflicts,
      issues: issues as Issue<string>[],
      sources,
    };
  }
}
