import { type Comparison, incomparable } from '../kinds/registry';
import type { RawScalar } from '../kinds/registry';
import type { Relations, WorkPosition } from '../model';
import { withChanges } from './positions';

/**
 * How much more strongly a value must read as another kind than as its group's for it to count as a value of that
 * other kind (detector scores run from 0 to 1). Set by hand; 0.15 and 0.45 give the same news and value-pair
 * results (README, *What counts as a conflict*).
 */
export const KIND_MARGIN = 0.3;

/**
 * The least score another kind's detector must give a value for the value to read as that kind: more than the
 * guesses detectors give words that merely hold a numeral ("the 32nd floor", "an AR-15-style rifle": 0.4 as
 * numbers), so only a value that is wholly of that kind counts ("Sunday Afternoon" 0.7 as a date, "4" 0.9 as a
 * number, "true" 0.8 as yes or no). 0.45 to 0.7 give the same results.
 */
export const KIND_FLOOR = 0.5;

/** What a value of a built-in kind is, in words; another kind's values are "a value of kind 'x'". */
const KIND_NOUNS: ReadonlyMap<string, string> = new Map([
  ['number', 'a number'],
  ['date', 'a date'],
  ['time', 'a time'],
  ['money', 'an amount of money'],
  ['duration', 'a duration'],
  ['quantity', 'a quantity'],
  ['boolean', 'a yes-or-no answer'],
]);

function kindNoun(kind: string): string {
  return KIND_NOUNS.get(kind) ?? `a value of kind '${kind}'`;
}

/**
 * Which kind a raw value reads as, within a group of kind `groupKind`: the group's kind, unless one of the closed
 * kinds (those that refuse made-up words: numbers, dates, times, amounts, yes or no) scores it at least
 * {@link KIND_MARGIN} higher than the group's kind and at least {@link KIND_FLOOR} ("Sunday Afternoon" in a group of
 * names is a date, "4" among places a number). One word without a digit stays the group's: "April", "June", "Jan"
 * and "Noon" are names too. The best such kind; ties go to the registry's order.
 */
export function readingOf(raw: RawScalar, groupKind: string, closedKinds: readonly string[], detect: (kind: string, raw: RawScalar) => number): string {
  if (typeof raw === 'string' && !/\d/.test(raw) && !/\S\s+\S/.test(raw.trim())) return groupKind;
  const own = detect(groupKind, raw);
  let best = groupKind;
  let bestScore = Math.max(own + KIND_MARGIN, KIND_FLOOR);
  for (const k of closedKinds) {
    if (k === groupKind) continue;
    const s = detect(k, raw);
    if (s >= bestScore && (best === groupKind || s > bestScore)) {
      best = k;
      bestScore = s;
    }
  }
  return best;
}

/** What {@link kindsApart} asks of the compare stage. */
export interface KindsApartReader {
  /** The kind a claim's value reads as in this group (undefined: the group's; a list is always the group's). */
  readonly readingOf: (claim: number) => string | undefined;
  readonly detect: (kind: string, raw: RawScalar) => number;
  /** Two written values related through another kind; undefined when that kind does not read both. */
  readonly relateAs: (kind: string, a: string, b: string) => Comparison | undefined;
  /** The registry's order of kinds: which of two kinds a message names first. */
  readonly kindOrder: (kind: string) => number;
}

/**
 * Conflicts between values of two kinds, made incomparable: a group's kind reads every value, but a value that
 * reads far better as another kind ("Sunday Afternoon" against "Extremely Critical" under "Condition", "4"
 * against "Maximum Level Lounge, 5118 Sansom St." under "Officers Fired") says that two questions were joined, not
 * that two sources disagree. Where the other value reads as that kind at least as well as as the group's ("3" /
 * "Two Men" under "shooter": 0.4 as a number, 0.3 as a name), or both read as that kind ("Late Tuesday" / "Tuesday
 * Night" among names), the two are related through it. A position reads as another kind only when every value it
 * holds does, the same one.
 */
export function kindsApart(positions: readonly WorkPosition[], relations: Relations, groupKind: string, reader: KindsApartReader): Relations {
  const n = positions.length;
  if (n < 2) return relations;
  let readings: (string | undefined)[] | undefined;
  const readingAt = (p: number): string => {
    readings ??= new Array(n);
    let r = readings[p];
    if (r === undefined) {
      r = groupKind;
      const claims = positions[p]!.claims;
      for (let x = 0; x < claims.length; x++) {
        const k = reader.readingOf(claims[x]!) ?? groupKind;
        if (x === 0) r = k;
        else if (k !== r) {
          r = groupKind;
          break;
        }
      }
      readings[p] = r;
    }
    return r;
  };
  let changed: Map<number, Comparison> | undefined;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (relations.get(i, j).relation !== 'conflict') continue;
      const ri = readingAt(i);
      const rj = readingAt(j);
      if (ri === groupKind && rj === groupKind) continue;
      const a = positions[i]!.display;
      const b = positions[j]!.display;
      let r: Comparison | undefined;
      if (ri === rj) {
        // Both of one other kind: compared as that kind (left as they are if it reads neither).
        r = reader.relateAs(ri, a, b);
        if (r === undefined) continue;
      } else if (ri === groupKind || rj === groupKind) {
        // One of another kind: the other value, if it reads as that kind as well as as the group's, is compared so;
        // else the two answer different questions.
        const [odd, oddKind, other] = ri === groupKind ? [b, rj, a] : [a, ri, b];
        if (reader.detect(oddKind, other) >= reader.detect(groupKind, other)) r = reader.relateAs(oddKind, a, b);
        r ??= incomparable(`"${odd}" reads as ${kindNoun(oddKind)} and "${other}" does not: the two claims seem to answer different questions`);
      } else {
        // Two other kinds, named in the registry's order of their kinds whatever the input's.
        const [x, xKind, y, yKind] = reader.kindOrder(ri) < reader.kindOrder(rj) ? [a, ri, b, rj] : [b, rj, a, ri];
        r = incomparable(`"${x}" reads as ${kindNoun(xKind)} and "${y}" as ${kindNoun(yKind)}: the two claims seem to answer different questions`);
      }
      (changed ??= new Map()).set(i * n + j, r);
    }
  }
  return changed === undefined ? relations : withChanges(relations, n, changed);
}
