// Packs the built package, installs the tarball in a scratch folder and bundles a create-card script
// from it with esbuild, as an application would. Fails if that bundle is larger than the same script
// bundled from src/ (measured here, in the same run) or than the official SDK's. Run after `npm run build`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'cardplane-tarball-'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
try {
  execFileSync(npm, ['pack', '--silent', '--pack-destination', scratch], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = join(scratch, readdirSync(scratch).find((f) => f.endsWith('.tgz')));
  const app = join(scratch, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  try {
    execFileSync(npm, ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { cwd: app, stdio: 'ignore', timeout: 60_000 });
  } catch {
    // No npm cache for the dependencies: unpack the tarball and link ky and zod from the repository.
    const pkg = join(app, 'node_modules/cardplane');
    mkdirSync(pkg, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', pkg, '--strip-components=1']);
    for (const dep of ['ky', 'zod']) symlinkSync(join(ROOT, 'node_modules', dep), join(app, 'node_modules', dep), 'dir');
  }

  const params = "{ cardholder: 'ich_123', currency: 'usd', type: 'virtual', spending_controls: { spending_limits: [{ amount: 5000, interval: 'monthly' }] } }";
  const cardplane = (from) =>
    `import { CardplaneClient, issuingCards } from ${JSON.stringify(from)};\nconst cards = new CardplaneClient({ apiKey: process.env.STRIPE_SECRET_KEY }).use(issuingCards);\nconsole.log(await cards.create(${params}, { stripeAccount: 'acct_123' }));\n`;
  const gzip = async (contents, resolveDir) => {
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
    return gzipSync(result.outputFiles[0].contents, { level: 9 }).byteLength;
  };
  const installed = await gzip(cardplane('cardplane'), app);
  const src = await gzip(cardplane(join(ROOT, 'src/index.ts')), ROOT);
  const stripe = await gzip(
    `import Stripe from 'stripe';\nconst s = new Stripe(process.env.STRIPE_SECRET_KEY);\nconsole.log(await s.issuing.cards.create(${params}, { stripeAccount: 'acct_123' }));\n`,
    ROOT,
  );
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`create-card bundle (esbuild, minified, gzip): installed package ${kib(installed)}, src/ ${kib(src)}, stripe ${kib(stripe)}`);
  // A few bytes of slack: the same modules, bundled from another path.
  assert.ok(installed <= src + 256, `the installed package bundles to ${kib(installed)}, more than src/ (${kib(src)}): dist/ does not tree-shake`);
  assert.ok(installed < stripe, `the installed package bundles to ${kib(installed)}, not below the official SDK (${kib(stripe)})`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
