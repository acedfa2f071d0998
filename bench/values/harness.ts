import { checkConsistency } from '../../src/index';
import type { ClaimInput } from '../../src/schema';

/** What a careful reader says of a pair: they agree, they conflict, or it is arguable. */
export type Exp = 'ok' | 'x' | '?';
export type Value = ClaimInput['value'];
export interface Case {
  a: Value;
  b: Value;
  attr: string;
  exp: Exp;
  cls: string;
  subj?: string | undefined;
  pubA?: string | undefined;
  pubB?: string | undefined;
}
export interface Result extends Case {
  status: string;
}

/** The pair as two claims of two sources about one subject; the status of the group they form (or of their split). */
export function run(c: Case): Result {
  const pubA = c.pubA;
  const pubB = c.pubB ?? c.pubA;
  const sources = [
    { id: 's1', ...(pubA === undefined ? {} : { publishedAt: pubA }) },
    { id: 's2', ...(pubB === undefined ? {} : { publishedAt: pubB }) },
  ];
  const subject = c.subj ?? 'the shooting';
  try {
    const r = checkConsistency(
      [
        { id: 'a', source: 's1', subject, attribute: c.attr, value: c.a },
        { id: 'b', source: 's2', subject, attribute: c.attr, value: c.b },
      ],
      { sources },
    );
    const status = r.groups.length === 1 ? r.groups[0]!.status : `split(${r.groups.map((g) => g.status).join(',')})`;
    return { ...c, status };
  } catch (e) {
    return { ...c, status: `THROW ${(e as Error).message.slice(0, 100)}` };
  }
}

/** A pair that should agree but conflicts (or splits, or throws); one that should conflict but does not. */
export function bad(r: Result): boolean {
  if (r.exp === 'ok') return r.status === 'conflict' || r.status.startsWith('split') || r.status.startsWith('THROW');
  if (r.exp === 'x') return r.status !== 'conflict';
  return false;
}

/**
 * A list of cases and the two functions the case files write them with: `sect(class, subject?, [publishedA,
 * publishedB])` sets what the pairs after it share, `p(a, b, attribute, answer = 'ok', extra)` adds one pair.
 */
export function collector(): {
  cases: Case[];
  p: (a: Value, b: Value, attr: string, exp?: Exp, extra?: Partial<Case>) => void;
  sect: (cls: string, subj?: string, pub?: [string?, string?]) => void;
} {
  const cases: Case[] = [];
  let cls = '';
  let subj: string | undefined;
  let pub: [string?, string?] = [];
  return {
    cases,
    p: (a, b, attr, exp = 'ok', extra = {}) => {
      cases.push({ a, b, attr, exp, cls, subj, pubA: pub[0], pubB: pub[1], ...extra });
    },
    sect: (c, s, pb = []) => {
      cls = c;
      subj = s;
      pub = pb;
    },
  };
}
