import { describe, expectTypeOf, it } from 'vitest';
import {
  Cardplane,
  type Account,
  type TreasuryFinancialAccount as FinancialAccount,
  type IssuingAuthorization,
  type IssuingCard,
  type TreasuryReceivedCredit as ReceivedCredit,
  type Topup,
  type V2Account,
} from '../../src/index.js';
import {
  constructEvent,
  constructEventNotification,
  createAuthorizationHandler,
  fetchEvent,
  fetchRelatedObject,
  parseWithoutVerifying,
  toNodeListener,
  verify,
  type AuthorizationDecision,
  type EventNotification,
  type StripeEvent,
  type ThinEventNotification,
  type VerifiedSignature,
} from '../../src/webhooks/index.js';

const cp = new Cardplane({ apiKey: 'sk_test_types' });

describe('webhooks types', () => {
  it('verify takes a string or bytes and a secret or several', () => {
    expectTypeOf(verify('{}', 't=1,v1=a', 'whsec_1')).toEqualTypeOf<Promise<VerifiedSignature>>();
    expectTypeOf(verify).toBeCallableWith(new Uint8Array(), null, ['whsec_1', 'whsec_2'], { tolerance: 0 });
    expectTypeOf(verify).toBeCallableWith(new ArrayBuffer(0), undefined, 'whsec_1');
    // @ts-expect-error a parsed object is not a raw body
    void verify({ id: 'evt_1' }, 't=1', 'whsec_1');
  });

  it('a v1 event narrows data.object on type', async () => {
    const event = await constructEvent('{}', 'h', 'whsec_1');
    expectTypeOf(event).toEqualTypeOf<StripeEvent>();
    switch (event.type) {
      case 'issuing_authorization.request':
        expectTypeOf(event.data.object).toEqualTypeOf<IssuingAuthorization>();
        expectTypeOf(event.data.object.pending_request).toMatchTypeOf<{ amount: number; is_amount_controllable: boolean } | null>();
        break;
      case 'issuing_card.updated':
        expectTypeOf(event.data.object).toEqualTypeOf<IssuingCard>();
        expectTypeOf(event.data.object.last4).toEqualTypeOf<string>();
        expectTypeOf(event.data.previous_attributes).toEqualTypeOf<Record<string, unknown> | undefined>();
        break;
      case 'treasury.received_credit.created':
        expectTypeOf(event.data.object).toEqualTypeOf<ReceivedCredit>();
        expectTypeOf(event.data.object.amount).toEqualTypeOf<number>();
        break;
      case 'treasury.financial_account.features_status_updated':
        expectTypeOf(event.data.object).toEqualTypeOf<FinancialAccount>();
        break;
      case 'topup.succeeded':
        expectTypeOf(event.data.object).toEqualTypeOf<Topup>();
        break;
      case 'account.updated':
        expectTypeOf(event.data.object).toEqualTypeOf<Account>();
        break;
      default:
        expectTypeOf(event.type).toBeString();
    }
    // @ts-expect-error not an event type
    if (event.type === 'issuing_card.exploded') return;
  });

  it('thin notifications narrow on type; fetchRelatedObject and fetchEvent are typed by it', async () => {
    const note = await constructEventNotification('{}', 'h', 'whsec_1');
    expectTypeOf(note).toEqualTypeOf<ThinEventNotification>();
    if (note.type === 'v2.core.account[configuration.card_creator].capability_status_updated') {
      expectTypeOf(await fetchRelatedObject(cp, note)).toEqualTypeOf<V2Account>();
      const full = await fetchEvent(cp, note);
      expectTypeOf(full.data).toEqualTypeOf<{ updated_capability: string } | undefined>();
    }
    if (note.type === 'v1.issuing_authorization.request') {
      expectTypeOf(await fetchRelatedObject(cp, note)).toEqualTypeOf<IssuingAuthorization>();
    }
    void (() => fetchRelatedObject(cp.forAccount('acct_1'), {} as EventNotification<'v2.core.account.updated'>));
  });

  it('parseWithoutVerifying returns either kind, told apart by object', () => {
    const parsed = parseWithoutVerifying('{}');
    if (parsed.object === 'event') expectTypeOf(parsed).toEqualTypeOf<StripeEvent>();
    else expectTypeOf(parsed).toEqualTypeOf<ThinEventNotification>();
  });

  it('events resources return the typed unions', async () => {
    const event = await cp.events.retrieve('evt_1');
    expectTypeOf(event).toEqualTypeOf<StripeEvent>();
    const v2 = await cp.v2.core.events.retrieve('evt_2');
    expectTypeOf(v2.type).toMatchTypeOf<string>();
  });

  it('the authorization handler: decide gets the IssuingAuthorization and returns a decision; Fetch-API in and out', () => {
    const handler = createAuthorizationHandler({
      secret: ['whsec_old', 'whsec_new'],
      decide: async (auth, { signal, event }) => {
        expectTypeOf(auth).toEqualTypeOf<IssuingAuthorization>();
        expectTypeOf(signal).toEqualTypeOf<AbortSignal>();
        expectTypeOf(event.type).toEqualTypeOf<'issuing_authorization.request'>();
        return { approved: true, amount: 100, metadata: { rule: 'x' } };
      },
      onDeadline: 'approve',
    });
    expectTypeOf(handler).toBeCallableWith(new Request('http://x'));
    expectTypeOf(handler(new Request('http://x'))).toEqualTypeOf<Promise<Response>>();
    expectTypeOf(toNodeListener(handler)).toBeFunction();
    expectTypeOf<AuthorizationDecision>().toHaveProperty('approved').toEqualTypeOf<boolean>();
    createAuthorizationHandler({
      secret: 'whsec_1',
      // @ts-expect-error approved must be a boolean
      decide: () => ({ approved: 'yes' }),
    });
    // @ts-expect-error onDeadline is approve or decline
    createAuthorizationHandler({ secret: 'whsec_1', decide: () => ({ approved: true }), onDeadline: 'maybe' });
  });
});
