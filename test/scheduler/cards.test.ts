import { describe, expect, it } from 'vitest';
import type { CreateEventInput } from '../../src/core/event-schema.ts';
import { CARD_REFRESH_DELAY_MS } from '../../src/scheduler/cards.ts';
import { remindersRepo } from '../../src/scheduler/repo.ts';
import { actor, ok } from '../support/core.ts';
import { storeFactories } from '../support/stores.ts';
import { withScheduler } from './support.ts';

describe.each(storeFactories())('card posts and redraws are durable notices on $name', (factory) => {
  const h = withScheduler(factory, '2026-11-21T12:00:00Z');

  const create = async (input: Partial<CreateEventInput> = {}) =>
    ok(
      await h.service.run(actor('host', { via: 'http' }), {
        type: 'create',
        input: { title: 'Game night', start: '2026-11-28T18:00:00Z', timezone: 'UTC', channelId: 'general', reminderOffsets: [], ...input },
      }),
    ).event;
  const cardRows = async (id: string) => (await remindersRepo.byEvent(h.store.db, id)).filter((r) => r.kind === 'card');
  const taken = () => h.notifier.cards.splice(0).map((d) => [d.notice.card, d.target, d.notice.event.counts.going]);

  it('an event from any door gets its card posted once, in its channel', async () => {
    const e = await create();
    await h.scheduler.drain();
    expect(taken()).toEqual([['post', '#general', 0]]);
    await h.scheduler.drain();
    expect(taken()).toEqual([]);
    expect((await cardRows(e.id)).map((r) => r.state)).toEqual(['sent']);
  });

  it('no channel, or a draft: nothing to post (a draft is announced at its publish time)', async () => {
    const a = await create({ channelId: null });
    const b = await create({ publishAt: '2026-11-25T09:00:00Z' });
    ok(await h.service.run(actor('bob'), { type: 'rsvp', event: a.id, status: 'going' }));
    await h.scheduler.drain();
    expect(taken()).toEqual([]);
    expect(await cardRows(a.id)).toEqual([]);
    expect(await cardRows(b.id)).toEqual([]);
  });

  it('an RSVP storm redraws the card once, with every answer, after a short delay', async () => {
    const e = await create();
    await h.scheduler.drain();
    taken();
    for (let i = 0; i < 50; i++) ok(await h.service.run(actor(`u${i}`), { type: 'rsvp', event: e.id, status: 'going' }));
    expect((await cardRows(e.id)).filter((r) => r.state === 'pending')).toHaveLength(1);
    await h.scheduler.drain();
    expect(taken()).toEqual([]); // held back for the burst
    h.clock.advance(CARD_REFRESH_DELAY_MS);
    await h.scheduler.drain();
    expect(taken()).toEqual([['redraw', '#general', 50]]);
  });

  it('an edit or a cancel redraws at once, pulling a held-back redraw forward', async () => {
    const e = await create();
    await h.scheduler.drain();
    taken();
    ok(await h.service.run(actor('bob'), { type: 'rsvp', event: e.id, status: 'going' }));
    ok(await h.service.run(actor('host'), { type: 'update', event: e.id, patch: { title: 'Board games' } }));
    await h.scheduler.drain();
    const drawn = h.notifier.cards.splice(0);
    expect(drawn.map((d) => [d.notice.card, d.notice.event.title, d.notice.event.counts.going])).toEqual([['redraw', 'Board games', 1]]);
    ok(await h.service.run(actor('host'), { type: 'cancel', event: e.id, reason: 'rain' }));
    await h.scheduler.drain();
    expect(h.notifier.cards.splice(0).map((d) => [d.notice.card, d.notice.event.status])).toEqual([['redraw', 'cancelled']]);
  });

  it('a redraw that fails is retried with the same key, and a cancelled event is never posted', async () => {
    const e = await create();
    h.notifier.failWith = () => new Error('503 from the platform');
    await h.scheduler.drain();
    const first = h.notifier.cards.splice(0);
    expect(first).toHaveLength(1);
    h.notifier.failWith = null;
    h.clock.advance(60_000);
    await h.scheduler.drain();
    const second = h.notifier.cards.splice(0);
    expect(second.map((d) => [d.key, d.attempt])).toEqual([[first[0]!.key, 2]]);

    const late = await create({ title: 'Off' });
    ok(await h.service.run(actor('host'), { type: 'cancel', event: late.id }));
    await h.scheduler.drain();
    expect(h.notifier.cards.splice(0).filter((d) => d.notice.event.id === late.id)).toEqual([]);
    expect((await cardRows(late.id)).map((r) => [r.reason, r.state])).toContainEqual(['post', 'skipped']);
    expect(e.id).not.toBe(late.id);
  });
});
