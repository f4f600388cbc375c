/**
 * DMs wait in the notifier's pacer (issue 11's soak lost reminders to it): the wait must not count
 * against the scheduler's delivery timeout, and a DM the scheduler gave up on before its turn must
 * be dropped, never posted later (after its row was given back, or its event cancelled).
 */
import { Client } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/clock.ts';
import { EventService } from '../../../src/core/service.ts';
import { Cards } from '../../../src/platforms/discord/cards.ts';
import { DiscordNotifier } from '../../../src/platforms/discord/notifier.ts';
import { createReminderLifecycle, Scheduler, type SchedulerOptions } from '../../../src/scheduler/index.ts';
import type { Store } from '../../../src/store/database.ts';
import { makeGuild, makeUser, route, startFakeDiscord, type FakeDiscord } from '../../harness/discord/index.ts';
import { storeFactories } from '../../support/stores.ts';
import type { Body } from './support.ts';

const PEOPLE = 10;
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function rig(dmPerSecond: number, opts: Partial<SchedulerOptions>) {
  const people = Array.from({ length: PEOPLE }, (_, i) => makeUser({ username: `p${i}` }));
  const fake: FakeDiscord = await startFakeDiscord({ guilds: [makeGuild({ name: 'Club', members: people })] });
  const store: Store = await storeFactories()[0]!.open();
  const client = new Client({ intents: [], rest: { api: fake.restUrl } });
  client.rest.setToken('fake-token');
  const clock = new ManualClock('2026-11-21T12:00:00Z');
  const service = new EventService({ store, clock, lifecycle: createReminderLifecycle() });
  const cards = new Cards(client.rest, service, () => {});
  const notifier = new DiscordNotifier(client.rest, cards, { dmPerSecond });
  const scheduler = new Scheduler({ store, clock, notifiers: { discord: notifier }, concurrency: 32, leaseMs: 60_000, backoffMs: () => 60_000, ...opts });
  const guild = fake.guilds[0]!;
  const actor = (userId: string) => ({ platform: 'discord' as const, workspaceId: guild.id, userId });
  const made = await service.run(actor(people[0]!.id), {
    type: 'create',
    input: { title: 'Paced', start: '2026-11-23T18:00:00Z', timezone: 'UTC', channelId: guild.channels[0]!.id, reminderOffsets: ['PT15M'], reminderAudience: 'dm' },
  });
  if (!made.ok) throw new Error(made.error.message);
  const id = made.value.event.id;
  for (const p of people) await service.run(actor(p.id), { type: 'rsvp', event: id, status: 'going' });
  await scheduler.drain(); // the card
  clock.set('2026-11-23T17:45:00Z');
  close = async () => {
    notifier.stop();
    await scheduler.stop();
    await client.destroy();
    await fake.close();
    await store.close();
  };
  const dmPosts = () => fake.findRequests(route('POST', /^\/channels\/\d+\/messages$/)).filter((r) => /^⏰.*Paced/.test(String((r.body as Body)['content'])));
  return { fake, store, clock, service, scheduler, id, actor, people, dmPosts, channelId: guild.channels[0]!.id };
}

describe('Discord DMs paced under the scheduler', () => {
  it('time waiting for the pacer is not a timeout: every DM goes out on its first hand-off, once', async () => {
    // 10 DMs at 20 a second take ~500 ms; a delivery that has begun answers in a few ms, well within 300 ms.
    const r = await rig(20, { deliveryTimeoutMs: 300, queueTimeoutMs: 5_000 });
    const s = await r.scheduler.drain();
    expect(s.retried).toBe(0);
    expect(s.released).toBe(0);
    expect(r.dmPosts()).toHaveLength(PEOPLE);
    expect(new Set(r.dmPosts().map((p) => (p.body as Body)['nonce'])).size).toBe(PEOPLE);
    const rows = await r.store.db.selectFrom('reminders').select(['state', 'attempts']).where('target', '=', 'dm').execute();
    expect(rows.map((x) => `${x.state}/${x.attempts}`)).toEqual(Array(PEOPLE).fill('sent/1'));
  });

  it('a DM the scheduler gave up on before its turn is dropped: never posted after its row was given back and the event cancelled', async () => {
    // 5 a second: the 3rd DM's turn comes at 400 ms, past the 300 ms a hand-off may wait in the queue.
    const r = await rig(5, { deliveryTimeoutMs: 350, queueTimeoutMs: 300 });
    await r.scheduler.runOnce(); // fan-out
    await r.scheduler.runOnce(); // the DMs
    const early = r.dmPosts().length;
    expect(early).toBeGreaterThan(0);
    expect(early).toBeLessThan(PEOPLE);
    const cancelled = await r.service.run(r.actor(r.people[0]!.id), { type: 'cancel', event: r.id, reason: 'rain' });
    expect(cancelled.ok).toBe(true);
    // Long enough for the pacer to have worked through every DM it was ever handed (10 × 200 ms).
    await new Promise((res) => setTimeout(res, 2_500));
    expect(r.dmPosts()).toHaveLength(early);
    // The given-back rows were pending again, so the cancel withdrew them: nothing more goes out.
    await r.scheduler.drain();
    expect(r.dmPosts()).toHaveLength(early);
    const rows = await r.store.db.selectFrom('reminders').select(['state', 'attempts']).where('target', '=', 'dm').where('kind', '=', 'reminder').execute();
    expect(rows.map((x) => `${x.state}/${x.attempts}`)).toEqual(Array(early).fill('sent/1'));
  });

  it('DMs waiting for their turn do not hold up the rows behind them: a channel reminder goes out at once', async () => {
    // Two hand-offs at a time, DMs at 2 a second: ten DMs take ~5 s to go out.
    const r = await rig(2, { concurrency: 2, deliveryTimeoutMs: 10_000, queueTimeoutMs: 10_000 });
    await r.scheduler.runOnce(); // fan-out: ten DM rows due 17:45
    const other = await r.service.run(r.actor(r.people[1]!.id), {
      type: 'create',
      input: { title: 'Behind', start: '2026-11-23T18:01:00Z', timezone: 'UTC', channelId: r.channelId, reminderOffsets: ['PT15M'], reminderAudience: 'channel' },
    });
    expect(other.ok).toBe(true);
    r.clock.set('2026-11-23T17:46:00Z'); // its reminder is due after the DMs: last in the batch
    const started = performance.now();
    const batch = r.scheduler.runOnce();
    const channelPost = () => r.fake.findRequests(route('POST', /^\/channels\/\d+\/messages$/)).some((p) => String((p.body as Body)['content']).includes('Behind'));
    while (!channelPost() && performance.now() - started < 3_000) await new Promise((res) => setTimeout(res, 20));
    expect(channelPost()).toBe(true);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(r.dmPosts().length).toBeLessThan(PEOPLE);
    const s = await batch;
    expect(s.sent).toBe(PEOPLE + 1 + 1); // the DMs, the channel reminder, and the card of the new event
    expect(r.dmPosts()).toHaveLength(PEOPLE);
  });
});

