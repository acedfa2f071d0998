import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkConsistency, createChecker } from '../src/check';
import { ClaimValidationError } from '../src/errors';
import type { CheckOptions, ClaimInput } from '../src/schema';

const { sources, claims: seedClaims } = JSON.parse(readFileSync(new URL('../examples/seeds/claims.json', import.meta.url), 'utf8')) as {
  sources: CheckOptions['sources'];
  claims: ClaimInput[];
};

describe('createChecker', () => {
  it('reports exactly what checkConsistency reports over all claims added, however they are batched', () => {
    const expected = JSON.stringify(checkConsistency(seedClaims, { sources }));
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: seedClaims.length }), { minLength: 1, maxLength: 6 }), (cuts) => {
        const checker = createChecker({ sources });
        const points = [...new Set(cuts)].sort((a, b) => a - b);
        let from = 0;
        for (const to of [...points, seedClaims.length]) {
          checker.add(seedClaims.slice(from, to));
          from = to;
        }
        expect(checker.size).toBe(seedClaims.length);
        expect(JSON.stringify(checker.report())).toBe(expected);
      }),
      { seed: 5, numRuns: 30 },
    );
  });

  it('gives default ids across batches as one call would', () => {
    const plain = seedClaims.map(({ id: _id, ...rest }) => rest);
    const checker = createChecker({ sources }).add(plain.slice(0, 10)).add(plain.slice(10));
    expect(JSON.stringify(checker.report())).toBe(JSON.stringify(checkConsistency(plain, { sources })));
  });

  it('keeps group, position and conflict ids as claims are added', () => {
    const checker = createChecker({ sources });
    checker.add(seedClaims.filter((c) => c.source !== 'ace-002'));
    const before = checker.report();
    checker.add(seedClaims.filter((c) => c.source === 'ace-002'));
    const after = checker.report();
    const afterGroups = new Map(after.groups.map((g) => [g.id, g]));
    for (const g of before.groups) {
      const later = afterGroups.get(g.id);
      expect(later, `group ${g.id}`).toBeDefined();
      const positions = new Set(later!.positions.map((p) => p.id));
      for (const p of g.positions) expect(positions.has(p.id), `position ${p.id} (${p.normalized})`).toBe(true);
    }
    // The July 13 claim arrives late: the dismissal-date group keeps its id and becomes a conflict.
    const date = after.conflicts.find((c) => c.code === 'date_mismatch')!;
    expect(before.groups.some((g) => g.id === date.group)).toBe(true);
  });

  it('rejects an invalid batch whole, and keeps going', () => {
    const checker = createChecker({ sources });
    checker.add(seedClaims.slice(0, 5));
    expect(() => checker.add([seedClaims[5]!, { source: 'x' } as ClaimInput])).toThrow(ClaimValidationError);
    expect(checker.size).toBe(5);
    checker.add(seedClaims.slice(5));
    expect(JSON.stringify(checker.report())).toBe(JSON.stringify(checkConsistency(seedClaims, { sources })));
  });

  it("with onInvalid: 'skip' keeps the valid claims of a batch and lists the others", () => {
    const checker = createChecker({ sources, onInvalid: 'skip' });
    checker.add([seedClaims[0]!, { source: 'x' } as ClaimInput, seedClaims[1]!]);
    expect(checker.size).toBe(2);
    const skipped = checker.report().issues.filter((i) => i.code === 'invalid_claim');
    expect(skipped).toHaveLength(1);
    expect(skipped[0]!.message).toMatch(/claim #1: subject is required.*; claim #1: attribute is required.*; claim #1: value is required/);
  });

  it('rejects an id already used in an earlier batch', () => {
    const checker = createChecker({ sources });
    checker.add(seedClaims.slice(0, 3));
    const error = (() => {
      try {
        checker.add([{ ...seedClaims[3]!, id: seedClaims[0]!.id }]);
      } catch (e) {
        return e as ClaimValidationError;
      }
      return undefined;
    })();
    expect(error?.issues[0]).toMatchObject({ index: 3, field: 'id', reason: 'duplicates the id of claim #0; ids must be unique' });
  });
});
