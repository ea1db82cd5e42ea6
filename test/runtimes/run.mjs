// Runs the runtime smoke (smoke.mjs) against the packed and installed package on:
// - Node: the Node running this script and Node 22 and 24 (devDependencies node22, node24: npm:node@22/24,
//   whose install puts the platform's binary in node_modules/node2x/bin), by `import` (cli.mjs) and by
//   `require` (cli.cjs); the client must send with node:http (keep-alive), never the global fetch;
// - Bun, Deno and workerd (with and without nodejs_compat), each from its npm package (devDependencies
//   bun, deno, workerd); the client must send every call through the global fetch;
// - Vercel Edge: the smoke bundled as for the Edge Runtime (conditions edge-light, worker, browser), run in
//   the edge-runtime package's EdgeVM (Vercel's emulator: web globals only, no eval), as it comes and with a
//   Node-like `process.versions.node` (the detection must take the EdgeRuntime global over it);
// - browsers, cardplane/webhooks only: the webhooks part bundled for esbuild's browser platform, run in a
//   bare V8 context (node:vm) that has the JavaScript built-ins and the web globals it is given, nothing else.
// Every binary is inside an npm package; nothing is downloaded at run time. Node serves the Stripe API on
// 127.0.0.1 (the in-memory mock of the repository's dist/testing behind node:http) and checks every
// runtime's requests. A runtime whose binary is missing or does not start is skipped with the reason
// printed; a runtime that fails, hangs or does not exit fails the run. Run after `npm run build`.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createContext, runInContext } from 'node:vm';
import { builtinModules } from 'node:module';
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
  for (const file of ['smoke.mjs', 'cli.mjs', 'cli.cjs', 'worker.mjs', 'edge.mjs', 'browser.mjs']) copyFileSync(join(HERE, file), join(app, file));

  // The mock part runs where cardplane/testing loads without msw (an optional peer, not installed here).
  const testingFiles = ['dist/testing/index.js', 'dist/esm/testing/index.js'].map((f) => readFileSync(join(pkg, f), 'utf8'));
  const needsMsw = testingFiles.some((code) => /\bfrom\s*["']msw["']/.test(code));
  const mock = !needsMsw;
  if (needsMsw) console.log('runtime smoke: mock part skipped: cardplane/testing still imports msw at load (an optional peer the scratch install does not have)');

  // --- the Stripe API on 127.0.0.1 ------------------------------------------------------------------
  const stripe = createMockStripe();
  let seen = [];
  const connections = new WeakMap();
  let nextConnection = 0;
  server = createServer(async (req, res) => {
    if (!connections.has(req.socket)) connections.set(req.socket, ++nextConnection);
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const body = Buffer.concat(chunks);
    seen.push({ method: req.method, path: req.url, authorization: req.headers.authorization, userAgent: req.headers['user-agent'], connection: connections.get(req.socket) });
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
    const answer = await stripe.fetch(new Request(`https://api.stripe.com${req.url}`, { method: req.method, headers, body: body.length ? body : undefined }));
    res.writeHead(answer.status, Object.fromEntries(answer.headers));
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${server.address().port}`;

  /**
   * Checks one runtime's smoke result and the requests the server saw from it. `nodeHttp` (Node): no call
   * through the global fetch, and keep-alive: the two clients of the smoke send their 5 requests on at
   * most 2 connections.
   */
  const checkResult = (name, result, { nodeHttp = false } = {}) => {
    assert.equal(result.globalFetchCalls, nodeHttp ? 0 : 5, `${name}: calls through the global fetch`);
    result.connections = new Set(seen.map((r) => r.connection)).size;
    if (nodeHttp) assert.ok(result.connections <= 2, `${name}: 5 requests on ${result.connections} connections: node:http keep-alive does not reuse them`);
    assert.equal(seen.length, 5, `${name}: requests the server saw: ${JSON.stringify(seen)}`);
    assert.ok(
      seen.every((r) => r.authorization === 'Bearer sk_test_smoke'),
      `${name}: every request carries the key`,
    );
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

  // --- Node: this one, 22 and 24, by import and by require ---------------------------------------------
  const nodes = [{ name: 'node', path: process.execPath, version: process.versions.node }];
  for (const major of [22, 24]) {
    const bin = await findBinary(`node ${major}`, [`node${major}/bin/node`, `node${major}/bin/node.exe`]);
    if (bin.skip) skip(`node ${major}`, bin.skip);
    else if (!bin.version.startsWith(`${major}.`)) skip(`node ${major}`, `node_modules/node${major} holds Node ${bin.version}`);
    else nodes.push({ name: `node ${major}`, ...bin });
  }
  for (const node of nodes) {
    for (const entry of ['cli.mjs', 'cli.cjs']) {
      await time(`node ${node.version} ${entry === 'cli.mjs' ? 'import' : 'require'}`, async () => {
        const out = await run(node.path, [entry, baseUrl, mock ? '1' : '0', 'node-http'], { cwd: app, env: { PATH: process.env.PATH, HOME: scratch } });
        assert.equal(out.code, 0, `${node.name} ${entry} exited with ${out.code}\n${out.stdout}\n${out.stderr}`);
        const line = out.stdout.split('\n').find((l) => l.startsWith('SMOKE '));
        assert.ok(line, `${node.name} ${entry} printed no result\n${out.stdout}\n${out.stderr}`);
        const result = JSON.parse(line.slice(6));
        checkResult(`${node.name} ${entry}`, result, { nodeHttp: true });
        assert.equal(result.processVersionsNode, node.version, `${node.name}: process.versions.node`);
        result.note = `node:http, 5 requests on ${result.connections} connections`;
        return result;
      });
    }
  }

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

  // --- Vercel Edge: the smoke bundled as Vercel does, in the edge-runtime package's EdgeVM -------------
  const edgePackage = join(ROOT, 'node_modules/edge-runtime/package.json');
  if (!existsSync(edgePackage)) {
    skip('edge-runtime', 'no node_modules/edge-runtime; run npm ci');
  } else {
    const edgeVersion = JSON.parse(readFileSync(edgePackage, 'utf8')).version;
    let edge;
    const edgeBundle = () =>
      (edge ??= scriptBundle('edge.mjs', { platform: 'neutral', conditions: ['edge-light', 'worker', 'browser', 'module'], mainFields: ['module', 'main'] }, (inputs) =>
        assert.ok(
          inputs.some((p) => p.endsWith('dist/esm/core/internal/no-node-fetch.js')),
          'the edge bundle does not hold the #node-fetch stub',
        ),
      ));
    const { EdgeRuntime } = await import('edge-runtime');
    // As the emulator comes (no `process`), then with a Node-like `process.versions.node`: only the EdgeRuntime
    // global then keeps the client off the Node path (the bundle's #node-fetch stub throws if it is taken).
    for (const nodeLike of [false, true]) {
      const name = `edge-runtime ${edgeVersion}${nodeLike ? ' with process.versions.node' : ''}`;
      await time(name, async () => {
        const runtime = new EdgeRuntime({
          extend: (context) => {
            if (nodeLike) context.process = { env: {}, versions: { node: '22.0.0' } };
            return context;
          },
        });
        assert.equal(runtime.evaluate('typeof require + typeof Buffer + typeof EdgeRuntime'), 'undefinedundefinedstring', `${name}: the context`);
        runtime.evaluate(await edgeBundle());
        const json = await withTimeout(runtime.evaluate(`__cardplaneSmoke(${JSON.stringify({ baseUrl, mock })})`), name);
        const result = JSON.parse(json);
        checkResult(name, result);
        assert.equal(result.edgeRuntime, 'edge-runtime', `${name}: the EdgeRuntime global`);
        assert.equal(result.processVersionsNode, nodeLike ? '22.0.0' : undefined, `${name}: process.versions.node`);
        return result;
      });
    }
  }

  // --- browsers: cardplane/webhooks bundled for the browser, in a bare V8 context ----------------------
  // What the webhooks need of a browser, nothing else: no process, require, Buffer, fetch or timers.
  const webGlobals = { crypto: globalThis.crypto, TextEncoder, TextDecoder, Request, Response, Headers };
  await time(`browser webhooks (node:vm with ${Object.keys(webGlobals).join(', ')})`, async () => {
    const browserBundle = await scriptBundle('browser.mjs', { platform: 'browser' }, (inputs) =>
      assert.ok(!inputs.some((p) => /[\\/]dist[\\/]esm[\\/]index\.js$/.test(p)), 'the webhooks bundle holds the client entry (dist/esm/index.js)'),
    );
    const context = createContext({ ...webGlobals });
    assert.equal(runInContext('typeof process + typeof require + typeof Buffer + typeof fetch + typeof setTimeout', context), 'undefined'.repeat(5), 'the bare context');
    runInContext(browserBundle, context);
    const result = JSON.parse(await withTimeout(runInContext('__cardplaneSmoke()', context), 'browser webhooks'));
    assert.deepEqual(result.webhooks, { event: 'evt_smoke' }, 'webhook verification');
    assert.deepEqual(result.authorizations, { approved: { approved: true }, declined: { approved: false } }, 'authorization decisions');
    assert.equal(seen.length, 0, 'the webhooks part sent requests');
    return result;
  });

  // --- a real browser: the same webhooks bundle in headless Chromium (Debian's package; .ci/run installs it)
  const chromium = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
  if (!chromium) {
    skip('chromium webhooks', "no Chromium (/usr/bin/chromium); .ci/run installs Debian's chromium package");
  } else {
    await time('chromium webhooks', async () => {
      const browserBundle = await scriptBundle('browser.mjs', { platform: 'browser' });
      const page = `<!doctype html><meta charset="utf-8"><script>${browserBundle.replace(/<\/script/gi, '<\\/script')}</script><script>
__cardplaneSmoke().then((r) => fetch('/result', { method: 'POST', body: JSON.stringify({ ok: true, r: JSON.parse(r), ua: navigator.userAgent, node: typeof process }) }),
  (e) => fetch('/result', { method: 'POST', body: JSON.stringify({ ok: false, error: String(e && e.stack || e) }) }));
</script>`;
      let done;
      const posted = new Promise((resolve) => (done = resolve));
      const pageServer = createServer((req, res) => {
        if (req.method === 'POST' && req.url === '/result') {
          let body = '';
          req.on('data', (d) => (body += d));
          req.on('end', () => (res.end('ok'), done(JSON.parse(body))));
          return;
        }
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(page);
      });
      await new Promise((resolve) => pageServer.listen(0, '127.0.0.1', resolve));
      const profile = join(scratch, 'chromium-profile');
      const child = spawn(
        chromium,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          `--user-data-dir=${profile}`,
          `http://127.0.0.1:${pageServer.address().port}/`,
        ],
        { stdio: 'ignore' },
      );
      try {
        const got = await withTimeout(posted, 'chromium webhooks');
        assert.ok(got.ok, `chromium webhooks: ${got.error}`);
        assert.deepEqual(got.r.webhooks, { event: 'evt_smoke' }, 'chromium: webhook verification');
        assert.deepEqual(got.r.authorizations, { approved: { approved: true }, declined: { approved: false } }, 'chromium: authorization decisions');
        assert.equal(got.node, 'undefined', 'chromium: a process global');
        assert.match(got.ua, /HeadlessChrome\/(\d+)/, 'chromium: the user agent');
        return { ...got.r, version: /HeadlessChrome\/([\d.]+)/.exec(got.ua)?.[1] };
      } finally {
        child.kill('SIGKILL');
        pageServer.close();
      }
    });
  }
} finally {
  server?.close();
  cleanup();
}

