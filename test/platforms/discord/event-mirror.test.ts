/**
 * The Discord Scheduled Events mirror, end to end: the real discord.js client and the real
 * scheduler against the strict fake Discord (which holds the scheduled events, refuses what
 * Discord refuses, and records every call).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActorInput } from '../../../src/core/actor.ts';
import { error } from '../../harness/discord/router.ts';
import { group, opt, Perm, route, slashCommand, sub, type RecordedRequest } from '../../harness/discord/index.ts';
import { body, boot, type Bot } from './support.ts';

const HOUR = 3_600_000;
const EVENTS = /^\/guilds\/\d+\/scheduled-events/;
let b: Bot;

beforeEach(async () => {
  b = await boot();
});
afterEach(async () => {
  await b.close();
});

const manager = (): ActorInput => ({ platform: 'discord', workspaceId: b.guild.id, userId: b.host.id, platformManager: true });
const eventCalls = () => b.fake.requests.filter((r) => EVENTS.test(r.path) && r.method !== 'GET');
const shown = () => b.fake.scheduledEvents(b.guild.id);
const at = (hours: number) => new Date(b.clock.now().getTime() + hours * HOUR).toISOString();

async function create(input: Record<string, unknown>): Promise<string> {
  const r = await b.service.run(manager(), { type: 'create', input: { timezone: 'Europe/Berlin', channelId: b.channelId, ...input } as never });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.event.id;
}

/** Runs the scheduler until nothing is due (bounded). */
async function settle(): Promise<void> {
  for (let i = 0; i < 40; i++) if ((await b.scheduler.runOnce()).claimed === 0) return;
  throw new Error('the scheduler did not settle');
}

/** `/event settings discord-events enabled:true` from a manager; the reply's text. */
async function setting(enabled: boolean): Promise<string> {
  const handle = b.fake.interact(
    slashCommand({ guild: b.guild, user: b.host, memberPermissions: Perm.ManageGuild, name: 'event', options: [group('settings', [sub('discord-events', [opt('enabled', enabled)])])] }),
  );
  const cb = body(await handle.callback());
  if (cb['data']?.['content']) return String(cb['data']['content']);
  return String(body(await handle.webhook())['content'] ?? '');
}

async function turnOn(): Promise<void> {
  b.fake.setBotPermission(b.guild.id, Perm.ManageEvents, true);
  expect(await setting(true)).toContain('Events');
}

