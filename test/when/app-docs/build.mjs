#!/usr/bin/env node
// Builds corpus3-en.jsonl and excluded3.jsonl from the transcription table below.
// Expected answers are computed with luxon (the project's copy, used only as a library).
//   node build.mjs            write the files
//   node build.mjs --check    rebuild in memory and compare with the files on disk
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { DateTime } = require('luxon');

// ---------------------------------------------------------------- sources
const SRC = {
  todoistDates: 'https://support.todoist.com/hc/en-us/articles/205325931-Dates-and-Times',
  todoistRec: 'https://todoist.com/help/articles/introduction-to-recurring-due-dates-YUYVJJAV',
  todoistRecOld: 'https://get.todoist.help/hc/en-us/articles/360000636289-Set-a-recurring-due-date',
  leighton: 'https://www.leightonprice.com/todoist/dates.html',
  sesh: 'https://sesh.fyi/manual/',
  apollo: 'https://docs.apollo.fyi/scheduled_posts',
  apolloBuilder: 'http://us36.glacierhosting.org:3032/events',
  mm: 'github:scottleedavis/mattermost-plugin-remind wiki/Usage (Slack-/remind-style)',
  slackApi: 'https://docs.slack.dev/reference/methods/reminders.add/',
  gistWeekday850: 'https://gist.github.com/panzelva/1e60652d36d59f4fdf6086241d0daaec',
  gist10am: 'https://gist.github.com/jgoslow/207a4c225077e6656594af7ba99b60e8',
  gistMWF: 'https://gist.github.com/takat0-h0rikosh1/1522e01c1b929998580ed314d8ea19ee',
  gist0900: 'https://gist.github.com/burubur/95a899932dd447f30eda601c12a761a5',
  tilFridays: 'github:StokicDusan/til workflow/set-recurring-reminders-in-slack.md',
  california: 'https://wiki.gnome.org/Apps/California/HowToUseQuickAdd',
  tasktrove: 'https://docs.tasktrove.io/smart-parsing',
  volvox: 'https://www.mintlify.com/VolvoxLLC/volvox-bot/features/reminders',
  lumiere: 'https://docs.lumierelabs.xyz/en/core-features/reminders',
  reminderBot: 'github:cliftbar/ReminderBot README',
  countdown: 'https://www.github.com/decilem/live-countdown-bot',
  taskunifier: 'https://ru.softoware.org/get-taskunifier.html (TaskUnifier repeat formats)',
  toodledo: 'https://dgtale.ch/wiki/index96d5.html?title=Repeating_tasks',
  adminja: 'https://help.getadminja.com/help/schedule-recurring-tasks',
  orient: 'https://orient.bot/docs/features/scheduling',
  things: 'https://culturedcode.com/things/blog/2007/12/natural-language-input-for-due-dates.html',
  fantasticalGroove: 'https://theappgroove.com/posts/fantastical-vs-readdle-calendar-which-natural-language-engine-handles/',
  fantasticalPoly: 'https://polymaths.blog/2018/06/fantastically-good-event-parser-for-drafts-5',
  raidorg: 'https://docs.raidorganizer.org/events/create-events',
  discordCal: 'github:ezelkow1/discord-calendar-bot README',
  famundo: 'http://help.famundo.com/help/items/natural_language',
};
// A source suffixed with " (variant)" means the phrase follows the documented pattern with another
// weekday/number/time; " (year adapted)" means a documented literal date moved into 2026-2027.
const V = (k) => `${SRC[k]} (variant)`;
const S = (k) => SRC[k];

// ---------------------------------------------------------------- reference instants (local wall time)
const REFS = {
  NY1: ['America/New_York', '2026-03-04T10:15', 'Wed'], // US DST starts Sun 2026-03-08
  LON1: ['Europe/London', '2026-01-17T14:30', 'Sat'],
  BER1: ['Europe/Berlin', '2026-03-27T18:00', 'Fri'], // EU DST starts Sun 2026-03-29
  SYD1: ['Australia/Sydney', '2026-04-02T08:00', 'Thu'], // AU DST ends Sun 2026-04-05
  KOL1: ['Asia/Kolkata', '2026-08-11T21:40', 'Tue'],
  LA1: ['America/Los_Angeles', '2026-10-30T16:00', 'Fri'], // US DST ends Sun 2026-11-01
  NY2: ['America/New_York', '2027-01-09T11:00', 'Sat'],
  LON2: ['Europe/London', '2026-10-24T09:00', 'Sat'], // EU DST ends Sun 2026-10-25
  CHI1: ['America/Chicago', '2027-02-15T07:30', 'Mon'],
  UTC1: ['UTC', '2026-06-10T12:00', 'Wed'],
  BER2: ['Europe/Berlin', '2026-07-01T06:45', 'Wed'],
  SYD2: ['Australia/Sydney', '2026-11-19T19:00', 'Thu'],
  KOL2: ['Asia/Kolkata', '2027-05-28T11:20', 'Fri'],
};

// ---------------------------------------------------------------- transcription table
// [ref, text, expectation, tags, source]
// expectation:
//   'YYYY-MM-DD Www HH:mm'            timed single event (weekday is asserted)
//   'YYYY-MM-DD Www'                  all-day single date
//   {at, end}                         timed with an end ('HH:mm' end = same day)
//   {rel: {hours:2,...}}              now + duration (instant arithmetic), timed
//   {rel:..., dur:{minutes:45}}       ... with end = start + dur
//   {relDate: {days:3}}               calendar offset: all-day date (tag relative-date added; only in UTC/GMT refs)
//   {zone:'UTC-5', at:'...'}          wall time in an explicit zone named in the text
//   {rec:{freq,interval,byday,bymonthday}, time:'HH:mm'|null, first:'YYYY-MM-DD'}
//                                     recurrence; start computed as the first occurrence after now,
//                                     and checked against the hand-written `first` date
const T = [];
const add = (ref, text, x, tags, src) => T.push({ ref, text, x, tags, src });
const W = (byday, time, first, interval = 1) => ({ rec: { freq: 'WEEKLY', interval, byday, bymonthday: null }, time, first });
const M = (byday, bymonthday, time, first, interval = 1) => ({ rec: { freq: 'MONTHLY', interval, byday, bymonthday }, time, first });
const D = (time, first) => ({ rec: { freq: 'DAILY', interval: 1, byday: null, bymonthday: null }, time, first });
const WD = ['MO', 'TU', 'WE', 'TH', 'FR'];

