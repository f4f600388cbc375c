import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Command } from '../../../src/core/commands.ts';
import { ACTION, overflowValue } from '../../../src/platforms/slack/ids.ts';
import { BLOCK } from '../../../src/platforms/slack/render/modal.ts';
import { blockActionPayload, interactionBody, signedPost, stateFromView, stateValue, viewSubmissionBody, type StateValues } from '../../harness/slack/index.ts';
import { ALICE, SECRET, seedEvent, startRig, type Rig, fieldValue } from './setup.ts';

const BOB = { id: 'U0BOBNY001', name: 'bob', tz: 'America/New_York', tz_label: 'Eastern Standard Time', tz_offset: -18000 };

let rig: Rig;
beforeEach(async () => {
  rig = await startRig();
  rig.fake.setUser(BOB);
});
afterEach(async () => {
  await rig.close();
});

const post = (body: string) => signedPost(rig.url, body, { signingSecret: SECRET });
const v = fieldValue;

/** Open the edit form from the card's menu, as `user`, and return the view Slack holds. */
async function openEdit(eventId: string, user: string) {
  const cardTs = rig.fake.callsTo('chat.postMessage')[0]!.response!.ts as string;
  const menu = blockActionPayload({ action_id: ACTION.overflow, type: 'overflow', user_id: user, message: { ts: cardTs }, response_url: rig.fake.responseUrl('menu') });
  (menu.actions as Record<string, unknown>[])[0]!.selected_option = { value: overflowValue('edit', { eventId, occurrence: '' }) };
  rig.fake.clearRecords();
  await post(interactionBody(menu));
  const open = await rig.fake.waitForCall('views.open');
  return rig.fake.view((open.response!.view as { id: string }).id)!;
}

/** Submit the form with what it showed, changed where `changes` says; returns the update patch sent to the core. */
async function submit(view: Awaited<ReturnType<typeof openEdit>>, user: string, changes: StateValues) {
  const run = vi.spyOn(rig.service, 'run');
  const res = await post(viewSubmissionBody({ view, user_id: user, values: { ...stateFromView(view), ...changes } }));
  const update = run.mock.calls.map((c) => c[1] as Command).find((c) => c.type === 'update');
  run.mockRestore();
  return { res, patch: update?.type === 'update' ? update.patch : undefined };
}

const event = async (id: string) => {
  const r = await rig.service.run(ALICE, { type: 'get', event: id });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.event;
};

/** Someone going, so a move has people to tell. */
const attend = async (id: string) => {
  const r = await rig.service.run({ ...ALICE, userId: 'U0CAROL001' }, { type: 'rsvp', event: id, status: 'going' });
  if (!r.ok) throw new Error(r.error.message);
};

const movedNotices = () => rig.store.db.selectFrom('reminders').selectAll().where('kind', '=', 'moved').execute();

