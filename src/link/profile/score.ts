import type { Cell } from '../cells';
import type { ValueEvidence } from '../evidence';
import { classesOf, type HeadRelation, LEXFILE, readWord, relateNouns } from '../../lexicon/lexicon';
import { withinEdits } from '../../util/edit';
import { compareCodePoints } from '../../util/order';
import { readAttribute } from './attribute';
import { yearOfDay } from './blocks';
import { type Mention, PERPETRATOR_NOUNS, VICTIM_NOUNS } from './mention';
import { attributeScore, valuesRelate } from './slots';
import type { Sources } from './sources';
import { ATTRIBUTE_WEIGHTS, type ProfileInput, type Weights } from './weights';
import { hasUnknownWord } from './words';

/** A subject mention as the profile rule holds it. */
export interface MentionNode {
  readonly key: string;
  text: string;
  readonly cells: Cell[];
  reading: Mention;
  /** The earliest publication day of its sources: what "yesterday" is read against. */
  published?: number;
  claims: number;
  /** Its number, in order of first cell. */
  readonly index: number;
  sources?: Sources;
  /** Names the claims give it ("the shooter | name | Steven Dolan"): tokens, lower case, with the claim. */
  named?: Array<{ tokens: string[]; claim: number }>;
}


export function idf(word: string, df: ReadonlyMap<string, number>, total: number): number {
  const n = df.get(word) ?? 1;
  // Shared by two mentions only: full weight; by every mention: none.
  return Math.max(0, Math.log2(total / n) / Math.log2(Math.max(2, total / 2)));
}

