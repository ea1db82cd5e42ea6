import { defineResource, get, list, post } from '../../core/resource.js';
import { V1RetrieveParams } from '../../schemas/common.js';
import {
  FinancialAccountCloseParamsSchema,
  FinancialAccountCreateParamsSchema,
  FinancialAccountFeaturesSchema,
  FinancialAccountListParamsSchema,
  FinancialAccountSchema,
  FinancialAccountUpdateFeaturesParamsSchema,
  FinancialAccountUpdateParamsSchema,
} from '../../schemas/treasury-financial-accounts.js';

/** Treasury financial accounts and their features (act on a connected account with `stripeAccount`). */
export const financialAccounts = defineResource('treasury.financialAccounts', {
  /**
   * Creates a financial account; requested features start out pending.
   * `POST /v1/treasury/financial_accounts`
   * @example cp.treasury.financialAccounts.create({ supported_currencies: ['usd'], features: { card_issuing: { requested: true } } }, { stripeAccount: 'acct_123' })
   */
  create: post('/v1/treasury/financial_accounts', { params: FinancialAccountCreateParamsSchema, returns: FinancialAccountSchema }),
  /** Retrieves a financial account. `GET /v1/treasury/financial_accounts/{financial_account}` */
  retrieve: get('/v1/treasury/financial_accounts/{financial_account}', { params: V1RetrieveParams, returns: FinancialAccountSchema }),
  /**
   * Updates features, platform restrictions, forwarding settings, nickname or metadata.
   * `POST /v1/treasury/financial_accounts/{financial_account}`
   * @example cp.treasury.financialAccounts.update('fa_123', { platform_restrictions: { outbound_flows: 'restricted' } }, { stripeAccount })
   */
  update: post('/v1/treasury/financial_accounts/{financial_account}', { params: FinancialAccountUpdateParamsSchema, returns: FinancialAccountSchema }),
  /**
   * Lists the account's financial accounts (newest first).
   * `GET /v1/treasury/financial_accounts`
   * @example for await (const fa of cp.treasury.financialAccounts.list({ status: 'open' }, { stripeAccount })) { … }
   */
  list: list('/v1/treasury/financial_accounts', { params: FinancialAccountListParamsSchema, returns: FinancialAccountSchema }),
  /**
   * Closes a financial account (zero balance, no pending inbound transfers, its Issuing cards canceled).
   * `POST /v1/treasury/financial_accounts/{financial_account}/close`
   */
  close: post('/v1/treasury/financial_accounts/{financial_account}/close', { params: FinancialAccountCloseParamsSchema, returns: FinancialAccountSchema }),
  /**
   * Retrieves the features of a financial account, each `{ requested, status, status_details }`.
   * `GET /v1/treasury/financial_accounts/{financial_account}/features`
   * @example const { card_issuing } = await cp.treasury.financialAccounts.retrieveFeatures('fa_123', {}, { stripeAccount })
   */
  retrieveFeatures: get('/v1/treasury/financial_accounts/{financial_account}/features', {
    params: V1RetrieveParams,
    returns: FinancialAccountFeaturesSchema,
  }),
  /**
   * Requests (or removes, with `requested: false`) features of a financial account.
   * `POST /v1/treasury/financial_accounts/{financial_account}/features`
   * @example cp.treasury.financialAccounts.updateFeatures('fa_123', { card_issuing: { requested: true } }, { stripeAccount })
   */
  updateFeatures: post('/v1/treasury/financial_accounts/{financial_account}/features', {
    params: FinancialAccountUpdateFeaturesParamsSchema,
    returns: FinancialAccountFeaturesSchema,
  }),
});
