/**
 * `cardplane/schemas`: the run-time schema (`zod/mini`) of every object and params type of the API, named
 * after its type (`IssuingCardSchema` checks an `IssuingCard`), for a program that validates data of its
 * own against Stripe's shapes. The client does not need this entry point: it loads the schemas its calls
 * use on first use. The types themselves are exported by `cardplane`.
 *
 * @module
 */
export * from '../generated/schemas/index.js';
export type { Schema } from '../core/schema-kit.js';
