// Imports the built package by its own name (self-reference through the exports map), as an ESM user would.
import assert from 'node:assert/strict';
import { Cardplane, CardplaneValidationError, APIError, NotFoundError, API_VERSIONS } from 'cardplane';
import * as webhooks from 'cardplane/webhooks';
import { createMockStripe } from 'cardplane/testing';

const mock = createMockStripe();
const cp = new Cardplane({ apiKey: 'sk_test_dist_esm', fetch: mock.fetch, strict: true });
const acct = await cp.accounts.create({ type: 'custom', country: 'US' });
const program = await cp.issuing.programs.create({ platform_program: 'iprg_dist', is_default: true }, { stripeAccount: acct.id });
await assert.rejects(cp.issuing.programs.list({}, { stripeAccount: 'acct_unknown' }), (e) => e.status === 403);
assert.equal(program.object, 'issuing.program');
await assert.rejects(cp.issuing.programs.create({}), CardplaneValidationError);
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
