import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** What a module pulls in: every input file of an esbuild bundle of it (node built-ins left out). */
async function inputsOf(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'neutral',
    format: 'esm',
    logLevel: 'silent',
    mainFields: ['module', 'main'],
    external: ['node:*'],
  });
  return Object.keys(result.metafile.inputs);
}

describe('cardplane/testing needs no msw', () => {
  it('the testing entry point reaches no msw module; the msw entry point does', async () => {
    const testing = await inputsOf('src/testing/index.ts');
    expect(testing.length).toBeGreaterThan(10);
    expect(testing.filter((f) => f.includes('node_modules/msw/'))).toEqual([]);
    const msw = await inputsOf('src/testing/msw.ts');
    expect(msw.some((f) => f.includes('node_modules/msw/'))).toBe(true);
  });
});
