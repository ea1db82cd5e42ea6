import { treasuryReceivedDebitsList, treasuryReceivedDebitsRetrieve } from '../../generated/endpoints/treasury-received-debits.js';
import { defineResource } from '../../core/resource.js';

/** Treasury received debits: money pulled out of a financial account by a third party. */
export const receivedDebits = defineResource('treasury.receivedDebits', {
  /** Retrieves a received debit. `GET /v1/treasury/received_debits/{received_debit}` */
  retrieve: treasuryReceivedDebitsRetrieve,
  /** Lists the received debits of a financial account (`financial_account` is required). `GET /v1/treasury/received_debits` */
  list: treasuryReceivedDebitsList,
});
