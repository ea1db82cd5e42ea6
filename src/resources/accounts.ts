import {
  accountsCreate,
  accountsCreatePerson,
  accountsDel,
  accountsDeletePerson,
  accountsList,
  accountsListCapabilities,
  accountsListPersons,
  accountsRetrieve,
  accountsRetrieveCapability,
  accountsRetrievePerson,
  accountsUpdate,
  accountsUpdateCapability,
  accountsUpdatePerson,
} from '../generated/endpoints/accounts.js';
import { defineResource } from '../core/resource.js';

/** v1 connected accounts, persons and capabilities (the calls Issuing and Treasury still need). Form bodies. */
export const accounts = defineResource('accounts', {
  /**
   * Creates a connected account.
   * `POST /v1/accounts`
   * @example cp.accounts.create({ country: 'US', controller: { stripe_dashboard: { type: 'none' } }, capabilities: { card_issuing: { requested: true } } })
   */
  create: accountsCreate,
  /**
   * Retrieves a connected account.
   * `GET /v1/accounts/{account}`
   * @example cp.accounts.retrieve('acct_123')
   */
  retrieve: accountsRetrieve,
  /**
   * Updates a connected account: capabilities, business details, Issuing/Treasury terms acceptance.
   * `POST /v1/accounts/{account}`
   * @example cp.accounts.update('acct_123', {
   *   capabilities: { card_issuing: { requested: true } },
   *   settings: { card_issuing: { tos_acceptance: { date: 1696634647, ip: '192.168.123.132' } } },
   * })
   */
  update: accountsUpdate,
  /**
   * Lists connected accounts (cursor pages; `for await` walks every page).
   * `GET /v1/accounts`
   */
  list: accountsList,
  /**
   * Deletes a connected account (test mode, or accounts your platform manages with a zero balance).
   * `DELETE /v1/accounts/{account}`
   */
  del: accountsDel,
  /**
   * Creates a person of the account (representative, owner, executive, director).
   * `POST /v1/accounts/{account}/persons`
   * @example cp.accounts.createPerson('acct_123', { first_name: 'Jenny', last_name: 'Rosen', relationship: { representative: true, owner: true, percent_ownership: 0.75 } })
   */
  createPerson: accountsCreatePerson,
  /** Retrieves a person. `GET /v1/accounts/{account}/persons/{person}` */
  retrievePerson: accountsRetrievePerson,
  /** Updates a person. `POST /v1/accounts/{account}/persons/{person}` */
  updatePerson: accountsUpdatePerson,
  /**
   * Lists the persons of an account, optionally by relationship.
   * `GET /v1/accounts/{account}/persons`
   * @example cp.accounts.listPersons('acct_123', { relationship: { owner: true } })
   */
  listPersons: accountsListPersons,
  /** Deletes a person. `DELETE /v1/accounts/{account}/persons/{person}` */
  deletePerson: accountsDeletePerson,
  /**
   * Lists the account's capabilities (one page).
   * `GET /v1/accounts/{account}/capabilities`
   */
  listCapabilities: accountsListCapabilities,
  /**
   * Retrieves one capability by name.
   * `GET /v1/accounts/{account}/capabilities/{capability}`
   * @example cp.accounts.retrieveCapability('acct_123', 'card_issuing')
   */
  retrieveCapability: accountsRetrieveCapability,
  /**
   * Requests or unrequests one capability.
   * `POST /v1/accounts/{account}/capabilities/{capability}`
   * @example cp.accounts.updateCapability('acct_123', 'card_issuing', { requested: true })
   */
  updateCapability: accountsUpdateCapability,
});
