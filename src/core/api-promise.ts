/** What the transport hands to a result parser: the HTTP response of the final attempt. */
export interface RawResult {
  /** The final attempt's response (body not yet read). */
  response: Response;
  /** `Request-Id` header. */
  requestId: string | undefined;
}

/** A result together with the HTTP response it came from. */
export interface WithResponse<T> {
  /** The parsed, validated result. */
  data: T;
  /** The HTTP response (its body already read). */
  response: Response;
  /** `Request-Id` response header. */
  requestId: string | undefined;
}

/**
 * The promise every method returns: it resolves to the parsed object, and also offers
 * `.withResponse()` for `{ data, response, requestId }` and `.asResponse()` for the raw `Response`.
 */
export class APIPromise<T> extends Promise<T> {
  readonly #raw: Promise<RawResult>;
  readonly #parse: (raw: RawResult) => Promise<T>;
  #parsed: Promise<T> | undefined;

  /** @internal */
  constructor(raw: Promise<RawResult>, parse: (raw: RawResult) => Promise<T>) {
    super((resolve) => resolve(undefined as T));
    this.#raw = raw;
    this.#parse = parse;
  }

  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  /** The raw `Response` of the final attempt, body unread; no parsing or validation happens. */
  asResponse(): Promise<Response> {
    return this.#raw.then((r) => r.response);
  }

  /** The parsed result plus the HTTP response and request id. */
  async withResponse(): Promise<WithResponse<T>> {
    const [data, raw] = await Promise.all([this.#result(), this.#raw]);
    return { data, response: raw.response, requestId: raw.requestId };
  }

  #result(): Promise<T> {
    return (this.#parsed ??= this.#raw.then(this.#parse));
  }

  override then<R1 = T, R2 = never>(onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null, onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null): Promise<R1 | R2> {
    return this.#result().then(onfulfilled, onrejected);
  }

  override catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.#result().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#result().finally(onfinally);
  }
}
