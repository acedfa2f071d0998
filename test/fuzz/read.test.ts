import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ClaimFile, decodeUtf8, InputError, readClaims, readClaimStream } from '../../src/cli/read';
import { budget, hostile, params, validClaim } from './arbitraries';

const NAMES = ['claims.json', 'claims.jsonl', 'claims.ndjson', 'claims.csv', '<stdin>', 'claims.txt', 'CLAIMS.JSON'] as const;
const PRINTABLE_MESSAGE = /^[^\u0000-\u001f\u007f-\u009f]*$/;

type Outcome = { ok: ClaimFile } | { error: string };

/** The reader's answer, or its error (which must be an InputError with a printable, bounded message). */
function outcome(read: () => ClaimFile): Outcome {
  try {
    return { ok: read() };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(error.message).toMatch(PRINTABLE_MESSAGE);
    expect(error.message.length).toBeLessThan(400);
    return { error: error.message };
  }
}

/** Reads text handed over in the given pieces. */
function readPieces(name: string, pieces: Iterable<string>): ClaimFile {
  const claims: unknown[] = [];
  const lines: number[] = [];
  const { sources, format } = readClaimStream(name, pieces, (batch, at) => {
    claims.push(...batch);
    lines.push(...at);
  }, 3);
  return { claims, sources, lines, format };
}

/** Reads bytes handed over in the given pieces, decoded as the CLI decodes files. */
function readBytes(name: string, pieces: readonly Uint8Array[]): ClaimFile {
  return readPieces(name, decodeUtf8(pieces));
}

function cut<T extends { length: number; slice(a: number, b?: number): T }>(whole: T, at: readonly number[]): T[] {
  const points = [...new Set(at.map((a) => a % (whole.length + 1)))].sort((a, b) => a - b);
  const out: T[] = [];
  let from = 0;
  for (const p of [...points, whole.length]) {
    out.push(whole.slice(from, p));
    from = p;
  }
  return out;
}

