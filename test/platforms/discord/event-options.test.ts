import { afterEach, describe, expect, it } from 'vitest';
import { buttonClick, Callback, modalSubmit, opt, route, slashCommand, sub } from '../../harness/discord/index.ts';
import { body, boot, click, create, eventually, type Body, type Bot } from './support.ts';

let env: Bot | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const get = async (b: Bot, id: string) => {
  const r = await b.service.run({ platform: 'discord', workspaceId: b.guild.id, userId: b.host.id }, { type: 'get', event: id });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.event;
};

/** Issue 14, item 1 on Discord: every option from create, the edit options, and forms with user, role and channel selects. */
describe('event options on discord', () => {
  it('create takes kind, invitees (people and roles), co-hosts and approval; the card says so; others are refused', async () => {
    env = await boot();
    const b = env;
    const role = '777000000000000001';
    const { id, card, cb } = await create(b, [
      opt('title', 'Pottery'),
      opt('when', 'friday 6pm'),
      opt('kind', 'workshop'),
      opt('invite', `<@${b.alice.id}> <@&${role}>`),
      opt('cohosts', `<@${b.carol.id}>`),
      opt('approval', true),
      opt('remind_by', 'dm'),
    ]);
    expect(cb['data']['content']).toMatch(/^✅ Created \*\*Pottery\*\*/);
    const v = await get(b, id);
    expect(v).toMatchObject({ kind: 'workshop', visibility: 'invite_only', invitees: { users: [b.alice.id], roles: [role] }, approvalRequired: true, reminderAudience: 'dm' });
    expect(v.hostIds).toEqual([b.host.id, b.carol.id]);
    const embed = JSON.stringify(card['embeds']);
    expect(embed).toContain('Workshop');
    expect(embed).toContain(`Only <@&${role}> and <@${b.alice.id}> can RSVP`);
    expect(embed).toContain(`<@${b.carol.id}>`);
    const refused = body(await click(b, card, `rsvp:${id}:going`, b.bob).callback());
    expect(refused['data']).toMatchObject({ flags: 64 });
    // The refusal names the role (a mention Discord shows by name) and pings nobody.
    expect(refused['data']['content']).toBe(`⚠️ "Pottery" is for <@&${role}> and invited people only — ask a host to invite you.`);
    expect(refused['data']['allowed_mentions']).toEqual({ parse: [] });
    await click(b, card, `rsvp:${id}:going`, b.alice).callback();
    expect((await get(b, id)).attendees.pending).toEqual([b.alice.id]);
    // Bob gets the role: the interaction carries it, and he is let in (approval pending).
    const admitted = body(await b.fake.interact(buttonClick({ guild: b.guild, user: b.bob, customId: `rsvp:${id}:going`, message: card, roles: [role] })).callback());
    expect(JSON.stringify(admitted)).not.toContain('ask a host');
    expect((await get(b, id)).attendees.pending).toEqual([b.alice.id, b.bob.id]);
  });

  it('a bad mention or a clash is a clear ephemeral message, and nothing is created', async () => {
    env = await boot();
    const b = env;
    const bad = await create(b, [opt('title', 'x'), opt('when', 'friday 6pm'), opt('cohosts', '@somebody')]);
    expect(bad.cb['data']).toMatchObject({ flags: 64 });
    expect(bad.content).toMatch(/couldn't read "@somebody" as a co-host\. Mention people with @/);
    const both = await create(b, [opt('title', 'x'), opt('when', 'friday 6pm'), opt('dm', true), opt('remind_by', 'channel')]);
    expect(both.content).toMatch(/not both/);
    const list = await b.service.run({ platform: 'discord', workspaceId: b.guild.id, userId: b.host.id }, { type: 'list' });
    expect(list.ok && list.value.events.length).toBe(0);
  });

  it('the who form (from the create reply) has user and role selects prefilled; submitting sets invitees, co-hosts and approval', async () => {
    env = await boot();
    const b = env;
    const { id, cb } = await create(b, [opt('title', 'Dinner'), opt('when', 'friday 8pm'), opt('invite', `<@${b.alice.id}>`)]);
    const buttons = (cb['data']['components'] as Body[])[0]!['components'] as Body[];
    expect(buttons.map((c) => c['custom_id'])).toEqual([`who:${id}`, `more:${id}`]);
    const reply = b.fake.messages(b.channelId).find((m) => JSON.stringify(m['components'] ?? []).includes(`"who:${id}"`))!;
    const open = click(b, reply, `who:${id}`, b.host);
    const modal = body(await open.callback());
    expect(modal['type']).toBe(Callback.Modal);
    const parts = (modal['data']['components'] as Body[]).map((l) => [l['type'], l['component']['type'], l['component']['custom_id']]);
    expect(parts).toEqual([
      [18, 3, 'visibility'],
      [18, 5, 'invite_users'],
      [18, 6, 'invite_roles'],
      [18, 5, 'cohosts'],
      [18, 3, 'approval'],
    ]);
    const users = (modal['data']['components'] as Body[])[1]!['component'];
    expect(users['default_values']).toEqual([{ id: b.alice.id, type: 'user' }]);

    const role = '777000000000000002';
    const submit = b.fake.interact(
      modalSubmit({
        guild: b.guild,
        user: b.host,
        customId: `who:${id}`,
        fields: [
          { customId: 'visibility', values: ['invite_only'], select: 3 },
          { customId: 'invite_users', values: [b.bob.id], select: 5 },
          { customId: 'invite_roles', values: [role], select: 6 },
          { customId: 'cohosts', values: [b.carol.id], select: 5 },
          { customId: 'approval', values: ['on'], select: 3 },
        ],
      }),
    );
    expect(body(await submit.callback())['data']['content']).toMatch(/Updated \*\*Dinner\*\* \(visibility, invite, cohosts, approval\)/);
    expect(await get(b, id)).toMatchObject({ visibility: 'invite_only', invitees: { users: [b.bob.id], roles: [role] }, approvalRequired: true, hostIds: [b.host.id, b.carol.id] });
  });

  it('the more form (kind, repeat, deadline, reminders, channel select) changes only what was changed', async () => {
    env = await boot();
    const b = env;
    const { id } = await create(b, [opt('title', 'Standup'), opt('when', 'monday 9am'), opt('reminders', '15m')]);
    const open = b.fake.interact(slashCommand({ guild: b.guild, user: b.host, name: 'event', options: [sub('edit', [opt('event', id), opt('form', 'more')])] }));
    const modal = body(await open.callback());
    expect(modal['type']).toBe(Callback.Modal);
    const parts = (modal['data']['components'] as Body[]).map((l) => [l['component']['type'], l['component']['custom_id']]);
    expect(parts).toEqual([
      [3, 'kind'],
      [3, 'repeat'],
      [4, 'deadline'],
      [4, 'reminders'],
      [8, 'channel'],
    ]);
    const shown = Object.fromEntries((modal['data']['components'] as Body[]).map((l) => [l['component']['custom_id'], l['component']['value']]));
    expect(shown['reminders']).toBe('15 minutes');
    const other = b.guild.channels[1]!.id;
    const submit = b.fake.interact(
      modalSubmit({
        guild: b.guild,
        user: b.host,
        customId: `more:${id}`,
        fields: [
          { customId: 'kind', values: ['meeting'], select: 3 },
          { customId: 'repeat', values: ['weekly'], select: 3 },
          { customId: 'deadline', value: '' },
          { customId: 'reminders', value: '15 minutes' },
          { customId: 'channel', values: [other], select: 8 },
        ],
      }),
    );
    expect(body(await submit.callback())['data']['content']).toMatch(/Updated \*\*Standup\*\* \(kind, repeat, channel\)/);
    expect(await get(b, id)).toMatchObject({ kind: 'meeting', recurrence: { freq: 'WEEKLY', byday: ['MO'] }, channelId: other, reminderOffsets: ['PT15M'] });
  });

  it('/event edit with options changes them at once, in the same words as the text grammar', async () => {
    env = await boot();
    const b = env;
    const { id } = await create(b, [opt('title', 'Quiz'), opt('when', 'friday 8pm'), opt('invite', `<@${b.alice.id}>`), opt('capacity', 4)]);
    const edit = b.fake.interact(
      slashCommand({
        guild: b.guild,
        user: b.host,
        name: 'event',
        options: [sub('edit', [opt('event', id), opt('capacity', 0), opt('visibility', 'public'), opt('announce', 'monday 9am'), opt('remind_by', 'both'), opt('approval', true)])],
      }),
    );
    expect(body(await edit.callback())['data']['content']).toMatch(/Updated \*\*Quiz\*\*/);
    expect(await get(b, id)).toMatchObject({
      capacity: null,
      visibility: 'public',
      invitees: { users: [b.alice.id], roles: [] },
      publishAt: Date.parse('2026-11-23T09:00:00Z'),
      reminderAudience: 'both',
      approvalRequired: true,
    });
    const both = b.fake.interact(slashCommand({ guild: b.guild, user: b.host, name: 'event', options: [sub('edit', [opt('event', id), opt('when', 'saturday 8pm'), opt('capacity', 3)])] }));
    expect(body(await both.callback())['data']['content']).toMatch(/Change the time \(`when`, `end`\) on its own/);
    const bad = b.fake.interact(slashCommand({ guild: b.guild, user: b.alice, name: 'event', options: [sub('edit', [opt('event', id), opt('approval', false)])] }));
    expect(body(await bad.callback())['data']['content']).toMatch(/^⚠️ Only the hosts/);
  });
});

/** Issue 14, item 2 on Discord: list pages with buttons, date range and kind, "still need N". */
describe('lists on discord', () => {
  it('pages with ◀ / ▶ buttons, filters by range and kind, and says "still need N"', async () => {
    env = await boot();
    const b = env;
    const seed = async (title: string, start: string, extra: Record<string, unknown> = {}) => {
      const r = await b.service.run({ platform: 'discord', workspaceId: b.guild.id, userId: b.host.id }, { type: 'create', input: { title, start, timezone: 'UTC', channelId: b.channelId, ...extra } });
      if (!r.ok) throw new Error(r.error.message);
    };
    for (let d = 1; d <= 16; d++) await seed(`Meetup ${d}`, `2026-12-${String(d).padStart(2, '0')}T18:00:00Z`, { kind: d % 4 === 0 ? 'workshop' : 'social' });
    await seed('Board games', '2026-12-20T19:00:00Z', { minAttendees: 4, kind: 'game' });
    const list = b.fake.interact(slashCommand({ guild: b.guild, user: b.alice, name: 'event', options: [sub('list', [])] }));
    const first = body(await list.callback())['data'];
    expect(first['embeds'][0]['title']).toBe('Upcoming events · page 1');
    expect(String(first['embeds'][0]['description']).split('\n')).toHaveLength(15);
    const buttons = first['components'][0]['components'] as Body[];
    expect(buttons.map((c) => [c['label'], c['disabled']])).toEqual([['◀ Previous', true], ['Next ▶', false]]);
    const reply = b.fake.messages(b.channelId).find((m) => JSON.stringify(m['components'] ?? []).includes(String(buttons[1]!['custom_id'])))!;
    const next = body(await click(b, reply, String(buttons[1]!['custom_id']), b.alice).callback());
    expect(next['type']).toBe(Callback.UpdateMessage);
    const second = String(next['data']['embeds'][0]['description']);
    expect(second.split('\n')).toHaveLength(2);
    expect(second).toMatch(/\*\*Board games\*\* .* · 0 going, still need 4 \(at least 4\)/);
    expect((next['data']['components'][0]['components'] as Body[]).map((c) => c['disabled'])).toEqual([false, true]);

    const filtered = b.fake.interact(
      slashCommand({ guild: b.guild, user: b.alice, name: 'event', options: [sub('list', [opt('from', 'dec 1'), opt('to', 'dec 12'), opt('kind', 'workshop')])] }),
    );
    const f = body(await filtered.callback())['data'];
    expect(String(f['embeds'][0]['description']).match(/Meetup \d+/g)).toEqual(['Meetup 4', 'Meetup 8', 'Meetup 12']);
    expect(f['components']).toEqual([]);
    const bad = b.fake.interact(slashCommand({ guild: b.guild, user: b.alice, name: 'event', options: [sub('list', [opt('from', 'whenever')])] }));
    expect(body(await bad.callback())['data']).toMatchObject({ flags: 64, content: expect.stringMatching(/^⚠️ I couldn't read "whenever" as a date/) });
  });

  it('create and edit take a minimum (min), and the card says how many more are needed', async () => {
    env = await boot();
    const b = env;
    const { id, card } = await create(b, [opt('title', 'Five-a-side'), opt('when', 'friday 6pm'), opt('min', 10)]);
    expect(JSON.stringify(card['embeds'])).toContain('still need 10 (at least 10)');
    const edit = b.fake.interact(slashCommand({ guild: b.guild, user: b.host, name: 'event', options: [sub('edit', [opt('event', id), opt('min', 0)])] }));
    expect(body(await edit.callback())['data']['content']).toMatch(/Updated/);
    expect((await get(b, id)).minAttendees).toBeNull();
  });
});

/** Issue 14, item 3 on Discord: an opt-in role ping on the announcement and channel reminders, allowed_mentions exactly that role. */
describe('role pings on discord', () => {
  it('the card post and the channel reminder ping the event roles, with allowed_mentions set to exactly them', async () => {
    env = await boot();
    const b = env;
    const role = '777000000000000009';
    const { id } = await create(b, [opt('title', 'Raid'), opt('when', 'today 6pm'), opt('ping', `<@&${role}>`), opt('reminders', '1h')]);
    expect((await get(b, id)).pingRoles).toEqual([role]);
    const post = b.fake.findRequests(route('POST', `/channels/${b.channelId}/messages`)).find((r) => JSON.stringify(r.body).includes(`Event ${id}`))!;
    expect((post.body as Body)['content']).toBe(`<@&${role}>`);
    expect((post.body as Body)['allowed_mentions']).toEqual({ parse: [], roles: [role] });
    b.clock.set(new Date('2026-11-21T17:00:00Z'));
    await b.scheduler.drain();
    const reminder = await eventually(
      () => b.fake.findRequests(route('POST', /\/channels\/\d+\/messages$/)).find((r) => String((r.body as Body)['content']).includes('⏰')),
      'the reminder',
    );
    expect(String((reminder.body as Body)['content'])).toMatch(new RegExp(`^<@&${role}> `));
    expect((reminder.body as Body)['allowed_mentions']).toMatchObject({ parse: [], roles: [role] });
    // A card without pings pings nobody.
    const quiet = await create(b, [opt('title', 'Quiet'), opt('when', 'friday 6pm')]);
    const quietPost = b.fake.findRequests(route('POST', `/channels/${b.channelId}/messages`)).find((r) => JSON.stringify(r.body).includes(`Event ${quiet.id}`))!;
    expect((quietPost.body as Body)['allowed_mentions']).toEqual({ parse: [] });
    expect((quietPost.body as Body)['content']).toBeUndefined();
  });
});
