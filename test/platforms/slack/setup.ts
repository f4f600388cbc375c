import { FIELD } from '../../../src/platforms/slack/render/modal.ts';
import type { SlackConfig } from '../../../src/config.ts';
import type { CreateEventInput } from '../../../src/core/event-schema.ts';
import { ManualClock } from '../../../src/core/clock.ts';
import { EventService } from '../../../src/core/service.ts';
import { createReminderLifecycle, Scheduler } from '../../../src/scheduler/index.ts';
import type { Store } from '../../../src/store/database.ts';
import { startSlack, type SlackRuntime } from '../../../src/platforms/slack/index.ts';
import { expect } from 'vitest';
import { FAKE_BOT, FAKE_CHANNEL, FAKE_TEAM, FAKE_USER, signedPost, slashCommandBody, startFakeSlack, type FakeSlack } from '../../harness/slack/index.ts';
import { storeFactories } from '../../support/stores.ts';
import { createLogger } from '../../../src/observe/log.ts';
import { buildHttpServer, listen } from '../../../src/server/http.ts';
import { Readiness } from '../../../src/server/readiness.ts';
import { SlackRoute } from '../../../src/server/slack-route.ts';

export const SECRET = 'test-signing-secret';
export const NOW = '2026-11-21T12:00:00Z';

export interface Rig {
  fake: FakeSlack;
  store: Store;
  clock: ManualClock;
  service: EventService;
  slack: SlackRuntime;
  url: string;
  logs: string[];
  /**
   * The real scheduler, not looping: delivers what is due now (card posts and redraws, notices),
   * waiting (bounded) for a handler still running after Slack's ack to queue something.
   */
  deliver(): Promise<void>;
  close(): Promise<void>;
}

export function slackConfig(fake: FakeSlack, extra: Partial<SlackConfig> = {}): SlackConfig {
  return {
    botToken: 'xoxb-test-token',
    signingSecret: SECRET,
    appToken: undefined,
    apiUrl: fake.apiUrl,
    port: 0,
    clientId: undefined,
    clientSecret: undefined,
    stateSecret: undefined,
    ...extra,
  };
}

/** A fresh SQLite store, the fake Slack, and the real adapter in HTTP mode on 127.0.0.1. */
/** `retries`: the Web API retry policy of production (default: none, so tests fail fast). */
export async function startRig(opts: { config?: Partial<SlackConfig>; store?: Store; retries?: boolean } = {}): Promise<Rig> {
  const fake = await startFakeSlack({
    users: [{ id: FAKE_USER.id, name: 'alice', tz: 'Europe/Berlin', tz_label: 'Central European Time', tz_offset: 3600 }],
  });
  const store = opts.store ?? (await storeFactories()[0]!.open());
  const clock = new ManualClock(NOW);
  const service = new EventService({ store, clock, lifecycle: createReminderLifecycle() });
  const logs: string[] = [];
  const server = await slackServer();
  const slack = await startSlack({
    service,
    store,
    clock,
    config: slackConfig(fake, opts.config),
    log: (m) => logs.push(m),
    http: server.route,
    options: { botId: FAKE_BOT.botId, botUserId: FAKE_BOT.botUserId, retries: opts.retries ?? false },
  });
  const url = `${server.url}/slack/events`;
  const scheduler = new Scheduler({ store, clock, notifiers: { slack: slack.notifier }, publisher: service, deliveryTimeoutMs: 3_000 });
  return {
    fake,
    store,
    clock,
    service,
    slack,
    url,
    logs,
    async deliver() {
      for (const until = performance.now() + 2_000; performance.now() < until; await new Promise((r) => setTimeout(r, 20))) {
        if ((await scheduler.runOnce()).claimed > 0) return;
      }
    },
    async close() {
      await slack.stop().catch(() => {});
      await server.close();
      await fake.close();
      await store.close();
    },
  };
}

/** The process's one HTTP server, as main builds it, listening on 127.0.0.1 with Slack's route. */
export async function slackServer(): Promise<{ route: SlackRoute; url: string; close(): Promise<void> }> {
  const route = new SlackRoute();
  const app = buildHttpServer({ log: createLogger({ level: 'silent', format: 'json' }), readiness: new Readiness(), extras: [route.plugin] });
  const port = await listen(app, { host: '127.0.0.1', port: 0 });
  return { route, url: `http://127.0.0.1:${port}`, close: () => app.close() };
}

export const ALICE = { platform: 'slack' as const, workspaceId: FAKE_TEAM.id, userId: FAKE_USER.id };

/**
 * An event created through the core and its card posted by the scheduler (the core's card
 * notice), for tests about clicks and cancels that should not depend on the time parser.
 */
/** `/event <text>` signed as alice; the text of the (ephemeral) reply sent to its response URL `id`. */
export async function slashText(rig: Rig, text: string, id: string): Promise<string> {
  const res = await signedPost(rig.url, slashCommandBody({ command: '/event', text, response_url: rig.fake.responseUrl(id) }), { signingSecret: SECRET });
  expect(res.status).toBe(200);
  return String(((await rig.fake.waitForResponse(id)).body as { text?: string }).text ?? '');
}

export async function seedEvent(rig: Rig, title: string, start: string, extra: Partial<CreateEventInput> = {}): Promise<string> {
  const r = await rig.service.run(ALICE, {
    type: 'create',
    input: { title, start, timezone: 'Europe/Berlin', channelId: FAKE_CHANNEL.id, ...extra },
  });
  if (!r.ok) throw new Error(r.error.message);
  await rig.deliver();
  return r.value.event.id;
}

/** Whether src/when splits "Game night friday 8pm" into a title and a time yet (it is being written). */

/** A modal input's state as Slack submits it: `{ [block]: { [action]: value } }`. */
export function fieldValue(block: string, value: Record<string, unknown>): Record<string, Record<string, Record<string, unknown>>> {
  return { [block]: { [FIELD(block)]: value } };
}
