import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CreateEventInput, EventPatch } from '../../src/core/event-schema.ts';
import { actor, ok } from '../support/core.ts';
import { storeFactories } from '../support/stores.ts';
import { at, iso, withScheduler } from './support.ts';

/** Issue 14, item 6: "moved" only when the start moves; "changed", saying what, for the rest. */
describe.each(storeFactories())('notices for real changes on $name', (factory) => {
  const h = withScheduler(factory, '2026-11-21T12:00:00Z');

  const create = async (input: Omit<CreateEventInput, 'title' | 'timezone'>) =>
    ok(await h.service.run(actor('host'), { type: 'create', input: { title: 'Game night', channelId: 'general', timezone: 'UTC', reminderOffsets: [], ...input } })).event;
  const answer = async (id: string, who: string, status: 'going' | 'maybe' | 'declined') =>
    ok(await h.service.run(actor(who), { type: 'rsvp', event: id, status }));
  const edit = async (id: string, patch: Record<string, unknown>) => {
    const u = ok(await h.service.run(actor('host'), { type: 'update', event: id, patch: patch as EventPatch }));
    await h.scheduler.drain();
    return { u, told: h.notifier.take() };
  };

  it('a new end is "changed" (what: the end, and the old one), to the channel and those who did not decline', async () => {
    const e = await create({ start: '2026-11-25T18:00:00Z', end: '2026-11-25T20:00:00Z', reminderAudience: 'both' });
    await answer(e.id, 'ann', 'going');
    await answer(e.id, 'may', 'maybe');
    await answer(e.id, 'nope', 'declined');
    const { u, told } = await edit(e.id, { end: '2026-11-25T21:00:00Z' });
    expect([u.moved, u.timingChanges]).toEqual([false, ['end']]);
    expect(told.map((d) => [d.kind, d.target]).sort()).toEqual([['changed', '#general'], ['changed', '@ann'], ['changed', '@may']]);
    expect(told[0]!.notice.changes).toEqual(['end']);
    expect(told[0]!.notice.previous).toEqual({ start: at('2026-11-25T18:00:00Z'), end: at('2026-11-25T20:00:00Z') });
    expect(told[0]!.notice.occurrence.end).toBe(at('2026-11-25T21:00:00Z'));
  });

  it('a new repeat rule that keeps the next date is "changed: repeat"; dropping it too', async () => {
    const e = await create({ start: '2026-11-24T19:00:00Z', recurrence: { freq: 'WEEKLY', byday: ['TU'] }, reminderAudience: 'dm' });
    await answer(e.id, 'ann', 'going');
    const a = await edit(e.id, { recurrence: { freq: 'WEEKLY', interval: 2, byday: ['TU'] } });
    expect(a.told.map((d) => [d.kind, d.target, d.notice.changes])).toEqual([['changed', '@ann', ['repeat']]]);
    expect(a.told[0]!.notice.event.recurrence?.interval).toBe(2);
  });

  it('a title, a place or a capacity tells nobody; a new start is "moved"', async () => {
    const e = await create({ start: '2026-11-25T18:00:00Z', reminderAudience: 'both' });
    await answer(e.id, 'ann', 'going');
    expect((await edit(e.id, { title: 'Board games', location: 'The pub', capacity: 8 })).told).toEqual([]);
    const { u, told } = await edit(e.id, { start: '2026-11-25T19:00:00Z' });
    expect(u.moved).toBe(true);
    expect(told.map((d) => [d.kind, d.target]).sort()).toEqual([['moved', '#general'], ['moved', '@ann']]);
    expect(told[0]!.notice.changes).toEqual([]);
  });

  it('a move and a new length at once is "moved", saying the end changed too', async () => {
    const e = await create({ start: '2026-11-25T18:00:00Z', reminderAudience: 'dm' });
    await answer(e.id, 'ann', 'going');
    const { told } = await edit(e.id, { start: '2026-11-26T18:00:00Z', end: '2026-11-26T21:00:00Z' });
    expect(told.map((d) => [d.kind, d.notice.changes, iso(d.start)])).toEqual([['moved', ['end'], '2026-11-26T18:00:00.000Z']]);
  });

  it('property: "moved" exactly when the start moves, "changed" exactly when only the end does, nothing otherwise', async () => {
    const e = await create({ start: '2026-12-01T18:00:00Z', reminderAudience: 'dm' });
    await answer(e.id, 'ann', 'going');
    let start = at('2026-12-01T18:00:00Z');
    let end = start + 3_600_000;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: -3, max: 3 }), fc.integer({ min: 1, max: 4 }), async (shiftH, lengthH) => {
        const newStart = start + shiftH * 3_600_000;
        const newEnd = newStart + lengthH * 3_600_000;
        const { told } = await edit(e.id, { start: new Date(newStart).toISOString(), end: new Date(newEnd).toISOString() });
        const want = newStart !== start ? 'moved' : newEnd !== end ? 'changed' : null;
        expect(told.map((d) => d.kind)).toEqual(want ? [want] : []);
        if (want === 'changed') expect(told[0]!.notice.changes).toEqual(['end']);
        start = newStart;
        end = newEnd;
      }),
      { numRuns: 25 },
    );
  });
});
