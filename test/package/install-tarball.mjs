// Packs the built package and installs the tarball in a scratch folder, as a user's `npm install` would.
// Shared by the package tests (bundles, runtimes, TypeScript versions). Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * Packs the package and installs it into `<scratch>/app` (type module). Returns the scratch folder, the app
 * folder, the installed package's folder and a `cleanup()`. `extraDeps` are linked from the repository's
 * node_modules (never downloaded).
 */
export function installTarball({ prefix = 'cardplane-tarball-', extraDeps = [] } = {}) {
  const scratch = mkdtempSync(join(tmpdir(), prefix));
  const cleanup = () => rmSync(scratch, { recursive: true, force: true });
  try {
    execFileSync(npm, ['pack', '--silent', '--pack-destination', scratch], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    const tarball = join(
      scratch,
      readdirSync(scratch).find((f) => f.endsWith('.tgz')),
    );
    const app = join(scratch, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    const pkg = join(app, 'node_modules/cardplane');
    try {
      execFileSync(npm, ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { cwd: app, stdio: 'ignore', timeout: 60_000 });
    } catch {
      // No npm cache for the dependencies: unpack the tarball and link ky and zod from the repository.
      rmSync(join(app, 'node_modules'), { recursive: true, force: true });
      mkdirSync(pkg, { recursive: true });
      execFileSync('tar', ['-xzf', tarball, '-C', pkg, '--strip-components=1']);
      for (const dep of ['ky', 'zod']) symlinkSync(join(ROOT, 'node_modules', dep), join(app, 'node_modules', dep), 'dir');
    }
    for (const dep of extraDeps) {
      const to = join(app, 'node_modules', dep);
      mkdirSync(join(to, '..'), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules', dep), to, 'dir');
    }
    return { scratch, tarball, app, pkg, cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}
