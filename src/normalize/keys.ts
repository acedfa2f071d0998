import { HONORIFIC_SEX, type Sex } from '../lexicon/given-names';
import { classesOf, LEXFILE, readWord } from '../lexicon/lexicon';
import { isLocalLabel, ownWriting } from './labels';
import type { NormalizedKey } from '../model';
import { compareCodePoints, sortSmall } from '../util/order';
import { NAME_SUFFIXES, STOP_WORDS, TITLES, stem, tokenize } from './text';

/** A cache entry: the key, and whether its spelling is a label numbered within an article (read on first need). */
interface CachedKey extends NormalizedKey {
  label: boolean | undefined;
}

/**
 * Attribute words that different writers use for the same slot: "dismissed on"
 * and "date of dismissal" both name a date.
 */
const ATTRIBUTE_SYNONYMS: ReadonlyMap<string, string> = synonymStems([
  ['on', 'date'],
  ['when', 'date'],
  ['day', 'date'],
  ['where', 'place'],
  ['location', 'place'],
  ['aged', 'age'],
  ['old', 'age'],
]);

/** Maps each word and its stem to the stem of its canonical word. */
function synonymStems(pairs: readonly (readonly [string, string])[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const [from, to] of pairs) {
    map.set(from, stem(to));
    map.set(stem(from), stem(to));
  }
  return map;
}

export type { NormalizedKey };

export type KeyRole = 'subject' | 'attribute';

const PARENTHESES = /\(([^()]{0,200})\)/g;

/** An ampersand between two words, spaced on one side at least ("Procter & Gamble"; not "AT&T", "Texas A&M"). */
const AMPERSAND = /\S\s+&\s*\S|\S\s*&\s+\S/;
/** Words after which an "and" joins what the head is of, at, by or for, not two things. */
const HEAD_ENDS: ReadonlySet<string> = new Set(['of', 'at', 'on', 'in', 'near', 'from', 'by', 'with', 'for', 'to', 'who', 'which', 'that', 'where', 'when']);
/**
 * Whether the subject's head phrase joins two things with "and" or "&": before any comma (after one, "and" is in a
 * qualifier: "Bay Roberts, Newfoundland and Labrador") and before any word that ends the head ("the shooting at
 * Fifth and Main", "Department of Health and Human Services", "the man who shot and killed his wife").
 */
function joinsTwo(raw: string): boolean {
  const comma = raw.indexOf(',');
  const head = comma === -1 ? raw : raw.slice(0, comma);
  if (!head.includes('&') && !/\band\b/i.test(head)) return false;
  const words = tokenize(head.replace(AMPERSAND, (m) => m.replace('&', ' and ')));
  const end = words.findIndex((w) => HEAD_ENDS.has(w));
  const at = words.indexOf('and');
  return at > 0 && at < (end === -1 ? words.length : end) - 1;
}

/**
 * The sex a subject's leading honorific tells ("Mrs. Smith": 'f'), when a name follows it and the subject names one
 * person ("Mr. and Mrs. Smith" tells no one's).
 */
function honorificSex(raw: string): Sex | undefined {
  const words = tokenize(raw);
  let sex: Sex | undefined;
  for (let i = 0; i < words.length - 1 && (STOP_WORDS.has(words[i]!) || TITLES.has(words[i]!)); i++) sex ??= HONORIFIC_SEX.get(words[i]!);
  return sex === undefined || joinsTwo(raw) ? undefined : sex;
}

/**
 * The mark a subject key ends with when an honorific tells the person's sex: "Mr. Smith" and "Mrs. Smith" are two
 * people, so two keys, though their tokens are one ("smith", for containment: "Mrs. Smith" may be "Jane Smith").
 * A period never appears in a token, so no spelling's tokens make the key of another's mark.
 */
function sexMark(sex: Sex): string {
  return sex === 'm' ? ' mr.' : ' ms.';
}

/** The sex a subject key's mark tells (see {@link sexMark}); a label's source follows the mark ("smith ms. @kiro7"). */
export function sexOfKey(key: string): Sex | undefined {
  return key.includes(' mr.') ? 'm' : key.includes(' ms.') ? 'f' : undefined;
}

/** The mark of a subject that joins two things (a qualifier token: containment never adds or drops it). */
const COORDINATION = '(and';
/** The mark of an attribute that ends in "from" (see keyTokens): never a stem of a word. */
const FROM_MARK = '(from';
const GENERATIONS: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii']);

