import { App, LogLevel, SocketModeReceiver, type Logger } from '@slack/bolt';
import type { WebClientOptions } from '@slack/web-api';
import type { SlackConfig } from '../../config.ts';
import { BOT_SCOPES } from './manifest.ts';
import type { DatabaseInstallationStore } from './installation-store.ts';
import { SharedServerReceiver, type SlackHttpMount } from './receiver.ts';
import type { AdapterLog } from '../../observe/adapter-log.ts';

const EVENTS_PATH = '/slack/events';

/** Bolt's logger, routed to ours at the same levels (debug chatter dropped). */
export function boltLogger(log: AdapterLog): Logger {
  let level = LogLevel.INFO;
  const fmt = (msg: unknown[]) => msg.map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
  return {
    // Bolt's and the Web API's debug lines dump every request body: too costly to format for nothing.
    debug: () => {},
    info: (...m: unknown[]) => log(`slack: ${fmt(m)}`),
    warn: (...m: unknown[]) => log(`slack: warning: ${fmt(m)}`, 'warn', m.find((x) => x instanceof Error)),
    error: (...m: unknown[]) => log(`slack: error: ${fmt(m)}`, 'error', m.find((x) => x instanceof Error)),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

interface BuildAppOptions {
  config: SlackConfig;
  log: AdapterLog;
  /** Web API client options for every client Bolt makes (retry policy, tests' timeouts). */
  clientOptions: WebClientOptions;
  /** OAuth mode: installs are stored here and each workspace gets its own token. */
  installations: DatabaseInstallationStore | null;
  /** Single-workspace mode: who the bot is (from auth.test at start, or given by tests). */
  identity: { botId: string; botUserId: string } | null;
  /** HTTP mode: the process's HTTP server, where Slack's requests arrive (/slack/*). */
  http: SlackHttpMount | null;
}

/**
 * The Bolt App: Socket Mode when an app-level token is set, HTTP at /slack/events on the
 * process's one HTTP server otherwise;
 * one bot token, or OAuth installs in our database. Token verification is ours (one auth.test
 * at start), so Bolt never calls auth.test per request.
 */
export function buildApp(o: BuildAppOptions): { app: App; connected: () => boolean } {
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
  if (!config.appToken && !o.http) throw new Error('Slack over HTTP needs the HTTP server (HTTP_PORT or SLACK_PORT).');
  const receiver = config.appToken
    ? new SocketModeReceiver({
        appToken: config.appToken,
        logger,
        ...oauth,
        installerOptions: { clientOptions, directInstall: true, ...(o.installations ? { port: config.port } : {}) },
      })
    : new SharedServerReceiver(
        {
          signingSecret: config.signingSecret,
          endpoints: EVENTS_PATH,
          logger,
          ...oauth,
          installerOptions: { clientOptions, directInstall: true },
          unhandledRequestTimeoutMillis: 3001,
        },
        o.http!,
      );
  const app = new App({
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
  // Readiness: Socket Mode is connected while its websocket is open; over HTTP, once attached to the server.
  const connected = () =>
    receiver instanceof SocketModeReceiver ? Boolean(receiver.client.websocket?.isActive()) : receiver.attached;
  return { app, connected };
}

export function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
