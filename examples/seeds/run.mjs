// The seed example: five real articles about one court ruling, read as claims.
// Run with `npm run demo` (builds first). Imports the built package by name, as a user would.
import { readFileSync } from 'node:fs';
import { checkConsistency, formatReport } from 'crosscheck';

const { sources, claims } = JSON.parse(readFileSync(new URL('./claims.json', import.meta.url), 'utf8'));
const report = checkConsistency(claims, { sources });
process.stdout.write(formatReport(report, process.argv[2] ?? 'markdown'));
