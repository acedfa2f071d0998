import { describe, expect, it } from 'vitest';
import { checkConsistency, createChecker } from '../../src/check';
import { ClaimValidationError } from '../../src/errors';
import {
  CONFLICT,
  COMPATIBLE,
  type ClaimInput,
  type KindDefinition,
  type ParseResult,
  type RawScalar,
  SAME,
  VALUE_KINDS,
  toJsonSchema,
} from '../../src/index';

interface Isbn {
  /** The ISBN-13 digits: an ISBN-10 is converted, so both forms of one book are one value. */
  readonly isbn13: string;
}

/** Reads "0-201-61622-X", "ISBN 978-0-201-61622-4": ISBN-10 or ISBN-13 with a valid check digit. */
function parseIsbn(raw: RawScalar): ParseResult<Isbn> {
  const s = String(raw).toUpperCase().replace(/^ISBN(?:-1[03])?:?\s*/, '').replace(/[\s-]/g, '');
  if (/^\d{9}[\dX]$/.test(s)) {
    const sum = [...s].reduce((acc, c, i) => acc + (10 - i) * (c === 'X' ? 10 : Number(c)), 0);
    if (sum % 11 !== 0) return { ok: false, reason: `"${String(raw)}" has a wrong ISBN-10 check digit` };
    return { ok: true, value: { isbn13: withCheckDigit(`978${s.slice(0, 9)}`) } };
  }
  if (/^97[89]\d{10}$/.test(s)) {
    if (withCheckDigit(s.slice(0, 12)) !== s) return { ok: false, reason: `"${String(raw)}" has a wrong ISBN-13 check digit` };
    return { ok: true, value: { isbn13: s } };
  }
  return { ok: false, reason: `"${String(raw)}" is not an ISBN` };
}

function withCheckDigit(twelve: string): string {
  const sum = [...twelve].reduce((acc, c, i) => acc + Number(c) * (i % 2 === 0 ? 1 : 3), 0);
  return `${twelve}${(10 - (sum % 10)) % 10}`;
}

const isbnKind: KindDefinition<Isbn> = {
  kind: 'isbn',
  conflictCode: 'isbn_mismatch',
  conflictSeverity: 'high',
  contextual: false,
  hints: ['isbn'],
  detect: (raw) => (typeof raw === 'string' && parseIsbn(raw).ok ? 0.99 : 0),
  parse: (raw) => parseIsbn(raw),
  compare: (a, b) => (a.isbn13 === b.isbn13 ? SAME : CONFLICT),
  normalize: (v) => v.isbn13,
  specificity: () => 1,
};

/** Letter grades: "B+" refines "B"; it claims the number kind's hint "score". */
const gradeKind: KindDefinition<string> = {
  kind: 'grade',
  conflictCode: 'grade_mismatch',
  conflictSeverity: 'medium',
  contextual: false,
  hints: ['grade', 'score'],
  detect: () => 0,
  parse: (raw) => (typeof raw === 'string' && /^[A-F][+-]?$/.test(raw.trim()) ? { ok: true, value: raw.trim() } : { ok: false, reason: 'not a letter grade' }),
  compare: (a, b) => (a === b ? SAME : a[0] === b[0] ? COMPATIBLE : CONFLICT),
  normalize: (v) => v,
  specificity: (v) => v.length,
};

// The Pragmatic Programmer, and the ISBN example book of ISO 2108.
const PRAGMATIC_10 = '0-201-61622-X';
const PRAGMATIC_13 = '978-0-201-61622-4';
const OTHER_13 = '978-0-306-40615-7';

function claims(attribute: string, values: readonly string[], kind?: string): ClaimInput[] {
  return values.map((value, i) => ({ source: `s${i}`, subject: 'The Pragmatic Programmer', attribute, value, ...(kind === undefined ? {} : { kind }) }));
}

