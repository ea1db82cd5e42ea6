import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve as resolvePath } from 'node:path';
import type { OnResolveArgs, OnResolveResult, Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

const entries = {
  index: 'src/index.ts',
  'webhooks/index': 'src/webhooks/index.ts',
  'testing/index': 'src/testing/index.ts',
  'testing/msw': 'src/testing/msw.ts',
  'testing/server': 'src/testing/server.ts',
  'schemas/index': 'src/schemas/index.ts',
};

// The transport loads its Node fetch lazily with `import('./node-fetch.js')`. The built package imports
// `#node-fetch` instead, which package.json `imports` resolves per platform: the real module (node:http)
// under the `node` condition, a stub everywhere else, so that no browser, Worker or edge bundle holds a
// `node:` import. The build fails if the import to rewrite is not found, or if a target is missing.
const NODE_FETCH_IMPORT = './node-fetch.js';
const NODE_FETCH_SPECIFIER = '#node-fetch';

/**
 * An esbuild plugin that redirects the imports `redirect` answers for (`undefined`: left alone) and fails
 * the build, with `missing`, when a build redirected none: the rewrite it exists for would silently be lost.
 */
function requiredRedirect(name: string, filter: RegExp, redirect: (args: OnResolveArgs) => OnResolveResult | undefined, missing: string): Plugin {
  return {
    name,
    setup(build) {
      let redirected = 0;
      build.onStart(() => {
        redirected = 0;
      });
      build.onResolve({ filter }, (args) => {
        const result = redirect(args);
        if (result && !result.errors) redirected++;
        return result;
      });
      build.onEnd((result) => {
        if (result.errors.length === 0 && redirected === 0) {
          result.errors.push({ id: '', pluginName: name, text: missing, location: null, notes: [], detail: undefined });
        }
      });
    },
  };
}

/** Bundled builds: `./node-fetch.js` from the transport becomes the external `#node-fetch`. */
function nodeFetchImport(): Plugin {
  return requiredRedirect(
    'cardplane-node-fetch',
    /^\.\/node-fetch\.js$/,
    (args) => (args.importer.replaceAll('\\', '/').endsWith('src/core/internal/transport.ts') ? { path: NODE_FETCH_SPECIFIER, external: true } : undefined),
    `src/core/internal/transport.ts no longer imports ${NODE_FETCH_IMPORT}: the bundled build would not load its Node fetch through ${NODE_FETCH_SPECIFIER}`,
  );
}

// The bundled (Node) builds point each generated endpoint table's `../schemas/<group>.js` at
// `src/generated/lazy/<group>.ts`, where every schema the table names is a reference whose module is
// imported by the first call that needs it (src/core/schema-ref.ts): importing the SDK then compiles none of
// the generated schemas, and a call compiles its resource's. The per-file build for bundlers keeps the static
// imports, which tree-shake to the schemas a program's calls reach. The build fails if nothing was redirected.
function lazySchemas(): Plugin {
  return requiredRedirect(
    'cardplane-lazy-schemas',
    /^\.\.\/schemas\/[\w-]+\.js$/,
    (args) => {
      if (!/src\/generated\/endpoints\/[\w-]+\.ts$/.test(args.importer.replaceAll('\\', '/'))) return undefined;
      const target = resolvePath(dirname(args.importer), '..', 'lazy', args.path.slice('../schemas/'.length).replace(/\.js$/, '.ts'));
      if (!existsSync(target)) return { errors: [{ text: `${args.path} from ${args.importer}: no generated stand-in ${target} (run npm run generate)` }] };
      return { path: target };
    },
    'no generated endpoint table imported ../schemas/*.js: the Node build would load every schema at import',
  );
}

/** Per-file build (no bundling, so no resolve hook): the same rewrite on the emitted transport. */
function rewritePerFileTransport(): void {
  const file = 'dist/esm/core/internal/transport.js';
  const code = readFileSync(file, 'utf8');
  const from = `import(${JSON.stringify(NODE_FETCH_IMPORT)})`;
  const count = code.split(from).length - 1;
  if (count !== 1) throw new Error(`${file}: expected ${from} once, found it ${count} times: cannot point it at ${NODE_FETCH_SPECIFIER}`);
  writeFileSync(file, code.replace(from, `import(${JSON.stringify(NODE_FETCH_SPECIFIER)})`));
}

/** Every file package.json `imports` names for `#node-fetch` must have been built. */
function checkImportTargets(): void {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { imports?: Record<string, unknown> };
  const targets: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') targets.push(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(pkg.imports?.[NODE_FETCH_SPECIFIER]);
  if (targets.length === 0) throw new Error(`package.json has no imports entry for ${NODE_FETCH_SPECIFIER}`);
  const missing = targets.filter((t) => !existsSync(t));
  if (missing.length > 0) throw new Error(`package.json imports ${NODE_FETCH_SPECIFIER} points at files the build did not emit: ${missing.join(', ')}`);
}

// Bundled builds, for Node (`import` and `require`): ky is ESM-only, so it is bundled for require();
// zod is bundled too: one file loads two to three times faster than its many small modules.
// No sourcemaps: the bundled builds inline ky and zod, whose sources are not ours to ship, and the code is
// not minified, so stack traces read as they are (the tarball test checks that no .map ships).
const bundled: Options = {
  entry: entries,
  sourcemap: false,
  target: 'node20',
  platform: 'neutral',
  outDir: 'dist',
  splitting: true,
  treeshake: true,
  noExternal: ['ky', 'zod'],
  // node: built-ins stay imports (only the Node-only entry points, testing/server and the bin, have any).
  external: ['msw', /^node:/],
  // Keep `node:` on built-in imports: Deno and workerd resolve only the prefixed names.
  removeNodeProtocol: false,
  esbuildPlugins: [nodeFetchImport(), lazySchemas()],
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
  // The `cardplane-mock` command (package.json `bin`): Node only, ESM (it awaits at top level).
  { ...bundled, entry: { 'bin/cardplane-mock': 'src/bin/cardplane-mock.ts' }, format: ['esm'], platform: 'node', splitting: false },
  // For bundlers (the `module`, `browser` and `worker` export conditions) and for `#node-fetch`: one ESM
  // file per source file, ky and zod left as imports of the dependencies. A bundle keeps only the modules
  // a program reaches (`sideEffects: false`), as it does from src/; the bundled build's chunks hold every
  // resource's top-level schema calls, which no bundler can prove unused.
  {
    entry: ['src/**/*.ts'],
    bundle: false,
    format: ['esm'],
    sourcemap: false,
    target: 'node20',
    platform: 'neutral',
    outDir: 'dist/esm',
    onSuccess: async () => {
      rewritePerFileTransport();
      checkImportTargets();
    },
  },
]);
