import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCodePoints, compareNatural, lazySorted } from '../../src/util/order';

describe('compareNatural', () => {
  it.each([
    ['src#2', 'src#10', -1],
    ['a', 'b', -1],
    ['a10b', 'a9b', 1],
    ['x007', 'x7', 1],
    ['x7', 'x007', -1],
    ['abc', 'abc', 0],
    ['abc', 'ab', 1],
  ] as const)('orders %j and %j', (a, b, sign) => {
    expect(Math.sign(compareNatural(a, b))).toBe(sign);
  });

  it('is a total order: antisymmetric, and 0 only for equal strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '0', '1', '9', '#') }), fc.string({ unit: fc.constantFrom('a', 'b', '0', '1', '9', '#') }), (a, b) => {
        expect(Math.sign(compareNatural(a, b)) === -Math.sign(compareNatural(b, a))).toBe(true);
        expect(compareNatural(a, b) === 0).toBe(a === b);
      }),
      { seed: 7, numRuns: 2000 },
    );
  });

  it('is transitive', () => {
    const unit = fc.constantFrom('a', '0', '1', '2', '#');
    fc.assert(
      fc.property(fc.array(fc.string({ unit, maxLength: 5 }), { minLength: 3, maxLength: 3 }), (xs) => {
        const [a, b, c] = [...xs].sort(compareNatural);
        expect(compareNatural(a!, c!)).toBeLessThanOrEqual(0);
        expect(compareNatural(a!, b!)).toBeLessThanOrEqual(0);
      }),
      { seed: 7, numRuns: 2000 },
    );
  });
});

describe('lazySorted', () => {
  it('reads the same sequence as a full sort, for any prefix read (differential against Array#sort)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 6 })), fc.nat({ max: 40 }), (items, read) => {
        const sorted = [...items].sort(compareCodePoints);
        const lazy = lazySorted(items, compareCodePoints);
        const prefix: string[] = [];
        for (let i = 0; i < read; i++) {
          const x = lazy.at(i);
          if (x === undefined) break;
          prefix.push(x);
        }
        expect(prefix).toEqual(sorted.slice(0, read));
        // Reading again, or further, continues the same order.
        expect(lazy.at(sorted.length - 1)).toBe(sorted.at(-1));
        expect(lazy.at(sorted.length)).toBeUndefined();
      }),
    );
  });

  it('leaves its input untouched', () => {
    const items = ['c', 'a', 'b'];
    lazySorted(items, compareCodePoints).at(2);
    expect(items).toEqual(['c', 'a', 'b']);
  });
});