// --- NY1: Wed 2026-03-04 10:15 America/New_York (DST starts Sun Mar 8)
add('NY1', 'tomorrow at 5pm', '2026-03-05 Thu 17:00', ['datetime'], S('sesh'));
add('NY1', '8pm on Friday', '2026-03-06 Fri 20:00', ['weekday'], S('sesh'));
add('NY1', 'in 5 hours', { rel: { hours: 5 } }, ['relative'], S('sesh'));
add('NY1', '08/21 at 19:30', '2026-08-21 Fri 19:30', ['datetime', 'numeric-date', '24h'], S('sesh'));
add('NY1', 'friday 9am', '2026-03-06 Fri 09:00', ['weekday'], S('apolloBuilder'));
add('NY1', 'tomorrow 8pm', '2026-03-05 Thu 20:00', ['datetime'], S('apolloBuilder'));
add('NY1', 'in 2hr', { rel: { hours: 2 } }, ['relative', 'abbrev'], S('apolloBuilder'));
add('NY1', '11am Sunday', '2026-03-08 Sun 11:00', ['weekday', 'dst'], S('todoistDates'));
add('NY1', 'monday at 9am', '2026-03-09 Mon 09:00', ['weekday', 'dst'], V('sesh'));
add('NY1', 'every weekday at 9am', W(WD, '09:00', '2026-03-05'), ['recurrence'], S('orient'));
add('NY1', 'every sunday at 7pm', W(['SU'], '19:00', '2026-03-08'), ['recurrence', 'dst'], V('orient'));
add('NY1', 'in 15 minutes', { rel: { minutes: 15 } }, ['relative'], S('slackApi'));
add('NY1', '6pm', '2026-03-04 Wed 18:00', ['clock-time', 'time-only'], S('todoistDates'));
add('NY1', '18:00', '2026-03-04 Wed 18:00', ['clock-time', 'time-only', '24h'], S('todoistDates'));
add('NY1', 'Fri @ 7pm', '2026-03-06 Fri 19:00', ['weekday', 'abbrev'], S('todoistDates'));
add('NY1', 'Friday @ 7pm', '2026-03-06 Fri 19:00', ['weekday'], S('todoistDates'));
add('NY1', 'Fri at 19:00', '2026-03-06 Fri 19:00', ['weekday', '24h', 'abbrev'], S('todoistDates'));
add('NY1', 'Tomorrow at 16:00', '2026-03-05 Thu 16:00', ['datetime', '24h'], S('todoistDates'));
add('NY1', 'jan 27', '2027-01-27 Wed', ['date', 'next-year'], S('todoistDates'));
add('NY1', '27 jan', '2027-01-27 Wed', ['date', 'next-year'], S('todoistDates'));
add('NY1', '01/27/2027', '2027-01-27 Wed', ['date', 'numeric-date'], `${S('todoistDates')} (year adapted)`);
add('NY1', '2027-01-27', '2027-01-27 Wed', ['date', 'numeric-date'], `${S('todoistDates')} (year adapted)`);
add('NY1', '27th', '2026-03-27 Fri', ['date'], S('todoistDates'));
add('NY1', 'every 27th', M(null, [27], null, '2026-03-27'), ['recurrence', 'monthly'], S('todoistRec'));
add('NY1', 'every 27', M(null, [27], null, '2026-03-27'), ['recurrence', 'monthly'], S('todoistRec'));
add('NY1', 'every 3rd friday', M(['3FR'], null, null, '2026-03-20'), ['recurrence', 'nth-weekday'], S('todoistRec'));
add('NY1', 'every monday, friday', W(['MO', 'FR'], null, '2026-03-06'), ['recurrence'], S('todoistRecOld'));
add('NY1', 'ev mon, fri at 20:00', W(['MO', 'FR'], '20:00', '2026-03-06'), ['recurrence', 'abbrev', '24h'], S('todoistRecOld'));
add('NY1', 'every mon, fri', W(['MO', 'FR'], null, '2026-03-06'), ['recurrence', 'abbrev'], S('todoistRecOld'));
add('NY1', 'ev monday, friday', W(['MO', 'FR'], null, '2026-03-06'), ['recurrence', 'abbrev'], S('todoistRecOld'));
add('NY1', 'at 3pm every day', D('15:00', '2026-03-04'), ['recurrence'], S('mm'));
add('NY1', 'on tuesday at 7:30am', '2026-03-10 Tue 07:30', ['weekday', 'dst'], S('mm'));
add('NY1', 'on 7/13 at noon', '2026-07-13 Mon 12:00', ['datetime', 'numeric-date'], S('mm'));
add('NY1', 'on December 15', '2026-12-15 Tue', ['date'], S('mm'));
add('NY1', 'on 7th', '2026-03-07 Sat', ['date'], S('mm'));
add('NY1', 'tomorrow at 4pm', '2026-03-05 Thu 16:00', ['datetime'], S('mm'));
add('NY1', 'every Thursday at 12:30', W(['TH'], '12:30', '2026-03-05'), ['recurrence', 'hhmm-no-ampm'], S('mm'));
add('NY1', 'friday 8pm EST', { zone: 'UTC-5', at: '2026-03-06 Fri 20:00' }, ['weekday', 'zone-in-text'], 'brief example (sesh/Apollo-style); EST in force on 2026-03-06');
add('NY1', 'every tuesday at 7pm', W(['TU'], '19:00', '2026-03-10'), ['recurrence', 'dst'], 'brief example (sesh/Apollo-style "every tuesday at 7", am/pm added)');
add('NY1', 'Mar 20 at 6pm', '2026-03-20 Fri 18:00', ['datetime'], V('mm'));

