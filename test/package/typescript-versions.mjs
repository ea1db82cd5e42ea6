// Compiles a consumer of the installed package with every TypeScript version the README states (the
// devDependencies `typescript-5-*`, aliases of older `typescript` releases, and `typescript` itself), with
// `moduleResolution: node16` and `skipLibCheck: false`, so that an error in our declarations fails, and
// with `node10` (the subpaths through `typesVersions`). Also asks the oldest version's
// language service for a hover: path parameters must show their names there too. Run after `npm run build`.
// `TS_VERSIONS_DIR=<folder with node_modules/<alias>/>` adds versions from elsewhere (for probing a floor).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { installTarball, ROOT } from './install-tarball.mjs';

const run = promisify(execFile);
const roots = [ROOT, ...(process.env.TS_VERSIONS_DIR ? [process.env.TS_VERSIONS_DIR] : [])];
const compilers = roots
  .flatMap((root) =>
    readdirSync(join(root, 'node_modules'))
      .filter((d) => d === 'typescript' || /^(typescript-|ts)\d/.test(d))
      .map((d) => join(root, 'node_modules', d)),
  )
  .map((dir) => ({ dir, version: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version }))
  .sort((a, b) => a.version.localeCompare(b.version, 'en', { numeric: true }));
assert.ok(compilers.length >= 2, `expected the typescript devDependencies, found ${compilers.map((c) => c.version)}`);

const consumer = {
  esm: `import { Cardplane, CardplaneClient, issuingCards, CardplaneValidationError, type IssuingCard, type PathArgs } from 'cardplane';
import { createAuthorizationHandler, constructEvent, type AuthorizationDecision } from 'cardplane/webhooks';
import { createMockStripe } from 'cardplane/testing';

const cp = new Cardplane({ apiKey: 'sk_test_123', fetch: createMockStripe().fetch });
export const card: Promise<IssuingCard> = cp.issuing.cards.retrieve('ic_123');
export const person = cp.accounts.retrievePerson('acct_123', 'person_123');
export const cards = new CardplaneClient({ apiKey: 'sk_test_123' }).use(issuingCards);
export const created = cards.create({ cardholder: 'ich_123', currency: 'usd', type: 'virtual' });
const args: PathArgs<'/v1/accounts/{account}/persons/{person}'> = ['acct_1', 'person_1'];
export const n: 2 = args.length;
// @ts-expect-error a path id is a string
cp.issuing.cards.retrieve(123);
// @ts-expect-error type is required
cards.create({ cardholder: 'ich_123', currency: 'usd' });
export const decision: AuthorizationDecision = { approved: true };
export const handler = createAuthorizationHandler({ secret: 'whsec_123', decide: () => decision });
export const event = constructEvent('{}', 't=1,v1=00', 'whsec_123');
export const isValidation = (e: unknown): boolean => e instanceof CardplaneValidationError;
`,
};
consumer.cjs = consumer.esm.replace("from 'cardplane/testing';", "from 'cardplane/testing';\nexport {};");

const base = { strict: true, esModuleInterop: true, noEmit: true, target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], types: [] };
// Checking the declarations (skipLibCheck: false) takes 10-15 s a compile (1.9 MB of them): done once per
// version, on the node16 ESM consumer (the .d.ts entry points re-export the .d.cts every setup reads).
const setups = {
  'node16 (ESM)': {
    files: { 'package.json': { type: 'module' }, 'index.ts': consumer.esm },
    compilerOptions: { module: 'node16', moduleResolution: 'node16', skipLibCheck: false },
  },
  'node16 (CJS)': {
    files: { 'package.json': { type: 'commonjs' }, 'index.ts': consumer.cjs },
    compilerOptions: { module: 'node16', moduleResolution: 'node16', skipLibCheck: true },
  },
  node10: { files: { 'package.json': {}, 'index.ts': consumer.cjs }, compilerOptions: { module: 'commonjs', moduleResolution: 'node', skipLibCheck: true } },
  bundler: { files: { 'package.json': { type: 'module' }, 'index.ts': consumer.esm }, compilerOptions: { module: 'esnext', moduleResolution: 'bundler', skipLibCheck: true } },
};
// By default node16 (ESM; checks the declarations) and node10 (CommonJS, typesVersions): about 40 s on two
// cores. The node16 CommonJS and bundler consumers add 20 s and read the same .d.cts (attw checks their
// resolution): TS_SETUPS=all runs them too, TS_SETUPS='node16 (CJS),bundler' picks.
const wanted = process.env.TS_SETUPS === 'all' ? Object.keys(setups) : (process.env.TS_SETUPS?.split(',') ?? ['node16 (ESM)', 'node10']);
for (const name of Object.keys(setups)) if (!wanted.includes(name)) delete setups[name];

