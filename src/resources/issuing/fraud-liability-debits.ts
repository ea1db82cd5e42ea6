import { issuingFraudLiabilityDebitsList, issuingFraudLiabilityDebitsRetrieve } from '../../generated/endpoints/issuing-fraud-liability-debits.js';
import { defineResource } from '../../core/resource.js';

/**
 * Issuing fraud liability debits (private preview, α; sent with `Stripe-Version: 2025-12-15.preview`):
 * balance debits for fraud liability after Issuing disputes (read-only).
 */
export const fraudLiabilityDebits = defineResource('issuing.fraudLiabilityDebits', {
  /** Retrieves a fraud liability debit. `GET /v1/issuing/fraud_liability_debits/{fraud_liability_debit}` */
  retrieve: issuingFraudLiabilityDebitsRetrieve,
  /**
   * Lists fraud liability debits (newest first); keys besides pagination are sent unchecked.
   * `GET /v1/issuing/fraud_liability_debits`
   * @example for await (const d of cp.issuing.fraudLiabilityDebits.list({ limit: 100 })) { … }
   */
  list: issuingFraudLiabilityDebitsList,
});
