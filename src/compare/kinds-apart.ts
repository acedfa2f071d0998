import { type Comparison, incomparable } from '../kinds/registry';
import type { RawScalar } from '../kinds/registry';
import type { Relations, WorkPosition } from '../model';

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

/** A kind name with its article: "a date", "an amount". */
function withArticle(kind: string): string {
  return `${/^[aeiou]/i.test(kind) ? 'an' : 'a'} ${kind}`;
}

/**
 * Which kind a raw value reads as, within a group of kind `groupKind`: the group's kind, unless another kind's
 * detector scores it at least {@link KIND_MARGIN} higher ("Sunday Afternoon" in a group of names is a date,
 * "4" among places a number). The best such kind; ties go to the registry's order.
 */
export function readingOf(raw: RawScalar, groupKind: string, closedKinds: readonly string[], detect: (kind: string, raw: RawScalar) => number): string {
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

/**
 * Conflicts between values of two kinds, made incomparable: a group's kind reads every value, but a value that
 * reads far better as another kind ("Sunday Afternoon" against "Extremely Critical" under "Condition", "4"
 * against "Maximum Level Lounge, 5118 Sansom St." under "Officers Fired") says that two questions were joined, not that two
 * sources disagree. A position reads as another kind only when every value it holds does, the same one.
 */
export function kindsApart(
  positions: readonly WorkPosition[],
  relations: Relations,
  groupKind: string,
  readingOfClaim: (claim: number) => string | undefined,
): Relations {
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
        const k = readingOfClaim(claims[x]!) ?? groupKind;
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
      if (ri === rj) continue;
      const [odd, other, oddKind, otherKind] = ri !== groupKind ? [i, j, ri, rj] : [j, i, rj, ri];
      const reason = `"${positions[odd]!.display}" reads as ${withArticle(oddKind)} and "${positions[other]!.display}" as ${withArticle(otherKind)}: two kinds of value, which says two questions were joined, not that two sources disagree`;
      (changed ??= new Map()).set(i * n + j, incomparable(reason));
    }
  }
  if (changed === undefined) return relations;
  const table = changed;
  return { get: (i, j) => table.get(i < j ? i * n + j : j * n + i) ?? relations.get(i, j) };
}
