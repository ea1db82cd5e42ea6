import type { MockRoute } from '../router.js';
import { accountLinkRoutes } from './account-links.js';
import { accountSessionRoutes } from './account-sessions.js';
import { loginLinkRoutes } from './login-links.js';
import { v1AccountRoutes } from './v1-accounts.js';
import { v1CapabilityRoutes } from './v1-capabilities.js';
import { v1PersonRoutes } from './v1-persons.js';
import { v2CoreAccountLinkRoutes } from './v2-core-account-links.js';
import { v2CoreAccountTokenRoutes } from './v2-core-account-tokens.js';
import { v2CoreAccountRoutes } from './v2-core-accounts.js';
import { v2CorePersonTokenRoutes } from './v2-core-person-tokens.js';
import { v2CorePersonRoutes } from './v2-core-persons.js';
import { eventDestinationRoutes } from './event-destinations.js';
import { eventRoutes } from './events.js';
import { v2CoreEventRoutes } from './v2-core-events.js';
import { externalAccountRoutes } from './external-accounts.js';
import { fileLinkRoutes } from './file-links.js';
import { fileRoutes } from './files.js';
import { balanceTransactionRoutes } from './balance-transactions.js';
import { balanceRoutes } from './balance.js';
import { payoutRoutes } from './payouts.js';
import { topupRoutes } from './topups.js';
import { transferReversalRoutes } from './transfer-reversals.js';
import { transferRoutes } from './transfers.js';
import { issuingCreditUnderwritingRecordRoutes } from './issuing-credit-underwriting-records.js';
import { issuingDisputeSettlementDetailRoutes } from './issuing-dispute-settlement-details.js';
import { issuingFraudLiabilityDebitRoutes } from './issuing-fraud-liability-debits.js';
import { issuingAuthorizationRoutes } from './issuing-authorizations.js';
import { issuingDisputeRoutes } from './issuing-disputes.js';
import { issuingPersonalizationDesignRoutes } from './issuing-personalization-designs.js';
import { issuingPhysicalBundleRoutes } from './issuing-physical-bundles.js';
import { issuingTokenRoutes } from './issuing-tokens.js';
import { issuingTransactionRoutes } from './issuing-transactions.js';
import { issuingCardholderRoutes } from './issuing-cardholders.js';
import { issuingCardRoutes } from './issuing-cards.js';
import { issuingProgramRoutes } from './issuing-programs.js';
import { testHelpersIssuingAuthorizationRoutes } from './test-helpers-issuing-authorizations.js';
import { testHelpersIssuingCardRoutes } from './test-helpers-issuing-cards.js';
import { testHelpersIssuingPersonalizationDesignRoutes } from './test-helpers-issuing-personalization-designs.js';
import { testHelpersIssuingTransactionRoutes } from './test-helpers-issuing-transactions.js';
import { testHelpersTreasuryInboundTransferRoutes } from './test-helpers-treasury-inbound-transfers.js';
import { testHelpersTreasuryOutboundTransferRoutes } from './test-helpers-treasury-outbound-transfers.js';
import { testHelpersTreasuryOutboundPaymentRoutes } from './test-helpers-treasury-outbound-payments.js';
import { testHelpersTreasuryReceivedCreditRoutes } from './test-helpers-treasury-received-credits.js';
import { testHelpersTreasuryReceivedDebitRoutes } from './test-helpers-treasury-received-debits.js';
import { treasuryFinancialAccountRoutes } from './treasury-financial-accounts.js';
import { treasuryInboundTransferRoutes } from './treasury-inbound-transfers.js';
import { treasuryOutboundTransferRoutes } from './treasury-outbound-transfers.js';
import { treasuryOutboundPaymentRoutes } from './treasury-outbound-payments.js';
import { treasuryReceivedCreditRoutes } from './treasury-received-credits.js';
import { treasuryReceivedDebitRoutes } from './treasury-received-debits.js';
import { treasuryCreditReversalRoutes } from './treasury-credit-reversals.js';
import { treasuryDebitReversalRoutes } from './treasury-debit-reversals.js';
import { treasuryTransactionRoutes } from './treasury-transactions.js';
import { treasuryTransactionEntryRoutes } from './treasury-transaction-entries.js';
import { webhookEndpointRoutes } from './webhook-endpoints.js';

/** Every route the mock API answers. */
export const allRoutes: MockRoute[] = [
  ...v2CoreAccountRoutes,
  ...v2CoreAccountLinkRoutes,
  ...v2CorePersonRoutes,
  ...v2CorePersonTokenRoutes,
  ...v2CoreAccountTokenRoutes,
  ...v1AccountRoutes,
  ...loginLinkRoutes,
  ...accountSessionRoutes,
  ...v1PersonRoutes,
  ...v1CapabilityRoutes,
  ...accountLinkRoutes,
  ...externalAccountRoutes,
  ...fileRoutes,
  ...fileLinkRoutes,
  ...issuingProgramRoutes,
  ...issuingCardholderRoutes,
  ...issuingCardRoutes,
  ...issuingAuthorizationRoutes,
  ...issuingTransactionRoutes,
  ...issuingDisputeRoutes,
  ...issuingTokenRoutes,
  ...issuingPersonalizationDesignRoutes,
  ...issuingPhysicalBundleRoutes,
  ...issuingCreditUnderwritingRecordRoutes,
  ...issuingDisputeSettlementDetailRoutes,
  ...issuingFraudLiabilityDebitRoutes,
  ...treasuryFinancialAccountRoutes,
  ...treasuryInboundTransferRoutes,
  ...treasuryOutboundTransferRoutes,
  ...treasuryOutboundPaymentRoutes,
  ...treasuryReceivedCreditRoutes,
  ...treasuryReceivedDebitRoutes,
  ...treasuryCreditReversalRoutes,
  ...treasuryDebitReversalRoutes,
  ...treasuryTransactionRoutes,
  ...treasuryTransactionEntryRoutes,
  ...balanceRoutes,
  ...balanceTransactionRoutes,
  ...transferReversalRoutes,
  ...topupRoutes,
  ...transferRoutes,
  ...payoutRoutes,
  ...testHelpersIssuingAuthorizationRoutes,
  ...testHelpersIssuingCardRoutes,
  ...testHelpersIssuingPersonalizationDesignRoutes,
  ...testHelpersIssuingTransactionRoutes,
  ...testHelpersTreasuryInboundTransferRoutes,
  ...testHelpersTreasuryOutboundTransferRoutes,
  ...testHelpersTreasuryOutboundPaymentRoutes,
  ...testHelpersTreasuryReceivedCreditRoutes,
  ...testHelpersTreasuryReceivedDebitRoutes,
  ...eventRoutes,
  ...v2CoreEventRoutes,
  ...webhookEndpointRoutes,
  ...eventDestinationRoutes,
];
