import { describe, expect, it } from 'vitest';
import { AccountLinkSchema, AccountSchema, CapabilitySchema, PersonSchema, V2CoreAccountLinkSchema, V2CoreAccountSchema } from '../../../src/schemas/index.js';
import { fixtures } from '../../../src/testing/index.js';
import { HAS_DOCUMENTED, documented } from '../../helpers/documented.js';

describe('Connect schemas accept every documented object', () => {
  it.skipIf(!HAS_DOCUMENTED)('account', () => {
    expect(AccountSchema.parse(documented('account')).id).toBe(documented('account').id);
  });
  it.skipIf(!HAS_DOCUMENTED)('person', () => {
    expect(PersonSchema.parse(documented('person')).object).toBe('person');
  });
  it.skipIf(!HAS_DOCUMENTED)('capability', () => {
    expect(CapabilitySchema.parse(documented('capability')).status).toBe('inactive');
  });
  it.skipIf(!HAS_DOCUMENTED)('account_link', () => {
    expect(AccountLinkSchema.parse(documented('account_link')).object).toBe('account_link');
  });
  it.skipIf(!HAS_DOCUMENTED)('v2.core.account: the create response of the Issuing docs', () => {
    const acct = V2CoreAccountSchema.parse(documented('v2.core.account.create_response'));
    expect(acct.configuration?.card_creator?.capabilities?.commercial?.stripe?.charge_card?.status).toBe('restricted');
    expect(acct.identity).toBeNull();
  });
  it.skipIf(!HAS_DOCUMENTED)('v2.core.account: requirements past due', () => {
    const acct = V2CoreAccountSchema.parse(documented('v2.core.account.requirements_past_due'));
    expect(acct.requirements?.entries![0]?.impact.restricts_capabilities?.[0]?.deadline.status).toBe('past_due');
  });
});

describe('cardplane/testing Connect fixtures match their schemas', () => {
  it.each([
    ['v2Account', V2CoreAccountSchema, fixtures.v2Account],
    ['v2AccountLink', V2CoreAccountLinkSchema, fixtures.v2AccountLink],
    ['account', AccountSchema, fixtures.account],
    ['person', PersonSchema, fixtures.person],
    ['capability', CapabilitySchema, fixtures.capability],
    ['accountLink', AccountLinkSchema, fixtures.accountLink],
  ] as const)('%s', (_name, schema, make) => {
    const obj = make();
    // the parse keeps what Stripe types; the client returns the object itself, unknown keys included
    expect(obj).toMatchObject(schema.parse(obj) as object);
    expect(make()).not.toBe(make());
  });
});
