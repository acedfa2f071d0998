/**
 * Reading claim files for the CLI: a JSON array of claims, an object
 * `{ "sources": [...], "claims": [...] }`, JSON Lines, or CSV with a header
 * row. Every claim keeps the line it starts on, so errors can name it.
 *
 * JSON Lines and CSV are read as streams, chunk by chunk, and handed on in
 * batches: a file of any size is never one string (V8 caps a string at about
 * 512 MB) and its claims need not all be in memory at once. A JSON document
 * is one value, so it is read whole. Bytes are checked as they come: a NUL
 * byte or bytes that are not UTF-8 make it "not a claims file", said without
 * echoing them; an empty file (nothing but white space) is an error in every
 * format.
 */
import { CLAIM_FIELDS } from '../schema';
import { visible } from '../util/visible';

export class InputError extends Error {
  override readonly name = 'InputError';
}

/** A short, printable rendering of input text for a message: controls escaped, long text cut. */
function shown(text: string, max = 40): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return visible(cut);
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
    const c = text.charCodeAt(i);
    // LF, CRLF (counted at its LF) or a lone CR ends a line.
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
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

/** Where JSON parsing failed: line, column and Node's reason (which may quote a character of the input: shown visibly). */
function jsonErrorAt(text: string, error: unknown): string {
  const reason = shown(jsonReason(error), 80);
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
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
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


/** Claims handed on by a reader, with the line each starts on. */
export type ClaimSink = (claims: unknown[], lines: number[]) => void;

/** What a reader found besides the claims it handed on. */
export interface ReadSummary {
  readonly sources: unknown[] | undefined;
  readonly format: 'json' | 'jsonl' | 'csv';
  readonly claims: number;
}

/** Collects claims into batches of `size` and hands each on. */
class Batcher {
  private claims: unknown[] = [];
  private lines: number[] = [];
  count = 0;
  constructor(
    private readonly sink: ClaimSink,
    private readonly size: number,
  ) {}
  push(claim: unknown, line: number): void {
    this.claims.push(claim);
    this.lines.push(line);
    this.count++;
    if (this.claims.length >= this.size) this.flush();
  }
  flush(): void {
    if (this.claims.length === 0) return;
    const claims = this.claims;
    const lines = this.lines;
    this.claims = [];
    this.lines = [];
    this.sink(claims, lines);
  }
}

/**
 * JSON Lines as a stream: one JSON value per line; lines end in LF, CRLF or a
 * lone CR (JSON strings cannot hold a raw line break, so any of them ends a
 * line); blank lines are skipped.
 */
class JsonLinesReader {
  private partial = '';
  private line = 1;
  private pendingCR = false;
  constructor(private readonly out: Batcher) {}

  push(chunk: string): void {
    let from = 0;
    if (this.pendingCR && chunk.charCodeAt(0) === 10) from = 1;
    this.pendingCR = false;
    const breaks = /\r\n|\r|\n/g;
    breaks.lastIndex = from;
    for (let m = breaks.exec(chunk); m !== null; m = breaks.exec(chunk)) {
      // A CR at the end of a chunk may be the first half of a CRLF split across chunks.
      if (m[0] === '\r' && m.index === chunk.length - 1) this.pendingCR = true;
      const text = this.partial === '' ? chunk.slice(from, m.index) : this.partial + chunk.slice(from, m.index);
      this.partial = '';
      this.take(text);
      from = breaks.lastIndex;
    }
    this.partial += chunk.slice(from);
  }

  end(): void {
    if (this.partial !== '') this.take(this.partial);
    this.partial = '';
  }

  private take(raw: string): void {
    const number = this.line++;
    const line = raw.trim();
    if (line === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      const offset = jsonErrorOffset(line);
      const reason = jsonReason(error);
      throw new InputError(`${number}:${offset < 0 ? '' : `${offset + 1 + (raw.length - raw.trimStart().length)}:`} invalid JSON line (${shown(reason, 80)})`);
    }
    this.out.push(value, number);
  }
}

/**
 * A small RFC 4180 reader, fed chunk by chunk, that keeps the line each record
 * starts on. Records end in LF, CRLF or a lone CR; a quoted field may hold any
 * of them, and `""` in it is a quote.
 */
export class CsvParser {
  private fields: string[] = [];
  private field = '';
  private quoted = false;
  /** In a quoted field, a quote was the last character: the field's end, or the first of `""`. */
  private quoteSeen = false;
  private pendingCR = false;
  private any = false;
  private line = 1;
  private start = 1;

  constructor(private readonly emit: (fields: string[], line: number) => void) {}

  push(chunk: string): void {
    const n = chunk.length;
    let i = 0;
    if (this.pendingCR) {
      this.pendingCR = false;
      if (chunk.charCodeAt(0) === 10) {
        if (this.quoted && !this.quoteSeen) this.field += '\n';
        i = 1;
      }
    }
    const special = /[",\r\n]/g;
    const inQuotes = /["\r\n]/g;
    while (i < n) {
      if (this.quoted) {
        if (this.quoteSeen) {
          this.quoteSeen = false;
          if (chunk.charCodeAt(i) === 34) {
            this.field += '"';
            i++;
            continue;
          }
          this.quoted = false;
          continue;
        }
        inQuotes.lastIndex = i;
        const m = inQuotes.exec(chunk);
        const at = m === null ? n : m.index;
        this.field += chunk.slice(i, at);
        if (m === null) return;
        const c = chunk.charCodeAt(at);
        i = at + 1;
        if (c === 34) this.quoteSeen = true;
        else {
          this.field += chunk[at];
          // A line break inside a quoted field: LF, CRLF (one line) or a lone CR.
          if (c === 13) {
            if (i === n) this.pendingCR = true;
            else if (chunk.charCodeAt(i) === 10) {
              this.field += '\n';
              i++;
            }
          }
          this.line++;
        }
        continue;
      }
      const c = chunk.charCodeAt(i);
      if (c === 34 && this.field === '') {
        this.quoted = true;
        this.any = true;
        i++;
        continue;
      }
      if (c === 44) {
        this.fields.push(this.field);
        this.field = '';
        this.any = true;
        i++;
        continue;
      }
      if (c === 10 || c === 13) {
        i++;
        if (c === 13) {
          if (i === n) this.pendingCR = true;
          else if (chunk.charCodeAt(i) === 10) i++;
        }
        this.endRecord();
        this.line++;
        this.start = this.line;
        continue;
      }
      special.lastIndex = i + 1;
      const m = special.exec(chunk);
      // A quote inside an unquoted field is kept as it is; only the separators end the run.
      let at = m === null ? n : m.index;
      while (at < n && chunk.charCodeAt(at) === 34) {
        special.lastIndex = at + 1;
        const next = special.exec(chunk);
        at = next === null ? n : next.index;
      }
      this.field += chunk.slice(i, at);
      this.any = true;
      i = at;
    }
  }

  end(): void {
    if (this.quoted && !this.quoteSeen) throw new InputError(`${this.start}: a quoted field never ends`);
    this.quoted = false;
    this.quoteSeen = false;
    if (this.any || this.field !== '') this.endRecord();
  }

  private endRecord(): void {
    this.fields.push(this.field);
    if (this.any || this.field !== '') this.emit(this.fields, this.start);
    this.fields = [];
    this.field = '';
    this.any = false;
  }
}

/** Parses CSV text into records, each with the line it starts on. */
export function parseCsvRecords(text: string): { fields: string[]; line: number }[] {
  const records: { fields: string[]; line: number }[] = [];
  const parser = new CsvParser((fields, line) => records.push({ fields, line }));
  parser.push(text);
  parser.end();
  return records;
}

/** CSV claims as a stream: the header names the columns, each record after it is a claim. */
function csvClaims(out: Batcher): CsvParser {
  let names: string[] | undefined;
  return new CsvParser((fields, line) => {
    if (names === undefined) {
      names = fields.map((f) => f.trim().toLowerCase());
      const known = names.filter((n) => CLAIM_FIELDS.has(n));
      if (known.length === 0) {
        throw new InputError(`${line}: not a claims file: the first line is neither JSON nor a CSV header naming columns such as ${[...CLAIM_FIELDS].slice(1, 5).join(', ')}`);
      }
      const unknown = names.filter((n) => !CLAIM_FIELDS.has(n));
      if (unknown.length > 0) {
        const listed = unknown.slice(0, 5).map((u) => `'${shown(u)}'`).join(', ');
        throw new InputError(`${line}: unknown column${unknown.length > 1 ? 's' : ''} ${listed}${unknown.length > 5 ? ', …' : ''}; columns are ${[...CLAIM_FIELDS].join(', ')}`);
      }
      const seen = new Set<string>();
      for (const n of names) {
        if (seen.has(n)) throw new InputError(`${line}: the column '${n}' appears twice in the header; each column may appear once`);
        seen.add(n);
      }
      return;
    }
    if (fields.length !== names.length) throw new InputError(`${line}: ${fields.length} fields where the header has ${names.length}`);
    const claim = new Map<string, unknown>();
    names.forEach((name, k) => {
      const raw = fields[k]!;
      if (raw === '' && name !== 'value') return;
      if (name === 'negated') claim.set(name, /^(true|yes|1)$/i.test(raw) ? true : /^(false|no|0)$/i.test(raw) ? false : raw);
      // A number as written, else the text itself, so that an error quotes what the file says ("high"), not NaN.
      else if (name === 'confidence') claim.set(name, raw.trim() === '' || !Number.isFinite(Number(raw)) ? raw : Number(raw));
      else claim.set(name, raw);
    });
    out.push(Object.fromEntries(claim), line);
  });
}

/** The first character that is not white space, or undefined. */
function firstChar(text: string): string | undefined {
  return text.trimStart()[0];
}

/** Characters at the start of a file looked at for signs of binary data. */
const SAMPLE = 512;

const FORMAT_NAMES = { csv: ['.csv'], jsonl: ['.jsonl', '.ndjson'], json: ['.json'] } as const;

function formatByName(name: string): 'json' | 'jsonl' | 'csv' | undefined {
  const lower = name.toLowerCase();
  for (const [format, extensions] of Object.entries(FORMAT_NAMES) as ['json' | 'jsonl' | 'csv', readonly string[]][]) {
    if (extensions.some((e) => lower.endsWith(e))) return format;
  }
  return undefined;
}

/** A whole JSON document: an array of claims or `{ "sources": [...], "claims": [...] }`. */
function readJsonDocument(text: string, out: Batcher): ReadSummary {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // An object per line is JSON Lines whatever the file is called.
    if (firstChar(text) === '{' && text.trim().includes('\n')) {
      const lines = new JsonLinesReader(out);
      lines.push(text);
      lines.end();
      out.flush();
      return { sources: undefined, format: 'jsonl', claims: out.count };
    }
    throw new InputError(jsonErrorAt(text, error));
  }
  if (Array.isArray(data)) {
    const lines = elementLines(text, []);
    for (let k = 0; k < data.length; k++) out.push(data[k], lines[k] ?? 1);
    out.flush();
    return { sources: undefined, format: 'json', claims: out.count };
  }
  if (data !== null && typeof data === 'object' && Array.isArray((data as { claims?: unknown }).claims)) {
    const { claims, sources } = data as { claims: unknown[]; sources?: unknown };
    if (sources !== undefined && !Array.isArray(sources)) throw new InputError(' "sources" must be an array of sources');
    const lines = elementLines(text, ['claims']);
    for (let k = 0; k < claims.length; k++) out.push(claims[k], lines[k] ?? 1);
    out.flush();
    return { sources: sources as unknown[] | undefined, format: 'json', claims: out.count };
  }
  throw new InputError(' expected a JSON array of claims, or an object with a "claims" array');
}

/**
 * Reads claims from text that arrives in chunks (decoded already: see
 * `decodeUtf8`), handing them on in batches. The format comes from the name
 * (`.csv`, `.jsonl`, `.ndjson`, `.json`) or, for standard input and other
 * names, from the content: `[` starts a JSON document; `{` starts JSON Lines
 * when the first line is a whole JSON value and more follows, otherwise a JSON
 * document; anything else is CSV.
 *
 * @throws {InputError} naming the line (and column) of what cannot be read
 */
export function readClaimStream(name: string, chunks: Iterable<string>, sink: ClaimSink, batchSize = 50_000): ReadSummary {
  return openClaimStream(name, chunks).read(sink, batchSize);
}

/** A claims file whose format is known (from its name, or from its first characters), ready to be read. */
export interface ClaimStream {
  readonly format: 'json' | 'jsonl' | 'csv';
  /** Reads the claims, handing them on in batches of `batchSize`; once only. */
  read(sink: ClaimSink, batchSize?: number): ReadSummary;
}

/**
 * Decides a file's format from its name or, for standard input and other
 * names, from as much of the start as that takes (see `readClaimStream`); the
 * claims are read later, by `read`. An empty file, and a NUL, a byte that is
 * not UTF-8 or a control character in the first 512 characters ("not a
 * claims file"), are refused here; later ones when the reading reaches them.
 */
export function openClaimStream(name: string, chunks: Iterable<string>): ClaimStream {
  const iterator = chunks[Symbol.iterator]();
  // A NUL is refused where the reading reaches it: what comes before it is read first, as a stream reads it.
  let nul = false;
  const next = (): string | undefined => {
    if (nul) throw new InputError(' not a claims file: it holds a NUL character; claims files are UTF-8 text');
    const r = iterator.next();
    if (r.done === true) return undefined;
    const at = r.value.indexOf('\u0000');
    if (at < 0) return r.value;
    nul = true;
    return r.value.slice(0, at);
  };
  // The start, in parts (never one growing string: that would be copied again with each chunk), up to
  // the first character that is not white space, and for '{' up to the first line's end.
  const parts: string[] = [];
  let first: string | undefined;
  let firstAt = 0;
  let firstPart = 0;
  let started = false;
  for (let chunk = next(); chunk !== undefined; chunk = next()) {
    // A byte-order mark at the very start is not content.
    if (!started && chunk !== '') {
      started = true;
      chunk = chunk.replace(/^\uFEFF/, '');
    }
    parts.push(chunk);
    const m = /\S/.exec(chunk);
    if (m !== null) {
      first = m[0];
      firstAt = firstAt + m.index;
      firstPart = parts.length - 1;
      break;
    }
    firstAt += chunk.length;
  }
  if (first === undefined) throw new InputError(' empty file: no claims');
  // The start is a sample: text files hold no control characters but tabs and line breaks. (A NUL or a
  // byte that is not UTF-8 there stops the reading before any of it is parsed.)
  let sampled = parts.reduce((n, p) => n + p.length, 0);
  while (sampled < SAMPLE) {
    const chunk = next();
    if (chunk === undefined) break;
    parts.push(chunk);
    sampled += chunk.length;
  }
  const sample = (parts.length === 1 ? parts[0]! : parts.join('')).slice(0, SAMPLE);
  const control = /[\u0000-\u0008\u000e-\u001f]/.exec(sample);
  if (control !== null) {
    const line = sample.slice(0, control.index).split(/\r\n|\r|\n/).length;
    throw new InputError(` not a claims file: a control character (U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}) at line ${line}; claims files are UTF-8 text`);
  }
  let format = formatByName(name);
  if (format === undefined) {
    if (first === '[') format = 'json';
    else if (first !== '{') format = 'csv';
    else {
      // JSON Lines when the first line is a whole JSON value and something follows it; a JSON document otherwise.
      let k = firstPart;
      let from = firstAt - parts.slice(0, k).reduce((n, p) => n + p.length, 0);
      let lineEnd = -1;
      let after = false;
      for (;;) {
        const part = parts[k]!;
        if (lineEnd < 0) {
          const br = /[\r\n]/g;
          br.lastIndex = from;
          const m = br.exec(part);
          if (m !== null) {
            lineEnd = k;
            from = m.index;
          }
        }
        if (lineEnd >= 0) {
          const rest = /\S/g;
          rest.lastIndex = from;
          if (rest.exec(part) !== null) {
            after = true;
            break;
          }
        }
        if (k + 1 === parts.length) {
          const chunk = next();
          if (chunk === undefined) break;
          parts.push(chunk);
        }
        k++;
        from = 0;
      }
      if (after) {
        const text = parts.slice(0, lineEnd + 1).join('');
        const br = /[\r\n]/g;
        br.lastIndex = firstAt;
        const firstLine = text.slice(firstAt, br.exec(text)!.index);
        format = isJson(firstLine) ? 'jsonl' : 'json';
      } else format = 'json';
    }
  }
  const rest = (function* () {
    yield* parts;
    parts.length = 0;
    for (let chunk = next(); chunk !== undefined; chunk = next()) yield chunk;
  })();
  const decided = format;
  return {
    format: decided,
    read(sink, batchSize = 50_000) {
      const out = new Batcher(sink, batchSize);
      if (decided === 'json') {
        const all: string[] = [];
        for (const chunk of rest) all.push(chunk);
        let text: string;
        try {
          text = all.join('');
        } catch {
          throw new InputError(' too large to read as one JSON document (V8 strings stop at 512 MB); write the claims as JSON Lines, which are read as a stream');
        }
        all.length = 0;
        return readJsonDocument(text, out);
      }
      const reader = decided === 'jsonl' ? new JsonLinesReader(out) : csvClaims(out);
      for (const chunk of rest) reader.push(chunk);
      reader.end();
      out.flush();
      return { sources: undefined, format: decided, claims: out.count };
    },
  };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes UTF-8 bytes that arrive in chunks, refusing what is not text: a
 * NUL byte, bytes that are not UTF-8, a UTF-16 byte-order mark. The error says
 * where, never what the bytes were. A UTF-8 byte-order mark is dropped.
 *
 * @throws {InputError} ` not a claims file: …`
 */
export function* decodeUtf8(chunks: Iterable<Uint8Array>): Generator<string> {
  const decoder = new TextDecoder('utf-8');
  let offset = 0;
  let line = 1;
  // The UTF-8 decoder's state across chunks (WHATWG Encoding §9.1.1): continuation bytes still needed, and their range.
  let need = 0;
  let lower = 0x80;
  let upper = 0xbf;
  let first = true;
  let refused: InputError | undefined;
  const refuse = (what: string, at: number) => {
    refused = new InputError(` not a claims file: ${what} at offset ${(offset + at).toLocaleString('en-US')} (line ${line}); claims files are UTF-8 text`);
  };
  for (const bytes of chunks) {
    if (bytes.length === 0) continue;
    if (first) {
      first = false;
      if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        throw new InputError(' not a claims file: it is UTF-16 text (it starts with a UTF-16 byte-order mark); save it as UTF-8');
      }
    }
    let i = 0;
    for (; i < bytes.length && refused === undefined; i++) {
      const b = bytes[i]!;
      if (need === 0) {
        if (b < 0x80) {
          if (b === 0) refuse('a NUL byte', i);
          else if (b === 10) line++;
          continue;
        }
        if (b >= 0xc2 && b <= 0xdf) need = 1;
        else if (b >= 0xe0 && b <= 0xef) {
          need = 2;
          if (b === 0xe0) lower = 0xa0;
          else if (b === 0xed) upper = 0x9f;
        } else if (b >= 0xf0 && b <= 0xf4) {
          need = 3;
          if (b === 0xf0) lower = 0x90;
          else if (b === 0xf4) upper = 0x8f;
        } else refuse('a byte that is not UTF-8', i);
        continue;
      }
      if (b < lower || b > upper) refuse('a byte that is not UTF-8', i);
      lower = 0x80;
      upper = 0xbf;
      need--;
    }
    // What comes before a refused byte is handed on first, as a stream reads it; then the refusal.
    const valid = refused === undefined ? bytes : bytes.subarray(0, i - 1);
    offset += bytes.length;
    const text = decoder.decode(valid, { stream: true });
    if (text !== '') yield text;
    if (refused !== undefined) throw refused;
  }
  if (need > 0) {
    refuse('a UTF-8 sequence cut short', 0);
    throw refused;
  }
  const tail = decoder.decode();
  if (tail !== '') yield tail;
}

/**
 * Reads a whole claims file from one string (the streaming reader with one
 * chunk, its claims collected). The format comes from the name (`.csv`,
 * `.jsonl`, `.ndjson`, `.json`) or, for standard input and other names, from
 * the content.
 */
export function readClaims(name: string, text: string): ClaimFile {
  const claims: unknown[] = [];
  const lines: number[] = [];
  const { sources, format } = readClaimStream(name, [text], (batch, at) => {
    for (const c of batch) claims.push(c);
    for (const l of at) lines.push(l);
  });
  return { claims, sources, lines, format };
}
