import { defineResource, get, list, post } from '../core/resource.js';
import { V1RetrieveParams } from '../schemas/common.js';
import {
  TransferCreateParamsSchema,
  TransferListParamsSchema,
  TransferReversalCreateParamsSchema,
  TransferReversalListParamsSchema,
  TransferReversalSchema,
  TransferReversalUpdateParamsSchema,
  TransferSchema,
  TransferUpdateParamsSchema,
} from '../schemas/funding.js';

/** Transfers: move money from the platform's balance to a connected account's balance, and reverse them. */
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
  /**
   * Reverses all or part of a transfer: the money goes back from the connected account to the platform.
   * `amount` defaults to what remains unreversed; more than that is refused (400). Moves money: pass an
   * `idempotencyKey` you persist.
   * `POST /v1/transfers/{id}/reversals`
   * @example cp.transfers.createReversal('tr_123', { amount: 2_500, description: 'Unused card float' }, { idempotencyKey })
   */
  createReversal: post('/v1/transfers/{id}/reversals', { params: TransferReversalCreateParamsSchema, returns: TransferReversalSchema }),
  /**
   * Lists the reversals of a transfer (newest first). `GET /v1/transfers/{id}/reversals`
   * @example for await (const r of cp.transfers.listReversals('tr_123')) { … }
   */
  listReversals: list('/v1/transfers/{id}/reversals', { params: TransferReversalListParamsSchema, returns: TransferReversalSchema }),
  /** Retrieves one reversal of a transfer. `GET /v1/transfers/{transfer}/reversals/{id}` */
  retrieveReversal: get('/v1/transfers/{transfer}/reversals/{id}', { params: V1RetrieveParams, returns: TransferReversalSchema }),
  /** Updates a reversal's metadata. `POST /v1/transfers/{transfer}/reversals/{id}` */
  updateReversal: post('/v1/transfers/{transfer}/reversals/{id}', { params: TransferReversalUpdateParamsSchema, returns: TransferReversalSchema }),
});
