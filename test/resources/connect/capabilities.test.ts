import { describe, expect, it } from 'vitest';
import { UUID_V4 } from '../../core/uuid.js';
import { CardplaneValidationError, type AccountUpdateCapabilityParams } from '../../../src/index.js';
import { useMockStripe } from '../../helpers/msw.js';

const t = useMockStripe();

async function newAccount(): Promise<string> {
  return (await t.cp.accounts.create({ country: 'US', business_type: 'company', capabilities: { transfers: { requested: true } } })).id;
}

describe('accounts capabilities (v1)', () => {
  it('listCapabilities returns the account capabilities with their status', async () => {
    const account = await newAccount();
    const page = await t.cp.accounts.listCapabilities(account);
    const wire = await t.last();
    expect(wire.method).toBe('GET');
    expect(wire.path).toBe(`/v1/accounts/${account}/capabilities`);
    expect(page.has_more).toBe(false);
    const byId = Object.fromEntries(page.data.map((c) => [c.id, c.status]));
    expect(byId).toEqual({ card_issuing: 'unrequested', treasury: 'unrequested', transfers: 'inactive', card_payments: 'unrequested' });
  });

  it('retrieveCapability returns one capability with its requirements', async () => {
    const account = await newAccount();
    const cap = await t.cp.accounts.retrieveCapability(account, 'transfers');
    expect((await t.last()).path).toBe(`/v1/accounts/${account}/capabilities/transfers`);
    expect(cap).toMatchObject({ id: 'transfers', object: 'capability', account, requested: true, status: 'inactive' });
    expect(cap.requirements?.currently_due).toEqual(['tos_acceptance.date', 'tos_acceptance.ip']);
    expect(cap.requirements?.disabled_reason).toBe('requirements.fields_needed');
    expect(typeof cap.requested_at).toBe('number');
  });

  it('updateCapability requests card_issuing; the Issuing terms make it active', async () => {
    const account = await newAccount();
    const cap = await t.cp.accounts.updateCapability(account, 'card_issuing', { requested: true });
    const wire = await t.last();
    expect(wire.method).toBe('POST');
    expect(wire.path).toBe(`/v1/accounts/${account}/capabilities/card_issuing`);
    expect(wire.form).toEqual([['requested', 'true']]);
    expect(wire.headers['idempotency-key']).toMatch(UUID_V4);
    expect(cap.status).toBe('inactive');
    expect(cap.requirements?.past_due).toEqual(['settings.card_issuing.tos_acceptance.date', 'settings.card_issuing.tos_acceptance.ip']);

    await t.cp.accounts.update(account, { settings: { card_issuing: { tos_acceptance: { date: 1696634647, ip: '192.168.123.132' } } } });
    const after = await t.cp.accounts.retrieveCapability(account, 'card_issuing');
    expect(after.status).toBe('active');
    expect(after.requirements?.currently_due).toEqual([]);
  });

  it('updateCapability unrequests a capability', async () => {
    const account = await newAccount();
    const cap = await t.cp.accounts.updateCapability(account, 'transfers', { requested: false });
    expect((await t.last()).form).toEqual([['requested', 'false']]);
    expect(cap).toMatchObject({ requested: false, status: 'unrequested', requested_at: null });
  });

  it('rejects a non-boolean requested before sending', async () => {
    const err = await t.cp.accounts.updateCapability('acct_1', 'card_issuing', { requested: 'yes' } as unknown as AccountUpdateCapabilityParams).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CardplaneValidationError);
    expect((err as CardplaneValidationError).field).toBe('requested');
    expect(t.mock.requests).toHaveLength(0);
  });
});
