/**
 * `npm run generate`: reads the declarations of `stripe` 23.1.0 and `stripe@20.2.0-alpha.1` (devDependencies,
 * never shipped or read at run time) and writes `src/generated/`. `npm run generate -- --check` writes
 * nothing and fails when a committed file differs from what the generator writes (run in `npm test`).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { emit } from './emit.js';
import { applyOverrides } from './overrides.js';
import { readModel } from './read.js';
import { RESOURCES } from './scope.js';

const OUT = 'src/generated';
const check = process.argv.includes('--check');
const started = Date.now();
const model = readModel(RESOURCES);
applyOverrides(model.named);
const files = emit(model);

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? listFiles(join(dir, d.name)) : [join(dir, d.name)]));
  } catch {
    return [];
  }
}

const onDisk = new Set(listFiles(OUT));
if (check) {
  const stale: string[] = [];
  for (const [path, content] of files) {
    let current: string | undefined;
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = undefined;
    }
    if (current !== content) stale.push(current === undefined ? `${path} (missing)` : path);
    onDisk.delete(path);
  }
  for (const extra of onDisk) stale.push(`${extra} (not generated: remove it)`);
  if (stale.length > 0) {
    console.error(`src/generated/ is stale: run \`npm run generate\` and commit the result.\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`src/generated/ is up to date (${files.size} files, ${Date.now() - started} ms)`);
} else {
  rmSync(OUT, { recursive: true, force: true });
  for (const [path, content] of files) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  let bytes = 0;
  for (const c of files.values()) bytes += c.length;
  console.log(`wrote ${files.size} files (${(bytes / 1024).toFixed(0)} KiB) to ${OUT}/ in ${Date.now() - started} ms`);
}
