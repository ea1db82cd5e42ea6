import { describe, expectTypeOf, it } from 'vitest';
import {
  Cardplane,
  capabilityStatus,
  isCapabilityActive,
  type Account,
  type AccountLink,
  type Capability,
  type CapabilityStatus,
  type DeletedAccount,
  type Page,
  type Person,
  type V2Account,
  type V2CoreAccountCreateParams,
  type V2CoreAccountLink,
  type V2CapabilityPath,
  type V2CapabilityStatus,
  type V2Capability,
  type V2RequirementEntry,
} from '../../src/index.js';

declare const cp: Cardplane;
declare const account: V2Account;
type V2CapabilityStatusCode = V2Capability['status_details'][number]['code'];

describe('Accounts v2 types', () => {
  it('results are typed', () => {
    expectTypeOf(cp.v2.core.accounts.create({ display_name: 'x' })).resolves.toEqualTypeOf<V2Account>();
    expectTypeOf(cp.v2.core.accounts.retrieve('acct_1', { include: ['identity'] })).resolves.toEqualTypeOf<V2Account>();
    expectTypeOf(cp.v2.core.accounts.list()).resolves.toEqualTypeOf<Page<V2Account>>();
    expectTypeOf(cp.v2.core.accounts.close('acct_1')).resolves.toEqualTypeOf<V2Account>();
    expectTypeOf(cp.v2.core.accountLinks.create).returns.resolves.toEqualTypeOf<V2CoreAccountLink>();
    expectTypeOf(account.created).toEqualTypeOf<string>();
    expectTypeOf(account.requirements).toEqualTypeOf<V2Account['requirements']>();
    expectTypeOf<NonNullable<NonNullable<V2Account['requirements']>['entries']>[number]>().toMatchTypeOf<V2RequirementEntry>();
  });

  it('capability status is a union that narrows', () => {
    const cap = account.configuration?.card_creator?.capabilities?.commercial?.stripe?.charge_card;
    expectTypeOf(cap!.status).toEqualTypeOf<V2CapabilityStatus>();
    expectTypeOf<V2CapabilityStatus>().toEqualTypeOf<'active' | 'pending' | 'restricted' | 'unsupported'>();
    expectTypeOf<Extract<V2CapabilityStatus, 'restricted'>>().toEqualTypeOf<'restricted'>();
    const status = capabilityStatus(account, 'card_creator', 'commercial.stripe.charge_card');
    expectTypeOf(status).toEqualTypeOf<V2CapabilityStatus | undefined>();
    if (status !== undefined) expectTypeOf(status).toEqualTypeOf<V2CapabilityStatus>();
    expectTypeOf<Extract<V2CapabilityStatusCode, 'requirements_past_due'>>().toEqualTypeOf<'requirements_past_due'>();
    expectTypeOf<NonNullable<typeof cap>['status_details'][number]['resolution']>().toMatchTypeOf<string>();
    // the tree only has known capability paths of the configuration
    // @ts-expect-error: stripe_transfers is a recipient capability, not a card_creator one
    void account.configuration?.card_creator?.capabilities?.stripe_balance;
  });

  it('isCapabilityActive narrows the allowed paths by configuration', () => {
    expectTypeOf(isCapabilityActive(account, 'card_creator', 'commercial.stripe.charge_card')).toEqualTypeOf<boolean>();
    isCapabilityActive(account, 'card_creator', 'commercial.prepaid_card.stripe');
    isCapabilityActive(account, 'card_creator', 'commercial.stripe.prepaid_card');
    isCapabilityActive(account, 'recipient', 'stripe_balance.stripe_transfers');
    // @ts-expect-error: a recipient path on card_creator does not compile
    isCapabilityActive(account, 'card_creator', 'stripe_balance.stripe_transfers');
    // @ts-expect-error: a misspelt path does not compile
    isCapabilityActive(account, 'card_creator', 'commercial.stripe.charge_cards');
    // @ts-expect-error: an unknown configuration does not compile
    isCapabilityActive(account, 'issuer', 'commercial.stripe.charge_card');
    expectTypeOf<V2CapabilityPath<'customer'>>().toEqualTypeOf<'automatic_indirect_tax'>();
  });

  it('create params reject unknown keys and wrong enum values', () => {
    const ok: V2CoreAccountCreateParams = {
      dashboard: 'none',
      identity: { country: 'gb', entity_type: 'individual', individual: { relationship: { percent_ownership: '0.75' } } },
      configuration: { card_creator: { capabilities: { commercial: { stripe: { charge_card: { requested: true } } } } } },
      include: ['configuration.card_creator', 'requirements'],
    };
    void ok;
    // @ts-expect-error: unknown param key
    const unknownKey: V2CoreAccountCreateParams = { display_nam: 'Acme' };
    // @ts-expect-error: wrong enum value
    const wrongEnum: V2CoreAccountCreateParams = { dashboard: 'partial' };
    // @ts-expect-error: wrong include value
    const wrongInclude: V2CoreAccountCreateParams = { include: ['configuration.issuer'] };
    // @ts-expect-error: capability path of another configuration
    const wrongPath: V2CoreAccountCreateParams = { configuration: { card_creator: { capabilities: { cards: { requested: true } } } } };
    void [unknownKey, wrongEnum, wrongInclude, wrongPath];
    // @ts-expect-error: unknown param key at the call site
    void cp.v2.core.accounts.create({ displayName: 'Acme' });
  });
});

describe('Accounts v1 types', () => {
  it('results are typed', () => {
    expectTypeOf(cp.accounts.retrieve('acct_1')).resolves.toEqualTypeOf<Account>();
    expectTypeOf(cp.accounts.del('acct_1')).resolves.toEqualTypeOf<DeletedAccount>();
    expectTypeOf(cp.accounts.createPerson('acct_1', { first_name: 'J' })).resolves.toEqualTypeOf<Person>();
    expectTypeOf(cp.accounts.listCapabilities('acct_1')).resolves.toEqualTypeOf<Page<Capability>>();
    expectTypeOf(cp.accountLinks.create({ account: 'acct_1', type: 'account_onboarding' })).resolves.toEqualTypeOf<AccountLink>();
    expectTypeOf<Capability['status']>().toEqualTypeOf<CapabilityStatus>();
    expectTypeOf<Extract<CapabilityStatus, 'unrequested'>>().toEqualTypeOf<'unrequested'>();
    expectTypeOf<NonNullable<Person['relationship']>['percent_ownership']>().toEqualTypeOf<number | null>();
  });

  it('params are checked', () => {
    void cp.accounts.update('acct_1', { capabilities: { card_issuing: { requested: true } } });
    // @ts-expect-error: wrong enum value
    void cp.accounts.update('acct_1', { business_type: 'sole_trader' });
    // @ts-expect-error: percent_ownership is a number on v1
    void cp.accounts.createPerson('acct_1', { relationship: { percent_ownership: '0.75' } });
    // @ts-expect-error: type is required
    void cp.accountLinks.create({ account: 'acct_1' });
  });
});
