import { mustGet, retrieveRoute } from '../crud.js';
import { listRoute } from '../list.js';
import type { MockRoute } from '../router.js';
import { badState, now } from '../values.js';

/** Mock routes of Issuing tokens (created by the networks; put them into the store to test): list, retrieve, update. */
export const issuingTokenRoutes: MockRoute[] = [
  listRoute('/v1/issuing/tokens', 'issuing.token', [{ param: 'card', required: true }, 'status']),
  retrieveRoute('/v1/issuing/tokens/:id', 'issuing.token'),
  {
    method: 'POST',
    path: '/v1/issuing/tokens/:id',
    handle: (req) => {
      const tok = mustGet(req, req.params.id ?? '', 'issuing.token');
      const next = String(req.body.status);
      if (tok.status === 'deleted') badState('This token is deleted and can no longer be updated.', 'status');
      if (tok.status === 'requested' && next !== 'deleted') badState('A requested token can only be deleted.', 'status');
      tok.status = next;
      tok.network_updated_at = now();
      return tok;
    },
  },
];
