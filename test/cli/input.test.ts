import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// Hostile and odd claim files through the built binary (npm test builds first): the answers a user sees.
const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-input-'));

function run(args: string[], input?: string | Uint8Array) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const lines = [
  '{"source":"a","subject":"Alec Baldwin","attribute":"age","value":"66-year-old"}',
  '{"source":"b","subject":"Alec Baldwin","attribute":"age","value":66}',
];

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first (`npm test` does)');
});

describe('crosscheck check on odd and hostile files', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR only', '\r'],
  ])('reads JSON Lines with %s line ends, and a byte-order mark', (_, eol) => {
    const r = run(['check', file(`eol-${eol.length}${eol.charCodeAt(0)}.jsonl`, `\ufeff${lines.join(eol)}${eol}`), '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).summary).toMatchObject({ claims: 2, consistent: 1 });
  });

  it('reads CSV with a byte-order mark and CRLF', () => {
    const r = run(['check', file('bom.csv', '\ufeffsource,subject,attribute,value\r\na,Alec Baldwin,age,66-year-old\r\nb,Alec Baldwin,age,66\r\n'), '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).summary).toMatchObject({ claims: 2, consistent: 1 });
  });

  it('gives one answer for an empty file of any format, and for empty standard input', () => {
    for (const name of ['empty.json', 'empty.jsonl', 'empty.csv', 'empty.txt']) {
      const path = file(name, ' \n');
      expect(run(['check', path])).toMatchObject({ status: 2, stderr: `crosscheck: ${path}: empty file: no claims\n` });
    }
    expect(run(['check', '-'], '')).toMatchObject({ status: 2, stderr: 'crosscheck: <stdin>: empty file: no claims\n' });
  });

  it('says "not a claims file" for binary data, naming where and echoing none of it', () => {
    const garbage = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    for (const name of ['bin.json', 'bin.jsonl', 'bin.csv', 'bin']) {
      const r = run(['check', file(name, garbage)]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^crosscheck: .*${name}: not a claims file: .* at offset \\d+ \\(line \\d+\\); claims files are UTF-8 text\\n$`));
    }
    const nul = run(['check', '-'], `${lines[0]}\n\u0000\u0000\n`);
    expect(nul).toMatchObject({ status: 2, stderr: `crosscheck: <stdin>: not a claims file: a NUL byte at offset ${lines[0]!.length + 1} (line 2); claims files are UTF-8 text\n` });
  });

  it('names the line and column of truncated JSON', () => {
    const r = run(['check', file('cut.json', `[\n  ${lines[0]},\n  {"source": "b", "subj`)]);
    expect(r).toMatchObject({ status: 2 });
    expect(r.stderr).toMatch(/cut\.json:3:\d+: invalid JSON \(/);
  });

  it('refuses a CSV header naming a column twice', () => {
    const r = run(['check', file('twice.csv', 'source,subject,attribute,value,Value\na,S,age,1,2\n')]);
    expect(r).toMatchObject({ status: 2, stderr: expect.stringContaining("twice.csv:1: the column 'value' appears twice in the header") });
  });

  it('prints errors with control characters escaped', () => {
    // Past the first 512 characters, where a control character no longer makes it "not a claims file".
    const first = JSON.stringify({ source: 'a', subject: 'S', attribute: 'age', value: 1, quote: 'q'.repeat(600) });
    const r = run(['check', file('esc.jsonl', `${first}\n[\u001b]0;pwned\u0007]\n`)]);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(r.stderr).toContain("esc.jsonl:2:2: invalid JSON line (Unexpected token '\\x1b'");
  });

  it('writes a control character in a claim visibly in the text report', () => {
    const r = run(['check', '-', '--fail-on', 'never'], `${lines[0]}\n{"source":"b\\u001b[2J","subject":"Alec Baldwin","attribute":"age","value":"\\u001b]0;x\\u0007"}\n`);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toContain('b\\x1b[2J');
  });
});
