import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../../src/check';
import { createDefaultRegistry } from '../../src/kinds/builtins';
import type { Comparison } from '../../src/kinds/registry';
import { keysMatch, similarTokens } from '../../src/link/block';
import { alikeWords } from '../../src/link/profile/blocks';
import { groupSeverity } from '../../src/judge/severity';
import { ClaimTable, type Relations, type WorkPosition } from '../../src/model';
import { fold } from '../../src/normalize/text';
import type { ClaimInput } from '../../src/schema';
import { withinEdits } from '../../src/util/edit';
import { published } from '../helpers';

// Super-linear paths an audit found (issue 12), each kept linear, or quadratic where the output is
// quadratic (a group's relation table), and checked here by growth: counted steps where the work can
// be counted from outside, else the time at 10× the input over the time at the input, never a clock.
// Linear code grows about 10-fold (engine effects on long strings add up to a few times that), the
// quadratic paths these replace grew 100-fold or timed out, so the bound is 40. Timing tests run in
// one time zone: nothing here reads a date, and three runs would triple the slowest part.
const FACTOR = 10;
const BOUND = 40;
const KB = 1024;
const oneZone = process.env.CROSSCHECK_TEST_ZONE === undefined || process.env.CROSSCHECK_TEST_ZONE === 'UTC';

/** Seeded letters a-z: one long "word" with no structure for caches or repeats to exploit. */
function randomWord(length: number, seed: number): string {
  let a = seed >>> 0;
  const out: string[] = [];
  for (let i = 0; i < length; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out.push(String.fromCharCode(97 + ((((t ^ (t >>> 14)) >>> 0) % 26) | 0)));
  }
  return out.join('');
}

/** `word` with the letter in the middle changed: two long, almost identical values. */
function nearly(word: string): string {
  const m = word.length >> 1;
  return `${word.slice(0, m)}${word[m] === 'q' ? 'x' : 'q'}${word.slice(m + 1)}`;
}

// A unique prefix makes every run's input new, so no cache serves a repeat.
let salt = 0;
const fresh = () => `${salt++}`;

/** The least time of three batches of `count` runs of `run`, each on a fresh input made (untimed) by `make`, per run. */
function perRun<T>(count: number, make: (salt: string) => T, run: (input: T) => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const inputs = Array.from({ length: count }, () => make(fresh()));
    const t = performance.now();
    for (const x of inputs) run(x);
    best = Math.min(best, performance.now() - t);
  }
  return best / count;
}

/**
 * Time of `run` on an input of size FACTOR·n over its time at n (inputs made by `make`, untimed);
 * the small size runs in batches of FACTOR so that timer noise weighs the same on both. Measured up
 * to three times while over BOUND, so that one garbage collection or busy moment cannot fail it.
 */
function growth<T>(make: (size: number, salt: string) => T, run: (input: T) => void, n: number): number {
  run(make(n, fresh()));
  run(make(n * FACTOR, fresh()));
  let least = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3 && least > BOUND; attempt++) {
    const small = perRun(FACTOR, (s) => make(n, s), run);
    const large = perRun(1, (s) => make(n * FACTOR, s), run);
    least = Math.min(least, large / Math.max(small, 0.01));
  }
  return least;
}

/** Growth of a function of two strings, made per size. */
const pairGrowth = (make: (size: number, salt: string) => [string, string], run: (a: string, b: string) => void) =>
  growth(make, ([a, b]) => run(a, b), 10 * KB);

