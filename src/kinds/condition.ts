import { COMPATIBLE, CONFLICT, type Comparison } from './registry';

// Serious is told both ways ("serious but non-life-threatening", "serious, life-threatening injuries"): two states, so
// that life-threatening and not stay apart. One bit each.
const GOOD = 1;
const FAIR = 2;
const SERIOUS_NOT_LIFE_THREATENING = 4;
const SERIOUS_LIFE_THREATENING = 8;
const CRITICAL = 16;
const SERIOUS = SERIOUS_NOT_LIFE_THREATENING | SERIOUS_LIFE_THREATENING;
const ALL_LEVELS = GOOD | FAIR | SERIOUS | CRITICAL;
const LIFE_THREATENING = SERIOUS_LIFE_THREATENING | CRITICAL;
const NOT_LIFE_THREATENING = GOOD | FAIR | SERIOUS_NOT_LIFE_THREATENING;

/** The hospitals' words for a condition ("grave" for critical). Alone they may mean other things ("a critical review"). */
const LEVELS: ReadonlyMap<string, number> = new Map([
  ['good', GOOD],
  ['fair', FAIR],
  ['serious', SERIOUS],
  ['critical', CRITICAL],
  ['grave', CRITICAL],
]);
/** Adverbs of degree before a word of harm, which tell a level and that harm is meant ("critically injured"). */
const DEGREES: ReadonlyMap<string, number> = new Map([
  ['critically', CRITICAL],
  ['seriously', SERIOUS | CRITICAL],
]);
/** Words that say a value is about harm to a body: a level beside one is a condition, not a review or the weather. */
const HARM: ReadonlySet<string> = new Set(['condition', 'conditions', 'injuries', 'injury', 'injured', 'wound', 'wounds', 'wounded', 'hurt']);
/** Words that frame a condition without telling its level: "was listed in … but stable condition", "suffered … injuries". */
const FRAME: ReadonlySet<string> = new Set([
  'stable', 'but', 'and', 'in', 'listed', 'was', 'is', 'were', 'are', 'remains', 'remained', 'with', 'suffered',
  'sustained', 'that', 'considered', 'described', 'as', 'both', 'still', 'now', 'reported', 'said', 'to', 'be', 'a', 'an', 'the',
]);
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'non', 'no']);
/** A word a reading needs: values without any are never read (most names and texts). */
const CUE = /\b(?:good|fair|serious|critical|grave|critically|seriously|minor|life)\b/;
const LETTERS = /\p{L}+/gu;

interface Condition {
  readonly levels: number;
  /** Says that harm is meant ("condition", "injuries", "life-threatening", "critically"): not a bare "good" or "critical". */
  readonly harm: boolean;
}

/**
 * A patient's condition as hospitals report it, on the American Hospital Association's scale — good, fair, serious,
 * critical — as a set of levels: a level names itself; "critically" injured is critical, "seriously" serious or
 * critical; "minor" injuries (before a word of harm: "a minor" is a juvenile) are good or fair; injuries
 * "life-threatening" are serious or critical, "non-life-threatening" or "not life-threatening" short of critical, and
 * never both. Only a value told wholly so, in those words and words that frame them ("was listed in critical but
 * stable condition", "injuries that were not life-threatening"); "stable" says how it goes, not how bad. A negation
 * of anything but "life-threatening", or two negations, leaves the value unread.
 */
function readCondition(text: string): Condition | undefined {
  if (!CUE.test(text)) return undefined;
  const words = text.match(LETTERS) ?? [];
  let levels = ALL_LEVELS;
  let told = false;
  let harm = false;
  let negations = 0;
  let negatedLife = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const level = LEVELS.get(w) ?? DEGREES.get(w);
    if (level !== undefined) {
      levels &= level;
      told = true;
      if (DEGREES.has(w)) harm = true;
    } else if (w === 'minor' && HARM.has(words[k + 1] ?? '')) {
      levels &= GOOD | FAIR;
      told = true;
    } else if (w === 'life' && words[k + 1] === 'threatening') {
      negatedLife = NEGATIONS.has(words[k - 1] ?? '');
      levels &= negatedLife ? NOT_LIFE_THREATENING : LIFE_THREATENING;
      told = true;
      harm = true;
      k++;
    } else if (NEGATIONS.has(w)) negations++;
    else if (HARM.has(w)) harm = true;
    else if (!FRAME.has(w)) return undefined;
  }
  if (!told || levels === 0 || negations > 1 || (negations === 1 && !negatedLife)) return undefined;
  return { levels, harm };
}

/**
 * Two values that both tell a patient's condition on the hospitals' scale, one of them saying that harm is meant:
 * a conflict when their levels share none ("critical" / "Non-Life-Threatening Injuries", "critical condition" /
 * "Fair"), compatible when they share one ("serious condition" / "non-life-threatening injuries"); `undefined`
 * otherwise, for the kind to compare as it does ("good" / "critical" alone may be reviews). Text and names alike
 * (notes in Title Case read as names: "Critical Condition"), on their keys, which are folded to lower case: a value
 * without a cue word costs one test of a short regular expression.
 */
export function compareConditions(a: string, b: string): Comparison | undefined {
  const x = readCondition(a);
  if (x === undefined) return undefined;
  const y = readCondition(b);
  if (y === undefined || (!x.harm && !y.harm)) return undefined;
  return (x.levels & y.levels) === 0 ? CONFLICT : COMPATIBLE;
}
