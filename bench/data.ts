/**
 * Loaders for the real multi-source datasets in ../shared/data (or
 * $CROSSCHECK_DATA), turning each into crosscheck claims: object → subject,
 * attribute → attribute, value → value, site or editor → source.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseCsvRecords } from '../src/cli/read';
import type { ClaimInput } from '../src/schema';

export const DATA_DIR = resolve(process.env.CROSSCHECK_DATA ?? join(import.meta.dirname, '..', '..', 'shared', 'data'));

/** A dataset the benchmarks need is not there; its message is one line saying how to provide it. */
export class MissingDataError extends Error {
  override readonly name = 'MissingDataError';
}

export function requireData(sub: string): string {
  const dir = join(DATA_DIR, sub);
  if (!existsSync(dir)) {
    throw new MissingDataError(
      `dataset not found: ${dir} — put the shared data folder at ../shared/data beside the project, or set CROSSCHECK_DATA to a folder holding ${sub}/`,
    );
  }
  return dir;
}

/**
 * Runs a benchmark script's main: a missing dataset prints one line to stderr and exits 1,
 * with no stack trace; any other error is thrown as it is.
 */
export async function runBench(name: string, main: () => void | Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (!(error instanceof MissingDataError)) throw error;
    process.stderr.write(`${name}: ${error.message}\n`);
    process.exit(1);
  }
}

function records(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsvRecords(text).map((r) => r.fields);
  return rows.filter((r) => r.length === header!.length).map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}

export const FLIGHT_ATTRIBUTES = ['sched_dep_time', 'act_dep_time', 'sched_arr_time', 'act_arr_time'] as const;

export interface FlightsData {
  readonly claims: ClaimInput[];
  /** Gold value per `${flight}\u0000${attribute}`. */
  readonly gold: Map<string, string>;
}

/**
 * flights-raha: one claim per non-empty cell of flights_dirty.csv; gold from flights_clean.csv.
 * `dir` defaults to the shared dataset; the tests pass their own copy (test/fixtures/flights-raha).
 */
export function loadFlights(dir: string = requireData('flights-raha')): FlightsData {
  const dirty = records(readFileSync(join(dir, 'flights_dirty.csv'), 'utf8'));
  const clean = records(readFileSync(join(dir, 'flights_clean.csv'), 'utf8'));
  const claims: ClaimInput[] = [];
  for (const r of dirty) {
    for (const a of FLIGHT_ATTRIBUTES) {
      const value = r[a]!;
      if (value.trim() === '') continue;
      claims.push({ id: `${r.tuple_id}:${a}`, source: r.src!, subject: r.flight!, attribute: a, value });
    }
  }
  const gold = new Map<string, string>();
  for (const r of clean) for (const a of FLIGHT_ATTRIBUTES) gold.set(`${r.flight}\u0000${a}`, r[a]!);
  return { claims, gold };
}

export interface PopulationData {
  readonly claims: ClaimInput[];
  readonly gold: Map<string, string>;
}

/** population-wikipedia: one claim per edit; gold for a few hundred items. */
export function loadPopulation(): PopulationData {
  const dir = requireData('population-wikipedia');
  const rows = records(readFileSync(join(dir, 'population_claims.csv'), 'utf8'));
  const claims: ClaimInput[] = rows.map((r, i) => ({
    id: `p${i}`,
    source: r.SourceID!,
    subject: r.ObjectID!,
    attribute: r.PropertyID!,
    value: r.PropertyValue!,
  }));
  const gold = new Map<string, string>();
  for (const r of records(readFileSync(join(dir, 'population_truth.csv'), 'utf8'))) gold.set(`${r.ObjectID}\u0000${r.PropertyID}`, r.PropertyValue!);
  return { claims, gold };
}

export interface WeatherRow {
  readonly object: string;
  readonly attribute: string;
  readonly value: string;
  readonly source: string;
}

/** weather: every claim file (gzip CSV). */
export function loadWeatherRows(): WeatherRow[] {
  const dir = join(requireData('weather'), 'claims');
  const out: WeatherRow[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.csv.gz')).sort()) {
    for (const r of records(gunzipSync(readFileSync(join(dir, file))).toString('utf8'))) {
      out.push({ object: r.ObjectID!, attribute: r.PropertyID!, value: r.PropertyValue!, source: r.SourceID! });
    }
  }
  return out;
}

export interface BooksData {
  readonly claims: ClaimInput[];
  /** Gold author list per ISBN, as book_golden.txt writes it ("haag, stephen ;  perry, james t.;"). */
  readonly gold: Map<string, string>;
}

/**
 * book-abebooks: one claim per store listing (TSV: store, ISBN, title, author
 * list), the author list as the store wrote it; empty lists are left out.
 * Gold: the 100 books of book_golden.txt.
 */
export function loadBooks(): BooksData {
  const dir = requireData('book-abebooks');
  const claims: ClaimInput[] = [];
  readFileSync(join(dir, 'book.txt'), 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const [source, isbn, , authors] = line.split('\t');
      if (source === undefined || isbn === undefined || authors === undefined || authors.trim() === '') return;
      claims.push({ id: `b${i}`, source, subject: isbn, attribute: 'authors', value: authors });
    });
  const gold = new Map<string, string>();
  for (const line of readFileSync(join(dir, 'book_golden.txt'), 'utf8').split('\n')) {
    const [isbn, authors] = line.split('\t');
    if (isbn !== undefined && authors !== undefined && isbn.trim() !== '') gold.set(isbn.trim(), authors);
  }
  return { claims, gold };
}