describe.runIf(oneZone)('super-linear paths stay linear (10 KB against 100 KB)', () => {
  it('decides edit distance on long, almost identical values in linear time (withinEdits, and every kind and key that asks it)', () => {
    const registry = createDefaultRegistry();
    const ctx = published('2024-07-13');
    const nearPair = (seed: number) => (size: number, s: string): [string, string] => {
      const word = `${s}${randomWord(size, seed)}`;
      return [word, nearly(word)];
    };
    const compareKind = (kind: string) => (a: string, b: string) => {
      const def = registry.require(kind);
      const x = def.parse(a, ctx);
      const y = def.parse(b, ctx);
      if (x.ok && y.ok) def.compare(x.value, y.value, { tolerance: undefined });
    };
    const paths: [string, (size: number, s: string) => [string, string], (a: string, b: string) => void][] = [
      ['withinEdits, k = 2', nearPair(1), (a, b) => withinEdits(a, b, 2)],
      ['withinEdits, k = 10 % of the length', nearPair(2), (a, b) => withinEdits(a, b, a.length / 10)],
      ['withinEdits, a…a! against a…az', (size, s) => [`${s}${'a'.repeat(size)}!`, `${s}${'a'.repeat(size)}z`], (a, b) => withinEdits(a, b, 2)],
      ['withinEdits, rotated by one (no common prefix or suffix)', (size, s) => [`x${s}${'ab'.repeat(size / 2)}`, `${s}${'ab'.repeat(size / 2)}y`], (a, b) => withinEdits(a, b, 2)],
      ['keysMatch', (size, s) => [`${s}${'a'.repeat(size)}`, `${s}${'a'.repeat(size)}z`], (a, b) => keysMatch({ key: a, tokens: [a] }, { key: b, tokens: [b] })],
      ['alikeWords (profile linker)', nearPair(3), (a, b) => alikeWords(a, b)],
      ['text kind', nearPair(4), compareKind('text')],
      ['name kind', nearPair(5), compareKind('name')],
      ['place kind', nearPair(6), compareKind('place')],
    ];
    for (const [name, make, run] of paths) expect(pairGrowth(make, run), `${name}: ×${FACTOR} input`).toBeLessThan(BOUND);
  });

  it('reads abbreviations and the words that make a noun another thing in linear time (a cold review: a 120 KB pair took 8.7 s)', () => {
    const registry = createDefaultRegistry();
    const ctx = published('2024-07-13');
    // Distinct words of four letters, the salt as a word of its own.
    const letters = (i: number) => Array.from({ length: 4 }, (_, k) => String.fromCharCode(98 + (Math.floor(i / 20 ** k) % 20))).join('');
    const words = (size: number, s: string, shape: (w: string) => string) => [`x${s}`, ...Array.from({ length: Math.floor(size / 6) }, (_, i) => shape(letters(i)))].join(' ');
    const compareText = (a: string, b: string) => {
      const def = registry.require('text');
      const x = def.parse(a, ctx);
      const y = def.parse(b, ctx);
      if (x.ok && y.ok) def.compare(x.value, y.value, { tolerance: undefined });
    };
    const paths: [string, (size: number, s: string) => [string, string]][] = [
      ['"<w>." against "<w>zzz"', (size, s) => [words(size, s, (w) => `${w}.`), words(size, s, (w) => `${w}zzz`)]],
      ['"vice<w> <w>" against "<w>"', (size, s) => [words(size, s, (w) => `vice${w} ${w}`), words(size, s, (w) => w)]],
      ['"no <w>" against "<w>"', (size, s) => [words(size, s, (w) => `no ${w}`), words(size, s, (w) => w)]],
    ];
    for (const [name, make] of paths) expect(pairGrowth(make, compareText), `${name}: ×${FACTOR} input`).toBeLessThan(BOUND);
  });

  it('builds the spelling index over long words in linear time (no deletion neighbourhood of a long token)', () => {
    const paths: [string, (size: number, s: string) => string[]][] = [
      ['one long random word', (size, s) => [`${s}${randomWord(size, 4)}`]],
      ['a…a and a…az', (size, s) => [`${s}${'a'.repeat(size)}`, `${s}${'a'.repeat(size)}z`]],
      ['two long words one letter apart', (size, s) => [`${s}${randomWord(size, 5)}`, nearly(`${s}${randomWord(size, 5)}`)]],
    ];
    for (const [name, make] of paths) {
      expect(growth(make, (tokens) => similarTokens(tokens, { keyComparisons: 0 }), 10 * KB), `${name}: ×${FACTOR} input`).toBeLessThan(BOUND);
    }
  });

  it('finds close spellings of long tokens as the deletion index would (exact, not a heuristic)', () => {
    const base = randomWord(60, 6);
    const close = [nearly(base), `${base}xy`, base.slice(1), `${base.slice(0, 20)}${base.slice(22)}`, `q${base.slice(0, 30)}r${base.slice(30)}`];
    const far = [`${base}xyz`, `abc${base.slice(3, 40)}def${base.slice(43)}`];
    const similar = similarTokens([base, ...close, ...far], { keyComparisons: 0 });
    expect([...(similar.get(base) ?? [])].sort()).toEqual([...close].sort());
    // A token of 31 letters (in the deletion index) is still found from one of 33 (in the segment index).
    const short = randomWord(31, 7);
    expect(similarTokens([short, `${short}ab`], { keyComparisons: 0 }).get(short)).toEqual([`${short}ab`]);
  });

  it('checks claims whose subject, attribute or alias is one long word in linear time, with every linking', () => {
    const claims = (size: number, s: string, where: 'subject' | 'attribute' | 'alias'): [ClaimInput[], string[][]] => {
      const word = `${s}${randomWord(size, 8)}`;
      const c: ClaimInput[] = [
        { id: 'a', source: 'a', subject: where === 'subject' ? word : 'x', attribute: where === 'attribute' ? word : 'age', value: 3 },
        { id: 'b', source: 'b', subject: where === 'subject' ? nearly(word) : 'x', attribute: where === 'attribute' ? nearly(word) : 'age', value: 4 },
        { id: 'c', source: 'c', subject: `${s}${'a'.repeat(size)}!`, attribute: 'age', value: 5 },
        { id: 'd', source: 'd', subject: `${s}${'a'.repeat(size)}z`, attribute: 'age', value: 6 },
      ];
      return [c, where === 'alias' ? [[word, 'x']] : []];
    };
    for (const linking of ['spelling', 'profile'] as const) {
      for (const where of ['subject', 'attribute', 'alias'] as const) {
        const run = ([c, aliases]: [ClaimInput[], string[][]]) => checkConsistency(c, { linking, aliases });
        expect(growth((size, s) => claims(size, s, where), run, 10 * KB), `${where} made of one long word, linking ${linking}: ×${FACTOR} input`).toBeLessThan(BOUND);
      }
    }
  });

  it('reads long subjects in the profile linker in linear time: long words, many words, near-identical mentions', () => {
    const words = (size: number, seed: number) => {
      const out: string[] = [];
      let length = 0;
      for (let k = 0; length < size; k++) {
        const w = randomWord(3 + ((seed + k * 7) % 8), seed * 1000 + k);
        out.push(w);
        length += w.length + 1;
      }
      return out.join(' ');
    };
    const shapes: [string, (size: number, s: string) => ClaimInput[], number][] = [
      [
        'a long word beside a head noun and a name',
        (size, s) => {
          const w = `${s}${randomWord(size, 9)}`;
          return [
            { id: 'a', source: 'a', subject: `the ${w} victim`, attribute: 'age', value: 30 },
            { id: 'b', source: 'b', subject: `the ${nearly(w)} victim`, attribute: 'age', value: 31 },
            { id: 'c', source: 'c', subject: `Q${w} Smith`, attribute: 'age', value: 30 },
            { id: 'd', source: 'd', subject: `Q${nearly(w)} Smith`, attribute: 'age', value: 32 },
          ];
        },
        10 * KB,
      ],
      [
        'thousands of words in a subject and an attribute',
        (size, s) => {
          const a = `${s} ${words(size, 1)}`;
          const b = `${s} ${words(size, 2)}`;
          return [
            { id: 'a', source: 'a', subject: a, attribute: 'age', value: 30 },
            { id: 'b', source: 'b', subject: b, attribute: 'age', value: 31 },
            { id: 'c', source: 'c', subject: `${a} girl`, attribute: 'age', value: 30 },
            { id: 'd', source: 'd', subject: `the injured girl ${b}`, attribute: a, value: 32 },
          ];
        },
        2 * KB,
      ],
    ];
    // Thousands of words make the spelling index the main cost, about 40 ms a kilobyte here: 2 KB against 20 KB.
    for (const [name, claims, n] of shapes) {
      expect(growth(claims, (c) => checkConsistency(c), n), `${name}: ×${FACTOR} input`).toBeLessThan(BOUND);
    }
  });

  it('folds runs of combining marks in linear time (normalization reorders a run by insertion sort)', () => {
    const runs: [string, (size: number) => string][] = [
      ['one accent repeated', (size) => `e${'\u0301'.repeat(size)}`],
      ['two accents of different classes, alternating', (size) => `e${'\u0301\u0316'.repeat(size / 2)}`],
      ['accents of many classes', (size) => `a${'\u0316\u0301\u0327\u0334\u0345\u05B0'.repeat(size / 6)}`],
    ];
    for (const [name, text] of runs) {
      expect(growth((size, s) => `${s}${text(size)}`, fold, 10 * KB), `fold, ${name}: ×${FACTOR} input`).toBeLessThan(BOUND);
      if (name !== 'two accents of different classes, alternating') continue;
      const claims = (size: number, s: string): ClaimInput[] => [
        { id: 'a', source: 'a', subject: `${s}x${text(size)}`, attribute: `note${text(size)}`, value: `${s}${text(size)}` },
        { id: 'b', source: 'b', subject: `${s}x`, attribute: 'note', value: `f${text(size)}` },
      ];
      expect(growth(claims, (c) => checkConsistency(c), 10 * KB), `check, ${name} in every field: ×${FACTOR} input`).toBeLessThan(BOUND);
    }
  });

  it('keeps a crowd of claims on one value linear (support, positions, source tally)', () => {
    const crowd = (size: number, s: string) => {
      const claims: ClaimInput[] = [];
      for (let i = 0; i < size; i++) claims.push({ id: `c${i}`, source: `${s}s${i}`, subject: 'x', attribute: 'count', value: i % 2 === 0 ? 5 : 7 });
      return claims;
    };
    expect(growth(crowd, (c) => checkConsistency(c), 1_000), `1,000 against 10,000 claims from as many sources on two values`).toBeLessThan(BOUND);
  });

  it('calls fastest-levenshtein only through withinEdits, which bounds its input', () => {
    const src = resolve(import.meta.dirname, '../../src');
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
      });
    const callers = files(src).filter((f) => /from 'fastest-levenshtein'/.test(readFileSync(f, 'utf8')));
    expect(callers.map((f) => relative(src, f))).toEqual(['util/edit.ts']);
  });
});

