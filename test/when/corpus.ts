/**
 * Hand-computed expectations. Calendar facts used (worked out from a calendar, not from the code):
 * - 2026-11-21 is a Saturday. Nov 27 Fri, Dec 1 Tue, Dec 3 Thu, Dec 5 Sat, Dec 7 Mon, Dec 25 Fri,
 *   Dec 31 Thu; 2027-01-05 is a Tuesday.
 * - now N = 2026-11-21T15:00:00Z is: New York Sat 10:00 (-05:00), Los Angeles Sat 07:00 (-08:00),
 *   London Sat 15:00 (+00:00), Berlin Sat 16:00 (+01:00), Kolkata Sat 20:30 (+05:30),
 *   Tokyo Sun Nov 22 00:00 (+09:00), Sydney Sun Nov 22 02:00 (+11:00, AEDT).
 * - DST 2027: US starts Sun Mar 14, ends Sun Nov 7; EU starts Sun Mar 28, ends Sun Oct 31;
 *   Sydney ends Sun Apr 4 (to +10:00), starts Sun Oct 3 (to +11:00).
 */
export interface Rec {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY';
  interval: number;
  byday: string[];
  bymonthday: number[];
  count?: number;
  until?: string;
}
export interface Expect {
  start: string;
  end: string | null;
  allDay: boolean;
  recurrence: Rec | null;
}
export interface Case {
  text: string;
  zone: string;
  now: string;
  locale?: string;
  expect: Expect | { error: string };
}

export const N = '2026-11-21T15:00:00Z';
const NY = 'America/New_York';
const LA = 'America/Los_Angeles';
const BER = 'Europe/Berlin';
const LON = 'Europe/London';
const SYD = 'Australia/Sydney';
const KOL = 'Asia/Kolkata';
const TYO = 'Asia/Tokyo';
const UTC = 'UTC';

export const cases: Case[] = [];
let zone = NY;
let now = N;
let locale: string | undefined;
const at = (z: string, n = N, l?: string) => {
  zone = z;
  now = n;
  locale = l;
};
const push = (text: string, expect: Case['expect']) => cases.push({ text, zone, now, locale, expect });
/** timed */
const t = (text: string, start: string, end: string | null = null) => push(text, { start, end, allDay: false, recurrence: null });
/** all day */
const d = (text: string, start: string, end: string | null = null) => push(text, { start, end, allDay: true, recurrence: null });
/** repeating */
const r = (text: string, start: string, rec: Rec, allDay = false, end: string | null = null) =>
  push(text, { start, end, allDay, recurrence: rec });
const e = (text: string, code: string) => push(text, { error: code });
const W = (byday: string[], interval = 1, extra: Partial<Rec> = {}): Rec => ({ freq: 'WEEKLY', interval, byday, bymonthday: [], ...extra });
const M = (byday: string[], bymonthday: number[], interval = 1, extra: Partial<Rec> = {}): Rec => ({ freq: 'MONTHLY', interval, byday, bymonthday, ...extra });
const D = (interval = 1, extra: Partial<Rec> = {}): Rec => ({ freq: 'DAILY', interval, byday: [], bymonthday: [], ...extra });

