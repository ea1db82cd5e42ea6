/**
 * cardplane: a typed, validated, small SDK for running a card program on Stripe.
 * @packageDocumentation
 */
export { Cardplane, CardplaneClient } from './client.js';
export * from './resources/named.js';
export { API_VERSIONS, SDK_VERSION } from './core/versions.js';
export type { ClientOptions, RequestOptions, AttemptHooks } from './core/options.js';
export type { FileUpload, FileUploadData, FileUploadObject } from './core/upload.js';
export { MAX_UPLOAD_BYTES, UPLOAD_LIMITS } from './core/upload.js';
export type { LogLevel, Logger } from './core/logger.js';
export { APIPromise, type WithResponse } from './core/api-promise.js';
export type {
  Endpoint,
  EndpointMethod,
  EndpointTable,
  NamespaceTree,
  ParamArgs,
  Result,
  ResourceDefinition,
  ResourceMethods,
  BoundNamespace,
  BoundResource,
  PathArgs,
  HttpMethod,
  UploadEncoder,
} from './core/resource.js';
export type { PathParamLabels, PathParamLabel } from './core/path-labels.js';
export { Page, PagePromise, TO_ARRAY_HARD_CAP, type ToArrayOptions } from './core/pagination.js';
export {
  CardplaneError,
  CardplaneConfigurationError,
  CardplaneValidationError,
  CardplaneConnectionError,
  CardplaneTimeoutError,
  CardplaneAbortError,
  CardplaneResponseError,
  APIError,
  InvalidRequestError,
  NotFoundError,
  AuthenticationError,
  CardError,
  PermissionError,
  ConflictError,
  IdempotencyError,
  RateLimitError,
  InternalServerError,
  type ValidationIssue,
  type StripeErrorBody,
  type APIErrorInit,
} from './core/errors.js';
export * from './schemas/events.js';
// Every object, params type and enum of the API, named as Stripe names them (`IssuingCard`,
// `IssuingCardCreateParams`, `IssuingCardStatus`); their schemas are the `cardplane/schemas` entry point,
// so that importing the client compiles none of them.
export type { Schema } from './core/schema-kit.js';
export type * from './generated/types/index.js';
export type * from './schemas/aliases.js';
export * from './helpers/accounts.js';
