import { describe, expectTypeOf, it } from 'vitest';
import type {
  Cardplane,
  IssuingAuthorization,
  IssuingAuthorizationRequestHistoryReason,
  IssuingDisputeCreateParams,
  IssuingDisputeCreateParamsEvidence,
  TestHelpersIssuingAuthorizationCreateParams,
  IssuingTransaction,
  MerchantCategory,
} from '../../src/index.js';

declare const cp: Cardplane;

describe('issuing spend types', () => {
  it('authorization fields carry meaning', () => {
    expectTypeOf<IssuingAuthorization['amount']>().toEqualTypeOf<number>();
    expectTypeOf<IssuingAuthorization['card']['id']>().toEqualTypeOf<string>();
    expectTypeOf<'webhook_timeout'>().toExtend<IssuingAuthorization['request_history'][number]['reason']>();
    expectTypeOf<IssuingAuthorizationRequestHistoryReason>().toExtend<IssuingAuthorization['request_history'][number]['reason']>();
    expectTypeOf<'pending'>().toExtend<IssuingAuthorization['status']>();
    expectTypeOf<IssuingTransaction['type']>().toExtend<string>();
  });

  it('merchant category params are closed', () => {
    type Category = NonNullable<NonNullable<TestHelpersIssuingAuthorizationCreateParams['merchant_data']>['category']>;
    expectTypeOf<'bakeries'>().toExtend<Category>();
    expectTypeOf<'fast_food'>().not.toExtend<Category>();
    expectTypeOf<'bakeries'>().toExtend<MerchantCategory>();
    // @ts-expect-error not a merchant category
    const bad: TestHelpersIssuingAuthorizationCreateParams = { card: 'ic_1', merchant_data: { category: 'fast_food' } };
    void bad;
  });

  it('dispute evidence: a closed reason and typed evidence objects', () => {
    const ok: IssuingDisputeCreateParamsEvidence = { reason: 'duplicate', duplicate: { original_transaction: 'ipi_1' } };
    void ok;
    // @ts-expect-error not a dispute reason
    const wrong: IssuingDisputeCreateParamsEvidence = { reason: 'unhappy' };
    void wrong;
    expectTypeOf<IssuingDisputeCreateParams['evidence']>().toEqualTypeOf<IssuingDisputeCreateParamsEvidence | undefined>();
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
