import { fold } from '../normalize/text';
import type { KindDefinition } from './contract';
import { checkDefinition, forms } from './definition';

export type { Comparison, CompareContext, KindDefinition, Lexicon, ParseContext, ParseNote, ParseResult, RawScalar, Relation } from './contract';
export { COMPATIBLE, CONFLICT, INCOMPARABLE, SAME, SOFT_COMPATIBLE, SOFT_CONFLICT, comparison, incomparable } from './contract';

/** What a word of an attribute name says, and which kind declared it. */
interface Role {
  readonly role: string;
  readonly kind: string;
}

/**
 * A set of kinds by name, in registration order (the tie-break of kind
 * inference), with the attribute words each kind declares. Built-in kinds and
 * a user's kinds go through `register` alike.
 */
export class KindRegistry {
  private readonly kinds = new Map<string, KindDefinition<unknown>>();
  /** Attribute word or stem → the kind it hints at. */
  private readonly hints = new Map<string, string>();
  /** Attribute word or stem → the role it gives. */
  private readonly roles = new Map<string, Role>();
  /** Kinds taken over from the registry this one extends: a kind registered here may take their words. */
  private readonly inherited = new Set<string>();
  private fallbackKind: string | undefined;
  private sealed = false;

  /**
   * Adds a kind, after checking its members (a `TypeError` or `RangeError`
   * that starts with `where`). A kind with the same name is replaced, in its
   * place in the order, hints and roles and all. A hint or role word (or its
   * stem) that another kind of this registry already declares is a
   * `RangeError` naming the word and both kinds, and so is a second fallback
   * kind; the words of kinds inherited through {@link extend} are taken over.
   * Returns the registry for chaining.
   */
  register<V>(definition: KindDefinition<V>, where = 'registerKind'): this {
    checkDefinition(definition, where);
    if (this.sealed) throw new TypeError(`${where}: this registry is shared and cannot change; extend it instead`);
    const kind = definition.kind;
    const mine = (owner: string | undefined) => owner === undefined || owner === kind || this.inherited.has(owner);
    const hints = new Map<string, string>();
    for (const word of definition.hints ?? []) for (const form of forms(word, 'the hint', where, kind)) hints.set(form, String(word));
    for (const [form, word] of hints) {
      const owner = this.hints.get(form);
      if (!mine(owner)) throw new RangeError(`${where}: kind '${kind}' and kind '${owner}' both claim the attribute hint "${form}"${form === fold(word) ? '' : ` (the stem of "${word}")`}; a hint belongs to one kind`);
    }
    const roles = new Map<string, string>();
    for (const [role, words] of Object.entries(definition.roles ?? {})) {
      if (role === '') throw new RangeError(`${where}: kind '${kind}' has a role without a name`);
      if (!Array.isArray(words)) throw new TypeError(`${where}: kind '${kind}' has roles.${role} that is not an array of words`);
      for (const word of words as unknown[]) {
        for (const form of forms(word, `the ${role} role word`, where, kind)) {
          const other = roles.get(form);
          if (other !== undefined && other !== role) throw new RangeError(`${where}: kind '${kind}' gives the attribute word "${form}" two roles, '${other}' and '${role}'`);
          roles.set(form, role);
          const owner = this.roles.get(form);
          if (!mine(owner?.kind)) throw new RangeError(`${where}: kind '${kind}' and kind '${owner!.kind}' both give the attribute word "${form}" a role; a role word belongs to one kind`);
        }
      }
    }
    if (definition.fallback === true && !mine(this.fallbackKind)) {
      throw new RangeError(`${where}: kind '${kind}' and kind '${this.fallbackKind}' are both fallback kinds; a registry has one`);
    }
    this.forget(kind);
    for (const form of hints.keys()) this.hints.set(form, kind);
    for (const [form, role] of roles) this.roles.set(form, { role, kind });
    if (definition.fallback === true) this.fallbackKind = kind;
    this.kinds.set(kind, definition as KindDefinition<unknown>);
    return this;
  }

  /** Drops the words a kind declared, before it is replaced. */
  private forget(kind: string): void {
    this.inherited.delete(kind);
    for (const [form, owner] of this.hints) if (owner === kind) this.hints.delete(form);
    for (const [form, role] of this.roles) if (role.kind === kind) this.roles.delete(form);
    if (this.fallbackKind === kind) this.fallbackKind = undefined;
  }

  /**
   * A new registry with this one's kinds, and then `definitions` registered
   * over them as one layer: a definition replaces the kind of its name and
   * takes over the hint and role words (and the fallback) of this registry's
   * kinds, while two definitions of the layer may not share a word, a name or
   * the fallback. Errors name the definition as `${label}[i]`.
   *
   * @example
   * createDefaultRegistry().extend([isbnKind], 'options.kinds').hintOf('isbn'); //=> 'isbn'
   */
  extend(definitions: readonly KindDefinition<unknown>[] = [], label = 'kinds'): KindRegistry {
    const next = new KindRegistry();
    for (const [kind, definition] of this.kinds) next.kinds.set(kind, definition);
    for (const [form, kind] of this.hints) next.hints.set(form, kind);
    for (const [form, role] of this.roles) next.roles.set(form, role);
    for (const kind of this.kinds.keys()) next.inherited.add(kind);
    next.fallbackKind = this.fallbackKind;
    const first = new Map<unknown, number>();
    definitions.forEach((definition, i) => {
      const where = `${label}[${i}]`;
      const kind = (definition as Partial<KindDefinition> | null)?.kind;
      const earlier = first.get(kind);
      if (earlier !== undefined) throw new RangeError(`${where}: kind '${String(kind)}' is already defined at index ${earlier}; define each kind once`);
      next.register(definition, where);
      first.set(kind, i);
    });
    return next;
  }

  /** Makes the registry read-only, so it can be shared: `register` then throws. */
  seal(): this {
    this.sealed = true;
    return this;
  }

  get(kind: string): KindDefinition<unknown> | undefined {
    return this.kinds.get(kind);
  }

  /** Looks a kind up, throwing a `RangeError` naming the known kinds when it is missing. */
  require(kind: string): KindDefinition<unknown> {
    const def = this.kinds.get(kind);
    if (def === undefined) {
      throw new RangeError(`Unknown value kind '${kind}'; known kinds: ${[...this.kinds.keys()].join(', ')}`);
    }
    return def;
  }

  names(): string[] {
    return [...this.kinds.keys()];
  }

  /** The kind an attribute word (a stem, as in attribute keys) hints at. */
  hintOf(token: string): string | undefined {
    return this.hints.get(token);
  }

  /**
   * The role the kinds give an attribute with these words (stems, as in
   * attribute keys): that of its first word that has one.
   *
   * @example
   * registry.roleOf(['age']); //=> 'age'
   */
  roleOf(attributeTokens: readonly string[]): string | undefined {
    for (const t of attributeTokens) {
      const r = this.roles.get(t);
      if (r !== undefined) return r.role;
    }
    return undefined;
  }

  /** The kind that reads what no other kind can (the built-in `text`), if one is registered. */
  fallback(): KindDefinition<unknown> | undefined {
    return this.fallbackKind === undefined ? undefined : this.kinds.get(this.fallbackKind);
  }
}
