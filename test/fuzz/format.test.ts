import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../../src/check';
import { toJsonSchema, SCHEMA_NAMES } from '../../src/jsonschema';
import { csvField } from '../../src/report/csv';
import { formatReport, REPORT_FORMATS } from '../../src/report/format';
import { safeUrl } from '../../src/report/html';
import type { ConsistencyReport } from '../../src/report/schema';
import { sha256Base64 } from '../../src/util/sha256';
import { parseCsv } from '../helpers';
import { budget, hostile, hostileReportInput, INJECTIONS, params } from './arbitraries';

/** Characters a terminal acts on: what the text and Markdown reports must never print raw (line feeds are theirs). */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const TAGS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'header', 'h1', 'h2', 'h3', 'p', 'div', 'b', 'span', 'section', 'nav', 'label', 'input', 'article', 'code', 'ul', 'li', 'blockquote', 'footer', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'br', 'details', 'summary', 'a', 'script', 'button']);
const ATTRIBUTES = new Set(['id', 'lang', 'charset', 'name', 'content', 'http-equiv', 'class', 'aria-label', 'type', 'checked', 'title', 'scope', 'style', 'href', 'rel', 'hidden']);

/**
 * The page is inert whatever the input: only its own tags and attributes (no event handler, no
 * other element), every attribute value quoted, links only to http(s), one script, the one the
 * Content-Security-Policy names by its hash, and every other "<" escaped.
 */
function expectInertHtml(html: string): void {
  const scripts = html.match(/<script\b/gi) ?? [];
  expect(scripts.length).toBe(1);
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)![1]!;
  expect(csp).not.toContain('unsafe-inline\'; img');
  expect(csp).toContain(`script-src 'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`);
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  let rest = html.replace(/<script>[\s\S]*?<\/script>/, '').replace(/<style>[\s\S]*?<\/style>/, '').replace(/^<!doctype html>/, '');
  rest = rest.replace(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z-]+(?:="[^"]*")?)*)\s*>/g, (_, __, tag: string, attributes: string) => {
    expect(TAGS.has(tag.toLowerCase()), `tag <${tag}>`).toBe(true);
    for (const [, name, value] of attributes.matchAll(/\s+([a-zA-Z-]+)(?:="([^"]*)")?/g)) {
      const n = name!.toLowerCase();
      expect(ATTRIBUTES.has(n) || n.startsWith('data-'), `attribute ${n}`).toBe(true);
      if (n === 'href') {
        // http(s), or a relative reference, which takes the page's own scheme (http(s) or file): never another.
        const href = value!.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
        expect(new URL(href, 'https://page.example/').protocol).toMatch(/^https?:$/);
        expect(new URL(href, 'file:///report/').protocol).toMatch(/^(https?|file):$/);
      }
      if (n === 'style') expect(value).toMatch(/^background:hsl\([\d .%]+\)$/);
    }
    return '';
  });
  // Whatever is left is text: no markup survives from the input.
  expect(rest).not.toContain('<');
  expect(rest).not.toContain('>');
}

function expectGuardedCsv(csv: string, report: ConsistencyReport): void {
  const rows = parseCsv(csv);
  const rowsExpected = report.conflicts.reduce((n, c) => n + report.groups.find((g) => g.id === c.group)!.positions.reduce((m, p) => m + (p.evidence?.length ?? 0), 0), 0);
  expect(rows.length).toBe(1 + rowsExpected);
  for (const row of rows) {
    expect(row.length).toBe(15);
    for (const cell of row) if (/^[=+\-@\t\r\0]/.test(cell)) expect(cell, 'an unguarded formula').toMatch(/^-?\d+(\.\d+)?$/);
  }
}

function render(report: ConsistencyReport) {
  return Object.fromEntries(REPORT_FORMATS.map((f) => [f, formatReport(report, f)])) as Record<(typeof REPORT_FORMATS)[number], string>;
}

