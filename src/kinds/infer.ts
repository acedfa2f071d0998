import { stem } from '../normalize/text';
import type { KindRegistry, RawScalar } from './registry';

/**
 * Words in an attribute name that suggest its kind. A hint only wins when
 * most of the group's values actually read as that kind.
 */
const HINT_WORDS: readonly (readonly [string, readonly string[]])[] = [
  ['date', ['date', 'day', 'year', 'born', 'birthday', 'founded', 'anniversary', 'dob', 'when', 'on']],
  ['time', ['time', 'dep', 'arr', 'departure', 'arrival', 'depart', 'arrive', 'hour', 'clock', 'eta', 'etd']],
  ['money', ['price', 'cost', 'fine', 'settlement', 'salary', 'budget', 'revenue', 'damages', 'bail', 'worth', 'payment', 'fee', 'paid', 'bounty', 'reward']],
  ['duration', ['sentence', 'duration', 'term', 'prison', 'jail', 'period', 'length']],
  [
    'number',
    [
      'age', 'count', 'number', 'population', 'toll', 'killed', 'dead', 'deaths', 'injured', 'wounded',
      'casualties', 'votes', 'magnitude', 'score', 'rank', 'temperature', 'humidity', 'pressure',
      'visibility', 'realfeel', 'total', 'children', 'kids', 'fatalities', 'people', 'shots', 'rounds',
      'bullets', 'aftershocks', 'depth', 'size', 'percent', 'rate',
    ],
  ],
  ['place', ['place', 'venue', 'location', 'city', 'address', 'hometown', 'country', 'site', 'scene', 'town', 'where', 'county', 'held', 'epicenter', 'region', 'state']],
  [
    'name',
    [
      'name', 'judge', 'lawyer', 'attorney', 'director', 'author', 'suspect', 'shooter', 'spokesperson',
      'spokesman', 'spokeswoman', 'ceo', 'founder', 'spouse', 'wife', 'husband', 'brother', 'sister',
      'father', 'mother', 'prosecutor', 'armorer', 'armourer', 'who', 'by', 'victim', 'gunman', 'officer', 'chief',
    ],
  ],
  ['boolean', ['whether', 'did', 'is', 'was', 'has', 'confirmed']],
  // Attributes that name a thing: ".9mm handgun" is a handgun with a calibre, not an amount of 0.9 mm.
  [
    'text',
    [
      'weapon', 'gun', 'firearm', 'vehicle', 'car', 'description', 'motive', 'cause', 'outfit', 'clothing',
      'wearing', 'color', 'colour', 'charge', 'crime', 'offense', 'offence', 'verdict', 'occupation', 'job', 'profession',
    ],
  ],
];

const HINTS: ReadonlyMap<string, string> = hintMap(HINT_WORDS);

/** Each word and its stem to its kind; a word or stem that two kinds claim is a mistake in the table. */
function hintMap(table: typeof HINT_WORDS): Map<string, string> {
  const map = new Map<string, string>();
  for (const [kind, words] of table) {
    for (const w of words) {
      for (const form of [w, stem(w)]) {
        const prev = map.get(form);
        if (prev !== undefined && prev !== kind) throw new Error(`kind hint "${form}" is claimed by ${prev} and ${kind}`);
        map.set(form, kind);
      }
    }
  }
  return map;
}

/** How a group's kind was decided: configured, taken from the claims, or inferred. */
export type KindSource = 'options' | 'claims' | 'attribute' | 'values';

export interface InferredKind {
  readonly kind: string;
  readonly from: KindSource;
}

/**
 * Infers a group's kind from its attribute tokens and raw values: an
 * attribute hint that most values satisfy, else the kind whose detector
 * scores the values highest (registry order breaks ties), else text.
 *
 * @example
 * inferKind(['age'], ['66-year-old', 66], registry);        //=> { kind: 'number', from: 'attribute' }
 * inferKind(['venu'], ['Casa Chimayo', 'El Dorado'], registry); //=> { kind: 'place', from: 'attribute' }
 */
export function inferKind(
  attributeTokens: readonly string[],
  values: readonly RawScalar[],
  registry: KindRegistry,
  parses: (kind: string, raw: RawScalar) => boolean,
  detect: (kind: string, raw: RawScalar) => number,
): InferredKind {
  const needed = Math.max(1, Math.ceil(values.length / 2));
  const hinted: string[] = [];
  for (const t of attributeTokens) {
    const h = HINTS.get(t);
    if (h !== undefined && registry.get(h) !== undefined && !hinted.includes(h)) hinted.push(h);
  }
  // Hints in registry order, so "date of the sentence" prefers date over duration when both read.
  const order = registry.names();
  hinted.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  for (const kind of hinted) {
    let ok = 0;
    for (const v of values) if (parses(kind, v)) ok++;
    if (ok >= needed) return { kind, from: 'attribute' };
  }
  let best = 'text';
  let bestScore = 0;
  for (const kind of order) {
    let score = 0;
    let ok = 0;
    for (const v of values) {
      const s = detect(kind, v);
      score += s;
      if (s > 0) ok++;
    }
    if (ok >= needed && score > bestScore) {
      best = kind;
      bestScore = score;
    }
  }
  return { kind: registry.get(best) === undefined ? order[order.length - 1]! : best, from: 'values' };
}