export function scorePair(
  a: MentionNode,
  b: MentionNode,
  df: ReadonlyMap<string, number>,
  total: number,
  input: ProfileInput,
  w: Weights,
  textOf: (attribute: string) => string,
  words: ProfileWords,
): { score: number; evidence: string[]; compared: number; lexical: number; lexicalEvidence: string[] } {
  const evidence: string[] = [];
  let score = 0;
  let compared = 0;
  const ra = a.reading;
  const rb = b.reading;
  // Two kinds of one head: "the police chief" / "the fire chief", "the gas station" / "the bus station".
  let twoKinds = false;
  if (ra.head !== undefined && ra.head === rb.head && ra.classifier !== undefined && rb.classifier !== undefined && ra.classifier !== rb.classifier) {
    const rel = relateNouns(ra.classifier, rb.classifier).relation;
    const mentioned = ra.modifiers.includes(rb.classifier) || rb.modifiers.includes(ra.classifier);
    twoKinds = !mentioned && rel !== 'same' && rel !== 'synonym' && rel !== 'hypernym';
  }
  // Heads.
  if (ra.head !== undefined && rb.head !== undefined) {
    // A person a phrase says was harmed ("the girl who was shot") is what another writer calls the victim.
    const victim = (VICTIM_NOUNS.has(ra.head) && rb.harmed === true) || (VICTIM_NOUNS.has(rb.head) && ra.harmed === true);
    const perpetrator = ra.head !== rb.head && PERPETRATOR_NOUNS.has(ra.head) && PERPETRATOR_NOUNS.has(rb.head);
    const rel = victim || perpetrator ? { relation: 'synonym' as const, distance: 0 } : relateHeads(ra.head, rb.head);
    const x = headWeight(rel.relation, rel.distance, w, eventLike(ra.head, rb.head));
    // One head: how rare it is among the mentions says how much sharing it tells (not for two kinds of it).
    // (Counted as if among at least RARITY_FLOOR mentions: a handful of mentions says nothing of how common a head is.)
    const rarity = ra.head === rb.head && !twoKinds ? w.headRarity * (idf(`h:${ra.head}`, df, Math.max(total, RARITY_FLOOR)) - 0.5) : 0;
    score += x + rarity;
    evidence.push(
      ra.head === rb.head
        ? `head ${ra.head}${rarity === 0 ? '' : ` ${rarity > 0 ? '+' : ''}${rarity.toFixed(1)}`}`
        : `heads ${ra.head}/${rb.head}: ${victim ? 'harmed' : perpetrator ? 'one role' : rel.relation}${rel.relation === 'close' || rel.relation === 'hypernym' ? ` ${rel.distance}` : ''}`,
    );
  } else if ((ra.name !== undefined) !== (rb.name !== undefined)) {
    const head = ra.head ?? rb.head;
    if (head !== undefined && !classesOf(head).includes(LEXFILE.person)) {
      score += w.headUnrelated;
      evidence.push(`a name and ${head}`);
    }
  }
  if (twoKinds) {
    score += w.headUnrelated / 2;
    evidence.push(`${ra.classifier} ${ra.head} / ${rb.classifier} ${rb.head}`);
  }
  // The same labels ("other two victims" / "Two other wounded men"; different labels are a hard block).
  if (ra.labels.length > 0 && ra.labels.length === rb.labels.length && ra.labels.every((l) => rb.labels.includes(l))) {
    score += w.modifier;
    evidence.push(`both ${ra.labels.join(' ')}`);
  }
  // The same time anchor ("last year" in a 2013 article and "2012").
  const sharedAnchor = anchorShared(ra, rb);
  if (sharedAnchor !== undefined) {
    score += w.anchor;
    evidence.push(`both ${sharedAnchor}`);
  } else {
    // A mention dated to an earlier year ("2004 earthquake off Aceh" in 2013) against one with no date, which
    // means the story's own event: as much evidence against as a shared date is for.
    const undated = (m: Mention) => m.anchor.years.length === 0 && m.anchor.days.length === 0;
    const past = (undated(rb) ? pastYear(ra, b.published) : undefined) ?? (undated(ra) ? pastYear(rb, a.published) : undefined);
    if (past !== undefined) {
      score -= w.anchor;
      evidence.push(`${past} against an undated mention`);
    }
  }
  // Names: the mention's own, or one given after its head.
  const na = ra.name ?? (ra.appositive.length > 0 ? ra.appositive : a.named?.[0]?.tokens);
  const nb = rb.name ?? (rb.appositive.length > 0 ? rb.appositive : b.named?.[0]?.tokens);
  if (na !== undefined && nb !== undefined) {
    const fullA = ra.name !== undefined || (ra.appositive.length === 0 && a.named !== undefined);
    const fullB = rb.name !== undefined || (rb.appositive.length === 0 && b.named !== undefined);
    const s = nameScore(na, nb, fullA ? na : undefined, fullB ? nb : undefined, ra.modifiers, rb.modifiers, w);
    score += s.score;
    if (s.evidence !== '') evidence.push(s.evidence);
  }
  // Shared modifiers, weighted by how few mentions use them.
  const wordsB = new Set([...rb.modifiers, ...(rb.head === undefined ? [] : [rb.head])]);
  for (const m of ra.modifiers) {
    if (wordsB.has(m)) {
      const x = w.modifier * idf(m, df, total);
      if (x > 0.05) {
        score += x;
        evidence.push(`${m} ${x.toFixed(1)}`);
      }
    }
  }
  if (ra.head !== undefined && rb.modifiers.includes(ra.head) && ra.head !== rb.head) {
    const x = w.modifier * idf(ra.head, df, total);
    score += x;
    evidence.push(`${ra.head} ${x.toFixed(1)}`);
  }
  // Values of the attributes both state.
  const values = valueEvidence(a.cells, b.cells, input, w, textOf);
  const lexical = score;
  score += values.score;
  compared = values.compared;
  // An age the one's own words tell ("the 25-year-old victim") against the other's stated age ("age: 25").
  const told = toldAge(a, b, input, textOf) ?? toldAge(b, a, input, textOf);
  if (told !== undefined) {
    // As two ages as values weigh: a year apart is near (outlets often differ so), far apart far.
    score += valueWeight(told.agrees ? 'agree' : 'conflict', w, told.agrees ? undefined : told.distance);
    compared++;
    (told.agrees ? values.agreeing : values.conflicting).push(`age ${told.age} in the name`);
  }
  const { agreeing, conflicting } = values;
  // Facts the two profiles share outside the slots compared ("outcome: pronounced dead at the scene" / "Pronounced
  // Dead: At Scene"): kept apart from the lexical evidence, so a bystander who only repeats a hospital's name is no
  // rival, and shown in the evidence.
  // Only beside a fact compared: words that merely recur (an agency's name under two deputies) make no link alone.
  let wordBits = 0;
  if (values.compared > 0) {
    const shared = sharedFacts(a, b, values.matched, values.withheld, words, (word) => idf(`w:${word}`, df, Math.max(total, RARITY_FLOOR)));
    wordBits = Math.min(w.sharedWordsCap, w.sharedWord * shared.weight);
    if (wordBits > 0.05) {
      score += wordBits;
      evidence.push(`words ${shared.words.join(' ')} ${wordBits.toFixed(1)}`);
    } else wordBits = 0;
  }
  if (input.similarity !== undefined) {
    const raw = input.similarity(a.text, b.text);
    if (typeof raw === 'number' && Number.isFinite(raw)) {
      const sim = Math.max(0, Math.min(1, raw));
      const x = w.similarity * (2 * sim - 1);
      score += x;
      evidence.push(`similarity ${sim.toFixed(2)}`);
    }
  }
  if (agreeing.length > 0) evidence.push(`${agreeing.join(', ')} agree${agreeing.length === 1 ? 's' : ''}`);
  if (conflicting.length > 0) evidence.push(`${conflicting.join(', ')} differ${conflicting.length === 1 ? 's' : ''}`);
  return {
    score,
    evidence,
    compared,
    lexical: lexical + (score - lexical - values.score - wordBits),
    lexicalEvidence: evidence.filter((e) => !/ (agrees?|differs?)$/.test(e) && !e.startsWith('words ')),
  };
}

