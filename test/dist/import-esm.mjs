// Imports the built package by its own name (self-reference through the exports map), as an ESM user would.
import assert from 'node:assert/strict';
import { Cardplane, CardplaneValidationError, APIError, NotFoundError, API_VERSIONS } from 'cardplane';
import * as webhooks from 'cardplane/webhooks';
import { createMockStripe } from 'cardplane/testing';
import { IssuingCardSchema } from 'cardplane/schemas';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

// Importing the client compiles no generated schema: dist/index.js and the chunks it imports statically
// hold none (esbuild names each source file it bundles in a `// src/…` comment); they are imported per
// resource by the first call that needs them.
const distDir = dirname(fileURLToPath(import.meta.resolve('cardplane')));
const seen = new Set();
const walk = (file) => {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(join(distDir, file), 'utf8');
  assert.ok(!code.includes('// src/generated/schemas/'), `${file} (imported statically by cardplane) holds generated schemas`);
  for (const m of code.matchAll(/^import\s[^;]*?["'](\.\/[^"']+)["']/gm)) walk(m[1].slice(2));
};
walk('index.js');
assert.ok(seen.size > 1, 'walked the static imports of dist/index.js');

const mock = createMockStripe();
const cp = new Cardplane({ apiKey: 'sk_test_dist_esm', fetch: mock.fetch, strict: true });
const acct = await cp.accounts.create({ type: 'custom', country: 'US' });
const program = await cp.issuing.programs.create({ platform_program: 'iprg_dist', is_default: true }, { stripeAccount: acct.id });
await assert.rejects(cp.issuing.programs.list({}, { stripeAccount: 'acct_unknown' }), (e) => e.status === 403);
assert.equal(program.object, 'issuing.program');
await assert.rejects(cp.issuing.programs.create({}), CardplaneValidationError);
// A resource's first call loads its schemas and checks with them: the field is named, nothing is sent.
await assert.rejects(cp.issuing.cards.create({ type: 'virtual' }, { stripeAccount: acct.id }), (e) => e instanceof CardplaneValidationError && e.issues.some((i) => i.field === 'currency'));
// cardplane/schemas: the schemas themselves, synchronously.
assert.equal(IssuingCardSchema.safeParse({ id: 'ic_1' }).success, false);
await assert.rejects(cp.issuing.programs.retrieve('iprg_missing'), NotFoundError);
assert.equal(typeof APIError, 'function');
assert.equal(typeof API_VERSIONS.v1, 'string');
assert.equal(typeof webhooks, 'object');
const { mswHandlers } = await import('cardplane/testing/msw');
// The API host, and the upload host (files.create) when the base URL is Stripe's; one handler for a base URL of one's own.
assert.equal(mswHandlers(mock).length, 2);
assert.equal(mswHandlers(mock, { baseUrl: 'http://127.0.0.1:9999' }).length, 1);
const { startMockServer } = await import('cardplane/testing/server');
const server = await startMockServer({ port: 0 });
const res = await fetch(`${server.url}/v1/issuing/cardholders`, { headers: { authorization: 'Bearer sk_test_dist' } });
assert.equal(res.status, 200);
await server.close();
console.log('dist ESM import: ok');