/**
 * Where the head noun of a subject's words is, when it is plural ("the brothers", "Victims", "the shootings at
 * X"): the last word before a word that ends the head. Such a head is kept as written, not stemmed, so that a
 * subject naming several is never one key with the singular's ("Brother").
 */
function pluralHead(words: readonly string[], start: number, end: number): number {
  let last = end;
  for (let i = start; i < end; i++) {
    if (HEAD_ENDS.has(words[i]!)) {
      last = i;
      break;
    }
  }
  const at = last - 1;
  const head = words[at];
  return head !== undefined && at >= start && keptPlural(head) ? at : -1;
}

/**
 * A plural noun for people, groups, acts or events, which a subject's head keeps as written. Only these: a plural
 * word of another sort in a name ("Hooters", "Chilis") is often a possessive written without its apostrophe
 * ("Hooter's"), and one place or firm.
 */
function keptPlural(word: string): boolean {
  if (word.length < 4 || !word.endsWith('s')) return false;
  const r = readWord(word);
  return r.plural && r.noun !== undefined && classesOf(r.noun).some((c) => SEVERAL.has(c));
}

/**
 * Whether two key tokens are a plural of people, groups, acts or events and its singular's stem ("victims" /
 * "victim", "gunmen" / "gunman"): one thing and several, not one word spelt two ways.
 */
export function pluralAndSingular(a: string, b: string): boolean {
  return pluralOf(a, b) || pluralOf(b, a);
}

function pluralOf(plural: string, singular: string): boolean {
  if (keptPlural(plural)) return stem(plural) === singular;
  // A plural in -men is not kept as written (stemming leaves it apart from its singular), but is as long as the
  // singular and one letter from it: "gunmen" / "gunman", "women" / "woman".
  const r = readWord(plural);
  return r.plural && r.noun !== undefined && stem(r.noun) === singular && classesOf(r.noun).some((c) => SEVERAL.has(c));
}

/** WordNet classes of a noun whose plural names several ("the brothers", "the victims", "the shootings"). */
const SEVERAL: ReadonlySet<number> = new Set([LEXFILE.person, LEXFILE.group, LEXFILE.act, LEXFILE.event]);

function keyTokens(raw: string, role: KeyRole): string[] {
  // Parenthesised qualifiers disambiguate ("Stockholm (town)"): their tokens keep a "(" mark.
  const qualifiers: string[] = [];
  const words = tokenize(
    raw.replace(PARENTHESES, (_, inner: string) => {
      for (const t of tokenize(inner)) if (!STOP_WORDS.has(t)) qualifiers.push(`(${stem(t)}`);
      return ' ';
    }),
  );
  // Leading titles go only while a name remains: "Judge Sommer" → "sommer", "the judge" stays "judge".
  let start = 0;
  while (start < words.length - 1 && (STOP_WORDS.has(words[start]!) || TITLES.has(words[start]!))) start++;
  let end = words.length;
  // Suffixes that say nothing of who it is go ("Esq."); a generation stays: "Marcus Greer Sr." and "Marcus Greer
  // Jr." are father and son, and "Marcus Greer" is a shorter name of either (the containment rule decides).
  while (end > start + 1 && NAME_SUFFIXES.has(words[end - 1]!) && !GENERATIONS.has(words[end - 1]!)) end--;
  const out = new Set<string>();
  const plural = role === 'subject' ? pluralHead(words, start, end) : -1;
  for (let i = start; i < end; i++) {
    const w = words[i]!;
    if (i === plural) {
      out.add(w);
      continue;
    }
    if (role === 'attribute') {
      const syn = ATTRIBUTE_SYNONYMS.get(w);
      if (syn !== undefined) {
        out.add(syn);
        continue;
      }
    }
    if (STOP_WORDS.has(w)) continue;
    const s = stem(w);
    out.add(role === 'attribute' ? (ATTRIBUTE_SYNONYMS.get(s) ?? s) : s);
  }
  // An attribute that ends in "from" asks where or whom from ("where he is from", "where they were taken from"):
  // not the name without it ("where he is", "where they were taken").
  if (role === 'attribute' && end - start > 1 && words[end - 1] === 'from' && out.size > 0) out.add(FROM_MARK);
  // A key made only of stop words ("it") keeps them rather than vanishing.
  if (out.size === 0) for (let i = start; i < end; i++) out.add(words[i]!);
  for (const q of qualifiers) out.add(q);
  // A subject that joins two things ("Greenhouse and Stafford", "the boy & his father") names them
  // together: it keeps a mark, like a qualifier, so it is never a longer name of either one. Only
  // before a comma: after one, "and" is part of a qualifier ("Bay Roberts, Newfoundland and Labrador").
  if (role === 'subject' && joinsTwo(raw)) out.add(COORDINATION);
  return sortSmall([...out], compareCodePoints);
}

