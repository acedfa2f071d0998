/**
 * Generators for the fuzz suite: hostile strings (astral, combining marks, right-to-left, zero-width,
 * lone surrogates, controls and terminal escapes, markup and formula injections, prototype names),
 * numbers at the edges, values that look like dates, times, numbers and places in many formats,
 * claims (valid and not), and options (sources, aliases, attribute configuration).
 */
import fc from 'fast-check';
import type { CheckOptions } from '../../src/schema';

/** Cases per invariant: 1,000 in `npm test`; `npm run fuzz` sets FUZZ_RUNS=100000. */
export const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS ?? 1000));
/** Fixed by default so CI is reproducible; FC_SEED=random explores further (the seed is printed on failure). */
export const SEED = process.env.FC_SEED === 'random' ? Date.now() ^ (Math.random() * 2 ** 31) : Number(process.env.FC_SEED ?? 20_261_201);

/** fast-check parameters: `scale` multiplies the runs (heavy properties run fewer, light ones more). */
export function params(scale = 1): { seed: number; numRuns: number } {
  return { seed: SEED, numRuns: Math.max(1, Math.round(RUNS * scale)) };
}

/** Test time allowed for `runs` cases of a property that takes up to `each` ms, with room for a slow shared machine. */
export function budget(each: number, scale = 1): number {
  return Math.max(20_000, RUNS * scale * each * 4);
}

export const PROTO = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__'] as const;

/** Markup, script, formula and terminal injections, each as it would be typed into a field. */
export const INJECTIONS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '</style><script>alert(1)</script>',
  '</textarea></title><b>x</b>',
  '<!--',
  ']]>',
  '&amp;&lt;&#x3c;',
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '=HYPERLINK("http://x","y")',
  "-2+3+cmd|' /C calc'!A0",
  '-1+1',
  '+1',
  '@SUM(A1)',
  '\t=1+1',
  '\r=1+1',
  '=cmd|',
  '|',
  '**bold** _it_ `code` [link](javascript:alert(1))',
  '\u001b]0;pwned\u0007\u001b[2J',
  '\u001b[31mred\u001b[0m',
  '\u009b31m',
  '\u0000',
  '\u0007\u0008\u007f',
  '\r\n\r\n',
  '\u2028\u2029',
  '\\',
  '$' + '{x}',
  '%s%n',
] as const;

/** Unicode that breaks naive code: astral, combining runs, right-to-left, zero-width, lone surrogates, odd spaces. */
export const UNICODE = [
  '😀',
  '👩‍👩‍👧',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '𠜎𠜱',
  'e\u0301',
  `a${'\u0301'.repeat(8)}`,
  'Z\u0351\u0352\u0353\u0354',
  '\u202e',
  '\u202egnp.exe',
  '\u2066\u2069',
  'שלום',
  'مرحبا بالعالم',
  'Ελλάδα',
  'Санкт-Петербург',
  '東京都',
  'İstanbul',
  'ß',
  'ﬁ',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\u00a0',
  '\u3000',
  '\ud800',
  '\udfff',
  'x\udbff',
  '\ud83d',
] as const;

