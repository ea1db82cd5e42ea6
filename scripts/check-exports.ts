/**
 * No unused exports: every `export` of a module in src/ (outside src/generated, which `npm run generate -- --check`
 * owns) must be either
 *   - public: reachable from a package entry point (package.json `exports`, `bin` and `imports`, mapped from dist/ to
 *     src/), directly or through re-exports, or
 *   - used by another module: src/ (generated code included), test/, bench/, examples/ or scripts/.
 *
 * An export used only in its own module, or nowhere, is reported and the script exits 1.
 * `--verbose` also lists the exports that only test/ uses (internal functions exported for their unit tests).
 *
 *   npx tsx scripts/check-exports.ts [--verbose]
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');
const rel = (file: string): string => relative(root, file).replaceAll('\\', '/');
const verbose = process.argv.includes('--verbose');

/**
 * Findings tolerated, each with its reason. The list may only shrink: an entry that is no longer reported fails the
 * check too, so delete it along with the export. `file#name`.
 */
const KNOWN = new Set([
  // Emitted by the generator for a bare `null` type (scripts/generate/emit.ts), which no type in scope has today.
  'src/core/schema-kit.ts#nul',
]);

/** Where a checked module lives: only these modules' exports are checked. */
const isChecked = (file: string): boolean => file.startsWith('src/') && !file.startsWith('src/generated/') && /\.m?ts$/.test(file) && !file.endsWith('.d.ts');

// ---- Entry points: the package's dist/ targets, mapped back to src/ ---------------------------------------------------
type Targets = string | null | { [condition: string]: Targets } | Targets[];
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { exports: Targets; imports?: Targets; bin?: Record<string, string> };
function distTargets(value: Targets, out: Set<string>): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) for (const v of value) distTargets(v, out);
  else if (value) for (const v of Object.values(value)) distTargets(v, out);
  return out;
}
const entries = new Set<string>();
for (const target of distTargets([pkg.exports, pkg.imports ?? null, ...Object.values(pkg.bin ?? {})], new Set())) {
  const m = /^\.\/dist\/(?:esm\/)?(.+)\.(?:c|m)?js$/.exec(target);
  if (m) entries.add(`src/${m[1]}.ts`);
}

// ---- The program: the tsconfig's files (src, test, examples, bench, configs) plus scripts/ ------------------------------
const config = ts.getParsedCommandLineOfConfigFile(resolve(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => console.error(d.messageText) });
if (!config) throw new Error('tsconfig.json could not be read');
const scripts = ts.sys.readDirectory(resolve(root, 'scripts'), ['.ts'], undefined, undefined);
const program = ts.createProgram({ rootNames: [...config.fileNames, ...scripts], options: { ...config.options, noEmit: true } });
const checker = program.getTypeChecker();
const sources = program.getSourceFiles().filter((sf) => !sf.isDeclarationFile && !rel(sf.fileName).startsWith('node_modules/'));

for (const entry of entries) if (!program.getSourceFile(resolve(root, entry))) throw new Error(`entry point ${entry} (from package.json) is not in the program`);

const original = (symbol: ts.Symbol): ts.Symbol => (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);

// Public: everything an entry point exports, through `export *` and `export { … } from`.
const publicSymbols = new Set<ts.Symbol>();
for (const entry of entries) {
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(resolve(root, entry))!);
  if (moduleSymbol) for (const symbol of checker.getExportsOfModule(moduleSymbol)) publicSymbols.add(original(symbol));
}

// ---- The exports to account for: every export declared in a checked module, public ones aside ------------------------
interface Candidate {
  file: string;
  where: string;
  usedIn: Set<string>;
}
const candidates = new Map<ts.Symbol, Candidate>();
for (const sf of sources) {
  const file = rel(sf.fileName);
  if (!isChecked(file) || entries.has(file)) continue;
  const moduleSymbol = checker.getSymbolAtLocation(sf);
  if (!moduleSymbol) continue; // not a module
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    // A re-export (`export { x } from './y.js'`, `export * from`) is accounted for where `x` is declared.
    const declaration = exported.declarations?.find((d) => d.getSourceFile() === sf);
    if (exported.flags & ts.SymbolFlags.Alias || !declaration || publicSymbols.has(exported)) continue;
    candidates.set(exported, { file, where: `${file}:${sf.getLineAndCharacterOfPosition(declaration.getStart()).line + 1} ${exported.name}`, usedIn: new Set() });
  }
}
const names = new Set([...candidates.keys()].map((s) => s.name));

// ---- Where each is referenced (its own declaration's name aside): only identifiers of a candidate's name are resolved.
for (const sf of sources) {
  const file = rel(sf.fileName);
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && names.has(node.text)) {
      const symbol = checker.getSymbolAtLocation(node);
      if (symbol) {
        for (const s of new Set([symbol, original(symbol)])) {
          const candidate = candidates.get(s);
          if (candidate && !s.declarations?.some((d) => ts.getNameOfDeclaration(d) === node)) candidate.usedIn.add(file);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

// ---- The verdicts ---------------------------------------------------------------------------------------------------
const unused: string[] = [];
const ownModuleOnly: string[] = [];
const testOnly: string[] = [];
const known: string[] = [];
const stillKnown = new Set<string>();
for (const [symbol, { file, where, usedIn }] of candidates) {
  const users = [...usedIn].filter((f) => f !== file);
  if (users.length === 0) {
    const key = `${file}#${symbol.name}`;
    if (KNOWN.has(key)) {
      stillKnown.add(key);
      known.push(`${where} (${usedIn.has(file) ? 'own module only' : 'unused'})`);
    } else (usedIn.has(file) ? ownModuleOnly : unused).push(where);
  } else if (users.every((f) => f.startsWith('test/'))) testOnly.push(`${where} (${users.join(', ')})`);
}

if (verbose && testOnly.length > 0) console.log(`Exported for test/ only (${testOnly.length}):\n  ${testOnly.join('\n  ')}`);
if (verbose && known.length > 0) console.log(`Known findings, tolerated (${known.length}):\n  ${known.join('\n  ')}`);
const stale = [...KNOWN].filter((key) => !stillKnown.has(key));
if (stale.length > 0) console.error(`No longer reported: delete from KNOWN in scripts/check-exports.ts (${stale.length}):\n  ${stale.join('\n  ')}`);
if (unused.length + ownModuleOnly.length + stale.length > 0) {
  const from = `not reachable from a package entry point (${[...entries].join(', ')}) and imported by no other module`;
  if (ownModuleOnly.length > 0)
    console.error(`Exported, but used only in their own module (${ownModuleOnly.length}), ${from}: drop the \`export\`.\n  ${ownModuleOnly.join('\n  ')}`);
  if (unused.length > 0) console.error(`Unused exports (${unused.length}), used nowhere and ${from}: dead code, remove it.\n  ${unused.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-exports: every export of src/ is public or used (${entries.size} entry points, ${sources.length} files; ${known.length} known findings tolerated).`);
