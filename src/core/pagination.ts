import { APIPromise, type RawResult } from './api-promise.js';
import { CardplaneConfigurationError } from './errors.js';

/** The most items `toArray` will ever collect. */
export const TO_ARRAY_HARD_CAP = 10_000;

/**
 * @internal Whether a list walks backwards (`ending_before`): decided once, from the params of the first
 * `list()` call, and kept by every page after it.
 */
export function walksBackwards(params: Record<string, unknown> | undefined): boolean {
  return typeof params?.ending_before === 'string';
}

/**
 * @internal What the request of the page after `page` changes: the v2 `next_page_url` as the path, or the
 * v1 params with the cursor moved to the page's edge item (`starting_after` its last item, or
 * `ending_before` its first when walking backwards). The params given are not modified.
 */
export function nextPageRequest(
  params: Record<string, unknown> | undefined,
  page: Pick<Page<unknown>, 'data' | 'next_page_url'>,
  backwards: boolean,
): { path: string; params: undefined } | { params: Record<string, unknown> } {
  if (typeof page.next_page_url === 'string') return { path: page.next_page_url, params: undefined };
  const edge = (backwards ? page.data[0] : page.data[page.data.length - 1]) as { id?: unknown } | undefined;
  return { params: { ...params, [backwards ? 'ending_before' : 'starting_after']: edge?.id } };
}

/**
 * One page of a list. v1 pages carry `has_more` and `url`; v2 pages carry
 * `next_page_url` and `previous_page_url`. Iterating a page with `for await`
 * walks every item of this page and the pages after it.
 */
export class Page<Item> implements AsyncIterable<Item> {
  /** The items of this page. */
  readonly data: Item[];
  /** v1: whether more items follow. */
  readonly has_more: boolean | undefined;
  /** v1: the list's path. */
  readonly url: string | undefined;
  /** v2: path of the next page, `null` on the last page. */
  readonly next_page_url: string | null | undefined;
  /** v2: path of the previous page. */
  readonly previous_page_url: string | null | undefined;
  readonly #next: ((page: Page<Item>) => APIPromise<Page<Item>>) | undefined;
  readonly #backwards: boolean;

  /** @internal `backwards`: the list walks with `ending_before`, so items are yielded last-to-first (as stripe-node does). */
  constructor(body: Record<string, unknown>, data: Item[], next: ((page: Page<Item>) => APIPromise<Page<Item>>) | undefined, backwards = false) {
    this.data = data;
    this.#backwards = backwards;
    this.has_more = typeof body.has_more === 'boolean' ? body.has_more : undefined;
    this.url = typeof body.url === 'string' ? body.url : undefined;
    this.next_page_url = 'next_page_url' in body ? (body.next_page_url as string | null) : undefined;
    this.previous_page_url = 'previous_page_url' in body ? (body.previous_page_url as string | null) : undefined;
    this.#next = next;
  }

  /** Whether another page can be fetched. */
  hasNextPage(): boolean {
    if (!this.#next) return false;
    if (this.next_page_url !== undefined) return typeof this.next_page_url === 'string' && this.next_page_url.length > 0;
    return this.has_more === true && this.data.length > 0;
  }

  /** Fetches the next page; throws when there is none (check {@link hasNextPage}). */
  getNextPage(): APIPromise<Page<Item>> {
    if (!this.hasNextPage() || !this.#next) throw new CardplaneConfigurationError('No next page: check hasNextPage() first');
    return this.#next(this);
  }

  /** This page and every page after it. */
  async *iterPages(): AsyncGenerator<Page<Item>, void, undefined> {
    let page: Page<Item> = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }

  /**
   * Every item of this page and the pages after it. When the list walks backwards (`ending_before`),
   * each page's items are yielded last-to-first, so items come in order moving away from the cursor.
   */
  async *[Symbol.asyncIterator](): AsyncIterator<Item> {
    for await (const page of this.iterPages()) yield* this.#backwards ? [...page.data].reverse() : page.data;
  }
}

/** Options of {@link PagePromise.toArray}. */
export interface ToArrayOptions {
  /** Stop after this many items (required; at most 10 000). */
  limit: number;
}

/**
 * What a list method returns: a promise of the first page that is also
 * `AsyncIterable` over every item of every page, so `for await (const x of cp.issuing.cards.list())` works.
 */
export class PagePromise<Item> extends APIPromise<Page<Item>> implements AsyncIterable<Item> {
  /** @internal */
  constructor(raw: Promise<RawResult>, parse: (raw: RawResult) => Promise<Page<Item>>) {
    super(raw, parse);
  }

  /** Every item of every page, fetching pages as needed. */
  async *[Symbol.asyncIterator](): AsyncIterator<Item> {
    const first = await this;
    yield* first;
  }

  /** Collects items across pages up to `limit` (a hard cap of 10 000 applies). */
  async toArray(options: ToArrayOptions): Promise<Item[]> {
    const limit = options?.limit;
    if (!Number.isInteger(limit) || limit < 1 || limit > TO_ARRAY_HARD_CAP) {
      throw new CardplaneConfigurationError(`toArray: limit must be an integer from 1 to ${TO_ARRAY_HARD_CAP}`);
    }
    const out: Item[] = [];
    for await (const item of this) {
      out.push(item);
      if (out.length >= limit) break;
    }
    return out;
  }
}
