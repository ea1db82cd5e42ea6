// Packs the built package, installs the tarball in a scratch folder and bundles from it, as an application
// would. Run after `npm run build`.
// 1. A create-card script, bundled for Node with esbuild and with Rollup: fails if larger than the same
//    script bundled from src/ (measured here, in the same run) or than the official SDK's.
// 2. A script using the client, the modular client and cardplane/webhooks, bundled with esbuild for a
//    browser, for the neutral platform and for a Worker (wrangler's conditions workerd, worker, browser):
//    fails if any bundle imports a `node:` module or a bare Node built-in (http, https, …), or if the
//    bundle does not hold the #node-fetch stub in place of the node:http fetch.
// 3. No sourcemap ships (the build makes none: their sources would not resolve in the package), and no
//    shipped file points at one.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { build, transform } from 'esbuild';
import { rollup } from 'rollup';
import { installTarball, ROOT } from './install-tarball.mjs';

const { app, pkg, cleanup } = installTarball();
try {
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  const gz = (bytes) => gzipSync(bytes, { level: 9 }).byteLength;

  // --- 1. create-card bundle size -------------------------------------------------------------------
  const params = "{ cardholder: 'ich_123', currency: 'usd', type: 'virtual', spending_controls: { spending_limits: [{ amount: 5000, interval: 'monthly' }] } }";
  const cardplane = (from) =>
    `import { CardplaneClient, issuingCards } from ${JSON.stringify(from)};\nconst cards = new CardplaneClient({ apiKey: process.env.STRIPE_SECRET_KEY }).use(issuingCards);\nconsole.log(await cards.create(${params}, { stripeAccount: 'acct_123' }));\n`;
  const esbuildGzip = async (contents, resolveDir) => {
    const result = await build({
      stdin: { contents, resolveDir, loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      write: false,
      logLevel: 'silent',
    });
    return gz(result.outputFiles[0].contents);
  };
  const rollupGzip = async (contents, resolveDir) => {
    const entry = join(resolveDir, '__entry.js');
    const bundle = await rollup({
      input: entry,
      onwarn: () => {},
      external: (id) => id.startsWith('node:') || builtinModules.includes(id),
      plugins: [
        { name: 'entry', resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? contents : null) },
        nodeResolve({ exportConditions: ['node'], preferBuiltins: true }),
      ],
    });
    const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
    await bundle.close();
    const minified = await transform(output[0].code, { minify: true, format: 'esm', target: 'node20' });
    return gz(Buffer.from(minified.code));
  };
  const installed = await esbuildGzip(cardplane('cardplane'), app);
  const installedRollup = await rollupGzip(cardplane('cardplane'), app);
  const src = await esbuildGzip(cardplane(join(ROOT, 'src/index.ts')), ROOT);
  const stripe = await esbuildGzip(
    `import Stripe from 'stripe';\nconst s = new Stripe(process.env.STRIPE_SECRET_KEY);\nconsole.log(await s.issuing.cards.create(${params}, { stripeAccount: 'acct_123' }));\n`,
    ROOT,
  );
  console.log(
    `create-card bundle (minified, gzip): installed package ${kib(installed)} (esbuild), ${kib(installedRollup)} (Rollup); src/ ${kib(src)} (esbuild); stripe ${kib(stripe)} (esbuild)`,
  );
  // A few bytes of slack: the same modules, bundled from another path.
  assert.ok(installed <= src + 256, `the installed package bundles to ${kib(installed)} with esbuild, more than src/ (${kib(src)}): dist/ does not tree-shake`);
  assert.ok(
    installedRollup <= src + 256,
    `the installed package bundles to ${kib(installedRollup)} with Rollup, more than src/ with esbuild (${kib(src)}): dist/ does not tree-shake`,
  );
  assert.ok(installed < stripe, `the installed package bundles to ${kib(installed)}, not below the official SDK (${kib(stripe)})`);

  // --- 2. no Node built-ins outside Node ------------------------------------------------------------
  const everywhere = `import { Cardplane, CardplaneClient, issuingCards } from 'cardplane';
import { createAuthorizationHandler, signTestPayload, verify } from 'cardplane/webhooks';
const cp = new Cardplane({ apiKey: 'sk_test_123' });
const cards = new CardplaneClient({ apiKey: 'sk_test_123' }).use(issuingCards);
const handler = createAuthorizationHandler({ secret: 'whsec_123', decide: () => ({ approved: true }) });
const header = await signTestPayload('{}', 'whsec_123');
export default { cp, cards, handler, verified: await verify('{}', header, 'whsec_123') };
`;
  const nodeBuiltin = (path) => path.startsWith('node:') || builtinModules.includes(path.split('/')[0]);
  const targets = {
    browser: { platform: 'browser' },
    neutral: { platform: 'neutral' },
    worker: { platform: 'neutral', conditions: ['workerd', 'worker', 'browser'] },
  };
  const sizes = [];
  for (const [name, options] of Object.entries(targets)) {
    const result = await build({
      stdin: { contents: everywhere, resolveDir: app, loader: 'js' },
      bundle: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      metafile: true,
      logLevel: 'silent',
      ...options,
    }).catch((error) => {
      throw new Error(`esbuild cannot bundle the installed package for ${name}: ${error.message}`);
    });
    const builtins = Object.values(result.metafile.inputs)
      .flatMap((input) => input.imports)
      .filter((imp) => nodeBuiltin(imp.path))
      .map((imp) => imp.path);
    assert.deepEqual([...new Set(builtins)], [], `the ${name} bundle imports Node built-ins`);
    const inputs = Object.keys(result.metafile.inputs);
    assert.ok(
      inputs.some((p) => p.endsWith('dist/esm/core/internal/no-node-fetch.js')),
      `the ${name} bundle does not hold the #node-fetch stub`,
    );
    assert.ok(!inputs.some((p) => p.endsWith('/node-fetch.js')), `the ${name} bundle holds the node:http fetch`);
    const code = result.outputFiles[0].text;
    const found = code.match(/["'`]node:[a-z_/]+["'`]|\b(?:require|import)\s*\(\s*["'`](?:https?|net|tls|fs|crypto)["'`]\s*\)|\bfrom\s*["'`](?:https?|net|tls|fs|crypto)["'`]/g);
    assert.equal(found, null, `the ${name} bundle's code names Node built-ins: ${found?.join(', ')}`);
    sizes.push(`${name} ${kib(gz(result.outputFiles[0].contents))}`);
  }
  // --- 3. no sourcemap --------------------------------------------------------------------------------
  const shipped = readdirSync(pkg, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
  const maps = shipped.filter((f) => f.endsWith('.map'));
  assert.deepEqual(maps, [], 'the package ships sourcemaps');
  const pointing = shipped.filter((f) => /\.(?:c|m)?js$/.test(f) && /^\/\/# sourceMappingURL=/m.test(readFileSync(f, 'utf8')));
  assert.deepEqual(pointing, [], 'shipped files point at sourcemaps');
  console.log(`no sourcemap in the package (${shipped.length} files)`);

  console.log(`no Node built-in in the browser, neutral and worker bundles (client + webhooks, unminified gzip: ${sizes.join(', ')})`);
} finally {
  cleanup();
}
