/**
 * The main job, end to end: onboard a connected account on Accounts v2, see what its card capability
 * waits for, provide it (identity, an uploaded identity document, the terms acceptance, a person), then
 * create the Issuing program, a cardholder and a virtual card with spending controls.
 *
 *   npm run demo                                  # no key: runs against cardplane/testing's built-in mock
 *   STRIPE_SECRET_KEY=sk_test_… npm run demo      # calls Stripe in test mode
 *
 * With a real key, set ISSUING_PLATFORM_PROGRAM=iprg_… to your platform's Issuing program.
 */
import { Cardplane, awaitingAction, capabilityStatus, isCapabilityActive, type V2Account } from '../src/index.js';
import { createMockStripe } from '../src/testing/index.js';

const key = process.env.STRIPE_SECRET_KEY;
const live = key?.startsWith('sk_live_') || key?.startsWith('rk_live_');
if (live) {
  console.error('This demo creates accounts and cards: use a test-mode key (sk_test_…).');
  process.exit(1);
}
const mock = key ? undefined : createMockStripe();
const cp = new Cardplane(mock ? { apiKey: 'sk_test_cardplane_demo', fetch: mock.fetch } : { apiKey: key! });
const step = (n: number, text: string): void => console.log(`\n${n}. ${text}`);
const now = (): string => new Date().toISOString();

function showCapabilities(account: V2Account): void {
  const cc = capabilityStatus(account, 'card_creator', 'commercial.stripe.charge_card');
  const tr = capabilityStatus(account, 'recipient', 'stripe_balance.stripe_transfers');
  console.log(`   card_creator commercial.stripe.charge_card: ${cc ?? 'not requested'}`);
  console.log(`   recipient stripe_balance.stripe_transfers:  ${tr ?? 'not requested'}`);
}

console.log(
  mock
    ? 'cardplane demo — no STRIPE_SECRET_KEY set: running against the built-in fixtures (cardplane/testing), no network.'
    : 'cardplane demo — STRIPE_SECRET_KEY set: calling Stripe in test mode.',
);

step(1, 'Create a v2 connected account with the card_creator and recipient configurations');
const account = await cp.v2.core.accounts.create({
  display_name: 'Rocket Rides Ltd',
  contact_email: 'ops@rocketrides.example',
  dashboard: 'none',
  identity: { country: 'gb', entity_type: 'individual' },
  defaults: { currency: 'gbp', responsibilities: { fees_collector: 'application', losses_collector: 'application' } },
  configuration: {
    card_creator: { capabilities: { commercial: { stripe: { charge_card: { requested: true } } } } },
    recipient: { capabilities: { stripe_balance: { stripe_transfers: { requested: true } } } },
  },
  include: ['configuration.card_creator', 'configuration.recipient', 'requirements'],
});
console.log(`   ${account.id} (${account.applied_configurations.join(', ')})`);

step(2, 'Read its capability status and what is awaiting action');
showCapabilities(account);
for (const a of awaitingAction(account)) {
  console.log(`   awaiting ${a.from}: ${a.description} — ${a.deadline}; restricts ${a.restricts.map((r) => `${r.configuration}.${r.capability}`).join(', ') || 'nothing'}`);
}

step(3, "Provide the identity (with Stripe's test id number that cannot be verified, so a document becomes due)");
const identified = await cp.v2.core.accounts.update(account.id, {
  identity: {
    individual: {
      given_name: 'Jenny',
      surname: 'Rosen',
      email: 'jenny@rocketrides.example',
      date_of_birth: { day: 12, month: 11, year: 1978 },
      address: { line1: '1 Example Street', city: 'London', postal_code: 'EC1A 1AA', country: 'gb' },
      id_numbers: [{ type: 'gb_nino', value: '111111111' }],
    },
  },
  include: ['configuration.card_creator', 'configuration.recipient', 'requirements'],
});
showCapabilities(identified);
for (const a of awaitingAction(identified)) console.log(`   awaiting ${a.from}: ${a.description}`);

