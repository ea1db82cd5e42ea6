import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cardplane } from '../../src/index.js';
import { createMockStripe } from '../../src/testing/index.js';
import { constructEvent, createAuthorizationHandler, toNodeListener, type AuthorizationHandler, type IssuingAuthorization } from '../../src/webhooks/index.js';

// The seed guides' whole card program, run twice against the mock: through cardplane in process
// (mock.fetch, webhooks answered by in-process handlers), and through the official `stripe` SDK
// against the `cardplane-mock` command over HTTP (webhooks POSTed to a node:http server of the test).
// Both SDKs name the calls alike, so one scenario drives either client.

const ROOT = resolve(import.meta.dirname, '../..');
const address = { line1: '510 Townsend Street', city: 'San Francisco', state: 'CA', postal_code: '94111', country: 'US' };

interface Received {
  body: string;
  signature: string;
}

interface Env {
  /** cardplane's `Cardplane` or the official `Stripe` client (same call names for everything used here). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  client: any;
  official: boolean;
  /** POSTs a v1 form to the mock with the platform key (webhook endpoints: not a cardplane resource). */
  post(path: string, form: Record<string, string>, account?: string): Promise<Record<string, unknown>>;
  /** Where the regular and the real-time endpoints receive. */
  hookUrl: string;
  authUrl: string;
  /** Installs the real-time handler once its endpoint's secret is known. */
  setAuthHandler(handler: AuthorizationHandler): void;
  received: Received[];
  /** Waits for deliveries in flight. */
  settle(): Promise<void>;
  /** Creates an Issuing program for the account (cardplane resource; raw request with the official SDK). */
  createProgram(account: string): Promise<{ object: string; is_default: boolean }>;
}

const statusOf = (e: unknown): number | undefined => (e as { status?: number }).status ?? (e as { statusCode?: number }).statusCode;

async function waitFor(check: () => boolean, ms = 3_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check() && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
}