// ---- New York, Sat Nov 21 10:00 -05:00 ----
at(NY);
t('friday 8pm', '2026-11-27T20:00:00-05:00');
t('Friday at 8 PM', '2026-11-27T20:00:00-05:00');
t('fri 8pm', '2026-11-27T20:00:00-05:00');
t('8pm friday', '2026-11-27T20:00:00-05:00');
t('friday 8:00pm', '2026-11-27T20:00:00-05:00');
t('friday @ 8pm', '2026-11-27T20:00:00-05:00');
t('fri 20:00', '2026-11-27T20:00:00-05:00');
t('tues 6:30pm', '2026-11-24T18:30:00-05:00');
t('thurs 7pm', '2026-11-26T19:00:00-05:00');
t('next tuesday at 7pm', '2026-11-24T19:00:00-05:00');
t('Friday, November 27 at 8pm', '2026-11-27T20:00:00-05:00');
t('8pm on the 27th', '2026-11-27T20:00:00-05:00');
t('friday from 8 to 10pm', '2026-11-27T20:00:00-05:00', '2026-11-27T22:00:00-05:00');
t('mon 9am-5pm', '2026-11-23T09:00:00-05:00', '2026-11-23T17:00:00-05:00');
d('a week from today', '2026-11-28T00:00:00-05:00');
t('friday 8 p.m.', '2026-11-27T20:00:00-05:00');
t('friday 8-10pm', '2026-11-27T20:00:00-05:00', '2026-11-27T22:00:00-05:00');
t('friday 8pm-10pm', '2026-11-27T20:00:00-05:00', '2026-11-27T22:00:00-05:00');
t('friday 8–10pm', '2026-11-27T20:00:00-05:00', '2026-11-27T22:00:00-05:00');
t('3-5pm', '2026-11-21T15:00:00-05:00', '2026-11-21T17:00:00-05:00');
t('from 6 to 9pm', '2026-11-21T18:00:00-05:00', '2026-11-21T21:00:00-05:00');
t('10am to 2pm', '2026-11-22T10:00:00-05:00', '2026-11-22T14:00:00-05:00');
t('11am to 2pm', '2026-11-21T11:00:00-05:00', '2026-11-21T14:00:00-05:00');
t('8pm for 2 hours', '2026-11-21T20:00:00-05:00', '2026-11-21T22:00:00-05:00');
t('8pm for 90 min', '2026-11-21T20:00:00-05:00', '2026-11-21T21:30:00-05:00');
t('tomorrow 7pm for an hour', '2026-11-22T19:00:00-05:00', '2026-11-22T20:00:00-05:00');
t('tomorrow 7pm for 1.5 hours', '2026-11-22T19:00:00-05:00', '2026-11-22T20:30:00-05:00');
t('tomorrow 7pm for 45 minutes', '2026-11-22T19:00:00-05:00', '2026-11-22T19:45:00-05:00');
t('dec 5 10am to dec 6 2pm', '2026-12-05T10:00:00-05:00', '2026-12-06T14:00:00-05:00');
d('dec 5 to dec 7', '2026-12-05T00:00:00-05:00', '2026-12-08T00:00:00-05:00');
d('dec 30 to jan 2', '2026-12-30T00:00:00-05:00', '2027-01-03T00:00:00-05:00');
t('dec 31 11pm to jan 1 1am', '2026-12-31T23:00:00-05:00', '2027-01-01T01:00:00-05:00');
t('in 2 weeks at 3pm', '2026-12-05T15:00:00-05:00');
t('in 30 minutes', '2026-11-21T10:30:00-05:00');
t('in 2 hours', '2026-11-21T12:00:00-05:00');
t('in an hour', '2026-11-21T11:00:00-05:00');
d('in 3 days', '2026-11-24T00:00:00-05:00');
d('in 2 weeks', '2026-12-05T00:00:00-05:00');
t('in 3 days at 9am', '2026-11-24T09:00:00-05:00');
d('tomorrow', '2026-11-22T00:00:00-05:00');
d('today', '2026-11-21T00:00:00-05:00');
d('this friday', '2026-11-27T00:00:00-05:00');
d('friday', '2026-11-27T00:00:00-05:00');
d('next friday', '2026-11-27T00:00:00-05:00');
d('sunday', '2026-11-22T00:00:00-05:00');
d('monday', '2026-11-23T00:00:00-05:00');
t('this friday at 6pm', '2026-11-27T18:00:00-05:00');
t('dec 3 7pm', '2026-12-03T19:00:00-05:00');
t('Dec 3 at 7pm', '2026-12-03T19:00:00-05:00');
t('december 3 7:00 pm', '2026-12-03T19:00:00-05:00');
t('3 December 19:00', '2026-12-03T19:00:00-05:00');
t('3rd december 7pm', '2026-12-03T19:00:00-05:00');
t('2026-12-03 19:00', '2026-12-03T19:00:00-05:00');
t('12/3 7pm', '2026-12-03T19:00:00-05:00');
t('12/3/2026 7pm', '2026-12-03T19:00:00-05:00');
t('thursday dec 3 7pm', '2026-12-03T19:00:00-05:00');
t('december 3rd, 2027 at 7pm', '2027-12-03T19:00:00-05:00');
t('march 20 9am', '2027-03-20T09:00:00-04:00');
t('march 10 9am', '2027-03-10T09:00:00-05:00');
t('march 14 9am', '2027-03-14T09:00:00-04:00');
t('nov 6 2027 9am', '2027-11-06T09:00:00-04:00');
t('nov 8 2027 9am', '2027-11-08T09:00:00-05:00');
d('jan 5', '2027-01-05T00:00:00-05:00');
t('jan 5 7pm', '2027-01-05T19:00:00-05:00');
t('nov 20 7pm', '2027-11-20T19:00:00-05:00');
t('nov 21 9pm', '2026-11-21T21:00:00-05:00');
d('nov 21', '2026-11-21T00:00:00-05:00');
d('sat dec 5', '2026-12-05T00:00:00-05:00');
t('saturday 9am', '2026-11-28T09:00:00-05:00');
t('saturday 7pm', '2026-11-21T19:00:00-05:00');
t('noon', '2026-11-21T12:00:00-05:00');
t('midnight', '2026-11-22T00:00:00-05:00');
t('9am', '2026-11-22T09:00:00-05:00');
t('11am', '2026-11-21T11:00:00-05:00');
t('19:30', '2026-11-21T19:30:00-05:00');
t('7:30pm', '2026-11-21T19:30:00-05:00');
// Issue 9: a small hour with no am/pm and no day-part word is a question, not a guess (was 17:00).
e('at 5', 'ambiguous');
t('at 5 in the afternoon', '2026-11-21T17:00:00-05:00');
t('at 5 in the morning', '2026-11-22T05:00:00-05:00');
t('11pm-1am', '2026-11-21T23:00:00-05:00', '2026-11-22T01:00:00-05:00');
t('9pm to midnight', '2026-11-21T21:00:00-05:00', '2026-11-22T00:00:00-05:00');
t('noon to 2pm', '2026-11-21T12:00:00-05:00', '2026-11-21T14:00:00-05:00');
t('18:00-20:00', '2026-11-21T18:00:00-05:00', '2026-11-21T20:00:00-05:00');
t('tonight at 8', '2026-11-21T20:00:00-05:00');
t('tomorrow at 6:30pm', '2026-11-22T18:30:00-05:00');
t('tomorrow 19:00 - 21:30', '2026-11-22T19:00:00-05:00', '2026-11-22T21:30:00-05:00');
d('first monday of december', '2026-12-07T00:00:00-05:00');
t('on the 3rd at 7pm', '2026-12-03T19:00:00-05:00');
d('the 25th', '2026-11-25T00:00:00-05:00');
t('feb 29 2028 10am', '2028-02-29T10:00:00-05:00');
t('friday 9am EST', '2026-11-27T09:00:00-05:00');
t('9am PST', '2026-11-21T09:00:00-08:00');
t('7pm CET', '2026-11-21T19:00:00+01:00');
t('july 4 9am PDT', '2027-07-04T09:00:00-07:00');
t('july 4 9am PST', '2027-07-04T09:00:00-07:00');
t('2026-12-03 19:00 +05:30', '2026-12-03T19:00:00+05:30');
t('dec 3 7pm UTC+5:30', '2026-12-03T19:00:00+05:30');
t('9am Europe/London', '2026-11-22T09:00:00+00:00');
t('dec 3 7pm UTC', '2026-12-03T19:00:00Z');
t('tomorrow 3pm GMT', '2026-11-22T15:00:00Z');
t('friday 8pm Asia/Tokyo', '2026-11-27T20:00:00+09:00');
t('friday 8pm london time', '2026-11-27T20:00:00+00:00');
e('friday dec 5', 'invalid_date');
e('yesterday', 'past');
e('2020-01-01 9am', 'past');
e('today 9am', 'past');
e('last friday', 'past');
// A year-less February 29: the next one (2028), not a refusal.
d('feb 29', '2028-02-29T00:00:00-05:00');
e('the 32nd of june', 'invalid_date');
e('june 31', 'invalid_date');
e('june 32', 'invalid_date');
e('feb 30', 'invalid_date');
e('2026-02-30 10:00', 'invalid_date');
e('2027-13-01', 'invalid_date');
e('13/45', 'invalid_date');
e('25:00', 'invalid_time');
e('13pm', 'invalid_time');
e('sometime soon', 'no_time');
e('', 'empty');
e('   ', 'empty');
e('banana', 'no_time');
e('9am Mars/Phobos', 'bad_zone');
e('dec 6 2pm to dec 5 10am', 'bad_range');
e('june', 'no_time');

