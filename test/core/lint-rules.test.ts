// The architecture rules of eslint.config.js fire where they should and nowhere else: `node:` built-ins only in the
// Node adapters, src/core/internal and src/webhooks/internal only from their own layer and from test/.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: `${root}eslint.config.js` });

/** The rule ids reported for `code` as if it were the file `path` (relative to the repository root). */
async function rules(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const NODE_FS = "import { readFileSync } from 'node:fs';\nexport const read = (p: string): string => readFileSync(p, 'utf8');\n";

describe('lint rules: node: built-ins only in the Node adapters', () => {
  it('reports a node: import in a resource module, the client, the webhooks and src/testing', async () => {
    for (const path of [
      'src/resources/x.ts',
      'src/client.ts',
      'src/core/x.ts',
      'src/core/internal/transport.ts',
      'src/webhooks/x.ts',
      'src/testing/x.ts',
      'src/webhooks/node.ts',
    ]) {
      expect(await rules(path, NODE_FS), path).toEqual(['no-restricted-imports']);
    }
  });

  it('reports bare built-ins, subpaths, type-only imports, re-exports and dynamic imports', async () => {
    expect(await rules('src/resources/x.ts', "import { readFileSync } from 'fs';\nexport const f = readFileSync;\n")).toEqual(['no-restricted-imports']);
    expect(await rules('src/resources/x.ts', "import { setTimeout } from 'timers/promises';\nexport const f = setTimeout;\n")).toEqual(['no-restricted-imports']);
    expect(await rules('src/resources/x.ts', "import type { Server } from 'node:http';\nexport type S = Server;\n")).toEqual(['no-restricted-imports']);
    expect(await rules('src/resources/x.ts', "export { createHash } from 'node:crypto';\n")).toEqual(['no-restricted-imports']);
    expect(await rules('src/resources/x.ts', "export const load = () => import('node:fs');\n")).toEqual(['no-restricted-syntax']);
    expect(await rules('src/resources/x.ts', "export type S = import('node:http').Server;\n")).toEqual(['no-restricted-syntax']);
  });

  it('allows them in the Node adapters, and outside src/', async () => {
    for (const path of ['src/core/internal/node-fetch.ts', 'src/testing/server.ts', 'src/bin/cardplane-mock.ts', 'test/x.test.ts', 'bench/x.ts', 'scripts/x.ts', 'examples/x.ts']) {
      expect(await rules(path, NODE_FS), path).toEqual([]);
    }
  });

  it('leaves non-built-in packages and relative imports alone', async () => {
    expect(await rules('src/resources/x.ts', "import { z } from 'zod/mini';\nimport { APIPromise } from '../core/api-promise.js';\nexport const a = [z, APIPromise];\n")).toEqual(
      [],
    );
  });
});

describe('lint rules: internal modules stay internal', () => {
  const CORE = (from: string) => `import { encodeForm } from '${from}';\nexport const f = encodeForm;\n`;
  const HOOKS = (from: string) => `import { hmacSha256 } from '${from}';\nexport const f = hmacSha256;\n`;

  it('reports src/core/internal imported by examples/, bench/, scripts/ and the rest of src/', async () => {
    expect(await rules('examples/x.ts', CORE('../src/core/internal/form.js'))).toEqual(['no-restricted-imports']);
    expect(await rules('bench/x.ts', CORE('../src/core/internal/form.js'))).toEqual(['no-restricted-imports']);
    expect(await rules('scripts/generate/x.ts', CORE('../../src/core/internal/form.js'))).toEqual(['no-restricted-imports']);
    expect(await rules('src/resources/x.ts', CORE('../core/internal/form.js'))).toEqual(['no-restricted-imports']);
    expect(await rules('src/testing/server.ts', CORE('../core/internal/form.js'))).toEqual(['no-restricted-imports']);
    expect(await rules('src/webhooks/x.ts', CORE('../core/internal/form.js'))).toEqual(['no-restricted-imports']);
  });

  it('reports src/webhooks/internal imported outside src/webhooks and test/', async () => {
    expect(await rules('examples/x.ts', HOOKS('../src/webhooks/internal/crypto.js'))).toEqual(['no-restricted-imports']);
    expect(await rules('src/core/x.ts', HOOKS('../webhooks/internal/crypto.js'))).toEqual(['no-restricted-imports']);
    expect(await rules('src/testing/x.ts', HOOKS('../webhooks/internal/crypto.js'))).toEqual(['no-restricted-imports']);
  });

  it('allows each layer its own internal modules, the client src/core/internal, and test/ both', async () => {
    expect(await rules('src/core/x.ts', CORE('./internal/form.js'))).toEqual([]);
    expect(await rules('src/client.ts', CORE('./core/internal/form.js'))).toEqual([]);
    expect(await rules('src/webhooks/x.ts', HOOKS('./internal/crypto.js'))).toEqual([]);
    expect(await rules('test/core/x.test.ts', CORE('../../src/core/internal/form.js'))).toEqual([]);
    expect(await rules('test/webhooks/x.test.ts', HOOKS('../../src/webhooks/internal/crypto.js'))).toEqual([]);
  });
});