/**
 * Turns subject and attribute strings into canonical keys, applying the
 * user's aliases, with a cache by raw string (real claim sets repeat their
 * subjects and attributes heavily).
 */
export class KeyNormalizer {
  private readonly cache: Record<KeyRole, Map<string, CachedKey>> = {
    subject: new Map(),
    attribute: new Map(),
  };
  private readonly aliases: Map<string, string>;
  /** Every subject key an alias group or entity lists, canonical ones included. */
  private readonly aliasedSubjects = new Set<string>();
  /** Per source and spelling, the key of a subject numbered within that source's text. */
  private readonly localCache = new Map<string, NormalizedKey>();
  /** A number per distinct key string, so later stages can bucket by key without hashing it again. */
  private readonly ids: Record<KeyRole, Map<string, number>> = { subject: new Map(), attribute: new Map() };
  /** Per key number: the first spelling seen for it in code-point order (never input order). */
  private readonly spellings: Record<KeyRole, string[]> = { subject: [], attribute: [] };

  /**
   * @param aliases groups of spellings that mean the same thing; the first of each group is canonical.
   * @param subjectAliases the same, for subjects only (the caller's entities).
   */
  constructor(aliases: readonly (readonly string[])[] = [], subjectAliases: readonly (readonly string[])[] = []) {
    this.aliases = new Map();
    // A spelling in two alias groups would join whichever group came last, so the order of the groups would
    // decide a claim's group (and its id): an error naming the spelling and both groups.
    const owner = new Map<string, { group: number; spelling: string }>();
    aliases.forEach((group, g) => {
      for (const spelling of group) {
        for (const role of ['subject', 'attribute'] as const) {
          const k = `${role}\u0000${spellingKey(spelling, role)}`;
          const first = owner.get(k);
          if (first === undefined) owner.set(k, { group: g, spelling });
          else if (first.group !== g) {
            const same = first.spelling === spelling ? `"${spelling}"` : `"${first.spelling}" and "${spelling}" (the same ${role} once normalized)`;
            throw new RangeError(
              `checkConsistency: options.aliases[${first.group}] and options.aliases[${g}] both list ${same}; a spelling may be in one alias group only (merge the two groups)`,
            );
          }
        }
      }
    });
    const groups: [readonly string[], readonly KeyRole[]][] = [
      ...aliases.map((g) => [g, ['subject', 'attribute']] as [readonly string[], readonly KeyRole[]]),
      ...subjectAliases.map((g) => [g, ['subject']] as [readonly string[], readonly KeyRole[]]),
    ];
    for (const [group, roles] of groups) {
      const first = group[0];
      if (first === undefined) continue;
      for (const role of roles) {
        const canonical = spellingKey(first, role);
        for (const spelling of group) {
          const k = spellingKey(spelling, role);
          if (role === 'subject') this.aliasedSubjects.add(k);
          if (k !== canonical) this.aliases.set(`${role}\u0000${k}`, canonical);
        }
      }
    }
  }

  /**
   * @example
   * new KeyNormalizer().normalize("the case against Alec Baldwin", 'subject').key
   * //=> 'alec baldwin case'
   */
  normalize(raw: string, role: KeyRole): NormalizedKey {
    const cache = this.cache[role];
    const hit = cache.get(raw);
    if (hit !== undefined) return hit;
    let tokens = keyTokens(raw, role);
    let key = markedKey(raw, role, tokens);
    const aliased = this.aliases.get(`${role}\u0000${key}`);
    if (aliased !== undefined) {
      key = aliased;
      tokens = keyTokensOf(aliased);
    }
    const ids = this.ids[role];
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    const spellings = this.spellings[role];
    const first = spellings[id];
    if (first === undefined || raw < first) spellings[id] = raw;
    const result: CachedKey = { key, tokens, id, label: undefined };
    cache.set(raw, result);
    return result;
  }

