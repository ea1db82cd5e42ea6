import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { Cardplane } from '../../src/index.js';
import { createMockStripe, type MockStripeOptions } from '../../src/testing/index.js';
import { createAuthorizationHandler, type AuthorizationDecision } from '../../src/webhooks/index.js';
import type { IssuingAuthorization } from '../../src/webhooks/index.js';

// Real-time authorizations end to end: the test helper sends issuing_authorization.request to the
// endpoint subscribed to it, waits for the answer of a createAuthorizationHandler and applies it.
const URL = 'https://backend.test/issuing/authorizations';
const address = { line1: '1 Main', city: 'SF', country: 'US', postal_code: '94111' };

async function setup(decide: (auth: IssuingAuthorization) => AuthorizationDecision | Promise<AuthorizationDecision>, options: MockStripeOptions = {}, secretOverride?: string) {
  const mock = createMockStripe(options);
  const stripe = new Stripe('sk_test_mock', { httpClient: Stripe.createFetchHttpClient(mock.fetch), maxNetworkRetries: 0 });
  const cp = new Cardplane({ apiKey: 'sk_test_mock', fetch: mock.fetch, strict: true });
  const acct = await cp.accounts.create({ type: 'custom', country: 'US' });
  const we = await stripe.webhookEndpoints.create({ url: URL, enabled_events: ['issuing_authorization.request'] }, { stripeAccount: acct.id });
  const seen: IssuingAuthorization[] = [];
  mock.onWebhook(
    URL,
    createAuthorizationHandler({
      secret: secretOverride ?? we.secret!,
      decide: (auth) => {
        seen.push(auth);
        return decide(auth);
      },
      onError: () => undefined,
    }),
  );
  const c = cp.forAccount(acct.id);
  await c.topups.create({ amount: 10_000, currency: 'usd', destination_balance: 'issuing' });
  const holder = await c.issuing.cardholders.create({ name: 'Jenny Rosen', billing: { address } });
  const card = await c.issuing.cards.create({
    cardholder: holder.id,
    currency: 'usd',
    type: 'virtual',
    status: 'active',
    spending_controls: { blocked_categories: ['betting_casino_gambling'] },
  });
  const issuing = async (): Promise<number> => (await c.balance.retrieve()).issuing?.available.find((r) => r.currency === 'usd')?.amount ?? 0;
  return { mock, cp: c, card: card.id, seen, issuing };
}

describe('cardplane/testing real-time authorizations', () => {
  it('the handler approves: webhook_approved, funds held, metadata stored; the request carried pending_request', async () => {
    const { cp, card, seen, issuing } = await setup(() => ({ approved: true, metadata: { rule: 'books' } }));
    const auth = await cp.testHelpers.issuing.authorizations.create({ card, amount: 1_500, currency: 'usd', merchant_data: { category: 'book_stores' } });
    expect(auth.approved).toBe(true);
    expect(auth.status).toBe('pending');
    expect(auth.request_history[0]?.reason).toBe('webhook_approved');
    expect(auth.metadata).toEqual({ rule: 'books' });
    expect(auth.pending_request).toBeNull();
    expect(await issuing()).toBe(8_500);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ id: auth.id, approved: false, status: 'pending', amount: 0 });
    expect(seen[0]!.pending_request).toMatchObject({ amount: 1_500, currency: 'usd', is_amount_controllable: false });
    const types = (await cp.events.list({ type: 'issuing_authorization.*' })).data.map((e) => e.type);
    expect(types).toEqual(['issuing_authorization.created', 'issuing_authorization.request']);
  });

  it('the handler declines: webhook_declined, nothing held', async () => {
    const { cp, card, issuing } = await setup((a) => ({ approved: (a.pending_request?.amount ?? 0) <= 1_000 }));
    const auth = await cp.testHelpers.issuing.authorizations.create({ card, amount: 2_000, currency: 'usd' });
    expect(auth.approved).toBe(false);
    expect(auth.status).toBe('closed');
    expect(auth.request_history[0]?.reason).toBe('webhook_declined');
    expect(await issuing()).toBe(10_000);
    expect((await cp.testHelpers.issuing.authorizations.create({ card, amount: 900, currency: 'usd' })).request_history[0]?.reason).toBe('webhook_approved');
  });

  it('a controllable amount: the handler approves less, and that is what is held', async () => {
    const { cp, card, issuing } = await setup(() => ({ approved: true, amount: 400 }));
    const auth = await cp.testHelpers.issuing.authorizations.create({ card, amount: 1_000, currency: 'usd', is_amount_controllable: true });
    expect(auth.approved).toBe(true);
    expect(auth.amount).toBe(400);
    expect(auth.request_history[0]).toMatchObject({ amount: 400, reason: 'webhook_approved' });
    expect(await issuing()).toBe(9_600);
  });

  it('Stripe declines before asking (spending controls): the handler is not called', async () => {
    const { cp, card, seen } = await setup(() => ({ approved: true }));
    const auth = await cp.testHelpers.issuing.authorizations.create({ card, amount: 100, currency: 'usd', merchant_data: { category: 'betting_casino_gambling' } });
    expect(auth.request_history[0]?.reason).toBe('spending_controls');
    expect(seen).toHaveLength(0);
  });

  it('no answer within the deadline: webhook_timeout, declined (or approved, as configured)', async () => {
    const slow = () => new Promise<AuthorizationDecision>((r) => setTimeout(() => r({ approved: true }), 900));
    const declined = await setup(slow, { authorizationDeadlineMs: 150 });
    const started = Date.now();
    const a = await declined.cp.testHelpers.issuing.authorizations.create({ card: declined.card, amount: 100, currency: 'usd' });
    expect(Date.now() - started).toBeLessThan(800);
    expect(a.approved).toBe(false);
    expect(a.request_history[0]?.reason).toBe('webhook_timeout');
    const approved = await setup(slow, { authorizationDeadlineMs: 150, authorizationTimeout: 'approve' });
    const b = await approved.cp.testHelpers.issuing.authorizations.create({ card: approved.card, amount: 100, currency: 'usd' });
    expect(b.approved).toBe(true);
    expect(b.request_history[0]?.reason).toBe('webhook_timeout');
    expect(await approved.issuing()).toBe(9_900);
  });

  it('an answer that is not a decision (the handler refuses the signature: 400): webhook_error, declined', async () => {
    const { cp, card, seen } = await setup(() => ({ approved: true }), {}, 'whsec_not_the_endpoint_secret');
    const auth = await cp.testHelpers.issuing.authorizations.create({ card, amount: 100, currency: 'usd' });
    expect(auth.approved).toBe(false);
    expect(auth.request_history[0]?.reason).toBe('webhook_error');
    expect(seen).toHaveLength(0);
  });
});
