import { KeyNormalizer } from '../normalize/keys';
import { tokenize } from '../normalize/text';

const attributeTokens = (words: readonly string[]) => {
  const keys = new KeyNormalizer();
  return new Set(words.flatMap((w) => keys.normalize(w, 'attribute').tokens));
};
/** Attribute words that say a value is the subject's own name, and words that may qualify them. */
const IDENTITY = attributeTokens(['name', 'named', 'identity', 'identified']);
const IDENTITY_QUALIFIERS = attributeTokens(['full', 'legal', 'real']);

/** Words, dropped from keys as stop words, after which the name is another's: "identified by", "named for". */
const ANOTHERS: ReadonlySet<string> = new Set(['by', 'for', 'after', 'from', 'with', 'to']);

/**
 * Whether an attribute key says its value is the subject's own name ("name", "full_name", "identified as");
 * "mother's name" or "first name" do not.
 */
export function namesTheSubject(attributeKey: string): boolean {
  const tokens = attributeKey === '' ? [] : attributeKey.split(' ');
  return tokens.some((t) => IDENTITY.has(t)) && tokens.every((t) => IDENTITY.has(t) || IDENTITY_QUALIFIERS.has(t));
}

/**
 * Whether an attribute, as written, names another by the subject ("identified by", "named for": the relative who
 * identified it, its namesake), which its key cannot tell ("identified by" and "identified as" have one key).
 */
export function namesAnother(attribute: string): boolean {
  return tokenize(attribute).some((t) => ANOTHERS.has(t));
}
