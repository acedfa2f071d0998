/**
 * Reading claim files for the CLI: a JSON array of claims, an object
 * `{ "sources": [...], "claims": [...] }`, JSON Lines, or CSV with a header
 * row. Every claim keeps the line it starts on, so errors can name it.
 */

export class InputError extends Error {
  override readonly name = 'InputError';
}

export interface ClaimFile {
  readonly claims: unknown[];
  readonly sources: unknown[] | undefined;
  /** The line (1-based) each claim starts on. */
  readonly lines: number[];
  readonly format: 'json' | 'jsonl' | 'csv';
}

/** Line and column of a character offset. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}

/**
 * The offset of the first JSON syntax error, found by a small validating
 * scanner (Node's messages do not always give a position).
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail();
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 32) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      }
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const value = (depth: number): void => {
    if (depth > 512) fail();
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail();
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail();
      }
    }
    if (c === '"') {
      string();
      return;
    }
    if (c === 't' || c === 'f' || c === 'n') {
      literal(c === 't' ? 'true' : c === 'f' ? 'false' : 'null');
      return;
    }
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (m === null) fail();
    i += m![0].length;
  };
  try {
    value(0);
    ws();
    return i < text.length ? i : -1;
  } catch (at) {
    if (typeof at === 'number') return at;
    throw at;
  }
}

/** Node's reason for a JSON error, without the position or the snippet of input it quotes. */
function jsonReason(error: unknown): string {
  return (error instanceof Error ? error.message : String(error))
    .replace(/ in JSON at position \d+[\s\S]*$/, '')
    .replace(/, (\.\.\.)?"[\s\S]*is not valid JSON$/, '');
}

/** Where JSON parsing failed: line, column and Node's reason. */
function jsonErrorAt(text: string, error: unknown): string {
  const reason = jsonReason(error);
  const offset = jsonErrorOffset(text);
  if (offset < 0) return ` invalid JSON (${reason})`;
  const { line, column } = position(text, offset);
  return `${line}:${column}: invalid JSON (${reason})`;
}

/**
 * Lines of the elements of the array at `path` (`[]` for a top-level array,
 * `['claims']` for an object's "claims"): a small scan that follows strings,
 * nesting and keys.
 */
function elementLines(text: string, path: readonly string[]): number[] {
  const lines: number[] = [];
  const stack: { kind: 'array' | 'object'; key: string | undefined; count: number }[] = [];
  let line = 1;
  let lastKey: string | undefined;
  let expectValue = true;
  const atTarget = () =>
    stack.length === path.length + 1 &&
    stack[stack.length - 1]!.kind === 'array' &&
    path.every((k, i) => stack[i]!.kind === 'object' && stack[i + 1]!.key === k);
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') continue;
    if (c === '"') {
      let j = i + 1;
      let value = '';
      for (; j < text.length && text[j] !== '"'; j++) {
        if (text[j] === '\\') j++;
        else if (text[j] === '\n') line++;
        else value += text[j];
      }
      const top = stack[stack.length - 1];
      if (top?.kind === 'array' && expectValue && atTarget()) lines.push(line);
      if (top?.kind === 'object' && !expectValue) lastKey = value;
      expectValue = false;
      i = j;
      continue;
    }
    if (c === ':') {
      expectValue = true;
      continue;
    }
    if (c === ',') {
      expectValue = stack[stack.length - 1]?.kind === 'array';
      continue;
    }
    if (c === '{' || c === '[') {
      if (stack[stack.length - 1]?.kind === 'array' && atTarget()) lines.push(line);
      stack.push({ kind: c === '{' ? 'object' : 'array', key: lastKey, count: 0 });
      lastKey = undefined;
      expectValue = c === '[';
      continue;
    }
    if (c === '}' || c === ']') {
      stack.pop();
      expectValue = false;
      continue;
    }
    // A number, true, false or null.
    if (stack[stack.length - 1]?.kind === 'array' && expectValue && atTarget()) lines.push(line);
    while (i + 1 < text.length && /[^,\]}\s]/.test(text[i + 1]!)) i++;
    expectValue = false;
  }
  return lines;
}