step(4, 'Upload an identity document (multipart to files.stripe.com) and attach it');
// The bytes of a 1×1 PNG, made here: a real integration uploads the user's scan (a File, a Blob, a stream).
const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
const document = await cp.files.create({ purpose: 'identity_document', file: { data: png, name: 'passport-front.png', type: 'image/png' } }, { stripeAccount: account.id });
console.log(`   ${document.id} ${document.filename} (${document.size} bytes, purpose ${document.purpose})`);
await cp.v2.core.accounts.update(account.id, {
  identity: { individual: { documents: { primary_verification: { type: 'front_back', front_back: { front: document.id } } } } },
});

step(5, 'Record the terms acceptance (the account and the Issuing card_creator terms) and add the representative');
const acceptance = { date: now(), ip: '203.0.113.10', user_agent: 'cardplane-demo' };
await cp.v2.core.accounts.update(account.id, {
  identity: {
    attestations: {
      persons_provided: { executives: true, owners: true, directors: true },
      terms_of_service: { account: acceptance, card_creator: { commercial: { account_holder: acceptance } } },
    },
  },
});
const person = await cp.v2.core.accounts.persons.create(account.id, {
  given_name: 'Jenny',
  surname: 'Rosen',
  email: 'jenny@rocketrides.example',
  relationship: { representative: true, executive: true, owner: true, percent_ownership: '1', title: 'Director' },
});
console.log(`   person ${person.id} (${person.relationship?.title ?? 'representative'})`);

step(6, 'Read the account again: the requirements are clear and the capability is active');
const updated = await cp.v2.core.accounts.retrieve(account.id, { include: ['configuration.card_creator', 'configuration.recipient', 'requirements'] });
showCapabilities(updated);
const remaining = awaitingAction(updated);
console.log(`   still awaiting: ${remaining.length === 0 ? 'nothing' : remaining.map((a) => a.description).join(', ')}`);
if (!isCapabilityActive(updated, 'card_creator', 'commercial.stripe.charge_card')) {
  console.log('   (the capability is not active yet: Stripe may still be verifying; cards can be created once it is)');
}

const acme = cp.forAccount(account.id);

step(7, 'Create the Issuing program on the connected account');
const program = await acme.issuing.programs.create({ platform_program: process.env.ISSUING_PLATFORM_PROGRAM ?? 'iprg_demo_platform', is_default: true });
console.log(`   ${program.id} (default: ${program.is_default}, platform program ${program.platform_program})`);

step(8, 'Create a cardholder');
const cardholder = await acme.issuing.cardholders.create({
  name: 'Jenny Rosen',
  type: 'individual',
  email: 'jenny@rocketrides.example',
  individual: { first_name: 'Jenny', last_name: 'Rosen', dob: { day: 12, month: 11, year: 1978 } },
  billing: { address: { line1: '1 Example Street', city: 'London', postal_code: 'EC1A 1AA', country: 'GB' } },
  status: 'active',
});
console.log(`   ${cardholder.id} ${cardholder.name} (${cardholder.status})`);

step(9, 'Create a virtual card with spending controls');
const card = await acme.issuing.cards.create({
  cardholder: cardholder.id,
  currency: 'gbp',
  type: 'virtual',
  status: 'active',
  spending_controls: {
    blocked_categories: ['betting_casino_gambling'],
    spending_limits: [
      { amount: 10_000, interval: 'per_authorization' },
      { amount: 300_000, interval: 'monthly' },
    ],
  },
  metadata: { team: 'ops' },
});
console.log(`   ${card.id} ${card.brand} •••• ${card.last4} exp ${card.exp_month}/${card.exp_year} (${card.status})`);
for (const limit of card.spending_controls.spending_limits ?? []) console.log(`   limit ${limit.amount} ${card.currency} ${limit.interval}`);
console.log(`   blocked: ${(card.spending_controls.blocked_categories ?? []).join(', ')}`);

console.log('\nDone.');
