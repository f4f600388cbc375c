import pino, { type DestinationStream, type Level, type Logger } from 'pino';
import { build as prettyStream } from 'pino-pretty';

export type { Logger } from 'pino';

/**
 * Fields that never reach the output, wherever they sit in a logged object (pino `redact`).
 * Message text is covered by the scrubbing destination below, which blanks the configured
 * secrets' values themselves.
 */
export const REDACT_PATHS = [
  'token',
  'password',
  'secret',
  'authorization',
  'cookie',
  'botToken',
  'appToken',
  'signingSecret',
  'clientSecret',
  'stateSecret',
  '*.token',
  '*.password',
  '*.secret',
  '*.authorization',
  '*.cookie',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  '*.clientSecret',
  '*.stateSecret',
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-slack-signature"]',
  'headers.authorization',
];

export const REDACTED = '[redacted]';

/** Shorter values would blank ordinary words; real tokens and secrets are far longer. */
const MIN_SECRET_LENGTH = 6;

/** Every spelling of each secret that could appear in a log line: raw, JSON-escaped, URL-encoded. */
function spellings(secrets: readonly string[]): string[] {
  const out = new Set<string>();
  for (const s of secrets) {
    if (s.length < MIN_SECRET_LENGTH) continue;
    const json = JSON.stringify(s).slice(1, -1);
    out.add(s);
    out.add(json);
    // A JSON text logged inside a field (an error quoting a request body) escapes it twice.
    out.add(JSON.stringify(json).slice(1, -1));
    out.add(encodeURIComponent(s));
  }
  // Longest first, so a secret containing another is blanked whole.
  return [...out].sort((a, b) => b.length - a.length);
}

/** A destination that replaces the secrets' values in every line before writing it on. */
export function scrubbing(secrets: readonly string[], inner: DestinationStream): DestinationStream {
  const words = spellings(secrets);
  if (words.length === 0) return inner;
  return {
    write(line: string) {
      let out = line;
      for (const w of words) if (out.includes(w)) out = out.split(w).join(REDACTED);
      inner.write(out);
    },
  };
}

export interface LoggerOptions {
  level: Level | 'silent';
  format: 'json' | 'pretty';
  /** Values (tokens, signing secrets, database password) blanked wherever they appear. */
  secrets?: readonly string[];
  /** Default: standard error (standard output belongs to the console playground). */
  destination?: DestinationStream;
}

/** The process's root logger: JSON lines in production, pino-pretty for a person at a terminal. */
export function createLogger(o: LoggerOptions): Logger {
  const out: DestinationStream = o.destination ?? process.stderr;
  const sink =
    o.format === 'pretty'
      ? prettyStream({ destination: out as NodeJS.WritableStream, sync: true, colorize: Boolean((out as { isTTY?: boolean }).isTTY), ignore: 'pid,hostname' })
      : out;
  return pino(
    {
      level: o.level,
      base: { app: 'convene' },
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      serializers: { err: pino.stdSerializers.err },
    },
    scrubbing(o.secrets ?? [], sink),
  );
}
