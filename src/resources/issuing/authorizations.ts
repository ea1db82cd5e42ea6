import {
  issuingAuthorizationsApprove,
  issuingAuthorizationsDecline,
  issuingAuthorizationsList,
  issuingAuthorizationsRetrieve,
  issuingAuthorizationsUpdate,
} from '../../generated/endpoints/issuing-authorizations.js';
import { defineResource } from '../../core/resource.js';

/** Issuing authorizations: holds merchants place on cards. Created by the card networks, never by you. */
export const authorizations = defineResource('issuing.authorizations', {
  /**
   * Retrieves an authorization (the card is always expanded).
   * `GET /v1/issuing/authorizations/{authorization}`
   * @example const auth = await cp.issuing.authorizations.retrieve('iauth_123');
   */
  retrieve: issuingAuthorizationsRetrieve,
  /**
   * Sets metadata on an authorization. `POST /v1/issuing/authorizations/{authorization}`
   * @example cp.issuing.authorizations.update('iauth_123', { metadata: { order: '42' } })
   */
  update: issuingAuthorizationsUpdate,
  /**
   * Lists authorizations, newest first, filtered by `card`, `cardholder`, `status` or `created`.
   * `GET /v1/issuing/authorizations`
   * @example for await (const auth of cp.issuing.authorizations.list({ card: 'ic_123', status: 'pending' })) { … }
   */
  list: issuingAuthorizationsList,
  /**
   * Approves a pending authorization inside the 2-second real-time window.
   * `POST /v1/issuing/authorizations/{authorization}/approve`
   * @deprecated Answer the `issuing_authorization.request` webhook directly with
   * `{ "approved": true, "amount"?: … }` instead (see `cardplane/webhooks`); this extra round-trip can time out.
   */
  approve: issuingAuthorizationsApprove,
  /**
   * Declines a pending authorization inside the 2-second real-time window.
   * `POST /v1/issuing/authorizations/{authorization}/decline`
   * @deprecated Answer the `issuing_authorization.request` webhook directly with `{ "approved": false }`
   * instead (see `cardplane/webhooks`); this extra round-trip can time out.
   */
  decline: issuingAuthorizationsDecline,
});