/** Values that look like dates, times, numbers and places, written in many ways. */
export const LOOKALIKES = [
  // dates
  '2024-07-12', '12/07/2024', '07/12/2024', '12.07.24', '12 July 2024', 'July 12, 2024', 'Friday, July 12', 'Friday (12.07.24)',
  'Friday, July 13', 'on Friday', 'July 2024', '2024', '2021', 'mid-July', 'late 2023', 'yesterday', 'last week', '02-Dec-2011',
  '2024-02-30', '0000-00-00', '9999-12-31', '31/02/2024', '20240712', '2024-W28', '2024-07-12T10:00:00Z', '13/13/13', '1e3-07-12',
  // times
  '7:10 a.m.', '19:10', '25:61', '0737 GMT', '7:37 AM local time', '14:37 WIB', 'noon', 'midnight', 'about 2:20 p.m.', 'around 3 p.m.',
  '12:00noon', '2:45P 12-01-11', '24:00', '00:00:60', '7 p.m. PDT', 'T10:00', '10h30',
  // numbers
  '66', '66-year-old', '-5', '-0', '0', '1e308', '1e309', '-1e-324', 'NaN', 'Infinity', '1,234.5', '1.234,5', '1 234', '½', '٣', '१२',
  'about 40', 'more than 100', '10-12', 'two dozen', 'dozens', '1.2 million', 'zero', 'none', 'No deaths', '0x1F', '1_000', '9007199254740993',
  // quantities, durations, money
  '18 months', '1.5 years', '10 kilometers (6 miles)', '130 mph', '$2 million', '€500', '¥1,000', '-$5', '5 km²', '100 hectares', '0 km',
  // places
  'Santa Fe', 'Santa Fe, New Mexico', 'Casa Chimayo restaurant in Santa Fe', 'West 16th Street and Mermaid Avenue', '1700 block of West Highland Avenue',
  '55 kilometers west of Bireun', 'about 14 miles north-northeast of Healdsburg', 'at the scene', 'a nearby hospital', 'São Paulo', 'Zürich',
  // booleans, placeholders, names, text
  'yes', 'no', 'true', 'false', 'N/A', 'Not Available', 'unknown', 'TBA', '—', '', ' ', 'Judge Mary Marlowe Sommer', 'D. E. Knuth', 'Knuth, Donald E.',
  'blue blazer', 'navy blue blazer', 'not guilty', 'guilty',
] as const;

const WORDS = ['Alec', 'Baldwin', 'case', 'the', 'girl', 'shooting', 'age', 'date', 'of', 'dismissal', 'venue', 'Santa', 'Fe', 'in', 'July', '12', 'not', 'a', 'hospital'];

/** One piece of a hostile string. */
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...UNICODE) },
  { weight: 2, arbitrary: fc.constantFrom(...INJECTIONS) },
  { weight: 1, arbitrary: fc.constantFrom(...PROTO) },
  { weight: 2, arbitrary: fc.constantFrom(...LOOKALIKES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('\ud800', '\udc00', '\u0000', '\u001b', '\u0085', '\u009b', '\u0301', '\u200b', '\r', '\n', '\t'), maxLength: 3 }) },
);

/**
 * A short hostile string (at most a few dozen characters: the long ones are the linearity tests'
 * business: test/fuzz/linear.test.ts, one long random word in a subject, attribute or alias).
 */
export const hostile = fc.oneof(
  { weight: 3, arbitrary: fc.array(piece, { minLength: 1, maxLength: 4 }).chain((parts) => fc.constantFrom(' ', '', ', ').map((sep) => parts.join(sep))) },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);

/** Ids, sources, subjects and attributes: a small pool so claims meet, with prototype names and hostile strings among them. */
export const sourceId = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('ace', 'bang', 'yahoo', 'tmz') },
  { weight: 1, arbitrary: fc.constantFrom(...PROTO) },
  { weight: 1, arbitrary: fc.constantFrom('\u001b]0;x\u0007src', '<b>src</b>', '=src', 'שלום', '😀', 'a\u0301', 'src\u200b') },
);
export const subject = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('Alec Baldwin', "Baldwin's case", 'the case against Alec Baldwin', 'Baldwin', 'the injured girl', 'girl who was shot') },
  // People numbered within one source's text: keys that carry the source.
  { weight: 1, arbitrary: fc.constantFrom('victim 2', 'victim_2', 'Victim #3', 'suspect 1') },
  { weight: 1, arbitrary: fc.constantFrom(...PROTO) },
  { weight: 2, arbitrary: hostile },
);
export const attribute = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('age', 'dismissal date', 'date of dismissal', 'venue', 'time', 'location', 'death toll', 'judge') },
  { weight: 1, arbitrary: fc.constantFrom(...PROTO) },
  { weight: 2, arbitrary: hostile },
);

