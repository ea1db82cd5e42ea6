import { defineResource, get, list } from '../../core/resource.js';
import { V1RetrieveParams } from '../../schemas/common.js';
import { IssuingPreviewListParamsSchema } from '../../schemas/issuing-credit.js';
import { IssuingFraudLiabilityDebitSchema } from '../../schemas/issuing-settlements.js';
import { API_VERSIONS } from '../../core/versions.js';

const version = API_VERSIONS.issuingAlpha;

/**
 * Issuing fraud liability debits (private preview, α; sent with `Stripe-Version: 2025-12-15.preview`):
 * balance debits for fraud liability after Issuing disputes (read-only).
 */
export const fraudLiabilityDebits = defineResource('issuing.fraudLiabilityDebits', {
  /** Retrieves a fraud liability debit. `GET /v1/issuing/fraud_liability_debits/{fraud_liability_debit}` */
  retrieve: get('/v1/issuing/fraud_liability_debits/{fraud_liability_debit}', { params: V1RetrieveParams, returns: IssuingFraudLiabilityDebitSchema, version }),
  /**
   * Lists fraud liability debits (newest first); keys besides pagination are sent unchecked.
   * `GET /v1/issuing/fraud_liability_debits`
   * @example for await (const d of cp.issuing.fraudLiabilityDebits.list({ limit: 100 })) { … }
   */
  list: list('/v1/issuing/fraud_liability_debits', { params: IssuingPreviewListParamsSchema, returns: IssuingFraudLiabilityDebitSchema, version }),
});
