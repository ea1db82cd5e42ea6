/**
 * Every ```ts block of README.md and docs/**\/*.md compiles against the package's public API.
 *
 * Each block is written as its own module (`export {}` appended, so top-level await works and names do not
 * collide) to a scratch folder, and all blocks are type-checked in ONE TypeScript program with the
 * repository's compiler. `cardplane`, `cardplane/webhooks`, `cardplane/testing`, … resolve to the sources
 * of the entry points named in package.json `exports`. A block whose info string is `ts nocheck` is skipped.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
// The repository's compiler by path (node_modules/.bin/tsc may be an older alias, see vitest.config.ts).
const ts = createRequire(import.meta.url)(join(root, 'node_modules/typescript')) as typeof import('typescript');

/** package.json `exports` subpath → the source file of that entry point. */
const ENTRY_SOURCES: Record<string, string> = {
  cardplane: 'src/index.ts',
  'cardplane/webhooks': 'src/webhooks/index.ts',
  'cardplane/testing': 'src/testing/index.ts',
  'cardplane/testing/msw': 'src/testing/msw.ts',
  'cardplane/testing/server': 'src/testing/server.ts',
};

interface Block {
  file: string; // relative to the repository
  line: number; // line of the first code line in the markdown file (1-based)
  code: string;
}

function markdownFiles(): string[] {
  const out = [join(root, 'README.md')];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (path !== join(root, 'docs/api')) walk(path); // typedoc output, not ours
      } else if (entry.name.endsWith('.md')) out.push(path);
    }
  };
  walk(join(root, 'docs'));
  return out;
}

function extractBlocks(path: string): Block[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const blocks: Block[] = [];
  let open: { info: string; start: number; body: string[] } | undefined;
  lines.forEach((text, i) => {
    const fence = /^\s*```(.*)$/.exec(text);
    if (!open) {
      if (fence) open = { info: fence[1]!.trim(), start: i + 2, body: [] };
      return;
    }
    if (fence && fence[1]!.trim() === '') {
      const [lang, ...flags] = open.info.split(/\s+/);
      if ((lang === 'ts' || lang === 'typescript') && !flags.includes('nocheck')) {
        blocks.push({ file: relative(root, path), line: open.start, code: open.body.join('\n') });
      }
      open = undefined;
      return;
    }
    open.body.push(text);
  });
  return blocks;
}

const scratch = join(root, 'node_modules/.cache');
mkdirSync(scratch, { recursive: true });
// Inside the repository, so that `vitest`, `msw/node` and `@types/node` resolve from its node_modules.
const dir = mkdtempSync(join(scratch, 'docs-code-blocks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('every ```ts block of README.md and docs/ type-checks against the public API', () => {
  const blocks = markdownFiles().flatMap(extractBlocks);
  expect(blocks.length).toBeGreaterThan(0);

  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n'); // each block is an ES module
  const origin = new Map<string, Block>();
  const rootNames = blocks.map((block, i) => {
    const name = join(dir, `${block.file.replace(/[^A-Za-z0-9]+/g, '_')}_${block.line}_${i}.ts`);
    writeFileSync(name, `${block.code}\nexport {};\n`);
    origin.set(name, block);
    return name;
  });

  const options: import('typescript').CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noUncheckedIndexedAccess: true,
    esModuleInterop: true,
    skipLibCheck: true,
    resolveJsonModule: true,
    noEmit: true,
    types: ['node'],
    typeRoots: [join(root, 'node_modules/@types')],
    paths: Object.fromEntries(Object.entries(ENTRY_SOURCES).map(([name, src]) => [name, [join(root, src)]])),
  };
  const program = ts.createProgram({ rootNames, options });
  const problems = ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    const block = d.file ? origin.get(d.file.fileName) : undefined;
    if (!d.file || d.start === undefined) return `(global): ${message}`;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    if (!block) return `${relative(root, d.file.fileName)}:${line + 1}:${character + 1}: ${message}`;
    return `${block.file}:${block.line + line}:${character + 1}: TS${d.code} ${message}`;
  });
  expect(problems, `${problems.length} diagnostic(s) in ${blocks.length} code blocks:\n${problems.join('\n')}`).toEqual([]);
}, 120_000);
