import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkConsistency, createChecker } from '../../src/check';
import { ClaimValidationError } from '../../src/errors';
import { formatReport, REPORT_FORMATS } from '../../src/report/format';
import { ConsistencyReportSchema } from '../../src/report/schema';
import { createClaimSchema, VALUE_KINDS } from '../../src/schema';
import { badOptions, budget, claimId, crowdedSubject, invalidClaim, largeString, options, params, validClaim } from './arbitraries';

/** Claims, valid and not, some with ids (which may repeat or collide with default ids such as "ace#1"). */
const mixedClaims = fc.array(
  fc.tuple(fc.oneof({ weight: 6, arbitrary: validClaim }, { weight: 1, arbitrary: invalidClaim }), fc.option(claimId, { freq: 2 })).map(([c, id]) =>
    id === null || c === null || typeof c !== 'object' || Array.isArray(c) ? c : { id, ...c },
  ),
  { maxLength: 14 },
);

/** What may be thrown, and what it must say. */
function expectDocumentedError(error: unknown, claimCount: number): void {
  if (error instanceof ClaimValidationError) {
    expect(error.issues.length).toBeGreaterThan(0);
    for (const p of error.issues) {
      expect(Number.isInteger(p.index) && p.index >= 0 && p.index < claimCount).toBe(true);
      expect(p.field.length).toBeGreaterThan(0);
      expect(typeof p.value).toBe('string');
      expect(p.reason.length).toBeGreaterThan(0);
    }
    // The message names each of the first problems: claim, field and value.
    for (const p of error.issues.slice(0, 10)) {
      expect(error.message).toContain(`claim #${p.index}`);
      expect(error.message).toContain(p.field);
      if (p.value !== 'undefined') expect(error.message).toContain(p.value);
    }
    return;
  }
  if (error instanceof TypeError || error instanceof RangeError) {
    // A wrong argument or option: the message says which.
    expect(error.message).toMatch(/^(checkConsistency|checker\.add): .*(options|claims)/s);
    return;
  }
  throw error;
}

describe('only the documented errors are thrown', () => {
  it(
    'checkConsistency returns a report that fits its schema and renders in every format, or throws ClaimValidationError, TypeError or RangeError naming what is wrong',
    () => {
      fc.assert(
        fc.property(mixedClaims, fc.oneof({ weight: 6, arbitrary: options }, { weight: 1, arbitrary: badOptions }), fc.constantFrom('throw', 'skip', undefined), (claims, opts, onInvalid) => {
          const o = onInvalid === undefined || opts === null || typeof opts !== 'object' || Array.isArray(opts) ? opts : { ...opts, onInvalid };
          let report: ReturnType<typeof checkConsistency>;
          try {
            report = checkConsistency(claims as never, o as never);
          } catch (error) {
            expectDocumentedError(error, claims.length);
            return;
          }
          expect(ConsistencyReportSchema.safeParse(report).success).toBe(true);
          for (const format of REPORT_FORMATS) expect(typeof formatReport(report, format)).toBe('string');
        }),
        params(),
      );
    },
    budget(5),
  );

  it('a claims argument that is not an array is a TypeError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.constantFrom(null, undefined, 'claims', new Map(), { length: 1, 0: {} })), (notArray) => {
        fc.pre(!Array.isArray(notArray));
        expect(() => checkConsistency(notArray as never)).toThrow(TypeError);
        expect(() => createChecker().add(notArray as never)).toThrow(TypeError);
      }),
      params(),
    );
  }, budget(1));
});

