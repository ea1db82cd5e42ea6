import { mergeMetadata, mustGet } from '../crud.js';
import { treasuryInboundTransfer } from '../fixtures/treasury.js';
import type { MockRoute } from '../router.js';
import { addEntry, endInbound, openAccount, openTransaction, requireAmount, requireParam } from '../treasury-ledger.js';
import { now } from '../values.js';
import { treasuryList } from '../treasury-flows.js';

type Obj = Record<string, unknown>;

/** Mock routes of Treasury inbound transfers: create (inbound_pending), retrieve, list, cancel. */
export const treasuryInboundTransferRoutes: MockRoute[] = [
  {
    method: 'POST',
    path: '/v1/treasury/inbound_transfers',
    handle: (req) => {
      const faId = requireParam(req.body, 'financial_account');
      const amount = requireAmount(req.body);
      const currency = requireParam(req.body, 'currency');
      const pm = requireParam(req.body, 'origin_payment_method');
      const fa = openAccount(req, faId);
      const id = req.store.newId('ibt_');
      const obj: Obj = {
        ...treasuryInboundTransfer(),
        id,
        amount,
        cancelable: true,
        created: now(),
        currency,
        description: typeof req.body.description === 'string' ? req.body.description : null,
        failure_details: null,
        financial_account: faId,
        hosted_regulatory_receipt_url: `https://example.com/cardplane/receipts/${id}`,
        metadata: mergeMetadata({}, req.body.metadata),
        origin_payment_method: pm,
        statement_descriptor: typeof req.body.statement_descriptor === 'string' ? req.body.statement_descriptor : 'transfer',
      };
      const trxn = openTransaction(req, fa, { id, flowType: 'inbound_transfer', amount, currency, description: String(obj.description ?? 'Inbound transfer') });
      addEntry(req, trxn, 'inbound_transfer', { inbound_pending: amount });
      obj.transaction = trxn.id;
      return req.store.put(obj);
    },
  },
  { method: 'GET', path: '/v1/treasury/inbound_transfers/:id', handle: (req) => mustGet(req, req.params.id ?? '', 'treasury.inbound_transfer') },
  { method: 'GET', path: '/v1/treasury/inbound_transfers', handle: (req) => treasuryList(req, 'treasury.inbound_transfer', '/v1/treasury/inbound_transfers', ['status']) },
  {
    method: 'POST',
    path: '/v1/treasury/inbound_transfers/:id/cancel',
    handle: (req) => endInbound(req, mustGet(req, req.params.id ?? '', 'treasury.inbound_transfer'), 'canceled'),
  },
];