/** Text that may be a claims file: well-formed files in every format, mangled, truncated, or anything at all. */
const claimsText = fc.oneof(
  { weight: 3, arbitrary: fc.array(validClaim, { maxLength: 5 }).chain((claims) => fc.constantFrom(...renderings(claims))) },
  { weight: 2, arbitrary: fc.array(fc.oneof(hostile, fc.constantFrom('{', '}', '[', ']', ',', '"', '\n', '\r', '\r\n', '\ufeff', '\u0000', 'source,subject,attribute,value', 'a,b,c,d', '{"source":"a"}')), { maxLength: 8 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
);

/** One claim set written in every format and line-ending style the readers accept. */
function renderings(claims: readonly Record<string, unknown>[]): string[] {
  const jsonl = claims.map((c) => JSON.stringify(c));
  const csvClaims = claims.filter((c) => typeof c.value !== 'object');
  const cell = (v: unknown) => (v === undefined ? '' : `"${String(v).replace(/"/g, '""')}"`);
  const csv = ['source,subject,attribute,value,quote', ...csvClaims.map((c) => [c.source, c.subject, c.attribute, c.value, c.quote].map(cell).join(','))];
  return [
    JSON.stringify(claims),
    JSON.stringify(claims, null, 2),
    JSON.stringify({ sources: [{ id: 'ace' }], claims }, null, '\t'),
    jsonl.join('\n'),
    jsonl.join('\r\n'),
    jsonl.join('\r'),
    `\ufeff${jsonl.join('\n\n')}\n`,
    csv.join('\n'),
    `\ufeff${csv.join('\r\n')}\r\n`,
    csv.join('\r'),
  ];
}

describe('the CLI readers', () => {
  it(
    'throw only InputError, with a printable message that names no raw input, whatever the text and the name',
    () => {
      fc.assert(
        fc.property(claimsText, fc.constantFrom(...NAMES), (text, name) => {
          outcome(() => readClaims(name, text));
        }),
        params(),
      );
    },
    budget(2),
  );

  it(
    'read the same claims, lines and errors whatever the chunks the text arrives in',
    () => {
      fc.assert(
        fc.property(claimsText, fc.constantFrom(...NAMES), fc.array(fc.nat(), { maxLength: 6 }), (text, name, at) => {
          expect(outcome(() => readPieces(name, cut(text, at)))).toEqual(outcome(() => readClaims(name, text)));
        }),
        params(),
      );
    },
    budget(2),
  );

  it(
    'read the same from bytes cut anywhere, inside a character, a byte-order mark or a CRLF included',
    () => {
      fc.assert(
        fc.property(claimsText, fc.constantFrom(...NAMES), fc.array(fc.nat(), { maxLength: 6 }), (text, name, at) => {
          const bytes = new TextEncoder().encode(text);
          // TextEncoder writes a lone surrogate as U+FFFD: compare with the text the bytes hold.
          const decoded = new TextDecoder().decode(bytes);
          // A NUL is refused by both where they reach it, the byte reader saying at which byte.
          const nul = (o: Outcome) => ('error' in o && o.error.startsWith(' not a claims file') && o.error.includes('NUL') ? { error: 'NUL' } : o);
          expect(nul(outcome(() => readBytes(name, cut(bytes, at))))).toEqual(nul(outcome(() => readClaims(name, decoded))));
        }),
        params(),
      );
    },
    budget(2),
  );

  it(
    'read back every claim written in any format and line ending, each with the line it starts on',
    () => {
      fc.assert(
        fc.property(fc.array(validClaim, { minLength: 1, maxLength: 5 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean(), (claims, eol, bom) => {
          const text = `${bom ? '\ufeff' : ''}${claims.map((c) => JSON.stringify(c)).join(eol)}${eol}`;
          const read = readClaims('claims.jsonl', text);
          expect(read.claims).toEqual(claims.map((c) => JSON.parse(JSON.stringify(c))));
          expect(read.lines).toEqual(claims.map((_, k) => k + 1));
          const pretty = readClaims('<stdin>', JSON.stringify(claims, null, 2).replace(/\n/g, eol));
          expect(pretty.claims).toEqual(read.claims);
        }),
        params(),
      );
    },
    budget(1),
  );

  it(
    'read back every claim written as CSV, quoted fields with commas, quotes and line breaks included, each with the line it starts on',
    () => {
      const field = fc.oneof(hostile, fc.constantFrom('a,b', 'say "hi"', 'two\nlines', 'cr\ronly', 'crlf\r\nend', '', ' padded '));
      const row = fc.record({ source: field, subject: field, attribute: field, value: field, quote: field });
      fc.assert(
        fc.property(fc.array(row, { minLength: 1, maxLength: 5 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean(), (rows, eol, bom) => {
          const cell = (v: string) => `"${v.replace(/"/g, '""')}"`;
          const text = `${bom ? '\ufeff' : ''}source,subject,attribute,value,quote${eol}${rows.map((r) => [r.source, r.subject, r.attribute, r.value, r.quote].map(cell).join(',')).join(eol)}${eol}`;
          const read = outcome(() => readClaims('claims.csv', text));
          if ('error' in read) {
            // Only a NUL, or a control character at the start of the file, refuses it.
            expect(read.error).toMatch(/^ not a claims file: (a control character|it holds a NUL)/);
            return;
          }
          // Empty fields are left out (a claim's value excepted), as the schema has them optional.
          expect(read.ok.claims).toEqual(rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k, v]) => v !== '' || k === 'value'))));
          let line = 2;
          const lines = rows.map((r) => {
            const at = line;
            line += 1 + Object.values(r).reduce((n, v) => n + (v.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
            return at;
          });
          expect(read.ok.lines).toEqual(lines);
        }),
        params(),
      );
    },
    budget(1),
  );

  it(
    'say "not a claims file" for bytes that are not UTF-8 text, naming only where',
    () => {
      const binary = fc.uint8Array({ minLength: 1, maxLength: 200 }).filter((b) => {
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(b);
          return b.includes(0);
        } catch {
          return true;
        }
      });
      fc.assert(
        fc.property(binary, fc.constantFrom(...NAMES), fc.array(fc.nat(), { maxLength: 4 }), (bytes, name, at) => {
          const result = outcome(() => readBytes(name, cut(bytes, at)));
          expect('error' in result).toBe(true);
          expect((result as { error: string }).error).toMatch(
            /^(?: not a claims file: (?:(?:a NUL byte|a byte that is not UTF-8|a UTF-8 sequence cut short) at offset [\d,]+ \(line \d+\); claims files are UTF-8 text|it is UTF-16 text \(it starts with a UTF-16 byte-order mark\); save it as UTF-8)|\d+: not a claims file: the first line is neither JSON nor a CSV header naming columns such as source, subject, attribute, value)$/,
          );
        }),
        params(),
      );
    },
    budget(1),
  );

  it('give one answer for an empty file in every format: white space, line breaks and a byte-order mark only', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(' ', '\t', '\n', '\r', '\r\n', '\u00a0', '\u3000'), { maxLength: 6 }), fc.boolean(), fc.constantFrom(...NAMES), (spaces, bom, name) => {
        expect(outcome(() => readClaims(name, `${bom ? '\ufeff' : ''}${spaces.join('')}`))).toEqual({ error: ' empty file: no claims' });
      }),
      params(),
    );
  }, budget(1));

  it('refuse a CSV header that names a column twice, naming the column', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(['source', 'subject', 'attribute', 'value', 'id', 'kind', 'quote', 'negated', 'confidence'], { minLength: 1 }), fc.nat(), fc.constantFrom('', ' ', 'S'), (columns, k, variant) => {
        const twice = columns[k % columns.length]!;
        const again = variant === 'S' ? twice.toUpperCase() : `${variant}${twice}`;
        const result = outcome(() => readClaims('claims.csv', `${[...columns, again].join(',')}\n${[...columns, again].map(() => 'x').join(',')}\n`));
        expect(result).toEqual({ error: `1: the column '${twice}' appears twice in the header; each column may appear once` });
      }),
      params(),
    );
  }, budget(1));

  it('name the line and column of truncated JSON', () => {
    fc.assert(
      fc.property(fc.array(validClaim, { minLength: 1, maxLength: 4 }), fc.nat(), fc.constantFrom('claims.json', '<stdin>'), (claims, at, name) => {
        const whole = JSON.stringify(claims, null, 2);
        const text = whole.slice(0, 1 + (at % (whole.length - 1)));
        const result = outcome(() => readClaims(name, text));
        expect('error' in result ? result.error : '').toMatch(/^(\d+:\d+: invalid JSON|\d+:(\d+:)? invalid JSON line) \(/);
      }),
      params(),
    );
  }, budget(2));
});