async function cardProgram(env: Env): Promise<void> {
  const { client } = env;

  // 1. Onboarding: a v2 account with card_creator and recipient, then the API onboarding of the seed guide.
  const created = await client.v2.core.accounts.create({
    contact_email: 'ops@rocketrides.example',
    display_name: 'Rocket Rides',
    dashboard: 'none',
    identity: { country: 'us', entity_type: 'company' },
    configuration: {
      card_creator: { capabilities: { commercial: { celtic: { charge_card: { requested: true } } } } },
      recipient: { capabilities: { stripe_balance: { stripe_transfers: { requested: true } } } },
    },
    include: ['configuration.card_creator', 'requirements'],
  });
  const acct: string = created.id;
  expect(created.configuration.card_creator.capabilities.commercial.celtic.charge_card.status).toBe('restricted');
  await client.accounts.update(acct, {
    business_type: 'company',
    business_profile: { mcc: '5999', url: 'https://www.wesellsocks.com' },
    company: { name: 'Rocket Rides', tax_id: '11-3456789', address },
    settings: { card_issuing: { tos_acceptance: { ip: '192.168.123.132', date: 1_696_634_647 } } },
  });
  await client.accounts.createPerson(acct, {
    first_name: 'Jenny',
    last_name: 'Rosen',
    dob: { day: 12, month: 11, year: 1978 },
    address,
    email: 'jenny.rosen@example.com',
    relationship: { representative: true, owner: true, percent_ownership: 0.75 },
  });
  const onboarded = await client.v2.core.accounts.retrieve(acct, { include: ['configuration.card_creator', 'requirements'] });
  expect(onboarded.configuration.card_creator.capabilities.commercial.celtic.charge_card.status).toBe('active');
  expect(onboarded.requirements.entries).toEqual([]);
  const v2Events = (await client.v2.core.events.list({ object_id: acct })).data.map((e: { type: string }) => e.type);
  expect(v2Events).toContain('v2.core.account[configuration.card_creator].capability_status_updated');

  // 2. Webhooks: a Connect endpoint of the platform for the account's events, and the account's real-time endpoint.
  const hooks = await env.post('/v1/webhook_endpoints', {
    url: env.hookUrl,
    connect: 'true',
    'enabled_events[0]': 'issuing_authorization.created',
    'enabled_events[1]': 'issuing_transaction.created',
    'enabled_events[2]': 'issuing_dispute.submitted',
    'enabled_events[3]': 'topup.succeeded',
  });
  const hookSecret = String(hooks.secret);
  const rt = await env.post('/v1/webhook_endpoints', { url: env.authUrl, 'enabled_events[0]': 'issuing_authorization.request' }, acct);
  const decided: IssuingAuthorization[] = [];
  env.setAuthHandler(
    createAuthorizationHandler({
      secret: String(rt.secret),
      decide: (auth) => {
        decided.push(auth);
        return { approved: auth.merchant_data.name !== 'Suspicious Store', metadata: { checked_by: 'backend' } };
      },
      onError: () => undefined,
    }),
  );

  // 3. Program, cardholder, card with a spending control.
  const program = await env.createProgram(acct);
  expect(program).toMatchObject({ object: 'issuing.program', is_default: true });
  const on = { stripeAccount: acct };
  const holder = await client.issuing.cardholders.create({ name: 'Jenny Rosen', email: 'jenny.rosen@example.com', type: 'individual', billing: { address } }, on);
  const card = await client.issuing.cards.create(
    { cardholder: holder.id, currency: 'usd', type: 'virtual', status: 'active', spending_controls: { blocked_categories: ['betting_casino_gambling'] } },
    on,
  );

  // 4. A forgotten stripeAccount fails: the card lives under the account.
  const forgotten = await client.issuing.cards.retrieve(card.id).catch((e: unknown) => e);
  expect(statusOf(forgotten)).toBe(404);
  expect((forgotten as { code?: string }).code).toBe('resource_missing');

  // 5. Funding, with a reused idempotency key: replayed, credited once.
  const topup = await client.topups.create({ amount: 5_000, currency: 'usd', destination_balance: 'issuing' }, { ...on, idempotencyKey: 'fund-rocket-1' });
  const replay = await client.topups.create({ amount: 5_000, currency: 'usd', destination_balance: 'issuing' }, { ...on, idempotencyKey: 'fund-rocket-1' });
  expect(replay.id).toBe(topup.id);
  const issuing = async (): Promise<number> => (await client.balance.retrieve({}, on)).issuing.available.find((r: { currency: string }) => r.currency === 'usd').amount;
  expect(await issuing()).toBe(5_000);

  // 6. Authorizations: approved by the handler, declined by a spending control, insufficient_funds, declined by the handler.
  const buy = (amount: number, merchant: Record<string, string> = { category: 'book_stores', name: 'Books Inc' }) =>
    client.testHelpers.issuing.authorizations.create({ card: card.id, amount, currency: 'usd', merchant_data: merchant }, on);
  const approved = await buy(1_200);
  expect(approved).toMatchObject({ approved: true, status: 'pending', metadata: { checked_by: 'backend' } });
  expect(approved.request_history[0].reason).toBe('webhook_approved');
  const blocked = await buy(100, { category: 'betting_casino_gambling', name: 'Casino' });
  expect(blocked.request_history[0].reason).toBe('spending_controls');
  const short = await buy(9_000);
  expect(short.request_history[0].reason).toBe('insufficient_funds');
  const refused = await buy(300, { category: 'book_stores', name: 'Suspicious Store' });
  expect(refused).toMatchObject({ approved: false, status: 'closed' });
  expect(refused.request_history[0].reason).toBe('webhook_declined');
  // Only the purchases Stripe's own checks let through reached the handler.
  expect(decided.map((a) => a.pending_request?.amount)).toEqual([1_200, 300]);
  expect(await issuing()).toBe(3_800);

  // 7. Capture, refund, dispute.
  await client.testHelpers.issuing.authorizations.capture(approved.id, {}, on);
  const txns = (await client.issuing.transactions.list({ card: card.id }, on)).data;
  expect(txns.map((t: { type: string; amount: number }) => [t.type, t.amount])).toEqual([['capture', -1_200]]);
  const refund = await client.testHelpers.issuing.transactions.refund(txns[0].id, { refund_amount: 200 }, on);
  expect(refund).toMatchObject({ type: 'refund', amount: 200 });
  expect(await issuing()).toBe(4_000);
  const dispute = await client.issuing.disputes.create({ transaction: txns[0].id, evidence: { reason: 'fraudulent', fraudulent: { explanation: 'Not me' } } }, on);
  const submitted = await client.issuing.disputes.submit(dispute.id, {}, on);
  expect(submitted.status).toBe('submitted');

  // 8. Treasury: a financial account, a received credit, an outbound transfer posted.
  const fa = await client.treasury.financialAccounts.create(
    { supported_currencies: ['usd'], features: { card_issuing: { requested: true }, financial_addresses: { aba: { requested: true } } } },
    on,
  );
  await client.testHelpers.treasury.receivedCredits.create({ financial_account: fa.id, network: 'ach', amount: 10_000, currency: 'usd' }, on);
  const ot = await client.treasury.outboundTransfers.create({ financial_account: fa.id, amount: 2_500, currency: 'usd', destination_payment_method: 'pm_usBankAccount' }, on);
  await client.testHelpers.treasury.outboundTransfers.post(ot.id, {}, on);
  const balance = (await client.treasury.financialAccounts.retrieve(fa.id, {}, on)).balance;
  expect(balance.cash.usd).toBe(7_500);

  // 9. Events listed under the account; webhooks received and verified.
  const types = new Set<string>();
  for (const e of (await client.events.list({ limit: 100 }, on)).data) {
    types.add(e.type);
    expect(e.account).toBe(acct);
  }
  for (const t of [
    'issuing_cardholder.created',
    'issuing_card.created',
    'topup.succeeded',
    'issuing_authorization.request',
    'issuing_authorization.created',
    'issuing_transaction.created',
    'issuing_dispute.submitted',
    'treasury.financial_account.created',
    'treasury.received_credit.succeeded',
    'treasury.outbound_transfer.posted',
    'balance.available',
  ]) {
    expect(types, t).toContain(t);
  }
  // Once per topup: the replay wrote nothing.
  expect((await client.events.list({ type: 'topup.succeeded' }, on)).data).toHaveLength(1);
  await env.settle();
  await waitFor(() => env.received.length >= 7);
  const delivered = await Promise.all(env.received.map((r) => constructEvent(r.body, r.signature, hookSecret)));
  const official = new Stripe('sk_test_verify_only');
  for (const r of env.received) expect(official.webhooks.constructEvent(r.body, r.signature, hookSecret).account).toBe(acct);
  expect(delivered.map((e) => e.type).sort()).toEqual([
    'issuing_authorization.created',
    'issuing_authorization.created',
    'issuing_authorization.created',
    'issuing_authorization.created',
    'issuing_dispute.submitted',
    'issuing_transaction.created',
    'issuing_transaction.created',
    'topup.succeeded',
  ]);
}

