// Runs the runtime smoke (smoke.mjs) on Bun, Deno and workerd (with and without nodejs_compat), each
// from its npm package (devDependencies bun, deno, workerd: binaries inside the packages, nothing is
// downloaded at run time), against the packed and installed package. Node serves the Stripe API on
// 127.0.0.1 (the in-memory mock of the repository's dist/testing behind node:http) and checks every
// runtime's requests. A runtime whose binary is missing or does not start is skipped with the reason
// printed; a runtime that fails, hangs or does not exit fails the run. Run after `npm run build`.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { build } from 'esbuild';
import { installTarball, ROOT } from '../package/install-tarball.mjs';

const TIMEOUT_MS = 30_000;
const HERE = import.meta.dirname;
const { createMockStripe } = await import(join(ROOT, 'dist/testing/index.js'));

/** Runs a command; resolves with its exit code and output, kills it (and fails) past the timeout. */
function run(cmd, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${cmd} ${args.join(' ')} did not exit within ${TIMEOUT_MS / 1000} s\n${stdout}\n${stderr}`));
    }, TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The first existing path of a runtime's binary, and whether it starts (`--version`). */
async function findBinary(name, candidates) {
  const path = candidates.map((p) => join(ROOT, 'node_modules', p)).find((p) => existsSync(p));
  if (!path) return { skip: `${name}: no binary in node_modules (looked for ${candidates.join(', ')}); run npm ci` };
  const version = await run(path, ['--version'], {}).catch((error) => ({ code: -1, stdout: '', stderr: error.message }));
  if (version.code !== 0) return { skip: `${name}: ${path} does not start: ${version.stderr.trim().split('\n')[0]}` };
  return { path, version: version.stdout.match(/\d+\.\d+\.\d+|\d{4}-\d{2}-\d{2}/)?.[0] ?? version.stdout.trim() };
}

// --- the package, as a user installs it --------------------------------------------------------------
const started = performance.now();
const { app, scratch, pkg, cleanup } = installTarball({ prefix: 'cardplane-runtimes-' });
const results = [];
let server;
try {
  for (const file of ['smoke.mjs', 'cli.mjs', 'worker.mjs']) copyFileSync(join(HERE, file), join(app, file));

  // The mock part runs where cardplane/testing loads without msw (an optional peer, not installed here).
  const testingFiles = ['dist/testing/index.js', 'dist/esm/testing/index.js'].map((f) => readFileSync(join(pkg, f), 'utf8'));
  const needsMsw = testingFiles.some((code) => /\bfrom\s*["']msw["']/.test(code));
  const mock = !needsMsw;
  if (needsMsw) console.log('runtime smoke: mock part skipped: cardplane/testing still imports msw at load (an optional peer the scratch install does not have)');

  // --- the Stripe API on 127.0.0.1 ------------------------------------------------------------------
  const stripe = createMockStripe();
  let seen = [];
  server = createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const body = Buffer.concat(chunks);
    seen.push({ method: req.method, path: req.url, authorization: req.headers.authorization, userAgent: req.headers['user-agent'] });
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
    const answer = await stripe.fetch(new Request(`https://api.stripe.com${req.url}`, { method: req.method, headers, body: body.length ? body : undefined }));
    res.writeHead(answer.status, Object.fromEntries(answer.headers));
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${server.address().port}`;

  /** Checks one runtime's smoke result and the requests the server saw from it. */
  const checkResult = (name, result) => {
    assert.equal(result.globalFetchCalls, 5, `${name}: calls through the global fetch`);
    assert.equal(seen.length, 5, `${name}: requests the server saw: ${JSON.stringify(seen)}`);
    assert.ok(seen.every((r) => r.authorization === 'Bearer sk_test_smoke'), `${name}: every request carries the key`);
    assert.deepEqual(
      seen.map((r) => `${r.method} ${r.path.split('?')[0]}`),
      ['POST /v1/issuing/cardholders', 'POST /v1/issuing/cards', `GET /v1/issuing/cards/${result.client.card}`, 'GET /v1/issuing/cards', 'GET /v1/issuing/cards/ic_missing'],
      `${name}: requests`,
    );
    assert.deepEqual(result.authorizations, { approved: { approved: true }, declined: { approved: false } }, `${name}: authorization decisions`);
    assert.equal(result.mock === 'skipped', !mock, `${name}: mock part`);
  };

  const time = async (name, fn) => {
    seen = [];
    const t0 = performance.now();
    try {
      const detail = await fn();
      results.push({ name, ok: true, ms: performance.now() - t0, detail });
    } catch (error) {
      results.push({ name, ok: false, ms: performance.now() - t0, error });
    }
  };
  const skip = (name, reason) => results.push({ name, skipped: reason });

  // --- Bun and Deno: the smoke as a script in the app folder -----------------------------------------
  const cliRuntimes = [
    {
      name: 'bun',
      candidates: ['bun/bin/bun.exe', '@oven/bun-linux-x64/bin/bun', '@oven/bun-linux-x64-baseline/bin/bun'],
      args: ['--no-install', 'cli.mjs'],
      env: { BUN_INSTALL_CACHE_DIR: join(scratch, 'bun-cache'), BUN_RUNTIME_TRANSPILER_CACHE_PATH: '0', DO_NOT_TRACK: '1' },
    },
    {
      // No permission but the local server (--no-prompt: anything else throws instead of asking); no lock file.
      name: 'deno',
      candidates: ['deno/deno', '@deno/linux-x64-glibc/deno'],
      args: ['run', '--no-prompt', '--no-lock', `--allow-net=127.0.0.1`, 'cli.mjs'],
      env: { DENO_DIR: join(scratch, 'deno-dir'), DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' },
    },
  ];
  for (const rt of cliRuntimes) {
    const bin = await findBinary(rt.name, rt.candidates);
    if (bin.skip) {
      skip(rt.name, bin.skip);
      continue;
    }
    await time(`${rt.name} ${bin.version}`, async () => {
      const out = await run(bin.path, [...rt.args, baseUrl, mock ? '1' : '0'], { cwd: app, env: { PATH: process.env.PATH, HOME: scratch, ...rt.env } });
      assert.equal(out.code, 0, `${rt.name} exited with ${out.code}\n${out.stdout}\n${out.stderr}`);
      const line = out.stdout.split('\n').find((l) => l.startsWith('SMOKE '));
      assert.ok(line, `${rt.name} printed no result\n${out.stdout}\n${out.stderr}`);
      const result = JSON.parse(line.slice(6));
      checkResult(rt.name, result);
      return result;
    });
  }

  // --- workerd: the smoke bundled as wrangler does, served by workerd from a generated config ----------
  const workerd = await findBinary('workerd', ['workerd/bin/workerd', '@cloudflare/workerd-linux-64/bin/workerd']);
  if (workerd.skip) {
    skip('workerd', workerd.skip);
    skip('workerd nodejs_compat', workerd.skip);
  } else {
    const workerDir = join(scratch, 'worker');
    mkdirSync(workerDir);
    const bundle = await build({
      entryPoints: [join(app, 'worker.mjs')],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      conditions: ['workerd', 'worker', 'browser'],
      target: 'es2022',
      outfile: join(workerDir, 'worker.js'),
      external: mock ? [] : ['cardplane/testing'],
      metafile: true,
      logLevel: 'silent',
    });
    const imports = Object.values(bundle.metafile.inputs).flatMap((i) => i.imports.map((imp) => imp.path));
    assert.deepEqual(
      imports.filter((p) => p.startsWith('node:')),
      [],
      'the worker bundle imports node: modules',
    );
    // nodejs_compat is the default from 2026-08-04: the plain run turns it off (no_nodejs_compat).
    for (const compat of [false, true]) {
      const name = `workerd ${workerd.version}${compat ? ' nodejs_compat' : ''}`;
      await time(name, async () => {
        const config = join(workerDir, `config-${compat ? 'compat' : 'plain'}.capnp`);
        writeFileSync(
          config,
          `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .smokeWorker),
    (name = "loopback", network = (allow = ["local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "main")],
);
const smokeWorker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = "2026-11-01",
  compatibilityFlags = [${compat ? '"nodejs_compat"' : '"no_nodejs_compat"'}],
  globalOutbound = "loopback",
);
`,
        );
        const result = await serveWorker(workerd.path, config, workerDir, `/?api=${encodeURIComponent(baseUrl)}&mock=${mock ? 1 : 0}`);
        checkResult(name, result);
        // The case the detection is for: with nodejs_compat workerd looks like Node (process.versions.node).
        assert.equal(result.userAgent, 'Cloudflare-Workers', `${name}: navigator.userAgent`);
        if (compat) assert.equal(typeof result.processVersionsNode, 'string', `${name}: process.versions.node is not set: the nodejs_compat case is not exercised`);
        else assert.equal(result.processVersionsNode, undefined, `${name}: process.versions.node`);
        return result;
      });
    }
  }
} finally {
  server?.close();
  cleanup();
}

/** Starts workerd on a config (port 0, reported on the control fd), GETs `path`, stops it. */
function serveWorker(bin, config, cwd, path) {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, ['serve', config, '--control-fd=3'], { cwd, stdio: ['ignore', 'pipe', 'pipe', 'pipe'], env: { PATH: process.env.PATH } });
    let output = '';
    let control = '';
    let settled = false;
    const finish = (error, value) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      if (error) reject(new Error(`${error.message}\nworkerd output:\n${output}`));
      else resolve(value);
    };
    const timer = setTimeout(() => finish(new Error(`workerd did not answer within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (error) => finish(error));
    child.on('exit', (code) => finish(new Error(`workerd exited with ${code} before answering`)));
    child.stdio[3].on('data', async (d) => {
      control += d;
      const listen = control
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
        .find((m) => m.event === 'listen' && m.socket === 'http');
      if (!listen || settled) return;
      try {
        const response = await fetch(`http://127.0.0.1:${listen.port}${path}`);
        const text = await response.text();
        if (response.status !== 200) throw new Error(`the worker answered ${response.status}: ${text}`);
        finish(undefined, JSON.parse(text));
      } catch (error) {
        finish(error);
      }
    });
  });
}

// --- report ---------------------------------------------------------------------------------------------
let passed = 0;
let failed = 0;
for (const r of results) {
  if (r.skipped) console.log(`runtime smoke: SKIPPED ${r.name}: ${r.skipped}`);
  else if (r.ok) {
    passed++;
    console.log(`runtime smoke: ok ${r.name} (${Math.round(r.ms)} ms)`);
  } else {
    failed++;
    console.log(`runtime smoke: FAILED ${r.name} (${Math.round(r.ms)} ms)\n${r.error?.stack ?? r.error}`);
  }
}
const skipped = results.filter((r) => r.skipped).length;
console.log(`runtime smoke: ${passed} passed, ${failed} failed, ${skipped} skipped (${((performance.now() - started) / 1000).toFixed(1)} s with pack and install)`);
if (failed > 0 || passed === 0) process.exit(1);
