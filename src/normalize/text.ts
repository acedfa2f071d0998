/**
 * Text folding shared by keys and the text-like kinds: one place decides what
 * "the same letters" means, so a subject key and a name value never disagree
 * about it.
 */

const COMBINING_MARKS = /\p{M}+/gu;
// Every 30 marks in a row, a combining grapheme joiner (U+034F, itself a mark, so folding drops it):
// the Stream-Safe Text Format of UAX #15. Normalization reorders a run of marks by insertion sort,
// quadratic in the run's length (1 MB of two alternating accents took over a minute); the joiner is
// a starter, so it cuts the run into pieces of 30 and normalizing stays linear. Folding drops every
// mark anyway, so the result is the same.
const LONG_MARK_RUN = /\p{M}{30}(?=\p{M})/gu;
// Curly quotes and the many dashes real articles use ("‘Rust’", "Gutierrez‑Reed").
const QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
// Possessive 's / s' ends a word: "Baldwin's", "Hutchins's", "Hutchins'".
const POSSESSIVE = /(\p{L})'s(?![\p{L}\p{N}])|(\p{L}s)'(?![\p{L}\p{N}])/gu;
const NON_WORD = /[^\p{L}\p{N}]+/u;

const foldCache = new Map<string, string>();
const FOLD_CACHE_LIMIT = 200_000;

/**
 * Folds a string for comparison: Unicode NFKC, diacritics removed, lower case,
 * typographic quotes and dashes made plain, whitespace collapsed.
 *
 * @example
 * fold('  Café   “Chimayó” ');  //=> 'cafe "chimayo"'
 */
export function fold(raw: string): string {
  const hit = foldCache.get(raw);
  if (hit !== undefined) return hit;
  const folded = raw
    .replace(LONG_MARK_RUN, '$&\u034F')
    .normalize('NFKC')
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(QUOTES, "'")
    .replace(DASHES, '-')
    .replace(/[\u201C\u201D\u201E\u201F]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
  if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
  foldCache.set(raw, folded);
  return folded;
}

/**
 * Splits folded text into word tokens, dropping possessive endings and all
 * punctuation. Hyphenated words split ("gutierrez-reed" → two tokens).
 *
 * @example
 * tokenize("Baldwin's  case"); //=> ['baldwin', 'case']
 */
export function tokenize(raw: string): string[] {
  const text = fold(raw).replace(POSSESSIVE, '$1$2');
  const out: string[] = [];
  for (const t of text.split(NON_WORD)) if (t !== '') out.push(t);
  return out;
}

/** True when the token contains a digit: such tokens only ever match exactly. */
export function hasDigit(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

const stemCache = new Map<string, string>();

/**
 * A light, conservative English stemmer for keys: enough to make "dismissal",
 * "dismissed" and "dismiss", or "sentences" and "sentence", meet, without the
 * aggressive conflations of a full Porter stemmer. Tokens with digits and short
 * tokens are left alone.
 *
 * @example
 * stem('dismissal'); //=> 'dismiss'
 * stem('charges');   //=> 'charg'
 */
export function stem(token: string): string {
  if (token.length <= 3 || hasDigit(token)) return token;
  const hit = stemCache.get(token);
  if (hit !== undefined) return hit;
  let t = token;
  if (t.endsWith('ies') && t.length > 4) t = `${t.slice(0, -3)}y`;
  else if (t.endsWith('sses')) t = t.slice(0, -2);
  else if (t.endsWith('s') && !/(ss|us|is)$/.test(t)) t = t.slice(0, -1);
  if (t.endsWith('ational')) t = `${t.slice(0, -7)}ate`;
  else if (t.endsWith('ation') && t.length > 7) t = `${t.slice(0, -5)}ate`;
  else if (t.endsWith('ing') && t.length > 5) t = t.slice(0, -3);
  else if (t.endsWith('ed') && t.length > 4) t = t.slice(0, -2);
  else if (t.endsWith('al') && t.length > 6) t = t.slice(0, -2);
  // "planned" → "plann" → "plan"; "dismiss" keeps its double s.
  if (/([^aeiouls])\1$/.test(t) && t.length > 4) t = t.slice(0, -1);
  if (t.endsWith('e') && t.length >= 4) t = t.slice(0, -1);
  stemCache.set(token, t);
  return t;
}

/** Words that carry no identity in a key ("the case against Baldwin"). */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'for', 'to', 'by', 'with', 'against', 'from',
  'and', 'its', 'his', 'her', 'their', 'this', 'that', 'about', 'as', 'into', 'over',
  'was', 'is', 'were', 'are', 'be', 'been',
]);

/** Honorifics and titles that precede a name without changing who it is ("Judge Mary Marlowe Sommer"). */
export const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'judge', 'justice', 'rev', 'reverend', 'hon', 'honorable', 'sen', 'senator', 'rep',
  'representative', 'gov', 'governor', 'president', 'officer', 'detective', 'det', 'sgt',
  'sergeant', 'lt', 'lieutenant', 'capt', 'captain', 'gen', 'general', 'col', 'colonel',
  'cpl', 'corporal', 'pvt', 'deputy', 'sheriff', 'chief', 'attorney', 'atty', 'lawyer',
  'mayor', 'actor', 'actress', 'director', 'cinematographer', 'armorer', 'armourer',
]);

/** Suffixes that follow a name without changing who it is. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'esq', 'phd', 'md', 'ii', 'iii']);

/**
 * An abbreviation stands for a longer word that starts with its first letter
 * and holds its letters in order: "capt" captain, "dept" department, "sgt"
 * sergeant, "wm" william. Two to five letters, as abbreviations are written.
 */
export function abbreviates(short: string, long: string): boolean {
  if (short.length < 2 || short.length > 5 || short.length >= long.length || short[0] !== long[0]) return false;
  let k = 1;
  for (let i = 1; i < long.length && k < short.length; i++) if (long[i] === short[k]) k++;
  return k === short.length;
}
