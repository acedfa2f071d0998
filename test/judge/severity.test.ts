import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupSeverity } from '../../src/judge/severity';
import { createDefaultRegistry } from '../../src/kinds/builtins';
import type { Comparison, KindDefinition } from '../../src/kinds/registry';
import { ClaimTable, type Relations, type Severity, type WorkPosition } from '../../src/model';

type Relation = Comparison['relation'];

/**
 * The definition, pair by pair (as severity was computed before it was made quadratic): a side of the
 * conflict between i and j is i's sources and those of every position that agrees with i and
 * contradicts j; a source on both sides lowers a high conflict to medium.
 */
function reference(sources: readonly (readonly string[])[], rel: (i: number, j: number) => Relation, soft: (i: number, j: number) => boolean, base: Severity) {
  const side = (i: number, j: number) => {
    const out = new Set(sources[i]);
    for (let k = 0; k < sources.length; k++) {
      if (k === i || k === j) continue;
      const r = rel(i, k);
      if ((r === 'same' || r === 'compatible') && rel(k, j) === 'conflict') for (const s of sources[k]!) out.add(s);
    }
    return out;
  };
  const rank = { low: 0, medium: 1, high: 2 } as const;
  let worst: Severity | undefined;
  const shared = new Set<string>();
  for (let i = 0; i < sources.length; i++) {
    for (let j = i + 1; j < sources.length; j++) {
      if (rel(i, j) !== 'conflict') continue;
      const b = side(j, i);
      const both = [...side(i, j)].filter((s) => b.has(s));
      for (const s of both) shared.add(s);
      const sev: Severity = (both.length > 0 || soft(i, j)) && base === 'high' ? 'medium' : base;
      if (worst === undefined || rank[sev] > rank[worst]) worst = sev;
    }
  }
  return worst === undefined ? undefined : { severity: worst, shared: [...shared].sort() };
}

describe('conflict severity', () => {
  it('equals the pair-by-pair definition of sides on random groups (seeded)', () => {
    const registry = createDefaultRegistry();
    const group = fc
      .integer({ min: 2, max: 7 })
      .chain((n) =>
        fc.record({
          sources: fc.array(fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { minLength: 1, maxLength: 3 }), { minLength: n, maxLength: n }),
          cells: fc.array(fc.constantFrom<Relation>('same', 'compatible', 'conflict', 'conflict', 'incomparable'), { minLength: n * n, maxLength: n * n }),
          softs: fc.array(fc.boolean(), { minLength: n * n, maxLength: n * n }),
          kind: fc.constantFrom('number', 'text'),
        }),
      );
    fc.assert(
      fc.property(group, ({ sources, cells, softs, kind }) => {
        const n = sources.length;
        const at = (i: number, j: number) => Math.min(i, j) * n + Math.max(i, j);
        const rel = (i: number, j: number): Relation => (i === j ? 'same' : cells[at(i, j)]!);
        const soft = (i: number, j: number) => softs[at(i, j)]! && rel(i, j) === 'conflict';
        const relations: Relations = { get: (i, j) => ({ relation: rel(i, j), ...(soft(i, j) ? { soft: true } : {}) }) as Comparison };
        const table = new ClaimTable();
        const positions: WorkPosition[] = sources.map((list, p) => {
          const claims = list.map((s, x) => table.push({ source: s, subject: 'x', attribute: 'y', value: p }, `c${p}-${x}`, true, p * 10 + x));
          return { key: String(p), value: { kind, data: p, key: String(p), specificity: 1, negated: false, members: undefined }, claims, sources: [...list].sort(), display: String(p) };
        });
        table.settle();
        const def: KindDefinition = registry.require(kind) as KindDefinition;
        expect(groupSeverity(positions, relations, () => def, table)).toEqual(reference(positions.map((p) => p.sources), rel, soft, def.conflictSeverity));
      }),
      { seed: 7, numRuns: 2000 },
    );
  });
});
