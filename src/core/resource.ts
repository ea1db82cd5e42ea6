import type * as z from 'zod/mini';
import { APIPromise } from './api-promise.js';
import { CardplaneError, CardplaneValidationError, type ValidationIssue } from './errors.js';
import { mergeOptions, REQUEST_OPTION_KEYS } from './internal/options.js';
import type { RequestOptions } from './options.js';
import { PagePromise } from './pagination.js';
import { apiMode } from './internal/api-mode.js';
import type { Transport } from './internal/transport.js';

/**
 * Encodes an upload's params (`multipart/form-data`). An upload endpoint names its encoder, so that a
 * program which uploads nothing bundles none.
 */
export type UploadEncoder = (params: Record<string, unknown>, context: string) => Promise<{ body: Uint8Array; contentType: string }>;

/** HTTP methods the Stripe API uses. */
export type HttpMethod = 'GET' | 'POST' | 'DELETE';

/** A declarative endpoint: method, path template (`{id}` placeholders), params and result schemas. */
export interface Endpoint<
  M extends HttpMethod = HttpMethod,
  P extends string = string,
  In extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
  Out extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
  L extends boolean = boolean,
> {
  readonly method: M;
  readonly path: P;
  /** Params schema; absent when the endpoint takes no params. */
  readonly params: In;
  /** Result schema (the item schema for lists). */
  readonly returns: Out;
  /** Whether the endpoint returns a paginated list. */
  readonly list: L;
  /** Pinned `Stripe-Version` (v2 and preview endpoints). */
  readonly version?: string | undefined;
  /** Sent to the upload host (`files.create`), its body made by this encoder (`multipart/form-data`). */
  readonly upload?: UploadEncoder | undefined;
}

/** Extra settings of an endpoint. */
interface EndpointSettings<In extends z.ZodMiniType | undefined, Out extends z.ZodMiniType | undefined> {
  /** Params schema (omit for endpoints without params). */
  params?: In;
  /** Result schema. */
  returns: Out;
  /** Pinned `Stripe-Version`. */
  version?: string;
  /** Sent to the upload host (`uploadBaseUrl`), its body made by this encoder. */
  upload?: UploadEncoder;
}

function endpoint<M extends HttpMethod, L extends boolean>(method: M, list: L) {
  return <P extends string, Out extends z.ZodMiniType | undefined, In extends z.ZodMiniType | undefined = undefined>(
    path: P,
    settings: EndpointSettings<In, Out>,
  ): Endpoint<M, P, In, Out, L> => ({
    method,
    path,
    params: settings.params as In,
    returns: settings.returns,
    list,
    version: settings.version,
    ...(settings.upload ? { upload: settings.upload } : {}),
  });
}

/** `GET` endpoint returning one object. */
export const get = endpoint('GET', false);
/** `POST` endpoint returning one object. */
export const post = endpoint('POST', false);
/** `DELETE` endpoint returning one object. */
export const del = endpoint('DELETE', false);
/** `GET` endpoint returning a paginated list; `returns` is the item schema. */
export const list = endpoint('GET', true);

/** Tuple of one `string` per `{placeholder}` in a path template, each labelled by {@link PathParamLabel} (`{card}` → `card: string`). */
export type PathArgs<P extends string> = P extends `${string}{${infer Name}}${infer Rest}` ? [...import('./path-labels.js').PathParamLabel<Name>, ...PathArgs<Rest>] : [];

/** The params argument of a generated method: optional when every param is. */
export type ParamArgs<In> = In extends z.ZodMiniType ? ({} extends z.input<In> ? [params?: z.input<In>] : [params: z.input<In>]) : [];

/** The result type of an endpoint: the output of its schema. */
export type Result<Out> = Out extends z.ZodMiniType ? z.output<Out> : unknown;

/** The method signature generated from an endpoint: path ids, then params, then request options. */
export type EndpointMethod<E> =
  E extends Endpoint<HttpMethod, infer P, infer In, infer Out, infer L>
    ? (...args: [...PathArgs<P>, ...ParamArgs<In>, options?: RequestOptions]) => L extends true ? PagePromise<Result<Out>> : APIPromise<Result<Out>>
    : never;

/** A table of endpoints: the whole description of one API resource. */
export type EndpointTable = Record<string, Endpoint>;

