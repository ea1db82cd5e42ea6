import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'webhooks/index': 'src/webhooks/index.ts',
    'testing/index': 'src/testing/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'neutral',
  splitting: true,
  treeshake: true,
  // ky is ESM-only: bundle it so the CJS build works with require(). zod is bundled too: one file loads
  // two to three times faster than its many small modules (declarations still import types from 'zod').
  noExternal: ['ky', 'zod'],
  external: ['msw'],
});
