import { defineResource, get, list, post } from '../../core/resource.js';
import { V1RetrieveParams } from '../../schemas/common.js';
import {
  OutboundTransferCreateParamsSchema,
  OutboundTransferListParamsSchema,
  OutboundTransferSchema,
  TreasuryCancelParamsSchema,
} from '../../schemas/treasury-money-movement.js';

/** Treasury outbound transfers: send money to the account owner's own bank account or financial account. */
export const outboundTransfers = defineResource('treasury.outboundTransfers', {
  /**
   * Creates an outbound transfer (status `processing`). Moves money: pass an `idempotencyKey` you persist.
   * `POST /v1/treasury/outbound_transfers`
   * @example cp.treasury.outboundTransfers.create({ financial_account: 'fa_123', amount: 5_000, currency: 'usd', destination_payment_method: 'pm_123',
   *   destination_payment_method_options: { us_bank_account: { network: 'ach' } } }, { stripeAccount, idempotencyKey })
   */
  create: post('/v1/treasury/outbound_transfers', { params: OutboundTransferCreateParamsSchema, returns: OutboundTransferSchema }),
  /** Retrieves an outbound transfer. `GET /v1/treasury/outbound_transfers/{outbound_transfer}` */
  retrieve: get('/v1/treasury/outbound_transfers/{outbound_transfer}', { params: V1RetrieveParams, returns: OutboundTransferSchema }),
  /**
   * Lists the outbound transfers of a financial account (`financial_account` is required).
   * `GET /v1/treasury/outbound_transfers`
   */
  list: list('/v1/treasury/outbound_transfers', { params: OutboundTransferListParamsSchema, returns: OutboundTransferSchema }),
  /** Cancels an outbound transfer while it is `processing` and `cancelable`. `POST /v1/treasury/outbound_transfers/{outbound_transfer}/cancel` */
  cancel: post('/v1/treasury/outbound_transfers/{outbound_transfer}/cancel', { params: TreasuryCancelParamsSchema, returns: OutboundTransferSchema }),
});
