import { compareCodePoints } from '../util/order';
import type { LinkDecision, LinkSide, NormalizedKey, StageIssue, WorkStats } from '../model';
import { type Sex, sexOfGivenName } from '../lexicon/given-names';
import { sexOfKey } from '../normalize/keys';
import { ownWriting } from '../normalize/labels';
import { TITLES, tokenize } from '../normalize/text';
import { compareNatural } from '../util/order';

/** What the link stage needs to know about each claim. */
export interface LinkInput {
  readonly subjects: readonly NormalizedKey[];
  readonly attributes: readonly NormalizedKey[];
  /** Original subject spelling of claim i, for messages. */
  readonly subjectText: (i: number) => string;
  /** Original attribute spelling of claim i, for messages. */
  readonly attributeText: (i: number) => string;
  readonly claimId: (i: number) => string;
  /** Source of claim i: a key is weighed by how many sources use it, not how many attributes one source lists. */
  readonly source: (i: number) => string;
  /** The first spelling, in code-point order, of a subject key and of an attribute key (undefined: no claim has it). */
  readonly subjectSpelling: (key: string) => string | undefined;
  readonly attributeSpelling: (key: string) => string | undefined;
  /** The entity (options.entities) a subject key names, if the caller said. */
  readonly entityOf?: ((subjectKey: string) => string | undefined) | undefined;
  /** The subject key claim i's value would have, when the value is a string: what a "name" claim names. */
  readonly valueKey?: ((i: number) => string | undefined) | undefined;
  /** Claim i's value as written (a string, or a number in digits): counts of some against all compare by it. */
  readonly written?: ((i: number) => string | undefined) | undefined;
  /** The number of claim i's source (0 ≤ n < sourceCount). */
  readonly sourceNumber: (i: number) => number;
  readonly sourceCount: number;
}

/**
 * Decides whether linking two sets of claims would put values that conflict
 * into one group (the guard against "Baldwin, 58" joining Alec Baldwin, 66).
 */
export type LinkGuard = (a: readonly number[], b: readonly number[]) => boolean;

/** The claims under one (subject key, attribute key): the unit the link rules move. */
export interface Cell {
  subject: string;
  attribute: string;
  claims: number[];
  /** Set when the link stage joined other cells into this one. */
  linked?: true;
}

/** What every link rule works with, and where it records what it decided. */
export interface LinkRun {
  readonly input: LinkInput;
  readonly guard: LinkGuard;
  readonly issues: StageIssue[];
  readonly decisions: LinkDecision[];
  readonly stats: WorkStats;
  /** Compare all pairs instead of blocking: only for the differential test. */
  readonly exhaustive: boolean;
  /** The most common original spelling of a key, for messages. */
  readonly label: (side: LinkSide, key: string) => string;
  /**
   * Subject keys some of whose cells a rule moved to a longer key (containment, follow), with the sources of the
   * claims moved (each with one claim of it), by target: what the profile rule joins back where the same source's
   * other cells stayed.
   */
  readonly moved: Map<string, Map<string, Map<number, number>>>;
}

/**
 * Whether two subject keys name two people or things no rule may link: the caller said so (options.entities), or
 * an honorific tells a man and a woman ("Mr. Smith" / "Mrs. Smith"), or one honorific's sex against the given name
 * of a full name ("Mrs. Smith" / "John Smith"; a name both sexes bear, "Jordan Smith", says nothing).
 */
export function apart(run: LinkRun, side: LinkSide, a: string, b: string): boolean {
  if (side !== 'subject') return false;
  // A source's own article ("the article", keyed per source) is no other key's: not another source's article, nor a
  // third key that would gather them ("article_metadata", "the artcle": a cold review), however much they share.
  if (a !== b && ((a.includes(' @') && ownWriting(run.label('subject', a))) || (b.includes(' @') && ownWriting(run.label('subject', b))))) return true;
  const sa = sexOfKey(a);
  const sb = sexOfKey(b);
  if (sa !== undefined && sb !== undefined && sa !== sb) return true;
  if ((sa === undefined) !== (sb === undefined)) {
    const given = givenNameSex(run.label('subject', sa === undefined ? a : b));
    if (given !== undefined && given !== (sa ?? sb)) return true;
  }
  if (run.input.entityOf === undefined) return false;
  const x = run.input.entityOf(a);
  const y = run.input.entityOf(b);
  return x !== undefined && y !== undefined && x !== y;
}

/** Words that make a spelling a phrase rather than a person's name ("the wife of John Smith"). */
const NOT_A_NAME = new Set(['the', 'a', 'an', 'of', 'and', 'or', 'his', 'her', 'their', 'who', 'with', 'by', 'for', 'at', 'in', 'on']);

