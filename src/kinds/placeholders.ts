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
