import { describe, expect, it } from 'vitest';
import { accountCapabilityStatus, awaitingAction, capabilityOf, capabilityStatus, isCapabilityActive, isCardIssuingActive, type V2Account } from '../../../src/index.js';
import { V2CoreAccountSchema, AccountSchema } from '../../../src/schemas/index.js';
import { fixtures } from '../../../src/testing/index.js';
import { useMockStripe } from '../../helpers/msw.js';

const t = useMockStripe();

const entry = (description: string, from: string, deadline: string, restricts: [string, string][] = []) => ({
  awaiting_action_from: from,
  description,
  errors: description.includes('document') ? [{ code: 'verification_document_expired', description: 'The document has expired.' }] : [],
  impact: { restricts_capabilities: restricts.map(([configuration, capability]) => ({ configuration, capability, deadline: { status: deadline } })) },
  minimum_deadline: { status: deadline },
  reference: null,
  requested_reasons: [{ code: 'routine_verification' }],
});

function accountWithMixedRequirements(): V2Account {
  const raw = fixtures.v2Account();
  raw.requirements = {
    collector: 'application',
    entries: [
      entry('identity.individual.documents.primary_verification', 'user', 'currently_due', [['card_creator', 'commercial.stripe.charge_card']]),
      entry('identity.individual.address', 'stripe', 'eventually_due'),
      entry('identity.attestations.terms_of_service.account', 'user', 'past_due', [
        ['card_creator', 'commercial.stripe.charge_card'],
        ['recipient', 'stripe_balance.stripe_transfers'],
      ]),
    ],
  };
  raw.future_requirements = {
    entries: [entry('identity.individual.id_numbers', 'user', 'past_due', [['card_creator', 'commercial.stripe.charge_card']])],
    minimum_transition_date: '2026-01-01T00:00:00.000Z',
  };
  return V2CoreAccountSchema.parse(raw);
}

describe('v2 account helpers', () => {
  it('capabilityStatus / isCapabilityActive read the capability tree of a configuration', () => {
    const acct = V2CoreAccountSchema.parse(fixtures.v2Account());
    expect(capabilityStatus(acct, 'card_creator', 'commercial.stripe.charge_card')).toBe('restricted');
    expect(isCapabilityActive(acct, 'card_creator', 'commercial.stripe.charge_card')).toBe(false);
    expect(capabilityStatus(acct, 'card_creator', 'commercial.celtic.spend_card')).toBeUndefined();
    expect(capabilityStatus(acct, 'merchant', 'card_payments')).toBeUndefined();
    expect(capabilityOf(acct, 'recipient', 'stripe_balance.stripe_transfers')?.status_details[0]?.code).toBe('requirements_past_due');
    const active = fixtures.v2Account() as { configuration: { card_creator: { capabilities: { commercial: { stripe: { charge_card: Record<string, unknown> } } } } } };
    active.configuration.card_creator.capabilities.commercial.stripe.charge_card = { status: 'active', status_details: [] };
    expect(isCapabilityActive(V2CoreAccountSchema.parse(active), 'card_creator', 'commercial.stripe.charge_card')).toBe(true);
  });

  it('awaitingAction lists requirements and future_requirements, most urgent first, with who and by when', () => {
    const list = awaitingAction(accountWithMixedRequirements());
    expect(list.map((a) => [a.source, a.description, a.from, a.deadline])).toEqual([
      ['requirements', 'identity.attestations.terms_of_service.account', 'user', 'past_due'],
      ['future_requirements', 'identity.individual.id_numbers', 'user', 'past_due'],
      ['requirements', 'identity.individual.documents.primary_verification', 'user', 'currently_due'],
      ['requirements', 'identity.individual.address', 'stripe', 'eventually_due'],
    ]);
    expect(list[0]?.restricts).toEqual([
      { configuration: 'card_creator', capability: 'commercial.stripe.charge_card', deadline: 'past_due' },
      { configuration: 'recipient', capability: 'stripe_balance.stripe_transfers', deadline: 'past_due' },
    ]);
    expect(list[1]?.effective_at).toBe('2026-01-01T00:00:00.000Z');
    expect(list[0]?.effective_at).toBeNull();
    expect(list[2]?.errors).toEqual([{ code: 'verification_document_expired', description: 'The document has expired.' }]);
  });

  it('awaitingAction filters by who must act', () => {
    const acct = accountWithMixedRequirements();
    expect(awaitingAction(acct, { from: 'stripe' }).map((a) => a.description)).toEqual(['identity.individual.address']);
    expect(awaitingAction(acct, { from: 'user' })).toHaveLength(3);
  });

  it('awaitingAction on a live mock account: what the user must provide, then nothing once provided', async () => {
    const created = await t.cp.v2.core.accounts.create({
      identity: { country: 'us', entity_type: 'company' },
      configuration: { card_creator: { capabilities: { commercial: { celtic: { charge_card: { requested: true } } } } } },
      include: ['requirements', 'future_requirements'],
    });
    expect(awaitingAction(created, { from: 'user' }).map((a) => a.description)).toEqual([
      'identity.attestations.terms_of_service.account',
      'identity.business_details.registered_name',
      'identity.attestations.persons_provided.executives',
    ]);
    const done = await t.cp.v2.core.accounts.update(created.id, {
      identity: {
        business_details: { registered_name: 'Acme Ltd' },
        attestations: { persons_provided: { executives: true }, terms_of_service: { account: { date: '2025-07-01T00:00:00.000Z', ip: '203.0.113.1' } } },
      },
      include: ['requirements', 'future_requirements', 'configuration.card_creator'],
    });
    expect(awaitingAction(done)).toEqual([]);
    expect(isCapabilityActive(done, 'card_creator', 'commercial.celtic.charge_card')).toBe(true);
  });

  it('awaitingAction returns nothing for sections that were not included', () => {
    const raw = fixtures.v2Account();
    raw.requirements = null;
    raw.future_requirements = null;
    expect(awaitingAction(V2CoreAccountSchema.parse(raw))).toEqual([]);
  });
});

describe('v1 account helpers', () => {
  it('accountCapabilityStatus and isCardIssuingActive read the capabilities summary map', () => {
    const acct = AccountSchema.parse(fixtures.account());
    expect(accountCapabilityStatus(acct, 'card_issuing')).toBe('inactive');
    expect(accountCapabilityStatus(acct, 'treasury')).toBeUndefined();
    expect(isCardIssuingActive(acct)).toBe(false);
    expect(isCardIssuingActive({ capabilities: { card_issuing: 'active' } })).toBe(true);
  });
});