describe('Discord Scheduled Events mirror', () => {
  it('is off by default: nothing reaches Discord’s events', async () => {
    await create({ title: 'Quiet', start: at(5) });
    await settle();
    expect(eventCalls()).toEqual([]);
  });

  it('asks for Manage Events when turned on without it, and stays off', async () => {
    await create({ title: 'Quiet', start: at(5) });
    const text = await setting(true);
    expect(text).toContain('Manage Events');
    expect(text).toContain('permissions=');
    await settle();
    expect(eventCalls()).toEqual([]);
  });

  it('creates, edits, cancels and deletes in step with the events, as EXTERNAL events with a place and an end', async () => {
    const game = await create({ title: 'Game night', start: at(5), end: at(8), location: 'The pub', description: 'Bring snacks' });
    const talk = await create({ title: 'Talk', start: at(30), location: 'https://meet.example.com/talk' });
    await turnOn();
    await settle();
    const posts = eventCalls().filter((r) => r.method === 'POST');
    expect(posts.map((r) => body(r)['name'])).toEqual(['Game night', 'Talk']);
    expect(body(posts[0]!)).toMatchObject({
      entity_type: 3,
      privacy_level: 2,
      entity_metadata: { location: 'The pub' },
      scheduled_start_time: new Date(Date.parse(at(5))).toISOString(),
      scheduled_end_time: new Date(Date.parse(at(8))).toISOString(),
    });
    expect(String(body(posts[0]!)['description'])).toContain('Bring snacks');
    expect(body(posts[1]!)['entity_metadata']).toEqual({ location: 'https://meet.example.com/talk' });
    expect(b.fake.requests.filter((r) => EVENTS.test(r.path)).every((r) => (r.status ?? 0) < 300)).toBe(true);

    // An edit moves it; a second sync with nothing changed calls nothing.
    b.clock.advance(60_000);
    const before = eventCalls().length;
    if (!(await b.service.run(manager(), { type: 'update', event: game, patch: { start: at(6), title: 'Game night (moved)' } })).ok) throw new Error('edit');
    await settle();
    const patch = eventCalls().slice(before);
    expect(patch.map((r) => r.method)).toEqual(['PATCH']);
    expect(body(patch[0]!)).toMatchObject({ name: 'Game night (moved)', scheduled_start_time: new Date(Date.parse(at(6))).toISOString() });

    // Cancelled: CANCELED (allowed from SCHEDULED). Deleted: DELETE.
    if (!(await b.service.run(manager(), { type: 'cancel', event: game, reason: 'rain' })).ok) throw new Error('cancel');
    if (!(await b.service.run(manager(), { type: 'delete', event: talk, confirmed: true })).ok) throw new Error('delete');
    await settle();
    const last = eventCalls().slice(before + 1);
    expect(last.map((r) => `${r.method} ${r.method === 'PATCH' ? JSON.stringify(r.body) : ''}`)).toEqual(['PATCH {"status":4}', 'DELETE ']);
    expect(shown().map((e) => [e['name'], e['status']])).toEqual([['Game night (moved)', 4]]);
    const records = await b.store.db.selectFrom('event_mirrors').selectAll().execute();
    expect(records).toEqual([]);
  });

  it('shows a series by its next date, moving on when one ends (a durable follow-up, not a timer)', async () => {
    const firstStart = Date.parse(at(2));
    await create({ title: 'Weekly', start: at(2), recurrence: { freq: 'WEEKLY', count: 3 } });
    await turnOn();
    await settle();
    const first = shown()[0]!;
    expect(Date.parse(String(first['scheduled_start_time']))).toBe(Date.parse(at(2)));
    const followUp = await b.store.db.selectFrom('reminders').select(['due_at', 'reason']).where('kind', '=', 'mirror').where('state', '=', 'pending').execute();
    expect(followUp.map((r) => r.reason)).toEqual(['at']);
    // Discord ran it (someone started it in its UI); after the end, the next date is a new event.
    first['status'] = 2;
    b.clock.set(new Date(Number(followUp[0]!.due_at)).toISOString());
    await settle();
    expect(shown().map((e) => e['status'])).toEqual([3, 1]);
    // Late November in Berlin: no DST change within the week, so one week is 168 hours.
    expect(Date.parse(String(shown()[1]!['scheduled_start_time']))).toBe(firstStart + 7 * 24 * HOUR);
  });

  it('a draft shows once the scheduler publishes it at its announce time', async () => {
    await turnOn();
    await create({ title: 'Later', start: at(48), publishAt: at(2) });
    await settle();
    expect(shown()).toEqual([]);
    b.clock.set(at(2));
    await settle();
    expect(shown().map((e) => e['name'])).toEqual(['Later']);
  });

  it('publishing a draft queues its sync in the same transaction: the core command leaves the event out and its sync row together', async () => {
    await turnOn();
    const id = await create({ title: 'Later', start: at(48), publishAt: at(2) });
    await settle();
    b.clock.set(at(2));
    const pendingSyncs = () => b.store.db.selectFrom('reminders').select('key').where('kind', '=', 'mirror').where('state', '=', 'pending').execute();
    expect(await pendingSyncs()).toEqual([]);
    // What the scheduler runs at the publish time, before any delivery: the sync is already queued.
    const r = await b.service.publishDue({ platform: 'discord', workspaceId: b.guild.id, id, creatorId: b.host.id });
    expect(r.ok && r.value.published).toBe(true);
    expect(await pendingSyncs()).toHaveLength(1);
    await settle();
    expect(shown().map((e) => e['name'])).toEqual(['Later']);
  });

  it('holds the 100 nearest, and the next one takes a freed place', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 103; i++) ids.push(await create({ title: `E${String(i).padStart(3, '0')}`, start: at(3 + i) }));
    await turnOn();
    await settle();
    expect(shown()).toHaveLength(100);
    expect(shown().map((e) => e['name']).sort()).toEqual(ids.slice(0, 100).map((_, i) => `E${String(i).padStart(3, '0')}`));
    expect(b.fake.requests.some((r) => r.status === 400)).toBe(false);
    // A cancellation frees a place (CANCELED no longer counts): E100 comes in.
    if (!(await b.service.run(manager(), { type: 'cancel', event: ids[5]!, reason: null })).ok) throw new Error('cancel');
    await settle();
    expect(shown().filter((e) => e['status'] === 1).map((e) => e['name'])).toContain('E100');
    // Time passing frees one too: after E000 ends, E101 comes in, by the follow-up row alone.
    b.clock.set(at(5));
    await settle();
    const live = shown().filter((e) => e['status'] === 1 || e['status'] === 2).map((e) => String(e['name']));
    expect(live).toHaveLength(100);
    expect(live).toContain('E101');
    expect(live).not.toContain('E000');
  }, 60_000);

  it('puts back what was changed or deleted in Discord’s UI at the next sync (Convene is the source of truth)', async () => {
    const id = await create({ title: 'Source of truth', start: at(10), location: 'Hall' });
    await turnOn();
    await settle();
    const e = shown()[0]!;
    e['name'] = 'Renamed in Discord';
    if (!(await b.service.run(manager(), { type: 'update', event: id, patch: { location: 'Hall B' } })).ok) throw new Error('edit');
    await settle();
    expect(shown()[0]).toMatchObject({ name: 'Source of truth', entity_metadata: { location: 'Hall B' } });
    b.fake.scheduledEvents(b.guild.id).splice(0, 1);
    if (!(await b.service.run(manager(), { type: 'update', event: id, patch: { description: 'again' } })).ok) throw new Error('edit');
    await settle();
    expect(shown()).toHaveLength(1);
    expect(shown()[0]).toMatchObject({ name: 'Source of truth', status: 1 });
  });

  it('a failed delivery is replayed without a duplicate: Discord created it, the answers were lost', async () => {
    let failing = true;
    const id = await create({ title: 'Once only', start: at(10) });
    // Discord carries out every POST but the bot never hears back (discord.js retries a 500 itself).
    b.fake.setIntercept((req: RecordedRequest) => {
      if (!failing || req.method !== 'POST' || !/^\/guilds\/\d+\/scheduled-events$/.test(req.path)) return undefined;
      b.fake.state.scheduledEvents.create(b.guild.id, req.body as Record<string, unknown>);
      return error(500, 0, '500: Internal Server Error');
    });
    await turnOn();
    await b.scheduler.runOnce();
    expect(shown().length).toBeGreaterThan(1);
    expect(await b.store.db.selectFrom('event_mirrors').selectAll().execute()).toEqual([]);
    // The row went back for a retry after its backoff (durable: it is a row, not a promise).
    const row = await b.store.db.selectFrom('reminders').selectAll().where('kind', '=', 'mirror').where('state', '=', 'pending').orderBy('due_at').executeTakeFirstOrThrow();
    expect(row.attempts).toBe(1);
    failing = false;
    const posts = eventCalls().filter((r) => r.method === 'POST').length;
    b.clock.set(new Date(Number(row.due_at)).toISOString());
    await settle();
    // One of Discord's copies is adopted (found by its marker), the others deleted; nothing posted again.
    const live = shown().filter((e) => e['status'] === 1);
    expect(live).toHaveLength(1);
    expect(shown()).toHaveLength(1);
    const records = await b.store.db.selectFrom('event_mirrors').selectAll().execute();
    expect(records.map((r) => [r.event_id, r.remote_id])).toEqual([[id, live[0]!['id']]]);
    expect(eventCalls().filter((r) => r.method === 'POST')).toHaveLength(posts);
  });

  it('writes the sync in the same transaction as the change: a refused change queues nothing', async () => {
    b.fake.setBotPermission(b.guild.id, Perm.ManageEvents, true);
    if (!(await b.service.run(manager(), { type: 'workspace_settings', mirrorEvents: true })).ok) throw new Error('on');
    await settle();
    const bad = await b.service.run(manager(), { type: 'create', input: { title: '', start: at(3), timezone: 'Europe/Berlin' } as never });
    expect(bad.ok).toBe(false);
    expect(await b.store.db.selectFrom('reminders').select('key').where('kind', '=', 'mirror').where('reason', '=', 'change').where('state', '=', 'pending').execute()).toEqual([]);
    await create({ title: 'Counted', start: at(3) });
    expect(await b.store.db.selectFrom('reminders').select('key').where('kind', '=', 'mirror').where('reason', '=', 'change').where('state', '=', 'pending').execute()).toHaveLength(1);
  });

  it('a missing Manage Events at sync time fails the sync with a clear reason (no retry storm, nothing half done)', async () => {
    await create({ title: 'Needs permission', start: at(5) });
    await turnOn();
    await settle();
    b.fake.setBotPermission(b.guild.id, Perm.ManageEvents, false);
    await create({ title: 'Second', start: at(6) });
    await settle();
    const failed = await b.store.db.selectFrom('reminders').select(['state', 'last_error']).where('kind', '=', 'mirror').where('state', '=', 'failed').execute();
    expect(failed).toHaveLength(1);
    expect(failed[0]!.last_error).toContain('Manage Events');
    expect(b.fake.findRequests(route('POST', /scheduled-events$/)).filter((r) => r.status === 403)).toHaveLength(1);
  });
});
