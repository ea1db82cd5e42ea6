import type {
  Account,
  Balance,
  Capability,
  IssuingAuthorization,
  IssuingCard,
  IssuingCardholder,
  IssuingDispute,
  IssuingPersonalizationDesign,
  IssuingToken,
  IssuingTransaction,
  LooseObject,
  Payout,
  Person,
  Topup,
  TreasuryCreditReversal,
  TreasuryDebitReversal,
  TreasuryFinancialAccount,
  TreasuryInboundTransfer,
  TreasuryOutboundPayment,
  TreasuryOutboundTransfer,
  TreasuryReceivedCredit,
  TreasuryReceivedDebit,
  Transfer,
  V2Account,
} from './objects.js';

type MoneyMovementEvents<Prefix extends string, O> = {
  [K in 'created' | 'posted' | 'failed' | 'returned' | 'canceled' | 'expected_arrival_date_updated' | 'tracking_details_updated' as `${Prefix}.${K}`]: O;
};

/**
 * The v1 (snapshot) event types this release knows, each mapped to the type of its `data.object`.
 * Stripe may send types not listed here; they still parse (see {@link StripeEvent}).
 */
export interface V1EventObjects
  extends MoneyMovementEvents<'treasury.outbound_transfer', TreasuryOutboundTransfer>, MoneyMovementEvents<'treasury.outbound_payment', TreasuryOutboundPayment> {
  'account.updated': Account;
  'account.application.authorized': LooseObject<'application'>;
  'account.application.deauthorized': LooseObject<'application'>;
  'account.external_account.created': LooseObject<'bank_account' | 'card'>;
  'account.external_account.updated': LooseObject<'bank_account' | 'card'>;
  'account.external_account.deleted': LooseObject<'bank_account' | 'card'>;
  'capability.updated': Capability;
  'person.created': Person;
  'person.updated': Person;
  'person.deleted': Person;
  'balance.available': Balance;
  'topup.created': Topup;
  'topup.succeeded': Topup;
  'topup.failed': Topup;
  'topup.canceled': Topup;
  'topup.reversed': Topup;
  'transfer.created': Transfer;
  'transfer.updated': Transfer;
  'transfer.reversed': Transfer;
  'payout.created': Payout;
  'payout.updated': Payout;
  'payout.paid': Payout;
  'payout.failed': Payout;
  'payout.canceled': Payout;
  'payout.reconciliation_completed': Payout;
  'issuing_authorization.request': IssuingAuthorization;
  'issuing_authorization.created': IssuingAuthorization;
  'issuing_authorization.updated': IssuingAuthorization;
  'issuing_card.created': IssuingCard;
  'issuing_card.updated': IssuingCard;
  'issuing_cardholder.created': IssuingCardholder;
  'issuing_cardholder.updated': IssuingCardholder;
  'issuing_dispute.created': IssuingDispute;
  'issuing_dispute.updated': IssuingDispute;
  'issuing_dispute.submitted': IssuingDispute;
  'issuing_dispute.closed': IssuingDispute;
  'issuing_dispute.funds_reinstated': IssuingDispute;
  'issuing_dispute.funds_rescinded': IssuingDispute;
  'issuing_personalization_design.activated': IssuingPersonalizationDesign;
  'issuing_personalization_design.deactivated': IssuingPersonalizationDesign;
  'issuing_personalization_design.rejected': IssuingPersonalizationDesign;
  'issuing_personalization_design.updated': IssuingPersonalizationDesign;
  'issuing_token.created': IssuingToken;
  'issuing_token.updated': IssuingToken;
  'issuing_transaction.created': IssuingTransaction;
  'issuing_transaction.updated': IssuingTransaction;
  'issuing_transaction.purchase_details_receipt_updated': IssuingTransaction;
  'treasury.financial_account.created': TreasuryFinancialAccount;
  'treasury.financial_account.closed': TreasuryFinancialAccount;
  'treasury.financial_account.features_status_updated': TreasuryFinancialAccount;
  'treasury.inbound_transfer.created': TreasuryInboundTransfer;
  'treasury.inbound_transfer.succeeded': TreasuryInboundTransfer;
  'treasury.inbound_transfer.failed': TreasuryInboundTransfer;
  'treasury.inbound_transfer.canceled': TreasuryInboundTransfer;
  'treasury.received_credit.created': TreasuryReceivedCredit;
  'treasury.received_credit.succeeded': TreasuryReceivedCredit;
  'treasury.received_credit.failed': TreasuryReceivedCredit;
  'treasury.received_debit.created': TreasuryReceivedDebit;
  'treasury.credit_reversal.created': TreasuryCreditReversal;
  'treasury.credit_reversal.posted': TreasuryCreditReversal;
  'treasury.debit_reversal.created': TreasuryDebitReversal;
  'treasury.debit_reversal.completed': TreasuryDebitReversal;
  'treasury.debit_reversal.initial_credit_granted': TreasuryDebitReversal;
}

/** A v1 event type this release knows (`issuing_authorization.request`, `treasury.received_credit.created`, …). */
export type V1EventType = keyof V1EventObjects;

/** The request that caused an event (`null` members, or `null` altogether, for Stripe-initiated changes). */
export interface EventRequest {
  /** Request id (`req_…`). */
  id: string | null;
  /** The request's idempotency key. */
  idempotency_key: string | null;
}

