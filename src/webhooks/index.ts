/**
 * `cardplane/webhooks`: Stripe webhook signature verification (WebCrypto: Node 20+, Bun, Deno, edge
 * workers), typed v1 events and v2 thin event notifications, and the Issuing real-time authorization
 * handler. No `node:` import: it runs on every runtime.
 *
 * @example
 * import { constructEvent } from 'cardplane/webhooks';
 * const event = await constructEvent(await request.text(), request.headers.get('stripe-signature'), secret);
 * @packageDocumentation
 */
export {
  verify,
  signTestPayload,
  parseSignatureHeader,
  DEFAULT_TOLERANCE,
  type WebhookPayload,
  type SignatureHeader,
  type WebhookSecret,
  type VerifyOptions,
  type VerifiedSignature,
  type ParsedSignatureHeader,
  type SignTestPayloadOptions,
} from './signature.js';
export { constructEvent, constructEventNotification, parseWithoutVerifying } from './parse.js';
export { fetchEvent, fetchRelatedObject, type EventFetchClient } from './thin.js';
export {
  createAuthorizationHandler,
  AuthorizationHandlerFault,
  DEFAULT_DEADLINE_MS,
  type AuthorizationDecision,
  type AuthorizationHandler,
  type AuthorizationHandlerOptions,
  type AuthorizationFaultKind,
  type DecideContext,
  type RawWebhookRequest,
  type RawWebhookResponse,
} from './authorization.js';
export { toNodeListener, createNodeAuthorizationHandler, type NodeListener, type NodeListenerOptions, type NodeRequestLike, type NodeResponseLike } from './node.js';
export {
  WebhookError,
  WebhookSignatureError,
  WebhookPayloadTypeError,
  WebhookHeaderMissingError,
  WebhookHeaderMalformedError,
  WebhookSignatureMismatchError,
  WebhookBodyReserializedError,
  WebhookTimestampError,
  WebhookConfigurationError,
  WebhookSecretError,
  WebhookEventError,
  type WebhookErrorCode,
} from './errors.js';
export type {
  StripeEvent,
  SnapshotEvent,
  EventOf,
  V1EventType,
  V1EventObjects,
  EventRequest,
  AuthorizationRequestEvent,
  ThinEventType,
  V2CoreEventType,
  V2Configuration,
  V1ThinEventType,
  EventNotification,
  ThinEventNotification,
  RelatedObject,
  RelatedObjectOf,
  V2EventReason,
  V2Event,
  V2EventData,
  CapabilityStatusUpdatedData,
} from './events.js';
export type { IssuingAuthorization, AuthorizationPendingRequest, LooseObject } from './objects.js';
