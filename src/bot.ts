import type { FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import { openCore, type Core } from './compose.ts';
import { pinoLog } from './observe/adapter-log.ts';
import type { Logger } from './observe/log.ts';
import { Metrics } from './observe/metrics.ts';
import { observeInteractions, observeReminders } from './observe/observers.ts';
import { ConsoleNotifier, ConsoleOutput, ConsoleSession, readerZones, runConsole } from './platforms/console/index.ts';
import { HttpWebhookSender } from './platforms/http/webhook-sender.ts';
import { Scheduler, type NotifierRegistry } from './scheduler/index.ts';
import { databaseCheck, schedulerCheck } from './server/checks.ts';
import { buildHttpServer, listen } from './server/http.ts';
import { featureMounts } from './server/mounts.ts';
import { Readiness } from './server/readiness.ts';
import { SlackRoute } from './server/slack-route.ts';
import { onSignals, type Step } from './shutdown.ts';

/** A started chat platform: how to stop it taking interactions, and whether it is connected. */
interface Platform {
  name: string;
  connected(): boolean;
  stop(): Promise<void>;
}

interface Parts {
  config: Config;
  log: Logger;
  core: Core;
  readiness: Readiness;
  slackRoute: SlackRoute;
  /** The port the HTTP server bound (HTTP_PORT=0 picks one). */
  httpPort?: number;
}

/**
 * Runs the bot until a signal (or, for the playground, the end of its input): the store and core,
 * the HTTP server when a port is set, each configured platform, and the scheduler.
 */
export async function startBot(config: Config, log: Logger): Promise<void> {
  let scheduler: Scheduler | null = null;
  let metrics: Metrics | null = null;
  const core = await openCore(config, {
    // A change queued a reminder: wake the loop so "starting in 5 minutes" is not slept through.
    onQueued: () => scheduler?.wake(),
    onInteraction: (r, err) => interactions(r, err),
  });
  metrics = config.http ? new Metrics({ pool: core.store.poolStats }) : null;
  const interactions = observeInteractions(log.child({ component: 'core' }), metrics);
  const readiness = new Readiness();
  readiness.add('database', databaseCheck(core.store));
  const parts: Parts = { config, log, core, readiness, slackRoute: new SlackRoute() };

  const http = await startHttp(parts, metrics);
  const notifiers: NotifierRegistry = {};
  const platforms = await startPlatforms(parts, notifiers);
  for (const p of platforms) readiness.add(p.name, () => (p.connected() ? { ok: true } : { ok: false, reason: 'not connected' }));
  // No chat platform: the console playground, unless this is an unattended server (HTTP, no terminal).
  const playground = platforms.length === 0 && (!http || Boolean(process.stdin.isTTY));
  if (platforms.length === 0 && !playground) log.info('No Discord or Slack credentials: serving HTTP only (console notices on standard output; the playground needs a terminal)');
  const consoleOut = new ConsoleOutput(process.stdout, Boolean(process.stdin.isTTY));
  // The person at the terminal: notices print in their zone (a DM's recipient's, for DMs).
  const session = new ConsoleSession(core.service, () => core.clock.now());
  // No chat platform (the playground, or serving HTTP only): the console workspace's notices —
  // reminders, cards, DMs — print on standard output, so its rows are delivered, never left pending.
  if (platforms.length === 0) notifiers.console = new ConsoleNotifier((line) => consoleOut.print(line), readerZones(core.service, session));

  const webhookSender = config.scheduler ? new HttpWebhookSender(core.store, core.clock, { receivers: config.webhookReceivers }) : null;
  if (config.scheduler) {
    const slog = log.child({ component: 'scheduler' });
    scheduler = new Scheduler({
      store: core.store,
      clock: core.clock,
      notifiers,
      ...(webhookSender ? { webhooks: webhookSender } : {}),
      // A draft's publish time: the core publishes it (card, reminders, webhooks, mirror in one transaction).
      publisher: core.service,
      onError: (err) => slog.warn({ err }, 'scheduler pass failed; backing off'),
      onSettled: observeReminders(slog, metrics),
    });
    scheduler.start();
    readiness.add('scheduler', schedulerCheck(scheduler, core.clock));
  }

  // Not ready first (load balancers move on), then no new interactions and those in flight
  // finished, then the scheduler's batch settled, then the server and the database closed.
  const steps: Step[] = [
    { name: 'readiness', run: async () => readiness.drain() },
    ...platforms.map((p) => ({ name: p.name, run: p.stop })),
    { name: 'scheduler', run: async () => scheduler?.stop() },
    { name: 'webhooks', run: async () => webhookSender?.close() },
    { name: 'http', run: async () => http?.close() },
    { name: 'database', run: () => core.store.close() },
  ];
  const shutdown = onSignals(steps, { log, timeoutMs: config.shutdownTimeoutMs });

  if (playground) {
    log.debug(`No Discord or Slack credentials: console playground on ${config.databaseUrl}`);
    await runConsole({ service: core.service, input: process.stdin, output: consoleOut, now: () => core.clock.now(), session });
    await shutdown();
  }
}

/** The one HTTP server, listening before the platforms connect so /healthz answers during start. */
async function startHttp(parts: Parts, metrics: Metrics | null): Promise<FastifyInstance | null> {
  const { config, log, core, readiness, slackRoute } = parts;
  if (!config.http) return null;
  const app = buildHttpServer({
    log,
    readiness,
    ...(metrics ? { metrics } : {}),
    mounts: featureMounts({ config, log, ...core }),
    extras: [slackRoute.plugin],
  });
  const port = await listen(app, config.http);
  parts.httpPort = port;
  log.info({ host: config.http.host, port }, `HTTP server listening on http://${config.http.host}:${port} (/healthz, /readyz, /metrics)`);
  return app;
}

async function startPlatforms(parts: Parts, notifiers: NotifierRegistry): Promise<Platform[]> {
  const { config, log, core, slackRoute } = parts;
  const { service, store, clock } = core;
  const started: Platform[] = [];
  if (config.discord) {
    const { startDiscord } = await import('./platforms/discord/index.ts');
    const discord = await startDiscord({ service, config: config.discord, clock, log: pinoLog(log.child({ component: 'discord' })) });
    notifiers.discord = discord.notifier;
    started.push({ name: 'discord', stop: discord.stop, connected: () => discord.client.isReady() });
    log.info('Discord bot connected');
  }
  if (config.slack) {
    const { startSlack } = await import('./platforms/slack/index.ts');
    const slog = pinoLog(log.child({ component: 'slack' }));
    const slack = await startSlack({ service, store, config: config.slack, clock, log: slog, http: slackRoute });
    notifiers.slack = slack.notifier;
    started.push({ name: 'slack', stop: slack.stop, connected: slack.connected });
    log.info(config.slack.appToken ? 'Slack app connected (Socket Mode)' : `Slack app listening for Slack on port ${parts.httpPort} at /slack/events`);
  }
  return started;
}