/** An age in whole years and nothing else ("25", "25-year-old", "25 years old"; not "in her 20's", "about 30"). */
const YEARS = /^\s*(\d{1,3})(?:[\s-]*years?(?:[\s-]*old)?)?\s*$/i;

/**
 * A subject whose age, if its words tell one, is its own: a plain noun phrase, with nothing after the age but words
 * before the head ("the 25-year-old victim", "25-Year-Old Victim"); not someone else's age in a possessive or a
 * phrase after the head ("the 17-year-old's mother", "the brother of the 19-year-old victim": a cold review).
 */
const OWN_AGE = /^\s*(?:(?:the|a|an)\s+)?(?:[\p{L}]+\s+){0,2}\d{1,3}[\s-]+years?[\s-]+old(?:\s+[\p{L}]+){0,2}\s*$/iu;

/**
 * The age one mention's own words tell ("the 25-year-old victim": a label "25 year") against the other's stated age,
 * an attribute asking how old ("age", "how old he was") whose values all read as one whole number of years: agreeing
 * or not, and how far apart (as two numbers' relative distance). Undefined when the other's words tell an age too
 * (the labels compare those), when the labelled one states an age of its own (its values compare: counted once),
 * or when the other states none.
 */
function toldAge(labelled: MentionNode, other: MentionNode, input: ProfileInput, textOf: (attribute: string) => string): { age: number; agrees: boolean; distance: number } | undefined {
  const ages = labelled.reading.labels.filter((l) => l.endsWith(' year'));
  if (ages.length !== 1 || other.reading.labels.some((l) => /^\d+ (year|month|week|day)$/.test(l))) return undefined;
  if (labelled.text.length > 60 || !OWN_AGE.test(labelled.text.replace(/_/g, ' '))) return undefined;
  if (labelled.cells.some((cell) => readAttribute(textOf(cell.attribute)).measure === 'age')) return undefined;
  const age = Number(ages[0]!.slice(0, -5));
  let stated: number | undefined;
  for (const cell of other.cells) {
    if (readAttribute(textOf(cell.attribute)).measure !== 'age') continue;
    for (const i of cell.claims) {
      const m = YEARS.exec((input.written ?? input.text)(i) ?? '');
      if (m === null) return undefined;
      const n = Number(m[1]);
      if (stated !== undefined && stated !== n) return undefined;
      stated = n;
    }
  }
  return stated === undefined ? undefined : { age, agrees: stated === age, distance: Math.abs(stated - age) / Math.max(stated, age, 1) };
}

/** The content words of a cell, read once per cell: its attribute name's and its values', apart. */
export interface CellWords {
  readonly attribute: readonly string[];
  readonly value: readonly string[];
}
/** Content words, each read once: a cell's, and a subject mention's own (see contentLemmas). */
export interface ProfileWords {
  readonly cell: (cell: Cell) => CellWords;
  readonly subject: (mention: MentionNode) => ReadonlySet<string>;
}

