import { describe, expect, it } from 'vitest';
import { splitNameList } from '../../src/kinds/name-list';

// Author lists as AbeBooks stores wrote them (the AbeBooks data, book-abebooks/book.txt).
const ROWS: readonly (readonly [string, readonly string[]])[] = [
  ['Knuth, Donald E.', ['Donald E. Knuth']],
  ['Donald E. Knuth', ['Donald E. Knuth']],
  ['Knuth', ['Knuth']],
  ['Haag, Stephen Perry, James T. Sosinsky, Barrie', ['Stephen Haag', 'James T. Perry', 'Barrie Sosinsky']],
  ['HAAG, STEPHEN PERRY, JAMES T. SOSINSKY, BARRIE ESTEVEZ, EFREN', ['STEPHEN HAAG', 'JAMES T. PERRY', 'BARRIE SOSINSKY', 'EFREN ESTEVEZ']],
  ['Johnson, Michael K., Troan, Erik W.', ['Michael K. Johnson', 'Erik W. Troan']],
  ['Donahoo, S. A Calvert, Kenneth L.', ['S. A Donahoo', 'Kenneth L. Calvert']],
  ['Haag, Stephen; Perry, James T; Sosinsky, Barrie', ['Stephen Haag', 'James T Perry', 'Barrie Sosinsky']],
  ['Haag, Stephen/ Perry, James T./ Sosinsky, Barrie', ['Stephen Haag', 'James T. Perry', 'Barrie Sosinsky']],
  ['Barrie Sosinsky UNKNOWN, Stephen Haag, James T Perry, Efren Estevez,', ['Barrie Sosinsky', 'Stephen Haag', 'James T Perry', 'Efren Estevez']],
  ['Jesper M. Johansson, Steve Riley', ['Jesper M. Johansson', 'Steve Riley']],
  ['By (author) Calvert, Kenneth L. By (author) Donahoo, Michael J.', ['Kenneth L. Calvert', 'Michael J. Donahoo']],
  ['Kaplan, Joseph E. (Author) Dunn, Ryan (Author)', ['Joseph E. Kaplan', 'Ryan Dunn']],
  ['Curland, Matthew J. (Author) Storage, Bill (Joint Author)', ['Matthew J. Curland', 'Bill Storage']],
  ['Date, C. J. (Author)', ['C. J. Date']],
  ['Aho &amp; Lam', ['Aho', 'Lam']],
  ['Nick Rozanski, E&oacute;in Woods', ['Nick Rozanski', 'Eóin Woods']],
  ['Russell, Stuart J.; Norvig, Peter', ['Stuart J. Russell', 'Peter Norvig']],
  ['Lientz,Bennet', ['Bennet Lientz']],
  ['Smith, John, Jr.', ['John Smith']],
  ['Kernighan, Brian W. and Ritchie, Dennis M.', ['Brian W. Kernighan', 'Dennis M. Ritchie']],
  // No mark between two names: nothing tells where one ends, so it stays one.
  ['Donald E. Knuth John Fuller', ['Donald E. Knuth John Fuller']],
];

describe('splitNameList', () => {
  it.each(ROWS)('reads %j as %j', (raw, names) => {
    expect(splitNameList(raw)).toEqual(names);
  });

  it('reads a value longer than any listing prints as one value, and blank runs as no names', () => {
    const long = `${'Smith, John; '.repeat(200)}`;
    expect(splitNameList(long)).toEqual([long]);
    expect(splitNameList(`${' '.repeat(1_990)},;`)).toEqual([]);
  });
});
