#!/usr/bin/env node
/**
 * `cardplane-mock`: serves the mock Stripe of `cardplane/testing` over HTTP.
 *
 *   npx cardplane-mock [--port 12111] [--host 127.0.0.1] [--authorization-deadline-ms 2000] [--authorization-timeout decline]
 *
 * Prints its URL on the first line of stdout, stops on SIGTERM or SIGINT. `POST /_cardplane/reset` resets it.
 * @module
 */
import { startMockServer } from '../testing/server.js';

function parse(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) throw new Error(`unexpected argument ${arg}`);
    const eq = arg.indexOf('=');
    if (eq > 0) out[arg.slice(2, eq)] = arg.slice(eq + 1);
    else out[arg.slice(2)] = argv[++i] ?? '';
  }
  return out;
}

const USAGE = 'usage: cardplane-mock [--port 12111] [--host 127.0.0.1] [--authorization-deadline-ms 2000] [--authorization-timeout approve|decline]';

async function main(): Promise<void> {
  let args: Record<string, string>;
  try {
    args = parse(process.argv.slice(2));
  } catch (error) {
    console.error(`cardplane-mock: ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if ('help' in args) {
    console.log(USAGE);
    return;
  }
  const known = new Set(['port', 'host', 'authorization-deadline-ms', 'authorization-timeout']);
  const unknown = Object.keys(args).find((k) => !known.has(k));
  const port = args.port === undefined ? 12111 : Number(args.port);
  const timeout = args['authorization-timeout'];
  if (unknown || !Number.isInteger(port) || port < 0 || port > 65535 || (timeout !== undefined && timeout !== 'approve' && timeout !== 'decline')) {
    console.error(`cardplane-mock: ${unknown ? `unknown option --${unknown}` : 'invalid option value'}\n${USAGE}`);
    process.exit(2);
  }
  const deadline = args['authorization-deadline-ms'];
  const server = await startMockServer({
    port,
    host: args.host ?? '127.0.0.1',
    ...(deadline !== undefined ? { authorizationDeadlineMs: Number(deadline) } : {}),
    ...(timeout !== undefined ? { authorizationTimeout: timeout } : {}),
  });
  console.log(server.url);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

void main().catch((error: unknown) => {
  console.error(`cardplane-mock: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