// --- LON1: Sat 2026-01-17 14:30 Europe/London (GMT)
add('LON1', 'every workday', W(WD, null, '2026-01-19'), ['recurrence'], S('todoistRec'));
add('LON1', 'every weekday', W(WD, null, '2026-01-19'), ['recurrence'], S('todoistRec'));
add('LON1', 'every weekday at 8:50am', W(WD, '08:50', '2026-01-19'), ['recurrence'], S('gistWeekday850'));
add('LON1', 'at 10AM every weekday', W(WD, '10:00', '2026-01-19'), ['recurrence'], S('gist10am'));
add('LON1', 'every Monday Wednesday Friday at 10:00', W(['MO', 'WE', 'FR'], '10:00', '2026-01-19'), ['recurrence', 'hhmm-no-ampm'], S('gistMWF'));
add('LON1', 'at 5pm on Fridays', W(['FR'], '17:00', '2026-01-23'), ['recurrence'], S('tilFridays'));
add('LON1', 'next friday', '2026-01-23 Fri', ['weekday', 'next-weekday'], S('leighton'));
add('LON1', 'next friday at 9am', '2026-01-23 Fri 09:00', ['weekday', 'next-weekday'], S('volvox'));
add('LON1', 'next Monday at 2pm', '2026-01-19 Mon 14:00', ['weekday', 'next-weekday'], S('orient'));
add('LON1', 'tomorrow 9am', '2026-01-18 Sun 09:00', ['datetime'], S('lumiere'));
add('LON1', 'monday 18:00', '2026-01-19 Mon 18:00', ['weekday', '24h'], S('lumiere'));
add('LON1', 'in 45m', { rel: { minutes: 45 } }, ['relative', 'abbrev'], S('lumiere'));
add('LON1', 'every other Wednesday', W(['WE'], null, '2026-01-21', 2), ['recurrence', 'interval'], S('mm'));
add('LON1', 'every other friday', W(['FR'], null, '2026-01-23', 2), ['recurrence', 'interval'], S('taskunifier'));
add('LON1', 'Every Tuesday and Thursday', W(['TU', 'TH'], null, '2026-01-20'), ['recurrence'], S('taskunifier'));
add('LON1', 'Every Mon, Wed and Fri', W(['MO', 'WE', 'FR'], null, '2026-01-19'), ['recurrence', 'abbrev'], S('taskunifier'));
add('LON1', 'On the second monday of each month', M(['2MO'], null, null, '2026-02-09'), ['recurrence', 'nth-weekday'], S('taskunifier'));
add('LON1', 'On the last Fri of each month', M(['-1FR'], null, null, '2026-01-30'), ['recurrence', 'nth-weekday', 'last'], S('taskunifier'));
add('LON1', 'On the 1st monday of each month', M(['1MO'], null, null, '2026-02-02'), ['recurrence', 'nth-weekday'], S('toodledo'));
add('LON1', 'Every 2 weeks on Tuesday', W(['TU'], null, '2026-01-20', 2), ['recurrence', 'interval'], S('adminja'));
add('LON1', 'Every week on Monday, Wednesday', W(['MO', 'WE'], null, '2026-01-19'), ['recurrence'], S('adminja'));
add('LON1', 'Every month on the 1st and 15th', M(null, [1, 15], null, '2026-02-01'), ['recurrence', 'monthly'], S('adminja'));
add('LON1', 'every fri', W(['FR'], null, '2026-01-23'), ['recurrence', 'abbrev'], S('tasktrove'));
add('LON1', '3PM', '2026-01-17 Sat 15:00', ['clock-time', 'time-only'], S('tasktrove'));
add('LON1', '9:30 AM', '2026-01-18 Sun 09:30', ['clock-time', 'time-only', 'time-passed'], S('tasktrove'));
add('LON1', 'noon', '2026-01-18 Sun 12:00', ['clock-time', 'time-only', 'time-passed'], S('tasktrove'));
add('LON1', 'midnight', '2026-01-18 Sun 00:00', ['clock-time', 'time-only'], S('tasktrove'));
add('LON1', 'Jan 15', '2027-01-15 Fri', ['date', 'next-year'], S('tasktrove'));
add('LON1', '15 Jan', '2027-01-15 Fri', ['date', 'next-year'], S('tasktrove'));
add('LON1', 'March 3rd', '2026-03-03 Tue', ['date'], S('tasktrove'));
add('LON1', 'January 30', '2026-01-30 Fri', ['date'], V('tasktrove'));
add('LON1', 'in 3d', { relDate: { days: 3 } }, ['relative', 'abbrev'], S('tasktrove'));
add('LON1', 'in 1w', { relDate: { weeks: 1 } }, ['relative', 'abbrev'], S('tasktrove'));
add('LON1', 'in an hour', { rel: { hours: 1 } }, ['relative'], S('tasktrove'));
add('LON1', 'tmr', '2026-01-18 Sun', ['relative', 'abbrev'], S('tasktrove'));
add('LON1', 'tom', '2026-01-18 Sun', ['relative', 'abbrev'], S('todoistDates'));
add('LON1', 'tomorrow', '2026-01-18 Sun', ['relative'], S('todoistDates'));
add('LON1', 'in 4h30min', { rel: { hours: 4, minutes: 30 } }, ['relative', 'abbrev'], S('tasktrove'));
add('LON1', 'in 2h 15m', { rel: { hours: 2, minutes: 15 } }, ['relative', 'abbrev'], S('tasktrove'));
add('LON1', 'this friday', '2026-01-23 Fri', ['weekday'], S('tasktrove'));
add('LON1', 'friday', '2026-01-23 Fri', ['weekday'], S('leighton'));
add('LON1', 'every sunday', W(['SU'], null, '2026-01-18'), ['recurrence'], V('todoistRec'));

// --- BER1: Fri 2026-03-27 18:00 Europe/Berlin (DST starts Sun Mar 29)
add('BER1', 'sunday 10:00', '2026-03-29 Sun 10:00', ['weekday', 'dst', 'hhmm-no-ampm'], V('lumiere'));
add('BER1', 'monday 18:00', '2026-03-30 Mon 18:00', ['weekday', 'dst', '24h'], S('lumiere'));
add('BER1', 'tomorrow at 16:00', '2026-03-28 Sat 16:00', ['datetime', '24h'], S('todoistDates'));
add('BER1', 'in 2 hours', { rel: { hours: 2 } }, ['relative'], S('volvox'));
add('BER1', 'every sunday at 9am', W(['SU'], '09:00', '2026-03-29'), ['recurrence', 'dst'], V('orient'));
add('BER1', 'every weekday at 09:00am', W(WD, '09:00', '2026-03-30'), ['recurrence', 'dst'], S('gist0900'));
add('BER1', 'third Friday of every month at 10 AM', M(['3FR'], null, '10:00', '2026-04-17'), ['recurrence', 'nth-weekday'], S('fantasticalGroove'));
add('BER1', 'on Thursday at 5pm', '2026-04-02 Thu 17:00', ['weekday', 'dst'], S('fantasticalPoly'));
add('BER1', '8pm', '2026-03-27 Fri 20:00', ['clock-time', 'time-only'], S('reminderBot'));
add('BER1', '19:00', '2026-03-27 Fri 19:00', ['clock-time', 'time-only', '24h'], S('california'));
add('BER1', '7 pm', '2026-03-27 Fri 19:00', ['clock-time', 'time-only'], S('california'));
add('BER1', '7:00pm', '2026-03-27 Fri 19:00', ['clock-time', 'time-only'], S('california'));
add('BER1', '7pm', '2026-03-27 Fri 19:00', ['clock-time', 'time-only'], S('california'));
add('BER1', 'Mon next week', '2026-03-30 Mon', ['weekday', 'dst'], S('things'));
add('BER1', 'every Monday and Wednesday at 11am', W(['MO', 'WE'], '11:00', '2026-03-30'), ['recurrence', 'dst'], S('california'));
add('BER1', 'every saturday at 20:00', W(['SA'], '20:00', '2026-03-28'), ['recurrence', '24h'], V('todoistRecOld'));
add('BER1', 'sunday at 3pm', '2026-03-29 Sun 15:00', ['weekday', 'dst'], V('sesh'));
add('BER1', 'april 1 at 7pm', '2026-04-01 Wed 19:00', ['datetime', 'dst'], V('mm'));
add('BER1', 'tomorrow at 2:30am', '2026-03-28 Sat 02:30', ['datetime'], V('mm'));

