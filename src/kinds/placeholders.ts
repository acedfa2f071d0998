import { fold } from '../normalize/text';
import type { RawScalar } from './registry';

// Whole-value placeholders that mean "no value here": listings and CMSs print them for missing data.
const PLACEHOLDER = /^(?:n\/?a|n\.a\.?|not available|unavailable|not applicable|unknown|unk|tba|tbd|tbc|to be (?:announced|determined|confirmed)|pending|null|nil|undefined|none given|not reported|not disclosed|undisclosed|no data|no information|[-–—?.\s]*)$/;

/**
 * True when a raw value is a placeholder for a missing value ("Not Available",
 * "N/A", "unknown", "TBA", "—", ""): such a value never forms a position.
 *
 * @example
 * isPlaceholder('Not Available'); //=> true
 * isPlaceholder('none');          //=> false ("none" can be an answer: no injuries)
 */
export function isPlaceholder(raw: RawScalar): boolean {
  if (typeof raw !== 'string') return false;
  if (raw.length > 40) return false;
  return PLACEHOLDER.test(fold(raw));
}

// Whole values that say a name or a place was not given: not a name or a place, and no answer to compare.
const NOT_GIVEN =
  /^(?:(?:(?:his|her|their|the) )?(?:name|names|identity|identities|location) )?(?:(?:has|have|had|was|were|is|are) )?(?:(?:not|never) (?:yet |been |publicly |officially |immediately |formally )*(?:released|named|identified|disclosed|given|stated|specified|made public|known|provided)|unidentified|unnamed|withheld|undisclosed|unspecified|unreleased)(?: (?:yet|publicly|by police|by authorities))?$|^(?:an? |the )?(?:undisclosed|unknown|unspecified|unnamed|unidentified) (?:location|place|address|site)$/;

/**
 * True when a value says the name (or place) was not given: "unidentified", "name not released", "name withheld",
 * "has not been publicly identified". The name and place kinds read no value from it (a status attribute may
 * still compare "released" with "not released" as text).
 *
 * @example
 * isNotGiven('Name withheld'); //=> true
 * isNotGiven('Roe');           //=> false
 */
export function isNotGiven(raw: RawScalar): boolean {
  if (typeof raw !== 'string' || raw.length > 80) return false;
  const text = fold(raw).replace(/[.!]+$/, '').trim();
  // "not released" alone may answer whether someone was let go ("suspect: not released"): only a name's.
  if (/\b(?:un)?released\b/.test(text) && !/\b(?:name|names|identity|identities)\b/.test(text)) return false;
  return NOT_GIVEN.test(text);
}
