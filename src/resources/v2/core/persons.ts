import {
  v2CoreAccountsPersonsCreate,
  v2CoreAccountsPersonsDel,
  v2CoreAccountsPersonsList,
  v2CoreAccountsPersonsRetrieve,
  v2CoreAccountsPersonsUpdate,
} from '../../../generated/endpoints/v2-core-accounts-persons.js';
import { defineResource } from '../../../core/resource.js';

/** Persons of a v2 account (`cp.v2.core.accounts.persons`): representatives, owners, directors, executives. JSON bodies. */
export const persons = defineResource('v2.core.accounts.persons', {
  /**
   * Adds a person to an account.
   * `POST /v2/core/accounts/{account}/persons`
   * @example cp.v2.core.accounts.persons.create('acct_123', {
   *   given_name: 'Jenny', surname: 'Rosen', email: 'jenny@example.com',
   *   relationship: { representative: true, owner: true, percent_ownership: '0.75' },
   * })
   */
  create: v2CoreAccountsPersonsCreate,
  /** Retrieves a person. `GET /v2/core/accounts/{account}/persons/{person}` */
  retrieve: v2CoreAccountsPersonsRetrieve,
  /**
   * Updates a person: identity details, documents, relationship.
   * `POST /v2/core/accounts/{account}/persons/{person}`
   */
  update: v2CoreAccountsPersonsUpdate,
  /**
   * Lists the persons of an account (`for await` walks every page).
   * `GET /v2/core/accounts/{account}/persons`
   */
  list: v2CoreAccountsPersonsList,
  /** Removes a person from an account. `DELETE /v2/core/accounts/{account}/persons/{person}` */
  del: v2CoreAccountsPersonsDel,
});