/** A v1 (snapshot) event whose `data.object` is the resource as of the event. */
export interface SnapshotEvent<T extends string = V1EventType, O = T extends V1EventType ? V1EventObjects[T] : LooseObject> {
  /** Event id (`evt_…`). */
  id: string;
  object: 'event';
  /** The API version the object was rendered with. */
  api_version: string | null;
  /** Unix seconds. */
  created: number;
  data: {
    /** The resource as of the event. */
    object: O;
    /** On `*.updated` events: the previous values of the fields that changed. */
    previous_attributes?: Record<string, unknown>;
  };
  livemode: boolean;
  /** Webhooks not yet delivered successfully. */
  pending_webhooks: number;
  /** The API request that caused the event, if any. */
  request: EventRequest | null;
  /** The event type. */
  type: T;
  /** Connected account the event comes from (Connect). */
  account?: string;
  /** Context of the event (e.g. an account path), when set. */
  context?: string;
}

/**
 * Any v1 event this release knows: a union discriminated on `type`, so that `event.data.object`
 * narrows after `if (event.type === 'issuing_card.created')` or in a `switch`.
 *
 * Stripe adds event types over time: an event of a type not listed here still verifies and parses,
 * so keep a `default` branch in a `switch`.
 */
export type StripeEvent = { [K in V1EventType]: SnapshotEvent<K> }[V1EventType];

/** The v1 event of one type, e.g. `EventOf<'issuing_card.created'>`. */
export type EventOf<T extends V1EventType> = Extract<StripeEvent, { type: T }>;

/** The real-time authorization request event (`issuing_authorization.request`). */
export type AuthorizationRequestEvent = EventOf<'issuing_authorization.request'>;

// ---------------------------------------------------------------------------------------------
// v2 thin events

/** Configurations of a v2 account whose events this release names. */
export type V2Configuration = 'customer' | 'merchant' | 'recipient' | 'card_creator' | 'storer';

/** Thin event types of the v2 core resources (GA in stripe-node 23.1.0, plus `card_creator`/`storer` preview ones). */
export type V2CoreEventType =
  | 'v2.core.account.created'
  | 'v2.core.account.updated'
  | 'v2.core.account.closed'
  | `v2.core.account[configuration.${V2Configuration}].updated`
  | `v2.core.account[configuration.${V2Configuration}].capability_status_updated`
  | 'v2.core.account[defaults].updated'
  | 'v2.core.account[identity].updated'
  | 'v2.core.account[requirements].updated'
  | 'v2.core.account[future_requirements].updated'
  | 'v2.core.account_link.returned'
  | 'v2.core.account_person.created'
  | 'v2.core.account_person.updated'
  | 'v2.core.account_person.deleted'
  | 'v2.core.event_destination.ping'
  | 'v2.core.health.issuing_authorization_request_errors.firing'
  | 'v2.core.health.issuing_authorization_request_errors.resolved'
  | 'v2.core.health.issuing_authorization_request_timeout.firing'
  | 'v2.core.health.issuing_authorization_request_timeout.resolved';

/** v1 event types delivered as thin events, prefixed `v1.` (no `v1.treasury.*` thin types exist). */
export type V1ThinEventType = `v1.${Exclude<V1EventType, `treasury.${string}`>}`;

/** A thin event type this release knows. */
export type ThinEventType = V2CoreEventType | V1ThinEventType;

/** Where a thin event's object lives: fetch `url` to read it. */
export interface RelatedObject {
  /** Object id. */
  id: string;
  /** Object type, e.g. `v2.core.account` or `issuing.authorization`. */
  type: string;
  /** API path of the object, e.g. `/v2/core/accounts/acct_123?include=configuration.card_creator`. */
  url: string;
}

/** Why a v2 event happened. */
export interface V2EventReason {
  type: 'request' | (string & {});
  /** The API request behind the event. */
  request?: { id: string; idempotency_key: string };
}

/**
 * A thin event notification (`object: 'v2.core.event'`), as POSTed to an event destination: no resource
 * data, only a pointer. Fetch the full event with {@link fetchEvent} or the object with {@link fetchRelatedObject}.
 */
export interface EventNotification<T extends string = ThinEventType> {
  /** Event id (`evt_…`). */
  id: string;
  object: 'v2.core.event';
  /** The event type. */
  type: T;
  /** RFC 3339 time. */
  created: string;
  livemode: boolean;
  /** The account the event happened on (send it back as `Stripe-Context`). */
  context?: string;
  /** The object the event is about (absent for some types, e.g. pings). */
  related_object?: RelatedObject;
  /** Why the event happened. */
  reason?: V2EventReason;
}

/** Any thin event notification this release knows, discriminated on `type`. */
export type ThinEventNotification = { [K in ThinEventType]: EventNotification<K> }[ThinEventType];

/** A capability path within a configuration, e.g. `commercial.stripe.charge_card`. */
export interface CapabilityStatusUpdatedData {
  /** The capability whose status changed; read its new status from the account (`include` the configuration). */
  updated_capability: string;
}

/** The `data` of a full v2 event of type `T`. */
export type V2EventData<T extends string> = T extends `${string}.capability_status_updated` ? CapabilityStatusUpdatedData : Record<string, unknown>;

/** A full v2 event (`GET /v2/core/events/{id}`): the notification's members plus `data` and `changes`. */
export interface V2Event<T extends string = ThinEventType> extends EventNotification<T> {
  /** Type-specific payload. */
  data?: V2EventData<T>;
  /** Before/after values of the changed fields, for `*.updated` events. */
  changes?: Record<string, unknown>;
  /** The id of the v1 snapshot event this event mirrors, if any. */
  snapshot_event?: string;
}

/** The type of the object a thin event of type `T` points at. */
export type RelatedObjectOf<T extends string> = T extends `v2.core.account_person.${string}` | `v2.core.account_link.${string}` | `v2.core.health.${string}`
  ? LooseObject
  : T extends `v2.core.account${string}`
    ? V2Account
    : T extends `v1.${infer V}`
      ? V extends V1EventType
        ? V1EventObjects[V]
        : LooseObject
      : LooseObject;
