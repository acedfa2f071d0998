import type { CheckContext } from '../context';
import { builtinRegistry } from '../kinds/builtins';
import { timestampOf } from '../kinds/calendar';
import { inferKind } from '../kinds/infer';
import { isPlaceholder } from '../kinds/placeholders';
import type { KindDefinition, KindRegistry, ParseContext, ParseNote, RawScalar } from '../kinds/registry';
import type { InferredKind, ParsedValue, ValueOutcome } from '../model';
import type { ClaimValue } from '../schema';

/** A claim's value as written, as one string (list members joined by commas). */
export function valueText(value: ClaimValue): string {
  return Array.isArray(value) ? value.map(String).join(', ') : String(value);
}

type ScalarOutcome =
  | { ok: true; kind: string; data: unknown; key: string; specificity: number; notes: readonly ParseNote[] }
  | { ok: false; reason: string };

/** Adds a claim value's distinct non-placeholder scalars (list members included) to `into`. */
export function addDistinct(value: ClaimValue, into: Set<RawScalar>): void {
  if (Array.isArray(value)) {
    for (const v of value) if (!into.has(v) && !isPlaceholder(v)) into.add(v);
  } else if (!into.has(value) && !isPlaceholder(value)) into.add(value);
}

/** The kinds claims state themselves, with how many claims state each. */
export type StatedKinds = ReadonlyMap<string, number> | undefined;

/** Counts a kind a claim states (if it states one) into `stated`, created on the first. */
export function countStated(stated: Map<string, number> | undefined, kind: string | undefined): Map<string, number> | undefined {
  if (kind === undefined) return stated;
  const counts = stated ?? new Map<string, number>();
  counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return counts;
}

const SAMPLE = 64;

