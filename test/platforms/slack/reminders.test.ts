import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FAKE_USER } from '../../harness/slack/index.ts';
import { Scheduler } from '../../../src/scheduler/index.ts';
import { ALICE, seedEvent, startRig, type Rig, slashText } from './setup.ts';

let rig: Rig;
beforeEach(async () => {
  rig = await startRig();
});
afterEach(async () => {
  await rig.close();
});

const slash = (text: string, id: string) => slashText(rig, text, id);

/** Issue 14, item 5 through the fake Slack: my own reminders, the workspace's all-day hour, offsets in words. */
describe('reminders people want, on slack', () => {
  it('/event settings my-reminders and all-day; an all-day event reminds at that hour by DM and in the channel', async () => {
    expect(await slash('settings all-day 7:15', 's1')).toMatch(/Only workspace managers/);
    const admin = { ...ALICE, userId: 'UADMIN0001', platformManager: true };
    const granted = await rig.service.run(admin, { type: 'workspace_settings', managerUserIds: [FAKE_USER.id] });
    expect(granted.ok).toBe(true);
    expect(await slash('settings all-day 7:15', 's2')).toContain('All-day events now remind at 07:15');
    expect(await slash('settings my-reminders 3d, 150s', 's3')).toContain("you're reminded by DM 3 days before, 2 minutes 30 seconds before");
    expect(await slash('settings my-reminders soon', 's4')).toMatch(/couldn't read "soon" as a reminder/);
    expect(await slash('settings', 's5')).toContain('your reminders: *3 days before, 2 minutes 30 seconds before*');

    const id = await seedEvent(rig, 'Offsite', '2026-12-10T00:00:00+01:00', { allDay: true, reminderAudience: 'both' });
    const going = await rig.service.run(ALICE, { type: 'rsvp', event: id, status: 'going' });
    expect(going.ok).toBe(true);
    const scheduler = new Scheduler({ store: rig.store, clock: rig.clock, notifiers: { slack: rig.slack.notifier } });
    try {
      const posts = async (instant: string) => {
        rig.fake.clearRecords();
        rig.clock.set(instant);
        await scheduler.drain();
        return rig.fake.callsTo('chat.postMessage').map((c) => `${c.args.channel === rig.fake.dmChannelFor(FAKE_USER.id) ? 'dm' : 'channel'}: ${String(c.args.text)}`);
      };
      // Berlin 7:15 is 06:15 UTC; 3 days before is her own reminder.
      expect(await posts('2026-12-07T06:14:59Z')).toEqual([]);
      const three = await posts('2026-12-07T06:15:00Z');
      expect(three).toHaveLength(1);
      expect(three[0]).toMatch(/^dm: :calendar: \*Offsite\* is in 3 days \(Thu 10 Dec 2026 \(all day\)\)\./);
      const dayBefore = await posts('2026-12-09T06:15:00Z');
      expect(dayBefore).toEqual([expect.stringMatching(/^channel: :calendar: \*Offsite\* is tomorrow/)]);
      const onTheDay = await posts('2026-12-10T06:15:00Z');
      expect(onTheDay.sort()).toEqual([expect.stringMatching(/^channel: :calendar: \*Offsite\* is today/), expect.stringMatching(/^dm: :calendar: \*Offsite\* is today/)]);
    } finally {
      await scheduler.stop();
    }
  });
});
