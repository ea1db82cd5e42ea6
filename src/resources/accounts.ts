import * as z from 'zod/mini';
import { defineResource, del, get, list, post } from '../core/resource.js';
import {
  AccountCreateParamsSchema,
  AccountListParamsSchema,
  AccountSchema,
  AccountUpdateParamsSchema,
  CapabilitySchema,
  CapabilityUpdateParamsSchema,
  DeletedAccountSchema,
  DeletedPersonSchema,
  PersonCreateParamsSchema,
  PersonListParamsSchema,
  PersonSchema,
  PersonUpdateParamsSchema,
} from '../schemas/accounts.js';
import { V1ListParams, V1RetrieveParams } from '../schemas/common.js';

const CapabilityListParams = z.strictObject({ expand: V1ListParams.expand });

/** v1 connected accounts, persons and capabilities (the calls Issuing and Treasury still need). Form bodies. */
export const accounts = defineResource('accounts', {
  /**
   * Creates a connected account.
   * `POST /v1/accounts`
   * @example cp.accounts.create({ country: 'US', controller: { stripe_dashboard: { type: 'none' } }, capabilities: { card_issuing: { requested: true } } })
   */
  create: post('/v1/accounts', { params: AccountCreateParamsSchema, returns: AccountSchema }),
  /**
   * Retrieves a connected account.
   * `GET /v1/accounts/{account}`
   * @example cp.accounts.retrieve('acct_123')
   */
  retrieve: get('/v1/accounts/{account}', { params: V1RetrieveParams, returns: AccountSchema }),
  /**
   * Updates a connected account: capabilities, business details, Issuing/Treasury terms acceptance.
   * `POST /v1/accounts/{account}`
   * @example cp.accounts.update('acct_123', {
   *   capabilities: { card_issuing: { requested: true } },
   *   settings: { card_issuing: { tos_acceptance: { date: 1696634647, ip: '192.168.123.132' } } },
   * })
   */
  update: post('/v1/accounts/{account}', { params: AccountUpdateParamsSchema, returns: AccountSchema }),
  /**
   * Lists connected accounts (cursor pages; `for await` walks every page).
   * `GET /v1/accounts`
   */
  list: list('/v1/accounts', { params: AccountListParamsSchema, returns: AccountSchema }),
  /**
   * Deletes a connected account (test mode, or accounts your platform manages with a zero balance).
   * `DELETE /v1/accounts/{account}`
   */
  del: del('/v1/accounts/{account}', { returns: DeletedAccountSchema }),
  /**
   * Creates a person of the account (representative, owner, executive, director).
   * `POST /v1/accounts/{account}/persons`
   * @example cp.accounts.createPerson('acct_123', { first_name: 'Jenny', last_name: 'Rosen', relationship: { representative: true, owner: true, percent_ownership: 0.75 } })
   */
  createPerson: post('/v1/accounts/{account}/persons', { params: PersonCreateParamsSchema, returns: PersonSchema }),
  /** Retrieves a person. `GET /v1/accounts/{account}/persons/{person}` */
  retrievePerson: get('/v1/accounts/{account}/persons/{person}', { params: V1RetrieveParams, returns: PersonSchema }),
  /** Updates a person. `POST /v1/accounts/{account}/persons/{person}` */
  updatePerson: post('/v1/accounts/{account}/persons/{person}', { params: PersonUpdateParamsSchema, returns: PersonSchema }),
  /**
   * Lists the persons of an account, optionally by relationship.
   * `GET /v1/accounts/{account}/persons`
   * @example cp.accounts.listPersons('acct_123', { relationship: { owner: true } })
   */
  listPersons: list('/v1/accounts/{account}/persons', { params: PersonListParamsSchema, returns: PersonSchema }),
  /** Deletes a person. `DELETE /v1/accounts/{account}/persons/{person}` */
  deletePerson: del('/v1/accounts/{account}/persons/{person}', { returns: DeletedPersonSchema }),
  /**
   * Lists the account's capabilities (one page).
   * `GET /v1/accounts/{account}/capabilities`
   */
  listCapabilities: list('/v1/accounts/{account}/capabilities', { params: CapabilityListParams, returns: CapabilitySchema }),
  /**
   * Retrieves one capability by name.
   * `GET /v1/accounts/{account}/capabilities/{capability}`
   * @example cp.accounts.retrieveCapability('acct_123', 'card_issuing')
   */
  retrieveCapability: get('/v1/accounts/{account}/capabilities/{capability}', { params: V1RetrieveParams, returns: CapabilitySchema }),
  /**
   * Requests or unrequests one capability.
   * `POST /v1/accounts/{account}/capabilities/{capability}`
   * @example cp.accounts.updateCapability('acct_123', 'card_issuing', { requested: true })
   */
  updateCapability: post('/v1/accounts/{account}/capabilities/{capability}', { params: CapabilityUpdateParamsSchema, returns: CapabilitySchema }),
});
