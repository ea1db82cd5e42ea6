/**
 * Lists of the mock, one way for every route: filter by named query params with one comparison rule,
 * then page (v1 `limit` / `starting_after` / `ending_before`, v2 `limit` / `page`).
 *
 * The comparison rule: a filter absent from the query matches everything; a range (`{ gt, gte, lt, lte }`,
 * as `created` takes) compares numbers; a list of values (`lookup_keys[]`) matches any of them; else the
 * stored value, or its `id` when it is an expanded object, is compared with the query value as text, so
 * `?exp_year=2030` (decoded to a number) matches a stored `2030` and `?description=2024` a stored `'2024'`.
 * A stored `null` or absent value never matches. A filter marked `required` that is absent is refused with
 * Stripe's `parameter_missing` error.
 * @module
 */
import { mockFail, type MockRequest, type MockRoute } from './router.js';
import type { MockStore } from './store.js';
import { isObj } from './values.js';

type Obj = Record<string, unknown>;

/**
 * One filter of a list: a param name (a dotted path such as `linked_flows.source_flow_type` names a nested
 * query param and the same path in the object), or the param with how to read the object's value and
 * whether Stripe requires it.
 */
export type ListFilter = string | { param: string; get?: (o: Record<string, unknown>) => unknown; required?: boolean };

/** How a list route filters and pages. */
interface ListOptions {
  /** The filters the route accepts (see {@link ListFilter}); `created` is not implied. */
  filters?: readonly ListFilter[];
  /** v2 envelope and `page` tokens (default: v1). */
  v2?: boolean;
}

const RANGE_KEYS = ['gt', 'gte', 'lt', 'lte'] as const;

const at = (root: unknown, path: string): unknown => path.split('.').reduce<unknown>((node, key) => (isObj(node) ? node[key] : undefined), root);

/** Whether a stored value passes one query value, by the rule of the module comment. */
function matches(stored: unknown, wanted: unknown): boolean {
  if (wanted === undefined) return true;
  if (Array.isArray(wanted)) return wanted.some((w) => matches(stored, w));
  if (isObj(wanted) && RANGE_KEYS.some((k) => k in wanted)) {
    const v = Number(stored);
    const bound = (k: (typeof RANGE_KEYS)[number]): number | undefined => (wanted[k] === undefined ? undefined : Number(wanted[k]));
    const [gt, gte, lt, lte] = RANGE_KEYS.map(bound);
    return (gt === undefined || v > gt) && (gte === undefined || v >= gte) && (lt === undefined || v < lt) && (lte === undefined || v <= lte);
  }
  const value = isObj(stored) ? stored.id : stored;
  return value !== null && value !== undefined && String(value) === String(wanted);
}

/** The objects that pass every filter present in `query` (a required filter absent is a 400). */
function filterItems(items: readonly Obj[], query: Obj, filters: readonly ListFilter[]): Obj[] {
  const specs = filters.map((f) => (typeof f === 'string' ? { param: f } : f));
  for (const s of specs) {
    if (s.required && (at(query, s.param) === undefined || at(query, s.param) === '')) {
      const name = s.param.replace(/\.(\w+)/g, '[$1]');
      mockFail(400, 'invalid_request_error', `Missing required param: ${name}.`, { code: 'parameter_missing', param: name });
    }
  }
  return items.filter((o) => specs.every((s) => matches(s.get ? s.get(o) : at(o, s.param), at(query, s.param))));
}

/** A v1 list envelope with `limit`, `starting_after` and `ending_before` applied. */
export function v1List(url: string, items: Record<string, unknown>[], query: Record<string, unknown>): Record<string, unknown> {
  const limit = typeof query.limit === 'number' ? query.limit : 10;
  let start = 0;
  let end = items.length;
  if (typeof query.starting_after === 'string') start = items.findIndex((o) => o.id === query.starting_after) + 1;
  if (typeof query.ending_before === 'string') {
    end = Math.max(
      0,
      items.findIndex((o) => o.id === query.ending_before),
    );
    start = Math.max(0, end - limit);
  }
  const page = items.slice(start, Math.min(end, start + limit));
  const has_more = typeof query.ending_before === 'string' ? start > 0 : start + page.length < end;
  return { object: 'list', url, has_more, data: page };
}

/** A v2 list envelope paging with an opaque `page` token (`filters`: query params the page URLs repeat). */
export function v2List(url: string, items: Record<string, unknown>[], query: Record<string, unknown>, filters?: URLSearchParams): Record<string, unknown> {
  const limit = typeof query.limit === 'number' ? query.limit : 10;
  const offset = typeof query.page === 'string' ? Number(atob(query.page)) || 0 : 0;
  const page = items.slice(offset, offset + limit);
  const pageUrl = (start: number): string => {
    if (!filters) return `${url}?limit=${limit}&page=${btoa(String(start))}`;
    const q = new URLSearchParams(filters);
    q.set('limit', String(limit));
    q.set('page', btoa(String(start)));
    return `${url}?${q.toString()}`;
  };
  return {
    data: page,
    next_page_url: offset + limit < items.length ? pageUrl(offset + limit) : null,
    previous_page_url: offset > 0 ? pageUrl(Math.max(0, offset - limit)) : null,
  };
}

/** Filters `items` by the request's query (see {@link filterItems}), then pages them into a v1 or v2 list envelope. */
export function listOf(req: MockRequest, url: string, items: readonly Obj[], options: ListOptions = {}): Record<string, unknown> {
  const filtered = filterItems(items, req.query, options.filters ?? []);
  return options.v2 ? v2List(url, filtered, req.query) : v1List(url, filtered, req.query);
}

/**
 * A `GET` list route of every stored object of one type, filtered by `created` and `filters`
 * (`seed` puts built-in objects into the store first).
 */
export function listRoute(collection: string, object: string, filters: readonly ListFilter[], seed?: (store: MockStore) => void): MockRoute {
  return {
    method: 'GET',
    path: collection,
    handle: (req) => {
      seed?.(req.store);
      return listOf(req, collection, req.store.all(object), { filters: ['created', ...filters] });
    },
  };
}
