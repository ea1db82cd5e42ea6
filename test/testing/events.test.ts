import { describe, expect, it } from 'vitest';
import { Cardplane } from '../../src/index.js';
import { createMockStripe } from '../../src/testing/index.js';

// Every state change of the mock writes the v1 event Stripe would (object snapshot, previous_attributes
// on updates, `account` for a connected account) and v2 accounts write v2 thin events; both are read back
// through the client's events resources.
const address = { line1: '1 Main', city: 'SF', country: 'US', postal_code: '94111' };

function setup() {
  const mock = createMockStripe();
  const platform = new Cardplane({ apiKey: 'sk_test_mock', fetch: mock.fetch, strict: true });
  return { mock, platform };
}

describe('cardplane/testing writes events', () => {
  it('writes v1 events for an Issuing flow under the connected account, with snapshots and previous_attributes', async () => {
    const { platform } = setup();
    const acct = await platform.accounts.create({ type: 'custom', country: 'US', capabilities: { card_issuing: { requested: true } } });
    const cp = platform.forAccount(acct.id);
    await cp.topups.create({ amount: 5_000, currency: 'usd', destination_balance: 'issuing' });
    const holder = await cp.issuing.cardholders.create({ name: 'Jenny Rosen', billing: { address } });
    const card = await cp.issuing.cards.create({ cardholder: holder.id, currency: 'usd', type: 'virtual' });
    await cp.issuing.cards.update(card.id, { status: 'active', metadata: { team: 'ops' } });
    const auth = await cp.testHelpers.issuing.authorizations.create({ card: card.id, amount: 1_200, currency: 'usd' });
    await cp.testHelpers.issuing.authorizations.capture(auth.id);

    const events = (await cp.events.list({ limit: 100 })).data;
    const types = events.map((e) => e.type).reverse();
    expect(types).toEqual([
      'topup.created',
      'topup.succeeded',
      'balance.available',
      'issuing_cardholder.created',
      'issuing_card.created',
      'issuing_card.updated',
      'issuing_authorization.created',
      'balance.available',
      'issuing_authorization.updated',
      'issuing_transaction.created',
    ]);
    for (const e of events) expect(e.account).toBe(acct.id);

    const updated = events.find((e) => e.type === 'issuing_card.updated')!;
    expect((updated.data.object as { status: string }).status).toBe('active');
    expect(updated.data.previous_attributes).toEqual({ status: 'inactive', metadata: { team: null } });
    const authUpdated = events.find((e) => e.type === 'issuing_authorization.updated')!;
    expect(authUpdated.data.previous_attributes).toMatchObject({ status: 'pending' });
    expect((authUpdated.data.object as { status: string }).status).toBe('closed');
    const created = events.find((e) => e.type === 'issuing_card.created')!;
    expect(created.data.previous_attributes).toBeUndefined();
    expect(created.request?.id).toMatch(/^req_/);
    expect(created.request?.idempotency_key).toBeTruthy();
    // The Issuing balance after the hold: 5000 - 1200 (the capture spends what was held: no change).
    const lastBalance = events.find((e) => e.type === 'balance.available')!;
    expect((lastBalance.data.object as { issuing: { available: { amount: number }[] } }).issuing.available[0]!.amount).toBe(3_800);

    // Retrieve by id; filters by type (exact and wildcard); the platform does not see the account's events.
    expect((await cp.events.retrieve(created.id)).id).toBe(created.id);
    expect((await cp.events.list({ type: 'issuing_authorization.*' })).data.map((e) => e.type)).toEqual(['issuing_authorization.updated', 'issuing_authorization.created']);
    const platformTypes = (await platform.events.list({ limit: 100 })).data.map((e) => e.type);
    expect(platformTypes.filter((t) => t.startsWith('issuing_'))).toEqual([]);
  });

  it('a request that changes nothing, and an idempotent replay, write nothing', async () => {
    const { mock, platform } = setup();
    const holder = await platform.issuing.cardholders.create({ name: 'Jenny Rosen', email: 'jenny@example.com', billing: { address } }, { idempotencyKey: 'k1' });
    const count = mock.store.all('event').length;
    await platform.issuing.cardholders.retrieve(holder.id);
    await platform.issuing.cardholders.create({ name: 'Jenny Rosen', email: 'jenny@example.com', billing: { address } }, { idempotencyKey: 'k1' });
    await platform.issuing.cardholders.update(holder.id, { email: 'jenny@example.com' });
    expect(mock.store.all('event').length).toBe(count);
    expect(count).toBe(1);
  });

  it('v1 account updates write account.updated and capability.updated under the account', async () => {
    const { platform } = setup();
    const acct = await platform.accounts.create({ type: 'custom', country: 'US', capabilities: { card_issuing: { requested: true } } });
    await platform.accounts.update(acct.id, { business_type: 'company', settings: { card_issuing: { tos_acceptance: { date: 1_696_634_647, ip: '192.168.123.132' } } } });
    const events = (await platform.forAccount(acct.id).events.list()).data;
    const cap = events.find((e) => e.type === 'capability.updated')!;
    expect(cap.account).toBe(acct.id);
    expect(cap.data.object).toMatchObject({ id: 'card_issuing', object: 'capability', account: acct.id, status: 'active' });
    expect(cap.data.previous_attributes).toEqual({ status: 'inactive' });
    const updated = events.find((e) => e.type === 'account.updated')!;
    expect((updated.data.previous_attributes as { business_type?: unknown }).business_type).toBeNull();
  });

  it('v2 accounts write thin v2 events: created, updated, capability_status_updated with the capability', async () => {
    const { platform } = setup();
    const acct = await platform.v2.core.accounts.create({
      identity: { country: 'gb', entity_type: 'individual' },
      configuration: { card_creator: { capabilities: { commercial: { stripe: { charge_card: { requested: true } } } } } },
    });
    await platform.v2.core.accounts.update(acct.id, {
      identity: {
        attestations: { terms_of_service: { account: { date: '2025-07-01T10:00:00.000Z', ip: '203.0.113.9' } } },
        individual: { given_name: 'Ada', surname: 'Quill', date_of_birth: { day: 9, month: 12, year: 1990 } },
      },
    });
    const list = (await platform.v2.core.events.list({ object_id: acct.id })).data;
    const types = list.map((e) => e.type);
    expect(types).toContain('v2.core.account.created');
    expect(types).toContain('v2.core.account.updated');
    expect(types).toContain('v2.core.account[identity].updated');
    expect(types).toContain('v2.core.account[requirements].updated');
    const status = list.filter((e) => e.type === 'v2.core.account[configuration.card_creator].capability_status_updated');
    expect(status).toHaveLength(1);
    const full = await platform.v2.core.events.retrieve(status[0]!.id);
    expect(full.data).toEqual({ updated_capability: 'commercial.stripe.charge_card' });
    expect(full.related_object).toEqual({ id: acct.id, type: 'v2.core.account', url: `/v2/core/accounts/${acct.id}?include=configuration.card_creator` });
    expect(full.reason).toMatchObject({ type: 'request' });
    const listed = (await platform.v2.core.events.list({ types: ['v2.core.account.created'] })).data;
    expect(listed.map((e) => e.related_object?.id)).toEqual([acct.id]);
  });

  it('Treasury flows write treasury.* events with their status events', async () => {
    const { platform } = setup();
    const acct = await platform.accounts.create({ type: 'custom', country: 'US', capabilities: { treasury: { requested: true } } });
    const cp = platform.forAccount(acct.id);
    const fa = await cp.treasury.financialAccounts.create({ supported_currencies: ['usd'], features: { financial_addresses: { aba: { requested: true } } } });
    await cp.testHelpers.treasury.receivedCredits.create({ financial_account: fa.id, network: 'ach', amount: 10_000, currency: 'usd' });
    const ot = await cp.treasury.outboundTransfers.create({ financial_account: fa.id, amount: 1_000, currency: 'usd', destination_payment_method: 'pm_usBankAccount' });
    await cp.testHelpers.treasury.outboundTransfers.post(ot.id);
    const types = (await cp.events.list({ limit: 100 })).data.map((e) => e.type);
    expect(types).toEqual(
      expect.arrayContaining([
        'treasury.financial_account.created',
        'treasury.received_credit.created',
        'treasury.received_credit.succeeded',
        'treasury.outbound_transfer.created',
        'treasury.outbound_transfer.posted',
      ]),
    );
    expect(types.filter((t) => t === 'treasury.outbound_transfer.posted')).toHaveLength(1);
  });
});
