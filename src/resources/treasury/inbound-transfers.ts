import { defineResource, get, list, post } from '../../core/resource.js';
import { V1RetrieveParams } from '../../schemas/common.js';
import {
  InboundTransferCreateParamsSchema,
  InboundTransferListParamsSchema,
  InboundTransferSchema,
  TreasuryCancelParamsSchema,
} from '../../schemas/treasury-money-movement.js';

/** Treasury inbound transfers: pull money from the owner's bank account into a financial account. */
export const inboundTransfers = defineResource('treasury.inboundTransfers', {
  /**
   * Creates an inbound transfer (status `processing`). Moves money: pass an `idempotencyKey` you persist.
   * `POST /v1/treasury/inbound_transfers`
   * @example cp.treasury.inboundTransfers.create({ financial_account: 'fa_123', amount: 10_000, currency: 'usd', origin_payment_method: 'pm_123' }, { stripeAccount, idempotencyKey })
   */
  create: post('/v1/treasury/inbound_transfers', { params: InboundTransferCreateParamsSchema, returns: InboundTransferSchema }),
  /** Retrieves an inbound transfer. `GET /v1/treasury/inbound_transfers/{inbound_transfer}` */
  retrieve: get('/v1/treasury/inbound_transfers/{inbound_transfer}', { params: V1RetrieveParams, returns: InboundTransferSchema }),
  /**
   * Lists the inbound transfers of a financial account (`financial_account` is required).
   * `GET /v1/treasury/inbound_transfers`
   * @example for await (const ibt of cp.treasury.inboundTransfers.list({ financial_account: 'fa_123' }, { stripeAccount })) { … }
   */
  list: list('/v1/treasury/inbound_transfers', { params: InboundTransferListParamsSchema, returns: InboundTransferSchema }),
  /** Cancels an inbound transfer while it is `cancelable`. `POST /v1/treasury/inbound_transfers/{inbound_transfer}/cancel` */
  cancel: post('/v1/treasury/inbound_transfers/{inbound_transfer}/cancel', { params: TreasuryCancelParamsSchema, returns: InboundTransferSchema }),
});
