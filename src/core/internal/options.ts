// Client and request options: their defaults, the API key check and the merge of defaults into per-call options.
import { CardplaneConfigurationError } from '../errors.js';
import type { LogLevel } from '../logger.js';
import type { ClientOptions, RequestOptions } from '../options.js';
import { keyKind } from './redact.js';

/**
 * The defaults of the client options, the one place they are stated (the `ClientOptions` docs repeat
 * them for readers; a test checks they agree). Per-call options default to the client's.
 */
export const CLIENT_DEFAULTS = {
  baseUrl: 'https://api.stripe.com',
  maxRetries: 2,
  timeout: 80_000,
  logLevel: 'warn' as LogLevel,
  strict: false,
} as const satisfies Required<Pick<ClientOptions, 'baseUrl' | 'maxRetries' | 'timeout' | 'logLevel' | 'strict'>>;

/** The keys of {@link RequestOptions}, used to point out options passed in the params position. */
export const REQUEST_OPTION_KEYS: ReadonlySet<string> = new Set([
  'stripeAccount',
  'stripeContext',
  'apiVersion',
  'idempotencyKey',
  'timeout',
  'maxRetries',
  'signal',
  'headers',
  'unvalidatedParams',
]);

/**
 * Merges client defaults into per-call options (also how `withOptions` layers defaults). The account a call
 * acts for is one setting: a per-call `stripeAccount` or `stripeContext` replaces both of the defaults.
 * Which header carries it is decided in one place, `connectHeader` (internal/headers.ts).
 */
export function mergeOptions(defaults: RequestOptions, options: RequestOptions | undefined): RequestOptions {
  const merged: RequestOptions = { ...defaults, ...options };
  if (defaults.headers && options?.headers) merged.headers = { ...defaults.headers, ...options.headers };
  if (options?.stripeAccount && !options.stripeContext) delete merged.stripeContext;
  if (options?.stripeContext && !options.stripeAccount) delete merged.stripeAccount;
  return merged;
}

/**
 * Checks a client's `apiKey` before anything is built: only secret (`sk_…`) and restricted (`rk_…`) keys are accepted.
 * The error names the kind of string given (publishable key, webhook signing secret, …), never the string itself.
 */
export function checkApiKey(apiKey: unknown): string {
  if (typeof apiKey !== 'string') throw new CardplaneConfigurationError('apiKey is required (sk_test_…, sk_live_… or rk_…)');
  if (!/^(?:sk|rk)_[A-Za-z0-9_]+$/.test(apiKey)) {
    const what = /\s/.test(apiKey) && apiKey.trim() !== '' ? 'a key with whitespace in it' : keyKind(apiKey);
    throw new CardplaneConfigurationError(`apiKey must be a secret (sk_…) or restricted (rk_…) key; got ${what}`);
  }
  return apiKey;
}
