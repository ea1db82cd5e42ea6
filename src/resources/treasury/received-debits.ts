import { defineResource, get, list } from '../../core/resource.js';
import { V1RetrieveParams } from '../../schemas/common.js';
import { ReceivedDebitListParamsSchema, ReceivedDebitSchema } from '../../schemas/treasury-money-movement.js';

/** Treasury received debits: money pulled out of a financial account by a third party. */
export const receivedDebits = defineResource('treasury.receivedDebits', {
  /** Retrieves a received debit. `GET /v1/treasury/received_debits/{received_debit}` */
  retrieve: get('/v1/treasury/received_debits/{received_debit}', { params: V1RetrieveParams, returns: ReceivedDebitSchema }),
  /** Lists the received debits of a financial account (`financial_account` is required). `GET /v1/treasury/received_debits` */
  list: list('/v1/treasury/received_debits', { params: ReceivedDebitListParamsSchema, returns: ReceivedDebitSchema }),
});
