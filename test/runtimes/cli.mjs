// Node, Bun and Deno entry of the runtime smoke: `<runtime> cli.mjs <baseUrl> <mock: 1|0> [node-http]`;
// prints one JSON line. `node-http` (Node): the client must send with node:http, not the global fetch.
import { smoke } from './smoke.mjs';

const args = globalThis.Deno?.args ?? globalThis.process.argv.slice(2);
try {
  const result = await smoke({ baseUrl: args[0], mock: args[1] === '1', nodeHttp: args[2] === 'node-http' });
  console.log(`SMOKE ${JSON.stringify(result)}`);
} catch (error) {
  console.error(error?.stack ?? String(error));
  // Deno.exit / process.exit: both runtimes have process, Deno also Deno.exit.
  if (globalThis.Deno) globalThis.Deno.exit(1);
  globalThis.process.exit(1);
}
