import type { CheckContext } from '../context';
import type { RawScalar } from '../kinds/registry';
import type { ClaimTable, NormalizedKey, ParsedValue, WorkStats } from '../model';
import type { ReadClaims } from '../read/read';
import { relateValues } from '../read/relate';
import { addDistinct, countStated, roleOf } from '../read/values';

/** What two sets of claims' values say about whether they state one fact. */
export type ValueEvidence = 'agree' | 'conflict' | 'mixed' | 'none';

/**
 * Relates the values of two sets of claims as one group would read them: one
 * kind decided over both (their attribute keys, stated kinds and values),
 * through the read stage's caches. `agree` when every value of each side is
 * the same as or compatible with some value of the other; `conflict` when
 * some value contradicts every value of the other side; `mixed` when both;
 * `none` when nothing could be read or related (values read only as the
 * fallback text never count as agreement).
 */
export type ValueRelater = (a: readonly number[], b: readonly number[]) => { evidence: ValueEvidence; kind: string | undefined };

/** Most distinct values per side that are related. */
const LIMIT = 20;

export function valueRelater(read: ReadClaims, claims: ClaimTable, attributes: readonly NormalizedKey[], ctx: CheckContext, stats: WorkStats): ValueRelater {
  const values = read.values;
  const def = (k: string) => ctx.registry.get(k);
  const fallback = ctx.registry.fallback()?.kind;
  return (a, b) => {
    const keys = new Set<string>();
    const raw = new Set<RawScalar>();
    let stated: Map<string, number> | undefined;
    for (const side of [a, b]) {
      for (const i of side) {
        keys.add(attributes[i]!.key);
        addDistinct(claims.value[i]!, raw);
        stated = countStated(stated, claims.kind(i));
      }
    }
    const attributeKeys = [...keys].sort();
    const decided = values.decideKind(attributeKeys, stated, raw, null);
    const kind = ctx.registry.require(decided.kind);
    const role = roleOf(attributeKeys[0] ?? '', ctx.registry);
    const tolerance = attributeKeys.map((k) => ctx.attributes.get(k)?.tolerance).find((t) => t !== undefined);
    const readSide = (indices: readonly number[]) => {
      const byKey = new Map<string, ParsedValue>();
      for (const i of indices) {
        const o = values.read(kind, claims.value[i]!, claims.negated(i), ctx.sources.get(claims.source[i]!)?.publishedDay, role);
        if (o.type === 'value' && byKey.size < LIMIT) byKey.set(o.value.key, o.value);
      }
      return [...byKey.values()];
    };
    const left = readSide(a);
    const right = readSide(b);
    if (left.length === 0 || right.length === 0 || kind.kind === fallback) return { evidence: 'none', kind: kind.kind };
    const relation = (x: ParsedValue, y: ParsedValue) => {
      stats.valueComparisons++;
      return relateValues(x, y, def, { tolerance, lexicon: ctx.lexicon }, 'one').relation;
    };
    let agree = true;
    let conflict = false;
    let related = false;
    for (const [own, others] of [
      [left, right],
      [right, left],
    ] as const) {
      for (const x of own) {
        let meets = false;
        let opposes = true;
        for (const y of others) {
          const r = relation(x, y);
          if (r === 'same' || r === 'compatible') meets = true;
          if (r !== 'conflict') opposes = false;
          if (r !== 'incomparable') related = true;
        }
        if (!meets) agree = false;
        if (opposes) conflict = true;
      }
    }
    if (!related) return { evidence: 'none', kind: kind.kind };
    return { evidence: conflict ? (agree ? 'mixed' : left.length + right.length > 2 && !allOpposed(left, right, relation) ? 'mixed' : 'conflict') : agree ? 'agree' : 'mixed', kind: kind.kind };
  };
}

function allOpposed(left: readonly ParsedValue[], right: readonly ParsedValue[], relation: (x: ParsedValue, y: ParsedValue) => string): boolean {
  for (const x of left) for (const y of right) if (relation(x, y) !== 'conflict') return false;
  return true;
}

/**
 * The kind a set of claims' values read as on their own (the kind one group
 * of just these claims would decide), or `undefined` when no value reads as
 * anything but the fallback text: "Tuesday night" is a date, "around 10 p.m."
 * a time, so "when it happened" and "when shots were fired" ask for
 * different things.
 */
export function valueKinder(read: ReadClaims, claims: ClaimTable, attributes: readonly NormalizedKey[], ctx: CheckContext): (indices: readonly number[]) => string | undefined {
  const values = read.values;
  const fallback = ctx.registry.fallback()?.kind;
  return (indices) => {
    const keys = new Set<string>();
    const raw = new Set<RawScalar>();
    let stated: Map<string, number> | undefined;
    for (const i of indices) {
      keys.add(attributes[i]!.key);
      addDistinct(claims.value[i]!, raw);
      stated = countStated(stated, claims.kind(i));
    }
    const attributeKeys = [...keys].sort();
    const kind = ctx.registry.require(values.decideKind(attributeKeys, stated, raw, null).kind);
    if (kind.kind === fallback) return undefined;
    const role = roleOf(attributeKeys[0] ?? '', ctx.registry);
    for (const i of indices) {
      const o = values.read(kind, claims.value[i]!, claims.negated(i), ctx.sources.get(claims.source[i]!)?.publishedDay, role);
      if (o.type === 'value') return kind.kind;
    }
    return undefined;
  };
}
