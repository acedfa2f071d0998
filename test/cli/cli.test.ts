import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// These spawn the built binary, dist/cli.js (npm test builds first).
const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
const seeds = join(root, 'examples', 'seeds', 'claims.json');
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-cli-'));

function run(args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, input, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '', ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const agreeing = [
  { source: 'a', subject: 'Alec Baldwin', attribute: 'age', value: '66-year-old' },
  { source: 'b', subject: 'Alec Baldwin', attribute: 'age', value: 66 },
];
const conflicting = [...agreeing, { source: 'c', subject: 'Alec Baldwin', attribute: 'age', value: 58 }];

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first (`npm test` does)');
});

describe('crosscheck check reads every input format', () => {
  it.each([
    ['a JSON array', 'claims.json', JSON.stringify(conflicting)],
    ['{sources, claims}', 'claims-with-sources.json', JSON.stringify({ sources: [{ id: 'a', name: 'Outlet A' }], claims: conflicting })],
    ['JSON Lines', 'claims.jsonl', conflicting.map((c) => JSON.stringify(c)).join('\n')],
    ['CSV with a header', 'claims.csv', 'source,subject,attribute,value\na,Alec Baldwin,age,66-year-old\nb,Alec Baldwin,age,66\nc,Alec Baldwin,age,58\n'],
  ])('%s', (_, name, text) => {
    const r = run(['check', file(name, text), '--format', 'json']);
    expect(r.stderr).toBe('crosscheck: exit status 1 (--fail-on unverified): 1 conflict (1 high)\n');
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.summary).toMatchObject({ claims: 3, conflicts: 1 });
  });

  it('reads standard input with -', () => {
    const r = run(['check', '-', '--format', 'json'], JSON.stringify(agreeing));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ claims: 2, consistent: 1 });
  });

  it('reads several files, and sources and options from their own files', () => {
    const config = file('config.json', JSON.stringify({ attributes: { age: { tolerance: { absolute: 10 } } } }));
    const srcs = file('sources.json', JSON.stringify([{ id: 'c', name: 'Outlet C', reliability: 0.5 }]));
    const r = run(['check', file('one.json', JSON.stringify(agreeing)), file('two.jsonl', JSON.stringify(conflicting[2])), '--sources', srcs, '--config', config, '--format', 'json']);
    expect(r.status).toBe(0); // 66 and 58 are within the configured tolerance of 10
    const report = JSON.parse(r.stdout);
    expect(report.summary.claims).toBe(3);
    expect(report.sources.find((s: { id: string }) => s.id === 'c').name).toBe('Outlet C');
  });
});

