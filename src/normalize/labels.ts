import { personNoun } from '../lexicon/lexicon';

/** A person noun and a bare number after it: "victim 2", "victim_2", "Victim #3", "suspect no. 1". */
const LABEL = /^\s*(?:the\s+)?(\p{L}{2,24})[\s_-]*(?:#|no\.?)?\s*(\d{1,3})\s*$/iu;

/**
 * Whether a subject is a number a writer gave one of the people in its own
 * text ("victim 2", "victim_2", "Victim #3"): such numbers count within one
 * article, so the same label in two articles is no evidence of one person, and
 * two labels are no evidence of two. ("Flight 370" or "Route 66" name one
 * thing everywhere: only a person noun numbered this way is local.)
 *
 * @example
 * isLocalLabel('victim_2'); //=> true
 * isLocalLabel('Flight 370'); //=> false
 */
export function isLocalLabel(text: string): boolean {
  if (text.length > 40) return false;
  const m = LABEL.exec(text);
  if (m === null) return false;
  return personNoun(m[1]!.toLowerCase()) !== undefined;
}

/** "the article", "Article", "this article", "news_article", "the story", "news_story": the writing a claim is read from. */
const OWN_WRITING = /^\s*(?:(?:the|this)\s+)?(?:news[\s_-]+)?(?:article|story)\s*$/iu;

/**
 * Whether a subject is the article the claim was read from ("the article | who wrote it", "Article | Author"): each
 * source's is its own, so the same words in two sources name two articles (two bylines are no conflict).
 *
 * @example
 * ownWriting('the article'); //=> true
 * ownWriting('the article of clothing'); //=> false
 */
export function ownWriting(text: string): boolean {
  return text.length <= 40 && OWN_WRITING.test(text);
}
