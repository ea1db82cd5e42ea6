import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ENTRY = fileURLToPath(new URL('../../src/webhooks/index.ts', import.meta.url));

/** Runtime (non-type-only) import specifiers of a module. */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?\sfrom\s+'([^']+)'/gms)) {
    if (!m[1]) out.push(m[2] as string);
  }
  for (const m of text.matchAll(/^import\s+'([^']+)'/gm)) out.push(m[1] as string);
  for (const m of text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)) out.push(m[1] as string);
  return out;
}

/** Every file `cardplane/webhooks` loads at run time, and every bare specifier it imports. */
function graph(entry: string): { files: Set<string>; bare: Set<string> } {
  const files = new Set<string>();
  const bare = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    for (const spec of runtimeImports(file)) {
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      else bare.add(spec);
    }
  };
  visit(entry);
  return { files, bare };
}

describe('cardplane/webhooks runs on edge runtimes', () => {
  it('loads no node: module and no package at run time (only WebCrypto and web globals)', () => {
    const { files, bare } = graph(ENTRY);
    expect([...bare]).toEqual([]);
    const relative = [...files].map((f) => f.slice(f.indexOf('/src/') + 1)).sort();
    // The client, the transport (ky) and the schemas (zod) stay out of the webhook bundle.
    expect(relative.filter((f) => !f.startsWith('src/webhooks/'))).toEqual(['src/core/errors.ts', 'src/core/internal/redact.ts', 'src/core/versions.ts']);
  });

  it('no source file of the module uses node: specifiers or the Buffer global', () => {
    const { files } = graph(ENTRY);
    for (const f of files) {
      // Code only: doc comments may show node:http usage examples.
      const text = readFileSync(f, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      expect(text, f).not.toMatch(/['"]node:/);
      expect(text, f).not.toMatch(/\bBuffer\s*[.(]/);
    }
  });
});
