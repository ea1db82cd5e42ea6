/**
 * Issuing real-time authorizations: an endpoint that verifies Stripe's signature, decides, and answers
 * Stripe directly in the webhook response. Runs offline: the requests are signed test payloads.
 *
 *   npx tsx examples/authorization-webhook.ts
 *
 * In production, mount `handler` (Fetch API: Bun, Deno, Cloudflare Workers, Hono, Next.js route handlers)
 * or `toNodeListener(handler)` (node:http, Express) at the URL set as the real-time authorization endpoint
 * in the Dashboard's Issuing settings, with that endpoint's signing secret.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fixtures } from '../src/testing/index.js';
import { createAuthorizationHandler, signTestPayload, toNodeListener, type AuthorizationDecision, type IssuingAuthorization } from '../src/webhooks/index.js';

const SECRET = process.env.STRIPE_AUTHORIZATION_WEBHOOK_SECRET ?? 'whsec_cardplane_example_secret';
const LIMIT = 100_00; // approve at most $100.00 per authorization
const BLOCKED_CATEGORIES = new Set(['betting_casino_gambling']);

/** The rules: block some merchant categories, cap the amount (partially approving when the request allows it). */
function decide(auth: IssuingAuthorization): AuthorizationDecision {
  const requested = auth.pending_request?.amount ?? 0;
  if (BLOCKED_CATEGORIES.has(auth.merchant_data.category)) return { approved: false, metadata: { rule: 'blocked_category' } };
  if (requested <= LIMIT) return { approved: true, metadata: { rule: 'under_limit' } };
  if (auth.pending_request?.is_amount_controllable) return { approved: true, amount: LIMIT, metadata: { rule: 'capped' } };
  return { approved: false, metadata: { rule: 'over_limit' } };
}

const handler = createAuthorizationHandler({
  secret: SECRET,
  decide,
  deadlineMs: 1_000, // answer within 1 s whatever happens (Stripe waits 2 s)
  onDeadline: 'decline', // decision when decide throws or is late
  onEvent: (event) => console.log(`   (other event ${event.type} acknowledged)`),
  onError: (fault) => console.log(`   reported: ${fault.kind}: ${fault.message}`),
});

/** A signed `issuing_authorization.request` webhook body, as Stripe would POST it. */
async function authorizationRequest(amount: number, controllable: boolean, category = 'taxicabs_limousines', secret = SECRET): Promise<{ body: string; signature: string }> {
  const authorization = {
    ...fixtures.issuingAuthorization(),
    amount: 0,
    approved: false,
    merchant_data: { ...fixtures.issuingMerchantData(), category },
    pending_request: {
      amount,
      amount_details: { atm_fee: null, cashback_amount: null },
      currency: 'usd',
      is_amount_controllable: controllable,
      merchant_amount: amount,
      merchant_currency: 'usd',
      network_risk_score: 12,
    },
  };
  const event = {
    id: 'evt_cardplane_example',
    object: 'event',
    api_version: '2026-10-28.endive',
    created: Math.floor(Date.now() / 1000),
    data: { object: authorization },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type: 'issuing_authorization.request',
  };
  const body = JSON.stringify(event, null, 2);
  return { body, signature: await signTestPayload(body, secret) };
}

async function main(): Promise<void> {
  console.log('1. Fetch-API handler, called in-process');
  for (const [label, amount, controllable, category] of [
    ['$25 taxi', 25_00, false, 'taxicabs_limousines'],
    ['$180 hotel, amount controllable', 180_00, true, 'hotels_motels_and_resorts'],
    ['$180 hotel, not controllable', 180_00, false, 'hotels_motels_and_resorts'],
    ['$10 casino', 10_00, false, 'betting_casino_gambling'],
  ] as const) {
    const { body, signature } = await authorizationRequest(amount, controllable, category);
    const response = await handler(new Request('http://localhost/webhooks/authorizations', { method: 'POST', headers: { 'stripe-signature': signature }, body }));
    console.log(`   ${label.padEnd(34)} → ${response.status} Stripe-Version: ${response.headers.get('stripe-version')} ${await response.text()}`);
  }

  console.log('\n2. The same handler behind node:http on 127.0.0.1');
  const server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/authorizations`;
  try {
    const genuine = await authorizationRequest(42_00, false);
    const ok = await fetch(url, { method: 'POST', headers: { 'stripe-signature': genuine.signature, 'content-type': 'application/json' }, body: genuine.body });
    console.log(`   genuine request  → ${ok.status} ${await ok.text()}`);
    const forged = await authorizationRequest(42_00, false, 'taxicabs_limousines', 'whsec_not_the_endpoint_secret');
    const bad = await fetch(url, { method: 'POST', headers: { 'stripe-signature': forged.signature, 'content-type': 'application/json' }, body: forged.body });
    console.log(`   forged signature → ${bad.status} ${await bad.text()} (decide was not called)`);
  } finally {
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