/**
 * The facts two mentions share outside the cells matched as one slot: a cell of one and a cell of the other share a
 * fact when a word of one's values is among the other's values or attribute name ("pronounced dead at the scene" /
 * "Pronounced Dead: At Scene"); two attribute names alone share a writer's wording, not a fact ("Times Shot" / "where
 * he was shot"). A subject's own words count as values against the other's cells ("fender_bender" / "Severity: Minor
 * Fender Bender"), not the words both subjects use (the modifiers count those). Each cell shares one fact at most, one
 * to one, weighed by its rarest shared word: a hospital's three-word name is one fact, not three.
 */
function sharedFacts(
  a: MentionNode,
  b: MentionNode,
  matched: ReadonlySet<Cell>,
  withheld: ReadonlyArray<readonly [Cell, Cell]>,
  words: ProfileWords,
  rarity: (word: string) => number,
): { weight: number; words: string[] } {
  const sa = words.subject(a);
  const sb = words.subject(b);
  const subjectOf = (own: ReadonlySet<string>, other: ReadonlySet<string>): CellWords => ({ attribute: [], value: [...own].filter((x) => !other.has(x)) });
  const left: CellWords[] = [subjectOf(sa, sb)];
  const right: CellWords[] = [subjectOf(sb, sa)];
  // Cells in key order, not input order: the one-to-one choice below breaks ties by position.
  const byKey = (x: Cell, y: Cell) => compareCodePoints(x.attribute, y.attribute);
  const leftCells: (Cell | undefined)[] = [undefined];
  const rightCells: (Cell | undefined)[] = [undefined];
  for (const c of [...a.cells].sort(byKey)) {
    if (matched.has(c)) continue;
    left.push(words.cell(c));
    leftCells.push(c);
  }
  for (const c of [...b.cells].sort(byKey)) {
    if (matched.has(c)) continue;
    right.push(words.cell(c));
    rightCells.push(c);
  }
  // Two cells left unmatched for a tie (one names two slots of the other equally well, and the two tell different
  // things) share no fact either: which slot their words name is the doubt ("11:40 p.m." / "about 11:40 p.m.",
  // a cold review: "words p.m 2.0"). Each may still share one with another cell.
  const barred = (i: number, j: number) => withheld.some(([x, y]) => x === leftCells[i] && y === rightCells[j]);
  const pairs: Array<{ i: number; j: number; weight: number; word: string }> = [];
  for (let i = 0; i < left.length; i++) {
    const x = left[i]!;
    for (let j = 0; j < right.length; j++) {
      if (i === 0 && j === 0) continue;
      if (withheld.length > 0 && barred(i, j)) continue;
      const y = right[j]!;
      let best = 0;
      let word = '';
      const consider = (from: readonly string[], to: readonly string[]) => {
        for (const w of from) {
          if (!to.includes(w)) continue;
          const r = rarity(w);
          if (r > best || (r === best && word !== '' && compareCodePoints(w, word) < 0)) {
            best = r;
            word = w;
          }
        }
      };
      consider(x.value, y.value);
      consider(x.attribute, y.value);
      consider(x.value, y.attribute);
      if (best > 0) pairs.push({ i, j, weight: best, word });
    }
  }
  pairs.sort((p, q) => q.weight - p.weight || p.i - q.i || p.j - q.j);
  const usedL = new Set<number>();
  const usedR = new Set<number>();
  let weight = 0;
  const out = new Set<string>();
  for (const p of pairs) {
    if (usedL.has(p.i) || usedR.has(p.j)) continue;
    usedL.add(p.i);
    usedR.add(p.j);
    weight += p.weight;
    out.add(p.word);
  }
  return { weight, words: [...out].sort(compareCodePoints) };
}