// --- SYD1: Thu 2026-04-02 08:00 Australia/Sydney (DST ends Sun Apr 5)
add('SYD1', 'sunday at 7pm', '2026-04-05 Sun 19:00', ['weekday', 'dst'], V('sesh'));
add('SYD1', 'every monday at 6:30pm', W(['MO'], '18:30', '2026-04-06'), ['recurrence', 'dst'], V('orient'));
add('SYD1', 'tomorrow at 9am', '2026-04-03 Fri 09:00', ['datetime'], S('reminderBot'));
add('SYD1', 'saturday 2pm', '2026-04-04 Sat 14:00', ['weekday'], V('apolloBuilder'));
add('SYD1', 'in 3 hours', { rel: { hours: 3 } }, ['relative'], V('mm'));
add('SYD1', 'every weekday at 8:30am', W(WD, '08:30', '2026-04-02'), ['recurrence'], V('gistWeekday850'));
add('SYD1', '7:00pm', '2026-04-02 Thu 19:00', ['clock-time', 'time-only'], S('california'));
add('SYD1', 'friday from 6pm to 8pm', { at: '2026-04-03 Fri 18:00', end: '20:00' }, ['datetime-range'], V('california'));
add('SYD1', 'from 6pm to 8pm', { at: '2026-04-02 Thu 18:00', end: '20:00' }, ['time-range', 'time-only'], S('california'));
add('SYD1', 'every 2nd tuesday', M(['2TU'], null, null, '2026-04-14'), ['recurrence', 'nth-weekday'], V('todoistRec'));
add('SYD1', 'on the 1st monday of each month at 10am', M(['1MO'], null, '10:00', '2026-04-06'), ['recurrence', 'nth-weekday', 'dst'], V('toodledo'));
add('SYD1', 'Fri @ 7pm', '2026-04-03 Fri 19:00', ['weekday', 'abbrev'], S('todoistDates'));
add('SYD1', 'monday 18:00', '2026-04-06 Mon 18:00', ['weekday', 'dst', '24h'], S('lumiere'));
add('SYD1', 'sunday at 9am', '2026-04-05 Sun 09:00', ['weekday', 'dst'], V('sesh'));
add('SYD1', 'every sunday at 10am', W(['SU'], '10:00', '2026-04-05'), ['recurrence', 'dst'], V('orient'));
add('SYD1', '5 April 7pm', '2026-04-05 Sun 19:00', ['datetime', 'dst'], V('tasktrove'));

// --- KOL1: Tue 2026-08-11 21:40 Asia/Kolkata
add('KOL1', 'tomorrow at 3pm', '2026-08-12 Wed 15:00', ['datetime'], S('volvox'));
add('KOL1', '8pm', '2026-08-12 Wed 20:00', ['clock-time', 'time-only', 'time-passed'], S('reminderBot'));
add('KOL1', 'at 10:30pm', '2026-08-11 Tue 22:30', ['clock-time', 'time-only'], V('mm'));
add('KOL1', 'in 4 hours', { rel: { hours: 4 } }, ['relative'], S('reminderBot'));
add('KOL1', 'tomorrow at 9am', '2026-08-12 Wed 09:00', ['datetime'], S('reminderBot'));
add('KOL1', 'every Friday at 5pm', W(['FR'], '17:00', '2026-08-14'), ['recurrence'], S('orient'));
add('KOL1', 'Mondays at 10am', W(['MO'], '10:00', '2026-08-17'), ['recurrence'], S('orient'));
add('KOL1', 'Fridays at 5pm', W(['FR'], '17:00', '2026-08-14'), ['recurrence'], S('orient'));
add('KOL1', 'Weekdays at 9am', W(WD, '09:00', '2026-08-12'), ['recurrence'], S('orient'));
add('KOL1', 'on Friday', '2026-08-14 Fri', ['weekday'], S('mm'));
add('KOL1', 'on Mondays', W(['MO'], null, '2026-08-17'), ['recurrence'], S('mm'));
add('KOL1', 'Monday', '2026-08-17 Mon', ['weekday'], S('mm'));
add('KOL1', 'at noon', '2026-08-12 Wed 12:00', ['clock-time', 'time-only', 'time-passed'], S('mm'));
add('KOL1', 'at 4:30pm', '2026-08-12 Wed 16:30', ['clock-time', 'time-only', 'time-passed'], S('mm'));
add('KOL1', 'at 11:59 pm', '2026-08-11 Tue 23:59', ['clock-time', 'time-only'], V('countdown'));
add('KOL1', 'Aug 31, 10PM GMT', { zone: 'UTC', at: '2026-08-31 Mon 22:00' }, ['datetime', 'zone-in-text'], S('countdown'));
add('KOL1', 'on September 15', '2026-09-15 Tue', ['date'], V('mm'));
add('KOL1', 'every 3rd friday at 7pm', M(['3FR'], null, '19:00', '2026-08-21'), ['recurrence', 'nth-weekday'], V('todoistRec'));
add('KOL1', 'on 25th', '2026-08-25 Tue', ['date'], V('mm'));
add('KOL1', 'every 27th at 6pm', M(null, [27], '18:00', '2026-08-27'), ['recurrence', 'monthly'], V('todoistRec'));

// --- LA1: Fri 2026-10-30 16:00 America/Los_Angeles (DST ends Sun Nov 1)
add('LA1', 'sunday at 9am', '2026-11-01 Sun 09:00', ['weekday', 'dst'], V('sesh'));
add('LA1', 'monday 9am', '2026-11-02 Mon 09:00', ['weekday', 'dst'], V('lumiere'));
add('LA1', 'tomorrow at 7pm', '2026-10-31 Sat 19:00', ['datetime'], V('sesh'));
add('LA1', 'every monday at 9am', W(['MO'], '09:00', '2026-11-02'), ['recurrence', 'dst'], V('orient'));
add('LA1', 'every weekday at 9am', W(WD, '09:00', '2026-11-02'), ['recurrence', 'dst'], S('orient'));
add('LA1', 'every other tuesday at 7pm', W(['TU'], '19:00', '2026-11-03', 2), ['recurrence', 'interval', 'dst'], V('mm'));
add('LA1', 'in 2 hours', { rel: { hours: 2 } }, ['relative'], S('volvox'));
add('LA1', '11/21 at 7pm', '2026-11-21 Sat 19:00', ['datetime', 'numeric-date'], V('sesh'));
add('LA1', 'Nov 3 at 10am', '2026-11-03 Tue 10:00', ['datetime', 'dst'], V('mm'));
add('LA1', '6pm', '2026-10-30 Fri 18:00', ['clock-time', 'time-only'], S('todoistDates'));
add('LA1', 'every 1st', M(null, [1], null, '2026-11-01'), ['recurrence', 'monthly'], V('todoistRec'));
add('LA1', 'on the last Fri of each month at 5pm', M(['-1FR'], null, '17:00', '2026-10-30'), ['recurrence', 'nth-weekday', 'last'], V('taskunifier'));
add('LA1', 'sunday 2pm', '2026-11-01 Sun 14:00', ['weekday', 'dst'], V('apolloBuilder'));
add('LA1', 'every sunday at 8pm', W(['SU'], '20:00', '2026-11-01'), ['recurrence', 'dst'], V('orient'));
add('LA1', 'in 36 hours', { rel: { hours: 36 } }, ['relative', 'dst'], V('mm'));
add('LA1', 'saturday at 10pm', '2026-10-31 Sat 22:00', ['weekday'], V('sesh'));

