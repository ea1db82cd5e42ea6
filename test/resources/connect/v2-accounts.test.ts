import { describe, expect, it } from 'vitest';
import { UUID_V4 } from '../../core/uuid.js';
import { API_VERSIONS, CardplaneValidationError, capabilityStatus, isCapabilityActive, type V2CoreAccountCreateParams } from '../../../src/index.js';
import { useMockStripe } from '../../helpers/msw.js';

const t = useMockStripe();

const issuingAccount = {
  contact_email: 'ops@acme.example',
  display_name: 'Acme Cards',
  dashboard: 'none',
  identity: { country: 'gb', entity_type: 'individual' },
  configuration: {
    card_creator: { capabilities: { commercial: { stripe: { charge_card: { requested: true } } } } },
    recipient: { capabilities: { stripe_balance: { stripe_transfers: { requested: true } } } },
  },
  defaults: { currency: 'gbp', responsibilities: { fees_collector: 'application', losses_collector: 'application' } },
  include: ['configuration.card_creator', 'configuration.recipient'],
} satisfies V2CoreAccountCreateParams;

const satisfying = {
  identity: {
    attestations: { terms_of_service: { account: { date: '2025-07-01T10:00:00.000Z', ip: '203.0.113.9', user_agent: 'Mozilla/5.0' } } },
    individual: { given_name: 'Ada', surname: 'Quill', date_of_birth: { day: 9, month: 12, year: 1990 } },
  },
  include: ['configuration.card_creator', 'configuration.recipient', 'requirements'],
} satisfies V2CoreAccountCreateParams;

