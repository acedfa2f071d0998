import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkConsistency, createChecker } from '../../src/check';
import { ClaimValidationError } from '../../src/errors';
import { KeyNormalizer } from '../../src/normalize/keys';
import { fold } from '../../src/normalize/text';
import { budget, denseClaims, invalidClaim, options, params, validClaim } from './arbitraries';

/** Valid claims with unique ids (a repeated id is refused in favour of the earlier claim, so it depends on order by design). */
const uniqueClaims = fc
  .array(validClaim, { maxLength: 10 })
  .map((claims) => claims.map((c, k) => ({ id: `c${k}`, ...c })));

/** The spellings of a group, one key per role: two groups that share one are excluded below. */
function spellingsOf(entry: string): string[] {
  const keys = new KeyNormalizer();
  return [`s:${keys.normalize(entry, 'subject').key}`, `a:${keys.normalize(entry, 'attribute').key}`, `v:${fold(entry)}`];
}

/**
 * Options that are accepted: no spelling in two alias groups and no two attribute-config keys that
 * normalize alike (both a RangeError in any order; the property over all options below checks that).
 */
const orderFreeOptions = options.map((o) => {
  const out: Record<string, unknown> = { ...o };
  // Attribute keys are compared as the check normalizes them: through the aliases.
  let aliases: string[][] = [];
  if (Array.isArray(o.aliases)) {
    const seen = new Set<string>();
    out.aliases = (o.aliases as string[][]).filter((group) => {
      const keys = new Set(group.flatMap(spellingsOf));
      // A spelling in two alias groups is refused (RangeError).
      // A group whose members normalize alike among themselves is fine; one that meets another group is left out.
      if ([...keys].some((k) => seen.has(k))) return false;
      for (const k of keys) seen.add(k);
      return true;
    });
    aliases = out.aliases as string[][];
  }
  if (o.attributes !== undefined) {
    const keys = new KeyNormalizer(aliases);
    const seen = new Set<string>();
    const kept: [string, unknown][] = [];
    for (const [name, config] of Object.entries(o.attributes as object)) {
      // Attribute-config keys that normalize alike are refused when their settings differ.
      const key = keys.normalize(name, 'attribute').key;
      if (seen.has(key)) continue;
      seen.add(key);
      kept.push([name, config]);
    }
    out.attributes = JSON.parse(`{${kept.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`);
  }
  return out;
});

/** A permutation of a list by a seed (a Lehmer generator: the same seed, the same shuffle). */
function shuffle<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let s = seed % 2_147_483_647 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 48_271) % 2_147_483_647;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The options with sources, alias groups (and members after the canonical first) and attribute keys reordered. */
function reorderOptions(o: Record<string, unknown>, seed: number): Record<string, unknown> {
  const out: Record<string, unknown> = { ...o };
  if (Array.isArray(o.sources)) out.sources = shuffle(o.sources, seed);
  if (Array.isArray(o.aliases)) out.aliases = shuffle(o.aliases as string[][], seed + 1).map((g) => (g.length < 2 ? g : [g[0]!, ...shuffle(g.slice(1), seed + 2)]));
  if (o.attributes !== undefined) {
    const entries = shuffle(Object.entries(o.attributes as object), seed + 3);
    out.attributes = JSON.parse(`{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`);
  }
  return out;
}

function run(claims: readonly object[], opts: object): string {
  try {
    return JSON.stringify(checkConsistency(claims as never, opts as never));
  } catch (error) {
    // Refused options (an unreadable publication date) are refused in any order; the message names the index.
    if (error instanceof RangeError) return 'RangeError';
    throw error;
  }
}

describe('the report does not depend on order', () => {
  it(
    'is byte-identical under any permutation of the claims, of the sources and of the aliases',
    () => {
      fc.assert(
        fc.property(uniqueClaims, orderFreeOptions, fc.integer({ min: 1, max: 2 ** 31 - 2 }), (claims, opts, seed) => {
          const expected = run(claims, opts);
          expect(run(shuffle(claims, seed), reorderOptions(opts, seed))).toBe(expected);
        }),
        params(),
      );
    },
    budget(8),
  );

  it(
    'refuses options with a spelling in two alias groups or attribute names that normalize alike (with different settings) in every order, and otherwise agrees',
    () => {
      fc.assert(
        fc.property(uniqueClaims, options, fc.integer({ min: 1, max: 2 ** 31 - 2 }), (claims, opts, seed) => {
          const expected = run(claims, opts);
          expect(run(shuffle(claims, seed), reorderOptions(opts, seed))).toBe(expected);
        }),
        params(),
      );
    },
    budget(8),
  );
});

describe('createChecker over any batching equals checkConsistency', () => {
  /** Claims cut into batches at the given points. */
  function batches<T>(list: readonly T[], cuts: readonly number[]): T[][] {
    const at = [...new Set(cuts.map((c) => c % (list.length + 1)))].sort((a, b) => a - b);
    const out: T[][] = [];
    let from = 0;
    for (const c of [...at, list.length]) {
      out.push(list.slice(from, c));
      from = c;
    }
    return out;
  }

  it(
    'with invalid claims skipped, whatever the batches',
    () => {
      const mixed = fc.array(fc.oneof({ weight: 6, arbitrary: validClaim }, { weight: 1, arbitrary: invalidClaim }), { maxLength: 10 });
      fc.assert(
        fc.property(mixed, options, fc.array(fc.nat(), { maxLength: 5 }), (claims, opts, cuts) => {
          const o = { ...opts, onInvalid: 'skip' };
          const expected = run(claims as object[], o);
          if (expected.startsWith('RangeError')) return;
          const checker = createChecker(o as never);
          for (const batch of batches(claims, cuts)) checker.add(batch as never);
          expect(JSON.stringify(checker.report())).toBe(expected);
          // A report does not change what comes after it.
          expect(JSON.stringify(checker.report())).toBe(expected);
        }),
        params(),
      );
    },
    budget(8),
  );

  it(
    'with invalid claims refused: the batch holding one throws and adds nothing, and the rest equals checkConsistency over the rest',
    () => {
      const mixed = fc.array(fc.oneof({ weight: 8, arbitrary: validClaim }, { weight: 1, arbitrary: invalidClaim }), { maxLength: 10 });
      fc.assert(
        fc.property(mixed, options, fc.array(fc.nat(), { maxLength: 5 }), (claims, opts, cuts) => {
          let checker: ReturnType<typeof createChecker>;
          try {
            checker = createChecker(opts as never);
          } catch (error) {
            expect(error).toBeInstanceOf(RangeError);
            return;
          }
          const accepted: unknown[] = [];
          for (const batch of batches(claims, cuts)) {
            try {
              checker.add(batch as never);
              accepted.push(...batch);
            } catch (error) {
              expect(error).toBeInstanceOf(ClaimValidationError);
            }
          }
          expect(checker.size).toBe(accepted.length);
          expect(JSON.stringify(checker.report())).toBe(run(accepted as object[], opts));
        }),
        params(),
      );
    },
    budget(8),
  );
});

describe('dense claim sets (values meeting in one group)', () => {
  it(
    'give a byte-identical report under any permutation of the claims',
    () => {
      fc.assert(
        fc.property(denseClaims, fc.integer({ min: 1, max: 2 ** 31 - 2 }), (claims, seed) => {
          expect(run(shuffle(claims, seed), {})).toBe(run(claims, {}));
        }),
        params(),
      );
    },
    budget(6),
  );
});
