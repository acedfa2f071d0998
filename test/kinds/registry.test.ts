import { describe, expect, it } from 'vitest';
import { builtinRegistry, createDefaultRegistry } from '../../src/kinds/builtins';
import { type KindDefinition, KindRegistry, SAME } from '../../src/kinds/registry';
import { roleOf } from '../../src/read/values';

/** A minimal valid kind that reads any string as itself. */
function kind(name: string, extra: Partial<KindDefinition<string>> = {}): KindDefinition<string> {
  return {
    kind: name,
    conflictCode: `${name}_mismatch`,
    conflictSeverity: 'medium',
    contextual: false,
    detect: () => 0,
    parse: (raw) => ({ ok: true, value: String(raw) }),
    compare: () => SAME,
    normalize: (v) => v,
    specificity: () => 1,
    ...extra,
  };
}

describe('the built-in kinds declare their own words', () => {
  const registry = createDefaultRegistry();

  it.each([
    ['venu', 'place'], // the stem of "venue", as attribute keys hold it
    ['venue', 'place'],
    ['age', 'number'],
    ['fine', 'money'],
    ['sentenc', 'duration'],
    ['dep', 'time'],
    ['weapon', 'text'],
    ['whether', 'boolean'],
    ['judg', 'name'],
    ['birthday', 'date'],
  ])('hints %j at %s', (token, expected) => {
    expect(registry.hintOf(token)).toBe(expected);
  });

  it('gives "age" and "aged" attributes the age role, attributes that count the count role, and nothing else a role', () => {
    expect(registry.roleOf(['victim', 'age'])).toBe('age');
    expect(registry.roleOf(['aged'])).toBe('age');
    expect(registry.roleOf(['number', 'victim'])).toBe('count');
    expect(registry.roleOf(['kill'])).toBe('count');
    expect(registry.roleOf(['victim', 'name'])).toBeUndefined();
    // Keys sort their words: "age" comes before every counting word, so an age of the wounded is an age.
    expect(roleOf('wounded victim age')).toBe('age');
    expect(roleOf('age victim')).toBe('age');
    expect(roleOf('')).toBeUndefined();
  });

  it('has text as its fallback kind', () => {
    expect(registry.fallback()?.kind).toBe('text');
  });

  it('keeps the registration order that breaks inference ties', () => {
    expect(registry.names()).toEqual(['date', 'time', 'money', 'duration', 'quantity', 'number', 'boolean', 'name', 'place', 'text']);
  });
});

describe('hint words belong to one kind', () => {
  it('refuses a word that two kinds of one registry claim, naming the word and both kinds', () => {
    const registry = new KindRegistry().register(kind('grade', { hints: ['grade'] }));
    expect(() => registry.register(kind('mark', { hints: ['grade'] }))).toThrow(RangeError);
    expect(() => registry.register(kind('mark', { hints: ['grade'] }))).toThrow(/kind 'mark' and kind 'grade' both claim the attribute hint "grade"/);
  });

  it('counts stems: "grades" and "grade" share the stem "grad"', () => {
    const registry = new KindRegistry().register(kind('grade', { hints: ['grade'] }));
    expect(() => registry.register(kind('mark', { hints: ['Grades'] }))).toThrow(/"grad" \(the stem of "Grades"\)/);
  });

  it('leaves the registry unchanged when a registration fails', () => {
    const registry = new KindRegistry().register(kind('grade', { hints: ['grade'] }));
    expect(() => registry.register(kind('mark', { hints: ['mark', 'grade'] }))).toThrow(RangeError);
    expect(registry.names()).toEqual(['grade']);
    expect(registry.hintOf('mark')).toBeUndefined();
  });

  it('lets a kind registered over the built-ins take a built-in word over, and only that word', () => {
    const registry = createDefaultRegistry().extend([kind('penalty', { hints: ['fine'] })]);
    expect(registry.hintOf('fine')).toBe('penalty');
    expect(registry.hintOf('price')).toBe('money');
    // The registry extended is left as it was.
    expect(builtinRegistry().extend().hintOf('fine')).toBe('money');
  });

  it('refuses one word claimed by two kinds of the same layer, naming the entry', () => {
    expect(() => createDefaultRegistry().extend([kind('a', { hints: ['isbn'] }), kind('b', { hints: ['isbn'] })], 'options.kinds')).toThrow(
      /^options\.kinds\[1\]: kind 'b' and kind 'a' both claim the attribute hint "isbn"/,
    );
  });

  it('treats role words like hints', () => {
    const registry = createDefaultRegistry().extend([kind('grade', { roles: { grade: ['grade'], age: ['aged'] } })]);
    expect(registry.roleOf(['aged'])).toBe('age');
    expect(registry.roleOf(['age'])).toBe('age'); // still the number kind's word
    expect(registry.roleOf(['grade'])).toBe('grade');
    expect(() => new KindRegistry().register(kind('a', { roles: { x: ['w'], y: ['w'] } }))).toThrow(/gives the attribute word "w" two roles/);
    expect(() => createDefaultRegistry().register(kind('a', { roles: { x: ['age'] } }))).toThrow(/kind 'a' and kind 'number' both give the attribute word "age" a role/);
  });
});

