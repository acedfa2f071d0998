import { describeValue } from './errors';
import { readPublishedAt } from './kinds/calendar';
import { builtinRegistry } from './kinds/builtins';
import type { KindRegistry, Lexicon } from './kinds/registry';
import { wordnetLexicon } from './lexicon/meaning';
import { KeyNormalizer } from './normalize/keys';
import { fold } from './normalize/text';
import { compareCodePoints } from './util/order';
import { type AttributeConfig, type CheckOptions, CheckOptionsSchema } from './schema';

export interface ResolvedSource {
  readonly id: string;
  readonly name: string | undefined;
  readonly url: string | undefined;
  /** The publication date as `YYYY-MM-DD`. */
  readonly publishedAt: string | undefined;
  /** The publication date as an epoch day, for the parsers. */
  readonly publishedDay: number | undefined;
  /** The category it was given, if any: its accuracy starts from its category's. */
  readonly category: string | undefined;
  readonly reliability: number;
  /** Whether the caller gave the reliability (then it is used as is, never estimated). */
  readonly reliabilityGiven: boolean;
}

export interface ResolvedAttribute {
  /** A registered kind's name. */
  readonly kind: string | undefined;
  readonly cardinality: 'one' | 'many' | 'set' | undefined;
  readonly tolerance: { readonly absolute: number; readonly relative: number } | undefined;
}

/** Options validated once at the door and turned into what the stages read. */
export interface CheckContext {
  readonly sources: ReadonlyMap<string, ResolvedSource>;
  /** Whether the caller described any sources (claims naming others then get a warning). */
  readonly sourcesGiven: boolean;
  /** Attribute configuration by normalized attribute key. */
  readonly attributes: ReadonlyMap<string, ResolvedAttribute>;
  readonly keys: KeyNormalizer;
  /** The built-in kinds, with the user's `options.kinds` registered over them. */
  readonly registry: KindRegistry;
  readonly dateOrder: 'DMY' | 'MDY' | 'auto';
  readonly onInvalid: 'throw' | 'skip';
  /** How conflicts are settled: by source accuracy estimated from the data, or by counting sources. */
  readonly consensus: 'trust' | 'vote';
  /** Word meanings for the kinds that compare words (the derived WordNet lexicon). */
  readonly lexicon: Lexicon;
  /** The entity (options.entities) a subject key names, if the caller said. */
  readonly entityOf: ((subjectKey: string) => string | undefined) | undefined;
  /** The caller's similarity of two subject phrases (options.similarity), 0 to 1. */
  readonly similarity: ((a: string, b: string) => number) | undefined;
  /** How subjects and attributes are linked. */
  readonly linking: 'exact' | 'spelling' | 'profile';
  /** The weight a profile link needs. */
  readonly linkThreshold: number;
  /** Canonical spelling of a folded value listed in `aliases`. */
  readonly valueAlias: ((folded: string) => string | undefined) | undefined;
}

/** A copy of an object's own enumerable properties in a prototype-less object: "__proto__" stays a key. */
function own(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date) return value;
  const out: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(value)) out[key] = (value as Record<string, unknown>)[key];
  return out;
}

/**
 * The options as data: own properties only, at every level the options
 * describe (options, each source, each attribute and its tolerance, each
 * entity). What an object inherits is not an option: a config file's
 * `{"__proto__": {"linking": "exact"}}` merged with `Object.assign` becomes the
 * prototype of the options object, and must not set `linking`. An own key
 * `__proto__` or `constructor` is just a key: an unknown option (a TypeError
 * naming it), or an attribute of that name.
 */
function ownOptions(input: object): Record<string, unknown> {
  const options = own(input) as Record<string, unknown>;
  const list = (v: unknown) => (Array.isArray(v) ? v.map(own) : v);
  if ('sources' in options) options.sources = list(options.sources);
  if ('entities' in options) options.entities = list(options.entities);
  const attributes = own(options.attributes);
  if (attributes !== null && typeof attributes === 'object') {
    const byName = attributes as Record<string, unknown>;
    for (const name of Object.keys(byName)) {
      const config = own(byName[name]);
      if (config !== null && typeof config === 'object') {
        const fields = config as Record<string, unknown>;
        if ('tolerance' in fields) fields.tolerance = own(fields.tolerance);
      }
      byName[name] = config;
    }
    options.attributes = attributes;
  }
  return options;
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
}

/** What zod's expected types mean to a user. */
const EXPECTED: ReadonlyMap<string, string> = new Map([
  ['number', 'a finite number'],
  ['string', 'a string'],
  ['boolean', 'true or false'],
  ['array', 'an array'],
  ['object', 'an object'],
  ['record', 'an object'],
  ['function', 'a function'],
]);

