import type { Named, Prop, Ty } from './read.js';

/**
 * What cardplane knows better than either SDK's declarations, each with its reason. Everything else in
 * `src/generated/` is Stripe's facts as the declarations state them.
 */

/**
 * Results typed by hand instead of from the declarations.
 * - `Event` (v1): the SDK types it as a union of ~250 event interfaces over the whole API; cardplane's
 *   `StripeEvent` (src/webhooks/events.ts) is the union of the events of the resources this SDK covers,
 *   discriminated on `type`, and its run-time check is the envelope (a 250-way union would be checked
 *   member by member on every event).
 * - `V2CoreEvent`: the same for v2 events (`V2Event`, with `related_object` and `reason`).
 */
export const RESULT_OVERRIDES: Readonly<Record<string, { readonly schema: string; readonly from: string }>> = {
  Event: { schema: 'StripeEventSchema', from: '../../schemas/events.js' },
  V2CoreEvent: { schema: 'V2EventSchema', from: '../../schemas/events.js' },
};

/**
 * Checks Stripe makes on params that the declarations cannot state (they say `number`), by param name,
 * applied to every `number` param of that name. Each is Stripe's documented rule, so a call it refuses
 * fails before it is sent instead of after a round trip.
 * - `limit`: a list page holds 1 to 100 objects (Stripe's pagination docs); 0 or 101 is refused.
 * - `amount`: an amount is a whole number of the currency's minor unit, never negative (Stripe refuses
 *   `amount=-5` and `amount=1.5` with `invalid_request_error`).
 */
/**
 * Named params types whose schema is a hand-written check of `src/core/schema-kit.ts` (the declarations
 * give the shape, Stripe documents more):
 * - `MetadataParam`: at most 50 keys, keys up to 40 characters without `[` or `]` (bracket notation could
 *   not carry them), values up to 500 characters (Stripe's metadata limits).
 */
export const NAMED_PARAM_SCHEMAS: Readonly<Record<string, string>> = {
  MetadataParam: 'metadataParam',
};

export const PARAM_REFINEMENTS: Readonly<Record<string, { readonly schema: 'limit' | 'amount' }>> = {
  limit: { schema: 'limit' },
  amount: { schema: 'amount' },
};

/** Endpoints of the SDKs that cardplane does not expose, with the reason (none today). */
export const SKIPPED_ENDPOINTS: ReadonlySet<string> = new Set([]);

/**
 * Endpoints sent as `multipart/form-data` to the upload host (`files.stripe.com`, the client's
 * `uploadBaseUrl`): the SDK's resource says so with its `requestDataProcessor`, which the declarations
 * carry only as a type; Stripe's file upload guide says which host.
 */
export const UPLOAD_ENDPOINTS: ReadonlySet<string> = new Set(['files.create']);

/**
 * Named types replaced by a hand-written type and schema:
 * - `FileData` (the SDK's `{ data: string | Uint8Array, name?, type? }`): cardplane's `FileUpload`
 *   (src/core/upload.ts) takes that form with an `ArrayBuffer` or a stream as `data` too, and a `Blob` or
 *   `File`, which every runtime has; its schema checks that shape (the SDK's `Uint8Array` is a class, not
 *   a params object).
 */
export const REPLACED_TYPES: Readonly<Record<string, { readonly type: string; readonly from: string; readonly schema: string }>> = {
  FileData: { type: 'FileUpload', from: '../../core/upload.js', schema: 'fileUpload' },
};

