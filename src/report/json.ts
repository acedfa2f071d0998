import { jsonVisible } from '../util/visible';
import type { ConsistencyReport } from './schema';

/** JSON text indented one or two levels deeper: its line breaks are all between tokens (strings hold none raw). */
function indent(json: string, by: string): string {
  return json.replace(/\n/g, `\n${by}`);
}

/**
 * The JSON report in pieces — `JSON.stringify(report, null, 2)` one top-level
 * field and one array element at a time — so a large report can be written
 * without ever being one string. Joined, the pieces are `renderJson`.
 */
export function* renderJsonChunks(report: ConsistencyReport): Generator<string> {
  let first = true;
  yield '{';
  for (const [key, value] of Object.entries(report) as [string, unknown][]) {
    if (value === undefined) continue;
    const head = `${first ? '' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    if (Array.isArray(value) && value.length > 0) {
      yield `${head}[`;
      for (let i = 0; i < value.length; i++) yield jsonVisible(`${i === 0 ? '' : ','}\n    ${indent(JSON.stringify(value[i] ?? null, null, 2), '    ')}`);
      yield '\n  ]';
    } else yield jsonVisible(head + indent(JSON.stringify(value, null, 2), '  '));
  }
  yield first ? '}\n' : '\n}\n';
}

/**
 * The report as pretty JSON (the report is plain data, so this round-trips). C1 controls, line
 * separators and bidirectional overrides in strings are written as `\u` escapes, so the JSON is
 * safe to print on a terminal and parses to the same report.
 */
export function renderJson(report: ConsistencyReport): string {
  return [...renderJsonChunks(report)].join('');
}