/** The value at a zod issue's path in the options as given (undefined where the path leaves them). */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let at = root;
  for (const key of path) {
    if (at === null || typeof at !== 'object' || typeof key === 'symbol' || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}

/**
 * Validates options and resolves them into a context. Bad options are a
 * programmer error: a `TypeError` (wrong shape) or `RangeError` (bad value)
 * naming the option. The kinds are `base` (the built-ins) with `options.kinds`
 * registered over it.
 */
export function resolveOptions(input: unknown, base: KindRegistry = builtinRegistry()): CheckContext {
  if (input === undefined || input === null) input = {};
  if (typeof input !== 'object' || Array.isArray(input)) {
    throw new TypeError(`checkConsistency: options must be an object, got ${Array.isArray(input) ? 'an array' : typeof input}`);
  }
  const options = ownOptions(input as object);
  const parsed = CheckOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const where = `options${pathOf(i.path)}`;
      if (i.code === 'unrecognized_keys') return `${where}: unknown option${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `'${k}'`).join(', ')}`;
      if (i.message !== 'Invalid input') return `${where}: ${i.message}`;
      const given = describeValue(valueAt(options, i.path));
      if (i.code === 'invalid_type') return `${where}: expected ${EXPECTED.get(i.expected) ?? i.expected}, got ${given}`;
      return `${where}: invalid value ${given} (${i.code})`;
    });
    throw new TypeError(`checkConsistency: invalid options\n  - ${lines.join('\n  - ')}`);
  }
  const opts = options as CheckOptions;
  // The user's kinds take the path the built-ins took, as one layer over them (errors name options.kinds[i]).
  const registry = opts.kinds === undefined || opts.kinds.length === 0 ? base : base.extend(opts.kinds, 'checkConsistency: options.kinds');
  // The caller's entities: each one's names are one subject (the first name canonical), and two entities may not
  // share a name.
  const entityNames = (opts.entities ?? []).map((e) => e.names);
  const keys = new KeyNormalizer(opts.aliases ?? [], entityNames);
  const entityOfKey = new Map<string, string>();
  const seenEntity = new Set<string>();
  for (const e of opts.entities ?? []) {
    if (seenEntity.has(e.id)) throw new RangeError(`checkConsistency: options.entities lists the entity '${e.id}' twice`);
    seenEntity.add(e.id);
    for (const name of e.names) {
      const key = keys.normalize(name, 'subject').key;
      const other = entityOfKey.get(key);
      if (other !== undefined && other !== e.id) {
        throw new RangeError(`checkConsistency: options.entities: the name "${name}" belongs to both '${other}' and '${e.id}'`);
      }
      entityOfKey.set(key, e.id);
    }
  }

  const sources = new Map<string, ResolvedSource>();
  (opts.sources ?? []).forEach((s, i) => {
    if (sources.has(s.id)) throw new RangeError(`checkConsistency: options.sources[${i}].id '${s.id}' is listed twice`);
    let publishedDay: number | undefined;
    if (s.publishedAt !== undefined) {
      publishedDay = readPublishedAt(s.publishedAt);
      if (publishedDay === undefined) {
        throw new RangeError(
          `checkConsistency: options.sources[${i}].publishedAt ${JSON.stringify(s.publishedAt)} is not a date; use an ISO date such as "2024-07-13" or a valid Date`,
        );
      }
    }
    sources.set(s.id, {
      id: s.id,
      name: s.name,
      url: s.url,
      publishedAt: publishedDay === undefined ? undefined : new Date(publishedDay * 86_400_000).toISOString().slice(0, 10),
      publishedDay,
      category: s.category,
      reliability: s.reliability ?? 1,
      reliabilityGiven: s.reliability !== undefined,
    });
  });

  // Read the own-property copy, not zod's output: a key such as "__proto__" must survive as data.
  const attributes = new Map<string, ResolvedAttribute>();
  if (opts.attributes !== undefined) {
    // Two names of one attribute ("date of dismissal", "dismissal date") configured differently would leave the
    // last to win, so the order of the keys would decide: an error naming both. The same settings twice are fine.
    const named = new Map<string, { name: string; settings: string }>();
    for (const [name, config] of Object.entries(opts.attributes) as [string, AttributeConfig][]) {
      const key = keys.normalize(name, 'attribute').key;
      const settings = JSON.stringify([config.kind, config.cardinality, config.tolerance?.absolute, config.tolerance?.relative]);
      const other = named.get(key);
      if (other !== undefined && other.settings !== settings) {
        const [x, y] = [other.name, name].sort(compareCodePoints);
        throw new RangeError(
          `checkConsistency: options.attributes["${x}"] and options.attributes["${y}"] name the same attribute ('${key}') with different settings; configure it once`,
        );
      }
      named.set(key, { name: other?.name ?? name, settings });
      if (config.kind !== undefined && registry.get(config.kind) === undefined) {
        throw new RangeError(
          `checkConsistency: options.attributes["${name}"].kind '${config.kind}' is not a registered kind; known kinds: ${registry.names().join(', ')}`,
        );
      }
      attributes.set(key, {
        kind: config.kind,
        cardinality: config.cardinality,
        tolerance:
          config.tolerance === undefined
            ? undefined
            : { absolute: config.tolerance.absolute ?? 0, relative: config.tolerance.relative ?? 0 },
      });
    }
  }

  const aliasMap = new Map<string, string>();
  for (const group of opts.aliases ?? []) {
    const canonical = group[0];
    if (canonical === undefined) continue;
    for (const spelling of group) if (fold(spelling) !== fold(canonical)) aliasMap.set(fold(spelling), fold(canonical));
  }

  return {
    sources,
    sourcesGiven: opts.sources !== undefined,
    attributes,
    keys,
    registry,
    dateOrder: opts.dateOrder ?? 'auto',
    onInvalid: opts.onInvalid ?? 'throw',
    consensus: opts.consensus ?? 'trust',
    lexicon: wordnetLexicon,
    entityOf: entityOfKey.size === 0 ? undefined : (key: string) => entityOfKey.get(key),
    similarity: opts.similarity as ((a: string, b: string) => number) | undefined,
    linking: opts.linking ?? 'profile',
    linkThreshold: opts.linkThreshold ?? 4,
    valueAlias: aliasMap.size === 0 ? undefined : (folded) => aliasMap.get(folded),
  };
}
