import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addToCalendar } from '../../src/calendar/add.ts';
import { ManualClock } from '../../src/core/clock.ts';
import { EventService } from '../../src/core/service.ts';
import { ConsoleSession } from '../../src/platforms/console/index.ts';
import { createReminderLifecycle } from '../../src/scheduler/index.ts';
import type { Store } from '../../src/store/database.ts';
import { actor, ok } from '../support/core.ts';
import { storeFactories } from '../support/stores.ts';
import { parseIcs } from './parse.ts';

describe.each(storeFactories())('calendar entry through the core ($name)', (factory) => {
  let store: Store;
  let clock: ManualClock;
  let service: EventService;
  beforeEach(async () => {
    store = await factory.open();
    clock = new ManualClock('2026-11-21T12:00:00Z');
    service = new EventService({ store, clock, lifecycle: createReminderLifecycle() });
  });
  afterEach(async () => {
    await store.close();
  });

  const ics = async (ref: string) => {
    const entry = ok(await service.run(actor('host'), { type: 'calendar', event: ref }));
    return parseIcs(addToCalendar(entry, { now: clock.now().getTime() }).ics).events[0]!;
  };

  it('SEQUENCE goes up with every edit and the cancellation; the UID never changes', async () => {
    const created = ok(
      await service.run(actor('host'), {
        type: 'create',
        input: { title: 'Planning', start: '2026-11-25T17:00:00Z', timezone: 'Europe/Berlin', location: 'Room 2' },
      }),
    );
    const id = created.event.id;
    const first = await ics(id);
    expect(first.sequence).toBe(0);
    expect(first.start).toBe(Date.parse('2026-11-25T17:00:00Z'));
    ok(await service.run(actor('host'), { type: 'update', event: id, patch: { start: '2026-11-26T17:00:00Z' } }));
    const moved = await ics(id);
    expect(moved.sequence).toBe(1);
    expect(moved.start).toBe(Date.parse('2026-11-26T17:00:00Z'));
    ok(await service.run(actor('host'), { type: 'cancel', event: id, reason: 'snow' }));
    const cancelled = await ics(id);
    expect(cancelled.sequence).toBe(2);
    expect(cancelled.status).toBe('CANCELLED');
    expect(new Set([first.uid, moved.uid, cancelled.uid]).size).toBe(1);
  });

  it('a draft is not handed to people who may not see it', async () => {
    const created = ok(
      await service.run(actor('host'), {
        type: 'create',
        input: { title: 'Secret', start: '2026-11-28T17:00:00Z', timezone: 'UTC', publishAt: '2026-11-27T00:00:00Z' },
      }),
    );
    const r = await service.run(actor('someone'), { type: 'calendar', event: created.event.id });
    expect(r.ok).toBe(false);
    expect(await service.run(actor('other', { workspaceId: 'w2' }), { type: 'calendar', event: created.event.id })).toMatchObject({ ok: false });
  });
});

describe('console: /event calendar', () => {
  let store: Store;
  beforeEach(async () => {
    store = await storeFactories()[0]!.open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('prints Google and Outlook links and an .ics that parses', async () => {
    const clock = new ManualClock('2026-11-21T15:00:00Z');
    const service = new EventService({ store, clock, lifecycle: createReminderLifecycle() });
    const session = new ConsoleSession(service, () => clock.now());
    await session.handle('/event settings tz America/New_York');
    await session.handle('/event create Book club every tuesday 7pm at the library');
    const out = (await session.handle('/event calendar book club'))!;
    expect(out).toMatch(/Google Calendar: https:\/\/calendar\.google\.com\/calendar\/render\?action=TEMPLATE/);
    expect(out).toMatch(/Outlook: +https:\/\/outlook\.live\.com\/calendar\/0\/deeplink\/compose\?/);
    const text = /--- .*\.ics ---\n([\s\S]*)\n--- end ---/.exec(out)![1]!;
    const [e] = parseIcs(text.replace(/\n/g, '\r\n')).events;
    expect(e!.summary).toBe('Book club');
    expect(e!.tzid).toBe('America/New_York');
    expect(e!.rrule).toMatch(/FREQ=WEEKLY/);
    expect(e!.location).toBe('the library');
    // 7pm in New York on both sides of nothing: Nov 24 is EST (UTC-5).
    expect(new Date(e!.start).toISOString()).toBe('2026-11-25T00:00:00.000Z');
    expect(await session.handle('/event calendar')).toMatch(/^⚠ Say which event/);
    expect(await session.handle('/event calendar nothing-like-this')).toMatch(/^⚠ I couldn't find/);
  });
});

describe('the API answer for GET /v1/events/{id}.ics', () => {
  it('is the event as its tenant sees it, and not_found for another tenant', async () => {
    const { eventIcsAnswer } = await import('../../src/calendar/event-ics-route.ts');
    const store = await storeFactories()[0]!.open();
    try {
      const clock = new ManualClock('2026-11-21T12:00:00Z');
      const service = new EventService({ store, clock });
      const id = ok(await service.run(actor('host'), { type: 'create', input: { title: 'Quiz', start: '2026-11-25T19:00:00Z', timezone: 'UTC' } })).event.id;
      const mine = await eventIcsAnswer(service, actor('someone', { via: 'http' }), id);
      if (!mine.ok) throw new Error(mine.error.message);
      expect(mine.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(mine.headers['content-disposition']).toBe(`attachment; filename="quiz-${id}.ics"`);
      expect(parseIcs(mine.body).events[0]!.summary).toBe('Quiz');
      const theirs = await eventIcsAnswer(service, actor('someone', { workspaceId: 'w2', via: 'http' }), id);
      expect(theirs).toMatchObject({ ok: false, error: { code: 'not_found' } });
    } finally {
      await store.close();
    }
  });
});