describe('every format is safe with hostile input', () => {
  it(
    'HTML is inert, CSV is guarded, text and Markdown print no control character, JSON round-trips and prints none',
    () => {
      fc.assert(
        fc.property(hostileReportInput, ({ claims, options }) => {
          const report = checkConsistency(claims as never, options as never);
          const out = render(report);
          expectInertHtml(out.html);
          expectGuardedCsv(out.csv, report);
          expect(out.text).not.toMatch(RAW_CONTROL);
          expect(out.markdown).not.toMatch(RAW_CONTROL);
          const colored = formatReport(report, 'text', { color: true });
          expect(colored.replace(/\u001b\[\d+m/g, '')).not.toMatch(RAW_CONTROL);
          expect(out.json).not.toMatch(RAW_CONTROL);
          expect(JSON.stringify(JSON.parse(out.json))).toBe(JSON.stringify(report));
        }),
        params(),
      );
    },
    budget(10),
  );

  it('an HTML title is escaped like any other text', () => {
    const report = checkConsistency([{ id: 'x', source: 'a', subject: 'S', attribute: 'age', value: 1 }]);
    fc.assert(
      fc.property(hostile, (title) => {
        expectInertHtml(formatReport(report, 'html', { title }));
      }),
      params(),
    );
  }, budget(3));

  it('a CSV field starting with = + - @ tab CR or NUL is guarded, unless it is a plain decimal number; every field reads back', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.constantFrom(...INJECTIONS), fc.double().map(String), fc.integer().map(String)), (text) => {
        const field = csvField(text);
        const [[back]] = parseCsv(`${field}\r\n`) as [[string]];
        if (/^[=+\-@\t\r\0]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) expect(back).toBe(`'${text}`);
        else expect(back).toBe(text);
      }),
      params(),
    );
  }, budget(1));

  it('only http(s) URLs and relative references become links, as a browser would parse them', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.webUrl(), fc.constantFrom(...INJECTIONS)), fc.constantFrom('', ' ', '\t', '\u0000', '\n'), (url, pad) => {
        const href = safeUrl(pad + url + pad);
        if (href !== undefined) {
          expect(new URL(href, 'https://page.example/').protocol).toMatch(/^https?:$/);
          expect(new URL(href, 'file:///report/').protocol).toMatch(/^(https?|file):$/);
        }
        // A URL parser drops leading C0 controls and spaces (not other white space) and every tab and line break.
        if (/^[\u0000-\u0020]*[a-z]*script:/i.test(url.replace(/[\t\n\r]/g, ''))) expect(href).toBeUndefined();
      }),
      params(),
    );
  }, budget(1));

  it('the script hash is SHA-256 as node:crypto computes it', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string({ unit: 'binary', maxLength: 300 })), (text) => {
        expect(sha256Base64(text)).toBe(createHash('sha256').update(text, 'utf8').digest('base64'));
      }),
      params(),
    );
  }, budget(1));
});

describe('formatReport refuses what is not a report or a format', () => {
  it('throws TypeError for a non-report and RangeError for an unknown format, and nothing else', () => {
    const report = checkConsistency([{ id: 'x', source: 'a', subject: 'S', attribute: 'age', value: 1 }]);
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.constant(report)), fc.oneof(fc.constantFrom(...REPORT_FORMATS), hostile), (r, format) => {
        try {
          expect(typeof formatReport(r as never, format as never)).toBe('string');
        } catch (error) {
          if (error instanceof TypeError) expect(error.message).toMatch(/^formatReport: /);
          else if (error instanceof RangeError) expect(error.message).toMatch(/^formatReport: unknown format /);
          else throw error;
        }
      }),
      params(),
    );
  }, budget(1));
});

describe('toJsonSchema', () => {
  it('gives the same JSON-serializable schema for every known name and a RangeError for any other', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...SCHEMA_NAMES), hostile, fc.anything()), (name) => {
        if ((SCHEMA_NAMES as readonly unknown[]).includes(name)) {
          const schema = toJsonSchema(name as never);
          expect(JSON.stringify(JSON.parse(JSON.stringify(schema)))).toBe(JSON.stringify(toJsonSchema(name as never)));
        } else {
          expect(() => toJsonSchema(name as never)).toThrow(RangeError);
        }
      }),
      params(),
    );
  }, budget(3));
});