describe('the card program end to end', () => {
  it('through cardplane, in process (mock.fetch)', async () => {
    const mock = createMockStripe();
    const received: Received[] = [];
    let auth: AuthorizationHandler | undefined;
    mock.onWebhook('https://backend.test/hooks', async (request) => {
      received.push({ body: await request.text(), signature: request.headers.get('stripe-signature') ?? '' });
      return new Response('{"received":true}');
    });
    mock.onWebhook('https://backend.test/auth', (request) => (auth ? auth(request) : new Response('no handler', { status: 503 })));
    const cp = new Cardplane({ apiKey: 'sk_test_cardplane_e2e', fetch: mock.fetch, strict: true });
    await cardProgram({
      client: cp,
      official: false,
      post: async (path, form, account) => {
        const res = await mock.fetch(`https://api.stripe.com${path}`, {
          method: 'POST',
          headers: { authorization: 'Bearer sk_test_cardplane_e2e', 'content-type': 'application/x-www-form-urlencoded', ...(account ? { 'stripe-account': account } : {}) },
          body: new URLSearchParams(form).toString(),
        });
        expect(res.status).toBe(200);
        return (await res.json()) as Record<string, unknown>;
      },
      hookUrl: 'https://backend.test/hooks',
      authUrl: 'https://backend.test/auth',
      setAuthHandler: (h) => {
        auth = h;
      },
      received,
      settle: () => mock.settled(),
      createProgram: (account) => cp.issuing.programs.create({ platform_program: 'iprg_platform_1', is_default: true }, { stripeAccount: account }),
    });
  });

  describe('through the official stripe SDK against cardplane-mock over HTTP', () => {
    let child: ChildProcess;
    let mockUrl: URL;
    let backend: Server;
    let backendUrl: string;
    const received: Received[] = [];
    let auth: AuthorizationHandler | undefined;

    beforeAll(async () => {
      child = spawn(process.execPath, ['--import', 'tsx', resolve(ROOT, 'src/bin/cardplane-mock.ts'), '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
      const [line] = (await once(child.stdout!, 'data')) as [Buffer];
      mockUrl = new URL(line.toString().trim().split('\n')[0]!);
      backend = createServer((req, res) => {
        if (req.url === '/auth') {
          if (!auth) return void res.writeHead(503).end();
          return void toNodeListener(auth)(req, res);
        }
        let body = '';
        req.on('data', (c: Buffer) => (body += c.toString()));
        req.on('end', () => {
          received.push({ body, signature: String(req.headers['stripe-signature']) });
          res.writeHead(200, { 'content-type': 'application/json' }).end('{"received":true}');
        });
      });
      await new Promise<void>((r) => backend.listen(0, '127.0.0.1', r));
      backendUrl = `http://127.0.0.1:${(backend.address() as AddressInfo).port}`;
    }, 30_000);

    afterAll(async () => {
      child.kill('SIGTERM');
      await new Promise((r) => backend.close(r));
    });

    it('runs the same program', async () => {
      const stripe = new Stripe('sk_test_official_e2e', { host: mockUrl.hostname, port: Number(mockUrl.port), protocol: 'http', maxNetworkRetries: 0 });
      await cardProgram({
        client: stripe,
        official: true,
        post: async (path, form, account) => {
          const res = await fetch(`${mockUrl.origin}${path}`, {
            method: 'POST',
            headers: { authorization: 'Bearer sk_test_official_e2e', 'content-type': 'application/x-www-form-urlencoded', ...(account ? { 'stripe-account': account } : {}) },
            body: new URLSearchParams(form).toString(),
          });
          expect(res.status).toBe(200);
          return (await res.json()) as Record<string, unknown>;
        },
        hookUrl: `${backendUrl}/hooks`,
        authUrl: `${backendUrl}/auth`,
        setAuthHandler: (h) => {
          auth = h;
        },
        received,
        settle: async () => {
          await waitFor(() => received.length >= 8);
        },
        createProgram: (account) => stripe.rawRequest('POST', '/v1/issuing/programs', { platform_program: 'iprg_platform_1', is_default: true }, { stripeAccount: account }),
      });
    }, 30_000);
  });
});
