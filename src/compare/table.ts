import type { Comparison } from '../kinds/registry';
import type { ClaimTable, ComparedGroup, KindSource, LinkEvidence, ParsedValue, Relations, TrustInput, WorkPosition } from '../model';
import { compareNatural, sortSmall } from '../util/order';
import { LONE } from './positions';
import { IntList } from '../util/int-list';


/** Relations of one group, read from the table's flat list of comparison numbers. */
class RelationView implements Relations {
  constructor(
    private readonly codes: Int32Array,
    private readonly comparisons: readonly Comparison[],
    private readonly start: number,
    private readonly n: number,
  ) {}

  get(i: number, j: number): Comparison {
    return this.comparisons[this.codes[this.start + i * this.n + j]!]!;
  }
}

/**
 * Every compared group in flat columns: per group its labels and kind, per
 * position its key, reading, display text and claims (a slice of one list of
 * handles), relations in one list. No object per group or position lives
 * between compare and judge; `group(gi)` builds one group's view when asked.
 */
export class ComparedTable implements TrustInput {
  // Columns sized once from what compare knows before it starts (the number of groups, and the claims
  // as a bound on positions), written by index and trimmed by `seal`: large arrays live in old space,
  // so growing them push by push leaves every outgrown copy there as garbage.
  readonly id: string[];
  readonly subject: string[];
  readonly attribute: string[];
  readonly kind: string[];
  readonly kindFrom: KindSource[];
  readonly cardinality: ('one' | 'many' | 'set')[];
  readonly claims: (readonly number[])[];
  /** The link evidence of the few linked groups, by group index. */
  readonly links = new Map<number, readonly LinkEvidence[]>();
  private readonly posStart: IntList;
  private readonly relStart: IntList;
  private readonly key: string[];
  private readonly value: ParsedValue[];
  private readonly display: string[];
  private readonly claimStart: IntList;
  private readonly handles: IntList;
  /** Relations as numbers into `comparisons` (most are the shared SAME, CONFLICT, …: a few distinct objects). */
  private readonly relations = new IntList();
  private readonly comparisons: Comparison[] = [];
  private readonly comparisonNumber = new Map<Comparison, number>();
  /** Sources by rank (natural order), and each claim's source rank. */
  private readonly sourceNames: readonly string[];
  private readonly sourceRank: Int32Array;
  private readonly seen: Uint8Array;
  private groupCount = 0;
  private positionsAdded = 0;

  /** `groups`: how many groups will be added (a bound); `claims`: how many claims they hold at most. */
  constructor(table: ClaimTable, groups = 0, claims = 0) {
    // Ranks of the sources in natural order of their names, from the table's source numbers.
    const present = new Uint8Array(table.sources.length);
    for (let i = 0; i < table.size; i++) present[table.sourceNumber[i]!] = 1;
    const names = table.sources.filter((_, k) => present[k] === 1).sort(compareNatural);
    const rankOfNumber = new Int32Array(table.sources.length);
    const rank = new Map(names.map((s, i) => [s, i]));
    table.sources.forEach((s, k) => {
      rankOfNumber[k] = rank.get(s) ?? -1;
    });
    this.sourceNames = names;
    this.sourceRank = new Int32Array(table.size);
    for (let i = 0; i < table.size; i++) this.sourceRank[i] = rankOfNumber[table.sourceNumber[i]!]!;
    this.seen = new Uint8Array(names.length);
    this.id = new Array(groups);
    this.subject = new Array(groups);
    this.attribute = new Array(groups);
    this.kind = new Array(groups);
    this.kindFrom = new Array(groups);
    this.cardinality = new Array(groups);
    this.claims = new Array(groups);
    this.key = new Array(claims);
    this.value = new Array(claims);
    this.display = new Array(claims);
    this.posStart = new IntList(groups + 1);
    this.relStart = new IntList(groups + 1);
    this.claimStart = new IntList(claims + 1);
    this.handles = new IntList(claims);
    this.posStart.push(0);
    this.claimStart.push(0);
  }

  get size(): number {
    return this.groupCount;
  }

