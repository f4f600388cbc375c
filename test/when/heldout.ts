/**
 * Held-out phrases for src/when, written from the policy alone (without reading the parser or
 * test/when/corpus.ts), every expected value worked out by hand with a calendar.
 *
 * Calendar facts used (transitions checked with luxon, not with the parser):
 *   2026-11-21 Sat · 2026-11-25 Wed · 2026-12-28 Mon · 2027-01-01 Fri · 2027-03-01 Mon · 2027-04-01 Thu
 *   US DST: ended Sun 2026-11-01, starts Sun 2027-03-14 02:00 (EST -05 → EDT -04; PST -08 → PDT -07)
 *   EU DST: starts Sun 2027-03-28 (Berlin +01 → +02 at 02:00; London +00 → +01 at 01:00), ends Sun 2027-10-31
 *   Sydney/Adelaide DST: started Sun 2026-10-04, ends Sun 2027-04-04 03:00 local (+11 → +10, +10:30 → +09:30),
 *   starts again Sun 2027-10-03 02:00.  (Note: 2027-04-05 is a Monday; the change is on Sunday the 4th.)
 *
 * Phrases the policy leaves genuinely ambiguous are left out: "next friday" said on a weekday before it,
 * bare "7-9", "this weekend", "midnight", bare times already past today, "in 3 days" without a time,
 * durations that straddle a DST change, "IST".
 */

export type Recurrence = {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY';
  interval: number;
  byday?: string[];
  bymonthday?: number[];
  /** UNTIL, as the local date of the last allowed day. */
  until?: string;
  /** A "for N weeks/days" limit: COUNT = count, or an UNTIL whose local date lies in [untilFrom, untilTo]. */
  limit?: { count: number; untilFrom: string; untilTo: string };
};

export type HeldOut = {
  text: string;
  timezone: string;
  now: string;
  locale?: string;
  /** Expected start (instant and offset both count), or 'error'. */
  start: string | 'error';
  end?: string | null;
  allDay?: boolean;
  recurrence?: Recurrence | Recurrence[] | null;
};

const NY = 'America/New_York';
const LA = 'America/Los_Angeles';
const CHI = 'America/Chicago';
const BER = 'Europe/Berlin';
const LON = 'Europe/London';
const SYD = 'Australia/Sydney';
const ADL = 'Australia/Adelaide';
const KOL = 'Asia/Kolkata';
const TYO = 'Asia/Tokyo';
const UTC = 'UTC';

/** Saturday 2026-11-21: NY 10:00 -05, LA 07:00 -08, Chicago 09:00 -06, London 15:00, Berlin 16:00 +01,
 *  Kolkata 20:30 +05:30, Sydney Sun 22nd 02:00 +11, Adelaide Sun 22nd 01:30 +10:30. */
const SAT = '2026-11-21T15:00:00Z';
/** Wednesday 2026-11-25: Berlin 15:00 +01, Tokyo 23:00 +09, NY 09:00 -05. */
const WED = '2026-11-25T14:00:00Z';
/** Monday 2026-12-28: NY 07:00 -05, London 12:00, Sydney 23:00 +11, Tokyo 21:00 +09. */
const DEC = '2026-12-28T12:00:00Z';
/** Friday 2027-03-12, two days before US DST: NY 12:00 -05, LA 09:00 -08, Chicago 11:00 -06. */
const USDST = '2027-03-12T17:00:00Z';
/** Friday 2027-03-26, two days before EU DST: Berlin 11:00 +01, London 10:00 +00. */
const EUDST = '2027-03-26T10:00:00Z';
/** Friday 2027-04-02, two days before AU DST ends: Sydney 11:00 +11, Adelaide 10:30 +10:30. */
const AUDST = '2027-04-02T00:00:00Z';

const W = (byday: string[], interval = 1, extra: Partial<Recurrence> = {}): Recurrence => ({ freq: 'WEEKLY', interval, byday, ...extra });
const D = (interval = 1, extra: Partial<Recurrence> = {}): Recurrence => ({ freq: 'DAILY', interval, ...extra });
const MD = (days: number[], interval = 1, extra: Partial<Recurrence> = {}): Recurrence => ({ freq: 'MONTHLY', interval, bymonthday: days, ...extra });
const MW = (byday: string[], extra: Partial<Recurrence> = {}): Recurrence => ({ freq: 'MONTHLY', interval: 1, byday, ...extra });
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR'];
/** "weekdays" may be WEEKLY or DAILY with BYDAY=MO..FR: both are the same set of occurrences. */
const WD = (extra: Partial<Recurrence> = {}): Recurrence[] => [W(WEEKDAYS, 1, extra), { freq: 'DAILY', interval: 1, byday: WEEKDAYS, ...extra }];

const t = (text: string, timezone: string, now: string, start: string, more: Partial<HeldOut> = {}): HeldOut => ({ text, timezone, now, start, ...more });
const day = (text: string, timezone: string, now: string, start: string, more: Partial<HeldOut> = {}): HeldOut => ({ text, timezone, now, start, allDay: true, ...more });
const bad = (text: string, timezone: string, now: string, locale?: string): HeldOut => ({ text, timezone, now, start: 'error', ...(locale ? { locale } : {}) });

