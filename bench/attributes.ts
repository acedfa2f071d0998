/**
 * npm run bench:attributes — whether two writers' names for one question about a subject are linked, and two
 * questions kept apart: pairs of attribute names (each with a value, as real writers give them), written by helpers
 * who saw no code, in the three styles of claims here (natural phrases, snake_case fields, Title Case notes), each
 * judged "same" question, "different" or "arguable". Each pair is checked alone: two claims of two sources about one
 * subject; a pair is joined when both claims land in one group.
 *
 *   bench/attributes/pairs-dev.json      written on 2026-12-05 (stop 41); rules may be written after looking at it
 *   bench/attributes/pairs-heldout.json  written the same day by another helper; scored once on the code of that
 *                                        day before any rule was written after looking at it (see the README)
 *
 * A script, not a test: it prints numbers.
 *
 *   npm run bench:attributes              totals per set
 *   npm run bench:attributes -- --verbose also every pair linked wrongly
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkConsistency } from '../src/index';

interface Side {
  readonly attribute: string;
  readonly value: string | number | boolean;
}
interface Pair {
  readonly id: string;
  readonly subject: string;
  readonly a: Side;
  readonly b: Side;
  readonly judge: 'same' | 'different' | 'arguable';
  readonly why?: string;
}

const ROOT = resolve(import.meta.dirname, 'attributes');
const SETS: readonly (readonly [string, string])[] = [
  ['development', 'pairs-dev.json'],
  ['held-out', 'pairs-heldout.json'],
];

function joined(p: Pair): boolean {
  const report = checkConsistency([
    { id: 'a', source: 'writer-a', subject: p.subject, attribute: p.a.attribute, value: p.a.value },
    { id: 'b', source: 'writer-b', subject: p.subject, attribute: p.b.attribute, value: p.b.value },
  ]);
  return report.groups.some((g) => g.claims.includes('a') && g.claims.includes('b'));
}

const verbose = process.argv.includes('--verbose');
console.log('attribute names of two writers: linked when they ask one question, apart when two\n');
console.log('| set | pairs | same question: linked | different questions: linked (false joins) | arguable: linked |');
console.log('| --- | --- | --- | --- | --- |');
const lines: string[] = [];
for (const [name, file] of SETS) {
  const path = join(ROOT, file);
  if (!existsSync(path)) continue;
  const pairs = JSON.parse(readFileSync(path, 'utf8')) as Pair[];
  const count = { same: 0, different: 0, arguable: 0 };
  const linked = { same: 0, different: 0, arguable: 0 };
  for (const p of pairs) {
    const j = joined(p);
    count[p.judge]++;
    if (j) linked[p.judge]++;
    if (verbose && ((p.judge === 'same' && !j) || (p.judge === 'different' && j))) {
      lines.push(`${name} ${p.id} ${p.judge === 'same' ? 'MISSED' : 'FALSE JOIN'} | ${p.subject} | "${p.a.attribute}: ${p.a.value}" / "${p.b.attribute}: ${p.b.value}" — ${p.why ?? ''}`);
    }
  }
  console.log(`| ${name} | ${pairs.length} | ${linked.same}/${count.same} | ${linked.different}/${count.different} | ${linked.arguable}/${count.arguable} |`);
}
if (lines.length > 0) console.log(`\n${lines.join('\n')}`);
