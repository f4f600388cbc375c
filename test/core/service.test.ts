import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventService } from '../../src/core/service.ts';
import type { Store } from '../../src/store/database.ts';
import { actor, err, makeService, ok } from '../support/core.ts';
import { storeFactories } from '../support/stores.ts';

const base = {
  title: 'Game night',
  start: '2026-11-27T20:00:00-05:00',
  timezone: 'America/New_York',
};

describe.each(storeFactories())('event core on $name', (factory) => {
  let store: Store;
  let svc: ReturnType<typeof makeService>;
  beforeEach(async () => {
    store = await factory.open();
    svc = makeService(store);
  });
  afterEach(async () => {
    await store.close();
  });

  const create = async (input: Record<string, unknown> = {}, who = 'alice') =>
    ok(await svc.service.run(actor(who), { type: 'create', input: { ...base, ...input } })).event;

  it('creates an event with defaults: one hour, workspace reminders, creator as host', async () => {
    const e = await create({ location: 'https://meet.example.com/abc' });
    expect(e.occurrence.end - e.occurrence.start).toBe(3_600_000);
    expect(new Date(e.occurrence.start).toISOString()).toBe('2026-11-28T01:00:00.000Z');
    expect(e.reminderOffsets).toEqual(['PT15M', 'P1D']);
    expect(e.hostIds).toEqual(['alice']);
    expect(e.joinUrl).toBe('https://meet.example.com/abc');
    expect(e.status).toBe('scheduled');
  });

  it('plain-text location is not a join link', async () => {
    const e = await create({ location: 'The pub on 5th' });
    expect(e.joinUrl).toBeNull();
    expect(e.location).toBe('The pub on 5th');
  });

  it('rejects bad input with a message naming the field', async () => {
    expect(err(await svc.service.run(actor('a'), { type: 'create', input: { ...base, title: '' } })).message).toMatch(/^Title/);
    expect(err(await svc.service.run(actor('a'), { type: 'create', input: { ...base, title: 'x'.repeat(201) } })).message).toMatch(
      /Title: at most 200/,
    );
    expect(err(await svc.service.run(actor('a'), { type: 'create', input: { ...base, timezone: 'Mars/Olympus' } })).message).toMatch(
      /Time zone/,
    );
    expect(
      err(await svc.service.run(actor('a'), { type: 'create', input: { ...base, reminderOffsets: ['soon'] } })).message,
    ).toMatch(/ISO 8601/);
  });

  it('end must be after start', async () => {
    const e = err(await svc.service.run(actor('a'), { type: 'create', input: { ...base, end: '2026-11-27T19:00:00-05:00' } }));
    expect(e.code).toBe('invalid');
    expect(e.message).toMatch(/must be after the start/);
  });

  it('refuses a start in the past', async () => {
    const e = err(await svc.service.run(actor('a'), { type: 'create', input: { ...base, start: '2026-11-20T20:00:00Z' } }));
    expect(e.message).toMatch(/already passed/);
  });

  it('an all-day event covers its local day', async () => {
    const e = await create({ start: '2026-12-03T05:00:00Z', allDay: true });
    expect(new Date(e.occurrence.start).toISOString()).toBe('2026-12-03T05:00:00.000Z');
    expect(new Date(e.occurrence.end).toISOString()).toBe('2026-12-04T05:00:00.000Z');
  });

  it('a publish-at in the future makes a draft that refuses RSVPs', async () => {
    const e = await create({ publishAt: '2026-11-25T12:00:00Z' });
    expect(e.status).toBe('draft');
    // To its host it is closed; to anyone else it does not exist yet (issue 11: drafts are invisible to non-hosts).
    expect(err(await svc.service.run(actor('alice'), { type: 'rsvp', event: e.id, status: 'going' })).code).toBe('closed');
    expect(err(await svc.service.run(actor('bob'), { type: 'rsvp', event: e.id, status: 'going' })).code).toBe('not_found');
  });

  it('capacity: going beyond it waitlists with a position; a decline promotes the first waiting', async () => {
    const e = await create({ capacity: 2 });
    for (const u of ['u1', 'u2']) expect(ok(await svc.service.run(actor(u), { type: 'rsvp', event: e.id, status: 'going' })).status).toBe('going');
    const w1 = ok(await svc.service.run(actor('u3'), { type: 'rsvp', event: e.id, status: 'going' }));
    const w2 = ok(await svc.service.run(actor('u4'), { type: 'rsvp', event: e.id, status: 'going' }));
    expect([w1.status, w1.position, w2.status, w2.position]).toEqual(['waitlisted', 1, 'waitlisted', 2]);
    const d = ok(await svc.service.run(actor('u1'), { type: 'rsvp', event: e.id, status: 'declined' }));
    expect(d.promoted).toEqual(['u3']);
    expect(d.event.counts).toMatchObject({ going: 2, waitlisted: 1, declined: 1 });
    const again = ok(await svc.service.run(actor('u4'), { type: 'rsvp', event: e.id, status: 'going' }));
    expect([again.status, again.position, again.changed]).toEqual(['waitlisted', 1, false]);
  });

  it('capacity cannot drop below the number going', async () => {
    const e = await create({ capacity: 5 });
    for (const u of ['u1', 'u2', 'u3']) await svc.service.run(actor(u), { type: 'rsvp', event: e.id, status: 'going' });
    const r = err(await svc.service.run(actor('alice'), { type: 'update', event: e.id, patch: { capacity: 2 } }));
    expect(r.code).toBe('conflict');
    expect(r.message).toMatch(/3 people are already going/);
    expect(ok(await svc.service.run(actor('alice'), { type: 'update', event: e.id, patch: { capacity: 3 } })).event.capacity).toBe(3);
  });

  it('raising capacity promotes from the waitlist', async () => {
    const e = await create({ capacity: 1 });
    await svc.service.run(actor('u1'), { type: 'rsvp', event: e.id, status: 'going' });
    await svc.service.run(actor('u2'), { type: 'rsvp', event: e.id, status: 'going' });
    const u = ok(await svc.service.run(actor('alice'), { type: 'update', event: e.id, patch: { capacity: 2 } }));
    expect(u.promoted).toEqual(['u2']);
  });

  it('approval required: RSVPs wait as pending until a host decides', async () => {
    const e = await create({ approvalRequired: true, capacity: 1 });
    const p = ok(await svc.service.run(actor('bob'), { type: 'rsvp', event: e.id, status: 'going' }));
    expect(p.status).toBe('pending');
    expect(err(await svc.service.run(actor('carol'), { type: 'decide', event: e.id, userId: 'bob', approve: true })).code).toBe(
      'forbidden',
    );
    expect(ok(await svc.service.run(actor('alice'), { type: 'decide', event: e.id, userId: 'bob', approve: true })).status).toBe(
      'going',
    );
    await svc.service.run(actor('dan'), { type: 'rsvp', event: e.id, status: 'going' });
    expect(ok(await svc.service.run(actor('alice'), { type: 'decide', event: e.id, userId: 'dan', approve: false })).status).toBe(
      'declined',
    );
  });

  it('approval turned off lets those still waiting in, in the order they asked, as seats allow', async () => {
    const e = await create({ approvalRequired: true, capacity: 1 });
    for (const who of ['bob', 'carol']) expect(ok(await svc.service.run(actor(who), { type: 'rsvp', event: e.id, status: 'going' })).status).toBe('pending');
    ok(await svc.service.run(actor('alice'), { type: 'update', event: e.id, patch: { approvalRequired: false } }));
    const { attendees } = ok(await svc.service.run(actor('alice'), { type: 'get', event: e.id })).event;
    expect([attendees.going, attendees.waitlisted, attendees.pending]).toEqual([['bob'], ['carol'], []]);
  });

  it('RSVPs close after the deadline, on cancelled and on ended events', async () => {
    const e = await create({ rsvpDeadline: '2026-11-25T00:00:00Z' });
    svc.clock.set('2026-11-25T00:00:01Z');
    expect(err(await svc.service.run(actor('b'), { type: 'rsvp', event: e.id, status: 'going' })).message).toMatch(/deadline/);
    const f = await create({ title: 'Other' });
    ok(await svc.service.run(actor('alice'), { type: 'cancel', event: f.id, reason: 'venue closed' }));
    expect(err(await svc.service.run(actor('b'), { type: 'rsvp', event: f.id, status: 'going' })).message).toMatch(/cancelled \(venue closed\)/);
    const g = await create({ title: 'Third' });
    svc.clock.set('2026-11-29T00:00:00Z');
    expect(err(await svc.service.run(actor('b'), { type: 'rsvp', event: g.id, status: 'going' })).message).toMatch(/ended/);
  });

  it('invite-only events take RSVPs from invited users and roles only', async () => {
    const e = await create({ visibility: 'invite_only', invitees: { users: ['bob'], roles: ['crew'] } });
    expect(ok(await svc.service.run(actor('bob'), { type: 'rsvp', event: e.id, status: 'going' })).status).toBe('going');
    expect(ok(await svc.service.run(actor('cat', { roles: ['crew'] }), { type: 'rsvp', event: e.id, status: 'maybe' })).status).toBe('maybe');
    const refused = err(await svc.service.run(actor('eve'), { type: 'rsvp', event: e.id, status: 'going' }));
    expect(refused.code).toBe('forbidden');
    // The refusal says who the event is for, so a door can name the roles and (Slack) check membership of exactly them.
    expect(refused.restriction).toEqual({ title: e.title, roles: ['crew'], people: true });
    expect(refused.message).toBe(`"${e.title}" is for invited members only — ask a host to invite you.`);
  });

  it('only hosts and managers may edit or cancel', async () => {
    const e = await create({ coHostIds: ['cohost'] });
    expect(err(await svc.service.run(actor('mallory'), { type: 'update', event: e.id, patch: { title: 'Mine' } })).code).toBe('forbidden');
    expect(err(await svc.service.run(actor('mallory'), { type: 'cancel', event: e.id })).code).toBe('forbidden');
    expect(ok(await svc.service.run(actor('cohost'), { type: 'update', event: e.id, patch: { title: 'Renamed' } })).event.title).toBe('Renamed');
    expect(ok(await svc.service.run(actor('boss', { platformManager: true }), { type: 'update', event: e.id, patch: { title: 'B' } })).event.title).toBe('B');
    // A manager by workspace setting (role).
    ok(await svc.service.run(actor('root', { platformManager: true }), { type: 'workspace_settings', managerRoleIds: ['mods'] }));
    expect(ok(await svc.service.run(actor('mod', { roles: ['mods'] }), { type: 'cancel', event: e.id })).event.status).toBe('cancelled');
    expect(err(await svc.service.run(actor('mod2'), { type: 'workspace_settings', timezone: 'UTC' })).code).toBe('forbidden');
  });

  it('a started event cannot be moved, but can still be renamed', async () => {
    const e = await create();
    svc.clock.set('2026-11-28T01:30:00Z');
    const r = err(await svc.service.run(actor('alice'), { type: 'update', event: e.id, patch: { start: '2026-11-29T20:00:00Z' } }));
    expect(r.message).toMatch(/already started.*Cancel it and create a new event/);
    expect(ok(await svc.service.run(actor('alice'), { type: 'update', event: e.id, patch: { title: 'Still on' } })).event.title).toBe('Still on');
  });

  it('moving the start keeps the duration and reports the move', async () => {
    const e = await create({ end: '2026-11-27T23:00:00-05:00' });
    const u = ok(await svc.service.run(actor('alice'), { type: 'update', event: e.id, patch: { start: '2026-11-28T20:00:00-05:00' } }));
    expect(u.moved).toBe(true);
    expect(u.event.occurrence.end - u.event.occurrence.start).toBe(3 * 3_600_000);
  });

  it('a cancel typed as one line takes the event named exactly by its leading words and the rest as the reason, never a partial match', async () => {
    await create({ title: 'Standup' });
    await create({ title: 'Standup review' });
    const c = ok(await svc.service.run(actor('alice'), { type: 'cancel', event: 'standup no longer needed' }));
    expect([c.event.title, c.event.cancelReason]).toEqual(['Standup', 'no longer needed']);
    // "stand" names no event exactly: nothing is cancelled on a guess.
    expect(err(await svc.service.run(actor('alice'), { type: 'cancel', event: 'stand up is moved' })).code).toBe('not_found');
    // The longest exact title wins; a whole name still works alone.
    const r = ok(await svc.service.run(actor('alice'), { type: 'cancel', event: 'standup review moved to slack' }));
    expect([r.event.title, r.event.cancelReason]).toEqual(['Standup review', 'moved to slack']);
    // Many partial matches that come sooner do not hide the exact title.
    for (let i = 0; i < 8; i++) await create({ title: `Retro ${i}`, start: '2026-11-25T10:00:00Z' });
    await create({ title: 'Retro' });
    const retro = ok(await svc.service.run(actor('alice'), { type: 'cancel', event: 'retro moved to monday' }));
    expect([retro.event.title, retro.event.cancelReason]).toEqual(['Retro', 'moved to monday']);
  });

  it('cancel lists the attendees to tell', async () => {
    const e = await create();
    await svc.service.run(actor('b'), { type: 'rsvp', event: e.id, status: 'going' });
    await svc.service.run(actor('c'), { type: 'rsvp', event: e.id, status: 'maybe' });
    await svc.service.run(actor('d'), { type: 'rsvp', event: e.id, status: 'declined' });
    const c = ok(await svc.service.run(actor('alice'), { type: 'cancel', event: e.id, reason: 'rain' }));
    expect(c.attendees.sort()).toEqual(['b', 'c']);
    expect(c.event.cancelReason).toBe('rain');
    expect(err(await svc.service.run(actor('alice'), { type: 'cancel', event: e.id })).message).toMatch(/already cancelled/);
  });

  it('delete: the creator while nobody else answered; a manager always', async () => {
    const e = await create();
    expect(ok(await svc.service.run(actor('alice'), { type: 'delete', event: e.id })).id).toBe(e.id);
    expect(err(await svc.service.run(actor('alice'), { type: 'get', event: e.id })).code).toBe('not_found');
    const f = await create();
    await svc.service.run(actor('bob'), { type: 'rsvp', event: f.id, status: 'going' });
    expect(err(await svc.service.run(actor('alice'), { type: 'delete', event: f.id })).message).toMatch(/Cancel it instead/);
    // Others answered: a manager is asked first (issue 14, item 8), and deletes when confirmed.
    const asked = err(await svc.service.run(actor('m', { platformManager: true }), { type: 'delete', event: f.id }));
    expect(asked).toMatchObject({ code: 'unconfirmed' });
    expect(asked.message).toMatch(/1 person has answered.*can't be undone/);
    expect(ok(await svc.service.run(actor('alice'), { type: 'get', event: f.id })).event.id).toBe(f.id);
    expect(ok(await svc.service.run(actor('m', { platformManager: true }), { type: 'delete', event: f.id, confirmed: true })).id).toBe(f.id);
  });

  it('deleting a series asks first, even its creator with nobody answered', async () => {
    const e = await create({ start: '2026-11-24T19:00:00-05:00', recurrence: { freq: 'WEEKLY', byday: ['TU'] } });
    expect(err(await svc.service.run(actor('alice'), { type: 'delete', event: e.id })).message).toMatch(/^Delete every date of the repeating event/);
    expect(ok(await svc.service.run(actor('alice'), { type: 'delete', event: e.id, confirmed: true })).id).toBe(e.id);
  });

  it('every read and write is scoped to the tenant', async () => {
    const e = await create();
    const other = { platform: 'console' as const, workspaceId: 'w2', userId: 'alice' };
    expect(err(await svc.service.run(other, { type: 'get', event: e.id })).code).toBe('not_found');
    expect(err(await svc.service.run(other, { type: 'rsvp', event: e.id, status: 'going' })).code).toBe('not_found');
    expect(err(await svc.service.run({ ...other, workspaceId: 'w1', platform: 'slack' }, { type: 'cancel', event: e.id })).code).toBe(
      'not_found',
    );
    expect(ok(await svc.service.run(other, { type: 'list', scope: 'workspace' })).events).toHaveLength(0);
  });

  it('a repeated idempotency key returns the first result and changes nothing', async () => {
    const cmd = { type: 'create' as const, input: base, idempotencyKey: 'interaction-1' };
    const a = ok(await svc.service.run(actor('alice'), cmd));
    const b = ok(await svc.service.run(actor('alice'), cmd));
    expect(b.event.id).toBe(a.event.id);
    expect(ok(await svc.service.run(actor('alice'), { type: 'list', scope: 'workspace' })).events).toHaveLength(1);
    const r1 = ok(await svc.service.run(actor('bob'), { type: 'rsvp', event: a.event.id, status: 'going', idempotencyKey: 'click-1' }));
    await svc.service.run(actor('bob'), { type: 'rsvp', event: a.event.id, status: 'declined' });
    const r2 = ok(await svc.service.run(actor('bob'), { type: 'rsvp', event: a.event.id, status: 'going', idempotencyKey: 'click-1' }));
    // The first result comes back (bob was going), drawn over the event as it is now; nothing changes.
    expect({ ...r2, event: undefined }).toEqual({ ...r1, event: undefined });
    expect(r2.status).toBe('going');
    expect(r2.event.counts).toMatchObject({ going: 0, declined: 1 });
    expect(ok(await svc.service.run(actor('bob'), { type: 'get', event: a.event.id })).event.counts.declined).toBe(1);
  });

  it('finds events by title and says when a name is ambiguous', async () => {
    await create({ title: 'Board games' });
    await create({ title: 'Board meeting' });
    expect(ok(await svc.service.run(actor('a'), { type: 'get', event: 'board meeting' })).event.title).toBe('Board meeting');
    expect(err(await svc.service.run(actor('a'), { type: 'get', event: 'board' })).code).toBe('ambiguous');
    expect(err(await svc.service.run(actor('a'), { type: 'get', event: 'nothing like it' })).message).toMatch(/couldn't find/);
  });

  it('lists upcoming by channel, workspace, hosting and attending, paged, and past on request', async () => {
    const a = await create({ title: 'A', channelId: 'c1', start: '2026-11-23T10:00:00Z' });
    await create({ title: 'B', channelId: 'c2', start: '2026-11-24T10:00:00Z' });
    const c = await create({ title: 'C', channelId: 'c1', start: '2026-11-22T10:00:00Z' }, 'bob');
    const list = async (cmd: Record<string, unknown>, who = 'alice') =>
      ok(await svc.service.run(actor(who), { type: 'list', ...cmd })).events.map((e) => e.title);
    expect(await list({ scope: 'channel', channelId: 'c1' })).toEqual(['C', 'A']);
    expect(await list({ scope: 'workspace' })).toEqual(['C', 'A', 'B']);
    expect(await list({ scope: 'hosting' })).toEqual(['A', 'B']);
    await svc.service.run(actor('alice'), { type: 'rsvp', event: c.id, status: 'going' });
    expect(await list({ scope: 'attending' })).toEqual(['C']);
    expect(await list({ scope: 'mine' })).toEqual(['C', 'A', 'B']);
    const page = ok(await svc.service.run(actor('alice'), { type: 'list', scope: 'workspace', pageSize: 2 }));
    expect([page.events.length, page.hasMore]).toEqual([2, true]);
    svc.clock.set('2026-11-23T12:00:00Z');
    expect(await list({ scope: 'workspace' })).toEqual(['B']);
    expect(await list({ scope: 'workspace', past: true })).toEqual(['A', 'C']);
    expect(await list({ scope: 'channel', channelId: 'c1', past: true })).toEqual([a.title, 'C']);
  });

  it('list filters by typed text (title or id prefix) for autocomplete', async () => {
    const a = await create({ title: 'Board games' });
    await create({ title: 'Movie night' });
    const titles = async (query: string) =>
      ok(await svc.service.run(actor('x'), { type: 'list', scope: 'workspace', query })).events.map((e) => e.title);
    expect(await titles('BOARD')).toEqual(['Board games']);
    expect(await titles(a.id.slice(0, 4))).toContain('Board games');
    expect(await titles('50%_off')).toEqual([]);
  });

  it('isManager covers platform permission, manager users and manager roles', async () => {
    expect(await svc.service.isManager(actor('u'))).toBe(false);
    expect(await svc.service.isManager(actor('u', { platformManager: true }))).toBe(true);
    ok(await svc.service.run(actor('root', { platformManager: true }), { type: 'workspace_settings', managerUserIds: ['u'], managerRoleIds: ['r'] }));
    expect(await svc.service.isManager(actor('u'))).toBe(true);
    expect(await svc.service.isManager(actor('v', { roles: ['r'] }))).toBe(true);
  });

  it('moving a weekly event to a later hour keeps the series and everyone\'s RSVPs', async () => {
    const e = await create({ title: 'Weekly sync', start: '2026-11-24T19:00:00-05:00', recurrence: { freq: 'WEEKLY', byday: ['TU'] } });
    await svc.service.run(actor('bob'), { type: 'rsvp', event: e.id, status: 'going' });
    const u = ok(await svc.service.run(actor('alice'), { type: 'update', event: e.id, patch: { start: '2026-11-24T20:00:00-05:00' } }));
    expect(u.moved).toBe(true);
    expect(u.event.occurrence.key).toBe('2026-11-25T01:00:00.000Z');
    expect(u.event.counts.going).toBe(1);
    expect(u.event.attendees.going).toEqual(['bob']);
  });

  it('moving a series by exactly one week hands each occurrence\'s answers to the next one', async () => {
    const e = await create({ title: 'Weekly sync', start: '2026-11-24T19:00:00-05:00', recurrence: { freq: 'WEEKLY', byday: ['TU'] } });
    await svc.service.run(actor('bob'), { type: 'rsvp', event: e.id, status: 'going' });
    await svc.service.run(actor('cat'), { type: 'rsvp', event: e.id, status: 'maybe', occurrence: '2026-12-02T00:00:00.000Z' });
    const u = ok(await svc.service.run(actor('alice'), { type: 'update', event: e.id, patch: { start: '2026-12-01T19:00:00-05:00' } }));
    expect(u.event.occurrence.key).toBe('2026-12-02T00:00:00.000Z');
    expect(u.event.attendees.going).toEqual(['bob']);
    const second = ok(await svc.service.run(actor('x'), { type: 'get', event: e.id, occurrence: '2026-12-09T00:00:00.000Z' })).event;
    expect(second.attendees.maybe).toEqual(['cat']);
  });

  it('a new length applies to every occurrence of a series, counted from its own start', async () => {
    const c = ok(await svc.service.run(actor('alice'), { type: 'create', input: { ...base, title: 'Long', durationMinutes: 90 } })).event;
    expect(c.occurrence.end - c.occurrence.start).toBe(90 * 60_000);
    const e = await create({ start: '2026-11-24T19:00:00-05:00', recurrence: { freq: 'WEEKLY', byday: ['TU'] } });
    svc.clock.set('2026-12-05T12:00:00Z'); // the first two occurrences are over
    const u = ok(await svc.service.run(actor('alice'), { type: 'update', event: e.id, patch: { durationMinutes: 120 } }));
    expect(u.event.occurrence.key).toBe('2026-12-09T00:00:00.000Z');
    expect(u.event.occurrence.end - u.event.occurrence.start).toBe(2 * 3_600_000);
    // A new length is a change of the end, not a move.
    expect([u.moved, u.timingChanges]).toEqual([false, ['end']]);
  });

  it('moving a one-off event keeps its RSVPs', async () => {
    const e = await create();
    await svc.service.run(actor('bob'), { type: 'rsvp', event: e.id, status: 'going' });
    const u = ok(await svc.service.run(actor('alice'), { type: 'update', event: e.id, patch: { start: '2026-11-28T20:00:00-05:00' } }));
    expect([u.moved, u.event.counts.going]).toEqual([true, 1]);
  });

  it('an edit that names the same instants in another zone is no move, even while live', async () => {
    const e = await create();
    svc.clock.set('2026-11-28T01:30:00Z');
    const u = ok(
      await svc.service.run(actor('alice'), {
        type: 'update',
        event: e.id,
        patch: { title: 'Renamed', start: '2026-11-28T02:00:00+01:00', timezone: 'Europe/Berlin' },
      }),
    );
    expect(u.moved).toBe(false);
    expect(u.event.timezone).toBe('America/New_York');
    expect(u.event.title).toBe('Renamed');
  });

  it('approving on a cancelled event is refused; a request from before the deadline can still be decided', async () => {
    const e = await create({ approvalRequired: true, rsvpDeadline: '2026-11-25T00:00:00Z' });
    await svc.service.run(actor('bob'), { type: 'rsvp', event: e.id, status: 'going' });
    await svc.service.run(actor('dan'), { type: 'rsvp', event: e.id, status: 'going' });
    svc.clock.set('2026-11-26T00:00:00Z');
    expect(ok(await svc.service.run(actor('alice'), { type: 'decide', event: e.id, userId: 'bob', approve: true })).status).toBe('going');
    ok(await svc.service.run(actor('alice'), { type: 'cancel', event: e.id }));
    expect(err(await svc.service.run(actor('alice'), { type: 'decide', event: e.id, userId: 'dan', approve: true })).code).toBe('closed');
  });

  it('a draft is visible to its hosts only', async () => {
    const e = await create({ publishAt: '2026-11-25T12:00:00Z' });
    expect(ok(await svc.service.run(actor('alice'), { type: 'get', event: e.id })).event.status).toBe('draft');
    expect(err(await svc.service.run(actor('bob'), { type: 'get', event: e.id })).code).toBe('not_found');
  });

  it('a repeating event refuses an RSVP deadline, saying why', async () => {
    const r = err(
      await svc.service.run(actor('alice'), {
        type: 'create',
        input: { ...base, start: '2026-11-24T19:00:00-05:00', recurrence: { freq: 'WEEKLY', byday: ['TU'] }, rsvpDeadline: '2026-11-23T00:00:00Z' },
      }),
    );
    expect(r.message).toMatch(/deadline works for one-off events/);
  });

  it('capacity cannot drop below the most going to any upcoming occurrence of a series', async () => {
    const e = await create({ start: '2026-11-24T19:00:00-05:00', recurrence: { freq: 'WEEKLY', byday: ['TU'] }, capacity: 5 });
    const later = '2026-12-02T00:00:00.000Z';
    for (const u of ['u1', 'u2', 'u3']) await svc.service.run(actor(u), { type: 'rsvp', event: e.id, status: 'going', occurrence: later });
    expect(err(await svc.service.run(actor('alice'), { type: 'update', event: e.id, patch: { capacity: 2 } })).message).toMatch(/3 people/);
  });

  it('update, delete and decide stay inside the tenant', async () => {
    const e = await create({ approvalRequired: true });
    const other = { platform: 'console' as const, workspaceId: 'w2', userId: 'alice', platformManager: true };
    expect(err(await svc.service.run(other, { type: 'update', event: e.id, patch: { title: 'x' } })).code).toBe('not_found');
    expect(err(await svc.service.run(other, { type: 'delete', event: e.id })).code).toBe('not_found');
    expect(err(await svc.service.run(other, { type: 'decide', event: e.id, userId: 'bob', approve: true })).code).toBe('not_found');
    expect(ok(await svc.service.run(actor('alice'), { type: 'get', event: e.id })).event.title).toBe('Game night');
  });

  it('recurring events keep RSVPs per occurrence', async () => {
    const e = await create({
      title: 'Weekly sync',
      start: '2026-11-24T19:00:00-05:00',
      recurrence: { freq: 'WEEKLY', byday: ['TU'], count: 4 },
    });
    ok(await svc.service.run(actor('bob'), { type: 'rsvp', event: e.id, status: 'going' }));
    expect(e.occurrence.key).toBe('2026-11-25T00:00:00.000Z');
    svc.clock.set('2026-11-25T02:00:00Z');
    const next = ok(await svc.service.run(actor('bob'), { type: 'get', event: e.id })).event;
    expect(next.occurrence.key).toBe('2026-12-02T00:00:00.000Z');
    expect(next.counts.going).toBe(0);
    const first = ok(await svc.service.run(actor('bob'), { type: 'get', event: e.id, occurrence: '2026-11-25T00:00:00.000Z' })).event;
    expect(first.counts.going).toBe(1);
  });

  it('settings: user zone wins over the platform zone and the workspace default', async () => {
    expect((await svc.service.preferences(actor('u'))).timezone).toBe('UTC');
    ok(await svc.service.run(actor('m', { platformManager: true }), { type: 'workspace_settings', timezone: 'Europe/Berlin', reminderOffsets: ['PT1H'] }));
    expect((await svc.service.preferences(actor('u'))).timezone).toBe('Europe/Berlin');
    expect((await svc.service.preferences(actor('u', { timezone: 'Asia/Tokyo' }))).timezone).toBe('Asia/Tokyo');
    ok(await svc.service.run(actor('u'), { type: 'user_settings', timezone: 'America/Chicago', reminderDms: false }));
    expect(await svc.service.preferences(actor('u', { timezone: 'Asia/Tokyo' }))).toMatchObject({ timezone: 'America/Chicago', reminderDms: false });
    expect(err(await svc.service.run(actor('u'), { type: 'user_settings', timezone: 'Nowhere/Land' })).message).toMatch(/time zone/);
    expect((await create()).reminderOffsets).toEqual(['PT1H']);
  });

  it('the deployment default zone applies when nobody set one', async () => {
    const svc2 = new EventService({ store, clock: svc.clock, defaultTimezone: 'Asia/Kolkata' });
    expect((await svc2.preferences(actor('u'))).timezone).toBe('Asia/Kolkata');
  });
});