// --- NY2: Sat 2027-01-09 11:00 America/New_York
add('NY2', 'friday 8pm EST', { zone: 'UTC-5', at: '2027-01-15 Fri 20:00' }, ['weekday', 'zone-in-text'], 'brief example (sesh/Apollo-style)');
add('NY2', 'May 24 3:47 PM PDT', { zone: 'UTC-7', at: '2027-05-24 Mon 15:47' }, ['datetime', 'zone-in-text'], S('countdown'));
add('NY2', '11:59 PM EST', { zone: 'UTC-5', at: '2027-01-09 Sat 23:59' }, ['clock-time', 'time-only', 'zone-in-text'], S('countdown'));
add('NY2', 'next friday', '2027-01-15 Fri', ['weekday', 'next-weekday'], S('leighton'));
add('NY2', 'next tuesday', '2027-01-12 Tue', ['weekday', 'next-weekday'], S('tasktrove'));
add('NY2', 'every tuesday at 7pm', W(['TU'], '19:00', '2027-01-12'), ['recurrence'], 'brief example (sesh/Apollo-style "every tuesday at 7", am/pm added)');
add('NY2', '05/29/2027 17:00', '2027-05-29 Sat 17:00', ['datetime', 'numeric-date', '24h'], `${S('discordCal')} (year adapted)`);
add('NY2', '2027-12-25 18:00', '2027-12-25 Sat 18:00', ['datetime', 'numeric-date', '24h'], `${S('lumiere')} (year adapted)`);
add('NY2', 'in 5 minutes', { rel: { minutes: 5 } }, ['relative'], S('volvox'));
add('NY2', 'Sunday 3pm', '2027-01-10 Sun 15:00', ['weekday'], V('todoistDates'));
add('NY2', 'at 2:30pm', '2027-01-09 Sat 14:30', ['clock-time', 'time-only'], V('mm'));
add('NY2', 'today at 6pm', '2027-01-09 Sat 18:00', ['datetime'], V('todoistDates'));
add('NY2', 'today@5p', '2027-01-09 Sat 17:00', ['datetime', 'abbrev'], S('famundo'));
add('NY2', '8:30pm', '2027-01-09 Sat 20:30', ['clock-time', 'time-only'], S('famundo'));
add('NY2', '20:30', '2027-01-09 Sat 20:30', ['clock-time', 'time-only', '24h'], S('famundo'));
add('NY2', 'next wednesday at 6:30pm', '2027-01-13 Wed 18:30', ['weekday', 'next-weekday'], V('volvox'));
add('NY2', 'every other saturday at 4pm', W(['SA'], '16:00', '2027-01-09', 2), ['recurrence', 'interval'], V('mm'));
add('NY2', 'every sat at 9pm', W(['SA'], '21:00', '2027-01-09'), ['recurrence', 'abbrev'], V('todoistRecOld'));

// --- LON2: Sat 2026-10-24 09:00 Europe/London (DST ends Sun Oct 25)
add('LON2', 'tomorrow at 9am', '2026-10-25 Sun 09:00', ['datetime', 'dst'], S('reminderBot'));
add('LON2', 'monday at 8:30am', '2026-10-26 Mon 08:30', ['weekday', 'dst'], V('mm'));
add('LON2', 'every sunday at 10am', W(['SU'], '10:00', '2026-10-25'), ['recurrence', 'dst'], V('orient'));
add('LON2', 'every weekday at 9am', W(WD, '09:00', '2026-10-26'), ['recurrence', 'dst'], S('orient'));
add('LON2', 'in 2 hours', { rel: { hours: 2 } }, ['relative'], S('volvox'));
add('LON2', 'tomorrow', '2026-10-25 Sun', ['relative', 'dst'], S('mm'));
add('LON2', '31/10 at 19:30', '2026-10-31 Sat 19:30', ['datetime', 'numeric-date', 'd/m'], V('california'));
add('LON2', '14/11', '2026-11-14 Sat', ['date', 'numeric-date', 'd/m'], V('california'));
add('LON2', 'every 2nd saturday at 11am', M(['2SA'], null, '11:00', '2026-11-14'), ['recurrence', 'nth-weekday'], V('todoistRec'));
add('LON2', 'next friday', '2026-10-30 Fri', ['weekday', 'next-weekday', 'dst'], S('leighton'));
add('LON2', 'Dec 25th', '2026-12-25 Fri', ['date'], S('things'));
add('LON2', 'sunday at 6pm', '2026-10-25 Sun 18:00', ['weekday', 'dst'], V('sesh'));
add('LON2', 'in 24 hours', { rel: { hours: 24 } }, ['relative', 'dst'], V('mm'));
add('LON2', 'tonight at 8pm', '2026-10-24 Sat 20:00', ['datetime'], V('mm'));
add('LON2', 'every thursday at 7:30pm', W(['TH'], '19:30', '2026-10-29'), ['recurrence', 'dst'], V('mm'));

// --- CHI1: Mon 2027-02-15 07:30 America/Chicago
add('CHI1', 'this Thursday', '2027-02-18 Thu', ['weekday'], S('california'));
add('CHI1', 'Manga & Anime Festival this Thursday', '2027-02-18 Thu', ['weekday', 'with-title'], S('california'));
add('CHI1', "Mayor Quimby's payoff due every Monday and Wednesday at 11am", W(['MO', 'WE'], '11:00', '2027-02-15'), ['recurrence', 'with-title'], S('california'));
add('CHI1', "Bingo Nite at Moe's from 6pm to 8pm", { at: '2027-02-15 Mon 18:00', end: '20:00' }, ['time-range', 'with-title', 'time-only'], S('california'));
add('CHI1', "Darts game in 2 hours at Moe's for 45 minutes", { rel: { hours: 2 }, dur: { minutes: 45 } }, ['relative', 'with-title', 'duration'], S('california'));
add('CHI1', 'meeting on Friday at 10am', '2027-02-19 Fri 10:00', ['weekday', 'with-title'], S('california'));
add('CHI1', 'Meeting on Thursday at 5pm', '2027-02-18 Thu 17:00', ['weekday', 'with-title'], S('fantasticalPoly'));
add('CHI1', 'Call mom 11am Sunday', '2027-02-21 Sun 11:00', ['weekday', 'with-title'], S('todoistDates'));
add('CHI1', 'Team Sync third Friday of every month at 10 AM', M(['3FR'], null, '10:00', '2027-02-19'), ['recurrence', 'nth-weekday', 'with-title'], S('fantasticalGroove'));
add('CHI1', 'every weekday at 8am', W(WD, '08:00', '2027-02-15'), ['recurrence'], V('orient'));
add('CHI1', 'friday', '2027-02-19 Fri', ['weekday'], S('leighton'));
add('CHI1', 'wed at 6pm', '2027-02-17 Wed 18:00', ['weekday', 'abbrev'], V('todoistDates'));
add('CHI1', 'every other monday at 9am', W(['MO'], '09:00', '2027-02-15', 2), ['recurrence', 'interval'], V('mm'));
add('CHI1', 'every 20th', M(null, [20], null, '2027-02-20'), ['recurrence', 'monthly'], V('todoistRec'));
add('CHI1', 'every month on the 1st and 15th at 9am', M(null, [1, 15], '09:00', '2027-02-15'), ['recurrence', 'monthly'], V('adminja'));
add('CHI1', 'mon next week', '2027-02-22 Mon', ['weekday'], S('things'));
add('CHI1', 'tomorrow at 16:00', '2027-02-16 Tue 16:00', ['datetime', '24h'], S('todoistDates'));
add('CHI1', 'noon', '2027-02-15 Mon 12:00', ['clock-time', 'time-only'], S('tasktrove'));
add('CHI1', 'Go to movies on Friday', '2027-02-19 Fri', ['weekday', 'with-title'], S('mm'));
add('CHI1', 'Pick up kids on tuesday at 7:30am', '2027-02-16 Tue 07:30', ['weekday', 'with-title'], S('mm'));
add('CHI1', 'Design critique meeting every Thursday at 12:30', W(['TH'], '12:30', '2027-02-18'), ['recurrence', 'with-title', 'hhmm-no-ampm'], S('mm'));
add('CHI1', 'to drink water at 3pm every day', D('15:00', '2027-02-15'), ['recurrence', 'with-title'], S('mm'));
add('CHI1', 'Physiotherapy after work every other Wednesday', W(['WE'], null, '2027-02-17', 2), ['recurrence', 'interval', 'with-title'], S('mm'));
add('CHI1', 'to attend the team meeting at 11:00 every Tuesday', W(['TU'], '11:00', '2027-02-16'), ['recurrence', 'with-title', 'hhmm-no-ampm'], S('mm'));
add('CHI1', 'at 7:45am', '2027-02-15 Mon 07:45', ['clock-time', 'time-only'], V('mm'));

