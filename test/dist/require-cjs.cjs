// Requires the built package by its own name (self-reference through the exports map), as a CommonJS user would.
const assert = require('node:assert/strict');
const { Cardplane, CardplaneValidationError, NotFoundError, API_VERSIONS } = require('cardplane');
const webhooks = require('cardplane/webhooks');
const { createMockStripe } = require('cardplane/testing');
const { IssuingCardSchema } = require('cardplane/schemas');

(async () => {
  const mock = createMockStripe();
  const cp = new Cardplane({ apiKey: 'sk_test_dist_cjs', fetch: mock.fetch, strict: true });
  const program = await cp.issuing.programs.create({ platform_program: 'iprg_dist' });
  assert.equal(program.platform_program, 'iprg_dist');
  await assert.rejects(cp.issuing.programs.create({}), CardplaneValidationError);
  await assert.rejects(cp.issuing.programs.retrieve('iprg_missing'), NotFoundError);
  assert.equal(typeof API_VERSIONS.v2Accounts, 'string');
  assert.equal(typeof webhooks, 'object');
  assert.equal(IssuingCardSchema.safeParse({ id: 'ic_1' }).success, false);
  await assert.rejects(cp.issuing.cards.create({ type: 'virtual' }), (e) => e instanceof CardplaneValidationError && e.issues.some((i) => i.field === 'currency'));
  console.log('dist CJS require: ok');
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
