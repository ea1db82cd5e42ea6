import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function run(script: string): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env };
  delete env.STRIPE_SECRET_KEY;
  const r = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('examples run against the built-in fixtures with no key', () => {
  it('npm run demo: onboard a v2 account and issue a virtual card', () => {
    const r = run('examples/onboard-and-issue.ts');
    expect(r.stderr).not.toMatch(/Error/);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('running against the built-in fixtures');
    expect(r.stdout).toMatch(/card_creator commercial\.stripe\.charge_card: restricted/);
    // The verification step: a document is due, uploaded (multipart), attached, and the requirement clears.
    expect(r.stdout).toMatch(/3\. Provide the identity[\s\S]*awaiting user: identity\.individual\.documents\.primary_verification[\s\S]*4\. Upload/);
    expect(r.stdout).toMatch(/file_\w+ passport-front\.png \(70 bytes, purpose identity_document\)/);
    expect(r.stdout).toMatch(/person person_\w+ \(Director\)/);
    expect(r.stdout).toMatch(/6\. Read the account again[\s\S]*card_creator commercial\.stripe\.charge_card: active[\s\S]*still awaiting: nothing/);
    expect(r.stdout).toMatch(/ic_\w+ Visa •••• \d{4}/);
    expect(r.stdout).toContain('limit 10000 gbp per_authorization');
    expect(r.stdout).toContain('Done.');
  });

  it('examples/fund-and-spend.ts: top-up, card, simulated authorization and capture, transaction list', () => {
    const r = run('examples/fund-and-spend.ts');
    expect(r.stderr).not.toMatch(/Error/);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('running against the built-in fixtures');
    expect(r.stdout).toContain('Issuing balance available: $500.00 usd');
    expect(r.stdout).toMatch(/iauth_\w+ \$42\.50 at Rocket Rides: approved/);
    expect(r.stdout).toMatch(/is now closed/);
    expect(r.stdout).toMatch(/ipi_\w+ capture -\$42\.50 usd \(authorization iauth_\w+\)/);
    expect(r.stdout).toMatch(/\$250\.00: declined \(spending_controls\)/);
    expect(r.stdout).toContain('Done.');
  });
});
