#!/usr/bin/env node
/**
 * `cardplane-mock [--port 12111] [--host 127.0.0.1]`: serves the in-memory Stripe of `cardplane/testing`
 * over HTTP, prints its URL, and stops on SIGTERM or SIGINT.
 * @module
 */
import { startMockServer } from '../testing/server.js';

function flag(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  return i === -1 ? args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) : args[i + 1];
}

const port = Number(flag('port') ?? 12111);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`cardplane-mock: --port must be an integer from 0 to 65535, got ${flag('port')}`);
  process.exit(2);
}
const server = await startMockServer({ port, host: flag('host') ?? '127.0.0.1' });
console.log(server.url);
const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
