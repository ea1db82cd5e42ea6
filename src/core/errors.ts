import { redactDeep } from './internal/redact.js';

const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');

/** One problem with the params of a call, found before anything was sent. */
export interface ValidationIssue {
  /** Dotted path of the offending field, e.g. `spending_controls.spending_limits.0.interval`. */
  field: string;
  /** What is wrong with it. */
  message: string;
}

/**
 * Base class of every error this SDK throws. Every string an error carries (message, cause, and each field of
 * the subclasses: fields, issues, headers, bodies) goes through the same redaction, after
 * decoding JSON escapes, so that no API key can come out through `message`, `JSON.stringify`, `inspect` or a log.
 */
export class CardplaneError extends Error {
  override name = 'CardplaneError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(redactDeep(message), options?.cause === undefined ? undefined : { cause: redactDeep(options.cause) });
  }
}

/** The client was configured or called in a way that cannot work (bad base URL, live key on a test helper, …). */
export class CardplaneConfigurationError extends CardplaneError {
  override name = 'CardplaneConfigurationError';
}

/** The params of a call failed validation; nothing was sent. `field` names the first offending field. */
export class CardplaneValidationError extends CardplaneError {
  override name = 'CardplaneValidationError';
  /** Dotted path of the first offending field. */
  readonly field: string;
  /** Every problem found. */
  readonly issues: readonly ValidationIssue[];
  constructor(issues: ValidationIssue[], context: string) {
    const first = issues[0] ?? { field: '(root)', message: 'invalid' };
    const more =
      issues.length > 1
        ? ` (and ${issues.length - 1} more: ${issues
            .slice(1)
            .map((i) => i.field)
            .join(', ')})`
        : '';
    super(`Invalid params for ${context}: ${first.field}: ${first.message}${more}`);
    this.field = redactDeep(first.field);
    this.issues = redactDeep(issues);
  }
}

/** The network failed: DNS, refused or reset connection. The request may or may not have reached Stripe. */
export class CardplaneConnectionError extends CardplaneError {
  override name = 'CardplaneConnectionError';
  /**
   * What each attempt got, in order: an HTTP status (`"503"`), `"timeout"`, or a network error code
   * (`"ECONNREFUSED"`, `"ENOTFOUND"`, `"ECONNRESET"`, `"network error"` when there is none).
   */
  readonly attempts: readonly string[];
  constructor(message: string, options?: { cause?: unknown; attempts?: readonly string[] }) {
    super(message, options);
    this.attempts = Object.freeze(redactDeep([...(options?.attempts ?? [])]));
  }
}

/** The last attempt got no answer within its `timeout`; {@link CardplaneConnectionError.attempts} tells what the earlier ones got. */
export class CardplaneTimeoutError extends CardplaneConnectionError {
  override name = 'CardplaneTimeoutError';
}

/** The caller aborted the request through its `signal`. */
export class CardplaneAbortError extends CardplaneError {
  override name = 'CardplaneAbortError';
}

/** The response was not what the API promises: malformed JSON, or (in strict mode) a shape that fails its schema. */
export class CardplaneResponseError extends CardplaneError {
  override name = 'CardplaneResponseError';
  /** HTTP status of the response. */
  readonly status: number;
  /** `Request-Id` of the response, for Stripe support. */
  readonly requestId: string | undefined;
  /** Schema problems found, where the body parsed but did not match. */
  readonly issues: readonly ValidationIssue[];
  constructor(message: string, init: { status: number; requestId: string | undefined; issues?: ValidationIssue[]; cause?: unknown }) {
    super(message, { cause: init.cause });
    this.status = init.status;
    this.requestId = redactDeep(init.requestId);
    this.issues = redactDeep(init.issues ?? []);
  }
}

/** The `error` member of a v1 or v2 Stripe error body. */
export interface StripeErrorBody {
  type?: string;
  code?: string;
  decline_code?: string;
  message?: string;
  param?: string;
  doc_url?: string;
  request_log_url?: string;
  user_message?: string;
  [key: string]: unknown;
}

/** Everything an API error is built from. */
export interface APIErrorInit {
  status: number;
  headers: Headers;
  body: unknown;
  rawBody: string;
}

