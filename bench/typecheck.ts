/**
 * Type-check time of a consumer: the same 30-line card-program file written against the generated
 * interfaces (src/generated/types) and against the official `stripe` package's types, each checked by a
 * fresh `tsc --noEmit` (median of a few runs, same machine, same run), plus the size of the generated
 * declarations. Run with `npx tsx bench/typecheck.ts`; prints ratios, not absolute targets.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_TSC_RUNS ?? 3);
// Inside node_modules, so that the scratch files resolve `stripe` as a user's code would.
mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
const dir = mkdtempSync(join(ROOT, 'node_modules/.cache/cardplane-tsc-'));

const body = (T: string) => `
export function cardParams(cardholder: string): ${T}IssuingCardCreateParams {
  return {
    cardholder, currency: 'usd', type: 'virtual', status: 'active',
    spending_controls: { blocked_categories: ['betting_casino_gambling'], spending_limits: [{ amount: 5000, interval: 'monthly' }] },
    metadata: { team: 'ops' },
  };
}
export function describe(card: ${T}IssuingCard): string {
  switch (card.status) {
    case 'active': return \`\${card.last4} active\`;
    case 'inactive': return 'inactive';
    case 'canceled': return card.cancellation_reason ?? 'canceled';
    // The official SDK's statuses are open (\`| OtherString\`): without a default its switch does not compile.
    default: return 'other';
  }
}
export function limits(card: ${T}IssuingCard): number {
  return (card.spending_controls.spending_limits ?? []).reduce((n, l) => n + l.amount, 0);
}
export function holder(auth: ${T}IssuingAuthorization): string {
  return typeof auth.cardholder === 'string' ? auth.cardholder : auth.cardholder?.name ?? '';
}
export function account(a: ${T}V2CoreAccount): boolean {
  return a.configuration?.card_creator?.capabilities?.commercial?.stripe?.charge_card?.status === 'active';
}
`;

const ours = `import type * as T from '${join(ROOT, 'src/generated/types/index.js')}';\n${body('T.')}`;
const official = `import type Stripe from 'stripe';\ntype S = { IssuingCardCreateParams: Stripe.Issuing.CardCreateParams; IssuingCard: Stripe.Issuing.Card; IssuingAuthorization: Stripe.Issuing.Authorization; V2CoreAccount: Stripe.V2.Core.Account };\n${body('S.').replace(/S\.(\w+)/g, "S['$1']")}`;
writeFileSync(join(dir, 'ours.ts'), ours);
// The official SDK's stable types have no card_creator configuration: that line reads `merchant` there.
writeFileSync(join(dir, 'official.ts'), official.replace('card_creator?.capabilities?.commercial?.stripe?.charge_card', 'merchant?.capabilities?.card_payments'));

// The same program through each client: cardplane as installed (its built declarations, dist/), the official SDK.
const calls = (client: string, opts: string) => `
export async function run(cardholder: string): Promise<string> {
  const card = await ${client}.issuing.cards.create({
    cardholder, currency: 'usd', type: 'virtual',
    spending_controls: { blocked_categories: ['betting_casino_gambling'], spending_limits: [{ amount: 5000, interval: 'monthly' }] },
  }${opts});
  const updated = await ${client}.issuing.cards.update(card.id, { status: 'inactive', cancellation_reason: 'lost' }${opts});
  let n = 0;
  for await (const auth of ${client}.issuing.authorizations.list({ card: card.id, limit: 10 }${opts})) if (auth.status === 'pending') n += auth.amount;
  const holder = await ${client}.issuing.cardholders.retrieve(cardholder, {}${opts});
  return \`\${updated.status} \${holder.name} \${n}\`;
}
`;
const DIST = join(ROOT, 'dist/index.js');
const hasDist = existsSync(join(ROOT, 'dist/index.d.ts'));
if (hasDist) {
  writeFileSync(
    join(dir, 'ours-client.ts'),
    `import { Cardplane } from '${DIST}';\nconst cp = new Cardplane({ apiKey: 'sk_test_123' }).forAccount('acct_123');\n${calls('cp', '')}`,
  );
  writeFileSync(join(dir, 'official-client.ts'), `import Stripe from 'stripe';\nconst stripe = new Stripe('sk_test_123');\n${calls('stripe', ", { stripeAccount: 'acct_123' }")}`);
}

const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
function check(file: string): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    execFileSync(
      process.execPath,
      [tsc, '--noEmit', '--strict', '--skipLibCheck', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', join(dir, file)],
      {
        cwd: ROOT,
        stdio: 'inherit',
      },
    );
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

const size = (d: string): number => readdirSync(d, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? size(join(d, e.name)) : statSync(join(d, e.name)).size), 0);
const a = check('ours.ts');
const b = check('official.ts');
console.log(
  `consumer type-check (tsc --noEmit, median of ${RUNS}): generated types ${(a / 1000).toFixed(2)} s, official stripe ${(b / 1000).toFixed(2)} s (x${(a / b).toFixed(2)})`,
);
if (hasDist) {
  const c = check('ours-client.ts');
  const d = check('official-client.ts');
  console.log(`consumer calling the client (built package): cardplane ${(c / 1000).toFixed(2)} s, official stripe ${(d / 1000).toFixed(2)} s (x${(c / d).toFixed(2)})`);
} else console.log('consumer calling the client: run `npm run build` first');
console.log(
  `generated type declarations: ${(size(join(ROOT, 'src/generated/types')) / 1024).toFixed(0)} KiB; schemas ${(size(join(ROOT, 'src/generated/schemas')) / 1024).toFixed(0)} KiB`,
);
