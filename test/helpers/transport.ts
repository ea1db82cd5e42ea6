import { LevelLogger } from '../../src/core/internal/logger.js';
import { Transport, checkBaseUrl } from '../../src/core/internal/transport.js';

type Config = ConstructorParameters<typeof Transport>[0];

/** A transport to a local test server, as the client would build it (no retries, logging off), for binding resource definitions directly. */
export function testTransport(baseUrl: string, overrides: Partial<Config> = {}): Transport {
  const url = checkBaseUrl(baseUrl);
  return new Transport({
    apiKey: 'sk_test_51TestTransport0000000',
    baseUrl: url,
    uploadBaseUrl: url,
    apiVersion: undefined,
    maxRetries: 0,
    timeout: 5_000,
    fetch: undefined,
    logger: new LevelLogger('off'),
    strict: false,
    hooks: undefined,
    ...overrides,
  });
}
