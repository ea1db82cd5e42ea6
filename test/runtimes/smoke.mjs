// The runtime smoke: what a user of Node, Bun, Deno, Cloudflare Workers or Vercel Edge does first with the
// installed package. Runs inside the runtime under test (test/runtimes/cli.mjs for Node, Bun and Deno,
// cli.cjs for Node by require, worker.mjs for workerd, edge.mjs for the Edge Runtime, browser.mjs for the
// webhooks part in a bare V8 context); test/runtimes/run.mjs drives it from Node and serves the Stripe API
// on 127.0.0.1. Plain JavaScript with web APIs only: no node: module, no runtime-specific API.
import * as cardplane from 'cardplane';
import * as webhooks from 'cardplane/webhooks';

const SECRET = 'whsec_smoke_0123456789abcdef';

function check(condition, message) {
  if (!condition) throw new Error(`smoke: ${message}`);
}

async function rejectsWith(promise, ErrorClass, what) {
  try {
    await promise;
  } catch (error) {
    check(error instanceof ErrorClass, `${what}: expected ${ErrorClass.name}, got ${error?.name}: ${error?.message}`);
    return error;
  }
  throw new Error(`smoke: ${what}: expected ${ErrorClass.name}, it resolved`);
}

/** Client calls through the default fetch, against the Stripe API served at `baseUrl` (a local server). */
async function clientCalls(m, baseUrl) {
  const { Cardplane, CardplaneClient, CardplaneValidationError, NotFoundError, issuingCards } = m;
  const cp = new Cardplane({ apiKey: 'sk_test_smoke', baseUrl, maxRetries: 0, strict: true });
  const holder = await cp.issuing.cardholders.create({
    name: 'Jenny Rosen',
    type: 'individual',
    billing: { address: { line1: '1 Main St', city: 'San Francisco', state: 'CA', postal_code: '94111', country: 'US' } },
  });
  check(holder.object === 'issuing.cardholder' && holder.id.startsWith('ich_'), `cardholder: ${JSON.stringify(holder).slice(0, 200)}`);
  const cards = new CardplaneClient({ apiKey: 'sk_test_smoke', baseUrl, maxRetries: 0, strict: true }).use(issuingCards);
  const card = await cards.create({ cardholder: holder.id, currency: 'usd', type: 'virtual', spending_controls: { spending_limits: [{ amount: 5000, interval: 'monthly' }] } });
  check(card.object === 'issuing.card' && card.cardholder.id === holder.id, `card: ${JSON.stringify(card).slice(0, 200)}`);
  const { data, requestId } = await cp.issuing.cards.retrieve(card.id).withResponse();
  check(data.id === card.id && typeof requestId === 'string', 'retrieve with response');
  const listed = await cp.issuing.cards.list({ limit: 10 }).toArray({ limit: 10 });
  check(
    listed.some((c) => c.id === card.id),
    'list holds the card',
  );
  await rejectsWith(cp.issuing.cards.retrieve('ic_missing'), NotFoundError, 'retrieve of a missing card');
  await rejectsWith(cp.issuing.cards.create({ currency: 'usd' }), CardplaneValidationError, 'create without cardholder');
  return { card: card.id };
}

/** The same calls against the in-memory mock of cardplane/testing (its `fetch`, no network). */
async function mockCalls(m, loadTesting) {
  const { Cardplane, NotFoundError } = m;
  const { createMockStripe } = await loadTesting();
  const mock = createMockStripe();
  const cp = new Cardplane({ apiKey: 'sk_test_smoke', fetch: mock.fetch, strict: true });
  const program = await cp.issuing.programs.create({ platform_program: 'iprg_smoke', is_default: true });
  check(program.object === 'issuing.program', 'mock: program');
  await rejectsWith(cp.issuing.programs.retrieve('iprg_missing'), NotFoundError, 'mock: missing program');
  return { program: program.id };
}

