import type { Config } from './config.ts';
import { openCore, type Core } from './compose.ts';
import type { Logger } from './observe/log.ts';
import { ConsoleNotifier, ConsoleOutput, ConsoleSession, readerZones, runConsole } from './platforms/console/index.ts';
import { Scheduler, type NotifierRegistry } from './scheduler/index.ts';
import { buildHttpServer, listen } from './server/http.ts';
import { featureMounts } from './server/mounts.ts';
import { Readiness } from './server/readiness.ts';
import { databaseCheck, schedulerCheck } from './server/checks.ts';
import { onSignals, type Step } from './shutdown.ts';

interface Platform {
  name: string;
  stop(): Promise<void>;
}

/**
 * Runs the bot until a signal (or, for the playground, the end of its input): the store and core,
 * the HTTP server when a port is set, each configured platform, and the scheduler.
 */
export async function startBot(config: Config, log: Logger): Promise<void> {
  let scheduler: Scheduler | null = null;
  // A change queued a reminder: wake the loop so "starting in 5 minutes" is not slept through.
  const core = await openCore(config, { onQueued: () => scheduler?.wake() });
  const readiness = new Readiness();
  readiness.add('database', databaseCheck(core.store));

  const http = config.http ? buildHttpServer({ log, readiness, mounts: featureMounts({ config, log, ...core }) }) : null;
  if (http && config.http) {
    const port = await listen(http, config.http);
    log.info({ host: config.http.host, port }, `HTTP server listening on http://${config.http.host}:${port} (/healthz, /readyz)`);
  }

  const notifiers: NotifierRegistry = {};
  const platforms = await startPlatforms(config, core, log, notifiers);
  // No chat platform: the console playground, unless this is an unattended server (HTTP, no terminal).
  const playground = platforms.length === 0 && (!http || Boolean(process.stdin.isTTY));
  if (platforms.length === 0 && !playground) log.info('No Discord or Slack credentials: serving HTTP only');
  const consoleOut = new ConsoleOutput(process.stdout, Boolean(process.stdin.isTTY));
  // The person at the terminal: notices print in their zone (a DM's recipient's, for DMs).
  const session = new ConsoleSession(core.service, () => core.clock.now());
  if (playground) notifiers.console = new ConsoleNotifier((line) => consoleOut.print(line), readerZones(core.service, session));

  if (config.scheduler) {
    const slog = log.child({ component: 'scheduler' });
    scheduler = new Scheduler({ store: core.store, clock: core.clock, notifiers, onError: (err) => slog.warn({ err }, 'scheduler pass failed') });
    scheduler.start();
    readiness.add('scheduler', schedulerCheck(scheduler, core.clock));
  }

  const steps: Step[] = [
    { name: 'readiness', run: async () => readiness.drain() },
    ...platforms.map((p) => ({ name: p.name, run: p.stop })),
    { name: 'scheduler', run: async () => scheduler?.stop() },
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

async function startPlatforms(config: Config, core: Core, log: Logger, notifiers: NotifierRegistry): Promise<Platform[]> {
  const { service, store, clock } = core;
  const started: Platform[] = [];
  if (config.discord) {
    const dlog = log.child({ component: 'discord' });
    const { startDiscord } = await import('./platforms/discord/index.ts');
    const discord = await startDiscord({ service, config: config.discord, clock, log: (m) => dlog.info(m) });
    notifiers.discord = discord.notifier;
    started.push({ name: 'discord', stop: discord.stop });
    log.info('Discord bot connected');
  }
  if (config.slack) {
    const slog = log.child({ component: 'slack' });
    const { startSlack } = await import('./platforms/slack/index.ts');
    const slack = await startSlack({ service, store, config: config.slack, clock, log: (m) => slog.info(m) });
    notifiers.slack = slack.notifier;
    started.push({ name: 'slack', stop: slack.stop });
    log.info(config.slack.appToken ? 'Slack app connected (Socket Mode)' : `Slack app listening on :${slack.port}/slack/events`);
  }
  return started;
}