// --- UTC1: Wed 2026-06-10 12:00 UTC (relative-date phrases: the scorer's "now + offset" alternative assumes UTC)
add('UTC1', 'in 3 days', { relDate: { days: 3 } }, ['relative'], S('tasktrove'));
add('UTC1', 'in 1 week', { relDate: { weeks: 1 } }, ['relative'], S('things'));
add('UTC1', 'in 2 weeks', { relDate: { weeks: 2 } }, ['relative'], V('things'));
add('UTC1', '4d', { relDate: { days: 4 } }, ['relative', 'abbrev', 'bare-duration'], S('things'));
add('UTC1', '2w', { relDate: { weeks: 2 } }, ['relative', 'abbrev', 'bare-duration'], S('things'));
add('UTC1', '1d', { relDate: { days: 1 } }, ['relative', 'abbrev', 'bare-duration'], S('volvox'));
add('UTC1', '+5 days', { relDate: { days: 5 } }, ['relative'], S('todoistDates'));
add('UTC1', '5 days', { relDate: { days: 5 } }, ['relative', 'bare-duration'], S('todoistDates'));
add('UTC1', '3 weeks', { relDate: { weeks: 3 } }, ['relative', 'bare-duration'], S('todoistDates'));
add('UTC1', 'in a day', { relDate: { days: 1 } }, ['relative'], S('tasktrove'));
add('UTC1', 'in 1 day', { relDate: { days: 1 } }, ['relative'], S('volvox'));
add('UTC1', 'in 2mo', { relDate: { months: 2 } }, ['relative', 'abbrev'], S('tasktrove'));
add('UTC1', 'in 1 month', { relDate: { months: 1 } }, ['relative'], S('tasktrove'));
add('UTC1', '1d 3h', { rel: { days: 1, hours: 3 } }, ['relative', 'abbrev', 'bare-duration'], S('raidorg'));
add('UTC1', '2h', { rel: { hours: 2 } }, ['relative', 'abbrev', 'bare-duration'], S('volvox'));
add('UTC1', '5m', { rel: { minutes: 5 } }, ['relative', 'abbrev', 'bare-duration'], S('volvox'));
add('UTC1', '2 hours', { rel: { hours: 2 } }, ['relative', 'bare-duration'], S('todoistDates'));
add('UTC1', 'in 5 min', { rel: { minutes: 5 } }, ['relative', 'abbrev'], S('tasktrove'));
add('UTC1', 'in 5min', { rel: { minutes: 5 } }, ['relative', 'abbrev'], S('tasktrove'));
add('UTC1', 'in 2h30m', { rel: { hours: 2, minutes: 30 } }, ['relative', 'abbrev'], S('lumiere'));
add('UTC1', 'in three hours', { rel: { hours: 3 } }, ['relative', 'spelled-number'], S('mm'));
add('UTC1', 'in 1 day at 9am', '2026-06-11 Thu 09:00', ['relative'], V('volvox'));
add('UTC1', 'Jun 12 at 15:00', '2026-06-12 Fri 15:00', ['datetime', '24h'], V('mm'));

// --- BER2: Wed 2026-07-01 06:45 Europe/Berlin
add('BER2', 'at 14:30', '2026-07-01 Wed 14:30', ['clock-time', 'time-only', '24h'], S('tasktrove'));
add('BER2', '14:00', '2026-07-01 Wed 14:00', ['clock-time', 'time-only', '24h'], S('tasktrove'));
add('BER2', '09:30', '2026-07-01 Wed 09:30', ['clock-time', 'time-only', '24h'], S('tasktrove'));
add('BER2', 'at 9AM', '2026-07-01 Wed 09:00', ['clock-time', 'time-only'], S('tasktrove'));
add('BER2', 'every monday at 19:30', W(['MO'], '19:30', '2026-07-06'), ['recurrence', '24h'], V('gistMWF'));
add('BER2', 'every 4th thursday', M(['4TH'], null, null, '2026-07-23'), ['recurrence', 'nth-weekday'], V('todoistRec'));
add('BER2', 'friday 20:00', '2026-07-03 Fri 20:00', ['weekday', '24h'], V('lumiere'));
add('BER2', 'tomorrow at 18:30', '2026-07-02 Thu 18:30', ['datetime', '24h'], V('todoistDates'));
add('BER2', 'Jul 15 at 19:00', '2026-07-15 Wed 19:00', ['datetime', '24h'], V('mm'));
add('BER2', '15 July 19:00', '2026-07-15 Wed 19:00', ['datetime', '24h'], V('tasktrove'));
add('BER2', 'every weekday at 07:00', W(WD, '07:00', '2026-07-01'), ['recurrence', '24h'], V('orient'));
add('BER2', 'every other thursday at 18:00', W(['TH'], '18:00', '2026-07-02', 2), ['recurrence', 'interval', '24h'], V('mm'));
add('BER2', '20/07 at 18:00', '2026-07-20 Mon 18:00', ['datetime', 'numeric-date', 'd/m', '24h'], V('california'));
add('BER2', '2026-07-04', '2026-07-04 Sat', ['date', 'numeric-date'], V('todoistDates'));
add('BER2', 'saturday', '2026-07-04 Sat', ['weekday'], V('leighton'));
add('BER2', 'every wednesday at 6pm', W(['WE'], '18:00', '2026-07-01'), ['recurrence'], V('orient'));
add('BER2', 'today at 10:00', '2026-07-01 Wed 10:00', ['datetime', 'hhmm-no-ampm'], V('todoistDates'));