describe('replacing and extending', () => {
  it('replaces a kind of the same name in its place, with the new definition’s words only', () => {
    const registry = createDefaultRegistry().extend([kind('place', { hints: ['spot'] })]);
    expect(registry.names()).toEqual(createDefaultRegistry().names());
    expect(registry.get('place')?.conflictCode).toBe('place_mismatch');
    expect(registry.get('place')?.conflictSeverity).toBe('medium');
    expect(registry.hintOf('spot')).toBe('place');
    expect(registry.hintOf('venu')).toBeUndefined();
  });

  it('refuses the same kind twice in one list', () => {
    expect(() => createDefaultRegistry().extend([kind('isbn'), kind('isbn')], 'options.kinds')).toThrow(/^options\.kinds\[1\]: kind 'isbn' is already defined at index 0/);
  });

  it('has one fallback kind: a user fallback takes over from text, two in one layer are an error', () => {
    expect(createDefaultRegistry().extend([kind('raw', { fallback: true })]).fallback()?.kind).toBe('raw');
    expect(() => new KindRegistry().register(kind('a', { fallback: true })).register(kind('b', { fallback: true }))).toThrow(
      /kind 'b' and kind 'a' are both fallback kinds/,
    );
    // Replacing text without declaring a fallback leaves none.
    expect(createDefaultRegistry().extend([kind('text')]).fallback()).toBeUndefined();
  });

  it('keeps the shared built-in registry read-only', () => {
    expect(() => builtinRegistry().register(kind('x'))).toThrow(TypeError);
    expect(builtinRegistry().get('x')).toBeUndefined();
  });
});

describe('definitions are checked at registration', () => {
  const bad: [string, unknown, ErrorConstructor, RegExp][] = [
    ['not an object', 'isbn', TypeError, /a kind must be an object/],
    ['no name', { ...kind('x'), kind: ' ' }, TypeError, /non-empty string `kind`/],
    ['a missing function', { ...kind('x'), parse: undefined }, TypeError, /kind 'x' needs a function `parse`/],
    ['no conflict code', { ...kind('x'), conflictCode: 3 }, TypeError, /needs a string `conflictCode`/],
    ['an unknown severity', { ...kind('x'), conflictSeverity: 'severe' }, RangeError, /conflictSeverity "severe"; use 'high', 'medium' or 'low'/],
    ['no contextual flag', { ...kind('x'), contextual: undefined }, TypeError, /boolean `contextual`/],
    ['hints that are not a list', { ...kind('x'), hints: 'isbn' }, TypeError, /`hints` that are not an array/],
    ['a hint of two words', { ...kind('x'), hints: ['due date'] }, RangeError, /the hint "due date"; it must be one word/],
    ['a hint that is not a string', { ...kind('x'), hints: [4] }, TypeError, /the hint a number; it must be a string/],
    ['roles that are not an object', { ...kind('x'), roles: ['age'] }, TypeError, /`roles` that are not an object/],
    ['a fallback flag that is not a boolean', { ...kind('x'), fallback: 'yes' }, TypeError, /`fallback` that is not a boolean/],
  ];
  it.each(bad)('refuses %s', (_, definition, type, message) => {
    const register = () => new KindRegistry().register(definition as KindDefinition, 'options.kinds[0]');
    expect(register).toThrow(type);
    expect(register).toThrow(message);
    expect(register).toThrow(/^options\.kinds\[0\]: /);
  });

  it('folds hints as attribute names are folded', () => {
    expect(new KindRegistry().register(kind('isbn', { hints: ['ISBN'] })).hintOf('isbn')).toBe('isbn');
  });
});
