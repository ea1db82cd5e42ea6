import {
  transfersCreate,
  transfersCreateReversal,
  transfersList,
  transfersListReversals,
  transfersRetrieve,
  transfersRetrieveReversal,
  transfersUpdate,
  transfersUpdateReversal,
} from '../generated/endpoints/transfers.js';
import { defineResource } from '../core/resource.js';

/** Transfers: move money from the platform's balance to a connected account's balance, and reverse them. */
export const transfers = defineResource('transfers', {
  /**
   * Creates a transfer to a connected account. Moves money: pass an `idempotencyKey` you persist.
   * `POST /v1/transfers`
   * @example cp.transfers.create({ amount: 10_000, currency: 'usd', destination: 'acct_123', transfer_group: 'ORDER_95' }, { idempotencyKey })
   */
  create: transfersCreate,
  /** Retrieves a transfer. `GET /v1/transfers/{transfer}` */
  retrieve: transfersRetrieve,
  /** Updates `description` or metadata. `POST /v1/transfers/{transfer}` */
  update: transfersUpdate,
  /** Lists transfers, optionally to one `destination` or of one `transfer_group`. `GET /v1/transfers` */
  list: transfersList,
  /**
   * Reverses all or part of a transfer: the money goes back from the connected account to the platform.
   * `amount` defaults to what remains unreversed; more than that is refused (400). Moves money: pass an
   * `idempotencyKey` you persist.
   * `POST /v1/transfers/{id}/reversals`
   * @example cp.transfers.createReversal('tr_123', { amount: 2_500, description: 'Unused card float' }, { idempotencyKey })
   */
  createReversal: transfersCreateReversal,
  /**
   * Lists the reversals of a transfer (newest first). `GET /v1/transfers/{id}/reversals`
   * @example for await (const r of cp.transfers.listReversals('tr_123')) { … }
   */
  listReversals: transfersListReversals,
  /** Retrieves one reversal of a transfer. `GET /v1/transfers/{transfer}/reversals/{id}` */
  retrieveReversal: transfersRetrieveReversal,
  /** Updates a reversal's metadata. `POST /v1/transfers/{transfer}/reversals/{id}` */
  updateReversal: transfersUpdateReversal,
});
