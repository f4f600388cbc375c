import { describe, expect, it } from 'vitest';
import { actor, ok } from '../support/core.ts';
import { storeFactories } from '../support/stores.ts';
import { withScheduler } from './support.ts';

/** Issue 14, item 5: personal reminder defaults — my offsets, DM or not. */
describe.each(storeFactories())('personal reminder defaults on $name', (factory) => {
  const h = withScheduler(factory, '2026-11-21T12:00:00Z');

  const mine = async (who: string, reminderOffsets: string[] | null) => ok(await h.service.run(actor(who), { type: 'user_settings', reminderOffsets }));
  const going = async (id: string, who: string) => ok(await h.service.run(actor(who), { type: 'rsvp', event: id, status: 'going' }));
  const at_ = async (instant: string) => {
    h.clock.set(instant);
    await h.scheduler.drain();
    return h.notifier
      .take()
      .map((d) => d.target)
      .sort();
  };

  it('people with their own offsets get DMs at those (only); the rest get the event\'s; "none" gets none', async () => {
    await mine('bob', ['PT1H']); // set before answering
    const e = ok(
      await h.service.run(actor('host'), {
        type: 'create',
        input: { title: 'Sync', channelId: 'general', start: '2026-11-22T18:00:00Z', timezone: 'UTC', reminderOffsets: ['PT15M'], reminderAudience: 'both' },
      }),
    ).event;
    await going(e.id, 'ann');
    await going(e.id, 'bob');
    await going(e.id, 'carol');
    await mine('carol', []); // set after answering: re-planned
    expect(await at_('2026-11-22T16:59:59Z')).toEqual([]);
    expect(await at_('2026-11-22T17:00:00Z')).toEqual(['@bob']);
    expect(await at_('2026-11-22T17:45:00Z')).toEqual(['#general', '@ann']);
  });

  it('own offsets reach people even when the event reminds only in the channel; back to default withdraws them', async () => {
    const e = ok(
      await h.service.run(actor('host'), {
        type: 'create',
        input: { title: 'Sync', channelId: 'general', start: '2026-11-22T18:00:00Z', timezone: 'UTC', reminderOffsets: ['PT15M'], reminderAudience: 'channel' },
      }),
    ).event;
    await going(e.id, 'ann');
    await going(e.id, 'dave');
    await mine('dave', ['PT30M', 'P1D']);
    await mine('erin', ['PT2H']);
    await going(e.id, 'erin');
    await mine('erin', null);
    expect(await at_('2026-11-21T18:00:00Z')).toEqual(['@dave']);
    expect(await at_('2026-11-22T16:00:00Z')).toEqual([]); // erin went back to the event's (channel only)
    expect(await at_('2026-11-22T17:30:00Z')).toEqual(['@dave']);
    expect(await at_('2026-11-22T17:45:00Z')).toEqual(['#general']);
  });
});