describe('a user kind through checkConsistency', () => {
  it('reads ISBN-10 and ISBN-13 of one book as the same value', () => {
    const report = checkConsistency(claims('isbn', [PRAGMATIC_10, PRAGMATIC_13]), { kinds: [isbnKind] });
    expect(report.groups[0]).toMatchObject({ kind: 'isbn', kindFrom: 'attribute', status: 'consistent' });
    expect(report.groups[0]!.positions).toHaveLength(1);
    expect(report.groups[0]!.positions[0]!.normalized).toBe('9780201616224');
  });

  it('reports two books as a conflict with its conflict code', () => {
    const report = checkConsistency(claims('isbn', [PRAGMATIC_10, OTHER_13]), { kinds: [isbnKind] });
    expect(report.groups[0]).toMatchObject({ kind: 'isbn', status: 'conflict' });
    expect(report.conflicts).toHaveLength(1);
    expect(report.conflicts[0]).toMatchObject({ code: 'isbn_mismatch', severity: 'high' });
  });

  it.each([
    ['its attribute hint', claims('isbn', [PRAGMATIC_13, OTHER_13]), {}, 'attribute'],
    ['its detector', claims('book identifier', [PRAGMATIC_13, OTHER_13]), {}, 'values'],
    ['claim.kind', claims('book identifier', [PRAGMATIC_13, OTHER_13], 'isbn'), {}, 'claims'],
    ['options.attributes', claims('book identifier', [PRAGMATIC_13, OTHER_13]), { attributes: { 'book identifier': { kind: 'isbn' } } }, 'options'],
  ] as const)('is chosen from %s', (_, input, options, from) => {
    const report = checkConsistency(input, { ...options, kinds: [isbnKind] });
    expect(report.groups[0]).toMatchObject({ kind: 'isbn', kindFrom: from, status: 'conflict' });
    expect(report.conflicts[0]!.code).toBe('isbn_mismatch');
  });

  it('is unknown without the option: the values stay numbers or text', () => {
    expect(checkConsistency(claims('isbn', [PRAGMATIC_13, OTHER_13])).groups[0]!.kind).not.toBe('isbn');
  });

  it('leaves a value it cannot read to the fallback kind, reported as unparsed', () => {
    const report = checkConsistency(claims('isbn', [PRAGMATIC_13, 'the first edition'], 'isbn'), { kinds: [isbnKind] });
    expect(report.issues.map((i) => i.code)).toContain('unparsed_value');
  });

  it('asks its distance of contradicting values, and a distance that throws gives no evidence, not a failure', () => {
    // Two sources contradict each other on one key (the link stage measures how far apart such values are).
    const story = (value: string): ClaimInput[] => [
      { id: 'a', source: 'x', subject: 'the novel', attribute: 'isbn', value: PRAGMATIC_13 },
      { id: 'b', source: 'y', subject: 'the novel', attribute: 'isbn', value },
      { id: 'c', source: 'z', subject: 'that book', attribute: 'isbn', value },
      { id: 'd', source: 'z', subject: 'a new book', attribute: 'isbn', value: PRAGMATIC_10 },
    ];
    let calls = 0;
    const throwing: KindDefinition<Isbn> = {
      ...isbnKind,
      distance: () => {
        calls++;
        throw new Error('no');
      },
    };
    const report = checkConsistency(story(OTHER_13), { kinds: [throwing] });
    expect(calls).toBeGreaterThan(0);
    expect(report.summary.claims).toBe(4);
    expect(report.conflicts.some((c) => c.code === 'isbn_mismatch')).toBe(true);
    expect(() => checkConsistency(story(OTHER_13), { kinds: [{ ...isbnKind, distance: 'near' } as never] })).toThrow(/kind 'isbn' has a `distance` that is not a function/);
  });

  it('works the same through createChecker', () => {
    const checker = createChecker({ kinds: [isbnKind] });
    checker.add(claims('isbn', [PRAGMATIC_10])).add(claims('isbn', [PRAGMATIC_13]).map((c) => ({ ...c, source: 's9' })));
    expect(checker.report().groups[0]).toMatchObject({ kind: 'isbn', status: 'consistent' });
  });

  it('takes a built-in kind’s hint word over: "score" names grades, unless the values are numbers', () => {
    const grades = checkConsistency(claims('score', ['B+', 'C']), { kinds: [gradeKind] });
    expect(grades.groups[0]).toMatchObject({ kind: 'grade', kindFrom: 'attribute', status: 'conflict' });
    expect(grades.conflicts[0]).toMatchObject({ code: 'grade_mismatch' });
    const refinement = checkConsistency(claims('score', ['B+', 'B']), { kinds: [gradeKind] });
    expect(refinement.groups[0]!.status).toBe('consistent');
    const numbers = checkConsistency(claims('score', ['12', '14']), { kinds: [gradeKind] });
    expect(numbers.groups[0]).toMatchObject({ kind: 'number', kindFrom: 'values' });
  });

  it('replaces a built-in kind of the same name', () => {
    const yesNo = (raw: RawScalar): ParseResult<boolean> =>
      raw === 'oui' || raw === 'non' ? { ok: true, value: raw === 'oui' } : { ok: false, reason: 'ni oui ni non' };
    const french: KindDefinition<boolean> = {
      kind: 'boolean',
      conflictCode: 'boolean_mismatch',
      conflictSeverity: 'high',
      contextual: false,
      detect: (raw) => (yesNo(raw).ok ? 1 : 0),
      parse: yesNo,
      compare: (a, b) => (a === b ? SAME : CONFLICT),
      normalize: String,
      specificity: () => 1,
    };
    const input = claims('whether it rained', ['oui', 'non']);
    expect(checkConsistency(input, { kinds: [french] }).groups[0]).toMatchObject({ kind: 'boolean', status: 'conflict' });
    expect(checkConsistency(input).groups[0]!.kind).toBe('text');
  });
});

