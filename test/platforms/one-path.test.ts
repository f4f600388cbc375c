import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.ts';
import type { ActorInput } from '../../src/core/actor.ts';
import { EventService } from '../../src/core/service.ts';
import type { EventView } from '../../src/core/view.ts';
import { ConsoleSession } from '../../src/platforms/console/index.ts';
import { runParseCli } from '../../src/when/cli-parse.ts';
import { createReminderLifecycle } from '../../src/scheduler/index.ts';
import type { Store } from '../../src/store/database.ts';
import { group, opt, slashCommand, sub } from '../harness/discord/index.ts';
import { FAKE_TEAM, FAKE_USER, signedPost, slashCommandBody } from '../harness/slack/index.ts';
import { boot, body, type Bot } from './discord/support.ts';
import { NOW, SECRET, startRig, type Rig } from './slack/setup.ts';
import { storeFactories } from '../support/stores.ts';
import { startApi } from './http/support.ts';

/**
 * Issue 9, "Done means": the same phrase gives the same reading through `cli parse`, the console,
 * Slack's /event (the real Bolt app against the fake Slack) and Discord's options (real discord.js
 * against the fake Discord). Every door reads with readWhen; this test would catch a second path.
 */
const ZONE = 'Europe/Berlin';
const LINES = [
  'Movie night saturday 9pm',
  'Top 5 albums club sun 4pm',
  'Raid night 2 thursday 9pm',
  'Game night friday 8-10pm at the pub',
  'Offsite dec 10-12',
  'Standup every weekday 9:30am',
  'Review 3/4 5pm',
  'Dinner dec 3 7pm CET',
  'Retro monday 10:00 for 90 minutes',
  'Planning tomorrow at 4',
  'Sync friday at 4',
  'Standup every tuesday at 8',
  'Call at 9',
];

/** What a door understood: a reading, a question (its candidates' starts and repeats), or a refusal. */
type Reading = { start: string; allDay: boolean; repeats: boolean };
type Understood = Reading | { question: Reading[] } | 'refused';

const instant = (iso: string) => new Date(iso).toISOString();

async function viaCli(): Promise<Understood[]> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (d: Buffer) => (text += d.toString()));
  input.end(LINES.map((line) => JSON.stringify({ text: line, timezone: ZONE, now: NOW })).join('\n'));
  await runParseCli(['--jsonl'], input, output);
  return text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .map((o): Understood => {
      const read = (c: Record<string, unknown>) => ({ start: instant(String(c.start)), allDay: Boolean(c.allDay), repeats: c.recurrence !== null });
      if ('candidates' in o) return { question: (o.candidates as Record<string, unknown>[]).map(read) };
      return 'error' in o ? 'refused' : read(o);
    });
}

/** The events a tenant has, newest last by id order of creation. */
async function events(service: EventService, actor: ActorInput): Promise<EventView[]> {
  const r = await service.run(actor, { type: 'list', scope: 'workspace', pageSize: 25 });
  return r.ok ? r.value.events : [];
}

/** The time questions a tenant's doors hold (every door holds them in the core), newest last. */
async function questions(store: Store, actor: ActorInput): Promise<Reading[][]> {
  const rows = await store.db
    .selectFrom('time_questions')
    .select(['choices', 'created_at', 'id'])
    .where('platform', '=', actor.platform)
    .where('workspace_id', '=', actor.workspaceId)
    .orderBy('created_at')
    .execute();
  return rows.map((r) =>
    (JSON.parse(r.choices) as { command: { input: { start: string; allDay?: boolean; recurrence?: unknown } } }[]).map(({ command: { input } }) => ({
      start: instant(input.start),
      allDay: Boolean(input.allDay),
      repeats: input.recurrence != null,
    })),
  );
}

/** Runs one create through a door; the event it stored (if any) is its reading, the question it holds its candidates. */
async function created(service: EventService, store: Store, actor: ActorInput, run: () => Promise<string>): Promise<Understood> {
  const before = new Set((await events(service, actor)).map((e) => e.id));
  const asked = (await questions(store, actor)).length;
  await run();
  const made = (await events(service, actor)).find((e) => !before.has(e.id));
  if (made) return { start: instant(new Date(made.occurrence.start).toISOString()), allDay: made.allDay, repeats: made.recurrence !== null };
  const held = await questions(store, actor);
  return held.length > asked ? { question: held.at(-1)! } : 'refused';
}

