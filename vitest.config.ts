import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The repository's compiler by path: node_modules/.bin/tsc may belong to an older typescript alias
    // (typescript-5-4, compiled against by test/package/typescript-versions.mjs).
    typecheck: {
      enabled: true,
      include: ['test/types/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
      checker: fileURLToPath(new URL('./node_modules/typescript/bin/tsc', import.meta.url)),
    },
    testTimeout: 20_000,
    pool: 'forks',
  },
});
