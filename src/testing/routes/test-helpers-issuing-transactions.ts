import type { MockRequest, MockRoute } from '../router.js';
import { cardFinancialAccount } from '../balances.js';
import { mustGet } from '../crud.js';
import { creditCardRefund, debitCardSpend } from '../treasury-ledger.js';
import { badState, idOf, str } from '../values.js';
import { createTransaction, hold, merchantData, storedCard } from '../card-spend.js';

type Obj = Record<string, unknown>;

function unlinked(type: 'capture' | 'refund') {
  return (req: MockRequest): Obj => {
    const card = storedCard(req);
    const currency = str(req.body.currency) ?? String(card.currency);
    const fa = cardFinancialAccount(req, card);
    // A force capture spends from the Issuing balance (it may go below zero); an unlinked refund gives back.
    if (!fa) hold(req, card, type === 'capture' ? -Number(req.body.amount) : Number(req.body.amount), currency);
    const txn = createTransaction(req, {
      type,
      amount: Number(req.body.amount),
      currency,
      card,
      merchant: merchantData(req.body.merchant_data),
      authorization: null,
      authorizationCode: null,
      purchase: req.body.purchase_details,
    });
    // On a financial account: a received debit (force capture) or received credit (unlinked refund), network `card`.
    if (fa) (type === 'capture' ? debitCardSpend : creditCardRefund)(req, fa, txn, undefined);
    return txn;
  };
}

function refundTransaction(req: MockRequest): Obj {
  const txn = mustGet(req, req.params.id ?? '', 'issuing.transaction');
  if (txn.type !== 'capture') badState('Only capture transactions can be refunded.');
  const captured = Math.abs(Number(txn.amount));
  const amount = req.body.refund_amount === undefined ? captured : Number(req.body.refund_amount);
  if (amount > captured) badState(`refund_amount (${amount}) exceeds the captured amount (${captured}).`, 'refund_amount');
  const card = req.store.get(String(txn.card)) ?? { id: txn.card, cardholder: txn.cardholder };
  const refund = createTransaction(req, {
    type: 'refund',
    amount,
    currency: String(txn.currency),
    card,
    merchant: txn.merchant_data as Obj,
    authorization: idOf(txn.authorization),
    authorizationCode: null,
    wallet: txn.wallet,
  });
  const auth = txn.authorization ? req.store.get(String(idOf(txn.authorization))) : undefined;
  if (auth && Array.isArray(auth.transactions)) auth.transactions.push(refund);
  const fa = cardFinancialAccount(req, card);
  if (fa) creditCardRefund(req, fa, refund, auth);
  else hold(req, card, amount, String(txn.currency));
  return refund;
}

/** Mock routes of the Issuing transaction simulations: force captures, unlinked refunds, refunds of captures. */
export const testHelpersIssuingTransactionRoutes: MockRoute[] = [
  { method: 'POST', path: '/v1/test_helpers/issuing/transactions/create_force_capture', handle: unlinked('capture') },
  { method: 'POST', path: '/v1/test_helpers/issuing/transactions/create_unlinked_refund', handle: unlinked('refund') },
  { method: 'POST', path: '/v1/test_helpers/issuing/transactions/:id/refund', handle: refundTransaction },
];