export const heldout: HeldOut[] = [
  // ── Saturday 2026-11-21, New York (now 10:00 EST) ─────────────────────────────────────────────
  t('friday 8pm', NY, SAT, '2026-11-27T20:00:00-05:00'),
  t('FRIDAY 8PM', NY, SAT, '2026-11-27T20:00:00-05:00'),
  t('Friday at 8pm', NY, SAT, '2026-11-27T20:00:00-05:00'),
  t('8pm friday', NY, SAT, '2026-11-27T20:00:00-05:00'),
  t('fri 8pm', NY, SAT, '2026-11-27T20:00:00-05:00'),
  t('friday 8-10pm', NY, SAT, '2026-11-27T20:00:00-05:00', { end: '2026-11-27T22:00:00-05:00' }),
  t('tomorrow at noon', NY, SAT, '2026-11-22T12:00:00-05:00'),
  t('Tomorrow At Noon', NY, SAT, '2026-11-22T12:00:00-05:00'),
  t('noon tomorrow', NY, SAT, '2026-11-22T12:00:00-05:00'),
  t('tomorrow 12pm', NY, SAT, '2026-11-22T12:00:00-05:00'),
  t('tomorrow 9am', NY, SAT, '2026-11-22T09:00:00-05:00'),
  t('tmrw 9am', NY, SAT, '2026-11-22T09:00:00-05:00'),
  t('7pm tomorrow', NY, SAT, '2026-11-22T19:00:00-05:00'),
  t('today 6pm', NY, SAT, '2026-11-21T18:00:00-05:00'),
  t('tonight at 8', NY, SAT, '2026-11-21T20:00:00-05:00'),
  t('tonight 9pm', NY, SAT, '2026-11-21T21:00:00-05:00'),
  t('noon', NY, SAT, '2026-11-21T12:00:00-05:00'),
  t('8:30pm', NY, SAT, '2026-11-21T20:30:00-05:00'),
  t('20:30', NY, SAT, '2026-11-21T20:30:00-05:00'),
  t('at 5pm', NY, SAT, '2026-11-21T17:00:00-05:00'),
  t('saturday 11am', NY, SAT, '2026-11-21T11:00:00-05:00'), // today, 11:00 is still ahead
  t('saturday 9am', NY, SAT, '2026-11-28T09:00:00-05:00'), // today's 9am has passed → next Saturday
  t('sat 8:30pm', NY, SAT, '2026-11-21T20:30:00-05:00'),
  t('sunday 10am', NY, SAT, '2026-11-22T10:00:00-05:00'),
  t('monday 10am', NY, SAT, '2026-11-23T10:00:00-05:00'),
  t('next tuesday 7pm', NY, SAT, '2026-11-24T19:00:00-05:00'), // said on Saturday: the coming Tuesday is also next week's
  t('next monday at 10am', NY, SAT, '2026-11-23T10:00:00-05:00'),
  t('next friday 8pm', NY, SAT, '2026-11-27T20:00:00-05:00'),
  t('next week monday 10am', NY, SAT, '2026-11-23T10:00:00-05:00'),
  t('monday next week 10am', NY, SAT, '2026-11-23T10:00:00-05:00'),
  t('friday next week at 8pm', NY, SAT, '2026-11-27T20:00:00-05:00'),
  t('this friday 7pm', NY, SAT, '2026-11-27T19:00:00-05:00'),
  t('thurs 7pm', NY, SAT, '2026-11-26T19:00:00-05:00'),
  t('Thu 7pm', NY, SAT, '2026-11-26T19:00:00-05:00'),
  t('thursday at 7:15pm', NY, SAT, '2026-11-26T19:15:00-05:00'),
  t('wed at 6:30pm', NY, SAT, '2026-11-25T18:30:00-05:00'),
  t('tues 6pm', NY, SAT, '2026-11-24T18:00:00-05:00'),
  t('Mon 9:00', NY, SAT, '2026-11-23T09:00:00-05:00'),
  t('in 30 minutes', NY, SAT, '2026-11-21T10:30:00-05:00'),
  t('in 2 hours', NY, SAT, '2026-11-21T12:00:00-05:00'),
  t('in an hour', NY, SAT, '2026-11-21T11:00:00-05:00'),
  t('in 90 minutes', NY, SAT, '2026-11-21T11:30:00-05:00'),
  t('in 2 weeks at 3pm', NY, SAT, '2026-12-05T15:00:00-05:00'),
  t('in 2 days at 5pm', NY, SAT, '2026-11-23T17:00:00-05:00'),
  t('in 1 week at 10am', NY, SAT, '2026-11-28T10:00:00-05:00'),
  t('dec 3 7pm', NY, SAT, '2026-12-03T19:00:00-05:00'),
  t('Dec 3rd at 7pm', NY, SAT, '2026-12-03T19:00:00-05:00'),
  t('December 3rd, 7pm', NY, SAT, '2026-12-03T19:00:00-05:00'),
  t('3rd of december 7pm', NY, SAT, '2026-12-03T19:00:00-05:00'),
  t('3 December 19:00', NY, SAT, '2026-12-03T19:00:00-05:00'),
  t('2026-12-03 19:00', NY, SAT, '2026-12-03T19:00:00-05:00'),
  t('2026-12-03T19:00', NY, SAT, '2026-12-03T19:00:00-05:00'),
  t('12/3 7pm', NY, SAT, '2026-12-03T19:00:00-05:00'),
  t('12/3 at 7:00 PM', NY, SAT, '2026-12-03T19:00:00-05:00'),
  t('Thursday, December 3 at 7pm', NY, SAT, '2026-12-03T19:00:00-05:00'),
  t('3 Dec 2026 at 19:00', NY, SAT, '2026-12-03T19:00:00-05:00'),
  t('dec 3 2027 7pm', NY, SAT, '2027-12-03T19:00:00-05:00'),
  t('Sun 11/29 2pm', NY, SAT, '2026-11-29T14:00:00-05:00'),
  t('jan 5 10am', NY, SAT, '2027-01-05T10:00:00-05:00'),
  t('november 20 3pm', NY, SAT, '2027-11-20T15:00:00-05:00'), // passed this year → next year
  t('nov 1 noon', NY, SAT, '2027-11-01T12:00:00-04:00'), // passed → 2027; US DST 2027 ends Nov 7, so still EDT
  t('march 20 9am', NY, SAT, '2027-03-20T09:00:00-04:00'), // DST from Mar 14
  t('march 10 9am', NY, SAT, '2027-03-10T09:00:00-05:00'),
  t('march 14 1am', NY, SAT, '2027-03-14T01:00:00-05:00'),
  t('march 14 3am', NY, SAT, '2027-03-14T03:00:00-04:00'),
  t('dec 5 at 12am', NY, SAT, '2026-12-05T00:00:00-05:00'),
  t('dec 12 at 12pm', NY, SAT, '2026-12-12T12:00:00-05:00'),
  // ranges and durations
  t('3-5pm', NY, SAT, '2026-11-21T15:00:00-05:00', { end: '2026-11-21T17:00:00-05:00' }),
  t('from 6 to 9pm', NY, SAT, '2026-11-21T18:00:00-05:00', { end: '2026-11-21T21:00:00-05:00' }),
  t('tomorrow 10am to 2pm', NY, SAT, '2026-11-22T10:00:00-05:00', { end: '2026-11-22T14:00:00-05:00' }),
  t('8pm for 2 hours', NY, SAT, '2026-11-21T20:00:00-05:00', { end: '2026-11-21T22:00:00-05:00' }),
  t('tomorrow 7pm for 90 min', NY, SAT, '2026-11-22T19:00:00-05:00', { end: '2026-11-22T20:30:00-05:00' }),
  t('dec 5 10am to dec 6 2pm', NY, SAT, '2026-12-05T10:00:00-05:00', { end: '2026-12-06T14:00:00-05:00' }),
  t('from 7pm till 10pm', NY, SAT, '2026-11-21T19:00:00-05:00', { end: '2026-11-21T22:00:00-05:00' }),
  t('7pm\u201310pm', NY, SAT, '2026-11-21T19:00:00-05:00', { end: '2026-11-21T22:00:00-05:00' }),
  t('tomorrow 7pm - 10pm', NY, SAT, '2026-11-22T19:00:00-05:00', { end: '2026-11-22T22:00:00-05:00' }),
  t('friday 11am-1pm', NY, SAT, '2026-11-27T11:00:00-05:00', { end: '2026-11-27T13:00:00-05:00' }),
  t('friday 11am\u20131pm', NY, SAT, '2026-11-27T11:00:00-05:00', { end: '2026-11-27T13:00:00-05:00' }),
  t('friday 11-1pm', NY, SAT, '2026-11-27T11:00:00-05:00', { end: '2026-11-27T13:00:00-05:00' }), // 11pm–1pm is no range
  t('friday 7pm-9', NY, SAT, '2026-11-27T19:00:00-05:00', { end: '2026-11-27T21:00:00-05:00' }),
  t('friday 10pm-2am', NY, SAT, '2026-11-27T22:00:00-05:00', { end: '2026-11-28T02:00:00-05:00' }),
  t('friday 8pm to 11pm', NY, SAT, '2026-11-27T20:00:00-05:00', { end: '2026-11-27T23:00:00-05:00' }),
  t('friday 9am-5pm', NY, SAT, '2026-11-27T09:00:00-05:00', { end: '2026-11-27T17:00:00-05:00' }),
  t('friday 10:30am-12:30pm', NY, SAT, '2026-11-27T10:30:00-05:00', { end: '2026-11-27T12:30:00-05:00' }),
  t('monday 1pm - 3pm', NY, SAT, '2026-11-23T13:00:00-05:00', { end: '2026-11-23T15:00:00-05:00' }),
  t('monday 7 to 10pm', NY, SAT, '2026-11-23T19:00:00-05:00', { end: '2026-11-23T22:00:00-05:00' }),
  t('wednesday from 1 to 3pm', NY, SAT, '2026-11-25T13:00:00-05:00', { end: '2026-11-25T15:00:00-05:00' }),
  t('thursday 7:30-9pm', NY, SAT, '2026-11-26T19:30:00-05:00', { end: '2026-11-26T21:00:00-05:00' }),
  t('thursday 18:00-20:00', NY, SAT, '2026-11-26T18:00:00-05:00', { end: '2026-11-26T20:00:00-05:00' }),
  t('dec 12 2pm to 5pm', NY, SAT, '2026-12-12T14:00:00-05:00', { end: '2026-12-12T17:00:00-05:00' }),
  t('dec 31 10pm to 1am', NY, SAT, '2026-12-31T22:00:00-05:00', { end: '2027-01-01T01:00:00-05:00' }),
  t('sunday 9am for 45 minutes', NY, SAT, '2026-11-22T09:00:00-05:00', { end: '2026-11-22T09:45:00-05:00' }),
  t('tuesday 6pm for 3h', NY, SAT, '2026-11-24T18:00:00-05:00', { end: '2026-11-24T21:00:00-05:00' }),
  t('friday 6pm for 2h', NY, SAT, '2026-11-27T18:00:00-05:00', { end: '2026-11-27T20:00:00-05:00' }),
  t('friday 8pm for an hour', NY, SAT, '2026-11-27T20:00:00-05:00', { end: '2026-11-27T21:00:00-05:00' }),
  t('tomorrow 9am for 30 mins', NY, SAT, '2026-11-22T09:00:00-05:00', { end: '2026-11-22T09:30:00-05:00' }),
  t('monday 2pm for 1.5 hours', NY, SAT, '2026-11-23T14:00:00-05:00', { end: '2026-11-23T15:30:00-05:00' }),
  t('dec 3 7pm for 3 hours', NY, SAT, '2026-12-03T19:00:00-05:00', { end: '2026-12-03T22:00:00-05:00' }),
  // all-day
  day('tomorrow', NY, SAT, '2026-11-22T00:00:00-05:00'),
  day('friday', NY, SAT, '2026-11-27T00:00:00-05:00'),
  day('this friday', NY, SAT, '2026-11-27T00:00:00-05:00'),
  day('next monday', NY, SAT, '2026-11-23T00:00:00-05:00'),
  day('dec 24', NY, SAT, '2026-12-24T00:00:00-05:00'),
  day('12/24', NY, SAT, '2026-12-24T00:00:00-05:00'),
  day('2026-12-24', NY, SAT, '2026-12-24T00:00:00-05:00'),
  day('24th of december', NY, SAT, '2026-12-24T00:00:00-05:00'),
  day('December 24th', NY, SAT, '2026-12-24T00:00:00-05:00'),
  day('jan 1', NY, SAT, '2027-01-01T00:00:00-05:00'),
  day('july 4', NY, SAT, '2027-07-04T00:00:00-04:00'),
  // zones named in the text
  t('dec 3 7pm PST', NY, SAT, '2026-12-03T19:00:00-08:00'),
  t('Dec 3 7PM pst', NY, SAT, '2026-12-03T19:00:00-08:00'),
  t('dec 3 7pm PDT', NY, SAT, '2026-12-03T19:00:00-08:00'), // summer/winter variant resolved for the date
  t('dec 3 7pm EST', NY, SAT, '2026-12-03T19:00:00-05:00'),
  t('dec 3 7pm CET', NY, SAT, '2026-12-03T19:00:00+01:00'),
  t('dec 3 7pm CEST', NY, SAT, '2026-12-03T19:00:00+01:00'),
  t('dec 3 7pm UTC', NY, SAT, '2026-12-03T19:00:00+00:00'),
  t('dec 3 7pm GMT', NY, SAT, '2026-12-03T19:00:00+00:00'),
  t('dec 3 7pm BST', NY, SAT, '2026-12-03T19:00:00+00:00'),
  t('dec 3 19:00 JST', NY, SAT, '2026-12-03T19:00:00+09:00'),
  t('dec 3 7pm AEST', NY, SAT, '2026-12-03T19:00:00+11:00'),
  t('dec 3 7pm AEDT', NY, SAT, '2026-12-03T19:00:00+11:00'),
  t('dec 3 7pm +05:30', NY, SAT, '2026-12-03T19:00:00+05:30'),
  t('dec 10 8pm -03:00', NY, SAT, '2026-12-10T20:00:00-03:00'),
  t('friday 17:00 +02:00', NY, SAT, '2026-11-27T17:00:00+02:00'),
  t('dec 3 9am Europe/London', NY, SAT, '2026-12-03T09:00:00+00:00'),
  t('dec 3 9am Asia/Kolkata', NY, SAT, '2026-12-03T09:00:00+05:30'),
  t('dec 3 9am Australia/Sydney', NY, SAT, '2026-12-03T09:00:00+11:00'),
  t('tomorrow 9am Europe/Berlin', NY, SAT, '2026-11-22T09:00:00+01:00'),
  t('friday 3pm pst', NY, SAT, '2026-11-27T15:00:00-08:00'),
  t('july 4 7pm EDT', NY, SAT, '2027-07-04T19:00:00-04:00'),
  t('july 4 7pm EST', NY, SAT, '2027-07-04T19:00:00-04:00'),
  t('june 10 6pm BST', NY, SAT, '2027-06-10T18:00:00+01:00'),
  t('june 10 6pm CET', NY, SAT, '2027-06-10T18:00:00+02:00'),
  t('june 10 6pm UTC', NY, SAT, '2027-06-10T18:00:00+00:00'),
  t('march 20 9am CET', NY, SAT, '2027-03-20T09:00:00+01:00'),
  t('march 30 9am CET', NY, SAT, '2027-03-30T09:00:00+02:00'),
  t('march 20 9am Europe/London', NY, SAT, '2027-03-20T09:00:00+00:00'),
  t('april 10 9am Australia/Sydney', NY, SAT, '2027-04-10T09:00:00+10:00'),
  t('dec 3 3pm-5pm CET', NY, SAT, '2026-12-03T15:00:00+01:00', { end: '2026-12-03T17:00:00+01:00' }),
  // recurrence
  t('every tuesday 7pm', NY, SAT, '2026-11-24T19:00:00-05:00', { recurrence: W(['TU']) }),
  t('Every Tuesday at 7PM', NY, SAT, '2026-11-24T19:00:00-05:00', { recurrence: W(['TU']) }),
  t('every other friday at 6pm', NY, SAT, '2026-11-27T18:00:00-05:00', { recurrence: W(['FR'], 2) }),
  t('daily at 9am', NY, SAT, '2026-11-22T09:00:00-05:00', { recurrence: D() }), // today's 9am is past
  t('every day at 8am', NY, SAT, '2026-11-22T08:00:00-05:00', { recurrence: D() }),
  t('daily at 6pm', NY, SAT, '2026-11-21T18:00:00-05:00', { recurrence: D() }),
  t('every 3 days at 8am', NY, SAT, '2026-11-22T08:00:00-05:00', { recurrence: D(3) }),
  t('weekdays at 9:30', NY, SAT, '2026-11-23T09:30:00-05:00', { recurrence: WD() }),
  t('every weekday at 9am', NY, SAT, '2026-11-23T09:00:00-05:00', { recurrence: WD() }),
  t('every month on the 1st at 10am', NY, SAT, '2026-12-01T10:00:00-05:00', { recurrence: MD([1]) }),
  t('monthly on the 1st at 10am', NY, SAT, '2026-12-01T10:00:00-05:00', { recurrence: MD([1]) }),
  t('every month on the 15th at 6pm', NY, SAT, '2026-12-15T18:00:00-05:00', { recurrence: MD([15]) }),
  t('every month on the 21st at 11am', NY, SAT, '2026-11-21T11:00:00-05:00', { recurrence: MD([21]) }),
  t('every other month on the 1st at 10am', NY, SAT, '2026-12-01T10:00:00-05:00', { recurrence: MD([1], 2) }),
  day('every month on the 15th', NY, SAT, '2026-12-15T00:00:00-05:00', { recurrence: MD([15]) }),
  day('first monday of every month', NY, SAT, '2026-12-07T00:00:00-05:00', { recurrence: MW(['1MO']) }),
  t('first monday of every month at 7pm', NY, SAT, '2026-12-07T19:00:00-05:00', { recurrence: MW(['1MO']) }),
  t('second tuesday of every month at 6:30pm', NY, SAT, '2026-12-08T18:30:00-05:00', { recurrence: MW(['2TU']) }),
  t('third thursday of every month 7pm', NY, SAT, '2026-12-17T19:00:00-05:00', { recurrence: MW(['3TH']) }),
  t('last friday of every month at 5pm', NY, SAT, '2026-11-27T17:00:00-05:00', { recurrence: MW(['-1FR']) }),
  day('every last friday of the month', NY, SAT, '2026-11-27T00:00:00-05:00', { recurrence: MW(['-1FR']) }),
  t('every tuesday 7pm until dec 22', NY, SAT, '2026-11-24T19:00:00-05:00', { recurrence: W(['TU'], 1, { until: '2026-12-22' }) }),
  t('every sunday 10am until jan 31', NY, SAT, '2026-11-22T10:00:00-05:00', { recurrence: W(['SU'], 1, { until: '2027-01-31' }) }),
  t('every day at 9am until nov 30', NY, SAT, '2026-11-22T09:00:00-05:00', { recurrence: D(1, { until: '2026-11-30' }) }),
  t('every tuesday at 7pm for 6 weeks', NY, SAT, '2026-11-24T19:00:00-05:00', {
    recurrence: W(['TU'], 1, { limit: { count: 6, untilFrom: '2026-12-29', untilTo: '2027-01-04' } }),
  }),
  t('every wednesday at 6pm for 4 weeks', NY, SAT, '2026-11-25T18:00:00-05:00', {
    recurrence: W(['WE'], 1, { limit: { count: 4, untilFrom: '2026-12-16', untilTo: '2026-12-22' } }),
  }),
  t('every monday and wednesday at 6pm', NY, SAT, '2026-11-23T18:00:00-05:00', { recurrence: W(['MO', 'WE']) }),
  t('every 2 weeks on thursday at 7pm', NY, SAT, '2026-11-26T19:00:00-05:00', { recurrence: W(['TH'], 2) }),
  t('every saturday at noon', NY, SAT, '2026-11-21T12:00:00-05:00', { recurrence: W(['SA']) }),
  t('every saturday at 9am', NY, SAT, '2026-11-28T09:00:00-05:00', { recurrence: W(['SA']) }),
  t('every friday 8-10pm', NY, SAT, '2026-11-27T20:00:00-05:00', { end: '2026-11-27T22:00:00-05:00', recurrence: W(['FR']) }),
  t('weekly on mondays at 10am', NY, SAT, '2026-11-23T10:00:00-05:00', { recurrence: W(['MO']) }),
  t('every week on friday 4pm', NY, SAT, '2026-11-27T16:00:00-05:00', { recurrence: W(['FR']) }),
  t('every thursday at 7pm CET', NY, SAT, '2026-11-26T19:00:00+01:00', { recurrence: W(['TH']) }),
  day('every friday', NY, SAT, '2026-11-27T00:00:00-05:00', { recurrence: W(['FR']) }),
  // errors
  bad('', NY, SAT),
  bad('   ', NY, SAT),
  bad('banana', NY, SAT),
  bad('asdf qwerty', NY, SAT),
  bad('lol', NY, SAT),
  bad('the 32nd of june', NY, SAT),
  bad('june 31 7pm', NY, SAT),
  bad('february 30', NY, SAT),
  bad('2027-02-30 10am', NY, SAT),
  bad('2026-11-20 7pm', NY, SAT),
  bad('nov 2 2026 3pm', NY, SAT),
  bad('yesterday 5pm', NY, SAT),
  bad('today 8am', NY, SAT),
  bad('last friday', NY, SAT),
  bad('25:00', NY, SAT),

  // ── Saturday 2026-11-21 elsewhere ─────────────────────────────────────────────────────────────
  // Los Angeles, now 07:00 PST
  t('today 9am', LA, SAT, '2026-11-21T09:00:00-08:00'),
  t('tomorrow 6pm', LA, SAT, '2026-11-22T18:00:00-08:00'),
  t('friday 7pm EST', LA, SAT, '2026-11-27T19:00:00-05:00'),
  t('sat 8am-10am', LA, SAT, '2026-11-21T08:00:00-08:00', { end: '2026-11-21T10:00:00-08:00' }),
  t('march 20 9am', LA, SAT, '2027-03-20T09:00:00-07:00'),
  t('every other tuesday 6pm', LA, SAT, '2026-11-24T18:00:00-08:00', { recurrence: W(['TU'], 2) }),
  // Chicago, now 09:00 CST
  t('sunday 10am', CHI, SAT, '2026-11-22T10:00:00-06:00'),
  t('april 3 7pm', CHI, SAT, '2027-04-03T19:00:00-05:00'),
  // UTC, now 15:00
  t('friday 8pm', UTC, SAT, '2026-11-27T20:00:00+00:00'),
  t('march 20 9am', UTC, SAT, '2027-03-20T09:00:00+00:00'),
  t('tomorrow 9am PST', UTC, SAT, '2026-11-22T09:00:00-08:00'),
  t('dec 3 7pm Europe/Berlin', UTC, SAT, '2026-12-03T19:00:00+01:00'),
  // Sydney, now Sunday 2026-11-22 02:00 AEDT
  t('tomorrow 9am', SYD, SAT, '2026-11-23T09:00:00+11:00'),
  t('sunday 10am', SYD, SAT, '2026-11-22T10:00:00+11:00'),
  t('saturday 10am', SYD, SAT, '2026-11-28T10:00:00+11:00'),
  t('today 6pm', SYD, SAT, '2026-11-22T18:00:00+11:00'),
  t('june 15 9am', SYD, SAT, '2027-06-15T09:00:00+10:00'),
  t('dec 3 7pm', SYD, SAT, '2026-12-03T19:00:00+11:00'),
  t('friday 7pm AEST', SYD, SAT, '2026-11-27T19:00:00+11:00'),
  day('dec 3', SYD, SAT, '2026-12-03T00:00:00+11:00'),
  // Adelaide, now Sunday 2026-11-22 01:30 ACDT
  t('tomorrow 9am', ADL, SAT, '2026-11-23T09:00:00+10:30'),
  t('june 1 9am', ADL, SAT, '2027-06-01T09:00:00+09:30'),
  t('friday 6pm for 2 hours', ADL, SAT, '2026-11-27T18:00:00+10:30', { end: '2026-11-27T20:00:00+10:30' }),
  // Kolkata, now 20:30 IST
  t('tomorrow 9am', KOL, SAT, '2026-11-22T09:00:00+05:30'),
  t('9pm', KOL, SAT, '2026-11-21T21:00:00+05:30'),
  t('saturday 10pm', KOL, SAT, '2026-11-21T22:00:00+05:30'),
  t('saturday 8pm', KOL, SAT, '2026-11-28T20:00:00+05:30'),
  t('dec 3 7pm', KOL, SAT, '2026-12-03T19:00:00+05:30'),
  t('march 20 9am', KOL, SAT, '2027-03-20T09:00:00+05:30'),
  t('in 30 minutes', KOL, SAT, '2026-11-21T21:00:00+05:30'),
  t('dec 3 7pm EST', KOL, SAT, '2026-12-03T19:00:00-05:00'),
  t('friday 6:30pm to 8pm', KOL, SAT, '2026-11-27T18:30:00+05:30', { end: '2026-11-27T20:00:00+05:30' }),
  t('daily at 9am', KOL, SAT, '2026-11-22T09:00:00+05:30', { recurrence: D() }),
  day('dec 3', KOL, SAT, '2026-12-03T00:00:00+05:30'),
  bad('today 8pm', KOL, SAT),

  // ── Wednesday 2026-11-25, Berlin (now 15:00 CET) ───────────────────────────────────────────────
  t('friday 20:00', BER, WED, '2026-11-27T20:00:00+01:00'),
  t('wednesday 18:00', BER, WED, '2026-11-25T18:00:00+01:00'),
  t('wednesday 14:00', BER, WED, '2026-12-02T14:00:00+01:00'),
  t('tomorrow 19:30', BER, WED, '2026-11-26T19:30:00+01:00'),
  t('thursday 7pm', BER, WED, '2026-11-26T19:00:00+01:00'),
  t('in 45 minutes', BER, WED, '2026-11-25T15:45:00+01:00'),
  t('in 2 weeks at 3pm', BER, WED, '2026-12-09T15:00:00+01:00'),
  t('3 december 19:00', BER, WED, '2026-12-03T19:00:00+01:00'),
  t('sat 10am-12pm', BER, WED, '2026-11-28T10:00:00+01:00', { end: '2026-11-28T12:00:00+01:00' }),
  t('friday 18:00-22:00', BER, WED, '2026-11-27T18:00:00+01:00', { end: '2026-11-27T22:00:00+01:00' }),
  t('friday 18:00\u201322:00', BER, WED, '2026-11-27T18:00:00+01:00', { end: '2026-11-27T22:00:00+01:00' }),
  t('saturday from 14:00 to 16:30', BER, WED, '2026-11-28T14:00:00+01:00', { end: '2026-11-28T16:30:00+01:00' }),
  t('march 28 10am', BER, WED, '2027-03-28T10:00:00+02:00'),
  t('march 27 10am', BER, WED, '2027-03-27T10:00:00+01:00'),
  t('march 28 1am', BER, WED, '2027-03-28T01:00:00+01:00'),
  t('oct 31 10am', BER, WED, '2027-10-31T10:00:00+01:00'),
  t('oct 30 10am', BER, WED, '2027-10-30T10:00:00+02:00'),
  t('tomorrow 9am EST', BER, WED, '2026-11-26T09:00:00-05:00'),
  t('friday 6pm BST', BER, WED, '2026-11-27T18:00:00+00:00'),
  t('dec 1 18:00 UTC', BER, WED, '2026-12-01T18:00:00+00:00'),
  t('friday 20:00 for 2 hours', BER, WED, '2026-11-27T20:00:00+01:00', { end: '2026-11-27T22:00:00+01:00' }),
  t('tomorrow 10:00 for 90 minutes', BER, WED, '2026-11-26T10:00:00+01:00', { end: '2026-11-26T11:30:00+01:00' }),
  day('dec 24', BER, WED, '2026-12-24T00:00:00+01:00'),
  day('24 december', BER, WED, '2026-12-24T00:00:00+01:00'),
  day('thursday', BER, WED, '2026-11-26T00:00:00+01:00'),
  t('every thursday 19:00', BER, WED, '2026-11-26T19:00:00+01:00', { recurrence: W(['TH']) }),
  t('every other monday at 18:30', BER, WED, '2026-11-30T18:30:00+01:00', { recurrence: W(['MO'], 2) }),
  t('every month on the 1st at 10am', BER, WED, '2026-12-01T10:00:00+01:00', { recurrence: MD([1]) }),
  t('last friday of every month at 17:00', BER, WED, '2026-11-27T17:00:00+01:00', { recurrence: MW(['-1FR']) }),
  t('weekdays at 8:00', BER, WED, '2026-11-26T08:00:00+01:00', { recurrence: WD() }),
  t('weekdays at 16:00', BER, WED, '2026-11-25T16:00:00+01:00', { recurrence: WD() }),
  t('daily at 7am until dec 24', BER, WED, '2026-11-26T07:00:00+01:00', { recurrence: D(1, { until: '2026-12-24' }) }),
  bad('31 november', BER, WED),
  bad('the 32nd of june', BER, WED),
  bad('wednesday 25:00', BER, WED),
  // other locales, as far as chrono reads them
  t('morgen um 19 Uhr', BER, WED, '2026-11-26T19:00:00+01:00', { locale: 'de' }),
  t('Freitag um 20:00', BER, WED, '2026-11-27T20:00:00+01:00', { locale: 'de' }),
  t('3. Dezember 19:00', BER, WED, '2026-12-03T19:00:00+01:00', { locale: 'de' }),
  t('demain à 19h', BER, WED, '2026-11-26T19:00:00+01:00', { locale: 'fr' }),
  t('vendredi à 20h', BER, WED, '2026-11-27T20:00:00+01:00', { locale: 'fr' }),
  t('mañana a las 19:00', BER, WED, '2026-11-26T19:00:00+01:00', { locale: 'es' }),
  // Tokyo, now Wednesday 23:00 JST
  t('tomorrow 10:00', TYO, WED, '2026-11-26T10:00:00+09:00'),
  t('friday 19:00', TYO, WED, '2026-11-27T19:00:00+09:00'),
  t('dec 3 19:00', TYO, WED, '2026-12-03T19:00:00+09:00'),
  t('in 30 minutes', TYO, WED, '2026-11-25T23:30:00+09:00'),
  t('thursday 7pm', TYO, WED, '2026-11-26T19:00:00+09:00'),
  t('today 23:30', TYO, WED, '2026-11-25T23:30:00+09:00'),
  bad('today 22:00', TYO, WED),
  // New York on the same Wednesday, now 09:00
  t('friday 8pm', NY, WED, '2026-11-27T20:00:00-05:00'),
  t('wednesday 6pm', NY, WED, '2026-11-25T18:00:00-05:00'),
  t('every wednesday at 7pm', NY, WED, '2026-11-25T19:00:00-05:00', { recurrence: W(['WE']) }),

  // ── Monday 2026-12-28, year rollover ───────────────────────────────────────────────────────────
  // New York, now 07:00 EST
  t('jan 3 7pm', NY, DEC, '2027-01-03T19:00:00-05:00'),
  t('dec 30 6pm', NY, DEC, '2026-12-30T18:00:00-05:00'),
  t('dec 20 6pm', NY, DEC, '2027-12-20T18:00:00-05:00'),
  t('dec 28 9am', NY, DEC, '2026-12-28T09:00:00-05:00'),
  t('dec 25 7pm', NY, DEC, '2027-12-25T19:00:00-05:00'),
  t('dec 31 11pm to jan 1 2am', NY, DEC, '2026-12-31T23:00:00-05:00', { end: '2027-01-01T02:00:00-05:00' }),
  t('friday 8pm', NY, DEC, '2027-01-01T20:00:00-05:00'),
  t('tuesday 7pm', NY, DEC, '2026-12-29T19:00:00-05:00'),
  t('sunday 10am', NY, DEC, '2027-01-03T10:00:00-05:00'),
  t('1/2 7pm', NY, DEC, '2027-01-02T19:00:00-05:00'),
  t('12/27 7pm', NY, DEC, '2027-12-27T19:00:00-05:00'),
  t('2027-01-04 10:00', NY, DEC, '2027-01-04T10:00:00-05:00'),
  t('in 2 weeks at 3pm', NY, DEC, '2027-01-11T15:00:00-05:00'),
  t('jan 15 noon', NY, DEC, '2027-01-15T12:00:00-05:00'),
  t('3 january 19:00', NY, DEC, '2027-01-03T19:00:00-05:00'),
  t('january 2nd 6-9pm', NY, DEC, '2027-01-02T18:00:00-05:00', { end: '2027-01-02T21:00:00-05:00' }),
  day('january 1', NY, DEC, '2027-01-01T00:00:00-05:00'),
  day('tomorrow', NY, DEC, '2026-12-29T00:00:00-05:00'),
  day('jan 1st', NY, DEC, '2027-01-01T00:00:00-05:00'),
  t('every month on the 1st at 10am', NY, DEC, '2027-01-01T10:00:00-05:00', { recurrence: MD([1]) }),
  day('first monday of every month', NY, DEC, '2027-01-04T00:00:00-05:00', { recurrence: MW(['1MO']) }),
  t('every monday 9am', NY, DEC, '2026-12-28T09:00:00-05:00', { recurrence: W(['MO']) }),
  t('every monday 6am', NY, DEC, '2027-01-04T06:00:00-05:00', { recurrence: W(['MO']) }),
  t('every weekday at 9am until jan 15', NY, DEC, '2026-12-28T09:00:00-05:00', { recurrence: WD({ until: '2027-01-15' }) }),
  t('every other friday at 6pm until jan 29', NY, DEC, '2027-01-01T18:00:00-05:00', { recurrence: W(['FR'], 2, { until: '2027-01-29' }) }),
  bad('2026-12-20 7pm', NY, DEC),
  bad('dec 27 2026 7pm', NY, DEC),
  // Sydney, now Monday 23:00 AEDT
  t('tomorrow 9am', SYD, DEC, '2026-12-29T09:00:00+11:00'),
  t('friday 7pm', SYD, DEC, '2027-01-01T19:00:00+11:00'),
  t('dec 31 8pm', SYD, DEC, '2026-12-31T20:00:00+11:00'),
  t('jan 2 10am', SYD, DEC, '2027-01-02T10:00:00+11:00'),
  // Tokyo, now Monday 21:00 JST
  t('tomorrow 10:00', TYO, DEC, '2026-12-29T10:00:00+09:00'),
  t('jan 2 15:00', TYO, DEC, '2027-01-02T15:00:00+09:00'),
  // London, now Monday 12:00 GMT
  t('wednesday 6pm', LON, DEC, '2026-12-30T18:00:00+00:00'),
  t('dec 31 11pm', LON, DEC, '2026-12-31T23:00:00+00:00'),
  t('jan 4 9:30', LON, DEC, '2027-01-04T09:30:00+00:00'),

  // ── Friday 2027-03-12, two days before US DST ──────────────────────────────────────────────────
  t('sunday 10am', NY, USDST, '2027-03-14T10:00:00-04:00'),
  t('saturday 10am', NY, USDST, '2027-03-13T10:00:00-05:00'),
  t('monday 9am', NY, USDST, '2027-03-15T09:00:00-04:00'),
  t('today 5pm', NY, USDST, '2027-03-12T17:00:00-05:00'),
  t('in 3 hours', NY, USDST, '2027-03-12T15:00:00-05:00'),
  t('march 14 10am EST', NY, USDST, '2027-03-14T10:00:00-04:00'),
  t('march 14 3:30am', NY, USDST, '2027-03-14T03:30:00-04:00'),
  t('every sunday at 9am', NY, USDST, '2027-03-14T09:00:00-04:00', { recurrence: W(['SU']) }),
  t('daily at 8am', NY, USDST, '2027-03-13T08:00:00-05:00', { recurrence: D() }),
  t('every weekday at 9am', NY, USDST, '2027-03-15T09:00:00-04:00', { recurrence: WD() }),
  day('sunday', NY, USDST, '2027-03-14T00:00:00-05:00'),
  day('monday', NY, USDST, '2027-03-15T00:00:00-04:00'),
  t('sunday 1pm', LA, USDST, '2027-03-14T13:00:00-07:00'),
  t('saturday 8pm', LA, USDST, '2027-03-13T20:00:00-08:00'),
  t('in 2 weeks at 3pm', LA, USDST, '2027-03-26T15:00:00-07:00'),
  t('sunday 2pm for 2 hours', LA, USDST, '2027-03-14T14:00:00-07:00', { end: '2027-03-14T16:00:00-07:00' }),
  t('next week monday 10am', CHI, USDST, '2027-03-15T10:00:00-05:00'),
  t('sunday noon', CHI, USDST, '2027-03-14T12:00:00-05:00'),

  // ── Friday 2027-03-26, two days before EU DST ──────────────────────────────────────────────────
  t('sunday 10am', BER, EUDST, '2027-03-28T10:00:00+02:00'),
  t('saturday 10am', BER, EUDST, '2027-03-27T10:00:00+01:00'),
  t('sunday 1am', BER, EUDST, '2027-03-28T01:00:00+01:00'),
  t('tomorrow 20:00', BER, EUDST, '2027-03-27T20:00:00+01:00'),
  t('in 2 days at 10am', BER, EUDST, '2027-03-28T10:00:00+02:00'),
  t('every sunday 9am', BER, EUDST, '2027-03-28T09:00:00+02:00', { recurrence: W(['SU']) }),
  day('sunday', BER, EUDST, '2027-03-28T00:00:00+01:00'),
  t('sunday 9am America/New_York', BER, EUDST, '2027-03-28T09:00:00-04:00'),
  t('sunday 14:00 +05:30', BER, EUDST, '2027-03-28T14:00:00+05:30'),
  t('sunday 10am', LON, EUDST, '2027-03-28T10:00:00+01:00'),
  t('saturday 18:00', LON, EUDST, '2027-03-27T18:00:00+00:00'),
  t('monday 9am', LON, EUDST, '2027-03-29T09:00:00+01:00'),
  t('sunday 3pm CET', LON, EUDST, '2027-03-28T15:00:00+02:00'),
  t('sunday 12:00 UTC', LON, EUDST, '2027-03-28T12:00:00+00:00'),

  // ── Friday 2027-04-02, two days before AU DST ends ─────────────────────────────────────────────
  t('sunday 10am', SYD, AUDST, '2027-04-04T10:00:00+10:00'),
  t('saturday 10am', SYD, AUDST, '2027-04-03T10:00:00+11:00'),
  t('sunday 1am', SYD, AUDST, '2027-04-04T01:00:00+11:00'),
  t('tomorrow 8pm', SYD, AUDST, '2027-04-03T20:00:00+11:00'),
  t('friday 5pm', SYD, AUDST, '2027-04-02T17:00:00+11:00'),
  t('friday 9am', SYD, AUDST, '2027-04-09T09:00:00+10:00'),
  t('in 2 weeks at 3pm', SYD, AUDST, '2027-04-16T15:00:00+10:00'),
  t('sunday 10am AEDT', SYD, AUDST, '2027-04-04T10:00:00+10:00'),
  t('october 3 10am', SYD, AUDST, '2027-10-03T10:00:00+11:00'),
  t('october 2 10am', SYD, AUDST, '2027-10-02T10:00:00+10:00'),
  t('every sunday at 9am', SYD, AUDST, '2027-04-04T09:00:00+10:00', { recurrence: W(['SU']) }),
  day('sunday', SYD, AUDST, '2027-04-04T00:00:00+11:00'),
  t('sunday 10am', ADL, AUDST, '2027-04-04T10:00:00+09:30'),
  t('saturday 7pm', ADL, AUDST, '2027-04-03T19:00:00+10:30'),
  t('monday 9am', ADL, AUDST, '2027-04-05T09:00:00+09:30'),
  t('october 10 6pm', ADL, AUDST, '2027-10-10T18:00:00+10:30'),
  t('july 1 9am', ADL, AUDST, '2027-07-01T09:00:00+09:30'),
  t('daily at 9am', ADL, AUDST, '2027-04-03T09:00:00+10:30', { recurrence: D() }),
  day('monday', ADL, AUDST, '2027-04-05T00:00:00+09:30'),
  // ── Second batch (written after the first run, still before running these) ─────────────────────
  // New York, Saturday 10:00 EST
  t('fri 8p', NY, SAT, '2026-11-27T20:00:00-05:00'),
  t('friday @ 8pm', NY, SAT, '2026-11-27T20:00:00-05:00'),
  t('Friday 8 PM', NY, SAT, '2026-11-27T20:00:00-05:00'),
  t('friday 8.30pm', NY, SAT, '2026-11-27T20:30:00-05:00'),
  t('friday evening 7:30', NY, SAT, '2026-11-27T19:30:00-05:00'),
  t('tomorrow morning at 9', NY, SAT, '2026-11-22T09:00:00-05:00'),
  t('tomorrow evening at 7', NY, SAT, '2026-11-22T19:00:00-05:00'),
  t('thursday the 26th at 7pm', NY, SAT, '2026-11-26T19:00:00-05:00'),
  t('on the 5th at 7pm', NY, SAT, '2026-12-05T19:00:00-05:00'),
  t('the 21st at 6pm', NY, SAT, '2026-11-21T18:00:00-05:00'),
  t('dec. 3 at 7pm', NY, SAT, '2026-12-03T19:00:00-05:00'),
  t('Dec 3, 2026 7:00pm', NY, SAT, '2026-12-03T19:00:00-05:00'),
  t('December 3 2026 at 7 PM', NY, SAT, '2026-12-03T19:00:00-05:00'),
  t('3/12 7pm', NY, SAT, '2027-03-12T19:00:00-05:00'), // en-US: March 12, before DST
  t('3/15 7pm', NY, SAT, '2027-03-15T19:00:00-04:00'),
  t('12/3/2026 7pm', NY, SAT, '2026-12-03T19:00:00-05:00'),
  t('2026-12-03 7pm', NY, SAT, '2026-12-03T19:00:00-05:00'),
  t('dec 3 @ 7pm', NY, SAT, '2026-12-03T19:00:00-05:00'),
  t('7pm on dec 3', NY, SAT, '2026-12-03T19:00:00-05:00'),
  t('at 7pm on the 3rd of December', NY, SAT, '2026-12-03T19:00:00-05:00'),
  t('19:00 3 dec', NY, SAT, '2026-12-03T19:00:00-05:00'),
  t('dec 3 from 7 to 9pm', NY, SAT, '2026-12-03T19:00:00-05:00', { end: '2026-12-03T21:00:00-05:00' }),
  t('dec 3 7-9pm', NY, SAT, '2026-12-03T19:00:00-05:00', { end: '2026-12-03T21:00:00-05:00' }),
  t('dec 3, 7pm\u20139pm', NY, SAT, '2026-12-03T19:00:00-05:00', { end: '2026-12-03T21:00:00-05:00' }),
  t('dec 3 19:00-21:00', NY, SAT, '2026-12-03T19:00:00-05:00', { end: '2026-12-03T21:00:00-05:00' }),
  t('friday 8pm-midnight', NY, SAT, '2026-11-27T20:00:00-05:00', { end: '2026-11-28T00:00:00-05:00' }),
  t('friday noon to 2pm', NY, SAT, '2026-11-27T12:00:00-05:00', { end: '2026-11-27T14:00:00-05:00' }),
  t('friday 12-2pm', NY, SAT, '2026-11-27T12:00:00-05:00', { end: '2026-11-27T14:00:00-05:00' }),
  t('friday 9-11am', NY, SAT, '2026-11-27T09:00:00-05:00', { end: '2026-11-27T11:00:00-05:00' }),
  t('friday 9 to 11 am', NY, SAT, '2026-11-27T09:00:00-05:00', { end: '2026-11-27T11:00:00-05:00' }),
  t('friday 8pm for 2.5 hours', NY, SAT, '2026-11-27T20:00:00-05:00', { end: '2026-11-27T22:30:00-05:00' }),
  t('friday 8pm for 2 hrs', NY, SAT, '2026-11-27T20:00:00-05:00', { end: '2026-11-27T22:00:00-05:00' }),
  t('saturday 2pm for 30 minutes', NY, SAT, '2026-11-21T14:00:00-05:00', { end: '2026-11-21T14:30:00-05:00' }),
  t('in 15 mins', NY, SAT, '2026-11-21T10:15:00-05:00'),
  t('in 45 min', NY, SAT, '2026-11-21T10:45:00-05:00'),
  t('in 1 hour', NY, SAT, '2026-11-21T11:00:00-05:00'),
  t('in 3 weeks at 6pm', NY, SAT, '2026-12-12T18:00:00-05:00'),
  t('in a week at 10am', NY, SAT, '2026-11-28T10:00:00-05:00'),
  t('this sunday at 4pm', NY, SAT, '2026-11-22T16:00:00-05:00'),
  t('this coming friday 8pm', NY, SAT, '2026-11-27T20:00:00-05:00'),
  t('coming monday 9am', NY, SAT, '2026-11-23T09:00:00-05:00'),
  t('next sat 2pm', NY, SAT, '2026-11-28T14:00:00-05:00'), // said on a Saturday: a week from today
  t('this saturday 2pm', NY, SAT, '2026-11-21T14:00:00-05:00'), // said on a Saturday: today
  t('Sunday 11/22 at 10am', NY, SAT, '2026-11-22T10:00:00-05:00'),
  t('Fri Nov 27 @ 8PM EST', NY, SAT, '2026-11-27T20:00:00-05:00'),
  t('friday 27th at 8pm', NY, SAT, '2026-11-27T20:00:00-05:00'),
  t('27th nov 8pm', NY, SAT, '2026-11-27T20:00:00-05:00'),
  t('nov 27th, 8pm', NY, SAT, '2026-11-27T20:00:00-05:00'),
  t('11/27 8pm-10pm', NY, SAT, '2026-11-27T20:00:00-05:00', { end: '2026-11-27T22:00:00-05:00' }),
  t('friday 8pm est', NY, SAT, '2026-11-27T20:00:00-05:00'),
  t('friday 8pm (CET)', NY, SAT, '2026-11-27T20:00:00+01:00'),
  t('friday 20:00 CET', NY, SAT, '2026-11-27T20:00:00+01:00'),
  t('friday 8pm UTC+05:30', NY, SAT, '2026-11-27T20:00:00+05:30'),
  t('friday 9am America/Los_Angeles', NY, SAT, '2026-11-27T09:00:00-08:00'),
  t('friday 9am asia/tokyo', NY, SAT, '2026-11-27T09:00:00+09:00'),
  t('friday 9am in Europe/Berlin', NY, SAT, '2026-11-27T09:00:00+01:00'),
  t('friday 9am Australia/Adelaide', NY, SAT, '2026-11-27T09:00:00+10:30'),
  t('june 3 9am Australia/Adelaide', NY, SAT, '2027-06-03T09:00:00+09:30'),
  t('dec 3 9am ACDT', NY, SAT, '2026-12-03T09:00:00+10:30'),
  t('friday 8pm EDT', NY, SAT, '2026-11-27T20:00:00-05:00'),
  t('friday 6pm AEST', NY, SAT, '2026-11-27T18:00:00+11:00'),
  t('july 10 6pm AEDT', NY, SAT, '2027-07-10T18:00:00+10:00'),
  t('july 10 6pm JST', NY, SAT, '2027-07-10T18:00:00+09:00'),
  t('july 10 6pm PST', NY, SAT, '2027-07-10T18:00:00-07:00'),
  t('every tues and thurs at 7pm', NY, SAT, '2026-11-24T19:00:00-05:00', { recurrence: W(['TU', 'TH']) }),
  t('every mon, wed and fri at 7am', NY, SAT, '2026-11-23T07:00:00-05:00', { recurrence: W(['MO', 'WE', 'FR']) }),
  t('every other week on tuesday at 7pm', NY, SAT, '2026-11-24T19:00:00-05:00', { recurrence: W(['TU'], 2) }),
  t('every weekday at 8:30am until dec 18', NY, SAT, '2026-11-23T08:30:00-05:00', { recurrence: WD({ until: '2026-12-18' }) }),
  t('daily at 10pm for 2 weeks', NY, SAT, '2026-11-21T22:00:00-05:00', {
    recurrence: D(1, { limit: { count: 14, untilFrom: '2026-12-04', untilTo: '2026-12-04' } }),
  }),
  t('every friday at 8pm for 3 weeks', NY, SAT, '2026-11-27T20:00:00-05:00', {
    recurrence: W(['FR'], 1, { limit: { count: 3, untilFrom: '2026-12-11', untilTo: '2026-12-17' } }),
  }),
  t('every friday at 8pm until december 18', NY, SAT, '2026-11-27T20:00:00-05:00', { recurrence: W(['FR'], 1, { until: '2026-12-18' }) }),
  t('every friday 8pm until 12/18', NY, SAT, '2026-11-27T20:00:00-05:00', { recurrence: W(['FR'], 1, { until: '2026-12-18' }) }),
  t('every thursday 7-9pm', NY, SAT, '2026-11-26T19:00:00-05:00', { end: '2026-11-26T21:00:00-05:00', recurrence: W(['TH']) }),
  t('every wednesday 6pm for 1 hour', NY, SAT, '2026-11-25T18:00:00-05:00', { end: '2026-11-25T19:00:00-05:00', recurrence: W(['WE']) }),
  t('every 1st of the month at 9am', NY, SAT, '2026-12-01T09:00:00-05:00', { recurrence: MD([1]) }),
  t('on the 1st of every month at 9am', NY, SAT, '2026-12-01T09:00:00-05:00', { recurrence: MD([1]) }),
  t('the 15th of every month at noon', NY, SAT, '2026-12-15T12:00:00-05:00', { recurrence: MD([15]) }),
  t('every month on the last friday at 6pm', NY, SAT, '2026-11-27T18:00:00-05:00', { recurrence: MW(['-1FR']) }),
  t('every 2nd monday of the month at 7pm', NY, SAT, '2026-12-14T19:00:00-05:00', { recurrence: MW(['2MO']) }),
  t('the last monday of every month at 7pm', NY, SAT, '2026-11-30T19:00:00-05:00', { recurrence: MW(['-1MO']) }),
  day('every fourth thursday of the month', NY, SAT, '2026-11-26T00:00:00-05:00', { recurrence: MW(['4TH']) }),
  t('every day at noon', NY, SAT, '2026-11-21T12:00:00-05:00', { recurrence: D() }),
  day('every sunday', NY, SAT, '2026-11-22T00:00:00-05:00', { recurrence: W(['SU']) }),
  day('every weekday', NY, SAT, '2026-11-23T00:00:00-05:00', { recurrence: WD() }),
  t('every other week on wednesday 6pm', NY, SAT, '2026-11-25T18:00:00-05:00', { recurrence: W(['WE'], 2) }),
  t('every 3 weeks on monday at 9am', NY, SAT, '2026-11-23T09:00:00-05:00', { recurrence: W(['MO'], 3) }),
  t('every tuesday 7pm CET', NY, SAT, '2026-11-24T19:00:00+01:00', { recurrence: W(['TU']) }),
  t('every monday at 9am Asia/Kolkata', NY, SAT, '2026-11-23T09:00:00+05:30', { recurrence: W(['MO']) }),
  t('every day at 9am for 5 days', NY, SAT, '2026-11-22T09:00:00-05:00', {
    recurrence: D(1, { limit: { count: 5, untilFrom: '2026-11-26', untilTo: '2026-11-26' } }),
  }),
  t('every weekday at 9am for 2 weeks', NY, SAT, '2026-11-23T09:00:00-05:00', {
    recurrence: WD({ limit: { count: 10, untilFrom: '2026-12-04', untilTo: '2026-12-06' } }),
  }),
  t('daily at 9am until friday', NY, SAT, '2026-11-22T09:00:00-05:00', { recurrence: D(1, { until: '2026-11-27' }) }),
  bad('every year on dec 25', NY, SAT),
  bad('whenever', NY, SAT),
  bad('tbd', NY, SAT),
  bad('april 31', NY, SAT),
  bad('13/25 7pm', NY, SAT),
  bad('9/31 7pm', NY, SAT),
  bad('32 dec', NY, SAT),
  bad('friday 13pm', NY, SAT),
  bad('friday 8:75pm', NY, SAT),
  bad('2025-12-03 7pm', NY, SAT),
  bad('1 hour ago', NY, SAT),
  bad('last tuesday 7pm', NY, SAT),
  bad('yesterday', NY, SAT),
  bad('today 9:30am', NY, SAT),
  bad('dec 5 10am to dec 4 2pm', NY, SAT),
  bad('friday 8pm Mars/Olympus_Mons', NY, SAT),
  bad('Friday, December 3 at 7pm', NY, SAT), // Dec 3 2026 is a Thursday: refuse rather than pick one
  t('3/12 7pm', LON, SAT, '2026-12-03T19:00:00+00:00', { locale: 'en-GB' }),
  // Kolkata, Saturday 20:30
  t('tomorrow 10am to 11:30am', KOL, SAT, '2026-11-22T10:00:00+05:30', { end: '2026-11-22T11:30:00+05:30' }),
  t('every monday at 10:30am', KOL, SAT, '2026-11-23T10:30:00+05:30', { recurrence: W(['MO']) }),
  t('dec 3 7pm CET', KOL, SAT, '2026-12-03T19:00:00+01:00'),
  t('dec 3 9:30am', KOL, SAT, '2026-12-03T09:30:00+05:30'),
  // Wednesday 09:00 EST in New York
  t('next week monday 10am', NY, WED, '2026-11-30T10:00:00-05:00'),
  t('monday next week 10am', NY, WED, '2026-11-30T10:00:00-05:00'),
  t('friday next week 8pm', NY, WED, '2026-12-04T20:00:00-05:00'), // Friday of next week, not the coming one
  t('wednesday next week 6pm', NY, WED, '2026-12-02T18:00:00-05:00'),
  t('next week wednesday 6pm', NY, WED, '2026-12-02T18:00:00-05:00'),
  t('tomorrow 8am-5pm', NY, WED, '2026-11-26T08:00:00-05:00', { end: '2026-11-26T17:00:00-05:00' }),
  t('today 5pm', NY, WED, '2026-11-25T17:00:00-05:00'),
  bad('today at 8am', NY, WED),
  // other locales (Berlin Wednesday 15:00; Tokyo Wednesday 23:00)
  t('morgen 10:00', BER, WED, '2026-11-26T10:00:00+01:00', { locale: 'de' }),
  t('le 3 décembre à 19h', BER, WED, '2026-12-03T19:00:00+01:00', { locale: 'fr' }),
  t('el viernes a las 20:00', BER, WED, '2026-11-27T20:00:00+01:00', { locale: 'es' }),
  t('amanhã às 19:00', BER, WED, '2026-11-26T19:00:00+01:00', { locale: 'pt' }),
  t('morgen om 19:00', BER, WED, '2026-11-26T19:00:00+01:00', { locale: 'nl' }),
  t('明日19時', TYO, WED, '2026-11-26T19:00:00+09:00', { locale: 'ja' }),
  // Monday 2026-12-28, New York 07:00
  t('monday next week 10am', NY, DEC, '2027-01-04T10:00:00-05:00'),
  t('next week monday 10am', NY, DEC, '2027-01-04T10:00:00-05:00'),
  t("new year's eve 9pm", NY, DEC, '2026-12-31T21:00:00-05:00'),
  t("new year's day at noon", NY, DEC, '2027-01-01T12:00:00-05:00'),
  t('jan 1 at 12am', NY, DEC, '2027-01-01T00:00:00-05:00'),
  t('1/1 noon', NY, DEC, '2027-01-01T12:00:00-05:00'),
  t('12/31 11pm', NY, DEC, '2026-12-31T23:00:00-05:00'),
  t('12/31/2026 11pm', NY, DEC, '2026-12-31T23:00:00-05:00'),
  t('in 1 week at 9am', NY, DEC, '2027-01-04T09:00:00-05:00'),
  t('every day at 9am until dec 31', NY, DEC, '2026-12-28T09:00:00-05:00', { recurrence: D(1, { until: '2026-12-31' }) }),
  t('every monday at 9am until jan 25', NY, DEC, '2026-12-28T09:00:00-05:00', { recurrence: W(['MO'], 1, { until: '2027-01-25' }) }),
  day('jan 2nd', NY, DEC, '2027-01-02T00:00:00-05:00'),
  day('friday', NY, DEC, '2027-01-01T00:00:00-05:00'),
  // Friday 2027-03-12 (US DST on Sunday)
  t('sunday 3am', NY, USDST, '2027-03-14T03:00:00-04:00'),
  t('sunday 1:30am', NY, USDST, '2027-03-14T01:30:00-05:00'),
  t('march 13 11pm to march 14 3am', NY, USDST, '2027-03-13T23:00:00-05:00', { end: '2027-03-14T03:00:00-04:00' }),
  t('saturday 11pm-3am', NY, USDST, '2027-03-13T23:00:00-05:00', { end: '2027-03-14T03:00:00-04:00' }),
  t('every day at 9am', NY, USDST, '2027-03-13T09:00:00-05:00', { recurrence: D() }),
  t('every other sunday 9am', NY, USDST, '2027-03-14T09:00:00-04:00', { recurrence: W(['SU'], 2) }),
  t('sunday 9am PST', NY, USDST, '2027-03-14T09:00:00-07:00'),
  t('sunday 9am EST', NY, USDST, '2027-03-14T09:00:00-04:00'),
  t('saturday 9am EST', NY, USDST, '2027-03-13T09:00:00-05:00'),
  t('in 2 days at 9am', NY, USDST, '2027-03-14T09:00:00-04:00'),
  t('next week monday 9am', NY, USDST, '2027-03-15T09:00:00-04:00'),
  // Friday 2027-03-26 (EU DST on Sunday)
  t('sunday 9am CET', BER, EUDST, '2027-03-28T09:00:00+02:00'),
  t('sunday 9am BST', LON, EUDST, '2027-03-28T09:00:00+01:00'),
  t('saturday 9am BST', LON, EUDST, '2027-03-27T09:00:00+00:00'),
  t('saturday 11pm to sunday 3am', BER, EUDST, '2027-03-27T23:00:00+01:00', { end: '2027-03-28T03:00:00+02:00' }),
  t('every saturday 10am', BER, EUDST, '2027-03-27T10:00:00+01:00', { recurrence: W(['SA']) }),
  t('in 1 week at 10am', BER, EUDST, '2027-04-02T10:00:00+02:00'),
  t('april 2 10am', BER, EUDST, '2027-04-02T10:00:00+02:00'),
  t('march 28 2:30am', LON, EUDST, '2027-03-28T02:30:00+01:00'),
  // Friday 2027-04-02 (AU DST ends on Sunday)
  t('sunday 4am', SYD, AUDST, '2027-04-04T04:00:00+10:00'),
  t('saturday 11pm', SYD, AUDST, '2027-04-03T23:00:00+11:00'),
  t('every day at 9am', SYD, AUDST, '2027-04-03T09:00:00+11:00', { recurrence: D() }),
  t('every weekday at 9am', SYD, AUDST, '2027-04-05T09:00:00+10:00', { recurrence: WD() }),
  t('april 4 9am', SYD, AUDST, '2027-04-04T09:00:00+10:00'),
  t('april 3 9am', SYD, AUDST, '2027-04-03T09:00:00+11:00'),
  t('sunday 3am', ADL, AUDST, '2027-04-04T03:00:00+09:30'),
  t('tomorrow 9am', ADL, AUDST, '2027-04-03T09:00:00+10:30'),
  t('in 2 days at 10am', ADL, AUDST, '2027-04-04T10:00:00+09:30'),
  t('sunday 10am', KOL, AUDST, '2027-04-04T10:00:00+05:30'),
];
