/**
 * The fake's Guild Scheduled Events are as strict as Discord's: driven through discord.js's own
 * REST client (the one the bot uses), each refusal carries Discord's code.
 */
import { DiscordAPIError, REST, Routes } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeDiscord, Perm, startFakeDiscord } from './index.ts';

const HOUR = 3_600_000;
let fake: FakeDiscord;
let rest: REST;
let now = Date.parse('2026-06-01T12:00:00Z');
const guild = () => fake.guilds[0]!.id;
const iso = (ms: number) => new Date(ms).toISOString();
const external = (over: Record<string, unknown> = {}) => ({
  name: 'Game night',
  description: 'Bring snacks',
  scheduled_start_time: iso(now + HOUR),
  scheduled_end_time: iso(now + 3 * HOUR),
  privacy_level: 2,
  entity_type: 3,
  entity_metadata: { location: 'The pub' },
  ...over,
});

async function refused(p: Promise<unknown>): Promise<{ status: number; code: number; errors: unknown }> {
  try {
    await p;
  } catch (err) {
    if (err instanceof DiscordAPIError) return { status: err.status, code: Number(err.code), errors: (err.rawError as { errors?: unknown }).errors };
    throw err;
  }
  throw new Error('expected Discord to refuse');
}

beforeEach(async () => {
  now = Date.parse('2026-06-01T12:00:00Z');
  fake = await startFakeDiscord({ now: () => now });
  fake.setBotPermission(guild(), Perm.ManageEvents, true);
  rest = new REST({ api: fake.restUrl, retries: 0 }).setToken('fake-token');
});
afterEach(async () => {
  await fake.close();
});

describe('fake Discord: guild scheduled events', () => {
  it('creates, lists, gets, modifies and deletes an EXTERNAL event', async () => {
    const made = (await rest.post(Routes.guildScheduledEvents(guild()), { body: external() })) as Record<string, unknown>;
    expect(made).toMatchObject({ name: 'Game night', status: 1, entity_type: 3, channel_id: null, creator_id: fake.botUser.id, entity_metadata: { location: 'The pub' } });
    const id = String(made.id);
    expect(await rest.get(Routes.guildScheduledEvents(guild()))).toHaveLength(1);
    const moved = (await rest.patch(Routes.guildScheduledEvent(guild(), id), { body: { scheduled_start_time: iso(now + 2 * HOUR) } })) as Record<string, unknown>;
    expect(Date.parse(String(moved.scheduled_start_time))).toBe(now + 2 * HOUR);
    await rest.delete(Routes.guildScheduledEvent(guild(), id));
    expect(await refused(rest.get(Routes.guildScheduledEvent(guild(), id)))).toMatchObject({ status: 404, code: 10070 });
  });

  it('refuses what Discord refuses: required fields, lengths, a start in the past, an end before the start, a channel on EXTERNAL', async () => {
    const route = Routes.guildScheduledEvents(guild());
    const { name: _n, ...noName } = external();
    for (const body of [
      noName,
      external({ name: '' }),
      external({ name: 'n'.repeat(101) }),
      external({ description: 'd'.repeat(1001) }),
      external({ entity_metadata: {} }),
      external({ entity_metadata: { location: 'l'.repeat(101) } }),
      external({ scheduled_start_time: iso(now - 60_000) }),
      external({ scheduled_end_time: iso(now + HOUR - 1) }),
      external({ scheduled_end_time: null }),
      external({ channel_id: fake.guilds[0]!.channels[0]!.id }),
      external({ privacy_level: 1 }),
    ]) {
      expect(await refused(rest.post(route, { body })), JSON.stringify(body)).toMatchObject({ status: 400, code: 50035 });
    }
    expect(fake.scheduledEvents(guild())).toHaveLength(0);
  });

  it('follows the status transitions: SCHEDULED → ACTIVE | CANCELED, ACTIVE → COMPLETED, finished is final (180000)', async () => {
    const a = String(((await rest.post(Routes.guildScheduledEvents(guild()), { body: external() })) as { id: string }).id);
    const b = String(((await rest.post(Routes.guildScheduledEvents(guild()), { body: external() })) as { id: string }).id);
    expect(await refused(rest.patch(Routes.guildScheduledEvent(guild(), a), { body: { status: 3 } }))).toMatchObject({ code: 50035 });
    await rest.patch(Routes.guildScheduledEvent(guild(), a), { body: { status: 4 } });
    expect(await refused(rest.patch(Routes.guildScheduledEvent(guild(), a), { body: { status: 1 } }))).toMatchObject({ code: 180000 });
    expect(await refused(rest.patch(Routes.guildScheduledEvent(guild(), a), { body: { name: 'again' } }))).toMatchObject({ code: 180000 });
    await rest.patch(Routes.guildScheduledEvent(guild(), b), { body: { status: 2 } });
    expect(await refused(rest.patch(Routes.guildScheduledEvent(guild(), b), { body: { status: 4 } }))).toMatchObject({ code: 50035 });
    await rest.patch(Routes.guildScheduledEvent(guild(), b), { body: { status: 3 } });
    expect(fake.scheduledEvents(guild()).map((e) => e.status)).toEqual([4, 3]);
  });

  it('holds at most 100 uncompleted events per guild (30038); a cancelled one frees its place', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 100; i++) ids.push(String(((await rest.post(Routes.guildScheduledEvents(guild()), { body: external({ name: `E${i}` }) })) as { id: string }).id));
    expect(await refused(rest.post(Routes.guildScheduledEvents(guild()), { body: external() }))).toMatchObject({ status: 400, code: 30038 });
    await rest.patch(Routes.guildScheduledEvent(guild(), ids[0]!), { body: { status: 4 } });
    await rest.post(Routes.guildScheduledEvents(guild()), { body: external({ name: 'room again' }) });
    expect(await refused(rest.post(Routes.guildScheduledEvents(guild()), { body: external() }))).toMatchObject({ code: 30038 });
  }, 30_000);

  it('answers 50013 Missing Permissions without Manage Events', async () => {
    fake.setBotPermission(guild(), Perm.ManageEvents, false);
    expect(await refused(rest.post(Routes.guildScheduledEvents(guild()), { body: external() }))).toMatchObject({ status: 403, code: 50013 });
    expect(fake.scheduledEvents(guild())).toHaveLength(0);
  });
});
