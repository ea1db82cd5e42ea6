/**
 * Names for the path parameters of generated methods, so that editors show `retrieve(card: string, …)`
 * instead of `retrieve(args_0: string, …)`.
 *
 * TypeScript cannot name a tuple element after a string literal type (a label is written in the source,
 * never computed), so {@link PathArgs} cannot label `{card}` as `card` in general. It looks each
 * placeholder up here instead: a one-element labelled tuple per placeholder name used by Stripe's paths
 * (a labelled tuple spread into another keeps its label). A placeholder not listed gets the label `id`.
 * @module
 */

/** One labelled one-element tuple per path placeholder name: `{card}` → `[card: string]`. */
export interface PathParamLabels {
  account: [account: string];
  account_token: [account_token: string];
  authorization: [authorization: string];
  balance_transaction: [balance_transaction: string];
  capability: [capability: string];
  card: [card: string];
  cardholder: [cardholder: string];
  charge: [charge: string];
  credit_reversal: [credit_reversal: string];
  credit_underwriting_record: [credit_underwriting_record: string];
  customer: [customer: string];
  debit_reversal: [debit_reversal: string];
  dispute: [dispute: string];
  dispute_settlement_detail: [dispute_settlement_detail: string];
  event: [event: string];
  event_destination: [event_destination: string];
  external_account: [external_account: string];
  file: [file: string];
  file_link: [file_link: string];
  financial_account: [financial_account: string];
  fraud_liability_debit: [fraud_liability_debit: string];
  id: [id: string];
  inbound_transfer: [inbound_transfer: string];
  outbound_payment: [outbound_payment: string];
  outbound_transfer: [outbound_transfer: string];
  payout: [payout: string];
  person: [person: string];
  person_token: [person_token: string];
  personalization_design: [personalization_design: string];
  physical_bundle: [physical_bundle: string];
  program: [program: string];
  received_credit: [received_credit: string];
  received_debit: [received_debit: string];
  refund: [refund: string];
  reversal: [reversal: string];
  settlement: [settlement: string];
  token: [token: string];
  topup: [topup: string];
  transaction: [transaction: string];
  transaction_entry: [transaction_entry: string];
  transfer: [transfer: string];
}

/** The labelled tuple of one placeholder: its entry in {@link PathParamLabels}, else `[id: string]`. */
export type PathParamLabel<Name extends string> = Name extends keyof PathParamLabels ? PathParamLabels[Name] : [id: string];