/** Numbers at the edges: valid ones (finite, -0, huge, tiny) and invalid ones (NaN, Infinity). */
export const edgeNumber = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 66, 2021, 0.1, 1e21, -1e21, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2, Number.MIN_SAFE_INTEGER),
  fc.double(),
  fc.integer(),
);
export const badNumber = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);

/** A value a claim may hold: strings that look like values, hostile strings, numbers, booleans, lists. */
export const scalarValue = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...LOOKALIKES) },
  { weight: 3, arbitrary: hostile },
  { weight: 2, arbitrary: edgeNumber.filter((n) => Number.isFinite(n)) },
  { weight: 1, arbitrary: fc.boolean() },
);
export const listValue = fc.array(fc.oneof(fc.constantFrom(...LOOKALIKES), hostile, edgeNumber.filter((n) => Number.isFinite(n))), { maxLength: 4 });
export const value = fc.oneof({ weight: 5, arbitrary: scalarValue }, { weight: 1, arbitrary: listValue });

/** Things that are not a valid value, field or claim. */
export const badValue = fc.oneof(
  badNumber,
  fc.constantFrom(null, undefined, [[1]], [['a', 'b']], [true], [null], [Number.NaN], {}, { value: 1 }, [[]], () => 1, Symbol('s'), 10n),
  fc.array(fc.oneof(fc.constant([]), badNumber, fc.constant({})), { minLength: 1, maxLength: 3 }),
);

export interface ClaimShape {
  [key: string]: unknown;
}

/** A valid claim (without an id: ids are given per test). */
export const validClaim: fc.Arbitrary<ClaimShape> = fc.record(
  {
    source: sourceId,
    subject: subject.filter((s) => /\S/.test(s)),
    attribute: attribute.filter((s) => /\S/.test(s)),
    value,
    kind: fc.constantFrom('date', 'time', 'number', 'quantity', 'duration', 'money', 'place', 'name', 'text', 'boolean'),
    quote: hostile,
    negated: fc.boolean(),
    confidence: fc.oneof(fc.constantFrom(0, 1, 0.5, -0, 5e-324), fc.double({ min: 0, max: 1, noNaN: true })),
  },
  { requiredKeys: ['source', 'subject', 'attribute', 'value'] },
);

/** A claim broken in one field (or not an object at all). */
export const invalidClaim: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, 'claim', 42, [], [{}], true),
  fc.tuple(validClaim, fc.constantFrom('source', 'subject', 'attribute', 'value', 'kind', 'quote', 'negated', 'confidence', 'id'), fc.oneof(badValue, fc.constantFrom('', '  ', '\u200b', 'colour', 2, -1, 'yes'))).map(([c, field, bad]) => {
    const copy: ClaimShape = { ...c };
    if (bad === undefined) delete copy[field];
    else copy[field] = bad;
    return copy;
  }),
);

/** Ids: unique ones (for the order invariants) come from `uniqueIds`; these may repeat and collide with default ids. */
export const claimId = fc.oneof(
  fc.constantFrom('c1', 'c2', 'c10', 'ace#0', 'ace#1', 'bang#2', ...PROTO, '<i>', '\u001b[2J', '😀', 'a\u0301', '-1+1'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }),
);

/** A sources list: ids from the claims' pool, hostile names and URLs, publication dates in many formats (some invalid). */
export const sourceEntry = fc.record(
  {
    id: sourceId,
    name: hostile,
    url: fc.oneof(
      fc.constantFrom('https://example.com/a?b=1&c=<2>', 'http://example.org/"onmouseover="alert(1)', 'javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)',
        'java\nscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', '//evil.example', 'HTTPS://EXAMPLE.COM', '\u0000javascript:alert(1)', 'https:alert(1)', 'ftp://x', ''),
      hostile,
    ),
    // Mostly dates (an unreadable one is a RangeError for the whole call, tested apart from the rest).
    publishedAt: fc.oneof({ weight: 9, arbitrary: fc.constantFrom('2024-07-13', '2024-07-14', '2024-07-13T23:30:00-05:00', '1999-12-31', '2024-02-29') }, { weight: 1, arbitrary: hostile }),
    reliability: fc.oneof(fc.constantFrom(0, 0.5, 1), fc.double({ min: 0, max: 1, noNaN: true })),
  },
  { requiredKeys: ['id'] },
);

