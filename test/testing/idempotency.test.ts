import { describe, expect, it } from 'vitest';
import { Cardplane, IdempotencyError } from '../../src/index.js';
import { createMockStripe } from '../../src/testing/index.js';

// Idempotency as Stripe: the same key with the same params replays the first answer (nothing happens twice),
// the same key with other params is refused, and keys are scoped by account.
describe('cardplane/testing idempotency', () => {
  it('a reused key replays the first top-up and credits once', async () => {
    const mock = createMockStripe();
    const platform = new Cardplane({ apiKey: 'sk_test_mock', fetch: mock.fetch });
    const cp = platform.forAccount((await platform.accounts.create({ type: 'custom', country: 'US' })).id);
    const params = { amount: 3_000, currency: 'usd', destination_balance: 'issuing' } as const;
    const first = await cp.topups.create(params, { idempotencyKey: 'fund-1' });
    const again = await cp.topups.create(params, { idempotencyKey: 'fund-1' }).withResponse();
    expect(again.data.id).toBe(first.id);
    expect(again.response.headers.get('idempotent-replayed')).toBe('true');
    expect(mock.store.all('topup')).toHaveLength(1);
    expect((await cp.balance.retrieve()).issuing?.available).toEqual([{ amount: 3_000, currency: 'usd' }]);
  });

  it('the same key with other params gets idempotency_error and changes nothing', async () => {
    const mock = createMockStripe();
    const cp = new Cardplane({ apiKey: 'sk_test_mock', fetch: mock.fetch, maxRetries: 0 });
    await cp.topups.create({ amount: 100, currency: 'usd' }, { idempotencyKey: 'k' });
    const err = await cp.topups.create({ amount: 200, currency: 'usd' }, { idempotencyKey: 'k' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IdempotencyError);
    expect((err as IdempotencyError).type).toBe('idempotency_error');
    expect(mock.store.all('topup')).toHaveLength(1);
  });

  it('keys are scoped by account, and a replay answers what the first request got', async () => {
    const mock = createMockStripe();
    const cp = new Cardplane({ apiKey: 'sk_test_mock', fetch: mock.fetch });
    const acctA = (await cp.accounts.create({ type: 'custom', country: 'US' })).id;
    const acctB = (await cp.accounts.create({ type: 'custom', country: 'US' })).id;
    const a = await cp.forAccount(acctA).topups.create({ amount: 1, currency: 'usd', metadata: { v: '1' } }, { idempotencyKey: 'same' });
    const b = await cp.forAccount(acctB).topups.create({ amount: 1, currency: 'usd', metadata: { v: '1' } }, { idempotencyKey: 'same' });
    expect(b.id).not.toBe(a.id);
    await cp.forAccount(acctA).topups.update(a.id, { metadata: { v: '2' } });
    const replay = await cp.forAccount(acctA).topups.create({ amount: 1, currency: 'usd', metadata: { v: '1' } }, { idempotencyKey: 'same' });
    expect(replay.metadata).toEqual({ v: '1' });
  });

  it('a request refused for its params is not saved: the key can be used again, corrected', async () => {
    const mock = createMockStripe();
    const send = (body: string) =>
      mock.fetch('https://api.stripe.com/v1/topups', {
        method: 'POST',
        headers: { authorization: 'Bearer sk_test_mock', 'content-type': 'application/x-www-form-urlencoded', 'idempotency-key': 'fix-me' },
        body,
      });
    expect((await send('amount=5&currency=usd&colour=red')).status).toBe(400);
    expect((await send('amount=5&currency=usd')).status).toBe(200);
  });
});