describe('v2.core.accounts', () => {
  it('create sends a JSON body with include and returns the requested capabilities restricted', async () => {
    const acct = await t.cp.v2.core.accounts.create(issuingAccount);
    const wire = await t.last();
    expect(wire.method).toBe('POST');
    expect(wire.path).toBe('/v2/core/accounts');
    expect(wire.headers['content-type']).toContain('application/json');
    expect(wire.headers['stripe-version']).toBe(API_VERSIONS.v2Accounts);
    expect(wire.headers['idempotency-key']).toMatch(UUID_V4);
    expect(wire.json).toEqual(issuingAccount);

    expect(acct.object).toBe('v2.core.account');
    expect(acct.id).toMatch(/^acct_/);
    expect(acct.applied_configurations).toEqual(['recipient', 'card_creator']);
    expect(acct.created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const charge = acct.configuration?.card_creator?.capabilities?.commercial?.stripe?.charge_card;
    expect(charge).toEqual({ requested: true, status: 'restricted', status_details: [{ code: 'requirements_past_due', resolution: 'provide_info' }] });
    expect(capabilityStatus(acct, 'recipient', 'stripe_balance.stripe_transfers')).toBe('restricted');
    // not included: null, as on the wire
    expect(acct.configuration?.merchant).toBeNull();
    expect(acct.identity).toBeNull();
    expect(acct.requirements).toBeNull();
    expect(acct.defaults).toBeNull();
  });

  it('create with the documented Issuing request (merchant settings too) applies all three configurations', async () => {
    const params: V2CoreAccountCreateParams = {
      include: ['configuration.card_creator', 'configuration.recipient'],
      contact_email: 'owner@example.org',
      display_name: 'Jo Bloggs',
      identity: { country: 'gb', entity_type: 'individual' },
      configuration: {
        merchant: { mcc: '5045', statement_descriptor: { descriptor: 'JOBLOGGS' }, support: { phone: '02079460000' } },
        card_creator: { capabilities: { commercial: { stripe: { charge_card: { requested: true } } } } },
        recipient: { capabilities: { stripe_balance: { stripe_transfers: { requested: true } } } },
      },
      dashboard: 'none',
      defaults: { currency: 'gbp', responsibilities: { fees_collector: 'application', losses_collector: 'application' } },
    };
    const acct = await t.cp.v2.core.accounts.create(params);
    expect((await t.last()).json).toEqual(params);
    expect([...acct.applied_configurations].sort()).toEqual(['card_creator', 'merchant', 'recipient']);
    expect(acct.configuration?.merchant).toBeNull();
    expect(acct.configuration?.recipient?.capabilities?.stripe_balance?.stripe_transfers?.status).toBe('restricted');
    const merchant = await t.cp.v2.core.accounts.retrieve(acct.id, { include: ['configuration.merchant'] });
    expect(merchant.configuration?.merchant).toMatchObject({ applied: true, mcc: '5045', statement_descriptor: { descriptor: 'JOBLOGGS' } });
  });

  it('retrieve puts include in the query and returns the included sections only', async () => {
    const { id } = await t.cp.v2.core.accounts.create(issuingAccount);
    const acct = await t.cp.v2.core.accounts.retrieve(id, { include: ['identity', 'requirements'] });
    const wire = await t.last();
    expect(wire.method).toBe('GET');
    expect(wire.path).toBe(`/v2/core/accounts/${id}`);
    expect(wire.query).toEqual([
      ['include[0]', 'identity'],
      ['include[1]', 'requirements'],
    ]);
    expect(wire.body).toBe('');
    expect(wire.headers['stripe-version']).toBe(API_VERSIONS.v2Accounts);
    expect(wire.headers['idempotency-key']).toBeUndefined();
    expect(acct.identity?.country).toBe('gb');
    expect(acct.configuration?.card_creator).toBeNull();
    expect(acct.requirements?.entries!.map((e) => e.description)).toEqual([
      'identity.attestations.terms_of_service.account',
      'identity.individual.given_name',
      'identity.individual.surname',
      'identity.individual.date_of_birth',
    ]);
    expect(acct.requirements?.entries![0]?.impact.restricts_capabilities).toEqual([
      { capability: 'stripe_balance.stripe_transfers', configuration: 'recipient', deadline: { status: 'past_due' } },
      { capability: 'commercial.stripe.charge_card', configuration: 'card_creator', deadline: { status: 'past_due' } },
    ]);
  });

  it('update with the attestation and individual details activates the capabilities and empties requirements', async () => {
    const { id } = await t.cp.v2.core.accounts.create(issuingAccount);
    const acct = await t.cp.v2.core.accounts.update(id, satisfying, { idempotencyKey: 'onboard-acme-1' });
    const wire = await t.last();
    expect(wire.method).toBe('POST');
    expect(wire.path).toBe(`/v2/core/accounts/${id}`);
    expect(wire.json).toEqual(satisfying);
    expect(wire.headers['idempotency-key']).toBe('onboard-acme-1');
    expect(isCapabilityActive(acct, 'card_creator', 'commercial.stripe.charge_card')).toBe(true);
    expect(isCapabilityActive(acct, 'recipient', 'stripe_balance.stripe_transfers')).toBe(true);
    expect(acct.configuration?.card_creator?.capabilities?.commercial?.stripe?.charge_card?.status_details).toEqual([]);
    expect(acct.requirements?.entries).toEqual([]);
  });

  it('update requests a new capability, which starts restricted until requirements are met', async () => {
    const { id } = await t.cp.v2.core.accounts.create({ display_name: 'Later', include: [] });
    const acct = await t.cp.v2.core.accounts.update(id, {
      configuration: { card_creator: { capabilities: { commercial: { prepaid_card: { stripe: { requested: true } } } } } },
      include: ['configuration.card_creator', 'requirements'],
    });
    expect(acct.applied_configurations).toEqual(['card_creator']);
    expect(capabilityStatus(acct, 'card_creator', 'commercial.prepaid_card.stripe')).toBe('restricted');
    expect(acct.requirements?.entries![0]).toMatchObject({ awaiting_action_from: 'user', description: 'identity.country', minimum_deadline: { status: 'past_due' } });
  });

  it('forAccount sends Stripe-Context (not Stripe-Account) on a v2 call', async () => {
    const { id } = await t.cp.v2.core.accounts.create(issuingAccount);
    await t.cp.forAccount(id).v2.core.accounts.retrieve(id);
    const wire = await t.last();
    expect(wire.headers['stripe-context']).toBe(id);
    expect(wire.headers['stripe-account']).toBeUndefined();
  });

  it('list walks every page with for await, following next_page_url and keeping the filters', async () => {
    for (let i = 0; i < 5; i++) await t.cp.v2.core.accounts.create({ ...issuingAccount, display_name: `Acme ${i}` });
    await t.cp.v2.core.accounts.create({ display_name: 'No cards', configuration: { customer: { capabilities: { automatic_indirect_tax: { requested: true } } } } });
    const names: (string | null)[] = [];
    for await (const a of t.cp.v2.core.accounts.list({ applied_configurations: ['card_creator'], limit: 2 })) names.push(a.display_name ?? null);
    expect(names).toEqual(['Acme 4', 'Acme 3', 'Acme 2', 'Acme 1', 'Acme 0']);
    const wires = (await t.requests()).filter((w) => w.method === 'GET');
    expect(wires).toHaveLength(3);
    expect(wires[0]?.query).toEqual([
      ['applied_configurations[0]', 'card_creator'],
      ['limit', '2'],
    ]);
    expect(wires[1]?.query.find(([k]) => k === 'page')).toBeTruthy();
    expect(wires[2]?.query).toContainEqual(['applied_configurations[0]', 'card_creator']);
    expect(wires.every((w) => w.headers['stripe-version'] === API_VERSIONS.v2Accounts)).toBe(true);
  });

  it('close sends applied_configurations and returns the closed account; closed accounts leave the default list', async () => {
    const { id } = await t.cp.v2.core.accounts.create(issuingAccount);
    const closed = await t.cp.v2.core.accounts.close(id, { applied_configurations: ['card_creator', 'recipient'] });
    const wire = await t.last();
    expect(wire.method).toBe('POST');
    expect(wire.path).toBe(`/v2/core/accounts/${id}/close`);
    expect(wire.json).toEqual({ applied_configurations: ['card_creator', 'recipient'] });
    expect(wire.headers['stripe-version']).toBe(API_VERSIONS.v2Accounts);
    expect(closed.closed).toBe(true);
    expect((await t.cp.v2.core.accounts.list()).data).toEqual([]);
    expect((await t.cp.v2.core.accounts.list({ closed: true })).data.map((a) => a.id)).toEqual([id]);
  });

  it('rejects a wrong enum value and an unknown capability path before sending', async () => {
    const bad = { ...issuingAccount, dashboard: 'partial' } as unknown as V2CoreAccountCreateParams;
    const err = await t.cp.v2.core.accounts.create(bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CardplaneValidationError);
    expect((err as CardplaneValidationError).field).toBe('dashboard');
    const wrongPath = {
      configuration: { card_creator: { capabilities: { stripe_balance: { stripe_transfers: { requested: true } } } } },
    } as unknown as V2CoreAccountCreateParams;
    const err2 = await t.cp.v2.core.accounts.create(wrongPath).catch((e: unknown) => e);
    expect((err2 as CardplaneValidationError).field).toBe('configuration.card_creator.capabilities.stripe_balance');
    expect(t.mock.requests).toHaveLength(0);
  });

  it('rejects an attestation without its required date, naming the field', async () => {
    const { id } = await t.cp.v2.core.accounts.create(issuingAccount);
    const before = t.mock.requests.length;
    // On create, Stripe's types require `date` and `ip` of the card_creator terms (update leaves them optional).
    const params = {
      identity: { attestations: { terms_of_service: { card_creator: { commercial: { account_holder: { ip: '203.0.113.9' } } } } } },
    } as unknown as V2CoreAccountCreateParams;
    const err = await t.cp.v2.core.accounts.create(params).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CardplaneValidationError);
    expect((err as CardplaneValidationError).field).toBe('identity.attestations.terms_of_service.card_creator.commercial.account_holder.date');
    expect(t.mock.requests).toHaveLength(before);
    // the account terms without a date are accepted, as Stripe accepts them
    const ok = await t.cp.v2.core.accounts.update(id, { identity: { attestations: { terms_of_service: { account: { ip: '203.0.113.9' } } } } });
    expect(ok.id).toBe(id);
  });

  it('sends percent_ownership as a decimal string in the JSON body', async () => {
    const { id } = await t.cp.v2.core.accounts.create(issuingAccount);
    const acct = await t.cp.v2.core.accounts.update(id, {
      identity: { individual: { relationship: { owner: true, percent_ownership: '0.75' } } },
      include: ['identity'],
    });
    expect((await t.last()).json).toEqual({ identity: { individual: { relationship: { owner: true, percent_ownership: '0.75' } } }, include: ['identity'] });
    expect(acct.identity?.individual?.relationship?.percent_ownership).toBe('0.75');
  });

  it('a missing account answers 404 as a typed error', async () => {
    await expect(t.cp.v2.core.accounts.retrieve('acct_missing')).rejects.toMatchObject({ status: 404, code: 'resource_missing' });
  });
});