/** Options, valid or not: sources (possibly with a repeated id), aliases, attribute configuration keyed by hostile names. */
export const options: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    sources: fc.uniqueArray(sourceEntry, { selector: (s) => s.id, maxLength: 4 }),
    aliases: fc.array(fc.array(fc.oneof(subject, attribute), { maxLength: 3 }), { maxLength: 3 }),
    attributes: fc.array(fc.tuple(attribute, fc.record({ kind: fc.constantFrom('date', 'number', 'place', 'text', 'time'), cardinality: fc.constantFrom('one', 'many') }, { requiredKeys: [] })), { maxLength: 3 }),
    dateOrder: fc.constantFrom('DMY', 'MDY', 'auto'),
    consensus: fc.constantFrom('trust', 'vote'),
    linking: fc.constantFrom('exact', 'spelling', 'profile'),
    linkThreshold: fc.oneof(fc.constantFrom(0, 4, 20), fc.double({ min: 0, max: 20, noNaN: true })),
  },
  { requiredKeys: [] },
).map((o) => {
  const out: Record<string, unknown> = { ...o };
  // A user key such as "__proto__" must reach the library as data, as JSON.parse would give it.
  if (o.attributes !== undefined) out.attributes = JSON.parse(`{${o.attributes.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`);
  return out;
});

/** Options that are certainly wrong somewhere. */
export const badOptions: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(42, 'options', [], true, () => 1),
  fc.tuple(options, fc.constantFrom('sources', 'aliases', 'attributes', 'dateOrder', 'onInvalid', 'consensus', 'linking', 'linkThreshold', 'entities', 'kinds', 'bogus'), badValue).map(([o, k, v]) => ({ ...o, [k]: v })),
);

export type Options = CheckOptions;

/**
 * Dense claim sets: few subjects and attributes and a small pool of values, so claims meet in one
 * group and values meet in one position (a value both alone and in a list, a number and its words).
 */
export const denseClaims = fc
  .tuple(
    fc.uniqueArray(fc.oneof(scalarValue, fc.constantFrom('Tilton', 'tilton', 'Santa Fe', 66, '66', 'sixty-six', 'July 12', '2024-07-12')), { minLength: 1, maxLength: 5 }),
    fc.constantFrom(['age'], ['date', 'date of dismissal'], ['venue', 'place'], ['judge'], ['__proto__', 'constructor']),
  )
  .chain(([pool, attributes]) =>
    fc.array(
      fc.record(
        {
          source: fc.constantFrom('ace', 'bang', 'yahoo', '__proto__'),
          subject: fc.constantFrom('Alec Baldwin', 'Baldwin', 'toString'),
          attribute: fc.constantFrom(...attributes),
          // One-member lists too: a list ['x'] and the string 'x' (one key) once gave a link and support that
          // depended on which claim came first (fixed in branch linear; test/fuzz/order-regressions.test.ts).
          value: fc.oneof(
            { weight: 3, arbitrary: fc.constantFrom(...pool) },
            { weight: 1, arbitrary: fc.subarray(pool.filter((v): v is string | number => typeof v !== 'boolean')) },
          ),
          negated: fc.boolean(),
          confidence: fc.constantFrom(1, 0.5),
        },
        { requiredKeys: ['source', 'subject', 'attribute', 'value'] },
      ),
      { minLength: 2, maxLength: 10 },
    ),
  )
  .map((claims) => claims.map((c, k) => ({ id: `d${k}`, ...c })));