// ---- Los Angeles, Sat Nov 21 07:00 -08:00 ----
at(LA);
t('friday 8pm', '2026-11-27T20:00:00-08:00');
t('march 20 9am', '2027-03-20T09:00:00-07:00');
t('9am', '2026-11-21T09:00:00-08:00');
t('5am', '2026-11-22T05:00:00-08:00');
t('tomorrow 8-10pm ET', '2026-11-22T20:00:00-05:00', '2026-11-22T22:00:00-05:00');
t('dec 3 7pm EST', '2026-12-03T19:00:00-05:00');
t('in 90 minutes', '2026-11-21T08:30:00-08:00');
d('thanksgiving is nov 26', '2026-11-26T00:00:00-08:00');
t('monday 9:30am', '2026-11-23T09:30:00-08:00');
r('every monday at 9am', '2026-11-23T09:00:00-08:00', W(['MO']));
r('every monday at 9am until march 31', '2026-11-23T09:00:00-08:00', W(['MO'], 1, { until: '2027-03-31T23:59:59-07:00' }));

// ---- Berlin, Sat Nov 21 16:00 +01:00 ----
at(BER);
t('friday 8pm', '2026-11-27T20:00:00+01:00');
t('march 30 9am', '2027-03-30T09:00:00+02:00');
t('march 27 9am', '2027-03-27T09:00:00+01:00');
t('tomorrow 10:00', '2026-11-22T10:00:00+01:00');
t('3pm', '2026-11-22T15:00:00+01:00');
t('17:00', '2026-11-21T17:00:00+01:00');
t('9am EST', '2026-11-22T09:00:00-05:00');
t('july 1 18:00', '2027-07-01T18:00:00+02:00');
t('oct 30 2027 18:00', '2027-10-30T18:00:00+02:00');
t('oct 31 2027 18:00', '2027-10-31T18:00:00+01:00');
t('3 December 19:00', '2026-12-03T19:00:00+01:00');
t('dec 3 7pm PST', '2026-12-03T19:00:00-08:00');
t('dec 3 7pm CEST', '2026-12-03T19:00:00+01:00');
t('june 3 7pm CET', '2027-06-03T19:00:00+02:00');
r('every tuesday 7pm', '2026-11-24T19:00:00+01:00', W(['TU']));
r('every tuesday 7pm for 2 hours', '2026-11-24T19:00:00+01:00', W(['TU']), false, '2026-11-24T21:00:00+01:00');
r('every wednesday 18:00-20:00', '2026-11-25T18:00:00+01:00', W(['WE']), false, '2026-11-25T20:00:00+01:00');
d('24 december', '2026-12-24T00:00:00+01:00');
t('in 2 hours', '2026-11-21T18:00:00+01:00');
at(BER, N, 'de');
t('freitag um 20 uhr', '2026-11-27T20:00:00+01:00');
t('freitag 20:00', '2026-11-27T20:00:00+01:00');
t('morgen 10:00', '2026-11-22T10:00:00+01:00');
t('3. dezember 19:00', '2026-12-03T19:00:00+01:00');
at(BER, N, 'fr');
t('vendredi 20h', '2026-11-27T20:00:00+01:00');
t('demain 10h', '2026-11-22T10:00:00+01:00');
at(BER, N, 'es');
t('mañana a las 10:00', '2026-11-22T10:00:00+01:00');

