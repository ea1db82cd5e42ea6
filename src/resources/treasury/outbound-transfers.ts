import {
  treasuryOutboundTransfersCancel,
  treasuryOutboundTransfersCreate,
  treasuryOutboundTransfersList,
  treasuryOutboundTransfersRetrieve,
} from '../../generated/endpoints/treasury-outbound-transfers.js';
import { defineResource } from '../../core/resource.js';

/** Treasury outbound transfers: send money to the account owner's own bank account or financial account. */
export const outboundTransfers = defineResource('treasury.outboundTransfers', {
  /**
   * Creates an outbound transfer (status `processing`). Moves money: pass an `idempotencyKey` you persist.
   * `POST /v1/treasury/outbound_transfers`
   * @example cp.treasury.outboundTransfers.create({ financial_account: 'fa_123', amount: 5_000, currency: 'usd', destination_payment_method: 'pm_123',
   *   destination_payment_method_options: { us_bank_account: { network: 'ach' } } }, { stripeAccount, idempotencyKey })
   */
  create: treasuryOutboundTransfersCreate,
  /** Retrieves an outbound transfer. `GET /v1/treasury/outbound_transfers/{outbound_transfer}` */
  retrieve: treasuryOutboundTransfersRetrieve,
  /**
   * Lists the outbound transfers of a financial account (`financial_account` is required).
   * `GET /v1/treasury/outbound_transfers`
   */
  list: treasuryOutboundTransfersList,
  /** Cancels an outbound transfer while it is `processing` and `cancelable`. `POST /v1/treasury/outbound_transfers/{outbound_transfer}/cancel` */
  cancel: treasuryOutboundTransfersCancel,
});