/** The value evidence between two sets of cells: each attribute both state, compared once. */
export function valueEvidence(
  a: readonly Cell[],
  b: readonly Cell[],
  input: ProfileInput,
  w: Weights,
  textOf: (attribute: string) => string,
): { score: number; compared: number; agreeing: string[]; conflicting: string[]; matched: Set<Cell>; withheld: Array<[Cell, Cell]> } {
  const agreeing: string[] = [];
  const conflicting: string[] = [];
  const matched = new Set<Cell>();
  const withheld: Array<[Cell, Cell]> = [];
  let sum = 0;
  let compared = 0;
  for (const [ca, cb] of matchAttributes(a, b, input, textOf, withheld)) {
    matched.add(ca);
    matched.add(cb);
    const r = input.relate(ca.claims, cb.claims);
    const label = textOf(ca.attribute);
    sum += valueWeight(r.evidence, w, r.distance);
    if (r.evidence !== 'none') compared++;
    if (r.evidence === 'agree') agreeing.push(label);
    else if (r.evidence === 'conflict') conflicting.push(label);
  }
  // Labels in code-point order: cells come in input order, the evidence may not.
  agreeing.sort(compareCodePoints);
  conflicting.sort(compareCodePoints);
  return { score: Math.max(-w.valueCap, Math.min(w.valueCap, sum)), compared, agreeing, conflicting, matched, withheld };
}

/**
 * Head relation with one morphological step the lexicon lacks: a head that
 * begins with the other's verb ("shootout" / "shooting": shoot) is as close
 * as two kinds of one thing.
 */
export function relateHeads(a: string, b: string): { relation: HeadRelation; distance: number } {
  // A general noun for a happening ("incident", "event") names whatever happened: any happening is a kind of it.
  // Only a noun whose main sense is a happening: "location" has a sense of an act (locating), but names a place.
  if (a !== b && (GENERAL_HAPPENINGS.has(a) || GENERAL_HAPPENINGS.has(b)) && mainlyHappening(GENERAL_HAPPENINGS.has(a) ? b : a)) {
    return { relation: 'hypernym', distance: 2 };
  }
  const rel = relateNouns(a, b);
  if (rel.relation === 'same' || rel.relation === 'synonym' || rel.relation === 'opposite' || (rel.relation !== 'class' && rel.relation !== 'unrelated' && rel.distance <= 2)) return rel;
  const stem = (x: string) => readWord(x).verb;
  const sa = stem(a);
  const sb = stem(b);
  if ((sa !== undefined && sa.length >= 4 && b.startsWith(sa)) || (sb !== undefined && sb.length >= 4 && a.startsWith(sb))) return { relation: 'close', distance: 2 };
  return rel;
}

/** Bits for a head relation: graded by the path length through the common hypernym. */
export function headWeight(relation: HeadRelation, distance: number, w: Weights, happenings: boolean): number {
  switch (relation) {
    case 'same':
    case 'synonym':
      return w.headSame;
    case 'hypernym':
      return distance <= 1 ? w.headHypernym + 0.5 : distance <= 2 ? w.headHypernym : w.headHypernym - 0.5;
    case 'close':
      return distance <= 2 ? w.headClose + 0.5 : distance <= 3 ? w.headClose : distance <= 4 ? w.headClose / 2 : 0;
    case 'opposite':
      return w.headUnrelated;
    case 'class':
      return 0;
    case 'unrelated':
      return happenings ? 0 : w.headUnrelated;
  }
}

/** The year a dated mention names, when it is before the other (undated) mention's publication year. */
export function pastYear(dated: Mention, otherPublished: number | undefined): number | undefined {
  if (otherPublished === undefined || dated.anchor.years.length === 0) return undefined;
  const year = Math.max(...dated.anchor.years);
  return year < yearOfDay(otherPublished) ? year : undefined;
}

export function anchorShared(a: Mention, b: Mention): string | undefined {
  const y = a.anchor.years.find((x) => b.anchor.years.includes(x));
  if (y !== undefined) return String(y);
  const d = a.anchor.days.find((x) => b.anchor.days.includes(x));
  if (d !== undefined) return new Date(d * 86_400_000).toISOString().slice(0, 10);
  return undefined;
}

export function valueWeight(e: ValueEvidence, w: Weights, distance?: number | undefined): number {
  if (e !== 'conflict') return e === 'agree' ? w.valueAgrees : w.sharedSlot;
  return w.valueConflicts + (distance === undefined ? 0 : distance <= w.nearValues ? w.valueNear : w.valueFar);
}

/** The broad classes of happenings: acts, events, phenomena, processes, states. */
export const HAPPENING_CLASSES: readonly number[] = [LEXFILE.act, LEXFILE.event, LEXFILE.phenomenon, LEXFILE.process, LEXFILE.state];

