import {
  accountsCreate,
  accountsCreateExternalAccount,
  accountsCreateLoginLink,
  accountsCreatePerson,
  accountsDel,
  accountsDeleteExternalAccount,
  accountsDeletePerson,
  accountsList,
  accountsListCapabilities,
  accountsListExternalAccounts,
  accountsListPersons,
  accountsReject,
  accountsRetrieve,
  accountsRetrieveCapability,
  accountsRetrieveCurrent,
  accountsRetrieveExternalAccount,
  accountsRetrievePerson,
  accountsUnreject,
  accountsUpdate,
  accountsUpdateCapability,
  accountsUpdateExternalAccount,
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
  /**
   * Retrieves the account the key belongs to (your platform, or the connected account named by `stripeAccount`).
   * `GET /v1/account`
   * @example cp.accounts.retrieveCurrent()
   */
  retrieveCurrent: accountsRetrieveCurrent,
  /**
   * Adds a bank account or debit card for payouts: a token (`btok_…`, `tok_…`) or the account's details.
   * `POST /v1/accounts/{account}/external_accounts`
   * @example cp.accounts.createExternalAccount('acct_123', { external_account: 'btok_us_verified' })
   */
  createExternalAccount: accountsCreateExternalAccount,
  /** Retrieves an external account (bank account or card). `GET /v1/accounts/{account}/external_accounts/{external_account}` */
  retrieveExternalAccount: accountsRetrieveExternalAccount,
  /**
   * Updates an external account: holder details, metadata, `default_for_currency`.
   * `POST /v1/accounts/{account}/external_accounts/{external_account}`
   * @example cp.accounts.updateExternalAccount('acct_123', 'ba_123', { default_for_currency: true })
   */
  updateExternalAccount: accountsUpdateExternalAccount,
  /** Deletes an external account (not the default one of its currency). `DELETE /v1/accounts/{account}/external_accounts/{external_account}` */
  deleteExternalAccount: accountsDeleteExternalAccount,
  /**
   * Lists an account's external accounts, optionally only bank accounts or cards.
   * `GET /v1/accounts/{account}/external_accounts`
   * @example cp.accounts.listExternalAccounts('acct_123', { object: 'bank_account' })
   */
  listExternalAccounts: accountsListExternalAccounts,
  /**
   * Creates a single-use link to the Express Dashboard of an account.
   * `POST /v1/accounts/{account}/login_links`
   */
  createLoginLink: accountsCreateLoginLink,
  /**
   * Rejects an account your platform is liable for (fraud, terms of service): it can no longer be used.
   * `POST /v1/accounts/{account}/reject`
   * @example cp.accounts.reject('acct_123', { reason: 'terms_of_service' })
   */
  reject: accountsReject,
  /** Lifts a rejection made with `reject`. `POST /v1/accounts/{account}/unreject` */
  unreject: accountsUnreject,
});