/** Fields Stripe documents that neither SDK's declarations have, added to a named type, with the reason. */
const ADDED_FIELDS: readonly { readonly type: string; readonly prop: Prop; readonly why: string }[] = [
  {
    type: 'TopupCreateParams',
    prop: { name: 'destination_balance', optional: true, type: { k: 'enum', values: ['issuing'] } },
    why: "Stripe's Issuing funding guide tops up the Issuing balance with `destination_balance=issuing`; not in the SDK types.",
  },
  {
    type: 'PayoutCreateParams',
    prop: { name: 'source_balance', optional: true, type: { k: 'enum', values: ['issuing', 'payments'] } },
    why: "Stripe's Issuing funding guide pays out from the Issuing balance with `source_balance=issuing`; not in the SDK types.",
  },
  {
    type: 'Topup',
    prop: { name: 'destination_balance', optional: true, type: { k: 'union', of: [{ k: 'string' }, { k: 'null' }] } },
    why: 'The balance a top-up credits, as returned for `destination_balance=issuing` top-ups.',
  },
  // The Issuing docs name the prepaid capability `commercial.prepaid_card.stripe`; the α SDK names it
  // `commercial.stripe.prepaid_card` (shared/api-reference/README.md, gap 2). Both paths are accepted.
  ...(['V2CoreAccount', 'V2CoreAccountCreateParams', 'V2CoreAccountUpdateParams'] as const).map((root) => ({
    type: `${root}ConfigurationCardCreatorCapabilitiesCommercial`,
    prop: {
      name: 'prepaid_card',
      optional: true,
      type: { k: 'object', props: [{ name: 'stripe', optional: true, type: { k: 'ref', name: `${root}ConfigurationCardCreatorCapabilitiesCommercialStripePrepaidCard` } }] } as Ty,
    },
    why: 'the docs path of the Stripe-sponsored prepaid card capability',
  })),
];

/**
 * v2 objects: a section that is not named in `include` comes back `null` (the Issuing docs' examples:
 * `"customer": null, "identity": null`), where the types only say optional. Every optional field of a v2
 * result may therefore be `null` as well.
 */
function v2NullableSections(named: Map<string, Named>): void {
  for (const decl of named.values()) {
    if (!decl.name.startsWith('V2') || decl.name.includes('Params') || decl.type.k !== 'object') continue;
    for (const prop of decl.type.props) {
      if (!prop.optional) continue;
      const t = prop.type;
      if (t.k === 'null' || (t.k === 'union' && t.of.some((m) => m.k === 'null'))) continue;
      (prop as { type: Ty }).type = { k: 'union', of: [...(t.k === 'union' ? t.of : [t]), { k: 'null' }] };
    }
  }
}

/** Fields the SDK types as required or non-null that Stripe's own examples omit or return as `null`. */
const LOOSENED_FIELDS: readonly { readonly type: string; readonly prop: string; readonly to: 'optional' | 'nullable'; readonly why: string }[] = [
  ...['Customer', 'Merchant', 'Recipient', 'CardCreator', 'Storer'].map((c) => ({
    type: `V2CoreAccountConfiguration${c}`,
    prop: 'applied',
    to: 'optional' as const,
    why: "the Issuing docs' account examples (created and requirements-past-due) have configurations without `applied`",
  })),
  {
    type: 'AccountBusinessProfile',
    prop: 'specified_commercial_transactions_act_url',
    to: 'optional',
    why: "stripe/openapi's account fixture has no such field",
  },
];

/** Applies {@link ADDED_FIELDS}; fails when a named type is gone (the override would silently stop applying). */
export function applyOverrides(named: Map<string, Named>): void {
  for (const { type, prop } of ADDED_FIELDS) {
    const decl = named.get(type);
    if (!decl || decl.type.k !== 'object') throw new Error(`generate: override target ${type} is not a generated object type`);
    if (decl.type.props.some((p) => p.name === prop.name)) throw new Error(`generate: ${type}.${prop.name} is in the SDK now: drop the override`);
    decl.type.props.push(prop);
  }
  for (const { type, prop, to } of LOOSENED_FIELDS) {
    const decl = named.get(type);
    const field = decl?.type.k === 'object' ? decl.type.props.find((p) => p.name === prop) : undefined;
    if (!field) throw new Error(`generate: override target ${type}.${prop} is gone`);
    const f = field as { optional: boolean; type: Ty };
    if (to === 'optional') f.optional = true;
    else if (!(f.type.k === 'union' && f.type.of.some((m) => m.k === 'null'))) f.type = { k: 'union', of: [...(f.type.k === 'union' ? f.type.of : [f.type]), { k: 'null' }] };
  }
  v2NullableSections(named);
}
