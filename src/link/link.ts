import type { LinkDecision, LinkSide, StageIssue, WorkStats } from '../model';
import { mostCommon } from '../util/order';
import type { KeyEntry } from './block';
import type { Cell, LinkGuard, LinkInput, LinkRun } from './cells';
import { containmentRule } from './containment';
import { namesAnother, namesTheSubject } from './own-name';
import { type ProfileInput, profileRule, WEIGHTS } from './profile/profile';
import { fuzzyEdges, spellingRule } from './spelling';

/** What the link stage decided: the linked cells, every decision as data, and the issues it raised. */
export interface Linked {
  /** Linked cells: each holds the claims of every exact-key cell linked to it. */
  readonly cells: readonly Cell[];
  readonly decisions: readonly LinkDecision[];
  readonly issues: readonly StageIssue[];
}

/** Claims bucketed by their exact (subject key, attribute key): the cells the link rules start from. */
function exactCells(input: LinkInput): Map<string, Cell> {
  // Two passes: a cell number per claim (each subject number's cells on a chain in typed arrays, no
  // string hashed and no array made per claim or subject), then each cell's claims in an array of
  // exactly its size.
  const n = input.subjects.length;
  let subjects = 0;
  for (let i = 0; i < n; i++) subjects = Math.max(subjects, input.subjects[i]!.id + 1);
  /** Per subject number, its first and last cell (-1: none yet); per cell, its attribute number, the subject's next cell, and a claim. */
  const head = new Int32Array(subjects).fill(-1);
  const tail = new Int32Array(subjects);
  const attributeOf = new Int32Array(n);
  const next = new Int32Array(n);
  const firstClaim = new Int32Array(n);
  const counts = new Int32Array(n);
  /** Subject numbers in order of their first claim. */
  const order = new Int32Array(subjects);
  let orderLength = 0;
  let cellCount = 0;
  const cellOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const sid = input.subjects[i]!.id;
    const aid = input.attributes[i]!.id;
    let k = head[sid]!;
    while (k !== -1 && attributeOf[k] !== aid) k = next[k]!;
    if (k === -1) {
      k = cellCount++;
      attributeOf[k] = aid;
      next[k] = -1;
      firstClaim[k] = i;
      if (head[sid] === -1) {
        head[sid] = k;
        order[orderLength++] = sid;
      } else next[tail[sid]!] = k;
      tail[sid] = k;
    }
    cellOf[i] = k;
    counts[k]!++;
  }
  const list: Cell[] = new Array(cellCount);
  for (let k = 0; k < cellCount; k++) {
    const i = firstClaim[k]!;
    list[k] = { subject: input.subjects[i]!.key, attribute: input.attributes[i]!.key, claims: new Array<number>(counts[k]!) };
  }
  const filled = counts.fill(0, 0, cellCount);
  for (let i = 0; i < n; i++) {
    const k = cellOf[i]!;
    list[k]!.claims[filled[k]!++] = i;
  }
  // Cells in the order the first build gave them: by subject as first seen, then attribute as first seen.
  const cells = new Map<string, Cell>();
  for (let x = 0; x < orderLength; x++) {
    for (let k = head[order[x]!]!; k !== -1; k = next[k]!) {
      const cell = list[k]!;
      cells.set(`${cell.subject}\u0000${cell.attribute}`, cell);
    }
  }
  return cells;
}

function labeller(cells: ReadonlyMap<string, Cell>, input: LinkInput): (side: LinkSide, key: string) => string {
  const firstCells = [...cells.values()];
  const make = (side: LinkSide, text: (i: number) => string) => {
    const labels = new Map<string, string>();
    // Claims by key, indexed once on first use from the exact cells (every claim is in one of them).
    let claimsOf: Map<string, number[]> | undefined;
    return (key: string) => {
      let l = labels.get(key);
      if (l === undefined) {
        if (claimsOf === undefined) {
          claimsOf = new Map();
          for (const cell of firstCells) {
            const list = claimsOf.get(cell[side]);
            if (list === undefined) claimsOf.set(cell[side], [...cell.claims]);
            else for (const i of cell.claims) list.push(i);
          }
        }
        const spellings = (claimsOf.get(key) ?? []).map(text);
        labels.set(key, (l = mostCommon(spellings.length > 0 ? spellings : [key])));
      }
      return l;
    };
  };
  const subject = make('subject', input.subjectText);
  const attribute = make('attribute', input.attributeText);
  return (side, key) => (side === 'subject' ? subject(key) : attribute(key));
}

/**
 * The link stage: decides which subject keys and which attribute keys name
 * the same thing, over the distinct keys and the cells of claims they form.
 * Rules run in order — spelling (subjects, then attributes), then containment
 * ("Sommer" into "Mary Marlowe Sommer"; subjects, which may carry a subject's
 * other cells along, then attributes) — each recording its decisions as data.
 * Never compares all pairs, unless `exhaustive`, which the differential test
 * uses to check that blocking finds every candidate brute force finds.
 */