describe('one path from text to time: CLI, console, Slack, Discord, HTTP API', () => {
  let store: Store;
  let rig: Rig;
  let discord: Bot;
  beforeAll(async () => {
    store = await storeFactories()[0]!.open();
    rig = await startRig();
    discord = await boot();
  });
  afterAll(async () => {
    await store.close();
    await rig.close();
    await discord.close();
  });

  it('gives the same reading for the same phrase on every door', async () => {
    const cli = await viaCli();

    const clock = new ManualClock(NOW);
    const service = new EventService({ store, clock, lifecycle: createReminderLifecycle() });
    const session = new ConsoleSession(service, () => clock.now());
    await session.handle(`/event settings tz ${ZONE}`);
    const consoleSaw: Understood[] = [];
    for (const line of LINES) consoleSaw.push(await created(service, store, session.actor, async () => (await session.handle(`/event create ${line}`))!));

    let n = 0;
    const slash = async (text: string) => {
      const id = `one-path-${++n}`;
      const res = await signedPost(rig.url, slashCommandBody({ command: '/event', text, response_url: rig.fake.responseUrl(id) }), { signingSecret: SECRET });
      expect(res.status).toBe(200);
      return String(((await rig.fake.waitForResponse(id)).body as { text?: string }).text ?? '');
    };
    await slash(`settings tz ${ZONE}`);
    const alice = { platform: 'slack' as const, workspaceId: FAKE_TEAM.id, userId: FAKE_USER.id };
    const slackSaw: Understood[] = [];
    for (const line of LINES) slackSaw.push(await created(rig.service, rig.store, alice, () => slash(`create ${line}`)));

    const d = discord;
    const command = async (options: ReturnType<typeof opt>[]) => {
      const handle = d.fake.interact(slashCommand({ guild: d.guild, user: d.host, name: 'event', options }));
      return String(body(await handle.callback())['data']?.['content'] ?? '');
    };
    await command([group('settings', [sub('timezone', [opt('zone', ZONE)])])]);
    const host = { platform: 'discord' as const, workspaceId: d.guild.id, userId: d.host.id };
    const discordSaw: Understood[] = [];
    // Discord has the title in its own option; the `when` option gets the whole line, title and all.
    for (const line of LINES) discordSaw.push(await created(d.service, d.store, host, () => command([sub('create', [opt('title', 'Same'), opt('when', line)])])));

    // The API takes the name apart too; `when` gets the whole line, read in the event's zone.
    const api = await startApi({ service: rig.service, store: rig.store, clock: new ManualClock(NOW) });
    const apiSaw: Understood[] = [];
    try {
      const key = await api.key({ platform: 'slack', workspaceId: FAKE_TEAM.id });
      const read = (c: { start: string; all_day: boolean; recurrence: string | null }): Reading => ({ start: instant(c.start), allDay: c.all_day, repeats: c.recurrence !== null });
      for (const line of LINES) {
        const r = await api.call('POST', '/events', { key, body: { name: 'Same', when: line, timezone: ZONE } });
        if (r.status === 201) apiSaw.push(read(r.json.data));
        else if (r.json.error.code === 'ambiguous') apiSaw.push({ question: r.json.error.candidates.map(read) });
        else apiSaw.push('refused');
      }
    } finally {
      await api.close();
    }

    const table = LINES.map((line, i) => ({ line, cli: cli[i], console: consoleSaw[i], slack: slackSaw[i], discord: discordSaw[i], api: apiSaw[i] }));
    for (const row of table) {
      expect({ line: row.line, console: row.console, slack: row.slack, discord: row.discord, api: row.api }).toEqual({
        line: row.line,
        console: row.cli,
        slack: row.cli,
        discord: row.cli,
        api: row.cli,
      });
    }
    // The examples read as people mean them (Berlin, a Saturday noon).
    expect(cli[0]).toEqual({ start: '2026-11-21T20:00:00.000Z', allDay: false, repeats: false });
    expect(cli[1]).toMatchObject({ start: '2026-11-22T15:00:00.000Z' });
    expect(cli[2]).toMatchObject({ start: '2026-11-26T20:00:00.000Z' });
    expect(cli[6]).toMatchObject({ start: '2027-04-03T15:00:00.000Z' }); // day first in Berlin
    // Questions offer the same candidates on every door (compared above); am/pm both ways.
    expect(cli[9]).toEqual({ question: [expect.objectContaining({ start: '2026-11-22T15:00:00.000Z' }), expect.objectContaining({ start: '2026-11-22T03:00:00.000Z' })] });
    expect(cli[11]).toEqual({ question: [{ start: '2026-11-24T07:00:00.000Z', allDay: false, repeats: true }, { start: '2026-11-24T19:00:00.000Z', allDay: false, repeats: true }] });
  }, 60_000);
});
