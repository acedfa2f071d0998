import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../src/check';
import { readClaims } from '../src/cli/read';
import { createDefaultRegistry } from '../src/kinds/builtins';
import { formatReport } from '../src/report/format';
import { REPORT_FORMATS } from '../src/report/format';
import type { ClaimInput } from '../src/schema';
import { published } from './helpers';

// Long hostile strings: repeated separators, unclosed brackets, digit runs, near-miss patterns,
// each built for a size n (its length grows in proportion to n).
const HOSTILE: readonly ((n: number) => string)[] = [
  (n) => '1'.repeat(n),
  (n) => '('.repeat(n),
  (n) => `${'1,'.repeat(n)}x`,
  (n) => `${'12:'.repeat(n)}x`,
  (n) => 'Friday '.repeat(n / 5),
  (n) => `${'a '.repeat(n)}!`,
  (n) => `${"Baldwin's ".repeat(n / 10)}`,
  (n) => `${'#'.repeat(n)}1x`,
  (n) => `${'-'.repeat(n)}1`,
  (n) => `${'12.'.repeat(n)}`,
  (n) => `${'July 12-'.repeat(n / 8)}`,
  (n) => `${'"'.repeat(n)}`,
  (n) => `${' in the'.repeat(n / 7)} hotel`,
  (n) => `${'\u00a0'.repeat(n)}x`,
  (n) => `${'0737 '.repeat(n / 5)}GMT`,
  (n) => `${'5 miles north of '.repeat(n / 17)}Of`,
  (n) => `${' on the tip of'.repeat(n / 14)} X`,
  (n) => `${'km2 '.repeat(n / 4)}x`,
  (n) => `${'1 square '.repeat(n / 9)}foot`,
  (n) => `${'no one '.repeat(n / 7)}`,
  (n) => `${'two dozen or '.repeat(n / 13)}`,
  (n) => `${'a hospital'.repeat(n / 10)}x`,
  (n) => `${'unclear not '.repeat(n / 12)}clear`,
  (n) => `${'Go Lo '.repeat(n / 6)}GoLo`,
  (n) => `${'non-'.repeat(n / 4)}fatal`,
  (n) => `${'not seriously '.repeat(n / 14)}injured`,
  (n) => `${'Night Club '.repeat(n / 11)}nightclub`,
];

// Linear time is checked by growth, never by a clock: the time at FACTOR times the input over
// the time at the input. Linear code grows about FACTOR-fold (engine effects on long strings —
// garbage collection, string flattening, V8's regexp tiers — add up to a few times that);
// quadratic code grows FACTOR²-fold. With FACTOR 16, linear code measures about 15–80 here and
// quadratic code about 200–300, so the bound is 6 × FACTOR.
const FACTOR = 16;
const BOUND = 6 * FACTOR;

// A unique prefix makes every run's input new, so no cache serves a repeat (crosscheck's fold
// and key caches, V8's regexp and string caches): each run costs what a first reading costs.
let salt = 0;
const fresh = (s: string) => `${salt++} ${s}`;

/** The least time of three batches, each running `run` once on each of `count` fresh copies of `input`, per run. */
function perRun(input: string, count: number, run: (input: string) => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const inputs = Array.from({ length: count }, () => fresh(input));
    const t = performance.now();
    for (const x of inputs) run(x);
    best = Math.min(best, performance.now() - t);
  }
  return best / count;
}

/**
 * Growth of `run` from `small` to `large` (the same hostile input at n and FACTOR·n). The small
 * input runs in batches of FACTOR, as many characters as one large run, so that timer and
 * scheduling noise weigh the same on both. A run that returns at once on the small input (a kind
 * that gives up early) is floored at a plain pass over that input, JSON.stringify, so reading a
 * long input in full is not mistaken for superlinear time. A growth over BOUND is measured twice
 * more before it counts, so that one garbage collection or busy moment cannot fail the test.
 */
function growth(run: (input: string) => void, small: string, large: string): number {
  run(fresh(small));
  run(fresh(large));
  let least = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3 && least > BOUND; attempt++) {
    const base = Math.max(perRun(small, FACTOR, run), perRun(small, FACTOR, (x) => JSON.stringify(x)));
    least = Math.min(least, perRun(large, 1, run) / base);
  }
  return least;
}