export function linkClaims(
  input: LinkInput,
  guard: LinkGuard,
  stats: WorkStats,
  exhaustive = false,
  linking: 'exact' | 'spelling' | 'profile' = 'spelling',
  profile?: ProfileInput,
): Linked {
  const subjectEntries = new Map<string, KeyEntry>();
  const attributeEntries = new Map<string, KeyEntry>();
  const n = input.subjects.length;
  // First claim of each key, found by the key's number (one per distinct key): no string hashed per claim.
  const subjectSeen: (true | undefined)[] = [];
  const attributeSeen: (true | undefined)[] = [];
  for (let i = 0; i < n; i++) {
    const s = input.subjects[i]!;
    if (subjectSeen[s.id] === undefined) {
      subjectSeen[s.id] = true;
      subjectEntries.set(s.key, s);
    }
    const a = input.attributes[i]!;
    if (attributeSeen[a.id] === undefined) {
      attributeSeen[a.id] = true;
      attributeEntries.set(a.key, a);
    }
  }
  let cells = exactCells(input);
  const run: LinkRun = { input, guard, issues: [], decisions: [], stats, exhaustive, label: labeller(cells, input), moved: new Map() };
  if (linking === 'exact') return { cells: [...cells.values()], decisions: run.decisions, issues: run.issues };
  const tokens = (entries: ReadonlyMap<string, KeyEntry>) => (key: string) => entries.get(key)?.tokens ?? [];
  cells = spellingRule(cells, 'subject', fuzzyEdges(subjectEntries, stats, exhaustive), run);
  cells = spellingRule(cells, 'attribute', fuzzyEdges(attributeEntries, stats, exhaustive), run);
  // Claims per subject after spelling links, for dominance (how central each candidate is to the claim set),
  // and sources per subject, for whether a short key names another thing (how many writers use it): one
  // source listing two facts about "David Scott" uses that name once, as does the one that wrote
  // "David \"Old Man Bill\" Scott".
  const subjectClaims = new Map<string, number>();
  for (const cell of cells.values()) subjectClaims.set(cell.subject, (subjectClaims.get(cell.subject) ?? 0) + cell.claims.length);
  // Sources are counted only for the few keys the containment rule asks about, from the cells as they are now.
  const cellsNow = cells;
  let cellsOfSubject: Map<string, Cell[]> | undefined;
  const cellsOf = (key: string): readonly Cell[] => {
    if (cellsOfSubject === undefined) {
      cellsOfSubject = new Map();
      for (const cell of cellsNow.values()) {
        const list = cellsOfSubject.get(cell.subject);
        if (list === undefined) cellsOfSubject.set(cell.subject, [cell]);
        else list.push(cell);
      }
    }
    return cellsOfSubject.get(key) ?? [];
  };
  const subjectSources = new Map<string, number>();
  const usageOfSubject = (key: string) => {
    let count = subjectSources.get(key);
    if (count === undefined) {
      const seen = new Set<string>();
      for (const cell of cellsOf(key)) for (const i of cell.claims) seen.add(input.source(i));
      subjectSources.set(key, (count = seen.size));
    }
    return count;
  };
  // The names a subject's own claims give it ("Greenhouse | Name | Norris Greenhouse Jr."): asked only for a
  // key that fits several longer names.
  const namesOfSubject = (key: string): ReadonlyMap<string, ReadonlySet<number>> => {
    const names = new Map<string, Set<number>>();
    if (input.valueKey === undefined) return names;
    for (const cell of cellsOf(key)) {
      if (!namesTheSubject(cell.attribute)) continue;
      for (const i of cell.claims) {
        const k = namesAnother(input.attributeText(i)) ? undefined : input.valueKey(i);
        if (k === undefined || k === '') continue;
        const sources = names.get(k);
        if (sources === undefined) names.set(k, new Set([input.sourceNumber(i)]));
        else sources.add(input.sourceNumber(i));
      }
    }
    return names;
  };
  cells = containmentRule(cells, 'subject', tokens(subjectEntries), { weight: (key) => subjectClaims.get(key) ?? 0, usage: usageOfSubject, names: namesOfSubject }, run);
  const attributeWeight = (key: string, scope: string) => cells.get(`${scope}\u0000${key}`)?.claims.length ?? 0;
  cells = containmentRule(cells, 'attribute', tokens(attributeEntries), { weight: attributeWeight, usage: attributeWeight }, run);
  if (linking === 'profile' && profile !== undefined) cells = profileRule(cells, profile, run, { ...WEIGHTS, ...profile.weights });
  return { cells: [...cells.values()], decisions: run.decisions, issues: run.issues };
}