  /**
   * The key of a claim's subject: its spelling's key, or for a label numbered within its article
   * ("victim_2" of source kiro7) the key of {@link local}. Whether a spelling is such a label is read
   * once per spelling and kept in its cache entry.
   */
  subjectOf(raw: string, source: string | undefined): NormalizedKey {
    const plain = this.normalize(raw, 'subject') as CachedKey;
    if (source === undefined) return plain;
    if (plain.label === undefined) plain.label = isLocalLabel(raw) || ownWriting(raw);
    return plain.label ? this.local(raw, source) : plain;
  }

  /**
   * The key a string would have in `role`, without recording it: no id, no spelling (a claim's value
   * read as a name must not become the label of the subject it names).
   */
  keyOf(raw: string, role: KeyRole): string {
    const hit = this.cache[role].get(raw);
    if (hit !== undefined) return hit.key;
    const key = spellingKey(raw, role);
    return this.aliases.get(`${role}\u0000${key}`) ?? key;
  }

  /**
   * The key of a subject numbered within one source's text ("victim_2" of source kiro7): the subject's key
   * and the source, so that one source's "victim 2" is not another's; its spelling stays the subject's.
   */
  local(raw: string, source: string): NormalizedKey {
    const cacheKey = `${source}\u0000${raw}`;
    const hit = this.localCache.get(cacheKey);
    if (hit !== undefined) return hit;
    const plain = this.normalize(raw, 'subject');
    // The caller's aliases and entities name it everywhere: no longer the source's own number. (An aliased
    // spelling's key is its group's canonical key, which the set holds too.)
    if (this.aliasedSubjects.has(plain.key)) {
      this.localCache.set(cacheKey, plain);
      return plain;
    }
    // '@' never appears in a normalized key, and the source is spelt so that two sources never meet in a
    // group id (ids turn spaces into '-': "a b" and "a-b" must stay apart).
    const key = `${plain.key} @${source.replace(/[^a-z0-9]/gu, (c) => `_${c.codePointAt(0)!.toString(16)}_`)}`;
    const ids = this.ids.subject;
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    const first = this.spellings.subject[id];
    if (first === undefined || raw < first) this.spellings.subject[id] = raw;
    const result: NormalizedKey = { key, tokens: plain.tokens, id };
    this.localCache.set(cacheKey, result);
    return result;
  }

  /** The first spelling in code-point order of a key, among the spellings normalized so far. */
  spelling(role: KeyRole, key: string): string | undefined {
    const id = this.ids[role].get(key);
    return id === undefined ? undefined : this.spellings[role][id];
  }
}

/**
 * A spelling's key before aliases: its tokens, or for a spelling with no word a key keeps ("!!!", "?", "the", a
 * zero-width space) the spelling itself, trimmed, so that two such spellings are two keys, not one empty key
 * that merges them.
 */
function spellingKey(raw: string, role: KeyRole): string {
  return markedKey(raw, role, keyTokens(raw, role));
}

/** A spelling's key from its tokens, with a subject's honorific mark (see {@link sexMark}). */
function markedKey(raw: string, role: KeyRole, tokens: readonly string[]): string {
  if (tokens.length === 0) return raw.trim();
  const key = tokens.join(' ');
  if (role !== 'subject') return key;
  const sex = honorificSex(raw);
  return sex === undefined ? key : key + sexMark(sex);
}

/** A canonical key's tokens: its words without an honorific's mark. */
function keyTokensOf(key: string): string[] {
  const bare = withoutSexMark(key);
  return bare === '' ? [] : bare.split(' ');
}

function withoutSexMark(key: string): string {
  return key.endsWith(' mr.') || key.endsWith(' ms.') ? key.slice(0, -4) : key;
}

/** Normalized subject and attribute keys of each claim, in claim order. */
export interface KeyedClaims {
  readonly subjects: readonly NormalizedKey[];
  readonly attributes: readonly NormalizedKey[];
}

/**
 * The normalize stage for keys: every claim's subject and attribute through
 * the normalizer (one cache lookup for a repeated spelling).
 */
export function normalizeKeys(subject: readonly string[], attribute: readonly string[], keys: KeyNormalizer, source?: readonly string[]): KeyedClaims {
  const n = subject.length;
  const subjects: NormalizedKey[] = new Array(n);
  const attributes: NormalizedKey[] = new Array(n);
  for (let i = 0; i < n; i++) {
    subjects[i] = keys.subjectOf(subject[i]!, source?.[i]);
    attributes[i] = keys.normalize(attribute[i]!, 'attribute');
  }
  return { subjects, attributes };
}