const where = (raw: string) => `${JSON.stringify(raw.slice(0, 12))}… (${raw.length} chars)`;

describe('long adversarial input', () => {
  // At n = 1,000 the large inputs (16,000 repeats, at most 48,000 characters) stay under the
  // size at which V8 puts a string in its large-object space (128 KB): past it, every copy of
  // the input (folding makes several) costs a fixed extra that reads as growth, not as work.
  const n = 1_000;

  it('parses in linear time with every kind', () => {
    const registry = createDefaultRegistry();
    const ctx = published('2024-07-13');
    for (const kind of registry.names()) {
      const def = registry.require(kind);
      const run = (raw: string) => {
        def.detect(raw);
        def.parse(raw, ctx);
      };
      for (const hostile of HOSTILE) {
        const small = hostile(n);
        expect(growth(run, small, hostile(n * FACTOR)), `${kind} on ${where(small)}: ×${FACTOR} input`).toBeLessThan(BOUND);
      }
    }
  });

  it('checks claims made of them in linear time, in every field, and formats the report in linear time', () => {
    // Every hostile string in every field, and a report in every format, at n and FACTOR·n.
    const claims = (size: number): ClaimInput[] =>
      HOSTILE.flatMap((hostile, i) => {
        const raw = fresh(hostile(size));
        return [
          { id: `s${i}`, source: raw, subject: 'x', attribute: 'a', value: 'v' },
          { id: `u${i}`, source: 'a', subject: raw, attribute: 'date', value: raw },
          { id: `a${i}`, source: 'b', subject: 'x', attribute: raw, value: raw, quote: raw },
          { id: `e${i}`, source: 'c', subject: raw, attribute: 'age', value: raw, kind: 'number' as const },
        ];
      });
    // Fewer repeats than above: 68 claims, each string in several fields, make a larger input.
    const small = n / 4;
    const clock = (times: Map<string, number>, step: string, run: () => void) => {
      const t = performance.now();
      run();
      times.set(step, Math.min(times.get(step) ?? Number.POSITIVE_INFINITY, performance.now() - t));
    };
    // The least time of two runs per step, each run on new claims (no cache serves a repeat).
    const measure = (size: number) => {
      const times = new Map<string, number>();
      for (let i = 0; i < 2; i++) {
        const input = claims(size);
        let report: ReturnType<typeof checkConsistency> | undefined;
        clock(times, 'check', () => (report = checkConsistency(input)));
        for (const format of REPORT_FORMATS) clock(times, `format ${format}`, () => formatReport(report!, format));
      }
      return times;
    };
    measure(small); // warm-up
    const least = new Map<string, number>();
    for (let attempt = 0; attempt < 3 && (attempt === 0 || [...least.values()].some((g) => g > BOUND)); attempt++) {
      const a = measure(small);
      const b = measure(small * FACTOR);
      for (const [step, t] of a) least.set(step, Math.min(least.get(step) ?? Number.POSITIVE_INFINITY, b.get(step)! / t));
    }
    for (const [step, g] of least) expect(g, `${step}: ×${FACTOR} input`).toBeLessThan(BOUND);
  });

  it('reads hostile claim files in linear time', () => {
    const readers: [string, (raw: string) => void][] = [
      ['json', (raw) => readClaims('x.json', JSON.stringify([{ source: raw, subject: raw, attribute: raw, value: raw }]))],
      ['csv', (raw) => readClaims('x.csv', `source,subject,attribute,value\n"${raw.replace(/"/g, '""')}",x,y,z\n`)],
      [
        'broken json',
        (raw) => {
          try {
            readClaims('x.json', `[${raw}`);
          } catch {
            // a syntax error is fine; a slow one is not
          }
        },
      ],
    ];
    for (const [format, read] of readers) {
      for (const hostile of HOSTILE) {
        const small = hostile(n);
        expect(growth(read, small, hostile(n * FACTOR)), `${format} file of ${where(small)}: ×${FACTOR} input`).toBeLessThan(BOUND);
      }
    }
  });
});
