// What an editor shows for a generated method: the path parameters are named after their placeholders
// (`card: string`), not `args_0`. Asked of the TypeScript language service, as VS Code does.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A language service over one consumer file (importing `from`) and whatever it reaches. */
export function consumerService(source: string, dir: string, options: ts.CompilerOptions): { service: ts.LanguageService; file: string } {
  const file = join(dir, '__hover_consumer.ts');
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => options,
    getScriptFileNames: () => [file],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => {
      const text = name === file ? source : ts.sys.readFile(name);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => dir,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (name) => name === file || ts.sys.fileExists(name),
    readFile: (name) => (name === file ? source : ts.sys.readFile(name)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  return { service: ts.createLanguageService(host, ts.createDocumentRegistry()), file };
}

/** Quick info (hover) and signature help text at the first occurrence of `marker` (cursor after it). */
export function hoverAt(service: ts.LanguageService, file: string, source: string, marker: string): { hover: string; signature: string } {
  const at = source.indexOf(marker);
  if (at < 0) throw new Error(`marker ${marker} not in the consumer`);
  const nameEnd = at + marker.length - 1; // on the method name, before `(`
  const info = service.getQuickInfoAtPosition(file, nameEnd);
  const help = service.getSignatureHelpItems(file, at + marker.length, undefined);
  const item = help?.items[0];
  const signature = item
    ? [...item.prefixDisplayParts, ...item.parameters.flatMap((p, i) => [...(i > 0 ? item.separatorDisplayParts : []), ...p.displayParts]), ...item.suffixDisplayParts]
        .map((p) => p.text)
        .join('')
    : '';
  return { hover: ts.displayPartsToString(info?.displayParts), signature };
}

/** A consumer's settings (a Node ESM project with DOM types, as an editor sees it). */
const compilerOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  skipLibCheck: true,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.asynciterable.d.ts'],
  types: [],
  noEmit: true,
};

const SOURCE = `import { Cardplane, CardplaneClient, issuingCards } from './src/index.js';
const cp = new Cardplane({ apiKey: 'sk_test_123' });
void cp.issuing.cards.retrieve('ic_123');
void cp.accounts.retrievePerson('acct_123', 'person_123');
void cp.treasury.financialAccounts.update('fa_123', {});
void new CardplaneClient({ apiKey: 'sk_test_123' }).use(issuingCards).update('ic_123', {});
`;

describe('path parameters in hovers (language service on a consumer of src/)', () => {
  const { service, file } = consumerService(SOURCE, ROOT, compilerOptions);

  it.each([
    ['cards.retrieve(', ['card: string'], 'params?:'],
    ['accounts.retrievePerson(', ['account: string', 'person: string'], 'params?:'],
    ['financialAccounts.update(', ['financial_account: string'], 'params?:'],
    ['.use(issuingCards).update(', ['card: string'], 'params?:'],
  ])('%s shows %j', (marker, names, params) => {
    const { hover, signature } = hoverAt(service, file, SOURCE, marker);
    for (const name of names) {
      expect(hover).toContain(name);
      expect(signature).toContain(name);
    }
    expect(signature).toContain(params);
    expect(hover).not.toMatch(/args_\d/);
    expect(signature).not.toMatch(/args_\d/);
  });

  it('the consumer compiles (no diagnostics)', () => {
    const diagnostics = [...service.getSyntacticDiagnostics(file), ...service.getSemanticDiagnostics(file)];
    expect(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
  });
});

describe('PathParamLabels', () => {
  it("names every placeholder of the resources' paths (none falls back to `id` unnoticed)", () => {
    const labels = readFileSync(join(ROOT, 'src/core/path-labels.ts'), 'utf8');
    const known = new Set([...labels.matchAll(/^ {2}(\w+): \[(\w+): string\];$/gm)].map((m) => (expect(m[2]).toBe(m[1]), m[1])));
    expect(known.size).toBeGreaterThan(30);
    const placeholders = new Set<string>();
    for (const entry of readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
      const code = readFileSync(join(entry.parentPath, entry.name), 'utf8');
      for (const path of code.matchAll(/'(\/v[12]\/[^']*)'/g)) for (const m of path[1]!.matchAll(/\{(\w+)\}/g)) placeholders.add(m[1]!);
    }
    expect(placeholders.size).toBeGreaterThan(10);
    expect([...placeholders].filter((p) => !known.has(p))).toEqual([]);
  });
});

const NAMED = `import { Cardplane } from './src/index.js';
const cp = new Cardplane({ apiKey: 'sk_test_123' });
export async function f() {
  const card = await cp.issuing.cards.create({ cardholder: 'ich_1', currency: 'usd', type: 'virtual' });
  const person = await cp.v2.core.accounts.persons.create('acct_1', { given_name: 'Jenny' });
  const file = await cp.files.create({ purpose: 'identity_document', file: { data: new Uint8Array(1) } });
  const status = card.status;
  return [person, file, status, cp.issuing.cards];
}
`;

describe('hovers name the types (language service on a consumer of src/)', () => {
  const { service, file } = consumerService(NAMED, ROOT, compilerOptions);
  const hover = (marker: string) => hoverAt(service, file, NAMED, marker);

  it.each([
    ['const card', 'const card: IssuingCard'],
    ['const person', 'const person: V2CoreAccountPerson'],
    ['const file', 'const file: File'],
    ['const status', 'const status: IssuingCardStatus'],
  ])('%s shows %s', (marker, expected) => {
    expect(hover(marker).hover).toBe(expected);
  });

  it.each([
    ['cards.create(', 'params: IssuingCardCreateParams', 'APIPromise<IssuingCard>'],
    ['persons.create(', 'params?: V2CoreAccountsPersonCreateParams', 'APIPromise<V2CoreAccountPerson>'],
    ['files.create(', 'params: FileCreateParams', 'APIPromise<File>'],
  ])('%s takes %s and returns %s', (marker, params, result) => {
    const { hover: text, signature } = hover(marker);
    expect(signature).toContain(params);
    expect(text).toContain(result);
    expect(text).not.toMatch(/Endpoint<|ZodMini|ResourceMethods</);
  });

  it('the consumer compiles (no diagnostics)', () => {
    const diagnostics = [...service.getSyntacticDiagnostics(file), ...service.getSemanticDiagnostics(file)];
    expect(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
  });
});
