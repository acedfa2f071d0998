import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../src/check';
import { ClaimValidationError } from '../src/errors';
import type { ClaimInput } from '../src/schema';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

const good = { source: 'ace', subject: 'Alec Baldwin', attribute: 'age', value: 66 };

describe('invalid claims', () => {
  it('are all listed in one ClaimValidationError, each with index, field, value and reason', () => {
    const claims = [
      good,
      { source: 'ace', subject: '', attribute: 'age', value: 66 },
      { source: 'ace', subject: 'Alec Baldwin', attribute: 'age' },
      { source: 'ace', subject: 'Alec Baldwin', attribute: 'age', value: 66, confidence: 2 },
      'not a claim',
      { id: 'x', source: 'ace', subject: 'Alec Baldwin', attribute: 'age', value: { years: 66 } },
    ] as unknown as ClaimInput[];
    const error = thrown(() => checkConsistency(claims));
    expect(error).toBeInstanceOf(ClaimValidationError);
    const problems = (error as ClaimValidationError).issues;
    expect(problems.map((p) => [p.index, p.field])).toEqual([
      [1, 'subject'],
      [2, 'value'],
      [3, 'confidence'],
      [4, '(claim)'],
      [5, 'value'],
    ]);
    expect(problems[0]!.reason).toMatch(/must not be empty/);
    expect(problems[1]!.reason).toMatch(/is required/);
    expect(problems[2]!.reason).toMatch(/at most 1/);
    expect(problems[4]!.id).toBe('x');
    expect(problems[4]!.value).toBe('{"years":66}');
    expect((error as Error).message).toMatch(/^5 invalid claims:/);
    expect((error as Error).message).toMatch(/claim #5 \(id "x"\): value = \{"years":66\} must be a string/);
  });

  it('reject a duplicate id, naming the first claim that used it', () => {
    const error = thrown(() => checkConsistency([{ ...good, id: 'a' }, { ...good, id: 'a' }])) as ClaimValidationError;
    expect(error.problems).toEqual([{ index: 1, id: 'a', field: 'id', value: '"a"', reason: 'duplicates the id of claim #0; ids must be unique' }]);
  });

  it("with onInvalid: 'skip' are left out and listed as issues, never silently dropped", () => {
    const report = checkConsistency([good, { ...good, value: null } as unknown as ClaimInput, { ...good, source: 'bang' }], { onInvalid: 'skip' });
    expect(report.summary.claims).toBe(2);
    const issue = report.issues.find((i) => i.code === 'invalid_claim');
    expect(issue).toMatchObject({ severity: 'error' });
    expect(issue!.message).toMatch(/claim #1: value = null/);
  });
});

describe('fields a claim does not have', () => {
  it('are said once per name, with how many claims carry them, and a likely typo as a warning (a cold review: "negatd")', () => {
    const claims = [
      { source: 'a', subject: 'the suspect', attribute: 'fired the gun', value: true, url: 'https://a.example' },
      { source: 'b', subject: 'the suspect', attribute: 'fired the gun', value: true, negatd: true, url: 'https://b.example' },
    ] as unknown as ClaimInput[];
    const report = checkConsistency(claims);
    const fields = report.issues.filter((i) => i.code === 'unknown_field');
    expect(fields.map((i) => [i.severity, i.message])).toEqual([
      ['warning', 'Claim b#1 has a field "negatd" that is not a claim field (a typo of "negated"?); it is ignored'],
      ['info', '2 claims (the first a#0) have a field "url" that is not a claim field; it is ignored'],
    ]);
    // The same report whatever the order of the claims.
    expect(checkConsistency([...claims].reverse()).issues.filter((i) => i.code === 'unknown_field').map((i) => i.message)).toEqual([
      'Claim b#0 has a field "negatd" that is not a claim field (a typo of "negated"?); it is ignored',
      '2 claims (the first a#1) have a field "url" that is not a claim field; it is ignored',
    ]);
  });
});

describe('unknown fields, further (a second cold review)', () => {
  it('hint a typo only one edit away or with its letters reordered, and quote the name as JSON', () => {
    const base = { source: 'a', subject: 's', attribute: 'x', value: 1 };
    const report = checkConsistency([
      { ...base, id: 'c1', note: 1 },
      { ...base, id: 'c2', valid: 1 },
      { ...base, id: 'c3', valeu: 2 },
      { ...base, id: 'c4', 'a"b': 1 },
    ] as unknown as ClaimInput[]);
    const by = new Map(report.issues.filter((i) => i.code === 'unknown_field').map((i) => [i.claim, i]));
    expect(by.get('c1')?.severity).toBe('info');
    expect(by.get('c2')?.severity).toBe('info');
    expect(by.get('c3')?.message).toContain('(a typo of "value"?)');
    expect(by.get('c4')?.message).toContain('a field "a\\"b"');
  });
  it('are not said for a batch refused whole', async () => {
    const { createChecker } = await import('../src/check');
    const checker = createChecker();
    expect(() => checker.add([{ source: 'a', subject: 's', attribute: 'x', value: 1, id: 'x1', negatd: true }, { source: 'a' }] as unknown as ClaimInput[])).toThrow();
    checker.add([{ source: 'b', subject: 's', attribute: 'x', value: 1 }]);
    expect(checker.report().issues.map((i) => i.code)).not.toContain('unknown_field');
  });
});

describe('programmer errors', () => {
  it('throw a TypeError when claims are not an array', () => {
    expect(() => checkConsistency({} as unknown as ClaimInput[])).toThrow(TypeError);
  });

  it('throw a TypeError naming an unknown or malformed option', () => {
    expect(() => checkConsistency([good], { onInvalide: 'skip' } as never)).toThrow(/unknown option 'onInvalide'/);
    expect(() => checkConsistency([good], { dateOrder: 'YMD' } as never)).toThrow(/options\.dateOrder: must be 'DMY', 'MDY' or 'auto'/);
  });

  // A cold review: these said "invalid value (invalid_type)", neither what was expected nor what came.
  it.each([
    [{ linkThreshold: Number.NaN }, /options\.linkThreshold: expected a finite number, got NaN/],
    [{ linkThreshold: '4' }, /options\.linkThreshold: expected a finite number, got "4"/],
    [{ sources: {} }, /options\.sources: expected an array, got \{\}/],
    [{ aliases: ['a', 'b'] }, /options\.aliases\[0\]: expected an array, got "a"/],
    [{ attributes: { age: null } }, /options\.attributes\.age: expected an object, got null/],
  ])('name what an option of the wrong type should be and what it was: %j', (options, message) => {
    expect(() => checkConsistency([good], options as never)).toThrow(message);
  });

  it('describe a value as given, not as JSON shows it', () => {
    for (const [value, shown] of [
      [Number.NaN, 'value = NaN'],
      [Number.POSITIVE_INFINITY, 'value = Infinity'],
      [new Date(0), 'value = a Date (1970-01-01T00:00:00.000Z)'],
    ] as const) {
      expect(() => checkConsistency([{ ...good, value: value as never }])).toThrow(shown);
    }
  });

  it('throw a RangeError for an unreadable publishedAt or a source listed twice', () => {
    expect(() => checkConsistency([good], { sources: [{ id: 'ace', publishedAt: 'July 13' }] })).toThrow(RangeError);
    expect(() => checkConsistency([good], { sources: [{ id: 'ace' }, { id: 'ace' }] })).toThrow(/listed twice/);
  });
});

describe('user strings', () => {
  it('are data, never object keys: "__proto__" and "constructor" are harmless', () => {
    const claims = [
      { source: '__proto__', subject: '__proto__', attribute: 'constructor', value: 'x' },
      { source: 'constructor', subject: '__proto__', attribute: 'constructor', value: 'y' },
    ];
    const attributes = JSON.parse('{"__proto__": {"kind": "text"}}') as Record<string, never>;
    const report = checkConsistency(claims, { attributes });
    expect(report.summary).toMatchObject({ claims: 2, groups: 1, conflicts: 0, unverified: 1 }); // two free texts it cannot relate
    expect(report.sources.map((s) => s.id)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).kind).toBeUndefined();
  });
});

describe('the validation fast path', () => {
  it('accepts exactly what ClaimSchema accepts', async () => {
    const fc = (await import('fast-check')).default;
    const { ClaimSchema } = await import('../src/schema');
    const { isPlainValidClaim } = await import('../src/validate');
    const anything = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.constantFrom('', ' ', '\t', '\u00a0', '\u2003x', 'x', ' a ', 'date', 'number', 'colour'),
      fc.constantFrom(0, 1, -1, 0.5, 2, Number.NaN, Number.POSITIVE_INFINITY),
      fc.boolean(),
      fc.array(fc.oneof(fc.constantFrom('a', ''), fc.constantFrom(1, Number.NaN), fc.constant(null)), { maxLength: 3 }),
      fc.constant({}),
    );
    fc.assert(
      fc.property(
        fc.record(
          { id: anything, source: anything, subject: anything, attribute: anything, value: anything, kind: anything, quote: anything, negated: anything, confidence: anything },
          { requiredKeys: [] },
        ),
        (claim) => {
          expect(isPlainValidClaim(claim)).toBe(ClaimSchema.safeParse(claim).success);
        },
      ),
      { seed: 11, numRuns: 3000 },
    );
    // Near-valid claims: a valid one with one field replaced, so both verdicts are well explored.
    const fields = ['id', 'source', 'subject', 'attribute', 'value', 'kind', 'quote', 'negated', 'confidence'] as const;
    let accepted = 0;
    fc.assert(
      fc.property(fc.constantFrom(...fields), anything, (field, value) => {
        const claim: Record<string, unknown> = { id: 'c1', source: 'ace', subject: 'Alec Baldwin', attribute: 'age', value: 66, kind: 'number', quote: 'q', negated: false, confidence: 0.5 };
        claim[field] = value;
        const verdict = ClaimSchema.safeParse(claim).success;
        if (verdict) accepted++;
        expect(isPlainValidClaim(claim)).toBe(verdict);
      }),
      { seed: 12, numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(300);
  });
});

describe('ids', () => {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the test names the id pattern, it does not format it
  it('default to `${source}#${index}`, and an explicit id that takes one yields to whichever came first', () => {
    const good = { source: 'ace', subject: 'Alec Baldwin', attribute: 'age', value: 66 };
    const report = checkConsistency([good, { ...good, id: 'ace#0' }], { onInvalid: 'skip' });
    expect(report.groups[0]!.claims).toEqual(['ace#0']);
    expect(report.issues[0]!.message).toMatch(/claim #1 \(id "ace#0"\): id = "ace#0" duplicates the id of claim #0/);
    const second = checkConsistency([{ ...good, id: 'ace#1' }, good], { onInvalid: 'skip' });
    expect(second.issues[0]!.message).toMatch(/claim #1: id = "ace#1" its default id is already taken by claim #0/);
  });
});