describe('crosscheck check exits', () => {
  it('0 when nothing reaches --fail-on', () => {
    expect(run(['check', file('agree.json', JSON.stringify(agreeing))]).status).toBe(0);
    expect(run(['check', file('conflict.json', JSON.stringify(conflicting)), '--fail-on', 'never']).status).toBe(0);
  });

  it('1 when something does: any conflict, or with --fail-on high a high one', () => {
    expect(run(['check', seeds]).status).toBe(1);
    expect(run(['check', seeds, '--fail-on', 'high']).status).toBe(1);
    const soft = file('soft.json', JSON.stringify([{ source: 'a', subject: 'x', attribute: 'motion outcome', value: 'granted' }, { source: 'b', subject: 'x', attribute: 'motion outcome', value: 'not granted' }]));
    expect(run(['check', soft]).status).toBe(1);
    expect(run(['check', soft, '--fail-on', 'conflict']).status).toBe(1);
    expect(run(['check', soft, '--fail-on', 'medium']).status).toBe(0); // a low (text) conflict
    expect(run(['check', soft, '--fail-on', 'high']).status).toBe(0);
  });

  it('1 on "No deaths" against 3: a conflict (0 against 3), whatever the level short of never', () => {
    const deaths = file('deaths.json', JSON.stringify([{ source: 'a', subject: 'the fire', attribute: 'deaths', value: 'No deaths' }, { source: 'b', subject: 'the fire', attribute: 'deaths', value: 3 }]));
    for (const level of ['unverified', 'conflict', 'medium', 'high']) expect(run(['check', deaths, '--fail-on', level]).status, level).toBe(1);
    expect(run(['check', deaths]).stdout).toContain('CONFLICTS');
  });

  it('1 with one line on standard error saying why, even when the report went to a file (a cold review: a CI log said nothing)', () => {
    const out = join(dir, 'gate.html');
    const r = run(['check', seeds, '--out', out, '--fail-on', 'high']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^crosscheck: exit status 1 \(--fail-on high\): \d+ conflicts? \(\d+ high[^)]*\); report in .*gate\.html\n$/);
    expect(run(['check', seeds, '--out', out, '--fail-on', 'never'])).toMatchObject({ status: 0, stderr: '' });
  });

  it('1 by default when claims were skipped as invalid (onInvalid: skip): a gate does not pass what it could not read', () => {
    const skip = file('skip.json', JSON.stringify({ onInvalid: 'skip' }));
    const input = file('partly-bad.json', JSON.stringify([...agreeing, { source: 'c', subject: 'Alec Baldwin', attribute: 'age' }]));
    const r = run(['check', input, '--config', skip]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('1 invalid claim skipped');
    expect(run(['check', input, '--config', skip, '--fail-on', 'conflict']).status).toBe(0);
  });

  it('2 on a source two files list, naming the file and the place in it (a cold review: it named neither)', () => {
    const one = file('with-sources-1.json', JSON.stringify({ sources: [{ id: 'notes' }], claims: agreeing }));
    const two = file('with-sources-2.json', JSON.stringify({ sources: [{ id: 'a' }, { id: 'notes' }], claims: [conflicting[2]] }));
    expect(run(['check', one, two])).toMatchObject({ status: 2, stderr: expect.stringMatching(/with-sources-2\.json: sources\[1\]\.id 'notes' is listed twice/) });
    const objectSources = file('object-sources.json', JSON.stringify({ sources: { id: 'a' } }));
    expect(run(['check', one, '--config', objectSources])).toMatchObject({ status: 2, stderr: expect.stringMatching(/object-sources\.json: "sources" must be an array of sources/) });
  });

  it('2 on an --out file whose extension names no format, unless --format says which', () => {
    const pdf = join(dir, 'report.pdf');
    expect(run(['check', seeds, '--out', pdf])).toMatchObject({ status: 2, stderr: expect.stringMatching(/report\.pdf: no report format is written as '\.pdf'/) });
    expect(run(['check', seeds, '--out', pdf, '--format', 'markdown', '--fail-on', 'never']).status).toBe(0);
    expect(readFileSync(pdf, 'utf8')).toMatch(/^# /);
    // A name without an extension is text, as before; the refusal comes before any input is read.
    const plain = join(dir, 'report-plain');
    expect(run(['check', seeds, '--out', plain, '--fail-on', 'never']).status).toBe(0);
    expect(readFileSync(plain, 'utf8')).toMatch(/^crosscheck: /);
    expect(run(['check', 'no-such-file.json', '--out', pdf]).stderr).toMatch(/report\.pdf: no report format/);
  });

  it('on two values it cannot compare: 1 by default and with --fail-on unverified, 0 only with conflict (or lower)', () => {
    const unread = file('unread.json', JSON.stringify([{ source: 'a', subject: 'x', attribute: 'settlement', value: '$500' }, { source: 'b', subject: 'x', attribute: 'settlement', value: '€500' }]));
    expect(run(['check', unread]).status).toBe(1);
    expect(run(['check', unread, '--fail-on', 'unverified']).status).toBe(1);
    expect(run(['check', unread, '--fail-on', 'conflict']).status).toBe(0);
    expect(run(['check', unread, '--fail-on', 'high']).status).toBe(0);
    const out = run(['check', unread]).stdout;
    expect(out).toContain('UNVERIFIED');
    expect(out).toMatch(/\? settlement — x: "(?:\$|€)500" · "(?:\$|€)500"/);
    expect(out).not.toContain('AGREEMENTS');
  });

  it('2 on a malformed JSON line, naming file and line', () => {
    const r = run(['check', file('bad.jsonl', `${JSON.stringify(agreeing[0])}\n{"source": "b", "subject" "x"}\n`)]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.jsonl:2:\d+: invalid JSON line/);
    expect(r.stdout).toBe('');
  });

  it('2 on a missing field, naming file, line and field', () => {
    const r = run(['check', file('missing.json', `[\n  ${JSON.stringify(agreeing[0])},\n  {"source": "b", "subject": "Alec Baldwin", "attribute": "age"}\n]\n`)]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/missing\.json:3: claim #1: value is required/);
  });

  it('2 on a malformed JSON file, naming line and column', () => {
    const r = run(['check', file('broken.json', '[\n  {"source": "a",\n   "subject": }\n]')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/broken\.json:3:\d+: invalid JSON/);
  });

  it('2 on a CSV row with the wrong number of fields, or an unknown column', () => {
    expect(run(['check', file('short.csv', 'source,subject,attribute,value\na,x,age\n')]).stderr).toMatch(/short\.csv:2: 3 fields where the header has 4/);
    // A confidence that is no number is quoted as written, not as NaN (a cold review).
    expect(run(['check', file('conf.csv', 'source,subject,attribute,value,confidence\na,the fire,deaths,3,high\n')]).stderr).toContain('conf.csv:2: claim #0: confidence = "high" must be a number from 0 to 1');
    expect(run(['check', file('cols.csv', 'source,subject,attribute,valeu\na,x,age,1\n')]).stderr).toMatch(/cols\.csv:1: unknown column 'valeu'/);
  });

  it('2 on an unknown --fail-on level, naming the levels', () => {
    const r = run(['check', seeds, '--fail-on', 'low']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--fail-on takes conflict, high, medium, unverified, never');
  });

  it('2 on an unknown format, option or command, or a missing file', () => {
    expect(run(['check', seeds, '--format', 'pdf'])).toMatchObject({ status: 2, stderr: expect.stringMatching(/unknown format 'pdf'/) });
    expect(run(['check', seeds, '--frobnicate'])).toMatchObject({ status: 2, stderr: expect.stringMatching(/unknown option '--frobnicate'/) });
    expect(run(['verify', seeds])).toMatchObject({ status: 2, stderr: expect.stringMatching(/unknown command 'verify'/) });
    expect(run(['check', 'nope.json'])).toMatchObject({ status: 2, stderr: expect.stringMatching(/nope\.json: no such file/) });
    expect(run(['check', seeds, '--config', file('bad-config.json', '{"onInvalide": "skip"}')])).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/bad-config\.json: .*unknown option 'onInvalide'/s),
    });
  });
});

describe('crosscheck check writes every format', () => {
  it.each(['text', 'markdown', 'json', 'csv', 'html'])('%s', (format) => {
    const r = run(['check', seeds, '--format', format]);
    expect(r.status).toBe(1);
    expect(r.stdout.length).toBeGreaterThan(200);
  });

  it('to a file with --out, taking the format from its extension', () => {
    const out = join(dir, 'report.html');
    const r = run(['check', seeds, '--out', out]);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('in colour only when asked, or on a terminal without NO_COLOR', () => {
    expect(run(['check', seeds]).stdout).not.toMatch(/\u001b\[/);
    expect(run(['check', seeds, '--color']).stdout).toMatch(/\u001b\[/);
  });

  it('without a progress bar off a terminal', () => {
    const big = Array.from({ length: 25_000 }, (_, i) => ({ source: `s${i % 7}`, subject: `item ${i % 5000}`, attribute: 'count', value: i % 3 }));
    const r = run(['check', file('big.json', JSON.stringify(big)), '--format', 'json', '--fail-on', 'never']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('crosscheck schema, --help and --version', () => {
  it.each(['claim', 'claims', 'options', 'report'])('prints the JSON Schema of %s', (name) => {
    const r = run(['schema', name]);
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('describes the claim fields it requires', () => {
    expect(JSON.parse(run(['schema']).stdout).required).toEqual(['source', 'subject', 'attribute', 'value']);
  });

  it('prints help and the version', () => {
    expect(run(['--help'])).toMatchObject({ status: 0, stdout: expect.stringMatching(/Usage:/) });
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(run(['--version']).stdout.trim()).toBe(pkg.version);
    expect(run([]).status).toBe(2);
  });
});

describe('locating a JSON syntax error', () => {
  it('finds the offset where a JSON text goes wrong', async () => {
    const { jsonErrorOffset } = await import('../../src/cli/read');
    expect(jsonErrorOffset('[1, 2]')).toBe(-1);
    expect(jsonErrorOffset('[1, 2')).toBe(5);
    expect(jsonErrorOffset('{"a" 1}')).toBe(5);
    expect(jsonErrorOffset('[1,]')).toBe(3);
    expect(jsonErrorOffset('{"a": "\\x"}')).toBe(8);
    expect(jsonErrorOffset('[1] x')).toBe(4);
  });
});

describe.runIf(existsSync('/usr/bin/script'))('on a terminal', () => {
  it('shows progress on standard error for a long run, and clears it', () => {
    const big = Array.from({ length: 25_000 }, (_, i) => ({ source: `s${i % 7}`, subject: `item ${i % 5000}`, attribute: 'count', value: i % 3 }));
    const input = file('tty-big.json', JSON.stringify(big));
    // `script` gives the command a pseudo-terminal.
    const r = spawnSync('/usr/bin/script', ['-qec', `${process.execPath} ${cli} check ${input} --format json --out ${join(dir, 'tty.json')} --fail-on never`, '/dev/null'], {
      encoding: 'utf8',
    });
    expect(r.stdout).toMatch(/crosscheck: checking 25,000 claims/);
    expect(r.stdout.endsWith('\r\u001b[2K')).toBe(true);
  });
});