// ---- London, Sat Nov 21 15:00 +00:00 ----
at(LON);
t('friday 8pm', '2026-11-27T20:00:00+00:00');
t('april 2 7pm', '2027-04-02T19:00:00+01:00');
t('march 27 7pm', '2027-03-27T19:00:00+00:00');
t('3pm', '2026-11-22T15:00:00+00:00');
t('4pm', '2026-11-21T16:00:00+00:00');
t('9am CET', '2026-11-22T09:00:00+01:00');
t('7pm BST', '2026-11-21T19:00:00+00:00');
t('sunday 11am', '2026-11-22T11:00:00+00:00');
r('first monday of every month', '2026-12-07T00:00:00+00:00', M(['1MO'], []), true);
r('first monday of every month at 7pm', '2026-12-07T19:00:00+00:00', M(['1MO'], []));
at(LON, N, 'en-GB');
t('12/3 7pm', '2027-03-12T19:00:00+00:00');
t('3/12 7pm', '2026-12-03T19:00:00+00:00');
t('25/12 10:00', '2026-12-25T10:00:00+00:00');
e('12/25 10:00', 'invalid_date');

// ---- Sydney, Sun Nov 22 02:00 +11:00 ----
at(SYD);
t('friday 8pm', '2026-11-27T20:00:00+11:00');
t('tomorrow 9am', '2026-11-23T09:00:00+11:00');
d('today', '2026-11-22T00:00:00+11:00');
d('tomorrow', '2026-11-23T00:00:00+11:00');
t('april 10 6pm', '2027-04-10T18:00:00+10:00');
t('april 3 6pm', '2027-04-03T18:00:00+11:00');
t('saturday 10am', '2026-11-28T10:00:00+11:00');
t('sunday 10am', '2026-11-22T10:00:00+11:00');
t('jan 5 7pm', '2027-01-05T19:00:00+11:00');
d('dec 25', '2026-12-25T00:00:00+11:00');
t('9am AEST', '2026-11-22T09:00:00+11:00');
t('in 2 hours', '2026-11-22T04:00:00+11:00');
t('oct 10 2027 9am', '2027-10-10T09:00:00+11:00');
t('oct 2 2027 9am', '2027-10-02T09:00:00+10:00');
t('july 1 7pm', '2027-07-01T19:00:00+10:00');
t('friday 7pm EST', '2026-11-27T19:00:00-05:00');
r('every other friday at 6pm', '2026-11-27T18:00:00+11:00', W(['FR'], 2));
r('every sunday 10am', '2026-11-22T10:00:00+11:00', W(['SU']));
r('every saturday 9am until jan 31', '2026-11-28T09:00:00+11:00', W(['SA'], 1, { until: '2027-01-31T23:59:59+11:00' }));

