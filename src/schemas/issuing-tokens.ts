import * as z from 'zod';
import { Id, openEnum, paramEnum, RangeQuery, Timestamp, V1ListParams } from './common.js';

const CardRef = z.union([Id, z.object({ id: Id, object: z.literal('issuing.card') })]);

const issuingTokenShape = {
  id: Id,
  object: z.literal('issuing.token'),
  /** The card id, or the expanded card object (typed by its id and `object`). */
  card: CardRef,
  created: Timestamp,
  device_fingerprint: z.string().nullable(),
  last4: z.string().optional(),
  livemode: z.boolean(),
  network: openEnum(['mastercard', 'visa']),
  /** Only on retrieve, and only when requested through the network. */
  network_data: z
    .object({
      type: openEnum(['mastercard', 'visa']),
      device: z
        .object({
          device_fingerprint: z.string().optional(),
          ip_address: z.string().optional(),
          location: z.string().optional(),
          name: z.string().optional(),
          phone_number: z.string().optional(),
          type: openEnum(['other', 'phone', 'watch']).optional(),
        })
        .optional(),
      mastercard: z
        .object({
          card_reference_id: z.string().optional(),
          token_reference_id: z.string(),
          token_requestor_id: z.string(),
          token_requestor_name: z.string().optional(),
        })
        .optional(),
      visa: z
        .object({
          card_reference_id: z.string().nullable(),
          token_reference_id: z.string(),
          token_requestor_id: z.string(),
          token_risk_score: z.string().optional(),
        })
        .optional(),
      wallet_provider: z
        .object({
          account_id: z.string().optional(),
          account_trust_score: z.number().int().optional(),
          card_number_source: openEnum(['app', 'manual', 'on_file', 'other']).optional(),
          cardholder_address: z.object({ line1: z.string(), postal_code: z.string() }).optional(),
          cardholder_name: z.string().optional(),
          device_trust_score: z.number().int().optional(),
          hashed_account_email_address: z.string().optional(),
          reason_codes: z.array(z.string()).optional(),
          suggested_decision: openEnum(['approve', 'decline', 'require_auth']).optional(),
          suggested_decision_version: z.string().optional(),
        })
        .optional(),
    })
    .optional(),
  network_updated_at: Timestamp,
  status: openEnum(['active', 'deleted', 'requested', 'suspended']),
  wallet_provider: openEnum(['apple_pay', 'google_pay', 'samsung_pay']).optional(),
};
/** Schema type of {@link IssuingTokenSchema}, named so that declaration files refer to it instead of expanding it. */
export interface IssuingTokenObjectSchema extends z.ZodObject<typeof issuingTokenShape> {}
/**
 * A network (wallet) token of an Issuing card (`intok_…`): the card provisioned into Apple Pay,
 * Google Pay or a merchant's vault. `status`: `requested` → `active` ⇄ `suspended` → `deleted`.
 */
export const IssuingTokenSchema: IssuingTokenObjectSchema = z.object(issuingTokenShape);
/** An Issuing network token (`intok_…`). */
export type IssuingToken = z.output<typeof IssuingTokenSchema>;

/** Params of `issuing.tokens.update`: `status` is required. */
export const IssuingTokenUpdateParamsSchema = z.strictObject({
  /** `active` (re-activate a suspended token), `suspended`, or `deleted` (final). */
  status: paramEnum(['active', 'deleted', 'suspended']),
  expand: z.array(z.string()).optional(),
});
/** Params of `issuing.tokens.update`. */
export type IssuingTokenUpdateParams = z.input<typeof IssuingTokenUpdateParamsSchema>;

/** Params of `issuing.tokens.list`: `card` is required by Stripe. */
export const IssuingTokenListParamsSchema = z.strictObject({
  ...V1ListParams,
  /** The card whose tokens to list (`ic_…`). */
  card: Id,
  created: RangeQuery.optional(),
  status: paramEnum(['active', 'deleted', 'requested', 'suspended']).optional(),
});
/** Params of `issuing.tokens.list`. */
export type IssuingTokenListParams = z.input<typeof IssuingTokenListParamsSchema>;