describe('Slack edit form: only what changed is sent', () => {
  it('a co-host in New York renames a Berlin event: title only, zone and time kept, nobody told it moved', async () => {
    const id = await seedEvent(rig, 'Game night', '2026-11-27T19:00:00Z', { coHostIds: [BOB.id], capacity: 8, reminderOffsets: ['PT15M', 'PT2H'] });
    await attend(id);
    const before = await event(id);
    const view = await openEdit(id, BOB.id);
    const { res, patch } = await submit(view, BOB.id, v(BLOCK.title, stateValue.text('Board game night')));
    expect(res.status).toBe(200);
    expect(patch).toEqual({ title: 'Board game night' });
    const after = await event(id);
    expect(after.title).toBe('Board game night');
    expect(after.timezone).toBe('Europe/Berlin');
    expect(after.occurrence).toEqual(before.occurrence);
    expect(after.reminderOffsets.sort()).toEqual(['PT15M', 'PT2H']);
    expect(await movedNotices()).toHaveLength(0);
  });

  it('renaming an event that has already started works (the time is not part of the patch)', async () => {
    const id = await seedEvent(rig, 'Game night', '2026-11-27T19:00:00Z', { end: '2026-11-27T22:00:00Z' });
    rig.clock.set('2026-11-27T20:00:00Z');
    const view = await openEdit(id, ALICE.userId);
    const { patch } = await submit(view, ALICE.userId, v(BLOCK.title, stateValue.text('Game night (room 2)')));
    expect(patch).toEqual({ title: 'Game night (room 2)' });
    expect((await event(id)).title).toBe('Game night (room 2)');
    expect(rig.fake.callsTo('chat.postEphemeral').some((c) => String(c.args.text).includes('already'))).toBe(false);
  });

  it('moving the picker sends the start alone: the event keeps its zone and its length', async () => {
    const id = await seedEvent(rig, 'Game night', '2026-11-27T19:00:00Z', { end: '2026-11-27T21:00:00Z', coHostIds: [BOB.id] });
    await attend(id);
    const view = await openEdit(id, BOB.id);
    const start = Date.parse('2026-11-28T19:00:00Z');
    const { patch } = await submit(view, BOB.id, v(BLOCK.datetime, stateValue.datetime(start / 1000)));
    expect(patch).toEqual({ start: new Date(start).toISOString() });
    const after = await event(id);
    expect(after.timezone).toBe('Europe/Berlin');
    expect(after.occurrence.end - after.occurrence.start).toBe(2 * 3600_000);
    expect(await movedNotices()).not.toHaveLength(0);
  });

  it('a typed "When" is a time patch in the editor\'s zone, without an end it did not give', async () => {
    const id = await seedEvent(rig, 'Game night', '2026-11-27T19:00:00Z', { end: '2026-11-27T21:00:00Z', coHostIds: [BOB.id] });
    const view = await openEdit(id, BOB.id);
    const { patch } = await submit(view, BOB.id, v(BLOCK.when, stateValue.text('saturday 8pm')));
    expect(patch).toMatchObject({ timezone: 'America/New_York', allDay: false });
    expect(Object.keys(patch!).sort()).toEqual(['allDay', 'start', 'timezone']);
  });

  it('a new end on a repeating event is a new length for the whole series', async () => {
    const id = await seedEvent(rig, 'Weekly sync', '2026-11-24T18:00:00Z', {
      end: '2026-11-24T19:00:00Z',
      recurrence: { freq: 'WEEKLY', byday: ['TU'] },
      coHostIds: [BOB.id],
    });
    rig.clock.set('2026-12-05T12:00:00Z'); // the first two are over: the form shows Dec 8
    const view = await openEdit(id, BOB.id);
    const { patch } = await submit(view, BOB.id, v(BLOCK.end, stateValue.text('2h')));
    expect(patch).toEqual({ durationMinutes: 120 });
    const after = await event(id);
    expect(after.occurrence.key).toBe('2026-12-08T18:00:00.000Z');
    expect(after.occurrence.end - after.occurrence.start).toBe(2 * 3600_000);
  });

  it('an untouched form changes nothing and says so', async () => {
    const id = await seedEvent(rig, 'Game night', '2026-11-27T19:00:00Z');
    const view = await openEdit(id, ALICE.userId);
    const { res, patch } = await submit(view, ALICE.userId, {});
    expect(res.status).toBe(200);
    expect(patch).toBeUndefined();
    const dm = await rig.fake.waitForCall('chat.postMessage');
    expect(dm.args.text).toBe('Nothing changed.');
  });
});

describe('Slack edit form: who is told of what (issue 14, item 6)', () => {
  it('a new length tells the attendee what changed ("now ends …"), not that it moved; a rename tells nobody', async () => {
    const { Scheduler } = await import('../../../src/scheduler/index.ts');
    const scheduler = new Scheduler({ store: rig.store, clock: rig.clock, notifiers: { slack: rig.slack.notifier } });
    try {
      const id = await seedEvent(rig, 'Game night', '2026-11-27T19:00:00Z', { end: '2026-11-27T21:00:00Z', reminderAudience: 'dm' });
      await attend(id);
      const view = await openEdit(id, ALICE.userId);
      await submit(view, ALICE.userId, v(BLOCK.end, stateValue.text('3h')));
      rig.fake.clearRecords();
      await scheduler.drain();
      const told = rig.fake.callsTo('chat.postMessage').map((c) => String(c.args.text));
      expect(told).toHaveLength(1);
      expect(told[0]).toContain('now ends <!date^' + Date.parse('2026-11-27T22:00:00Z') / 1000);
      expect(told[0]).toContain('(was <!date^' + Date.parse('2026-11-27T21:00:00Z') / 1000);
      expect(told[0]).not.toContain('moved');
      const again = await openEdit(id, ALICE.userId);
      await submit(again, ALICE.userId, v(BLOCK.title, stateValue.text('Board games')));
      rig.fake.clearRecords();
      await scheduler.drain();
      expect(rig.fake.callsTo('chat.postMessage')).toHaveLength(0);
    } finally {
      await scheduler.stop();
    }
  });
});
