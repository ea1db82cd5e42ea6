import { CardplaneError } from '../core/errors.js';

/** Why a webhook could not be verified or parsed; one value per error class. */
export type WebhookErrorCode =
  | 'payload_type'
  | 'secret_invalid'
  | 'options_invalid'
  | 'header_missing'
  | 'header_malformed'
  | 'signature_mismatch'
  | 'body_reserialized'
  | 'timestamp_out_of_tolerance'
  | 'event_invalid';

/** Base class of every error of `cardplane/webhooks`. `code` says which failure it is. */
export class WebhookError extends CardplaneError {
  override name = 'WebhookError';
  /** Machine-readable failure code. */
  readonly code: WebhookErrorCode;
  constructor(code: WebhookErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/**
 * The webhook's authenticity could not be established: the request must be rejected (answer 400).
 * Catch this class to handle every verification failure at once; the subclasses tell them apart.
 */
export class WebhookSignatureError extends WebhookError {
  override name = 'WebhookSignatureError';
}

/** The raw body is neither a string nor bytes (typically a parsed JSON object from a body-parser middleware). */
export class WebhookPayloadTypeError extends WebhookSignatureError {
  override name = 'WebhookPayloadTypeError';
  /** What was passed instead (`object`, `undefined`, `number`, …). */
  readonly received: string;
  constructor(received: string) {
    super(
      'payload_type',
      `Webhook payload must be the raw request body as a string or bytes (Uint8Array, Buffer, ArrayBuffer), got ${received}. ` +
        'A body-parser (e.g. express.json()) already parsed it: mount the webhook route with a raw body parser (express.raw({ type: "application/json" })) or read request.text().',
    );
    this.received = received;
  }
}

/** No `Stripe-Signature` header (missing, empty, or not a string). */
export class WebhookHeaderMissingError extends WebhookSignatureError {
  override name = 'WebhookHeaderMissingError';
  constructor() {
    super('header_missing', 'No Stripe-Signature header: the request did not come from Stripe, or the header was not passed on');
  }
}

/** The `Stripe-Signature` header cannot be read: no `t=` timestamp, a non-numeric one, or no `v1=` signature. */
export class WebhookHeaderMalformedError extends WebhookSignatureError {
  override name = 'WebhookHeaderMalformedError';
  /** What is wrong with the header. */
  readonly reason: 'no_timestamp' | 'bad_timestamp' | 'duplicate_timestamp' | 'no_v1_signature' | 'bad_item';
  constructor(reason: WebhookHeaderMalformedError['reason'], detail: string) {
    super('header_malformed', `Malformed Stripe-Signature header: ${detail}`);
    this.reason = reason;
  }
}

/**
 * No `v1` signature of the header matches the body with any of the secrets: a wrong endpoint secret
 * (test vs live, another endpoint, a rotated secret), or a body altered after Stripe signed it.
 */
export class WebhookSignatureMismatchError extends WebhookSignatureError {
  override name = 'WebhookSignatureMismatchError';
  constructor(message?: string, code: WebhookErrorCode = 'signature_mismatch') {
    super(
      code,
      message ??
        'No signature matches the payload: check that the secret is the signing secret (whsec_…) of this endpoint and mode, and that the body is the raw request body exactly as received',
    );
  }
}

/**
 * The body was parsed and serialised again before verification: the signature matches the JSON
 * re-formatted, not the bytes received. Pass the raw body (`await request.text()`, `express.raw()`).
 */
export class WebhookBodyReserializedError extends WebhookSignatureMismatchError {
  override name = 'WebhookBodyReserializedError';
  constructor() {
    super(
      'The body was re-serialised after it was received (the signature matches the same JSON formatted differently): pass the raw request body exactly as received, not JSON.stringify(parsedBody)',
      'body_reserialized',
    );
  }
}

/** The signature is valid but its timestamp is further from now than the tolerance (a replay, or a wrong clock). */
export class WebhookTimestampError extends WebhookSignatureError {
  override name = 'WebhookTimestampError';
  /** The header's `t` (Unix seconds). */
  readonly timestamp: number;
  /** Seconds between `t` and now (negative when `t` is in the future). */
  readonly ageSeconds: number;
  /** The tolerance in force (seconds). */
  readonly tolerance: number;
  constructor(timestamp: number, ageSeconds: number, tolerance: number) {
    super(
      'timestamp_out_of_tolerance',
      `Timestamp outside the tolerance zone: signed ${ageSeconds >= 0 ? `${ageSeconds} s ago` : `${-ageSeconds} s in the future`}, tolerance ${tolerance} s (replayed webhook, or a wrong clock)`,
    );
    this.timestamp = timestamp;
    this.ageSeconds = ageSeconds;
    this.tolerance = tolerance;
  }
}

/** The call was configured in a way that cannot work (an invalid option value). Nothing was verified. */
export class WebhookConfigurationError extends WebhookError {
  override name = 'WebhookConfigurationError';
  constructor(detail: string, code: WebhookErrorCode = 'options_invalid') {
    super(code, code === 'secret_invalid' ? `Invalid webhook secret: ${detail}` : `Invalid webhook options: ${detail}`);
  }
}

/** The endpoint secret is missing, blank, not a string, or has surrounding whitespace. */
export class WebhookSecretError extends WebhookConfigurationError {
  override name = 'WebhookSecretError';
  constructor(detail: string) {
    super(detail, 'secret_invalid');
  }
}

/** The body is authentic but is not an event of the expected kind (not JSON, not an object, wrong `object`, no `type`). */
export class WebhookEventError extends WebhookError {
  override name = 'WebhookEventError';
  constructor(detail: string, options?: { cause?: unknown }) {
    super('event_invalid', `Invalid webhook event: ${detail}`, options);
  }
}
