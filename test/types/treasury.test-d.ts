import { describe, expectTypeOf, it } from 'vitest';
import type { Cardplane } from '../../src/index.js';
import type { Page } from '../../src/core/pagination.js';
import type {
  Balance,
  PayoutCreateParams,
  Topup,
  TreasuryFinancialAccount,
  TreasuryFinancialAccountActiveFeature,
  TreasuryFinancialAccountFeatures,
  TreasuryFinancialAccountFeaturesCardIssuingStatus,
  TreasuryFinancialAccountFeaturesCardIssuingStatusDetail,
  TreasuryFinancialAccountPlatformRestrictionsOutboundFlows,
  TreasuryFinancialAccountUpdateFeaturesParams,
  TreasuryInboundTransfer,
  TreasuryInboundTransferStatus,
  TreasuryOutboundPayment,
  TreasuryOutboundPaymentStatus,
  TreasuryOutboundTransfer,
  TreasuryOutboundTransferStatus,
  TreasuryOutboundTransferCreateParams,
  TreasuryReceivedCredit,
  TreasuryTransaction,
  TreasuryTransactionEntry,
} from '../../src/index.js';

declare const cp: Cardplane;

describe('Treasury types', () => {
  it('financial accounts carry feature, status and restriction unions', () => {
    expectTypeOf(cp.treasury.financialAccounts.create).returns.resolves.toEqualTypeOf<TreasuryFinancialAccount>();
    expectTypeOf(cp.treasury.financialAccounts.updateFeatures).returns.resolves.toEqualTypeOf<TreasuryFinancialAccountFeatures>();
    expectTypeOf(cp.treasury.financialAccounts.retrieveFeatures).returns.resolves.toEqualTypeOf<TreasuryFinancialAccountFeatures>();
    expectTypeOf<'card_issuing' | 'outbound_payments.ach' | 'financial_addresses.aba.forwarding'>().toExtend<TreasuryFinancialAccountActiveFeature>();
    expectTypeOf<TreasuryFinancialAccount['active_features']>().toEqualTypeOf<TreasuryFinancialAccountActiveFeature[] | undefined>();
    expectTypeOf<'active' | 'pending' | 'restricted'>().toEqualTypeOf<TreasuryFinancialAccountFeaturesCardIssuingStatus>();
    expectTypeOf<TreasuryFinancialAccountFeaturesCardIssuingStatusDetail['resolution']>().toExtend<string | null>();
    expectTypeOf<'provide_information'>().toExtend<NonNullable<TreasuryFinancialAccountFeaturesCardIssuingStatusDetail['resolution']>>();
    expectTypeOf<'restricted' | 'unrestricted'>().toEqualTypeOf<TreasuryFinancialAccountPlatformRestrictionsOutboundFlows>();
    expectTypeOf<TreasuryFinancialAccountUpdateFeaturesParams>().toHaveProperty('card_issuing').toEqualTypeOf<{ requested: boolean } | undefined>();
  });

  it('list params require financial_account and list methods page', () => {
    expectTypeOf(cp.treasury.outboundTransfers.list).parameter(0).toEqualTypeOf<{
      financial_account: string;
      status?: 'processing' | 'posted' | 'failed' | 'returned' | 'canceled' | undefined;
      limit?: number | undefined;
      starting_after?: string | undefined;
      ending_before?: string | undefined;
      expand?: string[] | undefined;
    }>();
    expectTypeOf(cp.treasury.transactions.list).returns.resolves.toEqualTypeOf<Page<TreasuryTransaction>>();
    expectTypeOf(cp.treasury.transactionEntries.retrieve).returns.resolves.toEqualTypeOf<TreasuryTransactionEntry>();
    expectTypeOf(cp.treasury.receivedCredits.retrieve).returns.resolves.toEqualTypeOf<TreasuryReceivedCredit>();
  });

  it('money movement carries status unions and typed status_transitions', () => {
    expectTypeOf<TreasuryOutboundTransfer['status']>().toEqualTypeOf<TreasuryOutboundTransferStatus>();
    expectTypeOf<TreasuryOutboundTransferStatus>().toEqualTypeOf<'canceled' | 'failed' | 'posted' | 'processing' | 'returned'>();
    expectTypeOf<TreasuryOutboundPayment['status']>().toEqualTypeOf<TreasuryOutboundPaymentStatus>();
    expectTypeOf<TreasuryInboundTransfer['status']>().toEqualTypeOf<TreasuryInboundTransferStatus>();
    expectTypeOf<TreasuryOutboundTransfer['status_transitions']>().toEqualTypeOf<{
      canceled_at: number | null;
      failed_at: number | null;
      posted_at: number | null;
      returned_at: number | null;
    }>();
    expectTypeOf<NonNullable<NonNullable<TreasuryOutboundTransferCreateParams['destination_payment_method_options']>['us_bank_account']>>().toEqualTypeOf<
      { network?: 'ach' | 'us_domestic_wire' | undefined } | ''
    >();
  });

  it('funding: Issuing balance, top-ups, payouts', () => {
    expectTypeOf(cp.balance.retrieve).returns.resolves.toEqualTypeOf<Balance>();
    expectTypeOf<NonNullable<Balance['issuing']>['available'][number]['amount']>().toEqualTypeOf<number>();
    expectTypeOf(cp.topups.create).returns.resolves.toEqualTypeOf<Topup>();
    expectTypeOf<PayoutCreateParams['method']>().toEqualTypeOf<'standard' | 'instant' | undefined>();
  });

  it('test helpers exist under the official names', () => {
    expectTypeOf(cp.testHelpers.treasury.outboundTransfers.returnOutboundTransfer).returns.resolves.toEqualTypeOf<TreasuryOutboundTransfer>();
    expectTypeOf(cp.testHelpers.treasury.outboundPayments.returnOutboundPayment).returns.resolves.toEqualTypeOf<TreasuryOutboundPayment>();
    expectTypeOf(cp.testHelpers.treasury.inboundTransfers.returnInboundTransfer).returns.resolves.toEqualTypeOf<TreasuryInboundTransfer>();
    expectTypeOf(cp.testHelpers.treasury.receivedCredits.create).returns.resolves.toEqualTypeOf<TreasuryReceivedCredit>();
  });
});
