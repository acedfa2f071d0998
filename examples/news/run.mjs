// Six real news events, each told by several outlets (../shared/news), read as claims.
// Run with `npm run demo:news` (builds first): for each event, the one-line summary and its
// conflicts. `npm run demo:news -- coney` limits it to files whose name contains "coney";
// a second argument picks the format (text, markdown, json, csv, html) of the full report.
import { readFileSync, readdirSync } from 'node:fs';
import { checkConsistency, formatReport } from 'crosscheck';

const [filter = '', format] = process.argv.slice(2);
const dir = new URL('./', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f.includes(filter)).sort();
for (const file of files) {
  const { event, sources, claims } = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
  const report = checkConsistency(claims, { sources });
  if (format !== undefined) {
    process.stdout.write(formatReport(report, format));
    continue;
  }
  const text = formatReport(report, 'text');
  const [summary, ...rest] = text.split('\n');
  const end = rest.findIndex((line) => line === 'AGREEMENTS' || line === 'ISSUES');
  process.stdout.write(`== ${file}\n${event}\n${summary}\n${rest.slice(0, end < 0 ? rest.length : end).join('\n')}\n`);
}
