import type { LogLevel, Logger } from '../logger.js';
import { CLIENT_DEFAULTS } from './options.js';
import { redactDeep, rememberSecret } from './redact.js';

const RANK: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

/** A leveled logger that redacts keys from every line and every structured field it passes on. */
export class LevelLogger {
  readonly #sink: Logger;
  readonly #rank: number;

  constructor(level: LogLevel = CLIENT_DEFAULTS.logLevel, sink: Logger = console, secret?: string) {
    this.#sink = sink;
    this.#rank = RANK[level] ?? RANK.warn;
    if (secret !== undefined) rememberSecret(secret);
  }

  /** True when messages of this level are emitted. */
  enabled(level: Exclude<LogLevel, 'off'>): boolean {
    return RANK[level] <= this.#rank;
  }

  log(level: Exclude<LogLevel, 'off'>, message: string, fields?: Record<string, unknown>): void {
    if (!this.enabled(level)) return;
    // The same redaction as errors: JSON escapes decoded, every registered key hidden, structured fields included.
    const line = redactDeep(message);
    if (fields === undefined) this.#sink[level](line);
    else this.#sink[level](line, redactDeep(JSON.parse(JSON.stringify(fields)) as unknown));
  }
}
