import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import {
  TreasuryCreditReversalSchema,
  TreasuryDebitReversalSchema,
  TreasuryFinancialAccountFeaturesSchema,
  TreasuryFinancialAccountSchema,
  TreasuryInboundTransferSchema,
  TreasuryOutboundPaymentSchema,
  TreasuryOutboundTransferSchema,
  TreasuryReceivedCreditSchema,
  TreasuryReceivedDebitSchema,
  TreasuryTransactionEntrySchema,
  TreasuryTransactionSchema,
} from '../../../src/schemas/index.js';
import * as fixtures from '../../../src/testing/fixtures/treasury.js';
import { documented, HAS_DOCUMENTED } from '../../helpers/documented.js';

const cases: [string, z.ZodMiniType, () => Record<string, unknown>][] = [
  ['treasury.financial_account', TreasuryFinancialAccountSchema, fixtures.treasuryFinancialAccount],
  ['treasury.financial_account_features', TreasuryFinancialAccountFeaturesSchema, fixtures.treasuryFinancialAccountFeatures],
  ['treasury.inbound_transfer', TreasuryInboundTransferSchema, fixtures.treasuryInboundTransfer],
  ['treasury.outbound_transfer', TreasuryOutboundTransferSchema, fixtures.treasuryOutboundTransfer],
  ['treasury.outbound_payment', TreasuryOutboundPaymentSchema, fixtures.treasuryOutboundPayment],
  ['treasury.received_credit', TreasuryReceivedCreditSchema, fixtures.treasuryReceivedCredit],
  ['treasury.received_debit', TreasuryReceivedDebitSchema, fixtures.treasuryReceivedDebit],
  ['treasury.credit_reversal', TreasuryCreditReversalSchema, fixtures.treasuryCreditReversal],
  ['treasury.debit_reversal', TreasuryDebitReversalSchema, fixtures.treasuryDebitReversal],
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
    expect(TreasuryFinancialAccountSchema.safeParse(fa).success).toBe(false);
    const obt = { ...fixtures.treasuryOutboundTransfer(), status: 'vanished' };
    expect(TreasuryOutboundTransferSchema.safeParse(obt).success).toBe(false);
  });
});
