/**
 * npm run bench:cli-memory — the CLI's peak memory on a large JSON Lines file, read as a stream.
 * Writes .bench-out/cli/claims-<MB>.jsonl (seeded synthetic claims about people, each with a
 * quote, about 200 bytes a line) and runs the built CLI on it under /usr/bin/time -v, printing
 * the claims, the seconds and the peak RSS; first the reading alone (src/cli/read.ts under tsx:
 * decode, split, parse, count), then the whole check.
 *
 *   npm run bench:cli-memory                # 200 MB
 *   npm run bench:cli-memory -- 600         # 600 MB (more than V8's longest string)
 *   npm run bench:cli-memory -- 600 --read-only
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { syntheticClaims } from './scale';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, '.bench-out', 'cli');
const megabytes = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 200);
const readOnly = process.argv.includes('--read-only');
const file = join(OUT, `claims-${megabytes}.jsonl`);

const QUOTE = 'said the spokesperson, speaking on condition of anonymity because the investigation is continuing';

function write(): number {
  mkdirSync(OUT, { recursive: true });
  const fd = openSync(file, 'w');
  let bytes = 0;
  let claims = 0;
  const target = megabytes * 1024 * 1024;
  try {
    // 100,000 claims at a time, each block with its own subjects, until the size is reached.
    for (let block = 0; bytes < target; block++) {
      const lines: string[] = [];
      for (const c of syntheticClaims(100_000)) {
        if (bytes >= target) break;
        const line = `${JSON.stringify({ ...c, subject: `${c.subject} ${block}`, quote: `"${String(c.value)}," ${QUOTE} (${block})` })}\n`;
        lines.push(line);
        bytes += Buffer.byteLength(line);
        claims++;
      }
      writeSync(fd, lines.join(''));
    }
  } finally {
    closeSync(fd);
  }
  return claims;
}

if (!existsSync(file) || statSync(file).size < megabytes * 1024 * 1024) {
  const n = write();
  console.log(`wrote ${file}: ${n.toLocaleString('en-US')} claims, ${(statSync(file).size / 1048576).toFixed(0)} MB`);
}
/** Peak RSS and wall time of a command, from /usr/bin/time -v. */
function measure(args: string[]): { status: number | null; peak: string; wall: string; stdout: string; errors: string[] } {
  const run = spawnSync('/usr/bin/time', ['-v', ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1];
  const wall = /Elapsed \(wall clock\) time.*: ([\d:.]+)/.exec(run.stderr)?.[1] ?? '?';
  const errors = run.stderr.split('\n').filter((l) => l.startsWith('crosscheck:') || l.startsWith('Error'));
  return { status: run.status, peak: peak === undefined ? '?' : `${(Number(peak) / 1024).toFixed(0)} MB`, wall, stdout: run.stdout.trim(), errors };
}

const READ = `
import { openSync, readSync } from 'node:fs';
import { decodeUtf8, openClaimStream } from ${JSON.stringify(join(ROOT, 'src', 'cli', 'read.ts'))};
function* chunks(f) { const fd = openSync(f, 'r'); const b = new Uint8Array(1 << 20); for (;;) { const n = readSync(fd, b, 0, b.length, null); if (n === 0) return; yield b.subarray(0, n); } }
let n = 0;
openClaimStream(process.argv[1], decodeUtf8(chunks(process.argv[1]))).read((c) => { n += c.length; }, 50000);
console.log(n);
`;
const read = measure([process.execPath, '--import', 'tsx', '--input-type=module', '-e', READ, file]);
console.log(`reading alone: ${read.stdout} claims; wall ${read.wall}; peak RSS ${read.peak}${read.errors.length > 0 ? `\n${read.errors.join('\n')}` : ''}`);
if (!readOnly) {
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const run = measure([process.execPath, join(ROOT, 'dist', 'cli.js'), 'check', file, '--format', 'json', '--out', join(OUT, 'report.json'), '--fail-on', 'never']);
  console.log(`crosscheck check --format json: exit ${run.status}; wall ${run.wall}; peak RSS ${run.peak}${run.errors.length > 0 ? `\n${run.errors.join('\n')}` : ''}`);
}
