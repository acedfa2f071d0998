import { hasDigit } from '../normalize/text';
import { distance } from 'fastest-levenshtein';
import { spellingTolerance } from '../kinds/name';

/** A distinct normalized key and how much it is used. */
export interface KeyEntry {
  readonly key: string;
  readonly tokens: readonly string[];
}

/** Tokens shared by more keys than this are too common to propose candidates (they still count when confirming). */
export const DF_CAP = 1000;

function tokensMatch(a: string, b: string): boolean {
  if (a === b) return true;
  if (hasDigit(a) || hasDigit(b)) return false;
  const tol = spellingTolerance(Math.min(a.length, b.length));
  return tol > 0 && Math.abs(a.length - b.length) <= tol && distance(a, b) <= tol;
}

/**
 * Whether two keys name the same thing up to spelling: the same number of
 * tokens, matched one to one (exactly, or by a small edit distance for long
 * tokens without digits), and, for keys of several tokens, at least one token
 * exactly shared that is not too common. This predicate defines fuzzy key
 * equality; blocking only decides which pairs get to ask it.
 */
export function keysMatch(a: KeyEntry, b: KeyEntry, df: (token: string) => number): boolean {
  if (a.key === b.key) return true;
  if (a.tokens.length !== b.tokens.length || a.tokens.length === 0) return false;
  const rest: string[] = [];
  const used = new Set<number>();
  let sharedRare = false;
  for (const t of a.tokens) {
    const i = b.tokens.findIndex((x, k) => !used.has(k) && x === t);
    if (i >= 0) {
      used.add(i);
      if (df(t) <= DF_CAP) sharedRare = true;
    } else rest.push(t);
  }
  if (a.tokens.length > 1 && !sharedRare) return false;
  for (const t of rest) {
    const i = b.tokens.findIndex((x, k) => !used.has(k) && tokensMatch(x, t));
    if (i < 0) return false;
    used.add(i);
  }
  return true;
}

/** All strings one deletion away, and the string itself: two tokens within edit distance 1 share one. */
function deletions(token: string, depth: number, out: Set<string>): void {
  out.add(token);
  if (depth === 0) return;
  for (let i = 0; i < token.length; i++) deletions(token.slice(0, i) + token.slice(i + 1), depth - 1, out);
}

/**
 * The blocking keys of a key: its uncommon tokens, and for a single-token key
 * the deletion neighbourhood of that token (which any spelling within the
 * tolerance shares), so fuzzy equality never needs an all-pairs scan.
 */
export function blockingKeys(entry: KeyEntry, df: (token: string) => number): string[] {
  if (entry.tokens.length === 1) {
    const t = entry.tokens[0]!;
    const tol = hasDigit(t) ? 0 : spellingTolerance(t.length);
    const out = new Set<string>();
    deletions(t, tol, out);
    return [...out].map((d) => `d\u0000${d}`);
  }
  return entry.tokens.filter((t) => df(t) <= DF_CAP).map((t) => `t\u0000${t}`);
}