/** Fewest letters a given name needs to tell a sex here ("Tom", "Amy"): a link is only kept from being made. */
const GIVEN_MIN = 3;

/**
 * The sex a full name's given name tells, by the table of given names: two to five words after any title, in any
 * case ("Jane Smith", "jane smith", "Smith, Jane", "Jane Smith, 34", "President Joe Biden", "Maria de la Cruz");
 * undefined for anything else ("John Smith's wife", "the wife of John Smith").
 */
function givenNameSex(spelling: string): Sex | undefined {
  let text = spelling.trim().replace(/,\s*\d{1,3}\s*$/u, '');
  if (text.length > 80 || /['’]s\b/u.test(text) || !/^[\p{L}.,'’\s-]+$/u.test(text)) return undefined;
  const comma = /^([^,\s]+),\s*([^,]+)$/u.exec(text);
  if (comma !== null) text = `${comma[2]} ${comma[1]}`;
  if (text.includes(',')) return undefined;
  const words = tokenize(text);
  let i = 0;
  while (i < words.length - 1 && TITLES.has(words[i]!)) i++;
  const name = words.slice(i);
  if (name.length < 2 || name.length > 5 || name.some((w) => NOT_A_NAME.has(w))) return undefined;
  const given = name[0]!;
  return given.length >= GIVEN_MIN ? sexOfGivenName(given) : undefined;
}

/** Whether some source states claims on both sides: a source that writes both keys has told them apart. */
export function claimsShareSource(run: LinkRun, a: readonly number[], b: readonly number[]): boolean {
  const seen = new Set<number>();
  for (const i of a) seen.add(run.input.sourceNumber(i));
  for (const i of b) if (seen.has(run.input.sourceNumber(i))) return true;
  return false;
}

/** The claim an issue about these claims names: the smallest id, never the first in input order. */
export function firstClaim(run: LinkRun, handles: readonly number[]): { claim: string; handle: number } {
  let handle = handles[0]!;
  let claim = run.input.claimId(handle);
  for (let k = 1; k < handles.length; k++) {
    const id = run.input.claimId(handles[k]!);
    if (compareNatural(id, claim) < 0) {
      claim = id;
      handle = handles[k]!;
    }
  }
  return { claim, handle };
}

/** Records that `from` now belongs to `to`. */
export function decide(run: LinkRun, rule: LinkDecision['rule'], side: LinkSide, from: Cell, to: Cell, evidence: string): void {
  if (side === 'subject' && rule !== 'spelling' && from.subject !== to.subject) {
    let targets = run.moved.get(from.subject);
    if (targets === undefined) run.moved.set(from.subject, (targets = new Map()));
    let sources = targets.get(to.subject);
    if (sources === undefined) targets.set(to.subject, (sources = new Map()));
    // Each source's first claim by id, not by input order: the evidence names it.
    for (const i of from.claims) {
      const seen = sources.get(run.input.sourceNumber(i));
      if (seen === undefined || compareCodePoints(run.input.claimId(i), run.input.claimId(seen)) < 0) sources.set(run.input.sourceNumber(i), i);
    }
  }
  run.decisions.push({
    rule,
    side,
    from: { subject: from.subject, attribute: from.attribute },
    to: { subject: to.subject, attribute: to.attribute },
    evidence,
  });
}

/**
 * The cells after merges: each cell's claims go to the cell it now belongs to.
 * Cells that neither moved nor received claims are kept as they are (most of
 * them, at scale): only targets get a new claim list.
 */
export function mergeInto(cells: ReadonlyMap<string, Cell>, finalOf: (cell: Cell) => Cell): Map<string, Cell> {
  const incoming = new Map<Cell, Cell[]>();
  for (const cell of cells.values()) {
    const f = finalOf(cell);
    if (f === cell) continue;
    const list = incoming.get(f);
    if (list === undefined) incoming.set(f, [cell]);
    else list.push(cell);
  }
  const out = new Map<string, Cell>();
  const gather = (into: Cell, own: readonly number[]): Cell => {
    const claims = [...own];
    for (const moved of incoming.get(into) ?? []) for (const c of moved.claims) claims.push(c);
    return { subject: into.subject, attribute: into.attribute, claims, linked: true };
  };
  for (const [id, cell] of cells) {
    if (finalOf(cell) !== cell) continue;
    out.set(id, incoming.has(cell) ? gather(cell, cell.claims) : cell);
  }
  // Targets made by the pass itself (a subject's other claims under its longer name) are in no map yet.
  for (const f of incoming.keys()) {
    const id = `${f.subject}\u0000${f.attribute}`;
    if (!out.has(id)) out.set(id, gather(f, []));
  }
  return out;
}
