import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { NoticeKind } from '../../src/scheduler/notifier.ts';
import { noticeText as consoleNotice } from '../../src/platforms/console/notifier.ts';
import { cardEmbed } from '../../src/platforms/discord/render/card.ts';
import { forYou } from '../../src/platforms/discord/render/time.ts';
import { noticeText as discordNotice } from '../../src/platforms/discord/notices.ts';
import { noticeText as slackNotice } from '../../src/platforms/slack/render/notice.ts';
import { slackRange } from '../../src/platforms/slack/render/time.ts';
import { describeWhen } from '../../src/when/index.ts';
import { view } from '../support/event-view.ts';

/*
 * An all-day event is a run of calendar dates, not instants: a trip on Dec 20 is on Dec 20 for a
 * reader in New York and one in Tokyo alike. Every surface that shows one, in every reader's
 * zone, shows the dates it was made for (worked out here from the date alone, with no zone).
 */
const ZONES = ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/New_York', 'America/Los_Angeles', 'Europe/Berlin', 'Asia/Tokyo', 'Australia/Lord_Howe'];
const allDay = fc.record({
  date: fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true }),
  days: fc.integer({ min: 1, max: 9 }),
  eventZone: fc.constantFrom(...ZONES),
  readerZone: fc.constantFrom(...ZONES),
});

/** The dates as a person would write them: from the calendar date alone. */
function written(date: Date, days: number) {
  const first = DateTime.fromObject({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }, { zone: 'UTC' });
  const last = first.plus({ days: days - 1 });
  return { first, last, us: (d: DateTime) => d.toFormat('ccc, LLL d'), slack: (d: DateTime) => d.toFormat('ccc d LLL') };
}

function event(date: Date, days: number, eventZone: string) {
  const first = DateTime.fromObject({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }, { zone: eventZone });
  const start = first.toMillis();
  const end = first.plus({ days }).toMillis();
  return view({ allDay: true, timezone: eventZone, occurrence: { key: '', start, end }, updatedAt: start - 86_400_000 });
}

describe('an all-day event shows its own dates to every reader, on every surface', () => {
  it('the reply that reads the time, in the reader’s zone', () => {
    fc.assert(
      fc.property(allDay, ({ date, days, eventZone, readerZone }) => {
        const v = event(date, days, eventZone);
        const w = written(date, days);
        const text = describeWhen({ start: new Date(v.occurrence.start), end: new Date(v.occurrence.end), allDay: true, timezone: eventZone }, readerZone, new Date(v.updatedAt));
        expect(text).toContain(w.us(w.first));
        if (days > 1) expect(text).toContain(w.us(w.last));
      }),
      { numRuns: 300 },
    );
  });

  it('the Discord card and its notices (no timestamp, which each reader would see in their own zone)', () => {
    fc.assert(
      fc.property(allDay, fc.constantFrom<NoticeKind>('reminder', 'announcement', 'cancelled', 'promoted'), ({ date, days, eventZone }, kind) => {
        const v = event(date, days, eventZone);
        const w = written(date, days);
        const when = cardEmbed(v).fields!.find((f) => f.name === 'When')!.value;
        expect(when).toContain(w.us(w.first));
        if (days > 1) expect(when).toContain(w.us(w.last));
        expect(when).not.toMatch(/<t:\d+:[DdFf]>/);
        // The replies to create and edit follow the read time with the reader's own: not for dates.
        expect(forYou(v)).toBe('');
        expect(forYou({ ...v, allDay: false })).toMatch(/<t:\d+:F>/);
        const notice = discordNotice({ key: 'k', kind, event: v, occurrence: v.occurrence, now: v.updatedAt, offset: 'P1D' });
        expect(notice).toContain(w.us(w.first));
        expect(notice).not.toMatch(/<t:\d+:[DdFf]>/);
      }),
      { numRuns: 300 },
    );
  });

  it('the console’s notices in the reader’s zone, and Slack’s dates', () => {
    fc.assert(
      fc.property(allDay, ({ date, days, eventZone, readerZone }) => {
        const v = event(date, days, eventZone);
        const w = written(date, days);
        expect(consoleNotice({ key: 'k', kind: 'reminder', event: v, occurrence: v.occurrence, now: v.updatedAt, offset: 'P1D' }, readerZone)).toContain(w.us(w.first));
        const slack = slackRange(v.occurrence.start, v.occurrence.end, eventZone, true);
        expect(slack).toContain(w.slack(w.first));
        if (days > 1) expect(slack).toContain(w.slack(w.last));
        for (const kind of ['reminder', 'announcement', 'cancelled', 'promoted'] as const) {
          const notice = slackNotice({ key: 'k', kind, event: { ...v, platform: 'slack' }, occurrence: v.occurrence, now: v.updatedAt, offset: 'P1D' });
          expect(notice, kind).toContain(w.slack(w.first));
          expect(notice, kind).not.toMatch(/<!date\^/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
