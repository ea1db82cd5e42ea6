/**
 * Conformance: the same calls through cardplane and through the official `stripe` package (23.1.0),
 * against one local server, must put the same request on the wire: method, path, query pairs,
 * body (form pairs, byte for byte, or JSON), Stripe-Account / Stripe-Context, and whether an
 * Idempotency-Key is sent. Method names mirror the official SDK, so most cases are one table row
 * naming the method once and calling it on both clients.
 */
import fc from 'fast-check';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UUID_V4 } from '../core/uuid.js';
import { Readable } from 'node:stream';
import { API_VERSIONS, Cardplane, CardplaneValidationError } from '../../src/index.js';
import { encodeForm } from '../../src/core/internal/form.js';
import { formPairs, startServer, type Recorded, type TestServer } from '../helpers/server.js';

const KEY = 'sk_test_51ConformanceKey00000000';
const PROGRAM_PIN = API_VERSIONS.issuingPrograms;

let server: TestServer;
let reply: unknown = { id: 'obj_1', object: 'thing' };
let cp: Cardplane;
let stripe: Stripe;

beforeAll(async () => {
  server = await startServer(() => ({ body: reply }));
  const port = Number(new URL(server.url).port);
  cp = new Cardplane({ apiKey: KEY, baseUrl: server.url, maxRetries: 0, logLevel: 'off' });
  stripe = new Stripe(KEY, { host: '127.0.0.1', port, protocol: 'http', maxNetworkRetries: 0 });
});
afterAll(() => server.close());

/** What both SDKs must agree on. */
function decode(r: Recorded) {
  const ct = r.headers['content-type'] ?? '';
  const hasBody = r.method === 'POST';
  return {
    method: r.method,
    path: r.path,
    query: formPairs(r.rawQuery),
    body: hasBody ? (ct.startsWith('application/json') ? (JSON.parse(r.body || 'null') as unknown) : formPairs(r.body)) : undefined,
    contentType: hasBody ? ct : undefined,
    stripeAccount: r.headers['stripe-account'],
    stripeContext: r.headers['stripe-context'],
    idempotencyKey: r.headers['idempotency-key'] === undefined ? 'absent' : 'present',
    authorization: r.headers.authorization,
  };
}

/** Runs one call on each SDK and returns both recorded requests. */
async function both(viaCardplane: () => PromiseLike<unknown>, viaStripe: () => PromiseLike<unknown>, body: unknown = { id: 'obj_1', object: 'thing' }) {
  reply = body;
  const start = server.requests.length;
  await viaCardplane();
  await viaStripe();
  expect(server.requests.length - start, 'one request per SDK').toBe(2);
  const [a, b] = server.requests.slice(start) as [Recorded, Recorded];
  return { ours: a, theirs: b };
}

function expectSameWire(ours: Recorded, theirs: Recorded, opts: { version?: boolean } = {}) {
  expect(decode(ours)).toEqual(decode(theirs));
  // v1 form bodies are byte-identical, not just equal once decoded.
  if (ours.method === 'POST' && !ours.path.startsWith('/v2/')) expect(ours.body).toBe(theirs.body);
  if (opts.version) expect(ours.headers['stripe-version']).toBe(theirs.headers['stripe-version']);
}

// ---------------------------------------------------------------------------------------------
// 1. Raw requests: arbitrary v1/v2 paths with nested params, through `rawRequest` on both sides.
// ---------------------------------------------------------------------------------------------

const CARD_PARAMS = {
  cardholder: 'ich_123',
  currency: 'usd',
  type: 'virtual',
  status: 'active',
  spending_controls: {
    spending_limits: [
      { amount: 5000, interval: 'monthly', categories: ['bakeries', 'taxicabs_limousines'] },
      { amount: 100, interval: 'per_authorization' },
    ],
    blocked_categories: ['gambling'],
    allowed_merchant_countries: [],
  },
  metadata: { ref: 'A1', 'note (1)': "it's 100% *real*!", drop_me: '' },
  expand: ['cardholder', 'financial_account'],
  replacement_for: null,
  second_line: undefined,
  shipping: { name: 'Jenny Rosen', address: { line1: '1 Main St [rear]', city: 'San Francisco', country: 'US', postal_code: '94111' } },
};

type RawCase = [name: string, method: 'POST', path: string, params: Record<string, unknown>, options: Record<string, string>];
const rawCases: RawCase[] = [
  [
    'issuing.programs create (preview pin + Stripe-Account)',
    'POST',
    '/v1/issuing/programs',
    { platform_program: 'iprg_123', is_default: true },
    { apiVersion: PROGRAM_PIN, stripeAccount: 'acct_123' },
  ],
  ['issuing.programs update: metadata unset and set', 'POST', '/v1/issuing/programs/iprg_1', { is_default: false, metadata: { a: '', b: 2 } }, { apiVersion: PROGRAM_PIN }],
  ['v1 card create: nested arrays of objects, metadata, null, brackets, special chars', 'POST', '/v1/issuing/cards', CARD_PARAMS, { stripeAccount: 'acct_123' }],
  [
    'v1 account update: capabilities booleans',
    'POST',
    '/v1/accounts/acct_123',
    { capabilities: { card_issuing: { requested: true }, transfers: { requested: false } }, business_profile: { url: 'https://a.example/x?y=1&z=2' } },
    {},
  ],
  [
    'v1 person: dob numbers, email with + and @, relationship floats',
    'POST',
    '/v1/accounts/acct_123/persons',
    { first_name: 'Zoë', email: 'jenny+1@example.com', dob: { day: 1, month: 2, year: 1990 }, relationship: { percent_ownership: 12.5, owner: true } },
    {},
  ],
  [
    'v1 unset a whole field with "" and a date filter with Date',
    'POST',
    '/v1/issuing/cardholders/ich_1',
    { email: '', individual: { dob: { day: 1, month: 1, year: 1970 } }, created: { gte: new Date(1_700_000_000_500) } } as never,
    {},
  ],
  ['v1 POST without params', 'POST', '/v1/issuing/cards/ic_1', {}, {}],
  [
    'v2 accounts create: JSON body with include and nested configuration',
    'POST',
    '/v2/core/accounts',
    {
      include: ['configuration.card_creator', 'requirements'],
      display_name: 'Acme',
      contact_email: 'ops+1@acme.example',
      configuration: { card_creator: { capabilities: { commercial: { stripe: { charge_card: { requested: true } } } } } },
      metadata: { a: 'b' },
    },
    { apiVersion: API_VERSIONS.v2Accounts },
  ],
  [
    'v2 accounts update with Stripe-Context and null',
    'POST',
    '/v2/core/accounts/acct_123',
    { display_name: null, identity: { country: 'us' } },
    { stripeContext: 'acct_123/acct_456' },
  ],
];

