import { App, HTTPReceiver, LogLevel, SocketModeReceiver, type Logger } from '@slack/bolt';
import type { WebClientOptions } from '@slack/web-api';
import type { SlackConfig } from '../../config.ts';
import { BOT_SCOPES } from './manifest.ts';
import type { DatabaseInstallationStore } from './installation-store.ts';

const EVENTS_PATH = '/slack/events';

/** Bolt's logger, routed to ours; debug chatter dropped. */
export function boltLogger(log: (m: string) => void): Logger {
  let level = LogLevel.INFO;
  const fmt = (msg: unknown[]) => msg.map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
  return {
    debug: () => {},
    info: (...m: unknown[]) => log(`slack: ${fmt(m)}`),
    warn: (...m: unknown[]) => log(`slack: warning: ${fmt(m)}`),
    error: (...m: unknown[]) => log(`slack: error: ${fmt(m)}`),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

interface BuildAppOptions {
  config: SlackConfig;
  log: (m: string) => void;
  /** Web API client options for every client Bolt makes (retry policy, tests' timeouts). */
  clientOptions: WebClientOptions;
  /** OAuth mode: installs are stored here and each workspace gets its own token. */
  installations: DatabaseInstallationStore | null;
  /** Single-workspace mode: who the bot is (from auth.test at start, or given by tests). */
  identity: { botId: string; botUserId: string } | null;
}

/**
 * The Bolt App: Socket Mode when an app-level token is set, HTTP at /slack/events otherwise;
 * one bot token, or OAuth installs in our database. Token verification is ours (one auth.test
 * at start), so Bolt never calls auth.test per request.
 */
export function buildApp(o: BuildAppOptions): App {
  const { config } = o;
  const logger = boltLogger(o.log);
  const clientOptions: WebClientOptions = { ...o.clientOptions, ...(config.apiUrl ? { slackApiUrl: withSlash(config.apiUrl) } : {}) };
  const oauth = o.installations
    ? {
        clientId: config.clientId!,
        clientSecret: config.clientSecret!,
        stateSecret: config.stateSecret ?? config.signingSecret,
        installationStore: o.installations,
        scopes: [...BOT_SCOPES],
      }
    : {};
  const receiver = config.appToken
    ? new SocketModeReceiver({
        appToken: config.appToken,
        logger,
        ...oauth,
        installerOptions: { clientOptions, directInstall: true, ...(o.installations ? { port: config.port } : {}) },
      })
    : new HTTPReceiver({
        signingSecret: config.signingSecret,
        endpoints: EVENTS_PATH,
        logger,
        ...oauth,
        installerOptions: { clientOptions, directInstall: true },
        unhandledRequestTimeoutMillis: 3001,
        // For the load balancer in front of several processes: alive and serving.
        customRoutes: [
          {
            path: '/healthz',
            method: 'GET',
            handler: (_req, res) => {
              res.writeHead(200, { 'content-type': 'application/json' });
              res.end('{"ok":true}');
            },
          },
        ],
      });
  return new App({
    receiver,
    logger,
    clientOptions,
    ...(o.installations
      ? {}
      : {
          token: config.botToken,
          botId: o.identity?.botId,
          botUserId: o.identity?.botUserId,
          tokenVerificationEnabled: false,
        }),
  });
}

export function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
