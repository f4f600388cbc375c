import fs from 'node:fs';
import { z } from 'zod';
import type { ReceiverPolicy } from './core/receiver-address.ts';
import { TimeZone } from './core/values.ts';
import { databaseUrlProblem } from './store/database-url.ts';

/**
 * The environment, parsed once. The only reader of process.env: everything else gets a Config.
 * Every variable is listed with a comment in .env.example.
 */
const empty = (v: unknown) => (v === '' ? undefined : v);
const str = () => z.preprocess(empty, z.string().optional());
const url = () => z.preprocess(empty, z.url().optional());
const port = (fallback: number) => z.preprocess(empty, z.coerce.number().int().min(0).max(65535).default(fallback));
const optionalPort = () => z.preprocess(empty, z.coerce.number().int().min(0).max(65535).optional());

const EnvSchema = z.object({
  DATABASE_URL: z.preprocess(
    empty,
    z
      .string()
      .default('sqlite:./data/convene.db')
      .superRefine((v, ctx) => {
        const problem = databaseUrlProblem(v);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
  ),
  /** Default: info; warn for the console playground (no platform, no HTTP), where the terminal is the interface. */
  LOG_LEVEL: z.preprocess(empty, z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).optional()),
  /** json (production, pipes) or pretty (a person at a terminal); default: pretty on a TTY unless NODE_ENV=production. */
  LOG_FORMAT: z.preprocess(empty, z.enum(['json', 'pretty']).optional()),
  NODE_ENV: str(),
  HTTP_PORT: optionalPort(),
  HTTP_HOST: z.preprocess(empty, z.string().default('127.0.0.1')),
  /** How long a graceful shutdown may take before the process exits anyway (ms). */
  SHUTDOWN_TIMEOUT_MS: z.preprocess(empty, z.coerce.number().int().min(0).default(10_000)),
  DEFAULT_TIMEZONE: z.preprocess(empty, TimeZone.default('UTC')),

  DISCORD_TOKEN: str(),
  DISCORD_APPLICATION_ID: str(),
  DISCORD_REST_URL: url(),
  DISCORD_GUILD_ID: str(),
  DISCORD_SHARDS: z.preprocess(empty, z.union([z.literal('auto'), z.coerce.number().int().min(1)]).optional()),

  SLACK_BOT_TOKEN: str(),
  SLACK_SIGNING_SECRET: str(),
  SLACK_APP_TOKEN: str(),
  SLACK_API_URL: url(),
  SLACK_PORT: port(3000),
  SLACK_CLIENT_ID: str(),
  SLACK_CLIENT_SECRET: str(),
  SLACK_STATE_SECRET: str(),

  SCHEDULER: z.preprocess(empty, z.enum(['on', 'off']).default('on')),
  /** Let webhooks go to private, loopback and link-local addresses (a receiver on the operator's own network). */
  WEBHOOK_ALLOW_PRIVATE: z.preprocess(empty, z.enum(['true', 'false']).default('false')),

  /** The address people and calendar apps reach the HTTP server at (feed URLs are built on it). */
  PUBLIC_URL: url(),
  /** Key feed URL tokens are derived with; unset: one is generated and kept in the database. */
  FEED_SECRET: z.preprocess(empty, z.string().min(16, 'must be at least 16 characters').optional()),
  /** How many days past events stay in calendar feeds. */
  FEED_PAST_DAYS: z.preprocess(empty, z.coerce.number().int().min(0).max(3650).default(90)),
});

export type Env = z.infer<typeof EnvSchema>;

export interface DiscordConfig {
  token: string;
  applicationId: string;
  /** REST base without the version, e.g. https://discord.com/api (tests point it at a fake). */
  restUrl: string | undefined;
  guildId: string | undefined;
  shards: number | 'auto' | undefined;
}

export interface SlackConfig {
  botToken: string | undefined;
  signingSecret: string;
  appToken: string | undefined;
  /** Web API base, e.g. https://slack.com/api/ (tests point it at a fake). */
  apiUrl: string | undefined;
  port: number;
  clientId: string | undefined;
  clientSecret: string | undefined;
  stateSecret: string | undefined;
}

export interface HttpConfig {
  port: number;
  host: string;
}

export interface CalendarConfig {
  /** Base of feed URLs; null when neither PUBLIC_URL nor HTTP_PORT is set (feeds are off). */
  publicUrl: string | null;
  feedSecret: string | undefined;
  feedPastDays: number;
}

export interface Config {
  databaseUrl: string;
  logLevel: NonNullable<Env['LOG_LEVEL']>;
  logFormat: 'json' | 'pretty';
  /** The one HTTP server (health, readiness, metrics, Slack's receiver, API): null when no port is set. */
  http: HttpConfig | null;
  shutdownTimeoutMs: number;
  defaultTimezone: string;
  discord: DiscordConfig | null;
  slack: SlackConfig | null;
  scheduler: boolean;
  calendar: CalendarConfig;
  /** Where webhooks may be sent: public addresses only, unless WEBHOOK_ALLOW_PRIVATE=true. */
  webhookReceivers: ReceiverPolicy;
}

export class ConfigError extends Error {}

/**
 * `.env` in the working directory (or ENV_FILE), loaded into process.env with Node's own loader;
 * variables already set in the environment win.
 */
export function loadDotEnv(file = process.env['ENV_FILE'] || '.env'): string | null {
  if (!fs.existsSync(file)) return null;
  try {
    process.loadEnvFile(file);
  } catch (err) {
    throw new ConfigError(`Could not read ${file}: ${err instanceof Error ? err.message : String(err)}.`);
  }
  return file;
}

/**
 * The configuration. With no argument: the process environment after `.env`; tests pass their
 * own variables. `isTTY` says whether logs go to a terminal (chooses the default log format).
 */
export function loadConfig(env?: Record<string, string | undefined>, opts: { isTTY?: boolean } = {}): Config {
  if (!env) {
    loadDotEnv();
    env = process.env;
  }
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`Environment variable ${String(issue.path[0])} is invalid: ${issue.message}. See .env.example.`);
  }
  const e = parsed.data;
  const need = (names: (keyof Env)[], why: string) => {
    const missing = names.filter((n) => !e[n]);
    if (missing.length) throw new ConfigError(`${missing.join(' and ')} must be set ${why}. See .env.example.`);
  };

  let discord: DiscordConfig | null = null;
  if (e.DISCORD_TOKEN || e.DISCORD_APPLICATION_ID) {
    need(['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID'], 'to run the Discord bot');
    discord = {
      token: e.DISCORD_TOKEN!,
      applicationId: e.DISCORD_APPLICATION_ID!,
      restUrl: e.DISCORD_REST_URL,
      guildId: e.DISCORD_GUILD_ID,
      shards: e.DISCORD_SHARDS,
    };
  }

  let slack: SlackConfig | null = null;
  if (e.SLACK_BOT_TOKEN || e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN || e.SLACK_CLIENT_ID) {
    need(['SLACK_SIGNING_SECRET'], 'to run the Slack app');
    if (!e.SLACK_BOT_TOKEN && !(e.SLACK_CLIENT_ID && e.SLACK_CLIENT_SECRET)) {
      throw new ConfigError('Set SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET (OAuth install). See .env.example.');
    }
    slack = {
      botToken: e.SLACK_BOT_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET!,
      appToken: e.SLACK_APP_TOKEN,
      apiUrl: e.SLACK_API_URL,
      port: e.SLACK_PORT,
      clientId: e.SLACK_CLIENT_ID,
      clientSecret: e.SLACK_CLIENT_SECRET,
      stateSecret: e.SLACK_STATE_SECRET,
    };
  }

  // Slack over HTTP without HTTP_PORT keeps its SLACK_PORT: one server either way.
  const httpPort = e.HTTP_PORT ?? (slack && !slack.appToken ? slack.port : undefined);
  return {
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL ?? (!discord && !slack && httpPort === undefined ? 'warn' : 'info'),
    logFormat: e.LOG_FORMAT ?? (e.NODE_ENV !== 'production' && opts.isTTY ? 'pretty' : 'json'),
    http: httpPort === undefined ? null : { port: httpPort, host: e.HTTP_HOST },
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    defaultTimezone: e.DEFAULT_TIMEZONE,
    discord,
    slack,
    scheduler: e.SCHEDULER === 'on',
    calendar: {
      publicUrl: e.PUBLIC_URL ?? (httpPort === undefined ? null : `http://${localHost(e.HTTP_HOST)}:${httpPort}`),
      feedSecret: e.FEED_SECRET,
      feedPastDays: e.FEED_PAST_DAYS,
    },
    webhookReceivers: e.WEBHOOK_ALLOW_PRIVATE === 'true' ? 'any' : 'public-only',
  };
}

/** A wildcard listen address is not one a browser can open: name the machine's loopback instead. */
function localHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

/** Values that must never appear in logs: tokens, secrets, the database password. */
export function secretValues(config: Config): string[] {
  const out = [
    config.discord?.token,
    config.slack?.botToken,
    config.slack?.signingSecret,
    config.slack?.appToken,
    config.slack?.clientSecret,
    config.slack?.stateSecret,
    urlPassword(config.databaseUrl),
  ];
  return out.filter((v): v is string => typeof v === 'string' && v.length > 0);
}

function urlPassword(url: string): string | null {
  try {
    const p = new URL(url).password;
    return p ? decodeURIComponent(p) : null;
  } catch {
    return null;
  }
}
