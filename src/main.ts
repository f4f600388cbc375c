/**
 * The composition root: builds the store, the core, the configured platforms and the scheduler.
 * With no Discord or Slack credentials it runs the console playground.
 */
import { ConfigError, loadConfig, type Config } from './config.ts';
import { openCore } from './compose.ts';
import { ConsoleNotifier, ConsoleOutput, ConsoleSession, readerZones, runConsole } from './platforms/console/index.ts';
import { Scheduler, type NotifierRegistry } from './scheduler/index.ts';

type Stop = () => Promise<void>;

function logger(config: Config) {
  const order = ['debug', 'info', 'warn', 'error'];
  return (msg: string, level: 'debug' | 'info' | 'warn' | 'error' = 'info') => {
    if (order.indexOf(level) >= order.indexOf(config.logLevel)) process.stderr.write(`[convene] ${msg}\n`);
  };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const log = logger(config);
  let scheduler: Scheduler | null = null;
  // A change queued a reminder: wake the loop so "starting in 5 minutes" is not slept through.
  const core = await openCore(config, { onQueued: () => scheduler?.wake() });
  const { service, store, clock } = core;
  const notifiers: NotifierRegistry = {};
  const stops: Stop[] = [];

  if (config.discord) {
    const { startDiscord } = await import('./platforms/discord/index.ts');
    const discord = await startDiscord({ service, config: config.discord, clock, log });
    notifiers.discord = discord.notifier;
    stops.push(discord.stop);
    log('Discord bot connected');
  }
  if (config.slack) {
    const { startSlack } = await import('./platforms/slack/index.ts');
    const slack = await startSlack({ service, store, config: config.slack, clock, log });
    notifiers.slack = slack.notifier;
    stops.push(slack.stop);
    log(config.slack.appToken ? 'Slack app connected (Socket Mode)' : `Slack app listening on :${slack.port}/slack/events`);
  }
  const playground = !config.discord && !config.slack;
  const consoleOut = new ConsoleOutput(process.stdout, Boolean(process.stdin.isTTY));
  const session = new ConsoleSession(service, () => clock.now());
  if (playground) notifiers.console = new ConsoleNotifier((line) => consoleOut.print(line), readerZones(service, session));

  scheduler = config.scheduler
    ? new Scheduler({ store, clock, notifiers, onError: (err) => log(`scheduler: ${String(err)}`, 'warn') })
    : null;
  scheduler?.start();

  let stopping: Promise<void> | null = null;
  const shutdown = () =>
    (stopping ??= (async () => {
      await scheduler?.stop();
      for (const stop of stops.reverse()) await stop().catch((err: unknown) => log(`stop: ${String(err)}`, 'warn'));
      await store.close();
    })());
  process.once('SIGINT', () => void shutdown().then(() => process.exit(0)));
  process.once('SIGTERM', () => void shutdown().then(() => process.exit(0)));

  if (playground) {
    log(`No Discord or Slack credentials: console playground on ${config.databaseUrl}`, 'debug');
    await runConsole({ service, input: process.stdin, output: consoleOut, now: () => clock.now(), session });
    await shutdown();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(err instanceof ConfigError ? `${err.message}\n` : `Convene failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
