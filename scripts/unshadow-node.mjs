// `prepare` (runs after a local `npm install` / `npm ci`, not when a user installs the package): removes the
// `node` command that the devDependencies node22 and node24 (npm:node@22, npm:node@24, the Node binaries
// the runtime smoke runs on) link into node_modules/.bin. npm puts that folder first on the PATH of every
// script, so without this `npm test` and every tool started by a script (vitest, tsup, …) would run on
// whichever of the two npm linked, not on the Node that runs npm. The binaries stay where the runtime
// smoke looks for them (node_modules/node22/bin/node, node_modules/node24/bin/node).
import { lstatSync, readlinkSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const bin = join(import.meta.dirname, '..', 'node_modules', '.bin');
const ours = /\bnode2[24][\\/]bin[\\/]node/;
for (const name of ['node', 'node.cmd', 'node.ps1']) {
  const path = join(bin, name);
  let target;
  try {
    target = lstatSync(path).isSymbolicLink() ? readlinkSync(path) : readFileSync(path, 'utf8');
  } catch {
    continue;
  }
  if (ours.test(target)) rmSync(path, { force: true });
}