/** A small RFC 4180 reader that keeps the line each record starts on. */
export function parseCsvRecords(text: string): { fields: string[]; line: number }[] {
  const records: { fields: string[]; line: number }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let any = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      any = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
      any = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      if (any || field !== '') records.push({ fields, line: start });
      fields = [];
      field = '';
      any = false;
      line++;
      start = line;
    } else {
      field += c;
      any = true;
    }
  }
  if (quoted) throw new InputError(`${start}: a quoted field never ends`);
  if (any || field !== '') {
    fields.push(field);
    records.push({ fields, line: start });
  }
  return records;
}

const CSV_FIELDS = new Set(['id', 'source', 'subject', 'attribute', 'value', 'kind', 'quote', 'negated', 'confidence']);

function readCsv(text: string): ClaimFile {
  const records = parseCsvRecords(text.replace(/^\uFEFF/, ''));
  const header = records.shift();
  if (header === undefined) return { claims: [], sources: undefined, lines: [], format: 'csv' };
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const unknown = names.filter((n) => !CSV_FIELDS.has(n));
  if (unknown.length > 0) {
    throw new InputError(`${header.line}: unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `'${u}'`).join(', ')}; columns are ${[...CSV_FIELDS].join(', ')}`);
  }
  const claims: unknown[] = [];
  const lines: number[] = [];
  for (const r of records) {
    if (r.fields.length !== names.length) {
      throw new InputError(`${r.line}: ${r.fields.length} fields where the header has ${names.length}`);
    }
    const claim = new Map<string, unknown>();
    names.forEach((name, k) => {
      const raw = r.fields[k]!;
      if (raw === '' && name !== 'value') return;
      if (name === 'negated') claim.set(name, /^(true|yes|1)$/i.test(raw) ? true : /^(false|no|0)$/i.test(raw) ? false : raw);
      else if (name === 'confidence') claim.set(name, raw.trim() === '' ? raw : Number(raw));
      else claim.set(name, raw);
    });
    claims.push(Object.fromEntries(claim));
    lines.push(r.line);
  }
  return { claims, sources: undefined, lines, format: 'csv' };
}

function readJsonLines(text: string): ClaimFile {
  const claims: unknown[] = [];
  const lines: number[] = [];
  text.split('\n').forEach((raw, k) => {
    const line = raw.trim();
    if (line === '') return;
    try {
      claims.push(JSON.parse(line));
    } catch (error) {
      const offset = jsonErrorOffset(line);
      const reason = jsonReason(error);
      throw new InputError(`${k + 1}:${offset < 0 ? '' : `${offset + 1 + (raw.length - raw.trimStart().length)}:`} invalid JSON line (${reason})`);
    }
    lines.push(k + 1);
  });
  return { claims, sources: undefined, lines, format: 'jsonl' };
}

/**
 * Reads a claims file. The format comes from the name (`.csv`, `.jsonl`,
 * `.ndjson`, `.json`) or, for standard input and other names, from the
 * content.
 */
export function readClaims(name: string, text: string): ClaimFile {
  const lower = name.toLowerCase();
  const body = text.replace(/^\uFEFF/, '');
  const first = body.trimStart()[0];
  if (lower.endsWith('.csv') || (!lower.endsWith('.json') && !lower.endsWith('.jsonl') && !lower.endsWith('.ndjson') && first !== '[' && first !== '{')) {
    return readCsv(body);
  }
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return readJsonLines(body);
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    // An object per line is JSON Lines whatever the file is called.
    if (first === '{' && body.trim().includes('\n')) return readJsonLines(body);
    throw new InputError(jsonErrorAt(body, error));
  }
  if (Array.isArray(data)) return { claims: data, sources: undefined, lines: elementLines(body, []), format: 'json' };
  if (data !== null && typeof data === 'object' && Array.isArray((data as { claims?: unknown }).claims)) {
    const { claims, sources } = data as { claims: unknown[]; sources?: unknown };
    if (sources !== undefined && !Array.isArray(sources)) throw new InputError('"sources" must be an array of sources');
    return { claims, sources: sources as unknown[] | undefined, lines: elementLines(body, ['claims']), format: 'json' };
  }
  throw new InputError('expected a JSON array of claims, or an object with a "claims" array');
}
