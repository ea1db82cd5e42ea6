import { describe, expectTypeOf, it } from 'vitest';
import {
  Cardplane,
  type IssuingCard,
  type IssuingCardStatus,
  type IssuingCardSpendingControlsSpendingLimit,
  type IssuingCardholderSpendingControlsBlockedCategory,
  type IssuingCardCreateParams,
  type IssuingCardholder,
  type IssuingCardholderCreateParams,
  type MerchantCategory,
  type SpendingControlsParam,
  type SpendingLimitInterval,
} from '../../src/index.js';

const cp = new Cardplane({ apiKey: 'sk_test_types' });
const address = { line1: '1 Main St', city: 'San Francisco', postal_code: '94111', country: 'US' };

describe('issuing cards and cardholders types', () => {
  it('MerchantCategory is the closed union of the category list', () => {
    // One list: the cardholder's categories are the card's.
    expectTypeOf<MerchantCategory>().toEqualTypeOf<IssuingCardholderSpendingControlsBlockedCategory>();
    expectTypeOf<'betting_casino_gambling'>().toExtend<MerchantCategory>();
    expectTypeOf<'casinos'>().not.toExtend<MerchantCategory>();
    expectTypeOf<string>().not.toExtend<MerchantCategory>();
    expectTypeOf<SpendingLimitInterval>().toEqualTypeOf<'per_authorization' | 'daily' | 'weekly' | 'monthly' | 'yearly' | 'all_time'>();
    expectTypeOf<'bakeries'>().toExtend<MerchantCategory>();
  });

  it('params reject a wrong category, interval or unknown key at compile time', () => {
    const ok: SpendingControlsParam = { blocked_categories: ['betting_casino_gambling'], spending_limits: [{ amount: 5000, interval: 'monthly' }] };
    expectTypeOf(ok).toExtend<SpendingControlsParam>();
    // @ts-expect-error not a merchant category
    const badCategory: SpendingControlsParam = { blocked_categories: ['casinos'] };
    // @ts-expect-error not an interval
    const badInterval: SpendingControlsParam = { spending_limits: [{ amount: 5000, interval: 'hourly' }] };
    // @ts-expect-error spending_limits_currency is cardholder-only
    const cardCurrency: SpendingControlsParam = { spending_limits_currency: 'usd' };
    void [badCategory, badInterval, cardCurrency];

    void cp.issuing.cards.create({ cardholder: 'ich_1', currency: 'usd', type: 'virtual', spending_controls: ok });
    // @ts-expect-error unknown key
    void cp.issuing.cards.create({ cardholder: 'ich_1', currency: 'usd', type: 'virtual', colour: 'red' });
    // @ts-expect-error type is 'virtual' | 'physical'
    void cp.issuing.cards.create({ currency: 'usd', type: 'metal' });
    // @ts-expect-error currency is required
    void cp.issuing.cards.create({ type: 'virtual' });
    // @ts-expect-error create accepts only active | inactive
    void cp.issuing.cards.create({ currency: 'usd', type: 'virtual', status: 'canceled' });
    // @ts-expect-error update accepts lost | stolen only
    void cp.issuing.cards.update('ic_1', { cancellation_reason: 'design_rejected' });
    void cp.issuing.cards.update('ic_1', { status: 'canceled', cancellation_reason: 'lost' });
    void cp.issuing.cards.retrieve('ic_1', { expand: ['number', 'cvc'] });
    // @ts-expect-error cardholder status filter is a closed union
    void cp.issuing.cardholders.list({ status: 'frozen' });
    // @ts-expect-error name is required
    void cp.issuing.cardholders.create({ billing: { address } });
    // @ts-expect-error individual.dob needs day, month and year
    void cp.issuing.cardholders.create({ name: 'J', billing: { address }, individual: { dob: { day: 1 } } });
    void cp.issuing.cardholders.create({
      name: 'J',
      billing: { address },
      spending_controls: { spending_limits: [{ amount: 1, interval: 'daily', categories: ['bakeries'] }], spending_limits_currency: 'usd' },
    });
    expectTypeOf<IssuingCardCreateParams['type']>().toEqualTypeOf<'virtual' | 'physical'>();
    expectTypeOf<IssuingCardholderCreateParams['status']>().toEqualTypeOf<'active' | 'inactive' | undefined>();
  });

  it('results are typed', async () => {
    const card = await cp.issuing.cards.create({ cardholder: 'ich_1', currency: 'usd', type: 'virtual' });
    expectTypeOf(card).toEqualTypeOf<IssuingCard>();
    expectTypeOf(card.cardholder).toEqualTypeOf<IssuingCardholder>();
    expectTypeOf(card.number).toEqualTypeOf<string | undefined>();
    expectTypeOf(card.cvc).toEqualTypeOf<string | undefined>();
    expectTypeOf(card.exp_year).toEqualTypeOf<number>();
    expectTypeOf(card.spending_controls.spending_limits).toEqualTypeOf<IssuingCardSpendingControlsSpendingLimit[] | null>();
    expectTypeOf<IssuingCardSpendingControlsSpendingLimit>().toEqualTypeOf<{ amount: number; categories: MerchantCategory[] | null; interval: SpendingLimitInterval }>();
    const holder = await cp.issuing.cardholders.retrieve('ich_1');
    expectTypeOf(holder).toEqualTypeOf<IssuingCardholder>();
    for await (const c of cp.issuing.cards.list({ status: 'active' })) expectTypeOf(c).toEqualTypeOf<IssuingCard>();
  });

  it('response enums are closed: === narrows, a switch is exhaustive, a typo does not compile', () => {
    const card = {} as IssuingCard;
    expectTypeOf(card.status).toEqualTypeOf<IssuingCardStatus>();
    expectTypeOf<IssuingCardStatus>().toEqualTypeOf<'active' | 'inactive' | 'canceled'>();
    expectTypeOf<'frozen'>().not.toExtend<typeof card.status>();
    if (card.status === 'canceled') expectTypeOf(card.status).toEqualTypeOf<'canceled'>();
    if (card.status !== 'canceled') expectTypeOf(card.status).toEqualTypeOf<'active' | 'inactive'>();
    switch (card.status) {
      case 'active':
        expectTypeOf(card.status).toEqualTypeOf<'active'>();
        break;
      case 'inactive':
      case 'canceled':
        expectTypeOf(card.status).toEqualTypeOf<'inactive' | 'canceled'>();
        break;
      default: {
        const exhaustive: never = card.status;
        void exhaustive;
      }
    }
    // @ts-expect-error a typo is not a status
    void (card.status === 'actve');
    const holder = {} as IssuingCardholder;
    if (holder.status !== 'active') expectTypeOf(holder.status).toEqualTypeOf<'inactive' | 'blocked'>();
    expectTypeOf(holder.type).toEqualTypeOf<'individual' | 'company'>();
  });
});