/** Webhook signature verification (`m`: the exports of cardplane/webhooks). */
export async function webhookVerify(m) {
  const { WebhookSignatureMismatchError, constructEvent, signTestPayload, verify } = m;
  const body = JSON.stringify({
    id: 'evt_smoke',
    object: 'event',
    type: 'issuing_card.created',
    created: 1_700_000_000,
    livemode: false,
    data: { object: { id: 'ic_smoke', object: 'issuing.card' } },
  });
  const header = await signTestPayload(body, SECRET);
  const event = await constructEvent(body, header, SECRET);
  check(event.id === 'evt_smoke' && event.type === 'issuing_card.created', 'constructEvent');
  const verified = await verify(new TextEncoder().encode(body), header, ['whsec_other', SECRET]);
  check(verified.secretIndex === 1, 'verify with a rotated secret');
  await rejectsWith(verify(body.replace('ic_smoke', 'ic_other'), header, SECRET), WebhookSignatureMismatchError, 'tampered body');
  return { event: event.id };
}

function authorizationEvent(amount) {
  const authorization = {
    id: `iauth_smoke_${amount}`,
    object: 'issuing.authorization',
    amount: 0,
    approved: false,
    currency: 'usd',
    livemode: false,
    status: 'pending',
    card: { id: 'ic_smoke', object: 'issuing.card' },
    pending_request: { amount, currency: 'usd', is_amount_controllable: false, merchant_amount: amount, merchant_currency: 'usd' },
  };
  return JSON.stringify({
    id: `evt_smoke_${amount}`,
    object: 'event',
    type: 'issuing_authorization.request',
    created: 1_700_000_000,
    livemode: false,
    data: { object: authorization },
  });
}

/** The real-time authorization handler on web Request/Response (`m`: the exports of cardplane/webhooks). */
export async function authorizationHandler(m) {
  const { createAuthorizationHandler, signTestPayload } = m;
  const faults = [];
  const handler = createAuthorizationHandler({
    secret: SECRET,
    decide: (auth) => ({ approved: (auth.pending_request?.amount ?? Infinity) <= 5000 }),
    onError: (fault) => faults.push(fault.kind),
  });
  const post = async (body, header) => {
    const response = await handler(
      new Request('https://example.test/authorizations', { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': header }, body }),
    );
    return { status: response.status, json: await response.json().catch(() => undefined) };
  };
  const small = authorizationEvent(1200);
  const approved = await post(small, await signTestPayload(small, SECRET));
  check(approved.status === 200 && approved.json?.approved === true, `small authorization: ${JSON.stringify(approved)}`);
  const large = authorizationEvent(9000);
  const declined = await post(large, await signTestPayload(large, SECRET));
  check(declined.status === 200 && declined.json?.approved === false, `large authorization: ${JSON.stringify(declined)}`);
  const forged = await post(small, await signTestPayload(small, 'whsec_not_the_secret'));
  check(forged.status === 400, `forged signature: status ${forged.status}`);
  check(faults.join() === 'signature', `faults reported: ${faults.join(', ')} (expected the forged signature only)`);
  return { approved: approved.json, declined: declined.json };
}

/**
 * Runs every part with the package's ESM entry points; throws on the first failure. `mock` false skips the
 * in-memory mock (see run.mjs). `nodeHttp` true (Node): the client must send with node:http, so no call
 * may go through the global fetch; otherwise every call must.
 */
export function smoke({ baseUrl, mock, nodeHttp = false }) {
  return smokeWith({ ...cardplane, ...webhooks }, () => import('cardplane/testing'), { baseUrl, mock, nodeHttp });
}

/** {@link smoke} on given exports of cardplane and cardplane/webhooks (cli.cjs passes the CommonJS ones). */
export async function smokeWith(m, loadTesting, { baseUrl, mock, nodeHttp = false }) {
  const realFetch = globalThis.fetch;
  let globalFetchCalls = 0;
  globalThis.fetch = (input, init) => {
    globalFetchCalls++;
    return realFetch(input, init);
  };
  try {
    const out = {
      userAgent: globalThis.navigator?.userAgent,
      processVersionsNode: globalThis.process?.versions?.node,
      edgeRuntime: globalThis.EdgeRuntime,
      client: await clientCalls(m, baseUrl),
    };
    out.globalFetchCalls = globalFetchCalls;
    if (nodeHttp) check(globalFetchCalls === 0, `the client made ${globalFetchCalls} calls through the global fetch, expected none (node:http on Node)`);
    else check(globalFetchCalls >= 5, `the client made ${globalFetchCalls} calls through the global fetch, expected every one (5)`);
    out.mock = mock ? await mockCalls(m, loadTesting) : 'skipped';
    out.webhooks = await webhookVerify(m);
    out.authorizations = await authorizationHandler(m);
    return out;
  } finally {
    globalThis.fetch = realFetch;
  }
}
