import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string };

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    sourcemap: true,
    clean: true,
    target: 'node20',
    treeshake: true,
  },
  {
    // The CLI is ESM only: it is run, never imported.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    // The library is imported from its own build (dist/index.js), not bundled a second time.
    esbuildPlugins: [
      {
        name: 'library-entry',
        setup(build) {
          build.onResolve({ filter: /^\.\.\/index$/ }, () => ({ path: './index.js', external: true }));
        },
      },
    ],
    define: { __VERSION__: JSON.stringify(version) },
  },
]);
