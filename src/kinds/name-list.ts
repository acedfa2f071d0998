import { NAME_SUFFIXES, fold } from '../normalize/text';

/** Accented letters written as HTML entities by shop feeds ("E&oacute;in"), and `&amp;`. */
const ENTITY = /&(?:([A-Za-z])(acute|grave|uml|circ|tilde|cedil|ring|slash)|(amp|quot|apos|#\d{1,6}));/g;
const MARKS: Readonly<Record<string, string>> = { acute: '\u0301', grave: '\u0300', uml: '\u0308', circ: '\u0302', tilde: '\u0303', cedil: '\u0327', ring: '\u030a', slash: '' };
/** A role or note in parentheses ("(Author)", "(Joint Author)", "(Simon Fraser University)"): it ends a name. */
const PARENTHESES = /\([^()]{0,80}\)/g;
/** Words that introduce a name rather than belong to it: "By (author) Calvert, Kenneth L.", "edited by". */
const INTRODUCERS = /(?:^|\s)(?:(?:edited|written|translated|illustrated|foreword|introduction|compiled)\s+)?by(?=\s|$)/gi;
/** Marks between names: ";", "/", "|", "&", "and", "with", "et al.". */
const SEPARATORS = /[;/|&\n\t]|\band\b|\bwith\b|\bet\s+al\b\.?/i;
/** Longer than any list of people a listing prints: read as one value (which the name kind then refuses). */
const MAX_LENGTH = 2_000;
/** Words a listing prints in place of a name it lacks ("Barrie Sosinsky UNKNOWN"). */
const FILLERS: ReadonlySet<string> = new Set(['unknown', 'n/a', 'na', 'anonymous', 'various', 'author', 'authors', 'editor', 'editors']);

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, letter: string | undefined, mark: string | undefined, other: string | undefined) => {
    if (letter !== undefined) return `${letter}${MARKS[mark!] ?? ''}`.normalize('NFC');
    if (other === 'amp') return '&';
    if (other === 'quot') return '"';
    if (other === 'apos') return "'";
    const code = Number(other!.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const isInitial = (word: string) => /^\p{L}\.?$/u.test(word) || /^(?:\p{L}\.){2,}$/u.test(word);
const words = (part: string) => part.split(/\s+/).filter((w) => w !== '' && !FILLERS.has(fold(w)));
const isSuffix = (part: string) => NAME_SUFFIXES.has(fold(part).replace(/[\s.]/g, ''));

/**
 * The people one comma-separated segment names. Written "Last, First" the
 * parts run on: "Haag, Stephen Perry, James T. Sosinsky, Barrie" is Stephen
 * Haag, James T. Perry and Barrie Sosinsky (each part after the first holds the
 * given names of the name before and the surname of the next, unless the next
 * part is a bare surname itself: "Johnson, Michael K., Troan, Erik W."). Written
 * "First Last", every part is one person.
 */
function segmentNames(segment: string): string[] {
  const parts = segment
    .split(',')
    .map((p) => words(p))
    .filter((w) => w.length > 0 && !isSuffix(w.join(' ')));
  if (parts.length === 0) return [];
  if (parts.length === 1) return [parts[0]!.join(' ')];
  // "First Last" names separated by commas ("Kenneth L. Calvert, Michael J. Donahoo"): every part has a given name.
  if (parts[0]!.length > 1) return parts.map((w) => w.join(' '));
  const out: string[] = [];
  let surname: string | undefined = parts[0]![0];
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i]!;
    if (surname === undefined) {
      // A surname is due: a one-word part is one; a longer part is a whole name.
      if (part.length === 1 && i < parts.length - 1) surname = part[0];
      else out.push(part.join(' '));
      continue;
    }
    const last = part[part.length - 1]!;
    const next = parts[i + 1];
    const nextIsSurname = next !== undefined && next.length === 1 && i + 2 < parts.length;
    if (next === undefined || nextIsSurname || part.length === 1 || isInitial(last)) {
      out.push([...part, surname].join(' '));
      surname = undefined;
    } else {
      out.push([...part.slice(0, -1), surname].join(' '));
      surname = last;
    }
  }
  if (surname !== undefined) out.push(surname);
  return out;
}

/** A segment without the spaces, commas and dots around it, by index (a regex anchored at the end would backtrack on long runs). */
function trimPunctuation(segment: string): string {
  let start = 0;
  let end = segment.length;
  while (start < end && /[\s,.]/.test(segment[start]!)) start++;
  while (end > start && /[\s,]/.test(segment[end - 1]!)) end--;
  return segment.slice(start, end);
}

/**
 * Reads an author list as a bookstore or a catalogue writes it into the names
 * it lists, each as "Given Surname": separators (";", "/", "&", "and"), roles
 * in parentheses, "Last, First" and "First Last" orders, run-on "Last, First
 * Last, First" lists and HTML entities. A list without any mark between its
 * names ("Donald E. Knuth John Fuller") stays one name: nothing tells where one
 * ends.
 *
 * @example
 * splitNameList('Haag, Stephen Perry, James T. Sosinsky, Barrie'); //=> ['Stephen Haag', 'James T. Perry', 'Barrie Sosinsky']
 * splitNameList('Kaplan, Joseph E. (Author) Dunn, Ryan (Author)');  //=> ['Joseph E. Kaplan', 'Ryan Dunn']
 * splitNameList('Kenneth L. Calvert, Michael J. Donahoo');          //=> ['Kenneth L. Calvert', 'Michael J. Donahoo']
 */
export function splitNameList(raw: string): string[] {
  if (raw.length > MAX_LENGTH) return [raw];
  const text = decodeEntities(raw).replace(PARENTHESES, ';').replace(INTRODUCERS, ';');
  const out: string[] = [];
  for (const segment of text.split(SEPARATORS)) {
    const trimmed = trimPunctuation(segment);
    if (trimmed !== '') out.push(...segmentNames(trimmed));
  }
  return out;
}