/**
 * A group of `n` distinct values, each source in two positions. `round`: all contradict each other but
 * for every tenth value, compatible with the nine after it (as 1000 is with 1001-1009). `clusters`: two
 * halves of mutually compatible values (a tolerance) that contradict each other, each source in both.
 */
function manyValues(n: number, shape: 'round' | 'clusters'): { positions: WorkPosition[]; relations: Relations & { gets: number }; table: ClaimTable } {
  const table = new ClaimTable();
  const positions: WorkPosition[] = [];
  for (let i = 0; i < n; i++) {
    const source = shape === 'round' ? `s${i >> 1}` : `s${i % (n / 2)}`;
    const handle = table.push({ source, subject: 'x', attribute: 'count', value: i }, `c${i}`, true, i);
    positions.push({ key: String(i), value: { kind: 'number', data: i, key: String(i), specificity: 1, negated: false, members: undefined }, claims: [handle], sources: [source], display: String(i) });
  }
  table.settle();
  const round = (i: number) => i - (i % 10);
  const relation = (i: number, j: number): Comparison['relation'] => {
    if (i === j) return 'same';
    if (shape === 'clusters') return (i < n / 2) === (j < n / 2) ? 'compatible' : 'conflict';
    return (i % 10 === 0 && round(j) === i) || (j % 10 === 0 && round(i) === j) ? 'compatible' : 'conflict';
  };
  const cache = new Map<string, Comparison>();
  const comparison = (r: Comparison['relation']) => {
    let c = cache.get(r);
    if (c === undefined) cache.set(r, (c = { relation: r } as Comparison));
    return c;
  };
  const relations = {
    gets: 0,
    get(i: number, j: number) {
      relations.gets++;
      return comparison(relation(i, j));
    },
  };
  return { positions, relations, table };
}

describe('conflict severity in a group of many distinct values', () => {
  it('reads the relation table O(P²) times, not O(P³): counted at P and 10·P positions', () => {
    const kind = createDefaultRegistry().require('number');
    for (const shape of ['round', 'clusters'] as const) {
      const count = (n: number) => {
        const { positions, relations, table } = manyValues(n, shape);
        const severity = groupSeverity(positions, relations, () => kind, table);
        return { gets: relations.gets, severity };
      };
      const small = count(60);
      const large = count(600);
      // Quadratic: about FACTOR² as many reads (visiting every position per pair read FACTOR³ as many: 1,041×).
      expect(large.gets / small.gets, shape).toBeLessThan(FACTOR * FACTOR * 1.5);
      // A few times P²: the agreeing lists read every pair once, each conflict its own, its sources and sides a few more.
      expect(large.gets, shape).toBeLessThan(6 * 600 * 600);
      expect(small.severity?.shared.length, shape).toBeGreaterThan(0);
      // Round values: some pair has no source on both sides (high); clusters: every source is on both.
      expect(large.severity?.severity, shape).toBe(shape === 'round' ? 'high' : 'medium');
    }
  });
});
