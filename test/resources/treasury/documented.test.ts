import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { FinancialAccountFeaturesSchema, FinancialAccountSchema } from '../../../src/schemas/treasury-financial-accounts.js';
import {
  CreditReversalSchema,
  DebitReversalSchema,
  InboundTransferSchema,
  OutboundPaymentSchema,
  OutboundTransferSchema,
  ReceivedCreditSchema,
  ReceivedDebitSchema,
} from '../../../src/schemas/treasury-money-movement.js';
import { TreasuryTransactionEntrySchema, TreasuryTransactionSchema } from '../../../src/schemas/treasury-transactions.js';
import * as fixtures from '../../../src/testing/fixtures/treasury.js';
import { documented, HAS_DOCUMENTED } from '../../helpers/documented.js';

const cases: [string, z.ZodMiniType, () => Record<string, unknown>][] = [
  ['treasury.financial_account', FinancialAccountSchema, fixtures.treasuryFinancialAccount],
  ['treasury.financial_account_features', FinancialAccountFeaturesSchema, fixtures.treasuryFinancialAccountFeatures],
  ['treasury.inbound_transfer', InboundTransferSchema, fixtures.treasuryInboundTransfer],
  ['treasury.outbound_transfer', OutboundTransferSchema, fixtures.treasuryOutboundTransfer],
  ['treasury.outbound_payment', OutboundPaymentSchema, fixtures.treasuryOutboundPayment],
  ['treasury.received_credit', ReceivedCreditSchema, fixtures.treasuryReceivedCredit],
  ['treasury.received_debit', ReceivedDebitSchema, fixtures.treasuryReceivedDebit],
  ['treasury.credit_reversal', CreditReversalSchema, fixtures.treasuryCreditReversal],
  ['treasury.debit_reversal', DebitReversalSchema, fixtures.treasuryDebitReversal],
  ['treasury.transaction', TreasuryTransactionSchema, fixtures.treasuryTransaction],
  ['treasury.transaction_entry', TreasuryTransactionEntrySchema, fixtures.treasuryTransactionEntry],
];

describe('Treasury schemas', () => {
  it.skipIf(!HAS_DOCUMENTED).each(cases)('accept the documented %s object (strict parse)', (name, schema) => {
    expect(() => schema.parse(documented(name))).not.toThrow();
  });

  it.each(cases)('accept our own %s fixture, with the same keys as the documented object', (name, schema, fixture) => {
    expect(() => schema.parse(fixture())).not.toThrow();
    if (HAS_DOCUMENTED) {
      const ours = Object.keys(fixture());
      for (const key of Object.keys(documented(name))) {
        if (!ours.includes(key)) expect.soft(key, `${name}.${key} missing from our fixture`).toBe('present');
      }
    }
  });

  it('reject an unknown enum value (strict parse), so drift is reported', () => {
    const fa = { ...fixtures.treasuryFinancialAccount(), active_features: ['teleportation'] };
    expect(FinancialAccountSchema.safeParse(fa).success).toBe(false);
    const obt = { ...fixtures.treasuryOutboundTransfer(), status: 'vanished' };
    expect(OutboundTransferSchema.safeParse(obt).success).toBe(false);
  });
});
