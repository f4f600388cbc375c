import { withConsole } from './session.ts';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/clock.ts';
import { EventService } from '../../../src/core/service.ts';
import { ConsoleNotifier, ConsoleOutput, ConsoleSession, readerZones, runConsole } from '../../../src/platforms/console/index.ts';
import { Scheduler } from '../../../src/scheduler/index.ts';
import type { Store } from '../../../src/store/database.ts';

describe('console playground', () => {
  let store: Store;
  let clock: ManualClock;
  let service: EventService;
  let session: ConsoleSession;
  withConsole((rig) => ({ store, clock, service, session } = rig));

  it('creates from natural language, RSVPs as another user, lists and shows the card', async () => {
    const created = await session.handle('/event create Game night friday 8-10pm at the pub');
    expect(created).toMatch(/I read the time as: Fri, Nov 27, 8:00–10:00 PM UTC \(in 6 days\), at the pub/);
    expect(created).toMatch(/Where:  the pub/);
    expect(await session.handle('/as alice')).toBe('You are now alice.');
    expect(await session.handle('/rsvp going game night')).toMatch(/You're going to Game night[\s\S]*Going: alice/);
    expect(await session.handle('/event list')).toMatch(/^• [a-z0-9]{8}  Game night — Fri, Nov 27, 8:00–10:00 PM UTC/);
    // alice reads times in her own zone once she sets it.
    await session.handle('/event settings tz Europe/Berlin');
    // Cards are written the way a Berlin reader writes dates (their zone's locale: day first).
    expect(await session.handle('/event show game night')).toMatch(/When:   Fri, 27 Nov, 9:00–11:00 PM CET/);
  });

  it('answers bad input with a message, never a crash, and stores nothing', async () => {
    expect(await session.handle('/event create Nonsense sometime soon')).toMatch(/^⚠ I couldn't find a time/);
    expect(await session.handle('/event create Yesterday party 2026-11-01 8pm')).toMatch(/^⚠/);
    expect(await session.handle('/rsvp going')).toMatch(/^⚠ Try: rsvp going/);
    expect(await session.handle('/frobnicate')).toMatch(/I don't know "\/frobnicate"/);
    expect(await session.handle('/event list')).toMatch(/No upcoming events/);
  });

  it('takes commands without the leading /event, as typed at a terminal; a typo or a stray word asks, creating nothing', async () => {
    expect(await session.handle('create Game night friday 8-10pm')).toMatch(/Created "Game night"/);
    expect(await session.handle('event list')).toMatch(/^• [a-z0-9]{8}  Game night/);
    expect(await session.handle('list')).toMatch(/^• [a-z0-9]{8}  Game night/);
    expect(await session.handle('rsvp going game night')).toMatch(/You're going to Game night/);
    expect(await session.handle('show game night')).toMatch(/Going: you/);
    expect(await session.handle('lsit')).toMatch(/^I don't know "lsit"\. Did you mean list\?/);
    expect(await session.handle('Dinner friday 7pm')).toMatch(/^I don't know "Dinner"\. Commands start with \/event/);
    expect(await session.handle('/event list')).not.toMatch(/Dinner/);
    expect(await session.handle('quit')).toBeNull();
  });

  it('hosts edit and cancel; others are refused', async () => {
    await session.handle('/as host');
    const card = (await session.handle('/event create Retro tomorrow 3pm'))!;
    const id = /id ([a-z0-9]{8})/.exec(card)![1]!;
    await session.handle('/as mallory');
    expect(await session.handle(`/event cancel ${id} nope`)).toMatch(/^⚠ Only the hosts/);
    await session.handle('/as host');
    expect(await session.handle(`/event edit ${id} when tomorrow 4pm`)).toMatch(/new time; attendees are told[\s\S]*Sun, Nov 22, 4:00–5:00 PM UTC/);
    expect(await session.handle(`/event edit ${id} capacity lots`)).toMatch(/^⚠ Capacity is a whole number/);
    expect(await session.handle(`/event cancel ${id} the room is taken`)).toMatch(/Cancelled "Retro"/);
  });

  it('takes every event option in words on create and edit; the card shows kind, visibility, hosts and deadline (issue 14, item 1)', async () => {
    const created = (await session.handle(
      '/event create Pottery friday 6pm at the studio capacity 6 invite @alice @&potters approval cohost @carol kind workshop deadline thursday 6pm remind-by dm',
    ))!;
    expect(created).toMatch(/Created "Pottery"/);
    expect(created).toMatch(/Hosts:  you, carol/);
    expect(created).toMatch(/Workshop · Only @&potters and @alice can RSVP · Hosts approve RSVPs/);
    expect(created).toMatch(/RSVP by: Thu 26 Nov, 18:00 UTC/);
    expect(created).toMatch(/Going 0\/6/);
    await session.handle('/as mallory');
    expect(await session.handle('/rsvp going pottery')).toBe('⚠ "Pottery" is for @&potters and invited people only — ask a host to invite you.');
    // A member of the role is admitted (the console's `/as` says which roles the person is in).
    expect(await session.handle('/as dana @&potters')).toBe('You are now dana, in @&potters.');
    expect(await session.handle('/rsvp no pottery')).toMatch(/^Noted: you can't make Pottery\./);
    await session.handle('/as alice');
    expect(await session.handle('/rsvp going pottery')).toMatch(/waiting for a host's approval/);
    await session.handle('/as carol');
    expect(await session.handle('/event edit pottery invite none approval off kind social deadline none capacity none')).toMatch(/^Updated "Pottery"/);
    const card = (await session.handle('/event show pottery'))!;
    expect(card).toMatch(/│ Social\n/);
    expect(card).not.toMatch(/Invite-only|can RSVP|RSVP by|approve/);
    // Approval off lets alice (still waiting) in.
    expect(card).toMatch(/Going 1\b/);
    expect(card).not.toMatch(/Pending/);
    expect(await session.handle('/event edit pottery repeat weekly cohost none')).toMatch(/Repeats: Every Friday[\s\S]*Hosts:  you\n/);
    expect(await session.handle('/event edit pottery kind party')).toMatch(/^⚠ I don't know the kind "party". Try: kind meeting/);
    expect(await session.handle('/event edit pottery deadline someday')).toMatch(/^⚠ I couldn't read the RSVP deadline "someday"/);
  });

  it('lists a page at a time ("list page 2", "list more"), by date range and kind; "still need N" where a minimum is set (issue 14, item 2)', async () => {
    for (let d = 0; d < 12; d++) await session.handle(`/event create Meetup ${'ABCDEFGHIJKL'[d]} 2026-12-${String(d + 1).padStart(2, '0')} 6pm kind ${d % 3 === 0 ? 'workshop' : 'social'}`);
    await session.handle('/event create Board games 2026-12-20 7pm min 4 kind game');
    const first = (await session.handle('/event list'))!;
    expect(first.split('\n').filter((l) => l.startsWith('• '))).toHaveLength(10);
    expect(first).toMatch(/Page 1 · next: \/event list more$/);
    const more = (await session.handle('/event list more'))!;
    expect(more.split('\n').filter((l) => l.startsWith('• '))).toHaveLength(3);
    expect(more).toMatch(/Board games — .* — 0 going, still need 4 \(at least 4\)/);
    expect(more).toMatch(/Page 2 \(the last\)$/);
    expect(await session.handle('/event list page 2')).toBe(more);
    expect(await session.handle('/event list page 3')).toMatch(/No events on page 3/);
    const workshops = (await session.handle('/event list from dec 1 to dec 9 kind workshop'))!;
    expect(workshops.split('\n').map((l) => /Meetup [A-L]/.exec(l)?.[0])).toEqual(['Meetup A', 'Meetup D', 'Meetup G']);
    expect(await session.handle('/event list from dec 10 to dec 1')).toMatch(/^⚠ The end of the date range is before its start/);
    expect(await session.handle('/event list from someday')).toMatch(/^⚠ I couldn't read "someday" as a date/);
    expect(await session.handle('/event show board games')).toMatch(/Going 0 · Still need 4 \(at least 4\)/);
    await session.handle('/as ann');
    await session.handle('/rsvp going board games');
    await session.handle('/as you');
    expect(await session.handle('/event edit board games need 2')).toMatch(/Going 1 · Still need 1 \(at least 2\)/);
    expect(await session.handle('/event edit board games min none')).not.toMatch(/Still need/);
  });

  it('prints reminders that come due while it runs', async () => {
    const printed: string[] = [];
    const scheduler = new Scheduler({ store, clock, notifiers: { console: new ConsoleNotifier((l) => printed.push(l)) } });
    await session.handle('/event create Standup today 5pm');
    await session.handle('/as bob');
    await session.handle('/rsvp going standup');
    clock.set('2026-11-21T16:45:00Z');
    await scheduler.drain();
    expect(printed).toContain('[#general] ⏰ Standup starts in 15 minutes (Sat 21 Nov, 17:00 UTC) — reminder 15 minutes before');
    expect(printed).toContain('[DM @bob] ⏰ Standup starts in 15 minutes (Sat 21 Nov, 17:00 UTC) — reminder 15 minutes before');
    await scheduler.drain();
    expect(printed).toHaveLength(2);
  });

  it('notices read in the reader\'s zone; a new end is "changed", not "moved" (issue 14)', async () => {
    const printed: string[] = [];
    const notifier = new ConsoleNotifier((l) => printed.push(l), readerZones(service, session));
    const scheduler = new Scheduler({ store, clock, notifiers: { console: notifier } });
    await session.handle('/event create Standup monday 5pm');
    await session.handle('/as bob');
    await session.handle('/event settings tz America/New_York');
    await session.handle('/rsvp going standup');
    await session.handle('/as you');
    expect(await session.handle('/event edit standup end 2h')).toMatch(/attendees are told what changed/);
    await scheduler.drain();
    expect(printed).toContain('[DM @bob] 🕑 Standup (Mon 23 Nov, 12:00 EST) now ends Mon 23 Nov, 14:00 EST (was Mon 23 Nov, 13:00 EST)');
    expect(printed).toContain('[#general] 🕑 Standup (Mon 23 Nov, 17:00 UTC) now ends Mon 23 Nov, 19:00 UTC (was Mon 23 Nov, 18:00 UTC)');
    expect(printed.some((l) => l.includes('moved'))).toBe(false);
    printed.length = 0;
    await session.handle('/event edit standup when monday 6pm');
    await scheduler.drain();
    expect(printed).toContain('[DM @bob] 🕑 Standup moved: now Mon 23 Nov, 13:00 EST (was Mon 23 Nov, 12:00 EST)');
  });

  it('the card shows the RSVP deadline in the reader\'s zone', async () => {
    await session.handle('/event create Retro monday 5pm');
    await session.handle('/event settings tz Europe/Berlin');
    expect(await session.handle('/event edit retro deadline sunday 6pm')).toMatch(/RSVP by: Sun 22 Nov, 18:00 CET/);
  });

  it('all-day events remind at the workspace hour; my own reminders and offsets read in words (issue 14, item 5)', async () => {
    const printed: string[] = [];
    const scheduler = new Scheduler({ store, clock, notifiers: { console: new ConsoleNotifier((l) => printed.push(l), readerZones(service, session)) } });
    expect(await session.handle('/event settings all-day 8:30')).toMatch(/All-day events now remind at 08:30/);
    expect(await session.handle('/event settings all-day 25:00')).toMatch(/^⚠ I couldn't read "25:00" as a time of day/);
    expect(await session.handle('/event create Hackathon on dec 10')).toMatch(/Created "Hackathon"/);
    await session.handle('/as bob');
    expect(await session.handle('/event settings my-reminders 2d, 90s')).toMatch(/reminded by DM 2 days before, 1 minute 30 seconds before/);
    expect(await session.handle('/event settings')).toMatch(/your reminders: 2 days before, 1 minute 30 seconds before/);
    await session.handle('/rsvp going hackathon');
    clock.set('2026-12-08T08:30:00Z');
    await scheduler.drain();
    expect(printed).toEqual(['[DM @bob] ⏰ Hackathon is in 2 days (Thu, Dec 10, all day)']);
    printed.length = 0;
    clock.set('2026-12-09T08:30:00Z');
    await scheduler.drain();
    expect(printed).toEqual(['[#general] ⏰ Hackathon is tomorrow (Thu, Dec 10, all day)']);
    printed.length = 0;
    clock.set('2026-12-10T08:30:00Z');
    await scheduler.drain();
    // bob's 90 seconds and the event's 15 minutes are both 8:30 on the day: one reminder each.
    expect(printed.sort()).toEqual(['[#general] ⏰ Hackathon is today (Thu, Dec 10, all day)', '[DM @bob] ⏰ Hackathon is today (Thu, Dec 10, all day)']);
  });

  it('deleting a series or an answered event asks y/n first (issue 14, item 8)', async () => {
    await session.handle('/event create Retro monday 5pm');
    await session.handle('/as bob');
    await session.handle('/rsvp going retro');
    await session.handle('/as you');
    expect(await session.handle('/event delete retro')).toMatch(/^Delete "Retro"\? 1 person has answered; .*This can't be undone\. \(y\/n\)$/);
    expect(await session.handle('n')).toBe('Kept it; nothing was deleted.');
    expect(await session.handle('/event show retro')).toMatch(/Going: bob/);
    await session.handle('/event delete retro');
    expect(await session.handle('yes')).toBe('Deleted "Retro".');
    await session.handle('/event create Standup every weekday 9am');
    expect(await session.handle('/event delete standup')).toMatch(/^Delete every date of the repeating event "Standup"\?/);
    // Anything else is not a yes: the question lapses and the line runs as usual.
    expect(await session.handle('/event list')).toMatch(/Standup/);
    expect(await session.handle('y')).toMatch(/I don't know "y"/);
    // A one-off nobody else answered goes at once.
    await session.handle('/event create Lunch tomorrow noon');
    expect(await session.handle('/event delete lunch')).toBe('Deleted "Lunch".');
  });

  it('an RSVP that names a date answers that occurrence, never silently the next (issue 14, item 3)', async () => {
    await session.handle('/event create Game night every friday 8pm');
    await session.handle('/as bob');
    expect(await session.handle('/rsvp going "game night" dec 11')).toMatch(/^You're going to Game night\. See you there! \(Fri 11 Dec\)[\s\S]*When: {3}Fri, Dec 11/);
    expect(await session.handle('/rsvp maybe game night 2026-12-04')).toMatch(/\(Fri 4 Dec\)/);
    expect(await session.handle('/rsvp going "game night" dec 10')).toBe('⚠ "Game night" doesn\'t happen on Thu 10 Dec 2026. Its next dates are Fri 27 Nov, Fri 4 Dec, Fri 11 Dec.');
    expect(await session.handle('/rsvp going "game night" blorp')).toMatch(/^⚠ I couldn't read "blorp" as a date/);
    const next = await session.handle('/event show game night');
    expect(next).toMatch(/When: {3}Fri, Nov 27/);
    expect(next).not.toMatch(/bob/);
  });

  it('/as with no name says how to use it', async () => {
    expect(await session.handle('/as')).toMatch(/Try: \/as alice/);
    expect(await session.handle('/as   ')).toMatch(/Try: \/as alice/);
  });

  it('reads piped input line by line until /quit', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (d: Buffer) => (text += d.toString()));
    const done = runConsole({ service, input, output: new ConsoleOutput(output, false), now: () => clock.now() });
    input.end('/event create Team sync 2026-12-03T15:00:00Z\n/event list\n/quit\n/event list\n');
    await done;
    expect(text).toMatch(/you> \/event create Team sync/);
    expect(text).toMatch(/Created "Team sync"/);
    expect(text.match(/you> \/event list/g)).toHaveLength(1);
  });
});
