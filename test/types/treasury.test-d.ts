import { describe, expectTypeOf, it } from 'vitest';
import type { Cardplane } from '../../src/index.js';
import type { Page } from '../../src/core/pagination.js';
import type { Balance, PayoutCreateParams, Topup } from '../../src/schemas/funding.js';
import type {
  FeatureStatus,
  FeatureStatusDetail,
  FinancialAccount,
  FinancialAccountFeature,
  FinancialAccountFeatures,
  FinancialAccountUpdateFeaturesParams,
  PlatformRestriction,
} from '../../src/schemas/treasury-financial-accounts.js';
import type {
  InboundTransfer,
  InboundTransferStatus,
  OutboundPayment,
  OutboundStatus,
  OutboundTransfer,
  OutboundTransferCreateParams,
  ReceivedCredit,
} from '../../src/schemas/treasury-money-movement.js';
import type { TreasuryTransaction, TreasuryTransactionEntry } from '../../src/schemas/treasury-transactions.js';

declare const cp: Cardplane;

describe('Treasury types', () => {
  it('financial accounts carry feature, status and restriction unions', () => {
    expectTypeOf(cp.treasury.financialAccounts.create).returns.resolves.toEqualTypeOf<FinancialAccount>();
    expectTypeOf(cp.treasury.financialAccounts.updateFeatures).returns.resolves.toEqualTypeOf<FinancialAccountFeatures>();
    expectTypeOf(cp.treasury.financialAccounts.retrieveFeatures).returns.resolves.toEqualTypeOf<FinancialAccountFeatures>();
    expectTypeOf<'card_issuing' | 'outbound_payments.ach' | 'financial_addresses.aba.forwarding'>().toExtend<FinancialAccountFeature>();
    expectTypeOf<FinancialAccount['active_features']>().toEqualTypeOf<FinancialAccountFeature[] | undefined>();
    expectTypeOf<'active' | 'pending' | 'restricted'>().toExtend<FeatureStatus>();
    expectTypeOf<FeatureStatusDetail['resolution']>().toExtend<string | null>();
    expectTypeOf<'provide_information'>().toExtend<NonNullable<FeatureStatusDetail['resolution']>>();
    expectTypeOf<'restricted' | 'unrestricted'>().toExtend<PlatformRestriction>();
    expectTypeOf<FinancialAccountUpdateFeaturesParams>().toHaveProperty('card_issuing').toEqualTypeOf<{ requested: boolean } | undefined>();
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
    expectTypeOf(cp.treasury.receivedCredits.retrieve).returns.resolves.toEqualTypeOf<ReceivedCredit>();
  });

  it('money movement carries status unions and typed status_transitions', () => {
    expectTypeOf<OutboundTransfer['status']>().toEqualTypeOf<OutboundStatus>();
    expectTypeOf<OutboundPayment['status']>().toEqualTypeOf<OutboundStatus>();
    expectTypeOf<InboundTransfer['status']>().toEqualTypeOf<InboundTransferStatus>();
    expectTypeOf<OutboundTransfer['status_transitions']>().toEqualTypeOf<{
      canceled_at: number | null;
      failed_at: number | null;
      posted_at: number | null;
      returned_at: number | null;
    }>();
    expectTypeOf<NonNullable<NonNullable<OutboundTransferCreateParams['destination_payment_method_options']>['us_bank_account']>>().toEqualTypeOf<
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
    expectTypeOf(cp.testHelpers.treasury.outboundTransfers.returnOutboundTransfer).returns.resolves.toEqualTypeOf<OutboundTransfer>();
    expectTypeOf(cp.testHelpers.treasury.outboundPayments.returnOutboundPayment).returns.resolves.toEqualTypeOf<OutboundPayment>();
    expectTypeOf(cp.testHelpers.treasury.inboundTransfers.returnInboundTransfer).returns.resolves.toEqualTypeOf<InboundTransfer>();
    expectTypeOf(cp.testHelpers.treasury.receivedCredits.create).returns.resolves.toEqualTypeOf<ReceivedCredit>();
  });
});
