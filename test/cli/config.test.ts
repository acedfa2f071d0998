import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// These spawn the built binary, dist/cli.js (npm test builds first), each in a working directory of its own.
const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
const base = mkdtempSync(join(tmpdir(), 'crosscheck-config-'));

/** A fresh working directory holding the given files. */
function project(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(base, 'p-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

function run(cwd: string, args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ages = [
  { source: 'a', subject: 'Alec Baldwin', attribute: 'age', value: 66 },
  { source: 'b', subject: 'Alec Baldwin', attribute: 'age', value: 58 },
];
const tolerant = { attributes: { age: { tolerance: { absolute: 10 } } } };

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first (`npm test` does)');
});

describe('crosscheck check finds ./crosscheck.config.json', () => {
  it('reads it from the working directory without --config', () => {
    const dir = project({ 'claims.json': ages, 'crosscheck.config.json': tolerant });
    expect(run(dir, ['check', 'claims.json']).status).toBe(0); // 66 and 58 within the configured 10
    expect(run(project({ 'claims.json': ages }), ['check', 'claims.json']).status).toBe(1); // no config: a conflict
  });

  it('does not read it with --no-config', () => {
    const dir = project({ 'claims.json': ages, 'crosscheck.config.json': tolerant });
    const r = run(dir, ['check', 'claims.json', '--no-config', '--format', 'json']);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).summary.conflicts).toBe(1);
  });

  it('reads --config instead of it, not both', () => {
    const dir = project({ 'claims.json': ages, 'crosscheck.config.json': tolerant, 'other.json': { consensus: 'vote' } });
    expect(run(dir, ['check', 'claims.json', '--config', 'other.json']).status).toBe(1);
  });

  it('lets flags override what it says', () => {
    const claims = [
      { source: 'a', subject: 'Alec Baldwin', attribute: 'age', value: 66 },
      { source: 'b', subject: 'Alec Baldwn', attribute: 'age', value: 66 },
    ];
    const dir = project({ 'claims.json': claims, 'crosscheck.config.json': { linking: 'exact' } });
    const groups = (args: string[]) => JSON.parse(run(dir, ['check', 'claims.json', '--format', 'json', ...args]).stdout).summary.groups;
    expect(groups([])).toBe(2); // the config's exact linking keeps the misspelling apart
    expect(groups(['--linking', 'spelling'])).toBe(1); // the flag wins
  });

  it('names the file it found when its options are wrong', () => {
    const dir = project({ 'claims.json': ages, 'crosscheck.config.json': { dateOrder: 'YMD' } });
    const r = run(dir, ['check', 'claims.json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^crosscheck: crosscheck\.config\.json: invalid options\n.*options\.dateOrder/);
  });
});

describe('crosscheck check messages', () => {
  it('puts a space between a file name and a message without a position', () => {
    const dir = project({ 'obj.json': { claim: 1 } });
    const r = run(dir, ['check', 'obj.json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('crosscheck: obj.json: expected a JSON array of claims, or an object with a "claims" array\n');
  });

  it('keeps file:line:column together when there is a position', () => {
    const dir = project({ 'bad.json': '[{"source": "a",\n  oops}]' });
    expect(run(dir, ['check', 'bad.json']).stderr).toMatch(/^crosscheck: bad\.json:2:\d+: invalid JSON/);
  });

  it('lists the --fail-on levels and the config precedence in --help', () => {
    const help = run(base, ['--help']).stdout;
    for (const level of ['unverified', 'conflict', 'medium', 'high', 'never']) expect(help).toContain(level);
    expect(help).toContain('--no-config');
    expect(help).toMatch(/the flags, the --config file \(or else\s+\.\/crosscheck\.config\.json/);
  });
});

describe('crosscheck check with a hostile options file', () => {
  it('keeps a "__proto__" key a key: the checker names it as an unknown option, it never becomes the options\' prototype', () => {
    const dir = project({ 'claims.json': ages, 'crosscheck.config.json': '{"__proto__": {"attributes": {"age": {"tolerance": {"absolute": 10}}}}}' });
    const r = run(dir, ['check', 'claims.json']);
    // Were the key the prototype, the tolerance would be read and the two ages would agree (exit 0).
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/__proto__/);
  });
});
