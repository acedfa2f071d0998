import { distance } from 'fastest-levenshtein';
import { fold, stem } from '../normalize/text';
import { COMPATIBLE, CONFLICT, type Comparison, type KindDefinition, type ParseContext, type ParseResult, type RawScalar, SAME } from './registry';

/** Free text, folded, with its word stems for subset tests. */
export interface TextValue {
  /** Canonical form: folded words without articles (`navy blue blazer`). */
  readonly key: string;
  readonly stems: readonly string[];
  /** Says "not", "no", "never", "n't": agreement needs the same polarity. */
  readonly negative: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const ARTICLES = new Set(['a', 'an', 'the']);
const NEGATIONS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', 'cannot']);

/**
 * Reads free text: folded, articles dropped.
 *
 * @example
 * parseText('a Navy Blue  blazer').value.key; //=> 'navy blue blazer'
 */
export function parseText(raw: RawScalar, ctx?: ParseContext): ParseResult<TextValue> {
  let text = fold(String(raw));
  const aliased = ctx?.alias?.(text);
  if (aliased !== undefined) text = aliased;
  const words = (text.match(WORD) ?? []).filter((w) => !ARTICLES.has(w));
  if (words.length === 0) return { ok: false, reason: `"${String(raw)}" holds no words` };
  let negative = false;
  const stems: string[] = [];
  for (const w of words) {
    if (NEGATIONS.has(w) || /n['’]t$/.test(w)) negative = !negative;
    else stems.push(stem(w.replace(/['’].*$/, '')));
  }
  return { ok: true, value: { key: words.join(' '), stems, negative } };
}

function subset(small: ReadonlySet<string>, large: ReadonlySet<string>): boolean {
  for (const s of small) if (!large.has(s)) return false;
  return true;
}

/**
 * Texts agree when equal after folding, one's words are a subset of the
 * other's ("blue blazer" / "navy blue blazer"), or they are near-equal by edit
 * distance (a typo); a difference in negation is always a conflict.
 */
export function compareTexts(a: TextValue, b: TextValue): Comparison {
  if (a.key === b.key) return SAME;
  if (a.negative !== b.negative) return CONFLICT;
  if (a.stems.join(' ') === b.stems.join(' ')) return SAME;
  const sa = new Set(a.stems);
  const sb = new Set(b.stems);
  if (sa.size > 0 && sb.size > 0 && (subset(sa, sb) || subset(sb, sa))) return COMPATIBLE;
  const longest = Math.max(a.key.length, b.key.length);
  if (longest >= 6 && distance(a.key, b.key) <= Math.max(1, Math.floor(longest * 0.1))) return COMPATIBLE;
  return CONFLICT;
}

export const textKind: KindDefinition<TextValue> = {
  kind: 'text',
  conflictCode: 'text_mismatch',
  conflictSeverity: 'low',
  contextual: false,
  // Attributes that name a thing: ".9mm handgun" is a handgun with a calibre, not an amount of 0.9 mm.
  hints: [
    'weapon', 'gun', 'firearm', 'vehicle', 'car', 'description', 'motive', 'cause', 'outfit', 'clothing',
    'wearing', 'color', 'colour', 'charge', 'crime', 'offense', 'offence', 'verdict', 'occupation', 'job', 'profession',
  ],
  fallback: true,
  detect: (raw) => (typeof raw === 'string' ? 0.1 : 0),
  parse: (raw, ctx) => parseText(raw, ctx),
  compare: (a, b) => compareTexts(a, b),
  normalize: (v) => v.key,
  specificity: (v) => v.stems.length,
};