/**
 * English's general nouns for a happening, which writers use for the story's event whatever it was
 * ("incident | injured_count" for the shooting): a closed class of the language, not of any story.
 */
export const GENERAL_HAPPENINGS: ReadonlySet<string> = new Set(['event', 'incident', 'happening', 'occurrence', 'episode']);

/** Whether a noun's main sense (WordNet's first) is in one of `classes`. */
export function mainSenseIn(noun: string, classes: readonly number[]): boolean {
  const main = classesOf(noun)[0];
  return main !== undefined && classes.includes(main);
}

/** Whether a noun's main sense is of a class of happenings, or it is a general noun for one. */
export function mainlyHappening(noun: string): boolean {
  return GENERAL_HAPPENINGS.has(noun) || mainSenseIn(noun, HAPPENING_CLASSES);
}

/** Heads that both name something that happened (an act, an event, a phenomenon, a process): "shooting" / "shootout". */
export function eventLike(a: string, b: string): boolean {
  const ca = classesOf(a);
  const cb = classesOf(b);
  return ca.some((c) => HAPPENING_CLASSES.includes(c)) && cb.some((c) => HAPPENING_CLASSES.includes(c));
}

/** Mentions below which a head's frequency is not evidence of how common it is (a two-mention story's one head). */
const RARITY_FLOOR = 16;

/** Given names at least this long that differ by one letter are one name spelt two ways. */
const MIN_SPELT_ALIKE = 6;

/**
 * One given name spelt two ways: a letter apart, or two vowels apart over the same consonants — a name written
 * in Latin letters from another script ("Muhammad" / "Mohammod", "Youssef" / "Yousouf") keeps its consonants
 * and varies its vowels. Both at least six letters: short names of one skeleton are often two names ("Brian" /
 * "Bruno").
 */
export function givenSpeltAlike(x: string, y: string): boolean {
  return (Math.min(x.length, y.length) >= MIN_SPELT_ALIKE && withinEdits(x, y, 1)) || transliterated(x, y);
}

/** Two vowels apart over the same consonants and first letter, both at least six letters ("Muhammad" / "Mohammod"). */
export function transliterated(x: string, y: string): boolean {
  if (x[0] !== y[0] || Math.min(x.length, y.length) < MIN_SPELT_ALIKE || Math.abs(x.length - y.length) > 2) return false;
  return consonants(x) === consonants(y) && withinEdits(x, y, 2);
}

/** A word's consonants, a doubled one once ("mohammod" → "mhmd"). */
function consonants(word: string): string {
  let out = '';
  for (const ch of word) if (!'aeiouy'.includes(ch) && ch !== out[out.length - 1]) out += ch;
  return out;
}

/** Every word of `x` in `full`, in order ("edgar sanchez" within "edgar sanchez rios"). */
function within(x: readonly string[], full: readonly string[]): boolean {
  let k = 0;
  for (const word of full) if (word === x[k]) k++;
  return k === x.length;
}

/**
 * A given name written as initials: one letter ("J."), letters with dots ("C.J."), or two or three letters with
 * no vowel ("CJ", "TJ"): its first letter is all it says of the name.
 */
function initials(word: string): boolean {
  const bare = word.replace(/\./g, '');
  return bare.length === 1 || /^(?:[a-z]\.)+[a-z]?\.?$/.test(word) || /^[b-df-hj-np-tv-xz]{2,3}$/.test(bare);
}

/** One surname, or one part of a double-barrelled one ("Mikula-Conrad" / "Conrad"), parts of two letters or more. */
function sameSurname(a: string, b: string): boolean {
  if (a === b) return true;
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (short.includes('-') || !long.includes('-')) return false;
  const parts = long.split('-');
  return parts.every((p) => p.length >= 2) && parts.includes(short);
}

/**
 * Whether two full names' surnames may be one spelt two ways: particles written apart or joined ("Juan De La Cruz"
 * / "Juan Delacruz"), or one letter apart ("Loughner" / "Lougner").
 */