const { app, cleanup } = installTarball({ prefix: 'cardplane-ts-' });
// msw is an optional peer whose types cardplane/testing names (HttpHandler). A stub stands in for it: its
// own declarations are not ours to check (under node16 they report TS1479 on their ESM-only imports).
mkdirSync(join(app, 'node_modules/msw'), { recursive: true });
writeFileSync(join(app, 'node_modules/msw/package.json'), JSON.stringify({ name: 'msw', version: '2.15.0', types: 'index.d.ts' }));
writeFileSync(join(app, 'node_modules/msw/index.d.ts'), 'export interface HttpHandler {\n  readonly info: unknown;\n}\n');
const failures = [];
try {
  const started = performance.now();
  for (const [name, setup] of Object.entries(setups)) {
    const dir = join(app, name.replace(/\W+/g, '-'));
    mkdirSync(dir);
    symlinkSync(join(app, 'node_modules'), join(dir, 'node_modules'), 'dir');
    for (const [file, content] of Object.entries(setup.files))
      writeFileSync(join(dir, file), typeof content === 'string' ? content : JSON.stringify({ name: 'c', private: true, ...content }));
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...base, ...setup.compilerOptions }, files: ['index.ts'] }));
  }
  // Two compilers at a time (2 cores).
  const jobs = compilers.flatMap((c) => Object.keys(setups).map((setup) => ({ ...c, setup })));
  const runJob = async ({ dir, version, setup }) => {
    const cwd = join(app, setup.replace(/\W+/g, '-'));
    const t0 = performance.now();
    try {
      await run(process.execPath, [join(dir, 'bin/tsc'), '-p', 'tsconfig.json'], { cwd, timeout: 180_000 });
      console.log(`typescript ${version} ${setup}: ok (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    } catch (error) {
      const out = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim().split('\n').slice(0, 12).join('\n');
      failures.push(`typescript ${version} ${setup}`);
      console.log(`typescript ${version} ${setup}: FAILED\n${out || error.message}`);
    }
  };
  const queue = [...jobs];
  await Promise.all(
    [0, 1].map(async () => {
      for (let job = queue.shift(); job; job = queue.shift()) await runJob(job);
    }),
  );

  // Hover on the oldest version: labelled path parameters survive the declaration build.
  const oldest = compilers[0];
  const ts = createRequire(join(oldest.dir, 'package.json'))(oldest.dir);
  const dir = join(app, 'node16-ESM-');
  const file = join(dir, 'index.ts');
  const source = readFileSync(file, 'utf8');
  const options = ts.parseJsonConfigFileContent(JSON.parse(readFileSync(join(dir, 'tsconfig.json'), 'utf8')), ts.sys, dir).options;
  const service = ts.createLanguageService(
    {
      getCompilationSettings: () => options,
      getScriptFileNames: () => [file],
      getScriptVersion: () => '1',
      getScriptSnapshot: (name) => (existsSync(name) ? ts.ScriptSnapshot.fromString(readFileSync(name, 'utf8')) : undefined),
      getCurrentDirectory: () => dir,
      getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
      fileExists: ts.sys.fileExists,
      readFile: ts.sys.readFile,
      readDirectory: ts.sys.readDirectory,
      directoryExists: ts.sys.directoryExists,
      getDirectories: ts.sys.getDirectories,
      realpath: ts.sys.realpath,
    },
    ts.createDocumentRegistry(),
  );
  const hover = (marker) => ts.displayPartsToString(service.getQuickInfoAtPosition(file, source.indexOf(marker) + marker.length - 1)?.displayParts);
  const retrieve = hover('cards.retrieve(');
  const retrievePerson = hover('accounts.retrievePerson(');
  console.log(`typescript ${oldest.version} hover on the installed package: ${retrieve.split('\n')[0].slice(0, 120)}`);
  if (!retrieve.includes('card: string') || !retrievePerson.includes('account: string, person: string')) {
    failures.push(`typescript ${oldest.version} hover`);
    console.log(`hover does not name the path parameters:\n${retrieve}\n${retrievePerson}`);
  }
  console.log(
    `typescript versions: ${compilers.map((c) => c.version).join(', ')}; ${jobs.length - failures.filter((f) => !f.endsWith('hover')).length} of ${jobs.length} compiles ok (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
} finally {
  cleanup();
}
if (failures.length > 0) {
  console.error(`failed: ${failures.join('; ')}`);
  process.exit(1);
}