/** Rejects past the timeout (for code run in this process: EdgeVM, node:vm). */
function withTimeout(promise, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not finish within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS))),
  ]).finally(() => clearTimeout(timer));
}

/**
 * One of the app folder's entries bundled into a classic script (iife) for a platform, as the given
 * conditions resolve the installed package. Fails if the bundle imports a `node:` module or a Node
 * built-in, holds the node:http fetch, or names `node:` anywhere in its code.
 */
async function scriptBundle(entry, options, checkInputs = () => {}) {
  const bundle = await build({
    entryPoints: [join(app, entry)],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    ...options,
  });
  const imports = Object.values(bundle.metafile.inputs).flatMap((i) => i.imports.map((imp) => imp.path));
  assert.deepEqual(
    imports.filter((p) => p.startsWith('node:') || builtinModules.includes(p.split('/')[0])),
    [],
    `the ${entry} bundle imports Node built-ins`,
  );
  // The files that reach the output (metafile.inputs also lists the ones tree-shaken away).
  const inputs = Object.entries(Object.values(bundle.metafile.outputs)[0].inputs)
    .filter(([, i]) => i.bytesInOutput > 0)
    .map(([p]) => p);
  assert.ok(!inputs.some((p) => p.endsWith('/node-fetch.js')), `the ${entry} bundle holds the node:http fetch`);
  checkInputs(inputs);
  const code = bundle.outputFiles[0].text;
  const named = code.match(/["'`]node:[a-z_/]+["'`]/g);
  assert.equal(named, null, `the ${entry} bundle's code names node: modules: ${named?.join(', ')}`);
  return code;
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
    console.log(`runtime smoke: ok ${r.name} (${Math.round(r.ms)} ms${r.detail?.note ? `; ${r.detail.note}` : ''})`);
  } else {
    failed++;
    console.log(`runtime smoke: FAILED ${r.name} (${Math.round(r.ms)} ms)\n${r.error?.stack ?? r.error}`);
  }
}
const skipped = results.filter((r) => r.skipped).length;
console.log(`runtime smoke: ${passed} passed, ${failed} failed, ${skipped} skipped (${((performance.now() - started) / 1000).toFixed(1)} s with pack and install)`);
if (failed > 0 || passed === 0) process.exit(1);
