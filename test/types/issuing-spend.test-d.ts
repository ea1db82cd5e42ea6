import { describe, expectTypeOf, it } from 'vitest';
import type {
  AuthorizationRequestReason,
  Cardplane,
  DisputeEvidenceParam,
  IssuingAuthorization,
  IssuingAuthorizationCreateParams,
  IssuingDisputeCreateParams,
  IssuingTransaction,
  MerchantCategory,
} from '../../src/index.js';

declare const cp: Cardplane;

describe('issuing spend types', () => {
  it('authorization fields carry meaning', () => {
    expectTypeOf<IssuingAuthorization['amount']>().toEqualTypeOf<number>();
    expectTypeOf<IssuingAuthorization['card']['id']>().toEqualTypeOf<string>();
    expectTypeOf<'webhook_timeout'>().toExtend<IssuingAuthorization['request_history'][number]['reason']>();
    expectTypeOf<AuthorizationRequestReason>().toExtend<IssuingAuthorization['request_history'][number]['reason']>();
    expectTypeOf<'pending'>().toExtend<IssuingAuthorization['status']>();
    expectTypeOf<IssuingTransaction['type']>().toExtend<string>();
  });

  it('merchant category params are closed', () => {
    expectTypeOf<NonNullable<NonNullable<IssuingAuthorizationCreateParams['merchant_data']>['category']>>().toEqualTypeOf<MerchantCategory>();
    // @ts-expect-error not a merchant category
    const bad: IssuingAuthorizationCreateParams = { card: 'ic_1', merchant_data: { category: 'fast_food' } };
    void bad;
  });

  it('dispute evidence is typed per reason', () => {
    const ok: DisputeEvidenceParam = { reason: 'duplicate', duplicate: { original_transaction: 'ipi_1' } };
    void ok;
    // @ts-expect-error evidence object of another reason
    const wrong: DisputeEvidenceParam = { reason: 'fraudulent', duplicate: { original_transaction: 'ipi_1' } };
    void wrong;
    expectTypeOf<IssuingDisputeCreateParams['evidence']>().toEqualTypeOf<DisputeEvidenceParam | undefined>();
  });

  it('methods mirror the official SDK and need their required params', () => {
    expectTypeOf(cp.issuing.authorizations.approve).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(cp.testHelpers.issuing.authorizations.create).returns.resolves.toEqualTypeOf<IssuingAuthorization>();
    expectTypeOf(cp.testHelpers.issuing.transactions.refund).returns.resolves.toEqualTypeOf<IssuingTransaction>();
    // @ts-expect-error card is required
    void cp.issuing.tokens.list({});
    // @ts-expect-error increment_amount is required
    void cp.testHelpers.issuing.authorizations.increment('iauth_1', {});
  });
});
