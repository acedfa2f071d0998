import { readFileSync } from 'node:fs';
import { checkConsistency } from '../check';
import { ClaimValidationError } from '../errors';
import { REPORT_FORMATS, type ReportFormat, formatReport } from '../report/format';

declare const __VERSION__: string;

const USAGE = `Usage: crosscheck check FILE [--format text|markdown|json]

Checks the claims in FILE (a JSON array of claims, or {"sources": [...], "claims": [...]})
against each other and prints a report.

Options:
  --format F   report format: ${REPORT_FORMATS.join(', ')} (default: text)
  -h, --help   show this help
  --version    show the version
`;

class UsageError extends Error {}

function main(argv: readonly string[]): number {
  const args = [...argv];
  if (args.includes('-h') || args.includes('--help') || args.length === 0) {
    process.stdout.write(USAGE);
    return args.length === 0 ? 2 : 0;
  }
  if (args.includes('--version')) {
    process.stdout.write(`${__VERSION__}\n`);
    return 0;
  }
  const command = args.shift();
  if (command !== 'check') throw new UsageError(`unknown command '${command}'`);
  let format: ReportFormat = 'text';
  const files: string[] = [];
  while (args.length > 0) {
    const a = args.shift()!;
    if (a === '--format') {
      const f = args.shift();
      if (f === undefined || !(REPORT_FORMATS as readonly string[]).includes(f)) {
        throw new UsageError(`--format needs one of ${REPORT_FORMATS.join(', ')}${f === undefined ? '' : `, got '${f}'`}`);
      }
      format = f as ReportFormat;
    } else if (a.startsWith('--')) throw new UsageError(`unknown option '${a}'`);
    else files.push(a);
  }
  if (files.length !== 1) throw new UsageError('give exactly one claims file');
  const file = files[0]!;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file === '-' ? 0 : file, 'utf8'));
  } catch (error) {
    throw new UsageError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const input = Array.isArray(data) ? { claims: data, sources: undefined } : (data as { claims?: unknown; sources?: unknown });
  if (!Array.isArray(input.claims)) throw new UsageError(`${file}: expected a JSON array of claims or an object with a "claims" array`);
  const report = checkConsistency(input.claims, input.sources === undefined ? {} : { sources: input.sources as never });
  process.stdout.write(formatReport(report, format, { color: process.stdout.isTTY === true && process.env.NO_COLOR === undefined }));
  return report.summary.conflicts > 0 ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError || error instanceof ClaimValidationError || error instanceof TypeError || error instanceof RangeError) {
    process.stderr.write(`crosscheck: ${error.message}\n`);
    process.exitCode = 2;
  } else throw error;
}
