import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// These run against dist/, which `npm test` builds first.
const root = fileURLToPath(new URL('..', import.meta.url));
const built = existsSync(`${root}dist/index.js`) && existsSync(`${root}dist/index.cjs`);

function node(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
}

const probe = `
  const claims = [
    { source: 'a', subject: 'Alec Baldwin', attribute: 'age', value: '66-year-old' },
    { source: 'b', subject: 'Alec Baldwin', attribute: 'age', value: 66 },
    { source: 'c', subject: 'Alec Baldwin', attribute: 'age', value: 58 },
  ];
  const r = m.checkConsistency(claims);
  console.log(JSON.stringify({ conflicts: r.summary.conflicts, consensus: r.groups[0].consensus.normalized, isError: new m.ClaimValidationError([]) instanceof Error, md: m.formatReport(r, 'markdown').startsWith('# crosscheck report') }));
`;
const expected = { conflicts: 1, consensus: '66', isError: true, md: true };

describe('the built package', () => {
  beforeAll(() => {
    if (!built) throw new Error('dist/ is missing: run `npm run build` first (`npm test` does)');
  });

  it('imports as ESM', () => {
    expect(JSON.parse(node(['--input-type=module', '-e', `import * as m from 'crosscheck'; ${probe}`]))).toEqual(expected);
  });

  it('requires as CommonJS', () => {
    expect(JSON.parse(node(['-e', `const m = require('crosscheck'); ${probe}`]))).toEqual(expected);
  });

  it('keeps the WordNet licence beside the lexicon derived from it, and the CLI imports the library instead of a copy', () => {
    for (const f of ['dist/index.js', 'dist/index.cjs']) expect(readFileSync(`${root}${f}`, 'utf8')).toContain('Princeton University');
    expect(readFileSync(`${root}THIRD_PARTY_NOTICES.md`, 'utf8')).toContain('WordNet');
    const cli = readFileSync(`${root}dist/cli.js`, 'utf8');
    expect(cli).toMatch(/from "\.\/index\.js"/);
    expect(cli).not.toContain('Princeton');
  });

  it('runs the seed example and prints the golden report', () => {
    const out = node(['examples/seeds/run.mjs']);
    expect(out).toBe(readFileSync(`${root}test/fixtures/seeds/expected.md`, 'utf8'));
  });

  it('runs the news examples: all six events, and one in full as Markdown equal to its golden report', () => {
    const all = node(['examples/news/run.mjs']);
    expect(all.match(/^== .+\.json$/gm)).toHaveLength(6);
    expect(all).toContain('55 km south of bireun');
    const one = node(['examples/news/run.mjs', 'sonoma', 'markdown']);
    expect(one).toBe(readFileSync(`${root}test/fixtures/news/sonoma-earthquake.md`, 'utf8'));
  });

  it("runs the README's example with the output the README shows", () => {
    const out = node(['examples/readme/example.mjs']);
    const head = JSON.parse(out.slice(0, out.indexOf('\n}\n') + 2)) as { summary: unknown; conflict: { code: string; severity: string }; issue: string };
    expect(head.summary).toEqual({ claims: 5, sources: 3, groups: 2, conflicts: 1, unverified: 0, consistent: 1, single: 0, issues: 1 });
    expect(head.conflict).toMatchObject({ code: 'date_mismatch', severity: 'high' });
    expect(head.issue).toBe('weekday_mismatch');
  });

  it('ships a CLI that checks a claims file', () => {
    let status = 0;
    let out = '';
    try {
      out = node(['dist/cli.js', 'check', 'examples/seeds/claims.json', '--format', 'markdown']);
    } catch (error) {
      status = (error as { status: number }).status;
      out = (error as { stdout: string }).stdout;
    }
    expect(status).toBe(1); // conflicts found
    expect(out).toBe(readFileSync(`${root}test/fixtures/seeds/expected.md`, 'utf8'));
  });
});
