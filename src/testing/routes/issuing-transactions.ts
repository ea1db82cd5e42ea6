import { metadataUpdateRoute, retrieveRoute } from '../crud.js';
import { listRoute } from '../list.js';
import type { MockRoute } from '../router.js';

/** Mock routes of Issuing transactions: list, retrieve, update (metadata). Transactions are made by the simulations. */
export const issuingTransactionRoutes: MockRoute[] = [
  listRoute('/v1/issuing/transactions', 'issuing.transaction', ['card', 'cardholder', 'type']),
  retrieveRoute('/v1/issuing/transactions/:id', 'issuing.transaction'),
  metadataUpdateRoute('/v1/issuing/transactions/:id', 'issuing.transaction'),
];
