import { booleanKind } from './boolean';
import { dateKind } from './date';
import { nameKind } from './name';
import { numberKind } from './number';
import { placeKind } from './place';
import { durationKind, moneyKind, quantityKindDef } from './quantity';
import { KindRegistry } from './registry';
import { textKind } from './text';
import { timeKind } from './time';

/**
 * A registry with every built-in kind. Built-ins register exactly as a user's
 * kind would; the order is the tie-break when kind inference scores two kinds
 * alike (the more specific reading first).
 */
export function createDefaultRegistry(): KindRegistry {
  return new KindRegistry()
    .register(dateKind)
    .register(timeKind)
    .register(moneyKind)
    .register(durationKind)
    .register(quantityKindDef)
    .register(numberKind)
    .register(booleanKind)
    .register(nameKind)
    .register(placeKind)
    .register(textKind);
}

let shared: KindRegistry | undefined;

/** One read-only registry of the built-in kinds, built once: extend it to add kinds. */
export function builtinRegistry(): KindRegistry {
  return (shared ??= createDefaultRegistry().seal());
}