  /** Trims the columns to the groups and positions added (call once, after the last `add`). */
  seal(): this {
    for (const column of [this.id, this.subject, this.attribute, this.kind, this.kindFrom, this.cardinality, this.claims]) column.length = this.groupCount;
    for (const column of [this.key, this.value, this.display]) column.length = this.positionsAdded;
    return this;
  }

  /** Sources that speak in some position. */
  get sources(): string[] {
    const out: string[] = [];
    this.seen.forEach((v, r) => {
      if (v === 1) out.push(this.sourceNames[r]!);
    });
    return out;
  }

  add(group: Omit<ComparedGroup, 'positions' | 'relations'>, positions: readonly WorkPosition[], relations: Relations): void {
    const gi = this.groupCount++;
    this.id[gi] = group.id;
    this.subject[gi] = group.subject;
    this.attribute[gi] = group.attribute;
    this.kind[gi] = group.kind;
    this.kindFrom[gi] = group.kindFrom;
    this.cardinality[gi] = group.cardinality;
    this.claims[gi] = group.claims;
    const n = positions.length;
    for (const p of positions) {
      const k = this.positionsAdded++;
      this.key[k] = p.key;
      this.value[k] = p.value;
      this.display[k] = p.display;
      for (const c of p.claims) {
        this.handles.push(c);
        this.seen[this.sourceRank[c]!] = 1;
      }
      this.claimStart.push(this.handles.length);
    }
    this.posStart.push(this.positionsAdded);
    this.relStart.push(this.relations.length);
    if (n > 1) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) this.relations.push(this.numberOf(relations.get(i, j)));
  }

  private numberOf(c: Comparison): number {
    let k = this.comparisonNumber.get(c);
    if (k === undefined) {
      k = this.comparisons.length;
      this.comparisons.push(c);
      this.comparisonNumber.set(c, k);
    }
    return k;
  }

  firstPosition(gi: number): number {
    return this.posStart.at(gi);
  }

  sourceNumbers(p: number, out: number[]): void {
    out.length = 0;
    const seen = this.seen;
    for (let x = this.claimStart.at(p); x < this.claimStart.at(p + 1); x++) {
      const r = this.sourceRank[this.handles.at(x)]!;
      if (seen[r] !== 2) {
        seen[r] = 2;
        out.push(r);
      }
    }
    for (const r of out) seen[r] = 1;
    if (out.length > 1) sortSmall(out, (x, y) => x - y);
  }

  sourceName(n: number): string {
    return this.sourceNames[n]!;
  }

  relation(gi: number, i: number, j: number): Comparison['relation'] {
    const n = this.positionCount(gi);
    if (n <= 1) return 'same';
    return this.comparisons[this.relations.at(this.relStart.at(gi) + i * n + j)]!.relation;
  }

  specificity(p: number): number {
    return this.value[p]!.specificity;
  }

  positionCount(gi: number): number {
    return this.posStart.at(gi + 1) - this.posStart.at(gi);
  }

  /** One group as the judge reads it; built on demand, never kept. */
  group(gi: number): ComparedGroup {
    const from = this.posStart.at(gi);
    const n = this.posStart.at(gi + 1) - from;
    const positions: WorkPosition[] = new Array(n);
    const ranks: number[] = [];
    for (let k = 0; k < n; k++) {
      const p = from + k;
      const a = this.claimStart.at(p);
      const b = this.claimStart.at(p + 1);
      const claims = new Array<number>(b - a);
      for (let x = a; x < b; x++) claims[x - a] = this.handles.at(x);
      // Distinct sources in natural order: numbers, sorted, back to names.
      this.sourceNumbers(p, ranks);
      const sources = new Array<string>(ranks.length);
      for (let x = 0; x < ranks.length; x++) sources[x] = this.sourceNames[ranks[x]!]!;
      positions[k] = { key: this.key[p]!, value: this.value[p]!, claims, sources, display: this.display[p]! };
    }
    return {
      id: this.id[gi]!,
      subject: this.subject[gi]!,
      attribute: this.attribute[gi]!,
      kind: this.kind[gi]!,
      kindFrom: this.kindFrom[gi]!,
      cardinality: this.cardinality[gi]!,
      claims: this.claims[gi]!,
      links: this.links.get(gi),
      positions,
      relations: n <= 1 ? LONE : new RelationView(this.relations.data, this.comparisons, this.relStart.at(gi), n),
    };
  }
}