const RESOURCE = Symbol('cardplane.resource');

/** A resource definition, made by `defineResource`. */
export interface ResourceDefinition<T extends EndpointTable, C extends NamespaceTree = {}> {
  readonly [RESOURCE]: true;
  /** Dotted name used in messages, e.g. `issuing.cards`. */
  readonly name: string;
  readonly endpoints: T;
  /** Every endpoint is test-mode only (test helpers): refused with a live key before anything is sent. */
  readonly testOnly?: boolean | undefined;
  /** Sub-resources reached through this one (`v2.core.accounts.persons`). */
  readonly children?: C | undefined;
}

/** The methods a resource exposes. */
export type ResourceMethods<T extends EndpointTable> = { readonly [K in keyof T]: EndpointMethod<T[K]> };

/** Declares a resource as a table of endpoints, with the sub-resources reached through it, if any. */
export function defineResource<T extends EndpointTable, C extends NamespaceTree = {}>(name: string, endpoints: T, children?: C): ResourceDefinition<T, C> {
  return children ? { [RESOURCE]: true, name, endpoints, children } : { [RESOURCE]: true, name, endpoints };
}

/** Declares a test-helper resource: every endpoint is refused with a live key before anything is sent. */
export function defineTestHelpers<T extends EndpointTable>(name: string, endpoints: T): ResourceDefinition<T> {
  return { [RESOURCE]: true, name, endpoints, testOnly: true };
}

/** A tree of resources (`issuing: { cards, cardholders, … }`). */
export interface NamespaceTree {
  readonly [key: string]: ResourceDefinition<EndpointTable, any> | NamespaceTree;
}

/** The client-side shape of a resource: its methods, and its sub-resources (`v2.core.accounts.persons`) where it has them. */
export type BoundResource<E extends EndpointTable, C extends NamespaceTree> = {} extends C ? ResourceMethods<E> : ResourceMethods<E> & BoundNamespace<C>;

/** The client-side shape of a namespace tree. */
export type BoundNamespace<T extends NamespaceTree> = {
  readonly [K in keyof T]: T[K] extends ResourceDefinition<infer E, infer C> ? BoundResource<E, C> : T[K] extends NamespaceTree ? BoundNamespace<T[K]> : never;
};

/** What a bound method needs from its client. */
export interface BindContext {
  readonly transport: Transport;
  /** Default request options of the client (e.g. `forAccount`). */
  readonly defaults: RequestOptions;
}

/** A path template split once, when its endpoint is bound: the static pieces around its `{placeholders}`, and their names. */
interface PathTemplate {
  readonly pieces: readonly string[];
  readonly names: readonly string[];
}

function compilePath(template: string): PathTemplate {
  const pieces: string[] = [];
  const names: string[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{([^}]+)\}/g)) {
    pieces.push(template.slice(last, m.index));
    names.push(m[1] ?? 'id');
    last = m.index + m[0].length;
  }
  pieces.push(template.slice(last));
  return { pieces, names };
}

const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Why a path id cannot be sent, if it cannot: it must be a non-empty, well-formed string, and not a dot
 * segment (`.` or `..`), which URL resolution would collapse so that the request reaches another endpoint.
 * Every other character is percent-encoded and stays inside its segment.
 */
function idProblem(id: unknown): string | undefined {
  if (typeof id !== 'string' || id.length === 0) return 'required: a non-empty id string';
  if (id === '.' || id === '..') return `cannot be ${JSON.stringify(id)}: a dot segment would send the request to another endpoint`;
  if (LONE_SURROGATE.test(id)) return 'contains a lone UTF-16 surrogate, which cannot be sent';
  return undefined;
}

/** Fills the `{placeholders}` of a path template with the call's leading arguments: the one place path ids are checked and encoded. */
function fillPath(template: PathTemplate, args: readonly unknown[]): string | ValidationIssue {
  const { pieces, names } = template;
  let path = pieces[0]!;
  for (let n = 0; n < names.length; n++) {
    const problem = idProblem(args[n]);
    if (problem) return { field: names[n]!, message: problem };
    path += encodeURIComponent(args[n] as string) + pieces[n + 1]!;
  }
  return path;
}

/**
 * Catches calls whose arguments would otherwise be dropped without a word: an argument after the
 * options, or an options object carrying keys that are not request options (params given to a method
 * without params, or params in the options position).
 */
