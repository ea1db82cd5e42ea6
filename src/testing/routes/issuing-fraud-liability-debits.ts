import { crud } from '../crud.js';
import { issuingFraudLiabilityDebit } from '../fixtures/issuing-previews.js';
import type { MockRoute } from '../router.js';

/** Mock routes of Issuing fraud liability debits (α preview, read-only: put them in `mock.store` to list them): retrieve, list. */
export const issuingFraudLiabilityDebitRoutes: MockRoute[] = [
  ...crud({
    collection: '/v1/issuing/fraud_liability_debits',
    object: 'issuing.fraud_liability_debit',
    idPrefix: 'ifld_',
    fixture: issuingFraudLiabilityDebit,
    ops: ['retrieve', 'list'],
  }),
];
