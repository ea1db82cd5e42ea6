/**
 * Fund and spend: top up a connected account's Issuing balance, give it a cardholder and a virtual card,
 * simulate a purchase (a test authorization and its capture) and list the resulting transaction.
 *
 *   npx tsx examples/fund-and-spend.ts                        # no key: cardplane/testing's built-in mock
 *   STRIPE_SECRET_KEY=sk_test_… CONNECTED_ACCOUNT=acct_… npx tsx examples/fund-and-spend.ts
 *
 * With a real key the connected account must already have Issuing active (see `npm run demo`).
 */
import { Cardplane } from '../src/index.js';
import { createMockStripe } from '../src/testing/index.js';

const key = process.env.STRIPE_SECRET_KEY;
if (key && !key.startsWith('sk_test_') && !key.startsWith('rk_test_')) {
  console.error('This example simulates purchases: use a test-mode key (sk_test_…).');
  process.exit(1);
}
if (key && !process.env.CONNECTED_ACCOUNT) {
  console.error('Set CONNECTED_ACCOUNT=acct_… (a connected account with Issuing active).');
  process.exit(1);
}
const mock = key ? undefined : createMockStripe();
const cp = new Cardplane(mock ? { apiKey: 'sk_test_cardplane_example', fetch: mock.fetch } : { apiKey: key! });
// On the mock, the connected account is created first (the mock, like Stripe, refuses an unknown Stripe-Account).
const acme = cp.forAccount(process.env.CONNECTED_ACCOUNT ?? (await cp.accounts.create({ type: 'custom', country: 'US' })).id);
const step = (n: number, text: string): void => console.log(`\n${n}. ${text}`);
const usd = (minor: number): string => `${minor < 0 ? '-' : ''}$${(Math.abs(minor) / 100).toFixed(2)}`;

console.log(
  mock ? 'fund-and-spend — no STRIPE_SECRET_KEY set: running against the built-in fixtures (cardplane/testing), no network.' : 'fund-and-spend — calling Stripe in test mode.',
);

step(1, 'Top up the Issuing balance');
const topup = await acme.topups.create({
  amount: 50_000,
  currency: 'usd',
  destination_balance: 'issuing',
  description: 'Fund the card program',
  statement_descriptor: 'CARD FUNDS',
});
console.log(`   ${topup.id} ${usd(topup.amount)} (${topup.status})`);
const balance = await acme.balance.retrieve();
for (const row of balance.issuing?.available ?? []) console.log(`   Issuing balance available: ${usd(row.amount)} ${row.currency}`);

step(2, 'Create a cardholder and a virtual card');
const cardholder = await acme.issuing.cardholders.create({
  name: 'Jenny Rosen',
  type: 'individual',
  email: 'jenny@example.com',
  billing: { address: { line1: '510 Townsend Street', city: 'San Francisco', state: 'CA', postal_code: '94111', country: 'US' } },
  status: 'active',
});
const card = await acme.issuing.cards.create({
  cardholder: cardholder.id,
  currency: 'usd',
  type: 'virtual',
  status: 'active',
  spending_controls: { spending_limits: [{ amount: 20_000, interval: 'per_authorization' }], blocked_categories: ['betting_casino_gambling'] },
});
console.log(`   ${cardholder.id} ${cardholder.name}; card ${card.id} •••• ${card.last4}`);

step(3, 'Simulate a purchase: a test authorization');
const auth = await acme.testHelpers.issuing.authorizations.create({
  card: card.id,
  amount: 4_250,
  currency: 'usd',
  merchant_data: { category: 'taxicabs_limousines', name: 'Rocket Rides', city: 'San Francisco', country: 'US' },
});
console.log(`   ${auth.id} ${usd(auth.amount)} at ${auth.merchant_data.name}: ${auth.approved ? 'approved' : 'declined'} (${auth.status})`);

step(4, 'Capture it');
const captured = await acme.testHelpers.issuing.authorizations.capture(auth.id, { capture_amount: 4_250 });
console.log(`   ${captured.id} is now ${captured.status}`);

step(5, 'List the resulting transactions of the card');
let count = 0;
for await (const txn of acme.issuing.transactions.list({ card: card.id })) {
  count += 1;
  console.log(`   ${txn.id} ${txn.type} ${usd(txn.amount)} ${txn.currency} (authorization ${typeof txn.authorization === 'string' ? txn.authorization : txn.authorization?.id})`);
}
if (count === 0) throw new Error('expected a transaction after the capture');

step(6, 'A purchase over the per-authorization limit is declined');
const big = await acme.testHelpers.issuing.authorizations.create({ card: card.id, amount: 25_000, currency: 'usd' });
console.log(`   ${big.id} ${usd(25_000)}: ${big.approved ? 'approved' : 'declined'} (${big.request_history.at(-1)?.reason ?? 'no reason'})`);

console.log('\nDone.');