// --- SYD2: Thu 2026-11-19 19:00 Australia/Sydney
add('SYD2', 'tomorrow 8pm', '2026-11-20 Fri 20:00', ['datetime'], S('apolloBuilder'));
add('SYD2', 'saturday 10am', '2026-11-21 Sat 10:00', ['weekday'], V('apolloBuilder'));
add('SYD2', 'every saturday at 9am', W(['SA'], '09:00', '2026-11-21'), ['recurrence'], V('orient'));
add('SYD2', 'every friday at 6pm', W(['FR'], '18:00', '2026-11-20'), ['recurrence'], V('orient'));
add('SYD2', '9:30pm', '2026-11-19 Thu 21:30', ['clock-time', 'time-only'], V('famundo'));
add('SYD2', 'Dec 5 at 7pm', '2026-12-05 Sat 19:00', ['datetime'], V('mm'));
add('SYD2', '5 Dec 7pm', '2026-12-05 Sat 19:00', ['datetime'], V('tasktrove'));
add('SYD2', 'on the last Thursday of each month', M(['-1TH'], null, null, '2026-11-26'), ['recurrence', 'nth-weekday', 'last'], V('taskunifier'));
add('SYD2', 'every 2 weeks on friday at 6pm', W(['FR'], '18:00', '2026-11-20', 2), ['recurrence', 'interval'], V('adminja'));
add('SYD2', 'every monday and thursday at 7:30pm', W(['MO', 'TH'], '19:30', '2026-11-19'), ['recurrence'], V('california'));
add('SYD2', 'at 7pm every day', D('19:00', '2026-11-20'), ['recurrence', 'time-equals-now'], V('mm'));
add('SYD2', 'in 30 minutes', { rel: { minutes: 30 } }, ['relative'], V('volvox'));
add('SYD2', 'sunday 5pm', '2026-11-22 Sun 17:00', ['weekday'], V('apolloBuilder'));
add('SYD2', '11:30pm', '2026-11-19 Thu 23:30', ['clock-time', 'time-only'], V('famundo'));

// --- KOL2: Fri 2027-05-28 11:20 Asia/Kolkata
add('KOL2', 'tomorrow at 10am', '2027-05-29 Sat 10:00', ['datetime'], V('reminderBot'));
add('KOL2', 'monday 9:30am', '2027-05-31 Mon 09:30', ['weekday'], V('lumiere'));
add('KOL2', 'every sunday at 8am', W(['SU'], '08:00', '2027-05-30'), ['recurrence'], V('orient'));
add('KOL2', 'every weekday at 10am', W(WD, '10:00', '2027-05-31'), ['recurrence'], V('gist10am'));
add('KOL2', 'every other saturday at 4pm', W(['SA'], '16:00', '2027-05-29', 2), ['recurrence', 'interval'], V('mm'));
add('KOL2', 'June 5 at 6pm', '2027-06-05 Sat 18:00', ['datetime'], V('apollo'));
add('KOL2', '06/15 at 18:30', '2027-06-15 Tue 18:30', ['datetime', 'numeric-date', '24h'], V('sesh'));
add('KOL2', 'every 1st monday at 7pm', M(['1MO'], null, '19:00', '2027-06-07'), ['recurrence', 'nth-weekday'], V('todoistRec'));
add('KOL2', 'every 28th at 6pm', M(null, [28], '18:00', '2027-05-28'), ['recurrence', 'monthly'], V('todoistRec'));
add('KOL2', 'at 5:30pm', '2027-05-28 Fri 17:30', ['clock-time', 'time-only'], V('mm'));
add('KOL2', 'in 90 minutes', { rel: { minutes: 90 } }, ['relative'], V('volvox'));
add('KOL2', 'next Friday at 9am', '2027-06-04 Fri 09:00', ['weekday', 'next-weekday'], S('apollo'));
add('KOL2', 'June 6 at 8pm', '2027-06-06 Sun 20:00', ['datetime'], V('apollo'));
add('KOL2', 'thu 7pm', '2027-06-03 Thu 19:00', ['weekday', 'abbrev'], V('todoistDates'));
add('KOL2', 'every last friday at 6pm', M(['-1FR'], null, '18:00', '2027-05-28'), ['recurrence', 'nth-weekday', 'last'], V('taskunifier'));

// ---------------------------------------------------------------- exclusions (phrases read in the sources, left out)
const EXCL = [
  ['no anchor: repeat with no day/time to start from', ['every day', 'daily', 'every week', 'weekly', 'every month', 'monthly', 'every 3 days', 'every other week', 'every 2 weeks', 'every 3 months', 'quarterly', 'Every 1 month', 'Every 16 weeks', '/reminder every time:daily', '/reminder every time:weekly'], 'todoistRec, taskunifier, tasktrove, lumiere'],
  ['yearly repeat', ['every year', 'yearly', 'every jan 27th', 'every January 25', "Lisa's birthday every April 4", 'every biweekly March 27 at 04:00pm', 'Every 2 years'], 'todoistRec, mm, california, gist0900, taskunifier'],
  ['hourly/minutely repeat (no representable freq)', ['every hour', 'every 12 hours starting at 07:00 PM', 'every 2 hours', 'Every hour', 'hourly', '/reminder every time:10m'], 'todoistRec, orient, tasktrove, lumiere'],
  ['rule the recurrence fields cannot express', ['every last day', 'every 15th workday, last workday', 'every first workday'], 'todoistRec, todoistRecOld'],
  ['daypart without a clock time (convention-dependent: Todoist morning=9am, evening=7pm, night=10pm)', ['every morning', 'every afternoon', 'every evening', 'every night', 'tomorrow morning', 'check this channel every morning'], 'todoistRec, raft docs'],
  ['ambiguous: weekend (Todoist: Saturday only; others Sat+Sun)', ['every weekend', 'Every Weekend'], 'todoistRec, taskunifier'],
  ['am/pm ambiguous: bare hour or H:MM with hour 1-8 and no am/pm/daypart', ['today at 10', 'at two', 'June 6 at 8:00', '8 wake up', '15 13 doctor appointment'], 'todoistDates, mm, apollo, remindee'],
  ['seconds precision', ['30s', '1h 30m 15s', 'in 30sec'], 'volvox, sesh, tasktrove'],
  ['duration only (event length, not a time)', ['1 hour', '5 hours 30 minutes', '1h', '2.5 hours', '1h 30m'], 'sesh (duration field)'],
  ['coarser than a day or convention-dependent period', ['next week', 'next month', 'later this week', 'mid January', 'end of month', 'next year', 'this weekend'], 'todoistDates, leighton, tasktrove'],
  ['"next <weekday>" said early in a week / "<weekday> in N weeks" (readings disagree)', ['next friday (said Mon-Thu)', 'next monday (said Sun)', 'Tue in 2 weeks', 'next friday = second Friday (Todoist convention)'], 'leighton, things, volvox'],
  ['past', ['yesterday', '3 weeks ago', '2 days ago'], 'leighton, tasktrove'],
  ['not a time / bot-specific syntax', ['no date', 'no due date', 'now', 'today', 'tod', 'next 31', '5', '-5', '01.01 0:00 Happy New Year'], 'leighton, remindor, remindee'],
  ['holiday', ['christmas'], 'remindor'],
  ['time zone abbreviation not in force on the date (EST in summer)', ['11:59 PM EST (in summer)'], 'countdown'],
];

