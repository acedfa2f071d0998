import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../src/check';
import { readClaims } from '../src/cli/read';
import { createDefaultRegistry } from '../src/kinds/builtins';
import { formatReport } from '../src/report/format';
import { REPORT_FORMATS } from '../src/report/format';
import { published } from './helpers';

// Long hostile strings: repeated separators, unclosed brackets, digit runs, near-miss patterns.
const N = 50_000;
const HOSTILE = [
  '1'.repeat(N),
  '('.repeat(N),
  `${'1,'.repeat(N)}x`,
  `${'12:'.repeat(N)}x`,
  'Friday '.repeat(N / 5),
  `${'a '.repeat(N)}!`,
  `${"Baldwin's ".repeat(N / 10)}`,
  `${'#'.repeat(N)}1x`,
  `${'-'.repeat(N)}1`,
  `${'12.'.repeat(N)}`,
  `${'July 12-'.repeat(N / 8)}`,
  `${'"'.repeat(N)}`,
  `${' in the'.repeat(N / 7)} hotel`,
  `${'\u00a0'.repeat(N)}x`,
  `${'0737 '.repeat(N / 5)}GMT`,
  `${'5 miles north of '.repeat(N / 17)}Of`,
  `${' on the tip of'.repeat(N / 14)} X`,
];

function timed(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

describe('long adversarial input', () => {
  it('parses in linear time with every kind', () => {
    const registry = createDefaultRegistry();
    for (const kind of registry.names()) {
      const def = registry.require(kind);
      for (const raw of HOSTILE) {
        const ms = timed(() => {
          def.detect(raw);
          def.parse(raw, published('2024-07-13'));
        });
        expect(ms, `${kind} on ${JSON.stringify(raw.slice(0, 12))}… (${raw.length} chars)`).toBeLessThan(500);
      }
    }
  });

  it('checks claims made of them in linear time, in every field', () => {
    const claims = HOSTILE.flatMap((raw, i) => [
      { id: `s${i}`, source: raw, subject: 'x', attribute: 'a', value: 'v' },
      { id: `u${i}`, source: 'a', subject: raw, attribute: 'date', value: raw },
      { id: `a${i}`, source: 'b', subject: 'x', attribute: raw, value: raw, quote: raw },
      { id: `e${i}`, source: 'c', subject: raw, attribute: 'age', value: raw, kind: 'number' as const },
    ]);
    let report: ReturnType<typeof checkConsistency> | undefined;
    expect(timed(() => (report = checkConsistency(claims)))).toBeLessThan(5000);
    for (const format of REPORT_FORMATS) expect(timed(() => formatReport(report!, format))).toBeLessThan(2000);
  });

  it('reads hostile claim files in linear time', () => {
    for (const raw of HOSTILE) {
      const json = JSON.stringify([{ source: raw, subject: raw, attribute: raw, value: raw }]);
      expect(timed(() => readClaims('x.json', json))).toBeLessThan(500);
      expect(timed(() => readClaims('x.csv', `source,subject,attribute,value\n"${raw.replace(/"/g, '""')}",x,y,z\n`))).toBeLessThan(500);
      expect(timed(() => {
        try {
          readClaims('x.json', `[${raw}`);
        } catch {
          // a syntax error is fine; a slow one is not
        }
      })).toBeLessThan(500);
    }
  });
});
