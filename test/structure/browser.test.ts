import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The library runs in browsers: outside the CLI, no module may touch Node's `process` unguarded
// (a `typeof process` check first), nor import a node: module.
const SRC = resolve(import.meta.dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the library outside the CLI', () => {
  const library = files(SRC).filter((f) => !relative(SRC, f).startsWith('cli/'));

  it('imports no node: module', () => {
    for (const f of library) expect(readFileSync(f, 'utf8'), relative(SRC, f)).not.toMatch(/from ['"]node:/);
  });

  it('reads process only behind a typeof check', () => {
    for (const f of library) {
      const text = readFileSync(f, 'utf8');
      if (/\bprocess\./.test(text)) expect(text, relative(SRC, f)).toMatch(/typeof process === 'undefined'/);
    }
  });
});
