/**
 * Words written joined in one text and split in the other ("GoLo" / "Go Lo",
 * "9mm" / "9 mm"): two adjacent words of one side whose concatenation is a
 * word of the other side are read as that word. Returns both sides with such
 * pairs joined; each side is joined against the other as written.
 *
 * @example
 * joinSplitTokens(['go', 'lo'], ['golo']);            //=> [['golo'], ['golo']]
 * joinSplitTokens(['loaded', '9', 'mm', 'handgun'], ['9mm', 'handgun']); //=> [['loaded', '9mm', 'handgun'], ['9mm', 'handgun']]
 */
export function joinSplitTokens(a: readonly string[], b: readonly string[]): [readonly string[], readonly string[]] {
  return [joinAgainst(a, b), joinAgainst(b, a)];
}

function joinAgainst(words: readonly string[], otherWords: readonly string[]): readonly string[] {
  if (words.length < 2) return words;
  const other = new Set(otherWords);
  let out: string[] | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    // Only when the joined word is the other side's and the parts are not ("go" and "lo" are not words of "golo").
    if (next !== undefined && !other.has(w) && other.has(w + next)) {
      out ??= words.slice(0, i);
      out.push(w + next);
      i++;
    } else out?.push(w);
  }
  return out ?? words;
}

/**
 * One word is the other with a short ending ("southwest" / "southwestern",
 * "sansom" / "sansoms"): maybe one name spelt two ways, maybe two names, which
 * a spelling distance cannot tell.
 */
export function endingVariant(a: string, b: string): boolean {
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return s.length >= 5 && l.length - s.length <= 3 && l.startsWith(s) && !/\d/.test(l);
}

/** Two names of as many words that match word for word, some only up to an ending ("Southwest Christian" / "Southwestern Christian"). */
export function endingVariants(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length === 0) return false;
  let differ = false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (!endingVariant(a[i]!, b[i]!)) return false;
    differ = true;
  }
  return differ;
}
