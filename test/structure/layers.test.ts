import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The pipeline's stages in order. A module may import from its own stage or an
// earlier one, never from a later one: each stage hands data down through
// src/model.ts, not by reaching back up the pipeline.
const SRC = resolve(import.meta.dirname, '../../src');
const LAYERS: readonly (readonly [string, RegExp])[] = [
  ['foundation', /^(model|messages|errors|schema)\.ts$|^(util|normalize|kinds|lexicon)\//],
  ['context', /^context\.ts$/],
  ['validate', /^validate\.ts$/],
  ['read', /^read\//],
  ['link', /^link\//],
  ['group', /^group\//],
  ['compare', /^compare\//],
  ['judge', /^judge\//],
  ['report', /^report\//],
  ['check', /^check\.ts$/],
  ['entry points', /^(index|jsonschema)\.ts$|^cli\//],
];

function layerOf(file: string): number {
  const at = LAYERS.findIndex(([, pattern]) => pattern.test(file));
  if (at < 0) throw new Error(`${file} belongs to no layer: add it to LAYERS`);
  return at;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [relative(SRC, path)] : [];
  });
}

function resolveImport(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = relative(SRC, resolve(SRC, dirname(from), spec));
  for (const candidate of [`${base}.ts`, `${base}/index.ts`]) {
    try {
      if (statSync(join(SRC, candidate)).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  throw new Error(`${from}: cannot resolve ${spec}`);
}

describe('the pipeline layout', () => {
  const all = files(SRC);
  const imports = all.flatMap((file) =>
    [...readFileSync(join(SRC, file), 'utf8').matchAll(/^(?:import|export)[^'"]*?from '([^']+)'/gm)]
      .map((m) => resolveImport(file, m[1]!))
      .filter((target): target is string => target !== undefined)
      .map((target) => ({ file, target })),
  );

  it('puts every module in a stage', () => {
    expect(all.length).toBeGreaterThan(40);
    for (const file of all) expect(() => layerOf(file)).not.toThrow();
  });

  it('never imports from a later stage', () => {
    const upward = imports
      .filter(({ file, target }) => layerOf(target) > layerOf(file))
      .map(({ file, target }) => `${file} (${LAYERS[layerOf(file)]![0]}) imports ${target} (${LAYERS[layerOf(target)]![0]})`);
    expect(upward).toEqual([]);
  });

  it('lists the stages in check.ts in pipeline order', () => {
    const text = readFileSync(join(SRC, 'check.ts'), 'utf8');
    const at = (name: string) => text.indexOf(`// ${name}:`);
    const order = ['read', 'link', 'group', 'compare'].map(at);
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text.indexOf('judgeGroups(')).toBeGreaterThan(order.at(-1)!);
  });
});