/** Up to 64 values spread evenly over the sorted distinct values: the same sample whatever the input order. */
function sampleValues(values: ReadonlySet<RawScalar>): RawScalar[] {
  const keyed = [...values].map((v) => [`${typeof v}${String(v)}`, v] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  if (keyed.length <= SAMPLE) return keyed.map((k) => k[1]);
  const out: RawScalar[] = [];
  for (let i = 0; i < SAMPLE; i++) out.push(keyed[Math.floor((i * keyed.length) / SAMPLE)]![1]);
  return out;
}

const MISSING: ValueOutcome = Object.freeze({ type: 'missing' });

function contextKey(def: KindDefinition, publishedDay: number | undefined, role: ParseContext['role']): string {
  const day = def.contextual && publishedDay !== undefined ? publishedDay : '';
  return day === '' && role === undefined ? def.kind : `${def.kind}\u0000${day}\u0000${role ?? ''}`;
}

/**
 * What an attribute says of its values, as the kinds of `registry` declare it
 * in their `roles` (the number kind: "age", "aged" make numbers ages). Pass the
 * context's registry, so that user kinds' roles count too.
 */
export function roleOf(attributeKey: string, registry: KindRegistry = builtinRegistry()): ParseContext['role'] {
  return registry.roleOf(attributeKey.split(' '));
}

/** Words of no language, capitalised as a name would be: a kind that reads them reads any words. */
const MADE_UP_WORDS = 'Qzxwv Vbnkt';

/**
 * Reads claim values through kinds, caching by (kind, context, raw value):
 * real claim sets repeat their values heavily, so most reads are one lookup.
 */
export class ValueNormalizer {
  private readonly cache = new Map<string, Map<RawScalar, ScalarOutcome>>();
  private readonly detectCache = new Map<string, number>();
  /** Per kind, whether it reads any words (see {@link readsAnyWords}). */
  private readonly open = new Map<string, boolean>();
  private readonly inferred = new Map<string, InferredKind>();
  private readonly outcomes = new Map<string, Map<RawScalar, ValueOutcome>>();

  constructor(private readonly ctx: CheckContext) {}

  /**
   * Starts a check over a (possibly grown) claim set: kinds inferred per
   * attribute depend on all its values, so they are decided afresh; parsed
   * values stay cached.
   */
  beginRun(): void {
    this.inferred.clear();
  }

  private parseContext(publishedDay: number | undefined, role: ParseContext['role']): ParseContext {
    const publishedAt = publishedDay === undefined ? undefined : timestampOf(publishedDay);
    return { publishedAt, dateOrder: this.ctx.dateOrder, alias: this.ctx.valueAlias, role };
  }

  /**
   * Whether a kind reads any words as a value (names, places, text): it reads made-up words capitalised as a name
   * would be. Numbers, dates, times and yes-or-no refuse them: a value of such a closed kind is never a misreading.
   */
  readsAnyWords(def: KindDefinition): boolean {
    let yes = this.open.get(def.kind);
    if (yes === undefined) this.open.set(def.kind, (yes = this.parseScalar(def, MADE_UP_WORDS, undefined).ok));
    return yes;
  }

  /** Reads one scalar with one kind; cached. */
  parseScalar(def: KindDefinition, raw: RawScalar, publishedDay: number | undefined, role?: ParseContext['role']): ScalarOutcome {
    // Two levels, so the hot path builds no string: (kind, context) → raw value → outcome.
    const context = contextKey(def, publishedDay, role);
    let byValue = this.cache.get(context);
    if (byValue === undefined) this.cache.set(context, (byValue = new Map()));
    const hit = byValue.get(raw);
    if (hit !== undefined) return hit;
    let outcome: ScalarOutcome;
    try {
      const r = def.parse(raw, this.parseContext(publishedDay, role));
      outcome = r.ok
        ? { ok: true, kind: def.kind, data: r.value, key: def.normalize(r.value), specificity: def.specificity(r.value), notes: r.notes ?? [] }
        : { ok: false, reason: r.reason };
    } catch (error) {
      // A user's kind that throws must not take the whole check down with it.
      outcome = { ok: false, reason: `kind '${def.kind}' failed: ${error instanceof Error ? error.message : String(error)}` };
    }
    byValue.set(raw, outcome);
    return outcome;
  }

  detect(kind: string, raw: RawScalar): number {
    const cacheKey = `${kind}\u0000${typeof raw}${String(raw)}`;
    const hit = this.detectCache.get(cacheKey);
    if (hit !== undefined) return hit;
    const def = this.ctx.registry.get(kind);
    let score = 0;
    try {
      score = def === undefined ? 0 : def.detect(raw);
    } catch {
      score = 0;
    }
    this.detectCache.set(cacheKey, score);
    return score;
  }

  /**
   * Decides a group's kind: the attribute's configured kind, else the kind
   * most of its claims state, else the kind inferred for the attribute from
   * the name and a sample of all its values (one attribute, one kind: every
   * city's "Population2000" is a number), cached per attribute.
   */
  decideKind(
    attributeKeys: readonly string[],
    stated: StatedKinds,
    attributeValues: ReadonlySet<RawScalar>,
    /** Cache scope: a kind is inferred once per scope and first attribute key; `null` infers without caching. */
    scope: string | null = '',
  ): InferredKind {
    for (const key of attributeKeys) {
      const configured = this.ctx.attributes.get(key)?.kind;
      if (configured !== undefined) return { kind: configured, from: 'options' };
    }
    if (stated !== undefined && stated.size > 0) {
      const order = this.ctx.registry.names();
      const best = [...stated].sort((a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0]))[0]!;
      return { kind: best[0], from: 'claims' };
    }
    const attributeKey = attributeKeys[0] ?? '';
    const cacheKey = scope === null ? undefined : `${scope}\u0000${attributeKey}`;
    const hit = cacheKey === undefined ? undefined : this.inferred.get(cacheKey);
    if (hit !== undefined) return hit;
    const values = sampleValues(attributeValues);
    const decided = inferKind(
      attributeKey === '' ? [] : attributeKey.split(' '),
      values,
      this.ctx.registry,
      (kind, raw) => this.parseScalar(this.ctx.registry.require(kind), raw, undefined).ok,
      (kind, raw) => this.detect(kind, raw),
    );
    if (cacheKey !== undefined) this.inferred.set(cacheKey, decided);
    return decided;
  }

  private scalar(def: KindDefinition, raw: RawScalar, negated: boolean, publishedDay: number | undefined, role: ParseContext['role']): ValueOutcome {
    // The outcome of a plain (not negated) value depends only on kind, context and raw value: read it once.
    if (!negated) {
      const context = contextKey(def, publishedDay, role);
      let byValue = this.outcomes.get(context);
      if (byValue === undefined) this.outcomes.set(context, (byValue = new Map()));
      let outcome = byValue.get(raw);
      if (outcome === undefined) byValue.set(raw, (outcome = this.readScalar(def, raw, false, publishedDay, role)));
      return outcome;
    }
    return this.readScalar(def, raw, true, publishedDay, role);
  }

  private readScalar(def: KindDefinition, raw: RawScalar, negatedClaim: boolean, publishedDay: number | undefined, role: ParseContext['role']): ValueOutcome {
    if (isPlaceholder(raw)) return MISSING;
    let r = this.parseScalar(def, raw, publishedDay, role);
    let unparsed: string | undefined;
    if (!r.ok) {
      unparsed = r.reason;
      const fallback = this.ctx.registry.fallback();
      r = fallback === undefined ? r : this.parseScalar(fallback, raw, publishedDay, role);
      if (!r.ok) return MISSING;
    }
    let data = r.data;
    let key = r.key;
    let negated = false;
    if (negatedClaim) {
      const kindDef = this.ctx.registry.get(r.kind);
      if (kindDef?.negate !== undefined) {
        data = kindDef.negate(data);
        key = kindDef.normalize(data);
      } else {
        negated = true;
        key = `not ${key}`;
      }
    }
    const value: ParsedValue = { kind: r.kind, data, key, specificity: r.specificity, negated, members: undefined };
    return unparsed === undefined ? { type: 'value', value, notes: r.notes } : { type: 'unparsed', value, reason: unparsed };
  }

  /** Reads a claim's value (a scalar or a list) through the group's kind. */
  read(def: KindDefinition, value: ClaimValue, negated: boolean, publishedDay: number | undefined, role?: ParseContext['role']): ValueOutcome {
    if (!Array.isArray(value)) {
      if (def.split === undefined || isPlaceholder(value)) return this.scalar(def, value, negated, publishedDay, role);
      // A list written as one value ("Knuth, Donald E.; Fuller, John"), read once per raw value.
      const context = `split\u0000${contextKey(def, publishedDay, role)}\u0000${negated ? 1 : 0}`;
      let byValue = this.outcomes.get(context);
      if (byValue === undefined) this.outcomes.set(context, (byValue = new Map()));
      const hit = byValue.get(value);
      if (hit !== undefined) return hit;
      let parts: readonly RawScalar[] | undefined;
      try {
        parts = def.split(value, this.parseContext(publishedDay, role));
      } catch {
        parts = undefined;
      }
      const outcome = parts === undefined ? this.scalar(def, value, negated, publishedDay, role) : this.list(def, parts, negated, publishedDay, role, true);
      byValue.set(value, outcome);
      return outcome;
    }
    return this.list(def, value, negated, publishedDay, role, false);
  }

  /**
   * Reads list members. A list split from one written value is a whole set of
   * things: two members that are one thing written two ways ("James T. Perry" and
   * "James Perry" in one store's list) are kept once, the more specific, and
   * the list's specificity is its members' together.
   */
  private list(
    def: KindDefinition,
    value: readonly RawScalar[],
    negated: boolean,
    publishedDay: number | undefined,
    role: ParseContext['role'],
    whole: boolean,
  ): ValueOutcome {
    const members: ParsedValue[] = [];
    const notes: ParseNote[] = [];
    const byKey = new Map<string, ParsedValue>();
    for (const raw of value) {
      const o = this.scalar(def, raw, false, publishedDay, role);
      if (o.type === 'missing') continue;
      if (o.type === 'value') notes.push(...o.notes);
      if (byKey.has(o.value.key)) continue;
      if (whole && o.value.kind === def.kind) {
        const twin = members.findIndex((m) => m.kind === def.kind && sameThing(def, m, o.value));
        if (twin >= 0) {
          if (o.value.specificity > members[twin]!.specificity) {
            byKey.delete(members[twin]!.key);
            members[twin] = o.value;
            byKey.set(o.value.key, o.value);
          }
          continue;
        }
      }
      byKey.set(o.value.key, o.value);
      members.push(o.value);
    }
    if (members.length === 0) return MISSING;
    members.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const key = members.map((m) => m.key).join(' | ');
    let specificity = members.length;
    if (whole) {
      specificity = 0;
      for (const m of members) specificity += m.specificity;
    }
    const list: ParsedValue = {
      kind: def.kind,
      data: members,
      key: negated ? `not ${key}` : key,
      specificity,
      negated,
      members,
    };
    return { type: 'value', value: list, notes };
  }
}

/** Two members of one list that name one thing: the kind finds them the same or one a refinement of the other. */
function sameThing(def: KindDefinition, a: ParsedValue, b: ParsedValue): boolean {
  try {
    const r = def.compare(a.data, b.data, { tolerance: undefined }).relation;
    return r === 'same' || r === 'compatible';
  } catch {
    return false;
  }
}
