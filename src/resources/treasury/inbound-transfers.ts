import {
  treasuryInboundTransfersCancel,
  treasuryInboundTransfersCreate,
  treasuryInboundTransfersList,
  treasuryInboundTransfersRetrieve,
} from '../../generated/endpoints/treasury-inbound-transfers.js';
import { defineResource } from '../../core/resource.js';

/** Treasury inbound transfers: pull money from the owner's bank account into a financial account. */
export const inboundTransfers = defineResource('treasury.inboundTransfers', {
  /**
   * Creates an inbound transfer (status `processing`). Moves money: pass an `idempotencyKey` you persist.
   * `POST /v1/treasury/inbound_transfers`
   * @example cp.treasury.inboundTransfers.create({ financial_account: 'fa_123', amount: 10_000, currency: 'usd', origin_payment_method: 'pm_123' }, { stripeAccount, idempotencyKey })
   */
  create: treasuryInboundTransfersCreate,
  /** Retrieves an inbound transfer. `GET /v1/treasury/inbound_transfers/{inbound_transfer}` */
  retrieve: treasuryInboundTransfersRetrieve,
  /**
   * Lists the inbound transfers of a financial account (`financial_account` is required).
   * `GET /v1/treasury/inbound_transfers`
   * @example for await (const ibt of cp.treasury.inboundTransfers.list({ financial_account: 'fa_123' }, { stripeAccount })) { … }
   */
  list: treasuryInboundTransfersList,
  /** Cancels an inbound transfer while it is `cancelable`. `POST /v1/treasury/inbound_transfers/{inbound_transfer}/cancel` */
  cancel: treasuryInboundTransfersCancel,
});
