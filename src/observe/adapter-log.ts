import type { Logger } from 'pino';

export type LogLevelName = 'debug' | 'info' | 'warn' | 'error';

/**
 * How adapters log: a line, its level (default info) and the error behind it, if any. A plain
 * `(line) => …` function fits too (tests collect lines); the process hands in pinoLog(child).
 */
export type AdapterLog = (msg: string, level?: LogLevelName, err?: unknown) => void;

/** An adapter log writing to a pino logger: the level is pino's, the error is logged with its stack. */
export function pinoLog(logger: Logger): AdapterLog {
  return (msg, level = 'info', err) => {
    if (err === undefined) logger[level](msg);
    else logger[level]({ err }, msg);
  };
}