describe('kind names are checked against the registered kinds', () => {
  const good = { source: 'ace', subject: 'The Pragmatic Programmer', attribute: 'isbn', value: PRAGMATIC_13 };

  function problems(input: unknown[], options: object = {}) {
    try {
      checkConsistency(input as ClaimInput[], options);
    } catch (error) {
      if (error instanceof ClaimValidationError) return error.problems;
      throw error;
    }
    return [];
  }

  it('refuses a claim naming an unknown kind, with the claim, field, value and the known kinds', () => {
    expect(problems([{ ...good, kind: 'colour' }])).toEqual([
      { index: 0, field: 'kind', value: '"colour"', reason: `must be one of ${VALUE_KINDS.join(', ')}` },
    ]);
    expect(problems([good, { ...good, id: 'b2', kind: 'isbm' }], { kinds: [isbnKind] })).toEqual([
      { index: 1, id: 'b2', field: 'kind', value: '"isbm"', reason: `must be one of ${VALUE_KINDS.join(', ')}, isbn` },
    ]);
  });

  it('accepts a claim naming a registered user kind', () => {
    expect(problems([{ ...good, kind: 'isbn' }], { kinds: [isbnKind] })).toEqual([]);
  });

  it('lists an unknown kind among the problems of a claim, in field order', () => {
    expect(problems([{ ...good, subject: '', kind: 'colour', confidence: 2 }]).map((p) => p.field)).toEqual(['subject', 'kind', 'confidence']);
  });

  it('refuses an attribute configured with an unknown kind, naming the known ones', () => {
    expect(() => checkConsistency([good], { attributes: { isbn: { kind: 'isbn' } } })).toThrow(RangeError);
    expect(() => checkConsistency([good], { attributes: { isbn: { kind: 'isbn' } } })).toThrow(
      /options\.attributes\["isbn"\]\.kind 'isbn' is not a registered kind; known kinds: date, time, .*, text$/,
    );
    expect(() => checkConsistency([good], { attributes: { isbn: { kind: 'isbn' } }, kinds: [isbnKind] })).not.toThrow();
  });

  it('keeps the validation fast path in lockstep with the schema of the registered kinds', async () => {
    const fc = (await import('fast-check')).default;
    const { createClaimSchema } = await import('../../src/schema');
    const { isPlainValidClaim } = await import('../../src/validate');
    const kinds = new Set([...VALUE_KINDS, 'isbn']);
    const schema = createClaimSchema([...kinds]);
    fc.assert(
      fc.property(fc.constantFrom(undefined, '', ' ', 'isbn', 'date', 'colour', 'ISBN', 3, null), (kind) => {
        const claim = { ...good, kind };
        expect(isPlainValidClaim(claim, kinds)).toBe(schema.safeParse(claim).success);
      }),
    );
  });
});