function surnamesAlike(a: readonly string[], b: readonly string[]): boolean {
  const sa = a[a.length - 1]!;
  const sb = b[b.length - 1]!;
  for (let k = 1; k < a.length - 1; k++) if (a.slice(k).join('') === sb) return true;
  return Math.min(sa.length, sb.length) >= MIN_SPELT_ALIKE && withinEdits(sa, sb, 1);
}

export function nameScore(
  a: readonly string[],
  b: readonly string[],
  fullA: readonly string[] | undefined,
  fullB: readonly string[] | undefined,
  modsA: readonly string[],
  modsB: readonly string[],
  w: Weights,
): { score: number; evidence: string } {
  // Two or more name words beside a role, all within the other's full name in order ("victim Edgar Sanchez" /
  // "Edgar Sanchez Rios"): the name, as a shorter writing of the full one.
  if (fullA === undefined && fullB !== undefined && a.length >= 2 && within(a, fullB)) return { score: w.surname + w.givenName, evidence: `name ${a.join(' ')} within ${fullB.join(' ')}` };
  if (fullB === undefined && fullA !== undefined && b.length >= 2 && within(b, fullA)) return { score: w.surname + w.givenName, evidence: `name ${b.join(' ')} within ${fullA.join(' ')}` };
  // A single name word beside a role ("victim Lindsay") that is the other's surname is that surname.
  const lone = (x: readonly string[], full: readonly string[] | undefined) => (x.length === 1 && full !== undefined && x[0] === full[full.length - 1] ? x[0] : undefined);
  // A possessor's name in the other mention's modifiers counts as a surname ("Dolan's wife Brenda" / "Brenda Dolan").
  const surnameA = fullA !== undefined ? a[a.length - 1]! : (modsA.find((m) => b.includes(m)) ?? lone(a, fullB));
  const surnameB = fullB !== undefined ? b[b.length - 1]! : (modsB.find((m) => a.includes(m)) ?? lone(b, fullA));
  let score = 0;
  const notes: string[] = [];
  const sharedSurname = surnameA !== undefined && surnameB !== undefined && sameSurname(surnameA, surnameB);
  if (sharedSurname) {
    score += w.surname;
    notes.push(`surname ${surnameA}`);
  }
  const givenA = a.filter((x) => x !== surnameA);
  const givenB = b.filter((x) => x !== surnameB);
  // Two full names with different surnames ("Joseph D'Amico" / "Joseph Malone"): a shared given name is no
  // evidence of one person.
  const otherSurnames = fullA !== undefined && fullB !== undefined && !sharedSurname && !surnamesAlike(a, b) && !surnamesAlike(b, a);
  if (otherSurnames) {
    // Nor does anything else of the names meet ("Bryson" / "Ivan Berrien", "Jose Estrada" / "Daniel O'Brien"): two
    // people, as far as names tell.
    const meets = (x: string) => (y: string) => x === y || givenSpeltAlike(x, y) || (initials(x) && y.startsWith(x.replace(/\./g, '')[0]!)) || (initials(y) && x.startsWith(y.replace(/\./g, '')[0]!));
    // Both must read as names, with a word the lexicon does not know: a Title Case note of common words ("Woman
    // Killed", "Press Conference") may be read as a name, and is no evidence against one.
    if (hasUnknownWord(a) && hasUnknownWord(b) && !a.some((x) => b.some(meets(x)))) {
      score += w.givenNameDiffers;
      notes.push(`names ${a.join(' ')}/${b.join(' ')} differ`);
    }
    return { score, evidence: notes.join(', ') };
  }
  if (givenA.length > 0 && givenB.length > 0) {
    // Dots say nothing: "C.J." is "CJ".
    const first = (g: readonly string[]) => g[0]!.replace(/\./g, '');
    const ga = first(givenA);
    const gb = first(givenB);
    if (ga === gb) {
      score += w.givenName;
      notes.push(`given name ${ga}`);
    } else if ((initials(givenA[0]!) && gb.startsWith(ga[0]!)) || (initials(givenB[0]!) && ga.startsWith(gb[0]!))) {
      score += w.givenName / 2;
      notes.push(`initial ${ga[0]}`);
    } else if (givenSpeltAlike(ga, gb)) {
      // One name spelt two ways by two writers ("Kemontay" / "Kamontay"): half the evidence of one spelling.
      score += w.givenName / 2;
      notes.push(`given names ${ga}/${gb} spelt alike`);
    } else if (sharedSurname) {
      score += w.givenNameDiffers;
      notes.push(`given names ${ga}/${gb} differ`);
    }
  } else if (!sharedSurname) {
    // One word each side, or a bare name against a full one ("Middleton" / "Elroy Middleton").
    const shared = a.filter((x) => b.includes(x));
    if (shared.length > 0) {
      score += w.surname;
      notes.push(`name ${shared.join(' ')}`);
    }
  }
  return { score, evidence: notes.join(', ') };
}

