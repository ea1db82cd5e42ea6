import {
  treasuryFinancialAccountsClose,
  treasuryFinancialAccountsCreate,
  treasuryFinancialAccountsList,
  treasuryFinancialAccountsRetrieve,
  treasuryFinancialAccountsRetrieveFeatures,
  treasuryFinancialAccountsUpdate,
  treasuryFinancialAccountsUpdateFeatures,
} from '../../generated/endpoints/treasury-financial-accounts.js';
import { defineResource } from '../../core/resource.js';

/** Treasury financial accounts and their features (act on a connected account with `stripeAccount`). */
export const financialAccounts = defineResource('treasury.financialAccounts', {
  /**
   * Creates a financial account; requested features start out pending.
   * `POST /v1/treasury/financial_accounts`
   * @example cp.treasury.financialAccounts.create({ supported_currencies: ['usd'], features: { card_issuing: { requested: true } } }, { stripeAccount: 'acct_123' })
   */
  create: treasuryFinancialAccountsCreate,
  /** Retrieves a financial account. `GET /v1/treasury/financial_accounts/{financial_account}` */
  retrieve: treasuryFinancialAccountsRetrieve,
  /**
   * Updates features, platform restrictions, forwarding settings, nickname or metadata.
   * `POST /v1/treasury/financial_accounts/{financial_account}`
   * @example cp.treasury.financialAccounts.update('fa_123', { platform_restrictions: { outbound_flows: 'restricted' } }, { stripeAccount })
   */
  update: treasuryFinancialAccountsUpdate,
  /**
   * Lists the account's financial accounts (newest first).
   * `GET /v1/treasury/financial_accounts`
   * @example for await (const fa of cp.treasury.financialAccounts.list({ status: 'open' }, { stripeAccount })) { … }
   */
  list: treasuryFinancialAccountsList,
  /**
   * Closes a financial account (zero balance, no pending inbound transfers, its Issuing cards canceled).
   * `POST /v1/treasury/financial_accounts/{financial_account}/close`
   */
  close: treasuryFinancialAccountsClose,
  /**
   * Retrieves the features of a financial account, each `{ requested, status, status_details }`.
   * `GET /v1/treasury/financial_accounts/{financial_account}/features`
   * @example const { card_issuing } = await cp.treasury.financialAccounts.retrieveFeatures('fa_123', {}, { stripeAccount })
   */
  retrieveFeatures: treasuryFinancialAccountsRetrieveFeatures,
  /**
   * Requests (or removes, with `requested: false`) features of a financial account.
   * `POST /v1/treasury/financial_accounts/{financial_account}/features`
   * @example cp.treasury.financialAccounts.updateFeatures('fa_123', { card_issuing: { requested: true } }, { stripeAccount })
   */
  updateFeatures: treasuryFinancialAccountsUpdateFeatures,
});
