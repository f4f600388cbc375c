import type { App } from '@slack/bolt';
import { WebClient, type WebClientOptions } from '@slack/web-api';
import type { SlackConfig } from '../../config.ts';
import type { Clock } from '../../core/clock.ts';
import type { EventService } from '../../core/service.ts';
import type { Notifier } from '../../scheduler/notifier.ts';
import type { Store } from '../../store/database.ts';
import { boltLogger, buildApp, withSlash } from './app.ts';
import { describeError, makeDeps } from './context.ts';
import { DatabaseInstallationStore } from './installation-store.ts';
import { registerActions } from './listeners/actions.ts';
import { registerListMore } from './listeners/list.ts';
import { registerPicks } from './questions.ts';
import { registerCommand } from './listeners/command.ts';
import { registerEventDedupe, registerLifecycleEvents, registerUserGroupEvents } from './listeners/events.ts';
import { registerHome } from './listeners/home.ts';
import { registerGroupOptions } from './listeners/group-options.ts';
import { registerShortcuts } from './listeners/shortcuts.ts';
import { registerViewSubmission } from './listeners/view-submission.ts';
import { SlackNotifier } from './notifier.ts';
import type { SlackHttpMount } from './receiver.ts';
import type { AdapterLog } from '../../observe/adapter-log.ts';

export { slackManifest } from './manifest.ts';

interface StartSlackDeps {
  service: EventService;
  store: Store;
  config: SlackConfig;
  clock: Clock;
  log?: AdapterLog;
  /** HTTP mode (no app token): the process's HTTP server, where /slack/* is served. */
  http?: SlackHttpMount;
  /**
   * Tests and benchmarks: who the bot is (skips auth.test) and Web API retries (default
   * Slack's policy).
   */
  options?: {
    botId?: string;
    botUserId?: string;
    retries?: boolean;
    clientOptions?: WebClientOptions;
  };
}

export interface SlackRuntime {
  notifier: Notifier;
  stop(): Promise<void>;
  app: App;
  /** Socket Mode: the websocket is open; HTTP: requests are being taken. */
  connected(): boolean;
}

/**
 * Start the Slack adapter: Socket Mode when SLACK_APP_TOKEN is set, HTTP at /slack/events on
 * the shared HTTP server otherwise; OAuth installs when a client id and secret are set, one bot token
 * otherwise. Returns the notifier the scheduler delivers through.
 */
export async function startSlack(deps: StartSlackDeps): Promise<SlackRuntime> {
  const log = deps.log ?? ((m: string) => console.log(m));
  const { config } = deps;
  const opts = deps.options ?? {};
  const clientOptions: WebClientOptions = {
    logger: boltLogger(log),
    ...(opts.retries === false ? { retryConfig: { retries: 0 }, rejectRateLimitedCalls: true } : {}),
    ...opts.clientOptions,
    ...(config.apiUrl ? { slackApiUrl: withSlash(config.apiUrl) } : {}),
  };
  const oauth = Boolean(config.clientId && config.clientSecret);
  const installations = oauth ? new DatabaseInstallationStore(deps.store, deps.clock) : null;

  let identity: { botId: string; botUserId: string } | null = null;
  if (!oauth) {
    if (!config.botToken) throw new Error('Set SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET (OAuth).');
    if (opts.botId && opts.botUserId) identity = { botId: opts.botId, botUserId: opts.botUserId };
    else {
      const who = await new WebClient(config.botToken, clientOptions).auth.test().catch((err: unknown) => {
        throw new Error(`Slack refused SLACK_BOT_TOKEN (auth.test): ${describeError(err)}`);
      });
      identity = { botId: String(who.bot_id ?? ''), botUserId: String(who.user_id ?? '') };
    }
  }

  const sdeps = makeDeps({ service: deps.service, store: deps.store, clock: deps.clock, log, clientOptions });
  const { app, connected } = buildApp({ config, log, clientOptions, installations, identity, http: deps.http ?? null });
  registerEventDedupe(app, sdeps);
  registerCommand(app, sdeps);
  registerShortcuts(app, sdeps);
  registerViewSubmission(app, sdeps);
  registerActions(app, sdeps);
  registerListMore(app, sdeps);
  registerPicks(app, sdeps);
  registerHome(app, sdeps);
  registerGroupOptions(app, sdeps);
  registerLifecycleEvents(app, sdeps, installations);
  registerUserGroupEvents(app, sdeps);
  app.error(async (err) => {
    log(`slack: unhandled error: ${describeError(err)}`, 'error', err);
  });

  // The scheduler is the one retry loop for notices: it backs off, and looks for an earlier post of
  // the key before posting again. A client retry beneath it (after a 429 or a network error) could
  // post after the scheduler gave up on the call and retried it: twice. So these clients never retry.
  const noticeClientOptions: WebClientOptions = { ...clientOptions, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true };
  const clients = new Map<string, WebClient>();
  const clientFor = async (workspaceId: string): Promise<WebClient | null> => {
    const token = installations ? await installations.botToken(workspaceId) : (config.botToken ?? null);
    if (!token) return null;
    let c = clients.get(token);
    if (!c) {
      c = new WebClient(token, noticeClientOptions);
      clients.set(token, c);
    }
    return c;
  };
  const notifier = new SlackNotifier({ service: deps.service, clientFor, log, groups: sdeps.groups });

  await app.start();
  log(config.appToken ? 'slack: connected in Socket Mode' : `slack: receiving at /slack/events${oauth ? ' (install at /slack/install)' : ''}`);

  let stopped = false;
  return {
    notifier,
    app,
    connected,
    async stop() {
      if (stopped) return;
      stopped = true;
      await app.stop();
    },
  };
}
