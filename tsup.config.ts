import { writeFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

const entries = {
  index: 'src/index.ts',
  'webhooks/index': 'src/webhooks/index.ts',
  'testing/index': 'src/testing/index.ts',
  'testing/msw': 'src/testing/msw.ts',
  'testing/server': 'src/testing/server.ts',
  'testing/bin': 'src/testing/bin.ts',
};

// Bundled builds, for Node (`import` and `require`): ky is ESM-only, so it is bundled for require();
// zod is bundled too: one file loads two to three times faster than its many small modules.
const bundled: Options = {
  entry: entries,
  sourcemap: true,
  target: 'node20',
  platform: 'neutral',
  outDir: 'dist',
  splitting: true,
  treeshake: true,
  noExternal: ['ky', 'zod'],
  external: ['msw'],
};

export default defineConfig([
  {
    ...bundled,
    format: ['esm'],
    // Declarations are emitted once, by the CJS build (.d.cts); the ESM entry points re-export them.
    onSuccess: async () => {
      for (const name of Object.keys(entries)) {
        writeFileSync(`dist/${name}.d.ts`, `export * from './${name.split('/').pop()!}.cjs';\n`);
      }
    },
  },
  { ...bundled, format: ['cjs'], dts: true },
  // For bundlers (the `module` export condition): one ESM file per source file, ky and zod left as
  // imports of the dependencies. A bundle keeps only the modules a program reaches (`sideEffects:
  // false`), as it does from src/; the bundled build's chunks hold every resource's top-level schema
  // calls, which no bundler can prove unused.
  {
    entry: ['src/**/*.ts'],
    bundle: false,
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'neutral',
    outDir: 'dist/esm',
  },
]);
