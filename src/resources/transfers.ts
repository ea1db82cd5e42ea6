import { defineResource, get, list, post } from '../core/resource.js';
import { V1RetrieveParams } from '../schemas/common.js';
import { TransferCreateParamsSchema, TransferListParamsSchema, TransferSchema, TransferUpdateParamsSchema } from '../schemas/funding.js';

/** Transfers: move money from the platform's balance to a connected account's balance. */
export const transfers = defineResource('transfers', {
  /**
   * Creates a transfer to a connected account. Moves money: pass an `idempotencyKey` you persist.
   * `POST /v1/transfers`
   * @example cp.transfers.create({ amount: 10_000, currency: 'usd', destination: 'acct_123', transfer_group: 'ORDER_95' }, { idempotencyKey })
   */
  create: post('/v1/transfers', { params: TransferCreateParamsSchema, returns: TransferSchema }),
  /** Retrieves a transfer. `GET /v1/transfers/{transfer}` */
  retrieve: get('/v1/transfers/{transfer}', { params: V1RetrieveParams, returns: TransferSchema }),
  /** Updates `description` or metadata. `POST /v1/transfers/{transfer}` */
  update: post('/v1/transfers/{transfer}', { params: TransferUpdateParamsSchema, returns: TransferSchema }),
  /** Lists transfers, optionally to one `destination` or of one `transfer_group`. `GET /v1/transfers` */
  list: list('/v1/transfers', { params: TransferListParamsSchema, returns: TransferSchema }),
});