// ---- Kolkata, Sat Nov 21 20:30 +05:30 ----
at(KOL);
t('friday 8pm', '2026-11-27T20:00:00+05:30');
t('9pm', '2026-11-21T21:00:00+05:30');
t('8pm', '2026-11-22T20:00:00+05:30');
t('in 45 minutes', '2026-11-21T21:15:00+05:30');
t('march 20 9am', '2027-03-20T09:00:00+05:30');
t('tomorrow 10:30', '2026-11-22T10:30:00+05:30');
t('9am PST', '2026-11-21T09:00:00-08:00');
t('7pm IST', '2026-11-22T19:00:00+05:30');
t('tonight 9:30pm', '2026-11-21T21:30:00+05:30');
t('dec 3 7pm', '2026-12-03T19:00:00+05:30');
t('tomorrow 6-8pm', '2026-11-22T18:00:00+05:30', '2026-11-22T20:00:00+05:30');
r('weekdays at 9:30', '2026-11-23T09:30:00+05:30', W(['MO', 'TU', 'WE', 'TH', 'FR']));
r('every weekday at 10am', '2026-11-23T10:00:00+05:30', W(['MO', 'TU', 'WE', 'TH', 'FR']));
r('daily at 9pm', '2026-11-21T21:00:00+05:30', D());
r('every day at 8pm', '2026-11-22T20:00:00+05:30', D());
d('dec 24 to dec 26', '2026-12-24T00:00:00+05:30', '2026-12-27T00:00:00+05:30');