/**
 * Claim sets built to reach every part of a report with hostile text: conflicting numbers and
 * negations (so conflicts, positions, evidence and quotes are drawn), unreadable values (unverified
 * groups and issues), and hostile subjects, attributes, source ids, names and URLs throughout.
 */
export const hostileReportInput = fc
  .tuple(
    fc.uniqueArray(sourceEntry.map((s) => ({ ...s, publishedAt: '2024-07-13' })), { selector: (s) => s.id, minLength: 1, maxLength: 4 }),
    fc.array(hostile.filter((s) => /\S/.test(s)), { minLength: 1, maxLength: 2 }),
    fc.array(hostile.filter((s) => /\S/.test(s)), { minLength: 1, maxLength: 2 }),
  )
  .chain(([sources, subjects, attributes]) =>
    fc
      .array(
        fc.record(
          {
            source: fc.oneof(fc.constantFrom(...sources.map((s) => s.id)), sourceId),
            subject: fc.constantFrom(...subjects, 'Alec Baldwin'),
            attribute: fc.constantFrom(...attributes, 'age'),
            value: fc.oneof(
              fc.constantFrom(66, 58, '66', 'guilty', 'not guilty', 'July 12, 2024', 'July 13, 2024'),
              fc.tuple(fc.constantFrom('66', '58', 'guilty'), hostile).map(([v, h]) => `${v} ${h}`),
              hostile,
              fc.array(hostile, { maxLength: 2 }),
            ),
            kind: fc.constantFrom('number', 'text', 'date', 'place'),
            quote: hostile,
            negated: fc.boolean(),
          },
          { requiredKeys: ['source', 'subject', 'attribute', 'value', 'quote'] },
        ),
        { minLength: 1, maxLength: 8 },
      )
      .map((claims) => ({ claims: claims.map((c, k) => ({ id: k % 3 === 0 ? `${c.source}:${k}` : `c${k}`, ...c })), options: { sources, onInvalid: 'skip' as const } })),
  );

/**
 * Thousands of claims on one subject: many attributes, each with a few values from a small pool
 * (one group with thousands of distinct values is test/fuzz/linear.test.ts's: the relation table
 * of a group is quadratic in its positions by design).
 */
export const crowdedSubject = fc
  // Few distinct values per group here: many distinct values in one group are test/fuzz/linear.test.ts's (severity).
  .record({ claims: fc.integer({ min: 1000, max: 3000 }), attributes: fc.integer({ min: 50, max: 400 }), seed: fc.nat() })
  .map(({ claims, attributes, seed }) => {
    const pool = [...LOOKALIKES.slice(0, 40), 66, 58, 2021, -0, 1e21, '__proto__', 'constructor', ...INJECTIONS.slice(0, 6)];
    let s = seed || 1;
    const next = () => {
      s = (s * 48_271) % 2_147_483_647;
      return s;
    };
    return Array.from({ length: claims }, (_, k) => {
      const attribute = next() % attributes;
      return {
        id: `c${k}`,
        source: `src${next() % 40}`,
        subject: k % 7 === 0 ? '__proto__' : 'Alec Baldwin',
        attribute: attribute === 0 ? 'toString' : `attribute ${attribute}`,
        value: pool[(attribute * 3 + (next() % 3)) % pool.length]!,
      };
    });
  });

/**
 * Large strings (a megabyte) in a value and a quote: ordinary words and hostile pieces repeated
 * (combining-mark runs and one long random word at this size are test/fuzz/linear.test.ts's).
 */
export const largeString = fc
  // Combining-mark runs and one long random word at this size are test/fuzz/linear.test.ts's.
  .tuple(fc.constantFrom('Santa Fe ', 'July 12, 2024 ', '66 ', '<script>alert(1)</script> ', '\u001b[2J ', '😀 שלום ', '-1+1 '), fc.integer({ min: 100_000, max: 1_000_000 }))
  .map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length));
