import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  blockActionPayload,
  FAKE_CHANNEL,
  interactionBody,
  shortcutBody,
  signedPost,
  slashCommandBody,
  stateFromView,
  stateValue,
  viewSubmissionBody,
} from '../../harness/slack/index.ts';
import { ACTION, CALLBACK, overflowValue } from '../../../src/platforms/slack/ids.ts';
import { BLOCK } from '../../../src/platforms/slack/render/modal.ts';
import { OPTION_BLOCK } from '../../../src/platforms/slack/render/option-blocks.ts';
import { ALICE, SECRET, seedEvent, startRig, type Rig, fieldValue, slashText } from './setup.ts';

let rig: Rig;
beforeEach(async () => {
  rig = await startRig();
});
afterEach(async () => {
  await rig.close();
});

const post = (body: string) => signedPost(rig.url, body, { signingSecret: SECRET });
const v = fieldValue;
const o = (block: string, value: Record<string, unknown>) => ({ [block]: { [`${block}_input`]: value } });

const slash = (text: string, id: string) => slashText(rig, text, id);

const event = async (ref: string) => {
  const r = await rig.service.run(ALICE, { type: 'get', event: ref });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.event;
};

/** Issue 14, item 1 on Slack: the options in /event's words, and in the form with user selects. */
describe('event options on slack', () => {
  it('/event create reads options after the time, with mentions as Slack sends them (escaped)', async () => {
    const text = await slash(
      'Pottery friday 6pm at the studio capacity 6 invite <@U0BOB0001|bob> <!subteam^S0DESIGN|@design> approval cohost <@U0CAROL01|carol> kind workshop deadline thursday 6pm remind-by dm',
      'c1',
    );
    expect(text).toMatch(/^Created \*Pottery\*/);
    const e = await event('Pottery');
    expect(e).toMatchObject({
      location: 'the studio',
      capacity: 6,
      kind: 'workshop',
      visibility: 'invite_only',
      invitees: { users: ['U0BOB0001'], roles: ['S0DESIGN'] },
      approvalRequired: true,
      reminderAudience: 'dm',
      rsvpDeadline: Date.parse('2026-11-26T17:00:00Z'),
    });
    expect(e.hostIds).toEqual([ALICE.userId, 'U0CAROL01']);
    await rig.deliver();
    const card = JSON.stringify(rig.fake.callsTo('chat.postMessage').at(-1)!.args.blocks);
    expect(card).toContain('Workshop');
    // The fake knows no group S0DESIGN: the card cannot name it, and never shows its id or a pinging mention; bob is named.
    expect(card).toContain('Only <@U0BOB0001> and 1 more can RSVP');
    expect(card).not.toContain('S0DESIGN');
    expect(card).toContain('<@U0CAROL01>');
    expect(card).toContain('RSVP by');
  });

  it('/event edit changes options in the same words; a bare name is refused with what to do', async () => {
    await slash('Quiz friday 8pm', 'c1');
    expect(await slash('edit Quiz kind game cohost <@U0CAROL01> repeat weekly reminders 1h', 'e1')).toMatch(/^Updated \*Quiz\*/);
    expect(await event('Quiz')).toMatchObject({ kind: 'game', hostIds: [ALICE.userId, 'U0CAROL01'], recurrence: { freq: 'WEEKLY', byday: ['FR'] }, reminderOffsets: ['PT1H'] });
    expect(await slash('edit Quiz invite @bob', 'e2')).toMatch(/couldn't read "@bob" as a person or role to invite\. Mention people with @/);
    expect(await slash('edit Quiz repeat none cohost none', 'e3')).toMatch(/^Updated/);
    // Another channel only where the person is (as in the form).
    rig.fake.setChannel({ id: 'C0ADMINS01', name: 'admins', members: ['U0BOSS0001'] });
    expect(await slash('edit Quiz channel <#C0ADMINS01|admins>', 'e4')).toMatch(/^:warning: You're not in <#C0ADMINS01>/);
    expect(await slash('Trivia friday 9pm channel <#C0ADMINS01|admins>', 'e5')).toMatch(/^:warning: You're not in <#C0ADMINS01>/);
    expect(await event('Quiz')).toMatchObject({ recurrence: null, hostIds: [ALICE.userId] });
  });

  it('a link typed in /event (escaped as <url>) stays the location', async () => {
    expect(await slash('Standup monday 9am at <https://meet.example.com|meet.example.com> kind meeting', 'c1')).toMatch(/^Created/);
    expect(await event('Standup')).toMatchObject({ location: 'https://meet.example.com', joinUrl: 'https://meet.example.com', kind: 'meeting' });
  });

  it('the form has kind, who may RSVP, invitee and co-host user selects, approval, deadline, repeat and announce-later', async () => {
    await post(shortcutBody({ callback_id: CALLBACK.createShortcut }));
    const open = await rig.fake.waitForCall('views.open');
    const view = rig.fake.view((open.response!.view as { id: string }).id)!;
    const types = Object.fromEntries((view.blocks as { block_id?: string; element?: { type: string } }[]).map((b) => [b.block_id, b.element?.type]));
    expect(types).toMatchObject({
      kind: 'static_select',
      visibility: 'radio_buttons',
      invite: 'multi_users_select',
      cohosts: 'multi_users_select',
      approval: 'checkboxes',
      deadline: 'plain_text_input',
      repeat: 'static_select',
      announce: 'plain_text_input',
    });
    const res = await post(
      viewSubmissionBody({
        view,
        values: {
          ...stateFromView(view),
          ...v(BLOCK.title, stateValue.text('Book club')),
          ...v(BLOCK.when, stateValue.text('friday 7pm')),
          ...v(BLOCK.channel, { type: 'conversations_select', selected_conversation: FAKE_CHANNEL.id }),
          ...o(OPTION_BLOCK.kind, stateValue.select('social')),
          ...o(OPTION_BLOCK.invite, { type: 'multi_users_select', selected_users: ['U0BOB0001'] }),
          ...o(OPTION_BLOCK.cohosts, { type: 'multi_users_select', selected_users: ['U0CAROL01'] }),
          ...o(OPTION_BLOCK.approval, { type: 'checkboxes', selected_options: [{ value: 'on' }] }),
          ...o(OPTION_BLOCK.repeat, stateValue.select('monthly')),
          ...o(OPTION_BLOCK.announce, stateValue.text('monday 9am')),
        },
      }),
    );
    expect(res.status).toBe(200);
    // A draft until it is announced: found by its id.
    const row = await rig.store.db.selectFrom('events').select('id').where('title', '=', 'Book club').executeTakeFirstOrThrow();
    const e = await event(row.id);
    expect(e).toMatchObject({
      kind: 'social',
      visibility: 'invite_only',
      invitees: { users: ['U0BOB0001'], roles: [] },
      approvalRequired: true,
      recurrence: { freq: 'MONTHLY', byday: ['4FR'] },
      publishAt: Date.parse('2026-11-23T08:00:00Z'),
      status: 'draft',
    });
    expect(e.hostIds).toEqual([ALICE.userId, 'U0CAROL01']);
  });

  it('a bad option in the form shows under its own field and creates nothing', async () => {
    await post(shortcutBody({ callback_id: CALLBACK.createShortcut }));
    const open = await rig.fake.waitForCall('views.open');
    const view = rig.fake.view((open.response!.view as { id: string }).id)!;
    const res = await post(
      viewSubmissionBody({
        view,
        values: {
          ...stateFromView(view),
          ...v(BLOCK.title, stateValue.text('Book club')),
          ...v(BLOCK.when, stateValue.text('friday 7pm')),
          ...v(BLOCK.channel, { type: 'conversations_select', selected_conversation: FAKE_CHANNEL.id }),
          ...o(OPTION_BLOCK.deadline, stateValue.text('whenever')),
        },
      }),
    );
    const body = res.json() as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(body.errors[OPTION_BLOCK.deadline]).toMatch(/couldn't read the RSVP deadline "whenever"/);
    // The core's refusal of a deadline on a series goes under the deadline too.
    const clash = await post(
      viewSubmissionBody({
        view,
        values: {
          ...stateFromView(view),
          ...v(BLOCK.title, stateValue.text('Book club')),
          ...v(BLOCK.when, stateValue.text('friday 7pm')),
          ...v(BLOCK.channel, { type: 'conversations_select', selected_conversation: FAKE_CHANNEL.id }),
          ...o(OPTION_BLOCK.deadline, stateValue.text('thursday noon')),
          ...o(OPTION_BLOCK.repeat, stateValue.select('weekly')),
        },
      }),
    );
    expect((clash.json() as { errors: Record<string, string> }).errors[OPTION_BLOCK.deadline]).toMatch(/RSVP deadline works for one-off events/);
    expect(await rig.service.run(ALICE, { type: 'list' })).toMatchObject({ ok: true, value: { events: [] } });
  });

  it('the edit form shows the options as they are and sends only what changed', async () => {
    const id = await seedEvent(rig, 'Retro', '2026-11-27T15:00:00Z', { kind: 'meeting', coHostIds: ['U0CAROL01'], visibility: 'invite_only', invitees: { users: ['U0BOB0001'], roles: [] } });
    const cardTs = rig.fake.callsTo('chat.postMessage')[0]!.response!.ts as string;
    const menu = blockActionPayload({ action_id: ACTION.overflow, type: 'overflow', message: { ts: cardTs }, response_url: rig.fake.responseUrl('menu') });
    (menu.actions as Record<string, unknown>[])[0]!.selected_option = { value: overflowValue('edit', { eventId: id, occurrence: '' }) };
    rig.fake.clearRecords();
    await post(interactionBody(menu));
    const opened = await rig.fake.waitForCall('views.open');
    const view = rig.fake.view((opened.response!.view as { id: string }).id)!;
    const el = (block: string) => (view.blocks as { block_id?: string; element?: Record<string, unknown> }[]).find((b) => b.block_id === block)!.element!;
    expect(el(OPTION_BLOCK.cohosts)['initial_users']).toEqual(['U0CAROL01']);
    expect(el(OPTION_BLOCK.invite)['initial_users']).toEqual(['U0BOB0001']);
    expect((el(OPTION_BLOCK.kind)['initial_option'] as { value: string }).value).toBe('meeting');
    await post(
      viewSubmissionBody({
        view,
        values: { ...stateFromView(view), ...o(OPTION_BLOCK.cohosts, { type: 'multi_users_select', selected_users: [] }), ...o(OPTION_BLOCK.visibility, stateValue.select('public')) },
      }),
    );
    await rig.fake.waitForCall('chat.postEphemeral');
    const e = await event(id);
    expect(e).toMatchObject({ kind: 'meeting', visibility: 'public', invitees: { users: ['U0BOB0001'] } });
    expect(e.hostIds).toEqual([ALICE.userId]);
  });
});

/** Issue 14, item 2 on Slack: a "More" button walks the pages; range and kind filters; "still need N". */
describe('lists on slack', () => {
  it('/event list shows 10 with a More button; More replaces it with the next page; filters narrow it', async () => {
    for (let d = 1; d <= 12; d++) {
      const r = await rig.service.run(ALICE, {
        type: 'create',
        input: { title: `Meetup ${d}`, start: `2026-12-${String(d).padStart(2, '0')}T18:00:00Z`, timezone: 'UTC', channelId: FAKE_CHANNEL.id, kind: d % 4 === 0 ? 'workshop' : 'social', ...(d === 12 ? { minAttendees: 3 } : {}) },
      });
      if (!r.ok) throw new Error(r.error.message);
    }
    await post(slashCommandBody({ command: '/event', text: 'list', response_url: rig.fake.responseUrl('l1') }));
    const first = (await rig.fake.waitForResponse('l1')).body as { text: string; blocks: { type: string; elements?: { action_id: string; value: string }[] }[] };
    expect(first.text.split('\n')).toHaveLength(10);
    const more = first.blocks.find((b) => b.type === 'actions')!.elements![0]!;
    expect(more.action_id).toBe(ACTION.listMore);
    await post(interactionBody(blockActionPayload({ action_id: ACTION.listMore, value: more.value, response_url: rig.fake.responseUrl('l2') })));
    const second = (await rig.fake.waitForResponse('l2')).body as { text: string; replace_original: boolean; blocks: { type: string }[] };
    expect(second.replace_original).toBe(true);
    expect(second.text.split('\n')).toHaveLength(2);
    expect(second.text).toMatch(/Meetup 12\*.* — 0 going, still need 3 \(at least 3\)/);
    expect(second.blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(await slash('list page 2', 'l3')).toBe(second.text);
    const workshops = await slash('list from dec 1 to dec 10 kind workshop', 'l4');
    expect(workshops.match(/Meetup \d+/g)).toEqual(['Meetup 4', 'Meetup 8']);
    expect(await slash('list kind party', 'l5')).toMatch(/^:warning: Kinds are/);
  });
});

/** Issue 14, item 3 on Slack: an opt-in user group ping on the announcement and channel reminders. */
describe('user group pings on slack', () => {
  it('the card post and the channel reminder mention the event user groups', async () => {
    expect(await slash('Raid today 6pm ping <!subteam^S0RAIDERS|@raiders> reminders 1h remind-by channel', 'p1')).toMatch(/^Created/);
    await rig.deliver();
    const post = rig.fake.callsTo('chat.postMessage').at(-1)!;
    expect(String(post.args.text)).toMatch(/^<!subteam\^S0RAIDERS> /);
    expect(JSON.stringify(post.args.blocks)).toContain('<!subteam^S0RAIDERS>');
    // Alice is in Berlin: 6pm is 17:00 UTC, its 1-hour reminder 16:00.
    rig.clock.set(new Date('2026-11-21T16:00:00Z'));
    await rig.deliver();
    const reminder = rig.fake.callsTo('chat.postMessage').find((c) => String(c.args.text).includes('starts in'))!;
    expect(String(reminder.args.text)).toMatch(/^<!subteam\^S0RAIDERS> .*starts in/s);
    expect(await slash('edit Raid ping <@U0BOB0001>', 'p2')).toMatch(/couldn't read "&lt;@U0BOB0001&gt;" as a role or user group to ping/);
  });
});
