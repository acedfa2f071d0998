import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check';
import type { ClaimInput } from '../../src/schema';

// Subjects built to collide: shared and common tokens, one-letter typos, reorderings, short forms.
const FIRST = ['Halyna', 'Alec', 'Stephen', 'Hilaria', 'Hannah', 'Joel', 'Mary'];
const LAST = ['Hutchins', 'Baldwin', 'Gutierrez', 'Souza', 'Sommer'];
const COUNTIES = ['Santa Fe County', 'Lake County', 'Summit County'];

const subject = fc.oneof(
  fc.tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST)).map(([f, l]) => `${f} ${l}`),
  fc.tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST)).map(([f, l]) => `${l}, ${f}`),
  fc.constantFrom(...LAST),
  fc.tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST), fc.nat(5)).map(([f, l, k]) => `${f} ${l.slice(0, k + 1)}${l.slice(k + 2, k + 3)}${l.slice(k + 1, k + 2)}${l.slice(k + 3)}`),
  fc.tuple(fc.constantFrom(...LAST), fc.constantFrom('case', 'trial', 'ruling')).map(([l, w]) => `the ${w} against ${l}`),
  fc.constantFrom(...COUNTIES, 'County', 'the case'),
);
const attribute = fc.constantFrom('age', 'Age', 'date of dismissal', 'dismissal date', 'dismissed on', 'hometown', 'home town', 'sentence');
const value = fc.oneof(fc.constantFrom(42, 58, 66, 40, '66-year-old', 'July 12, 2024', '2024-07-13', 'Santa Fe', 'Albuquerque', '18 months'));

const claimSet = fc
  .array(fc.record({ source: fc.constantFrom('a', 'b', 'c', 'd', 'e'), subject, attribute, value }), { minLength: 1, maxLength: 60 })
  .map((cs) => cs.map((c, i) => ({ id: `c${i}`, ...c }) as ClaimInput));

describe('blocked grouping', () => {
  it('equals brute-force all-pairs grouping on seeded random claim sets', () => {
    fc.assert(
      fc.property(claimSet, (claims) => {
        const blocked = runCheck(claims, {}, { keyComparisons: 0, valueComparisons: 0 });
        const brute = runCheck(claims, {}, { keyComparisons: 0, valueComparisons: 0, exhaustive: true });
        expect(JSON.stringify(blocked)).toBe(JSON.stringify(brute));
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('makes fewer key comparisons than all pairs', () => {
    const claims = fc.sample(claimSet, { seed: 3, numRuns: 1 })[0]!;
    const many = Array.from({ length: 20 }, (_, k) => claims.map((c) => ({ ...c, id: `${c.id}-${k}`, subject: `${c.subject} ${k}` })) ).flat();
    const blocked = { keyComparisons: 0, valueComparisons: 0 };
    const brute = { keyComparisons: 0, valueComparisons: 0, exhaustive: true };
    runCheck(many, {}, blocked);
    runCheck(many, {}, brute);
    expect(blocked.keyComparisons * 10).toBeLessThan(brute.keyComparisons);
  });
});
