import { redact } from './redact.js';

/** How much the client logs: `off` is silent, `debug` logs every request. */
export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

/** Anything with the four console methods; `console` is the default. */
export interface Logger {
  error(message: string, ...rest: unknown[]): void;
  warn(message: string, ...rest: unknown[]): void;
  info(message: string, ...rest: unknown[]): void;
  debug(message: string, ...rest: unknown[]): void;
}

const RANK: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

/** A leveled logger that redacts keys from every line and every structured field it passes on. */
export class LevelLogger {
  readonly #sink: Logger;
  readonly #rank: number;
  readonly #secret: string | undefined;

  constructor(level: LogLevel = 'warn', sink: Logger = console, secret?: string) {
    this.#sink = sink;
    this.#rank = RANK[level] ?? RANK.warn;
    this.#secret = secret;
  }

  /** True when messages of this level are emitted. */
  enabled(level: Exclude<LogLevel, 'off'>): boolean {
    return RANK[level] <= this.#rank;
  }

  log(level: Exclude<LogLevel, 'off'>, message: string, fields?: Record<string, unknown>): void {
    if (!this.enabled(level)) return;
    const line = redact(message, this.#secret);
    if (fields === undefined) this.#sink[level](line);
    else this.#sink[level](line, JSON.parse(redact(JSON.stringify(fields), this.#secret)) as unknown);
  }
}
