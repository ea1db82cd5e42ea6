import type { APIPromise } from './core/api-promise.js';
import { LevelLogger } from './core/internal/logger.js';
import { CLIENT_DEFAULTS, checkApiKey, mergeOptions } from './core/internal/options.js';
import type { ClientOptions, RequestOptions } from './core/options.js';
import {
  bindNamespace,
  bindResource,
  isResource,
  type BindContext,
  type BoundNamespace,
  type EndpointTable,
  type HttpMethod,
  type NamespaceTree,
  type ResourceDefinition,
  type BoundResource,
} from './core/resource.js';
import { Transport, checkBaseUrl, uploadBaseUrlFor } from './core/internal/transport.js';
import { CardplaneConfigurationError } from './core/errors.js';
import { api, type Api } from './resources/index.js';

const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');

/** What a client is built from: options, or (internally) an existing transport with default request options. */
type ClientInit = ClientOptions | { transport: Transport; defaults: RequestOptions };

function makeTransport(options: ClientOptions): Transport {
  checkApiKey(options?.apiKey);
  const baseUrl = checkBaseUrl(options.baseUrl ?? CLIENT_DEFAULTS.baseUrl);
  return new Transport({
    apiKey: options.apiKey,
    baseUrl,
    uploadBaseUrl: uploadBaseUrlFor(options.uploadBaseUrl, baseUrl),
    apiVersion: options.apiVersion,
    maxRetries: options.maxRetries ?? CLIENT_DEFAULTS.maxRetries,
    timeout: options.timeout ?? CLIENT_DEFAULTS.timeout,
    fetch: options.fetch,
    logger: new LevelLogger(options.logLevel ?? CLIENT_DEFAULTS.logLevel, options.logger ?? console, options.apiKey),
    strict: options.strict ?? CLIENT_DEFAULTS.strict,
    hooks: options.hooks,
  });
}

/**
 * The client without resource namespaces: the transport, `forAccount`, `withOptions`, `rawRequest`, and
 * {@link CardplaneClient.use} to bind only the resources a program calls. A bundler then keeps only
 * those resources and their schemas (a create-card script is a fraction of the size with
 * {@link Cardplane}). Options, errors, retries and validation are exactly those of {@link Cardplane}.
 *
 * @example
 * import { CardplaneClient, issuingCards } from 'cardplane';
 * const cards = new CardplaneClient({ apiKey: process.env.STRIPE_SECRET_KEY! }).use(issuingCards);
 * const card = await cards.create({ cardholder: 'ich_123', currency: 'usd', type: 'virtual' }, { stripeAccount: 'acct_123' });
 */
export class CardplaneClient {
  /** Name shown by `util.inspect` (class names do not survive minification). */
  static readonly displayName: string = 'CardplaneClient';
  readonly #transport: Transport;
  readonly #defaults: RequestOptions;

  /** Creates a client. Throws {@link CardplaneConfigurationError} for a missing key or an unsafe `baseUrl`. */
  constructor(options: ClientOptions);
  /** @internal */
  constructor(options: ClientInit);
  constructor(options: ClientInit) {
    if ('transport' in options) {
      this.#transport = options.transport;
      this.#defaults = options.defaults;
    } else {
      this.#transport = makeTransport(options);
      this.#defaults = { ...options.defaults };
    }
  }

  /** @internal What resource methods are bound to. */
  protected get bindContext(): BindContext {
    return { transport: this.#transport, defaults: this.#defaults };
  }

  /**
   * Binds one resource (or a namespace of resources) to this client: the same methods as
   * `cp.issuing.cards`, sharing this client's transport and default options.
   * @example const cards = client.forAccount('acct_123').use(issuingCards); await cards.list({ limit: 10 });
   */
  use<T extends EndpointTable, C extends NamespaceTree = {}>(resource: ResourceDefinition<T, C>): BoundResource<T, C>;
  use<T extends NamespaceTree>(namespace: T): BoundNamespace<T>;
  use(definition: ResourceDefinition<EndpointTable, NamespaceTree> | NamespaceTree): unknown {
    return isResource(definition) ? bindResource(definition, this.bindContext) : bindNamespace(definition, this.bindContext);
  }

  /**
   * A client whose every call acts as a connected account: `Stripe-Account` on v1 calls,
   * `Stripe-Context` on v2 calls. Shares this client's transport (cheap).
   * @example for await (const card of cp.forAccount('acct_123').issuing.cards.list()) {}
   */
  forAccount(accountId: string): this {
    if (typeof accountId !== 'string' || accountId.length === 0) throw new CardplaneConfigurationError('forAccount: an account id is required');
    return this.withOptions({ stripeAccount: accountId });
  }

  /** A client with these request options applied to every call (per-call options still win). */
  withOptions(options: RequestOptions): this {
    const defaults = mergeOptions(this.#defaults, options);
    const Ctor = this.constructor as new (init: ClientInit) => this;
    return new Ctor({ transport: this.#transport, defaults });
  }

  /**
   * Calls any endpoint through the same transport (auth, versions, retries, errors), for endpoints
   * this SDK does not describe yet. The result is not validated.
   * @example await cp.rawRequest('GET', '/v1/issuing/cards/ic_123')
   */
  rawRequest<T = unknown>(method: HttpMethod, path: string, params?: Record<string, unknown>, options?: RequestOptions): APIPromise<T> {
    return this.#transport.request<T>({ method, path, params, context: `rawRequest ${method} ${path.split('?')[0]}` }, undefined, mergeOptions(this.#defaults, options));
  }

  /** A summary without the key, for logs. */
  toJSON(): Record<string, unknown> {
    return { baseUrl: this.#transport.baseUrl, apiKey: this.#transport.keyHint, defaults: { ...this.#defaults, signal: undefined } };
  }

  /** `util.inspect` / `console.log` view: never shows the key. */
  [inspectSymbol](): string {
    return `${(this.constructor as { displayName?: string }).displayName ?? 'CardplaneClient'} ${JSON.stringify(this.toJSON())}`;
  }
}

// Resource namespaces (issuing, treasury, v2, …) are merged into the class type from the resource tree.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface Cardplane extends BoundNamespace<Api> {}

/**
 * The client. Resource namespaces mirror the official SDK (`cp.issuing.cards.create(…)`),
 * are bound lazily, and share one transport. For the smallest bundles, see {@link CardplaneClient}.
 *
 * @example
 * const cp = new Cardplane({ apiKey: process.env.STRIPE_SECRET_KEY! });
 * const card = await cp.issuing.cards.create({ cardholder: 'ich_123', currency: 'usd', type: 'virtual' }, { stripeAccount: 'acct_123' });
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class Cardplane extends CardplaneClient {
  /** Name shown by `util.inspect`. */
  static override readonly displayName: string = 'Cardplane';
  /** Creates a client. Throws {@link CardplaneConfigurationError} for a missing key or an unsafe `baseUrl`. */
  constructor(options: ClientOptions);
  /** @internal */
  constructor(options: ClientInit);
  constructor(options: ClientInit) {
    super(options);
    Object.defineProperties(this, Object.getOwnPropertyDescriptors(bindNamespace(api, this.bindContext)));
  }
}
