import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The shape of src/testing/routes/: one file per Stripe resource, each exporting exactly one route array
 * (`export const xRoutes: MockRoute[]`), and no route file importing another (shared logic lives in the
 * modules of src/testing/); only index.ts collects them.
 */

const DIR = resolve(import.meta.dirname, '../../src/testing/routes');
const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));

/** The specifiers of a file's `import … from` / `export … from` / `import('…')` statements. */
function specifiers(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/gms)) out.push(m[1] ?? '');
  for (const m of source.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)) out.push(m[1] ?? '');
  for (const m of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1] ?? '');
  return out;
}

/** Whether a specifier of a file in routes/ names another file of routes/. */
function isRouteFile(spec: string): boolean {
  const target = resolve(DIR, spec);
  return target.startsWith(DIR + '/') && !target.slice(DIR.length + 1).includes('/');
}

describe('src/testing/routes/', () => {
  it('has route files besides index.ts', () => {
    expect(files).toContain('index.ts');
    expect(files.length).toBeGreaterThan(10);
  });

  it('no route file imports another route file (only index.ts collects them)', () => {
    const offenders = files
      .filter((f) => f !== 'index.ts')
      .flatMap((f) =>
        specifiers(readFileSync(resolve(DIR, f), 'utf8'))
          .filter(isRouteFile)
          .map((s) => `${f} -> ${s}`),
      );
    expect(offenders).toEqual([]);
  });

  it('each route file exports exactly one MockRoute[] (and nothing else), with a doc comment', () => {
    const problems: string[] = [];
    for (const f of files.filter((x) => x !== 'index.ts')) {
      const source = readFileSync(resolve(DIR, f), 'utf8');
      const exports = [...source.matchAll(/^export\s+(?:default\s+)?(?:async\s+)?(\w+)(?:\s+(\w+))?/gm)];
      const routeArrays = [...source.matchAll(/\*\/\s*export const (\w+Routes): MockRoute\[\] = /g)];
      if (exports.length !== 1 || routeArrays.length !== 1) problems.push(`${f}: ${exports.length} exports, ${routeArrays.length} documented MockRoute[]`);
      if (/^export\s*(\*|\{)/m.test(source)) problems.push(`${f}: re-exports`);
    }
    expect(problems).toEqual([]);
  });

  it('index.ts spreads every route file into allRoutes, once', () => {
    const index = readFileSync(resolve(DIR, 'index.ts'), 'utf8');
    const imported = specifiers(index)
      .filter(isRouteFile)
      .map((s) => s.replace(/^\.\//, '').replace(/\.js$/, '.ts'))
      .sort();
    expect(imported).toEqual(files.filter((f) => f !== 'index.ts').sort());
    for (const f of imported) {
      const name = /export const (\w+): MockRoute\[\]/.exec(readFileSync(resolve(DIR, f), 'utf8'))?.[1] ?? '';
      expect(index.split(`...${name},`).length - 1, name).toBe(1);
    }
  });
});
