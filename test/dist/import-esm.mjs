// Imports the built package by its own name (self-reference through the exports map), as an ESM user would.
import assert from 'node:assert/strict';
import { Cardplane, CardplaneValidationError, APIError, NotFoundError, API_VERSIONS } from 'cardplane';
import * as webhooks from 'cardplane/webhooks';
import { createMockStripe } from 'cardplane/testing';

const mock = createMockStripe();
const cp = new Cardplane({ apiKey: 'sk_test_dist_esm', fetch: mock.fetch, strict: true });
const program = await cp.issuing.programs.create({ platform_program: 'iprg_dist', is_default: true }, { stripeAccount: 'acct_dist' });
assert.equal(program.object, 'issuing.program');
await assert.rejects(cp.issuing.programs.create({}), CardplaneValidationError);
await assert.rejects(cp.issuing.programs.retrieve('iprg_missing'), NotFoundError);
assert.equal(typeof APIError, 'function');
assert.equal(typeof API_VERSIONS.v1, 'string');
assert.equal(typeof webhooks, 'object');
console.log('dist ESM import: ok');
