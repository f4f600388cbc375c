/**
 * Slack has no server-side dedupe: a notice is posted once only if nobody posts it behind the
 * scheduler's back. A Web API client that retries a rate-limited chat.postMessage by itself would
 * post after the scheduler's hand-off timed out and the row was retried (found nothing, posted):
 * twice. The notifier's clients leave every retry to the scheduler.
 */
import { afterEach, expect, it } from 'vitest';
import { Scheduler } from '../../../src/scheduler/index.ts';
import { seedEvent, startRig, type Rig } from './setup.ts';

let rig: Rig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

it('a rate-limited reminder post is retried by the scheduler alone: posted once, though the first call outlived the delivery timeout', async () => {
  rig = await startRig({ retries: true });
  const id = await seedEvent(rig, 'Game night', '2026-11-27T19:00:00Z', { reminderOffsets: ['PT15M'], reminderAudience: 'channel' });
  const row = await rig.store.db.selectFrom('reminders').select('key').where('event_id', '=', id).where('kind', '=', 'reminder').executeTakeFirstOrThrow();
  const scheduler = new Scheduler({ store: rig.store, clock: rig.clock, notifiers: { slack: rig.slack.notifier }, deliveryTimeoutMs: 400, backoffMs: () => 0 });
  rig.clock.set('2026-11-27T18:45:00Z');
  rig.fake.rateLimitNext('chat.postMessage', 1);
  await scheduler.drain();
  // Past the Retry-After: a client-side retry of the first call would have posted by now.
  await new Promise((r) => setTimeout(r, 1_500));
  const posted = rig.fake
    .callsTo('chat.postMessage')
    .filter((c) => (c.args.metadata as { event_payload?: { key?: string } } | undefined)?.event_payload?.key === row.key && (c.response as { ok?: boolean } | undefined)?.ok);
  expect(posted).toHaveLength(1);
  const settled = await rig.store.db.selectFrom('reminders').select(['state', 'attempts']).where('key', '=', row.key).executeTakeFirstOrThrow();
  expect(settled).toEqual({ state: 'sent', attempts: 2 });
});