describe('rawRequest on both sides', () => {
  it.each(rawCases)('%s', async (_name, method, path, params, options) => {
    const { ours, theirs } = await both(
      () => cp.rawRequest(method, path, params, options),
      () => stripe.rawRequest(method, path, params, options),
    );
    expectSameWire(ours, theirs, { version: 'apiVersion' in options });
  });

  it('v1 GET with params in the query (stripe.issuing.cards.list vs cp.rawRequest)', async () => {
    const params = { limit: 3, cardholder: 'ich_1', created: { gte: 1_700_000_000, lt: 1_710_000_000 }, expand: ['data.cardholder'], status: 'active' as const };
    const { ours, theirs } = await both(
      () => cp.rawRequest('GET', '/v1/issuing/cards', params, { stripeAccount: 'acct_9' }),
      () => stripe.issuing.cards.list(params, { stripeAccount: 'acct_9' }),
      { object: 'list', url: '/v1/issuing/cards', has_more: false, data: [] },
    );
    expectSameWire(ours, theirs, { version: true });
  });

  it('v2 GET with include[] in the query (stripe.v2.core.accounts.retrieve)', async () => {
    const { ours, theirs } = await both(
      () => cp.rawRequest('GET', '/v2/core/accounts/acct_1', { include: ['identity', 'requirements'] }, { stripeContext: 'acct_1' }),
      () => stripe.v2.core.accounts.retrieve('acct_1', { include: ['identity', 'requirements'] }, { stripeContext: 'acct_1' }),
      { id: 'acct_1', object: 'v2.core.account' },
    );
    expectSameWire(ours, theirs);
    expect(ours.rawQuery).toBe('include[0]=identity&include[1]=requirements');
  });

  it('v2 POST with an explicit idempotency key sends it verbatim on both', async () => {
    const { ours, theirs } = await both(
      () => cp.rawRequest('POST', '/v2/core/accounts', { display_name: 'x' }, { idempotencyKey: 'idem-1' }),
      () => stripe.rawRequest('POST', '/v2/core/accounts', { display_name: 'x' }, { idempotencyKey: 'idem-1' }),
    );
    expect(ours.headers['idempotency-key']).toBe('idem-1');
    expect(theirs.headers['idempotency-key']).toBe('idem-1');
  });

  it('both refuse stripeAccount together with stripeContext', async () => {
    const before = server.requests.length;
    await expect(cp.rawRequest('POST', '/v1/x', {}, { stripeAccount: 'acct_1', stripeContext: 'acct_2' })).rejects.toThrow();
    await expect(stripe.rawRequest('POST', '/v1/x', {}, { stripeAccount: 'acct_1', stripeContext: 'acct_2' })).rejects.toThrow();
    expect(server.requests.length).toBe(before);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Form encoding: random params, byte for byte, against the official encoder on the wire.
// ---------------------------------------------------------------------------------------------

// Keys with `[` or `]` are refused by design (bracket notation cannot carry them; stripe-node sends them as written).
const keyArb = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }).filter((k) => k !== '__proto__' && !/[[\]]/.test(k));
const leafArb = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.integer(),
  fc.double({ noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: true }),
  fc.constantFrom("!'()*", '[x]', 'a+b@c.d', '&=?#%', ' '),
);
const treeArb: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, leafArb, tie('arr'), tie('obj')),
  arr: fc.array(tie('node'), { maxLength: 3 }),
  obj: fc.dictionary(keyArb, tie('node'), { maxKeys: 3 }),
})).node;
const paramsArb = fc.dictionary(keyArb, treeArb, { maxKeys: 4 });