// ---------------------------------------------------------------- build
const DOW = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const RR = { MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6, SU: 7 };
function fail(c, msg) { throw new Error(`${c.ref} ${JSON.stringify(c.text)}: ${msg}`); }
function parseLocal(c, s, zone) {
  const m = /^(\d{4}-\d{2}-\d{2}) (Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?: (\d{2}:\d{2}))?$/.exec(s);
  if (!m) fail(c, `bad date ${s}`);
  const dt = DateTime.fromISO(`${m[1]}T${m[3] ?? '00:00'}`, { zone });
  if (!dt.isValid) fail(c, `invalid ${s}`);
  if (dt.weekday !== DOW[m[2]]) fail(c, `${m[1]} is ${dt.toFormat('ccc')}, not ${m[2]}`);
  if (m[3] && dt.toFormat('HH:mm') !== m[3]) fail(c, `${s} does not exist in ${zone} (DST gap)`);
  return { dt, timed: !!m[3] };
}
const iso = (dt) => dt.toISO({ suppressMilliseconds: true });
function matchesRule(d, r) {
  if (r.bymonthday) return r.bymonthday.includes(d.day);
  if (!r.byday) return true; // DAILY
  return r.byday.some((b) => {
    const m = /^(-?\d)?([A-Z]{2})$/.exec(b);
    if (RR[m[2]] !== d.weekday) return false;
    if (!m[1]) return true;
    const n = Number(m[1]);
    if (n > 0) return Math.ceil(d.day / 7) === n;
    return d.day > d.daysInMonth - 7; // -1 = last
  });
}
function firstOccurrence(c, now, rec, time) {
  let d = now.startOf('day');
  for (let i = 0; i < 400; i++, d = d.plus({ days: 1 })) {
    if (!matchesRule(d, rec)) continue;
    if (time === null) {
      if (i === 0) fail(c, 'all-day rule matches the reference day (start would be ambiguous); pick another reference');
      return d;
    }
    const [h, mi] = time.split(':').map(Number);
    const t = d.set({ hour: h, minute: mi });
    if (t > now) return t;
  }
  fail(c, 'no occurrence');
}

function build() {
  const cases = [];
  const counters = {};
  for (const c of T) {
    if (c.x === null) continue; // placeholder lines dropped on purpose
    const [zone, nowLocal, nowDow] = REFS[c.ref];
    const now = DateTime.fromISO(nowLocal, { zone });
    if (now.toFormat('ccc') !== nowDow) fail(c, `reference ${nowLocal} is ${now.toFormat('ccc')}`);
    const tags = [...c.tags];
    let expect;
    const x = c.x;
    if (typeof x === 'string') {
      const { dt, timed } = parseLocal(c, x, zone);
      expect = { start: iso(dt), end: null, allDay: !timed, recurrence: null };
      if (timed && dt <= now && !tags.includes('time-only')) fail(c, 'expected start not after now');
      if (!timed && dt < now.startOf('day').plus({ days: 1 }) && !tags.includes('relative')) fail(c, 'all-day date not after today');
    } else if (x.rel) {
      const s = now.plus(x.rel);
      expect = { start: iso(s), end: x.dur ? iso(s.plus(x.dur)) : null, allDay: false, recurrence: null };
    } else if (x.relDate) {
      if (now.offset !== 0) fail(c, 'relative-date cases need a UTC-offset-0 reference (scorer rule)');
      const d = now.startOf('day').plus(x.relDate);
      expect = { start: iso(d), end: null, allDay: true, recurrence: null };
      tags.push('relative-date');
    } else if (x.zone) {
      const { dt } = parseLocal(c, x.at, x.zone);
      expect = { start: iso(dt.setZone(zone)), end: null, allDay: false, recurrence: null };
    } else if (x.rec) {
      const s = firstOccurrence(c, now, x.rec, x.time);
      if (s.toISODate() !== x.first) fail(c, `first occurrence computed ${s.toISODate()} (${s.toFormat('ccc')}), table says ${x.first}`);
      const rec = { freq: x.rec.freq, interval: x.rec.interval };
      if (x.rec.byday) rec.byday = x.rec.byday;
      if (x.rec.bymonthday) rec.bymonthday = x.rec.bymonthday;
      expect = { start: iso(s), end: null, allDay: x.time === null, recurrence: rec };
    } else if (x.at) {
      const { dt } = parseLocal(c, x.at, zone);
      const [h, mi] = x.end.split(':').map(Number);
      let e = dt.set({ hour: h, minute: mi });
      if (e <= dt) e = e.plus({ days: 1 });
      if (dt <= now && !tags.includes('time-only')) fail(c, 'range start not after now');
      expect = { start: iso(dt), end: iso(e), allDay: false, recurrence: null };
    } else fail(c, 'unknown expectation');
    // time-only expectations must be the next occurrence (allowPast false); mark ones that rolled over
    if (tags.includes('time-only') && !(Date.parse(expect.start) > now.toMillis())) fail(c, 'time-only expectation must be after now');
    counters[c.ref] = (counters[c.ref] ?? 0) + 1;
    cases.push({
      id: `c3-${c.ref.toLowerCase()}-${String(counters[c.ref]).padStart(2, '0')}`,
      text: c.text,
      timezone: zone,
      now: iso(now.toUTC()).replace('+00:00', 'Z'),
      allowPast: false,
      expect,
      tags,
      source: c.src,
    });
  }
  const seen = new Set();
  for (const k of cases) {
    const key = `${k.text.toLowerCase()}|${k.timezone}|${k.now}`;
    if (seen.has(key)) throw new Error(`duplicate ${key}`);
    seen.add(key);
  }
  const excluded = [];
  for (const [reason, phrases, src] of EXCL) for (const p of phrases) excluded.push({ text: p, reason, source: src.split(', ').map((k) => SRC[k] ?? k).join(' | ') });
  return { cases, excluded };
}

const { cases, excluded } = build();
const out1 = cases.map((c) => JSON.stringify(c)).join('\n') + '\n';
const out2 = excluded.map((c) => JSON.stringify(c)).join('\n') + '\n';
const f1 = path.join(here, 'corpus3-en.jsonl'), f2 = path.join(here, 'excluded3.jsonl');
if (process.argv.includes('--check')) {
  const ok = fs.readFileSync(f1, 'utf8') === out1 && fs.readFileSync(f2, 'utf8') === out2;
  console.log(ok ? 'check: files match the table' : 'check: files DIFFER from the table');
  process.exitCode = ok ? 0 : 1;
} else {
  fs.writeFileSync(f1, out1);
  fs.writeFileSync(f2, out2);
  const byCat = {};
  for (const c of cases) byCat[c.tags[0]] = (byCat[c.tags[0]] ?? 0) + 1;
  const byReason = {};
  for (const e of excluded) byReason[e.reason] = (byReason[e.reason] ?? 0) + 1;
  console.log(`${cases.length} cases`, byCat);
  console.log(`${excluded.length} excluded`, byReason);
}
