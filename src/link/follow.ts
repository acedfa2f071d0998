import { compareCodePoints } from '../util/order';
import { type Cell, type LinkRun, decide } from './cells';

/**
 * A subject that joined one longer name (the only one, or the clearly dominant
 * family of several, then only in the claims of the sources that joined it)
 * is that name in all its claims: "Old Man Bill" joined
 * "David \"Old Man Bill\" Scott" through the age, so the hospital he was taken
 * to is told of "David \"Old Man Bill\" Scott" too,
 * and meets what another source told of "David Scott". Only cells that had no
 * candidate of their own move (a refused one stays apart), only when all the
 * key's merged cells went to one subject, and two cells that meet this way
 * only for lack of a cell of the longer name join only if they agree: they
 * are weaker evidence of one thing than a shared cell.
 */
export function followRule(
  cells: ReadonlyMap<string, Cell>,
  target: Map<Cell, Cell>,
  considered: ReadonlySet<Cell>,
  unambiguous: (key: string) => boolean,
  finalOf: (c: Cell) => Cell,
  membersOf: (c: Cell) => readonly number[],
  run: LinkRun,
): void {
  const aliasOf = new Map<string, string | null>();
  // A key that joined the dominant one of several longer names is that name only for the sources that joined it:
  // another source's "Smith" may be another Smith.
  const joinedSources = new Map<string, Set<number>>();
  for (const cell of target.keys()) {
    const to = finalOf(cell).subject;
    const prev = aliasOf.get(cell.subject);
    if (prev === undefined) aliasOf.set(cell.subject, to);
    else if (prev !== to) aliasOf.set(cell.subject, null);
    if (!unambiguous(cell.subject)) {
      let sources = joinedSources.get(cell.subject);
      if (sources === undefined) joinedSources.set(cell.subject, (sources = new Set()));
      for (const i of cell.claims) sources.add(run.input.sourceNumber(i));
    }
  }
  const followsFor = (cell: Cell) => {
    const sources = joinedSources.get(cell.subject);
    return sources === undefined || cell.claims.every((i) => sources.has(run.input.sourceNumber(i)));
  };
  const made = new Map<string, Cell>();
  const moving = [...cells.values()]
    .filter((cell) => !target.has(cell) && !considered.has(cell) && typeof aliasOf.get(cell.subject) === 'string' && followsFor(cell))
    .sort((a, b) => compareCodePoints(a.subject, b.subject) || compareCodePoints(a.attribute, b.attribute));
  for (const cell of moving) {
    const to = aliasOf.get(cell.subject)!;
    const id = `${to}\u0000${cell.attribute}`;
    if (cells.has(id)) continue;
    let into = made.get(id);
    if (into === undefined) made.set(id, (into = { subject: to, attribute: cell.attribute, claims: [] }));
    else if (run.guard(into.claims, membersOf(cell))) continue;
    target.set(cell, into);
    for (const i of membersOf(cell)) into.claims.push(i);
    decide(run, 'follow', 'subject', cell, into, `"${cell.subject}" linked to "${to}" in another attribute`);
  }
}