/**
 * Attribute cells of two mentions that name one slot: the same attribute key,
 * or the best-scoring pair by measure, lemmas and value kind, one to one.
 */
export function matchAttributes(
  a: readonly Cell[],
  b: readonly Cell[],
  input: ProfileInput,
  textOf: (attribute: string) => string,
  withheld?: Array<[Cell, Cell]>,
): Array<[Cell, Cell]> {
  const out: Array<[Cell, Cell]> = [];
  const usedA = new Set<Cell>();
  const usedB = new Set<Cell>();
  const byKey = new Map<string, Cell>(b.map((c) => [c.attribute, c]));
  for (const ca of a) {
    const cb = byKey.get(ca.attribute);
    if (cb !== undefined) {
      out.push([ca, cb]);
      usedA.add(ca);
      usedB.add(cb);
    }
  }
  const candidates: Array<{ ca: Cell; cb: Cell; score: number }> = [];
  if (a.length * b.length > 4096) return out;
  // Each cell's kind read once, for every pair it is in (the values are read together, so it costs).
  const kinds = new Map<Cell, string | undefined>();
  const kindOf = (c: Cell) => {
    if (!kinds.has(c)) kinds.set(c, input.kindOf(c.claims));
    return kinds.get(c);
  };
  for (const ca of a) {
    if (usedA.has(ca)) continue;
    for (const cb of b) {
      if (usedB.has(cb)) continue;
      const s = attributeScore(
        readAttribute(textOf(ca.attribute)),
        readAttribute(textOf(cb.attribute)),
        () => kindOf(ca),
        () => kindOf(cb),
        () => valuesRelate(input, ca.claims, cb.claims, kindOf(ca), kindOf(cb)),
        true,
      );
      if (s >= ATTRIBUTE_WEIGHTS.threshold) candidates.push({ ca, cb, score: s });
    }
  }
  candidates.sort((x, y) => y.score - x.score || compareCodePoints(x.ca.attribute, y.ca.attribute) || compareCodePoints(x.cb.attribute, y.cb.attribute));
  // Best first, one to one. A cell with two best partners that tell different things (wound_location "chest" against
  // "where he was shot: in the chest" and "where he was pronounced dead: at the scene", on words alone) names no one
  // slot: it is left unmatched and tells neither agreement nor conflict. Choosing by the names' spelling would be a
  // coin toss; choosing the agreeing partner, a bias (facts every victim shares would become evidence of identity).
  // Tied partners that tell the same thing are one choice, taken in key order. The pairs left out go to `withheld`.
  const evidenceOf = (c: { ca: Cell; cb: Cell }) => input.relate(c.ca.claims, c.cb.claims).evidence;
  for (let i = 0; i < candidates.length; ) {
    let end = i;
    while (end < candidates.length && candidates[end]!.score === candidates[i]!.score) end++;
    for (let x = i; x < end; x++) {
      const c = candidates[x]!;
      if (usedA.has(c.ca) || usedB.has(c.cb)) continue;
      const rivals = candidates.slice(i, end).filter((d) => d !== c && (d.ca === c.ca || d.cb === c.cb) && !usedA.has(d.ca) && !usedB.has(d.cb));
      usedA.add(c.ca);
      usedB.add(c.cb);
      if (rivals.length > 0) {
        const told = evidenceOf(c);
        if (rivals.some((d) => evidenceOf(d) !== told)) {
          for (const d of rivals) {
            usedA.add(d.ca);
            usedB.add(d.cb);
            withheld?.push([d.ca, d.cb]);
          }
          withheld?.push([c.ca, c.cb]);
          continue;
        }
      }
      out.push([c.ca, c.cb]);
    }
    i = end;
  }
  return out;
}