describe('options.kinds', () => {
  const good = { source: 'ace', subject: 'The Pragmatic Programmer', attribute: 'isbn', value: PRAGMATIC_13 };

  it.each([
    ['a missing function', [{ ...isbnKind, parse: undefined }], TypeError, /^checkConsistency: options\.kinds\[0\]: kind 'isbn' needs a function `parse`$/],
    ['something else than a kind', [isbnKind, 'grade'], TypeError, /^checkConsistency: options\.kinds\[1\]: a kind must be an object/],
    ['a word two user kinds claim', [gradeKind, { ...isbnKind, hints: ['isbn', 'grade'] }], RangeError, /options\.kinds\[1\]: kind 'isbn' and kind 'grade' both claim the attribute hint "grade"/],
    ['one kind given twice', [isbnKind, isbnKind], RangeError, /^checkConsistency: options\.kinds\[1\]: kind 'isbn' is already defined at index 0; define each kind once$/],
    ['a list that is not an array', isbnKind, TypeError, /options\.kinds: must be an array of kind definitions/],
  ] as const)('refuses %s', (_, kinds, type, message) => {
    const run = () => checkConsistency([good], { kinds: kinds as never });
    expect(run).toThrow(type);
    expect(run).toThrow(message);
  });

  it('are left out of the JSON Schema of the options, which cannot hold functions', () => {
    const schema = toJsonSchema('options') as { properties: Record<string, unknown>; additionalProperties: unknown };
    expect(Object.keys(schema.properties)).not.toContain('kinds');
    expect(schema.additionalProperties).toBe(false);
    expect((toJsonSchema('claim') as { properties: { kind: object } }).properties.kind).toMatchObject({ type: 'string', pattern: '\\S' });
  });
});

describe('ParseContext.publishedAt', () => {
  it('is a timestamp at UTC midnight of the source’s publication date', () => {
    const seen = new Map<string, string | undefined>();
    const stamp: KindDefinition<string> = {
      kind: 'stamp',
      conflictCode: 'stamp_mismatch',
      conflictSeverity: 'low',
      contextual: true,
      hints: ['stamp'],
      detect: () => 0,
      parse(raw, ctx) {
        seen.set(String(raw), ctx.publishedAt === undefined ? undefined : new Date(ctx.publishedAt).toISOString());
        return { ok: true, value: String(raw) };
      },
      compare: (a, b) => (a === b ? SAME : CONFLICT),
      normalize: (v) => v,
      specificity: () => 1,
    };
    const sources = [
      { id: 'plain', publishedAt: '2024-07-13' },
      // A string keeps the calendar date it was written with, whatever its zone.
      { id: 'zoned', publishedAt: '2024-07-13T23:30:00-07:00' },
      // A Date gives its UTC date.
      { id: 'date', publishedAt: new Date(Date.UTC(2023, 0, 31, 18, 45)) },
      { id: 'undated' },
    ];
    const input = sources.map((s) => ({ source: s.id, subject: 'x', attribute: 'stamp', value: `from ${s.id}` }));
    const report = checkConsistency(input, { sources, kinds: [stamp] });
    expect(report.groups[0]!.kind).toBe('stamp');
    expect(Object.fromEntries(seen)).toEqual({
      'from plain': '2024-07-13T00:00:00.000Z',
      'from zoned': '2024-07-13T00:00:00.000Z',
      'from date': '2023-01-31T00:00:00.000Z',
      'from undated': undefined,
    });
    for (const s of report.sources) {
      const iso = seen.get(`from ${s.id}`);
      expect(iso?.slice(0, 10)).toBe(s.publishedAt);
    }
  });
});

describe('roles a user kind declares', () => {
  it('reach its parser through checkConsistency', () => {
    const roles = new Map<string, string | undefined>();
    const marks: KindDefinition<string> = {
      ...gradeKind,
      kind: 'mark',
      hints: ['mark'],
      roles: { final: ['final'] },
      parse(raw, ctx) {
        roles.set(String(raw), ctx.role);
        return { ok: true, value: String(raw) };
      },
    };
    checkConsistency(
      [
        { source: 'a', subject: 'Ann', attribute: 'final mark', value: 'B' },
        { source: 'b', subject: 'Ann', attribute: 'mid-term mark', value: 'C' },
      ],
      { kinds: [marks] },
    );
    expect(roles.get('B')).toBe('final');
    expect(roles.get('C')).toBeUndefined();
  });

  it('are known to roleOf only through the registry that has the kind', async () => {
    const { resolveOptions } = await import('../../src/context');
    const { roleOf } = await import('../../src/read/values');
    const ctx = resolveOptions({ kinds: [{ ...gradeKind, kind: 'mark', hints: ['mark'], roles: { final: ['final'] } }] });
    expect(roleOf('final mark', ctx.registry)).toBe('final');
    expect(roleOf('final mark')).toBeUndefined();
    expect(roleOf('age')).toBe('age');
  });
});
