/**
 * Sizes that a user downloads or an editor loads: the API site (`typedoc`, built here into a scratch folder
 * with the repository's typedoc.json) and the shipped declarations (`dist/`, built by `npm run build`),
 * each beside the official `stripe` package's declarations. Run with `npm run build && npx tsx bench/sizes.ts`.
 * The site is given as the bytes of its files (what a host stores and serves) and as the space it takes on
 * this disk (`du`, 4 KiB blocks: every small page costs a whole block).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const MB = (n: number): string => `${(n / 1e6).toFixed(1)} MB`;

function files(dir: string, filter: (name: string) => boolean = () => true): { path: string; size: number }[] {
  const out: { path: string; size: number }[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...files(path, filter));
    else if (filter(entry.name)) out.push({ path, size: statSync(path).size });
  }
  return out;
}
const sum = (list: { size: number }[]): number => list.reduce((n, f) => n + f.size, 0);

mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
const out = mkdtempSync(join(ROOT, 'node_modules/.cache/cardplane-site-'));
const started = performance.now();
execFileSync(process.execPath, [join(ROOT, 'node_modules/typedoc/bin/typedoc'), '--out', out, '--logLevel', 'Warn'], { cwd: ROOT, stdio: 'inherit' });
const seconds = (performance.now() - started) / 1000;
const site = files(out);
const pages = site.filter((f) => f.path.endsWith('.html'));
const largest = pages.reduce((a, b) => (b.size > a.size ? b : a));
const onDisk = Number(execFileSync('du', ['-sk', out], { encoding: 'utf8' }).split('\t')[0]) * 1024;
console.log(
  `typedoc site: ${MB(sum(site))} in ${site.length} files (${pages.length} pages), ${MB(onDisk)} on disk; largest page ${MB(largest.size)} (${largest.path.slice(out.length + 1)}); built in ${seconds.toFixed(0)} s`,
);
rmSync(out, { recursive: true, force: true });

if (existsSync(join(ROOT, 'dist'))) {
  const ours = files(join(ROOT, 'dist'), (n) => /\.d\.(c|m)?ts$/.test(n));
  const theirs = files(join(ROOT, 'node_modules/stripe/esm'), (n) => n.endsWith('.d.ts'));
  console.log(
    `declarations: cardplane ${MB(sum(ours))} (${ours.length} files, dist/), official stripe ${MB(sum(theirs))} (${theirs.length} files, esm/): ratio ${(sum(ours) / sum(theirs)).toFixed(2)}`,
  );
} else console.log('declarations: run `npm run build` first');
