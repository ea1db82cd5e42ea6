import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Cardplane, CardplaneConfigurationError } from '../../src/index.js';
import { startServer, type TestServer } from '../helpers/server.js';

const KEY = 'sk_test_51ConnectContextKey00000';
const V2_ACCOUNT = { id: 'acct_1', object: 'v2.core.account', created: '2026-01-01T00:00:00.000Z', livemode: false };

let server: TestServer;
beforeAll(async () => {
  server = await startServer((req) => ({ body: req.path.startsWith('/v2/') ? V2_ACCOUNT : { object: 'list', url: req.path, has_more: false, data: [] } }));
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});
const client = (extra: Partial<ConstructorParameters<typeof Cardplane>[0]> = {}) => new Cardplane({ apiKey: KEY, baseUrl: server.url, maxRetries: 0, logLevel: 'off', ...extra });
const last = () => server.requests.at(-1)!;
const connect = () => ({ account: last().headers['stripe-account'], context: last().headers['stripe-context'] });

describe('one rule: v2 calls carry Stripe-Context, v1 calls Stripe-Account', () => {
  it('a per-call stripeAccount on a v2 call is sent as Stripe-Context (v2 ignores Stripe-Account)', async () => {
    const cp = client();
    await cp.v2.core.accounts.retrieve('acct_1', {}, { stripeAccount: 'acct_A' });
    expect(connect()).toEqual({ account: undefined, context: 'acct_A' });
    await cp.rawRequest('POST', '/v2/core/accounts/acct_1', { display_name: 'x' }, { stripeAccount: 'acct_B' });
    expect(connect()).toEqual({ account: undefined, context: 'acct_B' });
  });

  it('the same per-call stripeAccount on a v1 call is Stripe-Account', async () => {
    await client().issuing.cards.list({}, { stripeAccount: 'acct_A' });
    expect(connect()).toEqual({ account: 'acct_A', context: undefined });
  });

  it('every way of setting the account gives the same headers', async () => {
    const ways = [
      client().forAccount('acct_W'),
      client().withOptions({ stripeAccount: 'acct_W' }),
      client({ defaults: { stripeAccount: 'acct_W' } }),
      client().forAccount('acct_other').withOptions({ stripeAccount: 'acct_W' }),
    ];
    for (const cp of ways) {
      await cp.v2.core.accounts.retrieve('acct_1');
      expect(connect()).toEqual({ account: undefined, context: 'acct_W' });
      await cp.issuing.cards.list();
      expect(connect()).toEqual({ account: 'acct_W', context: undefined });
    }
  });

  it('stripeContext is sent as Stripe-Context on v1 and v2 (it may be a path)', async () => {
    const cp = client();
    await cp.v2.core.accounts.retrieve('acct_1', {}, { stripeContext: 'acct_1/acct_2' });
    expect(connect()).toEqual({ account: undefined, context: 'acct_1/acct_2' });
    await cp.issuing.cards.list({}, { stripeContext: 'acct_3' });
    expect(connect()).toEqual({ account: undefined, context: 'acct_3' });
  });

  it('a per-call setting replaces the client one, whichever field each uses', async () => {
    const viaAccount = client().forAccount('acct_F');
    await viaAccount.v2.core.accounts.retrieve('acct_1', {}, { stripeContext: 'acct_G/acct_H' });
    expect(connect()).toEqual({ account: undefined, context: 'acct_G/acct_H' });
    await viaAccount.issuing.cards.list({}, { stripeContext: 'acct_G' });
    expect(connect()).toEqual({ account: undefined, context: 'acct_G' });
    const viaContext = client().withOptions({ stripeContext: 'acct_C' });
    await viaContext.v2.core.accounts.retrieve('acct_1', {}, { stripeAccount: 'acct_D' });
    expect(connect()).toEqual({ account: undefined, context: 'acct_D' });
    await viaContext.issuing.cards.list({}, { stripeAccount: 'acct_D' });
    expect(connect()).toEqual({ account: 'acct_D', context: undefined });
  });
});

describe('both stripeAccount and stripeContext at the same level', () => {
  const both = { stripeAccount: 'acct_1', stripeContext: 'acct_2' };

  it('per call: CardplaneConfigurationError from the returned promise, nothing sent (v1, v2, rawRequest)', async () => {
    const cp = client();
    for (const call of [
      () => cp.v2.core.accounts.retrieve('acct_1', {}, both),
      () => cp.issuing.cards.list({}, both),
      () => cp.rawRequest('POST', '/v2/core/accounts', {}, both),
    ]) {
      let result: Promise<unknown> | undefined;
      expect(() => (result = call())).not.toThrow();
      await expect(result).rejects.toBeInstanceOf(CardplaneConfigurationError);
    }
    expect(server.requests).toHaveLength(0);
  });

  it('in the client defaults (withOptions or defaults): every call is refused, nothing sent', async () => {
    for (const cp of [client().withOptions(both), client({ defaults: both })]) {
      await expect(cp.v2.core.accounts.retrieve('acct_1')).rejects.toBeInstanceOf(CardplaneConfigurationError);
      await expect(cp.issuing.cards.list()).rejects.toBeInstanceOf(CardplaneConfigurationError);
    }
    expect(server.requests).toHaveLength(0);
  });
});
