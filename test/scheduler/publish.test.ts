import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventLifecycle } from '../../src/core/lifecycle.ts';
import { ManualClock } from '../../src/core/clock.ts';
import { EventService } from '../../src/core/service.ts';
import { createReminderLifecycle } from '../../src/scheduler/lifecycle.ts';
import { remindersRepo } from '../../src/scheduler/repo.ts';
import { Scheduler } from '../../src/scheduler/scheduler.ts';
import type { Store } from '../../src/store/database.ts';
import { actor, ok } from '../support/core.ts';
import { storeFactories } from '../support/stores.ts';
import { RecordingNotifier } from './support.ts';

const TENANT = { platform: 'console' as const, workspaceId: 'w1' };
const PUBLISH_AT = '2026-11-23T09:00:00Z';

/**
 * Announce-later: a draft's publish time comes and the scheduler runs the core's publish command,
 * which publishes the draft and queues everything the other doors need in ONE transaction: its
 * card post, its reminders, the event.updated webhook.
 */
describe.each(storeFactories())('publishing a draft at its time is a core command, on $name', (factory) => {
  let store: Store;
  let clock: ManualClock;
  let notifier: RecordingNotifier;
  let scheduler: Scheduler;
  let service: EventService;
  const start = (lifecycle: EventLifecycle) => {
    service = new EventService({ store, clock, lifecycle });
    notifier = new RecordingNotifier();
    // Webhooks are taken as sent (their bodies are checked in the rows): the only retry is the publish's.
    scheduler = new Scheduler({ store, clock, notifiers: { console: notifier }, publisher: service, webhooks: { send: async () => ({ status: 'sent' }) }, backoffMs: () => 60_000 });
  };
  beforeEach(async () => {
    store = await factory.open();
    clock = new ManualClock('2026-11-21T12:00:00Z');
    start(createReminderLifecycle());
    ok(await service.webhooks.addFor(TENANT, 'owner', { url: 'https://hooks.example.com/convene' }));
  });
  afterEach(async () => {
    await scheduler.stop();
    await store.close();
  });

  const draft = async () =>
    ok(await service.run(actor('host'), { type: 'create', input: { title: 'Launch', channelId: 'general', start: '2026-11-28T18:00:00Z', timezone: 'UTC', publishAt: PUBLISH_AT, reminderOffsets: ['P1D'] } })).event;
  const webhookTypes = async (id: string) =>
    (await remindersRepo.byEvent(store.db, id)).filter((r) => r.kind === 'webhook').map((r) => JSON.parse(r.payload!) as { type: string; data: { event: { status: string } } });

  it('at the publish time: published, its card posted once, reminders planned, and event.updated sent with the event as published', async () => {
    const e = await draft();
    expect(e.status).toBe('draft');
    clock.set(PUBLISH_AT);
    await scheduler.drain();
    expect(ok(await service.run(actor('x'), { type: 'get', event: e.id })).event.status).toBe('scheduled');
    const posts = notifier.take().filter((d) => d.kind === 'announcement');
    expect(posts.map((d) => [d.target, d.notice.event.status])).toEqual([['#general', 'scheduled']]);
    const updated = (await webhookTypes(e.id)).filter((m) => m.type === 'event.updated');
    expect(updated.map((m) => m.data.event.status)).toEqual(['scheduled']);
    const reminders = (await remindersRepo.byEvent(store.db, e.id)).filter((r) => r.kind === 'reminder' && r.state === 'pending');
    expect(reminders.map((r) => r.offset_iso).sort()).toEqual(['P1D', 'P1D']);
  });

  it('one transaction: when the change cannot be queued, the draft stays a draft (retried later), nothing half-done', async () => {
    const e = await draft();
    const planned = createReminderLifecycle();
    let failing = true;
    start({
      async changed(db, change, now) {
        await planned.changed(db, change, now);
        if (failing && change.type === 'updated') throw new Error('disk full');
      },
    });
    clock.set(PUBLISH_AT);
    const first = await scheduler.drain();
    expect(first.retried).toBe(1);
    expect(ok(await service.run(actor('host'), { type: 'get', event: e.id })).event.status).toBe('draft');
    expect((await webhookTypes(e.id)).map((m) => m.type)).toEqual(['event.created']);
    expect(notifier.take()).toEqual([]);
    failing = false;
    clock.advance(60_000);
    await scheduler.drain();
    expect(ok(await service.run(actor('host'), { type: 'get', event: e.id })).event.status).toBe('scheduled');
    expect(notifier.take().filter((d) => d.kind === 'announcement')).toHaveLength(1);
  });

  it('the publish row retried after the publish committed (a crash before it was settled) posts no second card', async () => {
    const e = await draft();
    clock.set(PUBLISH_AT);
    // The core published it and the process died before settling the row: the row is still due.
    expect(ok(await service.publishDue({ ...TENANT, id: e.id, creatorId: 'host' })).published).toBe(true);
    await scheduler.drain();
    expect(notifier.take().filter((d) => d.kind === 'announcement')).toHaveLength(1);
    expect((await webhookTypes(e.id)).filter((m) => m.type === 'event.updated')).toHaveLength(1);
    // And again: a published event is answered as it is.
    expect(ok(await service.publishDue({ ...TENANT, id: e.id, creatorId: 'host' })).published).toBe(false);
  });

  it('the command refuses before the publish time: a draft is not published early', async () => {
    const e = await draft();
    const early = await service.publishDue({ ...TENANT, id: e.id, creatorId: 'host' });
    expect(early.ok).toBe(false);
    expect(!early.ok && early.error.code).toBe('conflict');
    expect(ok(await service.run(actor('host'), { type: 'get', event: e.id })).event.status).toBe('draft');
  });
});