describe('nothing is lost', () => {
  it(
    'every valid claim is in exactly one group and at most one position, and one without a position is named by an issue; every invalid claim is an issue',
    () => {
      fc.assert(
        fc.property(mixedClaims, options, (claims, opts) => {
          let report: ReturnType<typeof checkConsistency>;
          try {
            report = checkConsistency(claims as never, { ...opts, onInvalid: 'skip' } as never);
          } catch (error) {
            // Only the options can be refused here (an unreadable publication date).
            expect(error).toBeInstanceOf(RangeError);
            return;
          }
          const inGroup = new Map<string, number>();
          const inPosition = new Map<string, number>();
          for (const g of report.groups) {
            for (const id of g.claims) inGroup.set(id, (inGroup.get(id) ?? 0) + 1);
            for (const p of g.positions) for (const id of p.claims) inPosition.set(id, (inPosition.get(id) ?? 0) + 1);
          }
          const named = new Set(report.issues.flatMap((i) => (i.claim === undefined ? [] : [i.claim])));
          for (const [id, n] of inGroup) {
            expect(n).toBe(1);
            const positions = inPosition.get(id) ?? 0;
            expect(positions).toBeLessThanOrEqual(1);
            if (positions === 0) expect(named.has(id)).toBe(true);
          }
          for (const id of inPosition.keys()) expect(inGroup.has(id)).toBe(true);
          const invalid = report.issues.filter((i) => i.code === 'invalid_claim').length;
          expect(inGroup.size + invalid).toBe(claims.length);
          expect(report.summary.claims).toBe(inGroup.size);
          // A claim the schema accepts (with the built-in kinds), whose explicit id no other claim uses, is never refused.
          const ids = claims.map((c) => (c !== null && typeof c === 'object' ? (c as { id?: unknown }).id : undefined));
          claims.forEach((c, k) => {
            const id = ids[k];
            if (typeof id !== 'string' || id.includes('#') || ids.indexOf(id) !== ids.lastIndexOf(id)) return;
            if (!createClaimSchema([...VALUE_KINDS]).safeParse(c).success) return;
            expect(inGroup.get(id)).toBe(1);
          });
        }),
        params(),
      );
    },
    budget(5),
  );
});

describe('nothing is lost at size', () => {
  /** Every claim lands in exactly one group and position (none of these values is a placeholder). */
  function expectAllPlaced(claims: readonly { id: string }[], report: ReturnType<typeof checkConsistency>): void {
    const placed = new Map<string, number>();
    for (const g of report.groups) for (const p of g.positions) for (const id of p.claims) placed.set(id, (placed.get(id) ?? 0) + 1);
    const missing = new Set(report.issues.filter((i) => i.code === 'missing_value').map((i) => i.claim));
    for (const c of claims) expect(placed.get(c.id) ?? (missing.has(c.id) ? 1 : 0)).toBe(1);
    expect(report.summary.claims).toBe(claims.length);
  }

  it(
    'thousands of claims on one subject: each in one position, and the report renders in every format',
    () => {
      fc.assert(
        fc.property(crowdedSubject, fc.constantFrom('exact', 'spelling', 'profile'), (claims, linking) => {
          const report = checkConsistency(claims, { linking });
          expectAllPlaced(claims, report);
          for (const format of REPORT_FORMATS) expect(typeof formatReport(report, format)).toBe('string');
        }),
        params(0.005),
      );
    },
    budget(3000, 0.005),
  );

  it(
    'strings of up to a megabyte in a value and a quote',
    () => {
      fc.assert(
        fc.property(largeString, largeString, (value, quote) => {
          const claims = [
            { id: 'big', source: 'a', subject: 'Alec Baldwin', attribute: 'nickname', value, quote },
            { id: 'small', source: 'b', subject: 'Alec Baldwin', attribute: 'nickname', value: 'Al', quote: quote.slice(0, 100) },
            { id: 'empty', source: 'c', subject: 'Alec Baldwin', attribute: 'nickname', value: '' },
          ];
          const report = checkConsistency(claims);
          expectAllPlaced(claims, report);
          for (const format of REPORT_FORMATS) expect(formatReport(report, format).length).toBeGreaterThan(0);
        }),
        params(0.003),
      );
    },
    budget(5000, 0.003),
  );
});