/** Stripe answered with a non-2xx status. Subclasses by Stripe error type and HTTP status. */
export class APIError extends CardplaneError {
  override name = 'APIError';
  /** HTTP status. */
  readonly status: number;
  /** Response headers (a copy, keys redacted from every value). */
  readonly headers: Headers;
  /** `Request-Id` response header: quote it to Stripe support. */
  readonly requestId: string | undefined;
  /** Stripe's error `type` (`invalid_request_error`, `card_error`, v2 types such as `insufficient_funds`, …). */
  readonly type: string | undefined;
  /** Stripe's error `code`, e.g. `parameter_missing`. */
  readonly code: string | undefined;
  /** For card errors, the issuer's decline code. */
  readonly decline_code: string | undefined;
  /** The param the error is about, when there is one. */
  readonly param: string | undefined;
  /** Link to the error code's documentation. */
  readonly doc_url: string | undefined;
  /** The parsed `error` member of the body (keys redacted). */
  readonly error: StripeErrorBody | undefined;
  /** The raw response body as text (keys redacted). */
  readonly rawBody: string;

  /**
   * @param init - status, headers and body of the answer.
   * @param found - the body's `error` member when the caller has already read it (as `makeAPIError` has, to pick the class).
   */
  constructor(init: APIErrorInit, found: StripeErrorBody | undefined = extractError(init.body)) {
    // Every field comes from a redacted copy: a server may echo a key in `message`, `param`, …
    // Redacted after JSON decoding: a key written with escapes is caught too.
    const err = found ? redactDeep(found) : undefined;
    const headers = redactDeep(init.headers);
    const rawBody = redactDeep(init.rawBody);
    const reqId = headers.get('request-id') ?? undefined;
    const what = err?.message ?? (rawBody ? rawBody.slice(0, 200) : 'no body');
    super(`${init.status} ${err?.type ?? 'api_error'}${err?.code ? ` (${err.code})` : ''}: ${what}${reqId ? ` [${reqId}]` : ''}`);
    this.status = init.status;
    this.headers = headers;
    this.requestId = reqId;
    this.type = err?.type;
    this.code = err?.code;
    this.decline_code = err?.decline_code;
    this.param = err?.param;
    this.doc_url = err?.doc_url;
    this.error = err;
    this.rawBody = rawBody;
  }

  /** A compact view for `console.log`/`util.inspect` with no headers or secrets. */
  [inspectSymbol](): string {
    return `${this.name}: ${this.message}\n    status=${this.status} type=${this.type ?? '-'} code=${this.code ?? '-'} param=${this.param ?? '-'} requestId=${this.requestId ?? '-'}`;
  }
}

/** 400 or 404 with `invalid_request_error`, or a v2 `invalid_fields`. */
export class InvalidRequestError extends APIError {
  override name = 'InvalidRequestError';
}
/** 404: the object does not exist (or not on this account). */
export class NotFoundError extends InvalidRequestError {
  override name = 'NotFoundError';
}
/** 401: no valid API key. */
export class AuthenticationError extends APIError {
  override name = 'AuthenticationError';
}
/** 402: the request was valid but failed, e.g. a card error. */
export class CardError extends APIError {
  override name = 'CardError';
}
/** 403: the key lacks permission. */
export class PermissionError extends APIError {
  override name = 'PermissionError';
}
/** 409: a conflicting concurrent request (retried automatically). */
export class ConflictError extends APIError {
  override name = 'ConflictError';
}
/** `idempotency_error`: the key was reused with different params or endpoint. */
export class IdempotencyError extends APIError {
  override name = 'IdempotencyError';
}
/** 429 (or `code: rate_limit`): too many requests (retried automatically). */
export class RateLimitError extends APIError {
  override name = 'RateLimitError';
}
/** 5xx: a fault on Stripe's side (retried automatically). */
export class InternalServerError extends APIError {
  override name = 'InternalServerError';
}

function extractError(body: unknown): StripeErrorBody | undefined {
  if (body && typeof body === 'object' && 'error' in body) {
    const e = (body as { error: unknown }).error;
    if (e && typeof e === 'object') return e as StripeErrorBody;
    if (typeof e === 'string') return { type: e, message: String((body as { error_description?: unknown }).error_description ?? e) };
  }
  return undefined;
}

/** Builds the most specific error class for a non-2xx answer. */
export function makeAPIError(init: APIErrorInit): APIError {
  const err = extractError(init.body);
  const { status } = init;
  if (err?.type === 'idempotency_error') return new IdempotencyError(init, err);
  if (status === 429 || err?.code === 'rate_limit' || err?.type === 'rate_limit') return new RateLimitError(init, err);
  if (status === 401) return new AuthenticationError(init, err);
  if (status === 402) return new CardError(init, err);
  if (status === 403) return new PermissionError(init, err);
  if (status === 404) return new NotFoundError(init, err);
  if (status === 409) return new ConflictError(init, err);
  if (status === 400) return new InvalidRequestError(init, err);
  if (status >= 500) return new InternalServerError(init, err);
  return new APIError(init, err);
}
