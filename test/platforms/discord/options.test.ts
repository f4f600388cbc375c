import { describe, expect, it } from 'vitest';
import { createInputFromOptions, repeatRule } from '../../../src/platforms/discord/handlers/create-input.ts';
import { patchFromForm, prefill } from '../../../src/platforms/discord/handlers/edit.ts';
import { choiceName } from '../../../src/platforms/discord/handlers/autocomplete.ts';
import { view } from '../../support/event-view.ts';

const reader = { timezone: 'Europe/Berlin', locale: 'en' };
const now = new Date('2026-11-21T12:00:00Z');

describe('/event create options → core input', () => {
  it('reads the time in the reader zone and maps the options', () => {
    const r = createInputFromOptions(
      { title: 'Game night', when: 'friday 8pm', duration: '2h', location: 'The pub', capacity: 10, reminders: '15m, 1d', dm: false, channelId: 'c1' },
      reader,
      now,
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.input).toMatchObject({
      title: 'Game night',
      start: '2026-11-27T19:00:00.000Z',
      end: '2026-11-27T21:00:00.000Z',
      timezone: 'Europe/Berlin',
      location: 'The pub',
      capacity: 10,
      reminderOffsets: ['PT15M', 'P1D'],
      reminderAudience: 'channel',
      channelId: 'c1',
    });
  });

  it('maps the RSVP deadline, approval and a later announcement (draft) in the event zone', () => {
    const r = createInputFromOptions(
      { title: 'Launch', when: 'friday 8pm CET', deadline: 'thursday 6pm', approval: true, announce: 'monday 9am', channelId: 'c1' },
      { timezone: 'America/New_York', locale: 'en' },
      now,
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.input).toMatchObject({
      start: '2026-11-27T19:00:00.000Z',
      timezone: 'Europe/Berlin',
      rsvpDeadline: '2026-11-26T17:00:00.000Z',
      publishAt: '2026-11-23T08:00:00.000Z',
      approvalRequired: true,
    });
    const bad = createInputFromOptions({ title: 'x', when: 'friday 8pm', deadline: 'whenever', channelId: 'c' }, reader, now);
    expect(bad).toMatchObject({ ok: false, message: expect.stringContaining('RSVP deadline "whenever"') });
  });

  it('says what it could not read', () => {
    const r = createInputFromOptions({ title: 'x', when: 'blorp', channelId: 'c' }, reader, now);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('blorp');
    const both = createInputFromOptions({ title: 'x', when: 'friday 8pm', end: '10pm', duration: '2h', channelId: 'c' }, reader, now);
    expect(both).toMatchObject({ ok: false, message: expect.stringContaining('not both') });
    const bad = createInputFromOptions({ title: 'x', when: 'friday 8pm', reminders: '15 parsecs', channelId: 'c' }, reader, now);
    expect(bad).toMatchObject({ ok: false, message: expect.stringContaining('15 parsecs') });
  });

  it('repeat choices become recurrence rules on the start weekday', () => {
    const fri = new Date('2026-11-27T19:00:00Z');
    expect(repeatRule('weekly', fri, 'Europe/Berlin')).toEqual({ freq: 'WEEKLY', interval: 1, byday: ['FR'] });
    expect(repeatRule('biweekly', fri, 'Europe/Berlin')).toEqual({ freq: 'WEEKLY', interval: 2, byday: ['FR'] });
    expect(repeatRule('monthly', fri, 'Europe/Berlin')).toEqual({ freq: 'MONTHLY', interval: 1, byday: ['4FR'] });
    expect(repeatRule('daily', fri, 'Europe/Berlin')).toEqual({ freq: 'DAILY', interval: 1 });
  });
});

describe('edit form', () => {
  it('only changed fields make the patch; the time is re-read only when edited', () => {
    const before = prefill(view({ capacity: 5 }), 'Europe/Berlin');
    expect(before.when).toBe('Fri 27 Nov 2026 20:00 - 22:00');
    const same = patchFromForm(before, { ...before }, reader, now);
    expect(same).toEqual({ ok: true, patch: {}, fields: [] });
    const changed = patchFromForm(before, { ...before, title: 'Board games', capacity: '' }, reader, now);
    expect(changed).toEqual({ ok: true, patch: { title: 'Board games', capacity: null }, fields: ['title', 'capacity'] });
    const moved = patchFromForm(before, { ...before, when: 'sunday 9pm' }, reader, now);
    if (!moved.ok) throw new Error(moved.message);
    expect(moved.patch.start).toBe('2026-11-22T20:00:00.000Z');
    expect(patchFromForm(before, { ...before, capacity: 'ten' }, reader, now)).toMatchObject({ ok: false });
  });
});

describe('autocomplete choice', () => {
  it('title plus the date in the reader zone, at most 100 characters', () => {
    const name = choiceName(view({ title: 'G'.repeat(200) }), { timezone: 'America/New_York', locale: 'en-US' });
    expect(name.length).toBeLessThanOrEqual(100);
    expect(name).toContain('…');
    expect(name).toMatch(/Fri, Nov 27, 2:00 PM EST$/);
  });
});

describe('answering within Discord\'s 3 s', () => {
  it('defers only when the work is slow', async () => {
    const { beforeDeadline } = await import('../../../src/platforms/discord/handlers/respond.ts');
    let deferred = 0;
    const defer = async () => void deferred++;
    expect(await beforeDeadline(Promise.resolve('fast'), defer, 50)).toBe('fast');
    expect(deferred).toBe(0);
    const slow = new Promise<string>((r) => setTimeout(() => r('slow'), 80));
    expect(await beforeDeadline(slow, defer, 20)).toBe('slow');
    expect(deferred).toBe(1);
  });
});
