import { closeSync, existsSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
// The library through its own entry: the built CLI imports dist/index.js instead of bundling a second copy
// (tsup.config.ts keeps '../index' external). Only the one-line message formatter, the JSON writer in pieces and
// the visible-text escape are bundled.
import { type CheckOptions, ClaimValidationError, type ConsistencyReport, createChecker, formatReport, REPORT_FORMATS, type ReportFormat, SCHEMA_NAMES, type SchemaName, toJsonSchema } from '../index';
import { formatProblem } from '../messages';
import { renderJsonChunks } from '../report/json';
import { visible } from '../util/visible';
import { type ClaimStream, decodeUtf8, InputError, openClaimStream } from './read';

declare const __VERSION__: string;

const USAGE = `crosscheck — check claims from several articles against each other

Usage:
  crosscheck check FILE... [options]   check the claims in FILE(s) and print a report
  crosscheck schema [NAME]             print the JSON Schema of: ${SCHEMA_NAMES.join(', ')} (default: claim)
  crosscheck --help | --version

A FILE holds claims as a JSON array, {"sources": [...], "claims": [...]}, JSON Lines
(.jsonl), or CSV with a header row (source,subject,attribute,value[,id,kind,quote,negated,confidence]).
"-" reads standard input.

Options of check:
  --sources F          sources (JSON array, or {"sources": [...]}): ids, names, publishedAt, category, reliability
  --config F           options as JSON: attributes, aliases, dateOrder, onInvalid, consensus, linking, linkThreshold,
                       entities, sources
                       (default: ./crosscheck.config.json when it exists)
  --no-config          do not read ./crosscheck.config.json
  --format F           ${REPORT_FORMATS.join(' | ')} (default: text, or from the --out extension)
  --out F              write the report to F instead of standard output
  --fail-on WHEN       when to exit with status 1: unverified (default: a conflict, a group
                       whose values could not all be read or compared, or a claim skipped
                       as invalid under onInvalid: 'skip') | conflict (any
                       conflict) | medium (a medium or high conflict) | high | never
  --linking HOW        exact | spelling | profile (default): how differently named subjects and attributes are linked
  --link-threshold N   the weight in bits a profile link needs (default 4; higher links less)
  --color, --no-color  colour the text report (default: only on a terminal without NO_COLOR)

Options are taken from, first to last: the flags, the --config file (or else
./crosscheck.config.json in the working directory), the defaults.

Exit status: 0 nothing reaches --fail-on, 1 something does, 2 usage or input error.
`;

/** The options file the CLI reads from the working directory when --config is not given. */
const CONFIG_FILE = 'crosscheck.config.json';

/** How much it takes to exit with status 1, from the least (`unverified`) to nothing (`never`). */
const FAIL_ON = ['conflict', 'high', 'medium', 'unverified', 'never'] as const;
type FailOn = (typeof FAIL_ON)[number];

/**
 * Whether a report reaches a `--fail-on` level. The default, `unverified`,
 * fails on a conflict and on a group whose agreement could not be checked: a
 * gate should not pass what it could not read.
 */
function reaches(report: ConsistencyReport<string>, level: FailOn): boolean {
  switch (level) {
    case 'never':
      return false;
    case 'high':
      return report.conflicts.some((c) => c.severity === 'high');
    case 'medium':
      return report.conflicts.some((c) => c.severity !== 'low');
    case 'conflict':
      return report.summary.conflicts > 0;
    case 'unverified':
      // Claims skipped as invalid (onInvalid: 'skip') were not read either.
      return report.summary.conflicts > 0 || report.summary.unverified > 0 || report.issues.some((i) => i.severity === 'error');
  }
}

/** One line on standard error saying why the exit status is 1: a CI log shows it even when the report went to a file. */
function failureLine(report: ConsistencyReport<string>, level: FailOn, out: string | undefined): string {
  const count = (severity: string) => report.conflicts.filter((c) => c.severity === severity).length;
  const parts: string[] = [];
  if (report.summary.conflicts > 0) {
    const bySeverity = (['high', 'medium', 'low'] as const).map((s) => [s, count(s)] as const).filter(([, n]) => n > 0);
    parts.push(`${report.summary.conflicts} conflict${report.summary.conflicts === 1 ? '' : 's'} (${bySeverity.map(([s, n]) => `${n} ${s}`).join(', ')})`);
  }
  if (level === 'unverified') {
    if (report.summary.unverified > 0) parts.push(`${report.summary.unverified} unverified group${report.summary.unverified === 1 ? '' : 's'}`);
    const invalid = report.issues.filter((i) => i.severity === 'error').length;
    if (invalid > 0) parts.push(`${invalid} invalid claim${invalid === 1 ? '' : 's'} skipped`);
  }
  return `crosscheck: exit status 1 (--fail-on ${level}): ${parts.join(', ')}${out === undefined ? '' : `; report in ${out}`}\n`;
}

/** A mistake in how the CLI was called, or in its input: exit status 2. */
class UsageError extends Error {}

interface Arguments {
  files: string[];
  sources?: string;
  config?: string;
  /** --no-config: do not look for ./crosscheck.config.json. */
  noConfig?: boolean;
  format?: ReportFormat;
  out?: string;
  failOn: FailOn;
  color: boolean | 'auto';
  linking?: 'exact' | 'spelling' | 'profile';
  linkThreshold?: number;
}

function parseArguments(args: string[]): Arguments {
  const parsed: Arguments = { files: [], failOn: 'unverified', color: 'auto' };
  const value = (flag: string) => {
    const v = args.shift();
    if (v === undefined || (v.startsWith('--') && v !== '-')) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  while (args.length > 0) {
    const a = args.shift()!;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    if (eq > 0) {
      args.unshift(a.slice(eq + 1));
      args.unshift(a.slice(0, eq));
      continue;
    }
    switch (a) {
      case '--sources':
        parsed.sources = value(a);
        break;
      case '--config':
        parsed.config = value(a);
        break;
      case '--no-config':
        parsed.noConfig = true;
        break;
      case '--format': {
        const f = value(a);
        if (!(REPORT_FORMATS as readonly string[]).includes(f)) throw new UsageError(`unknown format '${f}'; use one of ${REPORT_FORMATS.join(', ')}`);
        parsed.format = f as ReportFormat;
        break;
      }
      case '--out':
        parsed.out = value(a);
        break;
      case '--fail-on': {
        const f = value(a);
        if (!(FAIL_ON as readonly string[]).includes(f)) throw new UsageError(`--fail-on takes ${FAIL_ON.join(', ')}, not '${f}'`);
        parsed.failOn = f as FailOn;
        break;
      }
      case '--linking': {
        const l = value(a);
        if (l !== 'exact' && l !== 'spelling' && l !== 'profile') throw new UsageError(`--linking takes exact, spelling or profile, not '${l}'`);
        parsed.linking = l;
        break;
      }
      case '--link-threshold': {
        const v = value(a);
        const t = Number(v);
        if (v.trim() === '' || !Number.isFinite(t) || t < 0 || t > 20) throw new UsageError(`--link-threshold takes a number from 0 to 20, not '${v}'`);
        parsed.linkThreshold = t;
        break;
      }
      case '--color':
        parsed.color = true;
        break;
      case '--no-color':
        parsed.color = false;
        break;
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option '${a}'`);
        parsed.files.push(a);
    }
  }
  if (parsed.files.length === 0) throw new UsageError('give at least one claims file (or - for standard input)');
  return parsed;
}

function readText(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UsageError(`${file}: ${code === 'ENOENT' ? 'no such file' : error instanceof Error ? error.message : String(error)}`);
  }
}

/** How much of a file is read at a time: JSON Lines and CSV never need more than this and one batch of claims in memory. */
const CHUNK = 1 << 20;

function fileError(file: string, error: unknown): UsageError {
  const code = (error as { code?: string }).code;
  return new UsageError(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : error instanceof Error ? error.message : String(error)}`);
}

/** A file's bytes, a chunk at a time (one buffer, reused: each chunk is decoded before the next is read). */
function* fileChunks(file: string): Generator<Uint8Array> {
  let fd: number;
  try {
    fd = file === '-' ? 0 : openSync(file, 'r');
  } catch (error) {
    throw fileError(file, error);
  }
  const buffer = new Uint8Array(CHUNK);
  try {
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, buffer, 0, CHUNK, null);
      } catch (error) {
        const code = (error as { code?: string }).code;
        // Standard input may be non-blocking (a pipe some shells hand over that way): wait and try again.
        if (code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
          continue;
        }
        if (code === 'EOF') break;
        throw fileError(file, error);
      }
      if (n === 0) break;
      yield buffer.subarray(0, n);
    }
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

function readJson(file: string): unknown {
  const text = readText(file);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file}: invalid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

const EXTENSIONS: ReadonlyMap<string, ReportFormat> = new Map([
  ['.html', 'html'], ['.htm', 'html'], ['.md', 'markdown'], ['.markdown', 'markdown'], ['.json', 'json'], ['.csv', 'csv'], ['.txt', 'text'],
]);

/** Progress on standard error for long runs, only on a terminal. */
function progress(): { say(text: string): void; done(): void } {
  const live = process.stderr.isTTY === true;
  let shown = false;
  return {
    say(text) {
      if (!live) return;
      process.stderr.write(`\r\u001b[2K${text}`);
      shown = true;
    },
    done() {
      if (shown) process.stderr.write('\r\u001b[2K');
      shown = false;
    },
  };
}

const BATCH = 50_000;

/**
 * The options file to read: --config, or else ./crosscheck.config.json when it
 * exists (unless --no-config). Flags still override what it says.
 */
function configFile(args: Arguments): string | undefined {
  if (args.config !== undefined) return args.config;
  if (args.noConfig === true) return undefined;
  return existsSync(CONFIG_FILE) ? CONFIG_FILE : undefined;
}

/** A reader's message after the file name: `file:3:7: …` when it has a position, `file: …` when not. */
function inputMessage(file: string, message: string): string {
  return `${file}:${/^[\d\s]/.test(message) ? '' : ' '}${message}`;
}
const LONG_RUN = 20_000;

function check(args: Arguments): number {
  const options: CheckOptions & { sources?: unknown[] } = {};
  // An --out file whose extension names no format is refused before any input is read (a name without one, such
  // as /dev/stdout, writes text).
  if (args.format === undefined && args.out !== undefined && extensionOf(args.out) !== '' && !EXTENSIONS.has(extensionOf(args.out))) {
    throw new UsageError(`--out ${args.out}: no report format is written as '${extensionOf(args.out)}'; name the file ${[...EXTENSIONS.keys()].map((e) => `*${e}`).join(', ')}, or give --format (${REPORT_FORMATS.join(', ')})`);
  }
  const configPath = configFile(args);
  if (configPath !== undefined) {
    const config = readJson(configPath);
    if (config === null || typeof config !== 'object' || Array.isArray(config)) throw new UsageError(`${configPath}: expected a JSON object of options`);
    // Own properties, defined rather than assigned: a "__proto__" key in the file stays a key (an unknown option the
    // checker names), never the options' prototype.
    for (const [key, value] of Object.entries(config)) Object.defineProperty(options, key, { value, enumerable: true, writable: true, configurable: true });
  }
  if (options.sources !== undefined && !Array.isArray(options.sources)) throw new UsageError(`${configPath ?? CONFIG_FILE}: "sources" must be an array of sources`);
  const sources: unknown[] = [...((options.sources as unknown[] | undefined) ?? [])];
  // Where each source entry was read from, to name the file in an error about it.
  const sourceFrom: { file: string; index: number }[] = sources.map((_, index) => ({ file: configPath ?? CONFIG_FILE, index }));
  const addSources = (file: string, list: readonly unknown[]) => {
    for (let index = 0; index < list.length; index++) sourceFrom.push({ file, index });
    sources.push(...list);
  };
  if (args.sources !== undefined) {
    const data = readJson(args.sources);
    const list = Array.isArray(data) ? data : (data as { sources?: unknown } | null)?.sources;
    if (!Array.isArray(list)) throw new UsageError(`${args.sources}: expected a JSON array of sources, or {"sources": [...]}`);
    addSources(args.sources, list);
  }
  // Each file's format, from its name or its first characters. JSON documents (which may carry sources)
  // are read now; JSON Lines and CSV are read as streams below, in file order, straight into the checker.
  const inputError = (name: string, error: unknown): unknown => (error instanceof InputError ? new UsageError(inputMessage(name, error.message)) : error);
  const files: { name: string; stream: ClaimStream; held?: { claims: unknown[]; lines: number[] } | undefined }[] = [];
  for (const file of args.files) {
    const name = file === '-' ? '<stdin>' : file;
    try {
      const stream = openClaimStream(name, decodeUtf8(fileChunks(file)));
      const entry: (typeof files)[number] = { name, stream };
      if (stream.format === 'json') {
        const held = { claims: [] as unknown[], lines: [] as number[] };
        const read = stream.read((claims, lines) => {
          for (const c of claims) held.claims.push(c);
          for (const l of lines) held.lines.push(l);
        }, Number.POSITIVE_INFINITY);
        if (read.sources !== undefined) addSources(name, read.sources);
        entry.held = held;
      }
      files.push(entry);
    } catch (error) {
      throw inputError(name, error);
    }
  }
  if (args.linking !== undefined) options.linking = args.linking;
  if (args.linkThreshold !== undefined) options.linkThreshold = args.linkThreshold;
  if (sources.length > 0 || options.sources !== undefined) options.sources = sources as NonNullable<CheckOptions['sources']>;

  let checker: ReturnType<typeof createChecker>;
  try {
    checker = createChecker(options);
  } catch (error) {
    if (error instanceof TypeError || error instanceof RangeError) {
      let message = error.message.replace(/^checkConsistency: /, '');
      // A source entry's problem names the file it came from and its place there (several files may list sources);
      // the message is the file's when every problem is of its sources.
      const files = new Set<string>();
      message = message.replace(/options\.sources\[(\d+)\]/g, (whole, n: string) => {
        const from = sourceFrom[Number(n)];
        if (from === undefined) return whole;
        files.add(from.file);
        return `${from.file}: sources[${from.index}]`;
      });
      const only = files.size === 1 && !/options\./.test(message) ? [...files][0]! : undefined;
      if (only !== undefined) throw new UsageError(`${only}: ${message.replaceAll(`${only}: sources[`, 'sources[')}`);
      throw new UsageError(`${files.size > 0 ? (configPath ?? 'options') : (configPath ?? args.sources ?? 'options')}: ${message}`);
    }
    throw error;
  }
  const bar = progress();
  // Claims go to the checker in batches across files; each batch remembers where its claims came from, to name file and line in errors.
  let batch: unknown[] = [];
  let origin: { file: string; line: number }[] = [];
  let added = 0;
  const flush = () => {
    if (batch.length === 0) return;
    try {
      checker.add(batch as never);
    } catch (error) {
      bar.done();
      if (error instanceof ClaimValidationError) {
        const lines = error.issues.slice(0, 20).map((p) => {
          const at = origin[p.index - added];
          return `${at === undefined ? '' : `${at.file}:${at.line}: `}${formatProblem(p)}`;
        });
        if (error.issues.length > 20) lines.push(`… and ${error.issues.length - 20} more`);
        throw new UsageError(`invalid claims (use "onInvalid": "skip" in ${configPath ?? `--config or ./${CONFIG_FILE}`} to leave them out):\n  ${lines.join('\n  ')}`);
      }
      throw error;
    }
    added += batch.length;
    if (added >= LONG_RUN) bar.say(`crosscheck: read ${added.toLocaleString('en-US')} claims`);
    batch = [];
    origin = [];
  };
  for (const f of files) {
    const take = (claims: unknown[], lines: number[]) => {
      claims.forEach((c, k) => {
        batch.push(c);
        origin.push({ file: f.name, line: lines[k]! });
        if (batch.length >= BATCH) flush();
      });
    };
    if (f.held !== undefined) {
      take(f.held.claims, f.held.lines);
      f.held = undefined;
      continue;
    }
    try {
      f.stream.read(take, BATCH);
    } catch (error) {
      bar.done();
      throw inputError(f.name, error);
    }
  }
  flush();
  let report: ConsistencyReport<string>;
  if (added >= LONG_RUN) bar.say(`crosscheck: checking ${added.toLocaleString('en-US')} claims…`);
  try {
    report = checker.report();
  } finally {
    bar.done();
  }

  const format = args.format ?? (args.out === undefined ? undefined : EXTENSIONS.get(extensionOf(args.out))) ?? 'text';
  const color = args.out !== undefined ? args.color === true : args.color;
  const failed = reaches(report, args.failOn);
  // JSON goes out a group at a time (a large report's JSON is larger than the report); the other formats as one string.
  const pieces = format === 'json' ? renderJsonChunks(report) : [formatReport(report, format, { color })];
  if (args.out === undefined) for (const piece of pieces) process.stdout.write(piece);
  else {
    let fd: number | undefined;
    try {
      fd = openSync(args.out, 'w');
      for (const piece of pieces) writeSync(fd, piece);
    } catch (error) {
      throw new UsageError(`${args.out}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
  if (failed) process.stderr.write(failureLine(report, args.failOn, args.out));
  return failed ? 1 : 0;
}

/** A file name's extension, lower case, with its dot ('' when it has none). */
function extensionOf(file: string): string {
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}

function main(argv: readonly string[]): number {
  const args = [...argv];
  if (args.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  if (args.includes('-h') || args.includes('--help') || args[0] === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args[0] === '--version' || args[0] === '-v') {
    process.stdout.write(`${__VERSION__}\n`);
    return 0;
  }
  const command = args.shift();
  if (command === 'schema') {
    const name = (args.shift() ?? 'claim') as SchemaName;
    if (!(SCHEMA_NAMES as readonly string[]).includes(name)) throw new UsageError(`unknown schema '${name}'; use one of ${SCHEMA_NAMES.join(', ')}`);
    if (args.length > 0) throw new UsageError(`unexpected argument '${args[0]}'`);
    process.stdout.write(`${JSON.stringify(toJsonSchema(name), null, 2)}\n`);
    return 0;
  }
  if (command !== 'check') throw new UsageError(`unknown command '${command}'; try "crosscheck check FILE" or "crosscheck --help"`);
  return check(parseArguments(args));
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    // Messages quote file names, column names and values: printed visibly, never as raw control characters.
    process.stderr.write(`crosscheck: ${error.message.split('\n').map(visible).join('\n')}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`crosscheck: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  }
}
