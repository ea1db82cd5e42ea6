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
    expect(r.stdout).toMatch(/card_creator commercial\.stripe\.charge_card: active/);
    expect(r.stdout).toMatch(/ic_\w+ Visa •••• \d{4}/);
    expect(r.stdout).toContain('limit 10000 gbp per_authorization');
    expect(r.stdout).toContain('Done.');
  });
});
