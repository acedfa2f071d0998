import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../../src/check';
import type { CheckOptions, ClaimInput } from '../../src/schema';

// Order bugs an audit found (issue 12): the report, or the error, must not depend on the order of
// claims, of attribute-config keys or of alias groups, and options are data, never a prototype.

function permutations<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [[...xs]];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

const report = (claims: readonly ClaimInput[], options?: CheckOptions) => JSON.stringify(checkConsistency(claims, options));

describe('claim order', () => {
  it("links the same mentions whatever the order: a list ['Tilton', 'Milton'] joins the Tilton group in every order (support 3, not 2)", () => {
    // Shrunk from a seeded search. "Tilton" and "victim Tilton" are one mention once contained; its
    // cells came apart in some orders, and the mention then counted source a twice, looked used by
    // every source and was never read, so "the injured victim" was linked to it in some orders only.
    const claims: ClaimInput[] = [
      { id: 'c1', source: 'a', subject: 'victim Tilton', attribute: 'age', value: ['Tilton', 'Tilton'] },
      { id: 'c2', source: 'a', subject: 'Tilton', attribute: 'hometown', value: ['tilton'] },
      { id: 'c3', source: 'd', subject: 'the injured victim', attribute: 'age', value: ['Tilton', 'Milton'] },
      { id: 'c4', source: 'c', subject: 'Tilton', attribute: 'age', value: ['Tilton', 'Milton'] },
      { id: 'c5', source: 'a', subject: 'the victim', attribute: 'town', value: ['Tilton', 'Tilton'] },
    ];
    const reports = new Set(permutations(claims).map((p) => report(p)));
    expect(reports.size).toBe(1);
    const age = checkConsistency(claims).groups.find((g) => g.attribute === 'age' && g.positions.length > 1)!;
    expect(age.consensus?.support).toBe(3);
    expect(age.positions.flatMap((p) => p.claims).sort()).toEqual(['c1', 'c3', 'c4']);
  });

  it("reads a list ['Tilton'] and the string 'Tilton' (one key) alike in a link's values, whichever comes last", () => {
    // The guard read one value per key, the last claim's: a list is a set (compatible with 'Concord'),
    // the string a town (contradicting it), so the link of "Bob Smyth" to "Bob Smith" hung on the order.
    const claims: ClaimInput[] = [
      { id: 'c1', source: 'a', subject: 'Bob Smith', attribute: 'town', value: ['Tilton'] },
      { id: 'c2', source: 'b', subject: 'Bob Smith', attribute: 'town', value: 'Tilton' },
      { id: 'c3', source: 'c', subject: 'Bob Smyth', attribute: 'town', value: 'Concord' },
    ];
    expect(new Set(permutations(claims).map((p) => report(p))).size).toBe(1);
  });

  // Order, not dates: one time zone is enough for the seeded search.
  it.runIf(process.env.CROSSCHECK_TEST_ZONE === undefined || process.env.CROSSCHECK_TEST_ZONE === 'UTC')('gives byte-identical reports for any order of claims mixing lists, strings and linked mentions (seeded)', () => {
    const value = fc.constantFrom<ClaimInput['value']>('Tilton', ['Tilton'], ['Tilton', 'Tilton'], ['tilton'], ['Tilton', 'Milton'], 'Milton', 'Tilton, N.H.', 30, 31, [3]);
    const claim = fc.record({
      source: fc.constantFrom('a', 'b', 'c', 'd'),
      subject: fc.constantFrom('the victim', 'the injured victim', 'a victim', 'victim Tilton', 'Tilton', 'Bob Smith', 'Bob Smyth'),
      attribute: fc.constantFrom('town', 'hometown', 'age'),
      value,
      confidence: fc.option(fc.constantFrom(0.2, 0.7), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(claim, { minLength: 2, maxLength: 8 }), fc.integer({ min: 0, max: 1_000_000 }), (raw, seed) => {
        const claims: ClaimInput[] = raw.map((c, i) => ({ id: `c${i}`, ...c, ...(c.confidence === undefined ? {} : { confidence: c.confidence }) }));
        const shuffled = [...claims];
        let s = seed;
        for (let i = shuffled.length - 1; i > 0; i--) {
          s = (s * 16807 + 11) % 2147483647;
          const j = s % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        expect(report(shuffled)).toBe(report(claims));
      }),
      { seed: 12, numRuns: 150 },
    );
  });
});

describe('attribute configuration', () => {
  const claims: ClaimInput[] = [
    { id: 'a', source: 'a', subject: 'x', attribute: 'dismissal date', value: 'July 12, 2024' },
    { id: 'b', source: 'b', subject: 'x', attribute: 'date of dismissal', value: 'July 13, 2024' },
  ];

  it('refuses two names of one attribute configured differently, naming both, in either key order', () => {
    const messages = [
      { 'date of dismissal': { kind: 'text' }, 'dismissal date': { kind: 'date' } },
      { 'dismissal date': { kind: 'date' }, 'date of dismissal': { kind: 'text' } },
    ].map((attributes) => {
      try {
        checkConsistency(claims, { attributes });
        return 'no error';
      } catch (error) {
        expect(error).toBeInstanceOf(RangeError);
        return (error as Error).message;
      }
    });
    expect(messages[0]).toBe(messages[1]);
    expect(messages[0]).toContain('options.attributes["date of dismissal"]');
    expect(messages[0]).toContain('options.attributes["dismissal date"]');
  });

  it('accepts two names of one attribute with the same settings', () => {
    const r = checkConsistency(claims, { attributes: { 'dismissal date': { kind: 'date' }, 'date of dismissal': { kind: 'date' } } });
    expect(r.groups[0]!.kind).toBe('date');
  });
});

describe('alias groups', () => {
  const claims: ClaimInput[] = [
    { id: 'a', source: 'a', subject: 'NYC', attribute: 'population', value: 8_300_000 },
    { id: 'b', source: 'b', subject: 'New York', attribute: 'population', value: 8_300_000 },
  ];

  it('refuses a spelling in two alias groups, naming it and both groups, whatever the order of the groups', () => {
    for (const aliases of [
      [['New York City', 'NYC'], ['New York', 'NYC']],
      [['New York', 'NYC'], ['New York City', 'NYC']],
    ]) {
      expect(() => checkConsistency(claims, { aliases })).toThrow(RangeError);
      expect(() => checkConsistency(claims, { aliases })).toThrow(/options\.aliases\[0\] and options\.aliases\[1\] both list "NYC"/);
    }
    // Two spellings that normalize alike are one spelling.
    expect(() => checkConsistency(claims, { aliases: [['NYC', 'New York'], ['nyc', 'Big Apple']] })).toThrow(/"NYC" and "nyc"/);
  });

  it('still accepts a spelling repeated within one group', () => {
    expect(checkConsistency(claims, { aliases: [['NYC', 'New York', 'NYC']] }).summary.groups).toBe(1);
  });
});

describe('options as data', () => {
  const claims: ClaimInput[] = [
    { id: 'a', source: 'a', subject: 'Bob Smith', attribute: 'age', value: 30 },
    { id: 'b', source: 'b', subject: 'Bob Smyth', attribute: 'age', value: 30 },
  ];
  const plain = report(claims);

  it('refuses an own "__proto__" or "constructor" option as unknown, naming it', () => {
    expect(() => checkConsistency(claims, JSON.parse('{"__proto__":{"linking":"exact"}}'))).toThrow(/unknown option '__proto__'/);
    expect(() => checkConsistency(claims, JSON.parse('{"constructor":{"linking":"exact"}}'))).toThrow(/unknown option 'constructor'/);
  });

  it('ignores what the options object inherits: a config merged with Object.assign from {"__proto__": …} sets nothing', () => {
    // Object.assign calls the __proto__ setter: the parsed object becomes the prototype.
    const merged = Object.assign({}, JSON.parse('{"__proto__":{"linking":"exact","onInvalid":"skip"}}'));
    expect(Object.getPrototypeOf(merged)).toEqual({ linking: 'exact', onInvalid: 'skip' });
    expect(report(claims, merged)).toBe(plain);
    expect(report(claims, Object.create({ linking: 'exact' }))).toBe(plain);
    // Nested: a source's inherited reliability, an attribute's inherited kind.
    const source = Object.assign({ id: 'a' }, JSON.parse('{"__proto__":{"reliability":0}}'));
    expect(report(claims, { sources: [source, { id: 'b' }] })).toBe(report(claims, { sources: [{ id: 'a' }, { id: 'b' }] }));
    const config = Object.assign({}, JSON.parse('{"__proto__":{"kind":"text"}}'));
    expect(report(claims, { attributes: { age: config } })).toBe(report(claims, { attributes: { age: {} } }));
  });

  it('configures attributes named "__proto__" and "constructor" like any other', () => {
    const odd: ClaimInput[] = [
      { id: 'p', source: 'a', subject: 'x', attribute: '__proto__', value: '12' },
      { id: 'q', source: 'b', subject: 'x', attribute: '__proto__', value: '12.0' },
      { id: 'r', source: 'a', subject: 'x', attribute: 'constructor', value: '7' },
    ];
    const r = checkConsistency(odd, { attributes: JSON.parse('{"__proto__":{"kind":"text"},"constructor":{"kind":"text"}}') });
    expect(r.groups.map((g) => g.kind)).toEqual(['text', 'text']);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(({} as { kind?: unknown }).kind).toBeUndefined();
  });
});