// ---- Tokyo, Sun Nov 22 00:00 +09:00 ----
at(TYO);
t('friday 8pm', '2026-11-27T20:00:00+09:00');
t('today 7pm', '2026-11-22T19:00:00+09:00');
d('tomorrow', '2026-11-23T00:00:00+09:00');
d('saturday', '2026-11-28T00:00:00+09:00');
t('sunday 10am', '2026-11-22T10:00:00+09:00');
t('dec 3 19:00', '2026-12-03T19:00:00+09:00');
t('9am JST', '2026-11-22T09:00:00+09:00');
t('9am UTC', '2026-11-22T09:00:00Z');
// The next 8pm in Berlin is Saturday's (Berlin is still on Saturday 16:00).
t('8pm CET', '2026-11-21T20:00:00+01:00');
r('daily at 9am', '2026-11-22T09:00:00+09:00', D());
r('every monday and thursday at 7pm', '2026-11-23T19:00:00+09:00', W(['MO', 'TH']));
at(TYO, N, 'ja');
t('明日 10時', '2026-11-23T10:00:00+09:00');

// ---- UTC, Sat Nov 21 15:00 ----
at(UTC);
t('friday 8pm', '2026-11-27T20:00:00Z');
r('every month on the 1st at 10am', '2026-12-01T10:00:00Z', M([], [1]));
r('first monday of every month', '2026-12-07T00:00:00Z', M(['1MO'], []), true);
r('last friday of the month', '2026-11-27T00:00:00Z', M(['-1FR'], []), true);
r('last friday of every month at 5pm', '2026-11-27T17:00:00Z', M(['-1FR'], []));
r('monthly on the last friday at 5pm', '2026-11-27T17:00:00Z', M(['-1FR'], []));
r('every 2 weeks on monday at 9am', '2026-11-23T09:00:00Z', W(['MO'], 2));
r('every other week on tuesday at 6pm', '2026-11-24T18:00:00Z', W(['TU'], 2));
r('biweekly on friday at 5pm', '2026-11-27T17:00:00Z', W(['FR'], 2));
r('daily at 9am for 10 days', '2026-11-22T09:00:00Z', D(1, { count: 10 }));
r('every tuesday 7pm until dec 31', '2026-11-24T19:00:00Z', W(['TU'], 1, { until: '2026-12-31T23:59:59Z' }));
r('every tuesday 7pm for 6 weeks', '2026-11-24T19:00:00Z', W(['TU'], 1, { count: 6 }));
r('every other friday for 6 weeks at 6pm', '2026-11-27T18:00:00Z', W(['FR'], 2, { count: 3 }));
r('weekdays at 9:30 for 2 weeks', '2026-11-23T09:30:00Z', W(['MO', 'TU', 'WE', 'TH', 'FR'], 1, { count: 10 }));
r('every tuesday and thursday at 6pm', '2026-11-24T18:00:00Z', W(['TU', 'TH']));
r('every mon, wed and fri at 7am', '2026-11-23T07:00:00Z', W(['MO', 'WE', 'FR']));
r('every weekend at 10am', '2026-11-22T10:00:00Z', W(['SA', 'SU']));
r('every day at 4pm', '2026-11-21T16:00:00Z', D());
r('on the 15th of every month at noon', '2026-12-15T12:00:00Z', M([], [15]));
r('every 3 days at 8am', '2026-11-22T08:00:00Z', D(3));
r('every other day at 8pm', '2026-11-21T20:00:00Z', D(2));
r('every thursday at 7pm 10 times', '2026-11-26T19:00:00Z', W(['TH'], 1, { count: 10 }));
r('mondays at 6pm', '2026-11-23T18:00:00Z', W(['MO']));
r('every tuesday', '2026-11-24T00:00:00Z', W(['TU']), true);
r('every other friday at 6pm starting dec 4', '2026-12-04T18:00:00Z', W(['FR'], 2));
r('every saturday 2-4pm', '2026-11-28T14:00:00Z', W(['SA']), false, '2026-11-28T16:00:00Z');
r('every saturday 4-6pm', '2026-11-21T16:00:00Z', W(['SA']), false, '2026-11-21T18:00:00Z');
r('monthly on the 21st at 9am', '2026-12-21T09:00:00Z', M([], [21]));
r('every month on the 1st and 15th at 10am', '2026-12-01T10:00:00Z', M([], [1, 15]));
r('every third thursday of the month at 6pm', '2026-12-17T18:00:00Z', M(['3TH'], []));
r('second tuesday of every month 7pm', '2026-12-08T19:00:00Z', M(['2TU'], []));
r('every week on friday at 4pm', '2026-11-27T16:00:00Z', W(['FR']));
r('every friday at 6pm until dec 18', '2026-11-27T18:00:00Z', W(['FR'], 1, { until: '2026-12-18T23:59:59Z' }));
r('every month on the 1st at 10am for 6 months', '2026-12-01T10:00:00Z', M([], [1], 1, { count: 6 }));
t('in 30 minutes', '2026-11-21T15:30:00Z');
t('2026-12-03T19:00', '2026-12-03T19:00:00Z');
t('sunday 9am +05:30', '2026-11-22T09:00:00+05:30');
t('monday 10am -08:00', '2026-11-23T10:00:00-08:00');
t('tomorrow 9am Australia/Sydney', '2026-11-22T09:00:00+11:00');
t('dec 5 9am America/Los_Angeles', '2026-12-05T09:00:00-08:00');