function callShapeProblem(args: unknown[], optionsIndex: number, options: unknown, hasParams: boolean): ValidationIssue | undefined {
  for (let i = optionsIndex + 1; i < args.length; i++) {
    if (args[i] !== undefined) return { field: `(argument ${i + 1})`, message: `unexpected argument: this method takes ${optionsIndex} argument(s) before the request options` };
  }
  if (options === undefined || options === null) return undefined;
  if (typeof options !== 'object') return { field: '(options)', message: 'request options must be an object' };
  const unknown = Object.keys(options).filter((k) => !REQUEST_OPTION_KEYS.has(k));
  if (unknown.length > 0) {
    const where = hasParams ? 'params go before the request options' : 'this method takes no params';
    return { field: `(options).${unknown[0]}`, message: `not a request option (${where}; options are ${[...REQUEST_OPTION_KEYS].join(', ')})` };
  }
  return undefined;
}

function bindEndpoint(name: string, ep: Endpoint, ctx: BindContext, resourceTestOnly: boolean): (...args: unknown[]) => unknown {
  const template = compilePath(ep.path);
  const ids = template.names.length;
  const hasParams = ep.params !== undefined;
  const mode = apiMode(ep.path);
  const refuse = (error: unknown): unknown => {
    const raw = Promise.reject(error);
    const never = (): Promise<never> => raw;
    return ep.list ? new PagePromise(raw, never) : new APIPromise(raw, never);
  };
  // No argument may make a method throw: every problem rejects the returned promise.
  return (...args: unknown[]) => {
    try {
      const path = fillPath(template, args);
      const callOptions = args[hasParams ? ids + 1 : ids] as RequestOptions | undefined;
      const problem = typeof path === 'string' ? callShapeProblem(args, ids + (hasParams ? 1 : 0), callOptions, hasParams) : path;
      if (problem || typeof path !== 'string') return refuse(new CardplaneValidationError([problem ?? { field: '(path)', message: 'invalid' }], name));
      const params = hasParams ? (args[ids] as Record<string, unknown> | undefined) : undefined;
      const options = mergeOptions(ctx.defaults, callOptions);
      const spec = {
        method: ep.method,
        path,
        mode,
        params,
        paramsSchema: ep.params,
        version: ep.version,
        upload: ep.upload,
        testOnly: resourceTestOnly,
        context: name,
      };
      return ep.list ? ctx.transport.list(spec, ep.returns, options) : ctx.transport.request(spec, ep.returns, options);
    } catch (error) {
      // Only arguments built to throw when read (a getter, a Proxy) get here.
      const message = error instanceof Error ? error.message : String(error);
      return refuse(error instanceof CardplaneError ? error : new CardplaneValidationError([{ field: '(arguments)', message: `could not be read: ${message}` }], name));
    }
  };
}

/** Binds a resource definition to a client (its sub-resources lazily, on first access). */
export function bindResource<T extends EndpointTable, C extends NamespaceTree = {}>(def: ResourceDefinition<T, C>, ctx: BindContext): BoundResource<T, C> {
  const out: Record<string, unknown> = {};
  for (const [key, ep] of Object.entries(def.endpoints)) out[key] = bindEndpoint(`${def.name}.${key}`, ep, ctx, def.testOnly === true);
  if (def.children) defineLazy(out, def.children, ctx);
  return out as BoundResource<T, C>;
}

/** Whether a value is a resource definition (as opposed to a namespace of them). */
export function isResource(value: unknown): value is ResourceDefinition<EndpointTable, NamespaceTree> {
  return typeof value === 'object' && value !== null && RESOURCE in value;
}

/** Binds a namespace tree lazily: each resource is bound on first access and cached. */
export function bindNamespace<T extends NamespaceTree>(tree: T, ctx: BindContext): BoundNamespace<T> {
  const out = {};
  defineLazy(out, tree, ctx);
  return out as BoundNamespace<T>;
}

function defineLazy(out: object, tree: NamespaceTree, ctx: BindContext): void {
  for (const [key, value] of Object.entries(tree)) {
    let cached: unknown;
    Object.defineProperty(out, key, {
      enumerable: true,
      get: () => (cached ??= isResource(value) ? bindResource(value, ctx) : bindNamespace(value as NamespaceTree, ctx)),
    });
  }
}
