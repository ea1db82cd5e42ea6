import * as z from 'zod/mini';
import { Id, openEnum, paramEnum, RangeQuery, Timestamp, V1ListParams, object } from './common.js';

const CardRef = z.union([Id, object({ id: Id, object: z.literal('issuing.card') })]);

const issuingTokenShape = {
  id: Id,
  object: z.literal('issuing.token'),
  /** The card id, or the expanded card object (typed by its id and `object`). */
  card: CardRef,
  created: Timestamp,
  device_fingerprint: z.nullable(z.string()),
  last4: z.optional(z.string()),
  livemode: z.boolean(),
  network: openEnum(['mastercard', 'visa']),
  /** Only on retrieve, and only when requested through the network. */
  network_data: z.optional(object({
      type: openEnum(['mastercard', 'visa']),
      device: z.optional(object({
          device_fingerprint: z.optional(z.string()),
          ip_address: z.optional(z.string()),
          location: z.optional(z.string()),
          name: z.optional(z.string()),
          phone_number: z.optional(z.string()),
          type: z.optional(openEnum(['other', 'phone', 'watch'])),
        })),
      mastercard: z.optional(object({
          card_reference_id: z.optional(z.string()),
          token_reference_id: z.string(),
          token_requestor_id: z.string(),
          token_requestor_name: z.optional(z.string()),
        })),
      visa: z.optional(object({
          card_reference_id: z.nullable(z.string()),
          token_reference_id: z.string(),
          token_requestor_id: z.string(),
          token_risk_score: z.optional(z.string()),
        })),
      wallet_provider: z.optional(object({
          account_id: z.optional(z.string()),
          account_trust_score: z.optional(z.int()),
          card_number_source: z.optional(openEnum(['app', 'manual', 'on_file', 'other'])),
          cardholder_address: z.optional(object({ line1: z.string(), postal_code: z.string() })),
          cardholder_name: z.optional(z.string()),
          device_trust_score: z.optional(z.int()),
          hashed_account_email_address: z.optional(z.string()),
          reason_codes: z.optional(z.array(z.string())),
          suggested_decision: z.optional(openEnum(['approve', 'decline', 'require_auth'])),
          suggested_decision_version: z.optional(z.string()),
        })),
    })),
  network_updated_at: Timestamp,
  status: openEnum(['active', 'deleted', 'requested', 'suspended']),
  wallet_provider: z.optional(openEnum(['apple_pay', 'google_pay', 'samsung_pay'])),
};
/** Schema type of {@link IssuingTokenSchema}, named so that declaration files refer to it instead of expanding it. */
export interface IssuingTokenObjectSchema extends z.ZodMiniObject<typeof issuingTokenShape, z.core.$strip> {}
/**
 * A network (wallet) token of an Issuing card (`intok_…`): the card provisioned into Apple Pay,
 * Google Pay or a merchant's vault. `status`: `requested` → `active` ⇄ `suspended` → `deleted`.
 */
export const IssuingTokenSchema: IssuingTokenObjectSchema = object(issuingTokenShape);
/** An Issuing network token (`intok_…`). */
export type IssuingToken = z.output<typeof IssuingTokenSchema>;

/** Params of `issuing.tokens.update`: `status` is required. */
export const IssuingTokenUpdateParamsSchema = z.strictObject({
  /** `active` (re-activate a suspended token), `suspended`, or `deleted` (final). */
  status: paramEnum(['active', 'deleted', 'suspended']),
  expand: z.optional(z.array(z.string())),
});
/** Params of `issuing.tokens.update`. */
export type IssuingTokenUpdateParams = z.input<typeof IssuingTokenUpdateParamsSchema>;

/** Params of `issuing.tokens.list`: `card` is required by Stripe. */
export const IssuingTokenListParamsSchema = z.strictObject({
  ...V1ListParams,
  /** The card whose tokens to list (`ic_…`). */
  card: Id,
  created: z.optional(RangeQuery),
  status: z.optional(paramEnum(['active', 'deleted', 'requested', 'suspended'])),
});
/** Params of `issuing.tokens.list`. */
export type IssuingTokenListParams = z.input<typeof IssuingTokenListParamsSchema>;