describe('property: v1 form bodies are byte-identical to stripe-node', () => {
  it('through both SDKs on the wire', async () => {
    await fc.assert(
      fc.asyncProperty(paramsArb, async (params) => {
        const { ours, theirs } = await both(
          () => cp.rawRequest('POST', '/v1/property', params),
          () => stripe.rawRequest('POST', '/v1/property', params),
        );
        expect(ours.body).toBe(theirs.body);
      }),
      { numRuns: 60 },
    );
  });

  it('against the official encoder directly (many more cases)', async () => {
    const utils = (await import('../../node_modules/stripe/esm/utils.js')) as { queryStringifyRequestData: (d: Record<string, unknown>) => string };
    fc.assert(
      fc.property(paramsArb, (params) => {
        expect(encodeForm(params)).toBe(utils.queryStringifyRequestData(params));
      }),
      { numRuns: 1_000 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// 3. Resource methods with the same name on both SDKs: one row per case.
//    [method path as in the official SDK, arguments (ids, params), request options, reply body]
//    A row whose method cardplane does not have yet is skipped (reported as skipped, not passed).
//    Cardplane never guesses whether an object is params or options, so when options follow, the
//    params slot is filled (`{}`), which the official SDK accepts too.
// ---------------------------------------------------------------------------------------------

const LIST = { object: 'list', url: '/v1/x', has_more: false, data: [] };
const V2LIST = { data: [], next_page_url: null, previous_page_url: null };
const acct = { stripeAccount: 'acct_123' };

type Row = [method: string, args: unknown[], options?: Record<string, unknown>, reply?: unknown, stripeArgs?: unknown[]];
const rows: Row[] = [
  // Issuing
  [
    'issuing.cards.create',
    [
      {
        cardholder: 'ich_1',
        currency: 'usd',
        type: 'virtual',
        status: 'active',
        spending_controls: { spending_limits: [{ amount: 5000, interval: 'monthly' }] },
        metadata: { ref: 'A1' },
      },
    ],
    acct,
  ],
  [
    'issuing.cards.create',
    [
      {
        cardholder: 'ich_1',
        currency: 'usd',
        type: 'physical',
        financial_account: 'fa_1',
        shipping: { name: 'Jenny', service: 'express', address: { line1: '1 Main', city: 'SF', state: 'CA', postal_code: '94111', country: 'US' } },
      },
    ],
    acct,
  ],
  ['issuing.cards.retrieve', ['ic_1', { expand: ['cardholder'] }], acct],
  ['issuing.cards.update', ['ic_1', { status: 'inactive', cancellation_reason: 'lost', metadata: { a: '' } }], acct],
  ['issuing.cards.list', [{ limit: 5, cardholder: 'ich_1', status: 'active', created: { gte: 1_700_000_000 } }], acct, LIST],
  [
    'issuing.cardholders.create',
    [
      {
        name: 'Jenny Rosen',
        type: 'individual',
        email: 'jenny+1@example.com',
        phone_number: '+18008675309',
        billing: { address: { line1: '1 Main', city: 'SF', state: 'CA', postal_code: '94111', country: 'US' } },
        individual: {
          first_name: 'Jenny',
          last_name: 'Rosen',
          dob: { day: 1, month: 1, year: 1990 },
          card_issuing: { user_terms_acceptance: { date: 1_700_000_000, ip: '127.0.0.1' } },
        },
        spending_controls: { spending_limits: [{ amount: 10000, interval: 'daily', categories: ['taxicabs_limousines'] }], blocked_categories: ['betting_casino_gambling'] },
      },
    ],
    acct,
  ],
  ['issuing.cardholders.update', ['ich_1', { status: 'inactive', metadata: { k: 'v' } }], acct],
  ['issuing.cardholders.retrieve', ['ich_1', {}], acct],
  ['issuing.cardholders.list', [{ limit: 2, email: 'a+b@c.d' }], acct, LIST],
  ['issuing.authorizations.approve', ['iauth_1', { amount: 500 }], acct],
  ['issuing.authorizations.decline', ['iauth_1', { metadata: { reason: 'x' } }], acct],
  ['issuing.authorizations.list', [{ card: 'ic_1', status: 'pending', limit: 3 }], acct, LIST],
  ['issuing.transactions.retrieve', ['ipi_1', {}], acct],
  ['issuing.transactions.list', [{ card: 'ic_1', type: 'capture' }], acct, LIST],
  ['issuing.disputes.create', [{ transaction: 'ipi_1', evidence: { reason: 'fraudulent', fraudulent: { explanation: 'not me' } } }], acct],
  ['issuing.disputes.submit', ['idp_1', {}], acct],
  ['issuing.authorizations.retrieve', ['iauth_1', {}], acct],
  ['issuing.authorizations.update', ['iauth_1', { metadata: { order: '1' } }], acct],
  ['issuing.transactions.update', ['ipi_1', { metadata: { order: '1' } }], acct],
  ['issuing.disputes.retrieve', ['idp_1', {}], acct],
  ['issuing.disputes.update', ['idp_1', { evidence: { reason: 'other', other: { explanation: 'x', product_type: 'service' } } }], acct],
  ['issuing.disputes.list', [{ transaction: 'ipi_1', status: 'submitted' }], acct, LIST],
  ['issuing.tokens.retrieve', ['intok_1', {}], acct],
  ['issuing.tokens.update', ['intok_1', { status: 'suspended' }], acct],
  ['issuing.tokens.list', [{ card: 'ic_1', limit: 2 }], acct, LIST],
  ['issuing.personalizationDesigns.create', [{ physical_bundle: 'ics_1', name: 'Design', lookup_key: 'k1', carrier_text: { header_title: 'Hi', footer_body: 'Bye' } }], acct],
  ['issuing.personalizationDesigns.retrieve', ['ipcd_1', {}], acct],
  ['issuing.personalizationDesigns.update', ['ipcd_1', { name: 'n2', lookup_key: 'k2', transfer_lookup_key: true }], acct],
  ['issuing.personalizationDesigns.list', [{ status: 'active', lookup_keys: ['k1', 'k2'] }], acct, LIST],
  ['issuing.physicalBundles.retrieve', ['ics_1', {}], acct],
  ['issuing.physicalBundles.list', [{ type: 'standard', status: 'active' }], acct, LIST],
  // Connect v1
  [
    'accounts.create',
    [{ type: 'custom', country: 'US', email: 'a+b@c.d', capabilities: { card_issuing: { requested: true }, transfers: { requested: true } }, business_type: 'company' }],
  ],
  ['accounts.list', [{ limit: 3 }], undefined, LIST],
  ['accounts.del', ['acct_123', {}]],
  ['accounts.retrievePerson', ['acct_123', 'person_1', {}]],
  ['accounts.deletePerson', ['acct_123', 'person_1', {}]],
  ['accounts.listCapabilities', ['acct_123', {}], undefined, LIST],
  ['accounts.retrieveCapability', ['acct_123', 'card_issuing', {}]],
  ['accounts.updateCapability', ['acct_123', 'card_issuing', { requested: true }]],
  ['events.retrieve', ['evt_1', {}]],
  ['events.list', [{ type: 'issuing_authorization.request', limit: 3, created: { gte: 1_700_000_000 } }], undefined, LIST],
  [
    'accounts.update',
    [
      'acct_123',
      {
        capabilities: { card_issuing: { requested: true }, transfers: { requested: true } },
        settings: { card_issuing: { tos_acceptance: { date: 1_700_000_000, ip: '10.0.0.1' } } },
      },
    ],
  ],
  ['accounts.retrieve', ['acct_123']],
  [
    'accounts.createPerson',
    [
      'acct_123',
      {
        first_name: 'Jenny',
        last_name: 'Rosen',
        email: 'jenny@example.com',
        relationship: { representative: true, executive: true, title: 'CEO', percent_ownership: 25 },
        dob: { day: 1, month: 1, year: 1990 },
      },
    ],
  ],
  ['accounts.updatePerson', ['acct_123', 'person_1', { relationship: { owner: true } }]],
  ['accounts.listPersons', ['acct_123', { limit: 3 }], undefined, LIST],
  ['accountLinks.create', [{ account: 'acct_123', type: 'account_onboarding', refresh_url: 'https://a.example/refresh', return_url: 'https://a.example/return?x=1' }]],
  ['accounts.retrieveCurrent', [{}], acct],
  ['accounts.createExternalAccount', ['acct_123', { external_account: 'btok_us_verified', default_for_currency: true, metadata: { a: 'b' } }]],
  [
    'accounts.createExternalAccount',
    [
      'acct_123',
      {
        external_account: {
          object: 'bank_account',
          country: 'US',
          currency: 'usd',
          account_holder_name: 'Jenny Rosen',
          account_holder_type: 'individual',
          routing_number: '110000000',
          account_number: '000123456789',
        },
      },
    ],
  ],
  ['accounts.retrieveExternalAccount', ['acct_123', 'ba_1', {}]],
  ['accounts.updateExternalAccount', ['acct_123', 'ba_1', { default_for_currency: true, account_holder_name: 'J R', metadata: { a: '' } }]],
  ['accounts.deleteExternalAccount', ['acct_123', 'ba_1', {}]],
  ['accounts.listExternalAccounts', ['acct_123', { object: 'bank_account', limit: 3 }], undefined, LIST],
  ['accounts.createLoginLink', ['acct_123', {}]],
  ['accounts.reject', ['acct_123', { reason: 'fraud_other' }]],
  ['accounts.unreject', ['acct_123', {}]],
  [
    'accountSessions.create',
    [{ account: 'acct_123', components: { account_onboarding: { enabled: true, features: { external_account_collection: true } }, notification_banner: { enabled: true } } }],
  ],
  ['files.retrieve', ['file_1', {}], acct],
  ['files.list', [{ purpose: 'identity_document', limit: 2 }], acct, LIST],
  ['fileLinks.create', [{ file: 'file_1', expires_at: 1_900_000_000, metadata: { a: 'b' } }]],
  ['fileLinks.retrieve', ['link_1', {}]],
  ['fileLinks.update', ['link_1', { expires_at: 'now' }]],
  ['fileLinks.list', [{ file: 'file_1', expired: false }], undefined, LIST],
  // Treasury
  [
    'treasury.financialAccounts.create',
    [{ supported_currencies: ['usd'], features: { card_issuing: { requested: true }, deposit_insurance: { requested: true }, financial_addresses: { aba: { requested: true } } } }],
    acct,
  ],
  ['treasury.financialAccounts.updateFeatures', ['fa_1', { card_issuing: { requested: true }, intra_stripe_flows: { requested: false } }], acct],
  ['treasury.financialAccounts.retrieveFeatures', ['fa_1', {}], acct],
  ['treasury.financialAccounts.list', [{ limit: 3 }], acct, LIST],
  ['treasury.outboundTransfers.create', [{ financial_account: 'fa_1', amount: 1000, currency: 'usd', destination_payment_method: 'pm_1', description: 'x' }], acct],
  [
    'treasury.outboundPayments.create',
    [{ financial_account: 'fa_1', amount: 1000, currency: 'usd', destination_payment_method_data: { type: 'financial_account', financial_account: 'fa_2' } }],
    acct,
  ],
  ['treasury.inboundTransfers.create', [{ financial_account: 'fa_1', amount: 1000, currency: 'usd', origin_payment_method: 'pm_1' }], acct],
  ['treasury.transactions.list', [{ financial_account: 'fa_1', limit: 2 }], acct, LIST],
  ['treasury.financialAccounts.retrieve', ['fa_1', {}], acct],
  ['treasury.financialAccounts.update', ['fa_1', { metadata: { a: 'b' }, nickname: 'Ops' }], acct],
  ['treasury.financialAccounts.close', ['fa_1', { forwarding_settings: { type: 'financial_account', financial_account: 'fa_2' } }], acct],
  ['treasury.inboundTransfers.retrieve', ['ibt_1', {}], acct],
  ['treasury.inboundTransfers.list', [{ financial_account: 'fa_1', status: 'processing' }], acct, LIST],
  ['treasury.inboundTransfers.cancel', ['ibt_1', {}], acct],
  ['treasury.outboundTransfers.retrieve', ['obt_1', {}], acct],
  ['treasury.outboundTransfers.list', [{ financial_account: 'fa_1' }], acct, LIST],
  ['treasury.outboundTransfers.cancel', ['obt_1', {}], acct],
  ['treasury.outboundPayments.retrieve', ['obp_1', {}], acct],
  ['treasury.outboundPayments.list', [{ financial_account: 'fa_1', created: { gt: 1_700_000_000 } }], acct, LIST],
  ['treasury.outboundPayments.cancel', ['obp_1', {}], acct],
  ['treasury.receivedCredits.retrieve', ['rc_1', {}], acct],
  ['treasury.receivedCredits.list', [{ financial_account: 'fa_1', status: 'succeeded' }], acct, LIST],
  ['treasury.receivedDebits.retrieve', ['rd_1', {}], acct],
  ['treasury.receivedDebits.list', [{ financial_account: 'fa_1' }], acct, LIST],
  ['treasury.creditReversals.create', [{ received_credit: 'rc_1', metadata: { a: 'b' } }], acct],
  ['treasury.creditReversals.retrieve', ['credrev_1', {}], acct],
  ['treasury.creditReversals.list', [{ financial_account: 'fa_1' }], acct, LIST],
  ['treasury.debitReversals.create', [{ received_debit: 'rd_1' }], acct],
  ['treasury.debitReversals.retrieve', ['debrev_1', {}], acct],
  ['treasury.debitReversals.list', [{ financial_account: 'fa_1' }], acct, LIST],
  ['treasury.transactions.retrieve', ['trxn_1', {}], acct],
  ['treasury.transactionEntries.retrieve', ['trxne_1', {}], acct],
  ['treasury.transactionEntries.list', [{ financial_account: 'fa_1', limit: 2 }], acct, LIST],
  // Money movement
  ['topups.retrieve', ['tu_1', {}]],
  ['topups.update', ['tu_1', { description: 'x', metadata: { a: 'b' } }]],
  ['topups.list', [{ status: 'succeeded', amount: { gte: 100 } }], undefined, LIST],
  ['topups.cancel', ['tu_1', {}]],
  ['transfers.retrieve', ['tr_1', {}]],
  ['transfers.update', ['tr_1', { description: 'x' }]],
  ['transfers.list', [{ destination: 'acct_123', limit: 2 }], undefined, LIST],
  ['transfers.createReversal', ['tr_1', { amount: 500, description: 'float back', refund_application_fee: true, metadata: { a: 'b' } }]],
  ['transfers.listReversals', ['tr_1', { limit: 2 }], undefined, LIST],
  ['transfers.retrieveReversal', ['tr_1', 'trr_1', {}]],
  ['transfers.updateReversal', ['tr_1', 'trr_1', { metadata: { a: 'b', drop: '' } }]],
  ['balanceTransactions.list', [{ type: 'topup', currency: 'usd', source: 'tu_1', created: { gte: 1_700_000_000 }, limit: 3 }], acct, LIST],
  ['balanceTransactions.retrieve', ['txn_1', {}], acct],
  ['payouts.retrieve', ['po_1', {}], acct],
  ['payouts.update', ['po_1', { metadata: { a: 'b' } }], acct],
  ['payouts.list', [{ status: 'paid' }], acct, LIST],
  ['payouts.cancel', ['po_1', {}], acct],
  ['payouts.reverse', ['po_1', { metadata: { a: 'b' } }], acct],
  ['topups.create', [{ amount: 2000, currency: 'usd', destination_balance: 'issuing', description: 'Top-up', statement_descriptor: 'Top-up' }]],
  ['transfers.create', [{ amount: 1000, currency: 'usd', destination: 'acct_123', transfer_group: 'g1' }]],
  ['payouts.create', [{ amount: 1000, currency: 'usd', destination: 'ba_1', method: 'standard' }], acct],
  ['balance.retrieve', [{}], acct],
  // Test helpers
  [
    'testHelpers.issuing.authorizations.create',
    [{ card: 'ic_1', amount: 1000, merchant_data: { category: 'taxicabs_limousines', name: 'Cab' }, is_amount_controllable: true }],
    acct,
  ],
  ['testHelpers.issuing.authorizations.capture', ['iauth_1', { capture_amount: 1000, close_authorization: true }], acct],
  ['testHelpers.issuing.authorizations.expire', ['iauth_1', {}], acct],
  ['testHelpers.issuing.cards.deliverCard', ['ic_1', {}], acct],
  ['testHelpers.issuing.cards.shipCard', ['ic_1', {}], acct],
  ['testHelpers.issuing.authorizations.finalizeAmount', ['iauth_1', { final_amount: 900 }], acct],
  ['testHelpers.issuing.authorizations.increment', ['iauth_1', { increment_amount: 100, is_amount_controllable: true }], acct],
  ['testHelpers.issuing.authorizations.reverse', ['iauth_1', { reverse_amount: 100 }], acct],
  ['testHelpers.issuing.authorizations.respond', ['iauth_1', { confirmed: true }], acct],
  ['testHelpers.issuing.cards.failCard', ['ic_1', {}], acct],
  ['testHelpers.issuing.cards.returnCard', ['ic_1', {}], acct],
  ['testHelpers.issuing.cards.submitCard', ['ic_1', {}], acct],
  ['testHelpers.issuing.personalizationDesigns.activate', ['ipcd_1', {}], acct],
  ['testHelpers.issuing.personalizationDesigns.deactivate', ['ipcd_1', {}], acct],
  ['testHelpers.issuing.personalizationDesigns.reject', ['ipcd_1', { rejection_reasons: { card_logo: ['geographic_location'] } }], acct],
  ['testHelpers.issuing.transactions.createUnlinkedRefund', [{ card: 'ic_1', amount: 100, currency: 'usd' }], acct],
  ['testHelpers.issuing.transactions.refund', ['ipi_1', { refund_amount: 100 }], acct],
  ['testHelpers.treasury.inboundTransfers.fail', ['ibt_1', { failure_details: { code: 'account_closed' } }], acct],
  ['testHelpers.treasury.inboundTransfers.succeed', ['ibt_1', {}], acct],
  ['testHelpers.treasury.inboundTransfers.returnInboundTransfer', ['ibt_1', {}], acct],
  ['testHelpers.treasury.outboundTransfers.update', ['obt_1', { tracking_details: { type: 'ach', ach: { trace_id: 't1' } } }], acct],
  ['testHelpers.treasury.outboundTransfers.fail', ['obt_1', {}], acct],
  ['testHelpers.treasury.outboundTransfers.post', ['obt_1', {}], acct],
  ['testHelpers.treasury.outboundTransfers.returnOutboundTransfer', ['obt_1', { returned_details: { code: 'account_closed' } }], acct],
  ['testHelpers.treasury.outboundPayments.update', ['obp_1', { tracking_details: { type: 'ach', ach: { trace_id: 't1' } } }], acct],
  ['testHelpers.treasury.outboundPayments.fail', ['obp_1', {}], acct],
  ['testHelpers.treasury.outboundPayments.post', ['obp_1', {}], acct],
  ['testHelpers.treasury.outboundPayments.returnOutboundPayment', ['obp_1', { returned_details: { code: 'declined' } }], acct],
  ['testHelpers.treasury.receivedDebits.create', [{ financial_account: 'fa_1', network: 'ach', amount: 1000, currency: 'usd' }], acct],
  ['testHelpers.issuing.transactions.createForceCapture', [{ card: 'ic_1', amount: 1000, currency: 'usd' }], acct],
  ['testHelpers.treasury.receivedCredits.create', [{ financial_account: 'fa_1', network: 'ach', amount: 1000, currency: 'usd' }], acct],
  // Accounts v2 (cardplane pins its preview version; the official SDK is told the same version)
  [
    'v2.core.accounts.create',
    [
      {
        include: ['configuration.card_creator'],
        display_name: 'Acme',
        identity: { country: 'us', entity_type: 'company' },
        configuration: { card_creator: { capabilities: { commercial: { stripe: { charge_card: { requested: true } } } } } },
      },
    ],
    { apiVersion: API_VERSIONS.v2Accounts },
  ],
  ['v2.core.accounts.retrieve', ['acct_123', { include: ['identity', 'requirements'] }], { apiVersion: API_VERSIONS.v2Accounts }],
  [
    'v2.core.accounts.update',
    ['acct_123', { include: ['requirements'], configuration: { card_creator: { capabilities: { commercial: { stripe: { charge_card: { requested: true } } } } } } }],
    { apiVersion: API_VERSIONS.v2Accounts, stripeContext: 'acct_123' },
  ],
  ['v2.core.accounts.list', [{ limit: 2 }], { apiVersion: API_VERSIONS.v2Accounts }, V2LIST],
  ['v2.core.accounts.close', ['acct_123', { applied_configurations: ['card_creator'] }], { apiVersion: API_VERSIONS.v2Accounts }],
  ['v2.core.events.retrieve', ['evt_1', {}], { stripeContext: 'acct_123' }],
  ['v2.core.events.list', [{ object_id: 'acct_123', limit: 2 }], undefined, V2LIST],
  [
    'v2.core.accountLinks.create',
    [
      {
        account: 'acct_123',
        use_case: { type: 'account_onboarding', account_onboarding: { configurations: ['recipient'], refresh_url: 'https://a.example/r', return_url: 'https://a.example/x' } },
      },
    ],
    { apiVersion: API_VERSIONS.v2Accounts },
  ],
  [
    'v2.core.accounts.persons.create',
    [
      'acct_123',
      {
        given_name: 'Jenny',
        surname: 'Rosen',
        email: 'jenny@example.com',
        relationship: { representative: true, owner: true, percent_ownership: '0.75' },
        id_numbers: [{ type: 'us_ssn_last_4', value: '0000' }],
        documents: { primary_verification: { type: 'front_back', front_back: { front: 'file_1' } } },
      },
    ],
    { stripeContext: 'acct_123' },
  ],
  ['v2.core.accounts.persons.retrieve', ['acct_123', 'person_1', {}]],
  ['v2.core.accounts.persons.update', ['acct_123', 'person_1', { relationship: { executive: true, title: 'CEO' } }]],
  ['v2.core.accounts.persons.list', ['acct_123', { limit: 2 }], undefined, V2LIST],
  ['v2.core.accounts.persons.del', ['acct_123', 'person_1', {}]],
  ['v2.core.accounts.personTokens.create', ['acct_123', { given_name: 'Jenny', relationship: { director: true } }]],
  ['v2.core.accounts.personTokens.retrieve', ['acct_123', 'perstok_1', {}]],
  ['v2.core.accountTokens.create', [{ contact_email: 'ops@acme.test', identity: { entity_type: 'company', business_details: { registered_name: 'Acme' } } }]],
  ['v2.core.accountTokens.retrieve', ['accttok_1', {}]],
  [
    'v2.core.eventDestinations.create',
    [
      {
        name: 'hooks',
        type: 'webhook_endpoint',
        event_payload: 'thin',
        events_from: ['other_accounts'],
        enabled_events: ['v2.core.account[requirements].updated'],
        webhook_endpoint: { url: 'https://a.example/hooks' },
        include: ['webhook_endpoint.url'],
      },
    ],
  ],
  ['v2.core.eventDestinations.retrieve', ['ed_1', { include: ['webhook_endpoint.url'] }]],
  ['v2.core.eventDestinations.update', ['ed_1', { description: 'd', enabled_events: ['v2.core.account.updated'] }]],
  ['v2.core.eventDestinations.list', [{ limit: 2 }], undefined, V2LIST],
  ['v2.core.eventDestinations.del', ['ed_1', {}]],
  ['v2.core.eventDestinations.enable', ['ed_1', {}]],
  ['v2.core.eventDestinations.disable', ['ed_1', {}]],
  ['v2.core.eventDestinations.ping', ['ed_1', {}]],
];

function methodAt(root: unknown, path: string): ((...args: unknown[]) => PromiseLike<unknown>) | undefined {
  const parts = path.split('.');
  const name = parts.pop()!;
  let node: unknown = root;
  for (const p of parts) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[p] : undefined;
  const fn = node && typeof node === 'object' ? (node as Record<string, unknown>)[name] : undefined;
  return typeof fn === 'function' ? (fn as (...a: unknown[]) => PromiseLike<unknown>).bind(node) : undefined;
}

/** Every method path of a client (`issuing.cards.create`, …), walking its namespaces. */
function methodPaths(root: object, prefix = ''): string[] {
  const out: string[] = [];
  for (const key of Object.keys(root)) {
    const value = (root as Record<string, unknown>)[key];
    if (typeof value === 'function') out.push(prefix + key);
    else if (value && typeof value === 'object') out.push(...methodPaths(value, `${prefix}${key}.`));
  }
  return out;
}

describe('resource methods: same name, same wire', () => {
  const probe = new Cardplane({ apiKey: KEY, baseUrl: 'http://127.0.0.1:1' });
  for (const [method, args, options, body, stripeArgs] of rows) {
    const present = methodAt(probe, method) !== undefined;
    it.skipIf(!present)(`${method}(${JSON.stringify(args).slice(1, 60)}…)`, async () => {
      const ours = methodAt(cp, method)!;
      const theirs = methodAt(stripe, method);
      expect(theirs, `stripe.${method} exists`).toBeDefined();
      const withOptions = (a: unknown[]) => structuredClone(options ? [...a, options] : a);
      const { ours: a, theirs: b } = await both(
        () => ours(...withOptions(args)),
        () => theirs!(...withOptions(stripeArgs ?? args)),
        body,
      );
      expectSameWire(a, b, { version: !!options && 'apiVersion' in options });
    });
  }

  it('every cardplane method that the official SDK also has is covered by a row', () => {
    const covered = new Set([...rows.map(([m]) => m), ...MULTIPART_COVERED]);
    const shared = methodPaths(probe).filter((m) => methodAt(stripe, m) !== undefined);
    expect(shared.length).toBeGreaterThan(0);
    // Add a row to the table above for any method listed here.
    expect(shared.filter((m) => !covered.has(m))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// 4. Uploads: `files.create` sends multipart/form-data. The boundaries differ (each SDK draws its own);
//    with the boundary replaced, the bodies must be byte-identical, and the decoded parts equal.
// ---------------------------------------------------------------------------------------------

const MULTIPART_COVERED = ['files.create'];

/** The parts of a multipart body: headers and bytes of each. */
function parts(r: Recorded): { headers: string[]; data: string }[] {
  const boundary = /boundary=([^;]+)/.exec(r.headers['content-type'] ?? '')?.[1];
  expect(boundary, 'a boundary in the content type').toBeTruthy();
  const text = Buffer.from(r.bytes).toString('latin1');
  const chunks = text.split(`--${boundary}`);
  expect(chunks.at(-1)).toBe('--\r\n');
  return chunks.slice(1, -1).map((c) => {
    const [head = '', ...body] = c.slice(2, -2).split('\r\n\r\n');
    return { headers: head.split('\r\n'), data: body.join('\r\n\r\n') };
  });
}

function normalized(r: Recorded): string {
  const boundary = /boundary=([^;]+)/.exec(r.headers['content-type'] ?? '')?.[1] ?? '';
  return Buffer.from(r.bytes).toString('latin1').split(boundary).join('BOUNDARY');
}

describe('files.create: the same multipart upload as the official SDK', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 1, 2, 255, 13, 10, 45, 45]);
  const FILE = {
    id: 'file_1',
    object: 'file',
    created: 1,
    expires_at: null,
    filename: 'id.png',
    purpose: 'identity_document',
    size: png.length,
    title: null,
    type: 'png',
    url: null,
  };
  const cases: [string, () => Record<string, unknown>, (() => Record<string, unknown>)?][] = [
    [
      'bytes with name and type, file link data and expand',
      () => ({
        purpose: 'identity_document',
        file: { data: png, name: 'id.png', type: 'image/png' },
        file_link_data: { create: true, expires_at: 1_900_000_000, metadata: { a: 'b' } },
        expand: ['links'],
      }),
    ],
    ['bytes without name or type (defaults blob, application/octet-stream)', () => ({ purpose: 'dispute_evidence', file: { data: png } })],
    ['text data, a name needing quotes', () => ({ purpose: 'additional_verification', file: { data: 'hello\r\nworld', name: 'a "quoted"\r\nname.txt', type: 'text/plain' } })],
    [
      'a File (cardplane) and its { data, name, type } (official SDK)',
      () => ({ purpose: 'identity_document', file: new File([png], 'front.png', { type: 'image/png' }) }),
      () => ({ purpose: 'identity_document', file: { data: png, name: 'front.png', type: 'image/png' } }),
    ],
    [
      'a Node stream on both sides',
      () => ({ purpose: 'identity_document', file: { data: Readable.from([Buffer.from(png.slice(0, 5)), Buffer.from(png.slice(5))]), name: 'id.png', type: 'image/png' } }),
    ],
  ];
  for (const [name, ourParams, theirParams] of cases) {
    it(name, async () => {
      const { ours, theirs } = await both(
        () => cp.files.create(ourParams() as never, { stripeAccount: 'acct_123' }),
        () => stripe.files.create((theirParams ?? ourParams)() as never, { stripeAccount: 'acct_123' }),
        FILE,
      );
      expect(ours.path).toBe('/v1/files');
      expect(ours.method).toBe(theirs.method);
      expect(ours.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
      expect(ours.headers['stripe-account']).toBe('acct_123');
      expect(ours.headers['idempotency-key']).toMatch(UUID_V4);
      expect(ours.headers.authorization).toBe(theirs.headers.authorization);
      expect(parts(ours)).toEqual(parts(theirs));
      expect(normalized(ours)).toBe(normalized(theirs));
    });
  }

  it("a file over the purpose's size limit or an unknown purpose is refused, naming the field, and nothing is sent", async () => {
    const start = server.requests.length;
    const big = await cp.files.create({ purpose: 'business_logo', file: { data: new Uint8Array(512 * 1024 + 1), name: 'logo.png' } }).catch((e: unknown) => e);
    expect(big).toBeInstanceOf(CardplaneValidationError);
    expect((big as CardplaneValidationError).field).toBe('file');
    expect((big as Error).message).toMatch(/524289 bytes; Stripe takes at most 524288 bytes for purpose "business_logo"/);
    const huge = await cp.files.create({ purpose: 'identity_document', file: new Blob([new Uint8Array(16 * 1024 * 1024 + 1)]) }).catch((e: unknown) => e);
    expect((huge as CardplaneValidationError).field).toBe('file');
    const purpose = await cp.files.create({ purpose: 'selfie' as never, file: { data: png } }).catch((e: unknown) => e);
    expect((purpose as CardplaneValidationError).field).toBe('purpose');
    const shape = await cp.files.create({ purpose: 'identity_document', file: { bytes: png } as never }).catch((e: unknown) => e);
    expect((shape as CardplaneValidationError).field).toBe('file');
    expect((shape as Error).message).toMatch(/Blob or File, or \{ data, name\?, type\? \}/);
    expect(server.requests.length - start).toBe(0);
  });

  it('uploads go to files.stripe.com by default, to uploadBaseUrl when given, and retry with the same bytes and key', async () => {
    const seen: { url: string; body: Uint8Array; key: string | null }[] = [];
    const recording = (status: number[]) =>
      (async (input: RequestInfo | URL, init?: RequestInit) => {
        const req = new Request(input, init);
        seen.push({ url: req.url, body: new Uint8Array(await req.arrayBuffer()), key: req.headers.get('idempotency-key') });
        return new Response(JSON.stringify(FILE), { status: status.shift() ?? 200, headers: { 'content-type': 'application/json' } });
      }) as typeof fetch;
    const live = new Cardplane({ apiKey: KEY, fetch: recording([]), logLevel: 'off' });
    await live.files.create({ purpose: 'identity_document', file: { data: png } });
    await live.files.list({ limit: 1 }).catch(() => undefined);
    expect(seen.map((s) => new URL(s.url).origin)).toEqual(['https://files.stripe.com', 'https://api.stripe.com']);
    seen.length = 0;
    const custom = new Cardplane({ apiKey: KEY, uploadBaseUrl: 'https://uploads.example.test', fetch: recording([500]), logLevel: 'off', maxRetries: 1 });
    const file = await custom.files.create({ purpose: 'identity_document', file: { data: Readable.from([Buffer.from(png)]) } });
    expect(file.id).toBe('file_1');
    expect(seen).toHaveLength(2);
    expect(new URL(seen[0]!.url).origin).toBe('https://uploads.example.test');
    expect(seen[1]!.body).toEqual(seen[0]!.body);
    expect(seen[1]!.key).toBe(seen[0]!.key);
    expect(() => new Cardplane({ apiKey: KEY, uploadBaseUrl: 'http://uploads.example.test' })).toThrow(/plain http/);
  });
});

// ---------------------------------------------------------------------------------------------
// 5. Onboarding areas: every method of the official SDK there exists on cardplane, by name.
// ---------------------------------------------------------------------------------------------

/** The methods of an official SDK resource (its own class's prototype) and of its sub-resources. */
function sdkMethods(resource: object, prefix: string): string[] {
  const out: string[] = [];
  const proto = Object.getPrototypeOf(resource) as object;
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (name !== 'constructor' && !name.startsWith('_') && typeof (proto as Record<string, unknown>)[name] === 'function') out.push(`${prefix}.${name}`);
  }
  for (const [key, value] of Object.entries(resource)) {
    if (!key.startsWith('_') && value && typeof value === 'object' && typeof (value as { _makeRequest?: unknown })._makeRequest === 'function')
      out.push(...sdkMethods(value, `${prefix}.${key}`));
  }
  return out;
}

describe('Connect onboarding: no method of the official SDK is missing', () => {
  const AREAS = [
    'accounts',
    'accountLinks',
    'accountSessions',
    'files',
    'fileLinks',
    'events',
    'v2.core.accounts',
    'v2.core.accountLinks',
    'v2.core.accountTokens',
    'v2.core.eventDestinations',
    'v2.core.events',
  ];
  it.each(AREAS)('%s', (area) => {
    const theirs = area.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], stripe) as object;
    // `addFetchRelatedObjectIfNeeded` is the official SDK's own event helper, not an API call.
    const methods = sdkMethods(theirs, area).filter((m) => !m.endsWith('.addFetchRelatedObjectIfNeeded'));
    expect(methods.length).toBeGreaterThan(0);
    if (area === 'v2.core.accounts') expect(methods).toEqual(expect.arrayContaining(['v2.core.accounts.persons.create', 'v2.core.accounts.personTokens.retrieve']));
    const probe = new Cardplane({ apiKey: KEY, baseUrl: 'http://127.0.0.1:1' });
    expect(methods.filter((m) => methodAt(probe, m) === undefined)).toEqual([]);
  });
});
