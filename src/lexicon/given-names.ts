import { FEMALE_NAMES, MALE_NAMES } from './given-names-data';

/** A person's sex as a name or an honorific tells it. */
export type Sex = 'm' | 'f';

/** Honorifics that tell a person's sex (folded, without their period). */
export const HONORIFIC_SEX: ReadonlyMap<string, Sex> = new Map([
  ['mr', 'm'], ['sir', 'm'], ['lord', 'm'], ['mrs', 'f'], ['ms', 'f'], ['miss', 'f'], ['dame', 'f'], ['lady', 'f'],
]);

let table: Map<string, Sex> | undefined;

/**
 * The sex a given name tells, from popular given names of six languages
 * (scripts/build-names.mjs): "daniel" 'm', "roberta" 'f'; undefined for a name
 * of both sexes ("jordan", "andrea") or not listed. Expects a folded token.
 */
export function sexOfGivenName(token: string): Sex | undefined {
  if (table === undefined) {
    table = new Map();
    for (const n of MALE_NAMES.split(' ')) table.set(n, 'm');
    for (const n of FEMALE_NAMES.split(' ')) table.set(n, 'f');
  }
  return table.get(token);
}
