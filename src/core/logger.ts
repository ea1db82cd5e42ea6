/** How much the client logs: `off` is silent, `debug` logs every request. */
export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

/** Anything with the four console methods; `console` is the default. */
export interface Logger {
  error(message: string, ...rest: unknown[]): void;
  warn(message: string, ...rest: unknown[]): void;
  info(message: string, ...rest: unknown[]): void;
  debug(message: string, ...rest: unknown[]): void;
}
