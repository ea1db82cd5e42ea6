import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Folder of the documented example objects, beside the repository (absent in a user's clone). */
export const DOCUMENTED_DIR = fileURLToPath(new URL('../../../shared/api-reference/fixtures/', import.meta.url));

/** Whether the documented fixtures are available; tests that need them use `it.skipIf(!HAS_DOCUMENTED)`. */
export const HAS_DOCUMENTED = existsSync(DOCUMENTED_DIR);

/** Reads one documented example object, e.g. `documented('issuing.card')`. Throws when absent. */
export function documented(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`${DOCUMENTED_DIR}${name}.json`, 'utf8')) as Record<string, unknown>;
}