// ---- DST crossings asked just before the change ----
// US: Sat 2027-03-13 12:00Z = 07:00 -05:00 in New York; clocks go forward Sun Mar 14.
at(NY, '2027-03-13T12:00:00Z');
t('tomorrow 9am', '2027-03-14T09:00:00-04:00');
t('in 24 hours', '2027-03-14T08:00:00-04:00');
r('every sunday 10am', '2027-03-14T10:00:00-04:00', W(['SU']));
t('tonight 8pm', '2027-03-13T20:00:00-05:00');
// EU: Sat 2027-03-27 12:00Z = 13:00 +01:00 in Berlin; clocks go forward Sun Mar 28.
at(BER, '2027-03-27T12:00:00Z');
t('tomorrow 9am', '2027-03-28T09:00:00+02:00');
t('in 24 hours', '2027-03-28T14:00:00+02:00');
t('7pm', '2027-03-27T19:00:00+01:00');
t('8pm London time', '2027-03-27T20:00:00+00:00');
t('sunday 8pm Europe/London', '2027-03-28T20:00:00+01:00');
// Sydney: Sat 2027-04-03 00:00Z = 11:00 +11:00; clocks go back Sun Apr 4.
at(SYD, '2027-04-03T00:00:00Z');
t('tomorrow 9am', '2027-04-04T09:00:00+10:00');
t('sunday 6pm', '2027-04-04T18:00:00+10:00');
t('6pm', '2027-04-03T18:00:00+11:00');
r('daily at 7am', '2027-04-04T07:00:00+10:00', D());

// ---- Year rollover ----
// Sun 2026-12-20 12:00Z = 07:00 -05:00 in New York.
at(NY, '2026-12-20T12:00:00Z');
d('jan 5', '2027-01-05T00:00:00-05:00');
t('dec 19 8pm', '2027-12-19T20:00:00-05:00');
t('dec 31 9pm', '2026-12-31T21:00:00-05:00');
d('friday', '2026-12-25T00:00:00-05:00');
d('in 2 weeks', '2027-01-03T00:00:00-05:00');
t('new year\'s eve 9pm', '2026-12-31T21:00:00-05:00');
t('1/2 10am', '2027-01-02T10:00:00-05:00');
r('every month on the 1st at 10am', '2027-01-01T10:00:00-05:00', M([], [1]));
// Thu 2026-12-31 20:00Z = Fri 2027-01-01 07:00 +11:00 in Sydney.
at(SYD, '2026-12-31T20:00:00Z');
d('tomorrow', '2027-01-02T00:00:00+11:00');
t('dec 31 8pm', '2027-12-31T20:00:00+11:00');
t('jan 1 9pm', '2027-01-01T21:00:00+11:00');
d('monday', '2027-01-04T00:00:00+11:00');
