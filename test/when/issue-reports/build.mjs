#!/usr/bin/env node
// Builds corpus4-en.jsonl and excluded4.jsonl from the transcription table below.
// Phrases come from GitHub issue/PR threads of date parsers and bots (source = "<repo>#<number>").
// Expected answers are written by hand as local wall times and converted/checked with luxon.
//   node build.mjs          write the files
//   node build.mjs --check  rebuild in memory and compare with the files on disk
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
let luxon;
luxon = require('luxon');
const { DateTime } = luxon;

// ---------------------------------------------------------------- helpers
const W = (d) => d; // marker for readability
const DOW = ['', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const rec = (freq, o = {}) => ({ freq, interval: o.interval ?? 1, byday: o.byday ?? null, bymonthday: o.bymonthday ?? null });
const WEEKLY = (byday, interval = 1) => rec('WEEKLY', { byday, interval });
const MONTHLY = (o) => rec('MONTHLY', o);
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR'];

// Row: [text, zone, nowLocal, expect, tags, source, opts]
// expect: { s: 'YYYY-MM-DD[ HH:mm]', e?: same, rec?: {...}, dow?: 'MO'..'SU' (checks start's weekday), past?: true }
// opts: { nowDow: 'MO'.. (checks the reference weekday), note: '...' }
const NY = 'America/New_York', LDN = 'Europe/London', BER = 'Europe/Berlin', SYD = 'Australia/Sydney',
  KOL = 'Asia/Kolkata', UTC = 'UTC', LA = 'America/Los_Angeles', CHI = 'America/Chicago';

const ROWS = [
  // ---- wanasit/chrono
  ['Tomorrow at 10:00', BER, '2022-08-02 09:00', { s: '2022-08-03 10:00' }, ['datetime', '24h'], 'wanasit/chrono#464', { nowDow: 'TU' }],
  ['Tomorrow at 19:00', BER, '2022-08-02 09:00', { s: '2022-08-03 19:00' }, ['datetime', '24h'], 'wanasit/chrono#464'],
  ['Saturday, 10:00', BER, '2022-08-02 09:00', { s: '2022-08-06 10:00', dow: 'SA' }, ['weekday', 'with-time', 'hhmm-no-ampm'], 'wanasit/chrono#464'],
  ['Today at 11:30 AM', NY, '2016-06-13 09:00', { s: '2016-06-13 11:30' }, ['datetime'], 'wanasit/chrono#121', { nowDow: 'MO' }],
  ['Saturday at 11:30 AM', NY, '2016-06-13 09:00', { s: '2016-06-18 11:30', dow: 'SA' }, ['weekday', 'with-time'], 'wanasit/chrono#121'],
  ['from noon to midnight', LDN, '2018-04-19 08:00', { s: '2018-04-19 12:00', e: '2018-04-20 00:00' }, ['time-range', 'time-only', 'noon-midnight'], 'wanasit/chrono#257'],
  ['from 9am to noon', LDN, '2018-04-19 08:00', { s: '2018-04-19 09:00', e: '2018-04-19 12:00' }, ['time-range', 'time-only', 'noon-midnight'], 'wanasit/chrono#257'],
  ['in 5 minutes', NY, '2021-02-23 17:39', { s: '2021-02-23 17:44', rel: { minutes: 5 } }, ['relative', 'duration'], 'wanasit/chrono#378'],
  ['in 5 to 10 minutes', NY, '2021-02-23 17:39', { s: '2021-02-23 17:44', rel: { minutes: 5 }, e: '2021-02-23 17:49', relEnd: { minutes: 10 } }, ['relative', 'duration', 'range'], 'wanasit/chrono#378'],
  ['between 3:30-4:30pm', LA, '2019-09-13 10:00', { s: '2019-09-13 15:30', e: '2019-09-13 16:30' }, ['time-range', 'time-only', 'shared-meridiem'], 'wanasit/chrono#304'],
  ['08/08/2023, 09:15 AM to 08/29/2023, 09:15 AM', NY, '2023-08-01 10:00', { s: '2023-08-08 09:15', e: '2023-08-29 09:15' }, ['datetime-range', 'numeric-date'], 'wanasit/chrono#533'],
  ['06/16/2022-05:00 PM', CHI, '2022-06-01 09:00', { s: '2022-06-16 17:00' }, ['datetime', 'numeric-date'], 'wanasit/chrono#467'],
  ['December 31, 2022 10:00 pm - 12:00 am', NY, '2022-12-30 09:00', { s: '2022-12-31 22:00', e: '2023-01-01 00:00' }, ['datetime-range', 'crosses-midnight', 'crosses-year'], 'wanasit/chrono#490'],
  ['December 30, 2022 10:00 pm - 12:00 am', NY, '2022-12-30 09:00', { s: '2022-12-30 22:00', e: '2022-12-31 00:00' }, ['datetime-range', 'crosses-midnight'], 'wanasit/chrono#490'],
  ['January 8 at 12pm', LA, '2017-12-07 14:50', { s: '2018-01-08 12:00' }, ['datetime', 'next-year'], 'wanasit/chrono#240'],
  ['March 21', LA, '2022-09-21 09:00', { s: '2023-03-21' }, ['date', 'next-year'], 'wanasit/chrono#469'],
  ['December 31', LA, '2024-06-22 09:00', { s: '2024-12-31' }, ['date'], 'wanasit/chrono#469'],
  ['appointment on monday at 9am', 'America/Denver', '2017-01-11 12:00', { s: '2017-01-16 09:00', dow: 'MO' }, ['weekday', 'with-time', 'with-title'], 'wanasit/chrono#166', { nowDow: 'WE' }],
  ['Back to school on Monday', NY, '2017-08-29 12:00', { s: '2017-09-04', dow: 'MO' }, ['weekday', 'with-title'], 'wanasit/chrono#215', { nowDow: 'TU' }],
  ['vacation monday - friday', LDN, '2019-06-13 12:00', { s: '2019-06-17', e: '2019-06-21', dow: 'MO' }, ['date-range', 'weekday', 'with-title'], 'wanasit/chrono#295', { nowDow: 'TH', note: 'The issue expects next week; a range that has started (Mon 10–Fri 14) would also be defensible.' }],
  ['Mar 2-6', NY, '2016-08-06 12:00', { s: '2017-03-02', e: '2017-03-06' }, ['date-range', 'next-year'], 'wanasit/chrono#132'],
  ['Feb 1-4', NY, '2016-08-06 12:00', { s: '2017-02-01', e: '2017-02-04' }, ['date-range', 'next-year'], 'wanasit/chrono#132'],
  ['Sat -Wed', NY, '2016-08-05 12:00', { s: '2016-08-06', e: '2016-08-10', dow: 'SA' }, ['date-range', 'weekday'], 'wanasit/chrono#132', { nowDow: 'FR' }],
  ['01 April, 2018 - 02 April, 2018', KOL, '2018-03-30 12:00', { s: '2018-04-01', e: '2018-04-02' }, ['date-range'], 'wanasit/chrono#249'],
  ['4pm IST', KOL, '2018-09-10 10:00', { s: '2018-09-10 16:00' }, ['clock-time', 'time-only', 'zone-in-text'], 'wanasit/chrono#273'],
  ['Jan 1, 2020 6:00 UTC', NY, '2019-12-15 12:00', { s: '2020-01-01 01:00' }, ['datetime', 'zone-in-text', 'hhmm-no-ampm'], 'wanasit/chrono#325', { note: '06:00 UTC = 01:00 New York.' }],
  ['9am', LA, '2025-02-27 10:00', { s: '2025-02-28 09:00' }, ['clock-time', 'time-only', 'time-passed'], 'wanasit/chrono#582'],
  ['tomorrow at 9am', LA, '2025-02-27 10:00', { s: '2025-02-28 09:00' }, ['datetime'], 'wanasit/chrono#582'],
  ['in 2 weeks at 9am', LA, '2025-02-27 10:00', { s: '2025-03-13 09:00' }, ['relative', 'with-time', 'dst'], 'wanasit/chrono#582', { note: 'US DST starts 2025-03-09: 09:00 PDT.' }],
  ['2 weeks ago at 9am', LA, '2025-02-27 10:00', { s: '2025-02-13 09:00', past: true }, ['relative', 'with-time', 'past'], 'wanasit/chrono#582'],
  ['Last day of July', NY, '2023-07-20 12:00', { s: '2023-07-31' }, ['date', 'last-day'], 'wanasit/chrono#521'],
  ['mon', BER, '2023-09-19 12:00', { s: '2023-09-25', dow: 'MO' }, ['weekday', 'abbrev'], 'wanasit/chrono#535', { nowDow: 'TU' }],
  ['monday', BER, '2023-09-19 12:00', { s: '2023-09-25', dow: 'MO' }, ['weekday'], 'wanasit/chrono#535'],
  ['day after tomorrow', BER, '2018-05-09 12:00', { s: '2018-05-11' }, ['relative'], 'wanasit/chrono#259'],
  ['the day before yesterday', BER, '2018-05-09 12:00', { s: '2018-05-07', past: true }, ['relative', 'past'], 'wanasit/chrono#259'],
  // ---- mojombo/chronic (+ nChronic port)
  ['next week tuesday', LDN, '2013-10-23 12:00', { s: '2013-10-29', dow: 'TU' }, ['weekday', 'next-week'], 'mojombo/chronic#222', { nowDow: 'WE' }],
  ['next week saturday', LDN, '2013-10-23 12:00', { s: '2013-11-02', dow: 'SA' }, ['weekday', 'next-week'], 'mojombo/chronic#222'],
  ['the 1st of next month', BER, '2014-03-03 12:00', { s: '2014-04-01' }, ['date', 'ordinal'], 'mojombo/chronic#247'],
  ['the 1st day of next month', BER, '2014-03-03 12:00', { s: '2014-04-01' }, ['date', 'ordinal'], 'mojombo/chronic#247'],
  ['9 AM tomorrow', BER, '2012-02-16 12:00', { s: '2012-02-17 09:00' }, ['datetime', 'time-first'], 'mojombo/chronic#84'],
  ['3rd monday of this month', CHI, '2020-06-08 10:00', { s: '2020-06-15', dow: 'MO' }, ['nth-weekday'], 'mojombo/chronic#400'],
  ['today at midday', LDN, '2017-11-14 08:00', { s: '2017-11-14 12:00' }, ['datetime', 'noon-midnight'], 'mojombo/chronic#369'],
  ['day after tomorrow', UTC, '2015-05-07 12:00', { s: '2015-05-09' }, ['relative'], 'robertwilczynski/nChronic#7'],
  ['a day after tomorrow', UTC, '2015-05-07 12:00', { s: '2015-05-09' }, ['relative'], 'robertwilczynski/nChronic#7'],
  ['one day after tomorrow', UTC, '2015-05-07 12:00', { s: '2015-05-09' }, ['relative', 'spelled-number'], 'robertwilczynski/nChronic#7'],
  ['7 weeks and 6 days from now', UTC, '2012-04-11 12:00', { s: '2012-06-05' }, ['relative', 'relative-date', 'compound'], 'robertwilczynski/nChronic#3'],
  ['last day of next month', BER, '2026-01-15 12:00', { s: '2026-02-28' }, ['date', 'last-day'], 'robertwilczynski/nChronic#4', { note: 'Issue has no reference date; 2026 chosen.' }],
  // ---- scrapinghub/dateparser
  ['7 days from now', UTC, '2019-02-12 17:06', { s: '2019-02-19' }, ['relative', 'relative-date'], 'scrapinghub/dateparser#502'],
  ['in 7 days', UTC, '2019-02-12 17:06', { s: '2019-02-19' }, ['relative', 'relative-date'], 'scrapinghub/dateparser#502'],
  ['Sun 9am', NY, '2025-01-01 00:00', { s: '2025-01-05 09:00', dow: 'SU' }, ['weekday', 'with-time', 'abbrev'], 'scrapinghub/dateparser#1266', { nowDow: 'WE', note: 'The reporter expected the past Sunday (Dec 29, dateparser prefers the past); an event bot reads the coming Sunday.' }],
  ['monday at noon', KOL, '2017-08-16 12:00', { s: '2017-08-21 12:00', dow: 'MO' }, ['weekday', 'with-time', 'noon-midnight'], 'scrapinghub/dateparser#314', { nowDow: 'WE' }],
  ['in two weeks', UTC, '2017-03-17 23:42', { s: '2017-03-31' }, ['relative', 'relative-date', 'spelled-number'], 'scrapinghub/dateparser#291'],
  ['in three weeks', UTC, '2017-03-17 23:42', { s: '2017-04-07' }, ['relative', 'relative-date', 'spelled-number'], 'scrapinghub/dateparser#291'],
  ['in 3 weeks', UTC, '2017-03-17 23:42', { s: '2017-04-07' }, ['relative', 'relative-date'], 'scrapinghub/dateparser#291'],
  ['in eleven weeks', UTC, '2017-03-17 23:42', { s: '2017-06-02' }, ['relative', 'relative-date', 'spelled-number'], 'scrapinghub/dateparser#291'],
  ['day after tomorrow', KOL, '2021-06-04 11:14', { s: '2021-06-06' }, ['relative'], 'scrapinghub/dateparser#933'],
  ['midnight', 'Europe/Paris', '2020-08-24 01:00', { s: '2020-08-25 00:00' }, ['clock-time', 'time-only', 'time-passed', 'noon-midnight'], 'scrapinghub/dateparser#772', { note: 'Said at 01:00: the coming midnight (tonight) is read; today 00:00 has passed.' }],
  ['Jul 20, 2019, 1313', UTC, '2019-07-01 12:00', { s: '2019-07-20 13:13' }, ['datetime', 'military'], 'scrapinghub/dateparser#633'],
  ['12:00 Noon', UTC, '2018-06-23 09:00', { s: '2018-06-23 12:00' }, ['clock-time', 'time-only', 'noon-midnight'], 'dateutil/dateutil#781'],
  // ---- microsoft/Recognizers-Text
  ['2 weeks from tomorrow', LDN, '2019-05-11 12:00', { s: '2019-05-26' }, ['relative', 'anchored'], 'microsoft/Recognizers-Text#1564', { nowDow: 'SA' }],
  ['3 days from Tuesday', LDN, '2019-05-11 12:00', { s: '2019-05-17', dow: 'FR' }, ['relative', 'anchored', 'weekday'], 'microsoft/Recognizers-Text#1564'],
  // ---- datejs
  ['3pm tomorrow', UTC, '2008-09-12 12:00', { s: '2008-09-13 15:00' }, ['datetime', 'time-first'], 'abritinthebay/datejs#47'],
  ['tomorrow at 3pm', SYD, '2016-07-06 10:00', { s: '2016-07-07 15:00' }, ['datetime'], 'datejs/Datejs#86'],
  ['tomorrow at 15:00', SYD, '2016-07-06 10:00', { s: '2016-07-07 15:00' }, ['datetime', '24h'], 'datejs/Datejs#86'],
  ['friday 18:00', LA, '2014-10-08 12:00', { s: '2014-10-10 18:00', dow: 'FR' }, ['weekday', 'with-time', '24h'], 'abritinthebay/datejs#222', { nowDow: 'WE' }],
  ['April 05, 2014 16:00', 'Australia/Melbourne', '2014-03-27 12:00', { s: '2014-04-05 16:00' }, ['datetime', '24h', 'dst'], 'abritinthebay/datejs#196', { note: 'Last day of AEDT (+11): DST ends 2014-04-06.' }],
  ['6:00am', LA, '2015-03-08 00:30', { s: '2015-03-08 06:00' }, ['clock-time', 'time-only', 'dst'], 'abritinthebay/datejs#196', { note: 'Said 00:30 PST on the spring-forward day: 06:00 PDT.' }],
  ['mar 9 6:00am', LA, '2015-03-08 00:30', { s: '2015-03-09 06:00' }, ['datetime', 'dst'], 'abritinthebay/datejs#196'],
  ['apr 9 6:00am', LA, '2015-03-08 00:30', { s: '2015-04-09 06:00' }, ['datetime'], 'abritinthebay/datejs#196'],
  // ---- joestelmach/natty
  ['first monday in 2 months', BER, '2015-01-08 12:00', { s: '2015-03-02', dow: 'MO' }, ['nth-weekday', 'relative'], 'joestelmach/natty#100'],
  ['this friday', NY, '2012-12-31 12:00', { s: '2013-01-04', dow: 'FR' }, ['weekday', 'crosses-year'], 'joestelmach/natty#50', { nowDow: 'MO' }],
  ['on the 11th', KOL, '2026-06-05 10:00', { s: '2026-06-11' }, ['date', 'ordinal'], 'natty-parser/natty#139'],
  ['the eleventh', KOL, '2026-06-05 10:00', { s: '2026-06-11' }, ['date', 'ordinal', 'spelled-number'], 'natty-parser/natty#139'],
  ['the 2nd', KOL, '2026-06-05 10:00', { s: '2026-07-02' }, ['date', 'ordinal', 'next-month'], 'natty-parser/natty#139'],
  ['5 minutes until 6 pm', LDN, '2012-10-27 14:00', { s: '2012-10-27 17:55' }, ['clock-time', 'time-only', 'offset-time'], 'joestelmach/natty#44'],
  ['in a half hour', LDN, '2012-10-27 14:00', { s: '2012-10-27 14:30', rel: { minutes: 30 } }, ['relative', 'duration'], 'joestelmach/natty#44'],
  ['Tonight at 7', NY, '2014-09-04 15:00', { s: '2014-09-04 19:00' }, ['datetime', 'daypart'], 'joestelmach/natty#87'],
  ['Today at 7pm', NY, '2014-09-04 15:00', { s: '2014-09-04 19:00' }, ['datetime'], 'joestelmach/natty#87'],
  ['a week from now', UTC, '2014-07-30 10:00', { s: '2014-08-06' }, ['relative', 'relative-date'], 'joestelmach/natty#81', { nowDow: 'WE' }],
  ['one week from now', UTC, '2014-07-30 10:00', { s: '2014-08-06' }, ['relative', 'relative-date', 'spelled-number'], 'joestelmach/natty#81'],
  ['two weeks from now', UTC, '2014-07-30 10:00', { s: '2014-08-13' }, ['relative', 'relative-date', 'spelled-number'], 'joestelmach/natty#81'],
  ['a week after this friday', UTC, '2014-07-30 10:00', { s: '2014-08-08', dow: 'FR' }, ['relative', 'anchored', 'weekday'], 'joestelmach/natty#81'],
  ['a week from this friday', UTC, '2014-07-30 10:00', { s: '2014-08-08', dow: 'FR' }, ['relative', 'anchored', 'weekday'], 'joestelmach/natty#81'],
  ['two weeks from this friday', UTC, '2014-07-30 10:00', { s: '2014-08-15', dow: 'FR' }, ['relative', 'anchored', 'weekday'], 'joestelmach/natty#81'],
  ['a month from today', UTC, '2014-07-30 10:00', { s: '2014-08-30' }, ['relative', 'relative-date'], 'joestelmach/natty#81'],
  // ---- parsedatetime, datetimeparser, timelib
  ['Last Monday of January 2013', NY, '2012-12-15 12:00', { s: '2013-01-28', dow: 'MO' }, ['nth-weekday', 'last'], 'bear/parsedatetime#30'],
  ['First Monday of January 2013', NY, '2012-12-15 12:00', { s: '2013-01-07', dow: 'MO' }, ['nth-weekday'], 'bear/parsedatetime#30'],
  ['First Monday of September 2013', NY, '2012-12-15 12:00', { s: '2013-09-02', dow: 'MO' }, ['nth-weekday'], 'bear/parsedatetime#30'],
  ['Third Monday in January 2013', NY, '2012-12-15 12:00', { s: '2013-01-21', dow: 'MO' }, ['nth-weekday'], 'bear/parsedatetime#30'],
  ['Fourth Thursday in November 2013', NY, '2012-12-15 12:00', { s: '2013-11-28', dow: 'TH' }, ['nth-weekday'], 'bear/parsedatetime#30'],
  ['in half an hour', NY, '2026-11-01 00:40', { s: '2026-11-01 01:10', rel: { minutes: 30 } }, ['relative', 'duration', 'dst'], 'kvh/parsedatetime#2', { note: 'Fall-back night; 01:10 EDT (first pass) = now + 30 min.' }],
  ['First monday of august', BER, '2022-10-29 12:00', { s: '2023-08-07', dow: 'MO' }, ['nth-weekday', 'next-year'], 'aridevelopment-de/datetimeparser#198'],
  ['second monday of august 2023', BER, '2022-10-29 12:00', { s: '2023-08-14', dow: 'MO' }, ['nth-weekday'], 'aridevelopment-de/datetimeparser#205'],
  ['one quarter before 10pm', UTC, '2022-02-09 12:00', { s: '2022-02-09 21:45' }, ['clock-time', 'time-only', 'offset-time'], 'aridevelopment-de/datetimeparser#78'],
  ['first thu of November 2012', UTC, '2012-10-15 12:00', { s: '2012-11-01', dow: 'TH' }, ['nth-weekday', 'abbrev'], 'pediapress/timelib#7'],
  // ---- facebook/duckling, sonos/rustling, tickbin, doing
  ['from 7pm till 11pm', BER, '2019-10-11 10:00', { s: '2019-10-11 19:00', e: '2019-10-11 23:00' }, ['time-range', 'time-only'], 'facebook/duckling#418'],
  ['From 3AM to 12 noon', LA, '2018-05-30 17:53', { s: '2018-05-31 03:00', e: '2018-05-31 12:00' }, ['time-range', 'time-only', 'time-passed', 'noon-midnight'], 'facebook/duckling#201'],
  ['From 10AM to 1PM', LA, '2018-05-30 17:53', { s: '2018-05-31 10:00', e: '2018-05-31 13:00' }, ['time-range', 'time-only', 'time-passed'], 'facebook/duckling#201'],
  ['5 in the evening', LA, '2018-05-30 17:53', { s: '2018-05-31 17:00' }, ['clock-time', 'time-only', 'time-passed', 'daypart'], 'facebook/duckling#201'],
  ['today 2PM to today 3PM', LA, '2023-12-06 09:00', { s: '2023-12-06 14:00', e: '2023-12-06 15:00' }, ['datetime-range'], 'facebook/duckling#726'],
  ['today 4PM to today 4:30PM', LA, '2023-12-06 09:00', { s: '2023-12-06 16:00', e: '2023-12-06 16:30' }, ['datetime-range'], 'facebook/duckling#726'],
  ['today 4PM to today 5:15PM', LA, '2023-12-06 09:00', { s: '2023-12-06 16:00', e: '2023-12-06 17:15' }, ['datetime-range'], 'facebook/duckling#726'],
  ['Tuesday at Noon', CHI, '2017-11-23 12:00', { s: '2017-11-28 12:00', dow: 'TU' }, ['weekday', 'with-time', 'noon-midnight'], 'facebook/duckling#112', { nowDow: 'TH' }],
  ['between 2 and 3pm', 'Europe/Paris', '2019-10-11 10:00', { s: '2019-10-11 14:00', e: '2019-10-11 15:00' }, ['time-range', 'time-only', 'shared-meridiem'], 'sonos/rustling-ontology#202'],
  ['1pm-3', SYD, '2026-05-12 10:00', { s: '2026-05-12 13:00', e: '2026-05-12 15:00' }, ['time-range', 'time-only', 'shared-meridiem'], 'tickbin/tickbin#15'],
  ['9:30-12pm', KOL, '2026-05-12 08:00', { s: '2026-05-12 09:30', e: '2026-05-12 12:00' }, ['time-range', 'time-only', 'noon-midnight'], 'tickbin/tickbin#42', { note: 'Reference moved to 08:00 so the range is still ahead.' }],
  ['9am to 5pm', NY, '2026-08-29 00:36', { s: '2026-08-29 09:00', e: '2026-08-29 17:00' }, ['time-range', 'time-only'], 'aaronmallen/doing#439'],
  ['2am to 4am', NY, '2026-08-29 00:36', { s: '2026-08-29 02:00', e: '2026-08-29 04:00' }, ['time-range', 'time-only'], 'aaronmallen/doing#439'],
  // ---- Sugar and users of Sugar/chrono
  ['A week from Sunday', SYD, '2014-08-11 09:00', { s: '2014-08-24', dow: 'SU' }, ['relative', 'anchored', 'weekday'], 'andrewplummer/Sugar#455', { nowDow: 'MO' }],
  ['Week from Sunday', SYD, '2014-08-11 09:00', { s: '2014-08-24', dow: 'SU' }, ['relative', 'anchored', 'weekday'], 'andrewplummer/Sugar#455'],
  ['noon', SYD, '2014-08-11 09:00', { s: '2014-08-11 12:00' }, ['clock-time', 'time-only', 'noon-midnight'], 'andrewplummer/Sugar#455'],
  ['monday', NY, '2011-11-22 12:00', { s: '2011-11-28', dow: 'MO' }, ['weekday'], 'andrewplummer/Sugar#63', { nowDow: 'TU' }],
  ['last day of october 2015', BER, '2014-04-25 12:00', { s: '2015-10-31' }, ['date', 'last-day'], 'andrewplummer/Sugar#420'],
  ['sunday', BER, '2021-07-09 12:00', { s: '2021-07-11', dow: 'SU' }, ['weekday'], 'ransome1/sleek#199', { nowDow: 'FR' }],
  ['Saturday', LDN, '2020-12-07 12:00', { s: '2020-12-12', dow: 'SA' }, ['weekday'], 'dvargasfuertes/SmartBlocks#76', { nowDow: 'MO' }],
  // ---- matthewmueller/date
  ['tonight at 9:30', LDN, '2016-01-24 15:00', { s: '2016-01-24 21:30' }, ['datetime', 'daypart'], 'matthewmueller/date#72'],
  ['tonight at 9', LDN, '2016-01-24 15:00', { s: '2016-01-24 21:00' }, ['datetime', 'daypart'], 'matthewmueller/date#72'],
  ['tomorrow evening at 5', LDN, '2026-02-10 12:00', { s: '2026-02-11 17:00' }, ['datetime', 'daypart'], 'matthewmueller/date#33', { note: 'Issue has no reference date; 2026 chosen.' }],
  ['day after tomorrow', LA, '2013-07-25 12:00', { s: '2013-07-27' }, ['relative'], 'matthewmueller/date#25'],
  // ---- DST-sensitive plain dates from date-fns
  ['2019-10-06', SYD, '2019-09-26 12:00', { s: '2019-10-06' }, ['date', 'iso', 'dst'], 'date-fns/date-fns#1449', { note: 'Sydney DST starts 2019-10-06 02:00: the day starts 00:00 +10:00.' }],
  ['2023-03-12 01:30', NY, '2023-03-01 12:00', { s: '2023-03-12 01:30' }, ['datetime', 'iso', 'dst', '24h'], 'date-fns/date-fns#3900'],
  // ---- bots and apps
  ['every monday at 10am', BER, '2021-01-21 10:31', { s: '2021-01-25 10:00', dow: 'MO', rec: WEEKLY(['MO']) }, ['recurrence', 'with-time'], 'reminder-bot/bot#23', { nowDow: 'TH' }],
  ['every Thursday and Saturday and Sunday', NY, '2023-04-10 12:00', { s: '2023-04-13', dow: 'TH', rec: WEEKLY(['TH', 'SA', 'SU']) }, ['recurrence', 'multi-day'], 'scottleedavis/mattermost-plugin-remind#233', { nowDow: 'MO', note: 'Reference moved from Sunday (issue date) to Monday so today is not one of the days.' }],
  ['every weekday at 8:30 am', CHI, '2019-05-24 10:00', { s: '2019-05-27 08:30', dow: 'MO', rec: WEEKLY(WEEKDAYS) }, ['recurrence', 'weekdays', 'with-time'], 'scottleedavis/mattermost-plugin-remind#107', { nowDow: 'FR' }],
  ['every weekday at 5pm', CHI, '2019-05-24 10:00', { s: '2019-05-24 17:00', dow: 'FR', rec: WEEKLY(WEEKDAYS) }, ['recurrence', 'weekdays', 'with-time'], 'scottleedavis/mattermost-plugin-remind#107'],
  ['every monday, tuesday at 2pm', NY, '2019-04-11 12:00', { s: '2019-04-15 14:00', dow: 'MO', rec: WEEKLY(['MO', 'TU']) }, ['recurrence', 'multi-day', 'with-time'], 'scottleedavis/mattermost-plugin-remind#29', { nowDow: 'TH' }],
  ['every monday and wednesday at noon', NY, '2019-04-11 12:00', { s: '2019-04-15 12:00', dow: 'MO', rec: WEEKLY(['MO', 'WE']) }, ['recurrence', 'multi-day', 'with-time', 'noon-midnight'], 'scottleedavis/mattermost-plugin-remind#23'],
  ['at 10:55am every thursday', NY, '2018-07-30 12:00', { s: '2018-08-02 10:55', dow: 'TH', rec: WEEKLY(['TH']) }, ['recurrence', 'with-time', 'time-first'], 'scottleedavis/mattermost-remind#90', { nowDow: 'MO' }],
  ['every weekday at 12:30pm', KOL, '2022-07-14 09:00', { s: '2022-07-14 12:30', dow: 'TH', rec: WEEKLY(WEEKDAYS) }, ['recurrence', 'weekdays', 'with-time'], 'Mayerch1/RemindmeBot#1', { nowDow: 'TH' }],
  ['on Monday', BER, '2020-10-27 12:00', { s: '2020-11-02', dow: 'MO' }, ['weekday'], 'anoadragon453/matrix-reminder-bot#54', { nowDow: 'TU' }],
  ['every Friday at 8:30AM', NY, '2016-04-14 12:00', { s: '2016-04-15 08:30', dow: 'FR', rec: WEEKLY(['FR']) }, ['recurrence', 'with-time'], 'idpaterson/alfred-wunderlist-workflow#116', { nowDow: 'TH' }],
  ['every Friday at noon', NY, '2016-04-14 12:00', { s: '2016-04-15 12:00', dow: 'FR', rec: WEEKLY(['FR']) }, ['recurrence', 'with-time', 'noon-midnight'], 'idpaterson/alfred-wunderlist-workflow#116'],
  ['every Mon-Fri at 18:00', UTC, '2019-07-11 10:00', { s: '2019-07-11 18:00', dow: 'TH', rec: WEEKLY(WEEKDAYS) }, ['recurrence', 'weekday-range', 'with-time', '24h'], 'floraison/fugit#25', { nowDow: 'TH' }],
  ['every Mon to Fri at 18:00', UTC, '2019-07-11 10:00', { s: '2019-07-11 18:00', dow: 'TH', rec: WEEKLY(WEEKDAYS) }, ['recurrence', 'weekday-range', 'with-time', '24h'], 'floraison/fugit#25'],
  ['every Mon,Tue,Wed,Thu,Fri at 18:00', UTC, '2019-07-11 10:00', { s: '2019-07-11 18:00', dow: 'TH', rec: WEEKLY(WEEKDAYS) }, ['recurrence', 'multi-day', 'with-time', '24h'], 'floraison/fugit#25'],
  ['every Fri-Sun at 18:00 UTC', LDN, '2019-07-23 12:00', { s: '2019-07-26 19:00', dow: 'FR', rec: WEEKLY(['FR', 'SA', 'SU']) }, ['recurrence', 'weekday-range', 'with-time', 'zone-in-text'], 'floraison/fugit#27', { nowDow: 'TU', note: '18:00 UTC = 19:00 BST.' }],
  ['every Fri,Sat,Sun at 18:00 UTC', LDN, '2019-07-23 12:00', { s: '2019-07-26 19:00', dow: 'FR', rec: WEEKLY(['FR', 'SA', 'SU']) }, ['recurrence', 'multi-day', 'with-time', 'zone-in-text'], 'floraison/fugit#27'],
  ['every work day', BER, '2016-10-15 12:00', { s: '2016-10-17', dow: 'MO', rec: WEEKLY(WEEKDAYS) }, ['recurrence', 'weekdays'], 'yb66/tickle#9', { nowDow: 'SA', note: 'Reference moved from Friday (issue date) to Saturday so today is not a work day.' }],
  ['every other monday', LDN, '2026-03-04 12:00', { s: '2026-03-09', dow: 'MO', rec: WEEKLY(['MO'], 2) }, ['recurrence', 'interval'], 'rcdilorenzo/repeatex#4', { nowDow: 'WE' }],
  ['every other thurs', LDN, '2026-03-04 12:00', { s: '2026-03-05', dow: 'TH', rec: WEEKLY(['TH'], 2) }, ['recurrence', 'interval', 'abbrev'], 'rcdilorenzo/repeatex#1'],
  ['on wednesday every 2 weeks', LDN, '2026-03-02 12:00', { s: '2026-03-04', dow: 'WE', rec: WEEKLY(['WE'], 2) }, ['recurrence', 'interval'], 'rcdilorenzo/repeatex#7', { nowDow: 'MO' }],
  ['every 3 weeks on monday', LDN, '2026-03-04 12:00', { s: '2026-03-09', dow: 'MO', rec: WEEKLY(['MO'], 3) }, ['recurrence', 'interval'], 'rcdilorenzo/repeatex#10'],
  ['every other Tuesday', NY, '2024-03-15 12:00', { s: '2024-03-19', dow: 'TU', rec: WEEKLY(['TU'], 2) }, ['recurrence', 'interval'], 'dakboard/DAKboard#2058', { nowDow: 'FR' }],
  ['last fri of each month', NY, '2020-08-02 12:00', { s: '2020-08-28', dow: 'FR', rec: MONTHLY({ byday: ['-1FR'] }) }, ['recurrence', 'monthly', 'last', 'abbrev'], 'kvh/recurrent#18'],
  ['last day of each month', NY, '2020-08-02 12:00', { s: '2020-08-31', rec: MONTHLY({ bymonthday: [-1] }) }, ['recurrence', 'monthly', 'last-day'], 'kvh/recurrent#18'],
  ['2nd to the last fri of each month', NY, '2020-08-02 12:00', { s: '2020-08-21', dow: 'FR', rec: MONTHLY({ byday: ['-2FR'] }) }, ['recurrence', 'monthly', 'last'], 'kvh/recurrent#18'],
  ['every last friday of the month', BER, '2016-05-26 12:00', { s: '2016-05-27', dow: 'FR', rec: MONTHLY({ byday: ['-1FR'] }) }, ['recurrence', 'monthly', 'last'], 'bunkat/later#170'],
  ['every 2nd and 4th saturday', NY, '2024-08-09 12:00', { s: '2024-08-10', dow: 'SA', rec: MONTHLY({ byday: ['2SA', '4SA'] }) }, ['recurrence', 'monthly', 'nth-weekday'], 'datafruits/datafruits#1359'],
  ['8th and 15th day of every month', BER, '2026-05-23 12:00', { s: '2026-06-08', rec: MONTHLY({ bymonthday: [8, 15] }) }, ['recurrence', 'monthly', 'ordinal'], 'trougnouf/cfait#33'],
  ['15th and 30th of every month', NY, '2014-11-13 12:00', { s: '2014-11-15', rec: MONTHLY({ bymonthday: [15, 30] }) }, ['recurrence', 'monthly', 'ordinal'], 'fnando/recurrence#18'],
  ['the 5th of every month', SYD, '2017-06-08 12:00', { s: '2017-07-05', rec: MONTHLY({ bymonthday: [5] }) }, ['recurrence', 'monthly', 'ordinal'], 'ical-org/ical.net#291'],
  ['every second Tuesday each month', BER, '2026-03-04 12:00', { s: '2026-03-10', dow: 'TU', rec: MONTHLY({ byday: ['2TU'] }) }, ['recurrence', 'monthly', 'nth-weekday'], 'cologne-js/cologne-js#41', { note: 'Issue has no reference date; 2026 chosen.' }],
  ['every first Tuesday of the month', NY, '2020-09-21 12:00', { s: '2020-10-06', dow: 'TU', rec: MONTHLY({ byday: ['1TU'] }) }, ['recurrence', 'monthly', 'nth-weekday'], 'DreamExposure/DisCal-Discord-Bot#70'],
  ['every 3rd Tuesday of the month', NY, '2020-09-21 12:00', { s: '2020-10-20', dow: 'TU', rec: MONTHLY({ byday: ['3TU'] }) }, ['recurrence', 'monthly', 'nth-weekday'], 'DreamExposure/DisCal-Discord-Bot#70'],
  ['every 4th Monday of the month', KOL, '2025-02-17 12:00', { s: '2025-02-24', dow: 'MO', rec: MONTHLY({ byday: ['4MO'] }) }, ['recurrence', 'monthly', 'nth-weekday'], 'pkgjs/meet#214'],
  ['every 2nd Thursday of the month', KOL, '2025-02-17 12:00', { s: '2025-03-13', dow: 'TH', rec: MONTHLY({ byday: ['2TH'] }) }, ['recurrence', 'monthly', 'nth-weekday'], 'pkgjs/meet#214'],
  ['every first monday every two months', BER, '2014-09-03 12:00', { s: '2014-10-06', dow: 'MO', rec: MONTHLY({ byday: ['1MO'], interval: 2 }) }, ['recurrence', 'monthly', 'nth-weekday', 'interval'], 'c-trimm/moment-recur#10'],
  ['every 14th day of every month', BER, '2021-02-07 12:00', { s: '2021-02-14', rec: MONTHLY({ bymonthday: [14] }) }, ['recurrence', 'monthly', 'ordinal'], 'commenthol/date-holidays#199'],
  ['every 1st monday of every month', BER, '2021-02-07 12:00', { s: '2021-03-01', dow: 'MO', rec: MONTHLY({ byday: ['1MO'] }) }, ['recurrence', 'monthly', 'nth-weekday'], 'commenthol/date-holidays#199'],
  ['today at 9pm', NY, '2021-08-05 12:00', { s: '2021-08-05 21:00' }, ['datetime'], 'jcolson/dndvault-bot#358', { note: "(variant) the issue title writes it as 'today' @9pm." }],
  ['at 5pm for 1 hour', 'Asia/Jerusalem', '2021-02-07 10:00', { s: '2021-02-07 17:00', e: '2021-02-07 18:00' }, ['time-range', 'time-only', 'duration-defined'], 'DenverCoder1/jct-discord-bot#79'],
  ['on February 18 from 14:30 until 17:00', 'Asia/Jerusalem', '2021-02-07 10:00', { s: '2021-02-18 14:30', e: '2021-02-18 17:00' }, ['datetime-range', '24h'], 'DenverCoder1/jct-discord-bot#79'],
  ['on February 18 at 14:30-17:00', 'Asia/Jerusalem', '2021-02-07 10:00', { s: '2021-02-18 14:30', e: '2021-02-18 17:00' }, ['datetime-range', '24h'], 'DenverCoder1/jct-discord-bot#79'],
  ['22/7/17 4pm', LDN, '2017-07-21 12:00', { s: '2017-07-22 16:00' }, ['datetime', 'numeric-date', 'd/m'], 'Galarzaa90/NabBot#36'],
  ['December 13, 11pm - 12am', SYD, '2015-10-13 12:00', { s: '2015-12-13 23:00', e: '2015-12-14 00:00' }, ['datetime-range', 'crosses-midnight'], 'openaq/openaq-api-old#96'],
  ['take out the trash at 17:30', 'Europe/Amsterdam', '2016-09-27 10:00', { s: '2016-09-27 17:30' }, ['clock-time', 'time-only', '24h', 'with-title'], 'brandonhorst/LaconaApp#133'],
  ['830p', KOL, '2026-04-02 12:00', { s: '2026-04-02 20:30' }, ['clock-time', 'time-only', 'compact'], 'testaccount9000/hg#16'],
  ['1300hrs', 'Europe/Istanbul', '2013-12-04 09:00', { s: '2013-12-04 13:00' }, ['clock-time', 'time-only', 'military'], 'benhmoore/Knwl#1'],
  ['1300 hrs', 'Europe/Istanbul', '2013-12-04 09:00', { s: '2013-12-04 13:00' }, ['clock-time', 'time-only', 'military'], 'benhmoore/Knwl#1'],
];

// Read in the threads, left out. [text, reason-key, source]
const REASONS = {
  'next-weekday': '"next <weekday>" said on a day where the coming one and next week\'s differ',
  'week-start': 'depends on the first day of the week (Sunday- vs Monday-start)',
  'ampm': 'am/pm ambiguous: bare hour or H:MM / "half past" with no am/pm or daypart',
  'after-midnight': '"tomorrow"/"midnight" said just after midnight or midnight of a dated day: which day is meant is convention',
  'daypart': 'daypart or end-of-day with no clock time (afternoon, tonight, end of day, end of the month)',
  'past': 'past date with no past cue in the text',
  'open': 'open range, deadline or rolling window (next 7 days, by the 23rd, by today)',
  'coarse': 'month or month range (coarser than a day)',
  'yearly': 'yearly repeat or no anchor day (every June, every 1/30 and 9/30, every week at 9pm)',
  'syntax': 'bot-specific syntax or a typo, not an English phrase (every 2w; monday 14:00, tomorrow 16pm)',
  'nonexistent': 'names a day that does not exist (5th Tuesday of October 2011)',
  'today-ambiguous': 'weekday/rule whose day is the reference day, or a range already under way (today vs next occurrence)',
  'abbr': 'zone abbreviation not in force on that date (EST in October, CST in April)',
  'numeric-ambiguous': 'numeric date readable as m/d or d/m, or bare digits readable as a year/day',
  'machine': 'machine timestamp with seconds, not an event phrase',
  'arith': 'date arithmetic syntax ("+6 days") or multi-year range',
};
const EXCLUDED = [
  ['next Saturday at 11:00', 'next-weekday', 'wanasit/chrono#464'], ['next Sunday at 15:00', 'next-weekday', 'wanasit/chrono#464'],
  ['next Saturday at 11:30 AM', 'next-weekday', 'wanasit/chrono#121'], ['next next Monday', 'next-weekday', 'wanasit/chrono#77'],
  ['next friday', 'next-weekday', 'joestelmach/natty#50'], ['next sunday', 'next-weekday', 'andrewplummer/Sugar#184'],
  ['Next Saturday', 'next-weekday', 'dvargasfuertes/SmartBlocks#76'], ['next friday at 9am', 'next-weekday', 'wanasit/chrono#582'],
  ['next friday at 2 pm est', 'next-weekday', 'wanasit/chrono#105'], ['next friday at 2 pm gmt', 'next-weekday', 'wanasit/chrono#105'],
  ['next thursday', 'next-weekday', 'fymmot/inclusive-dates#19'], ['this monday at noon', 'next-weekday', 'scrapinghub/dateparser#314'],
  ['next week sunday', 'week-start', 'mojombo/chronic#222'], ['sunday next week', 'week-start', 'mojombo/chronic#222'],
  ['sunday of next week', 'week-start', 'andrewplummer/Sugar#519'],
  ['9 tomorrow', 'ampm', 'wanasit/chrono#267'], ['9 on wednesday', 'ampm', 'wanasit/chrono#267'], ['tomorrow at 3:00', 'ampm', 'abritinthebay/datejs#48'],
  ['Tomorrow at 4', 'ampm', 'andrewplummer/Sugar#455'], ['tomorrow at 10', 'ampm', 'neilgupta/Sherlock#39'], ['9:00 PST', 'ampm', 'wanasit/chrono#329'],
  ['10 pst', 'ampm', 'wanasit/chrono#306'], ['half past six', 'ampm', 'wanasit/chrono#401'], ['quarter past six', 'ampm', 'wanasit/chrono#401'],
  ['quarter to two', 'ampm', 'wanasit/chrono#401'], ['5 past seven', 'ampm', 'wanasit/chrono#401'], ['quarter to 12:00', 'ampm', 'matthewmueller/date#18'],
  ['ten past two', 'ampm', 'joestelmach/natty#44'], ['half past 12', 'ampm', 'joestelmach/natty#44'], ['quarter past five', 'ampm', 'aridevelopment-de/datetimeparser#78'],
  ['two quarters past 5', 'ampm', 'aridevelopment-de/datetimeparser#78'], ['quarter to 8', 'ampm', 'microsoft/Recognizers-Text#2474'], ['15 to 8', 'ampm', 'microsoft/Recognizers-Text#2474'],
  ['Jan 1, 2020 6:00', 'ampm', 'wanasit/chrono#325'], ['tomorrow night at 5', 'ampm', 'matthewmueller/date#33'],
  ['tomorrow', 'after-midnight', 'wanasit/chrono#62'], ['tomorrow', 'after-midnight', 'wanasit/chrono#83'],
  ['12:00 MIDNIGHT NOVEMBER 15, 2016', 'after-midnight', 'joestelmach/natty#201'], ['from midnight to noon', 'after-midnight', 'wanasit/chrono#257'],
  ['from midnight to 12:00', 'after-midnight', 'wanasit/chrono#257'],
  ['tomorrow afternoon', 'daypart', 'bear/parsedatetime#84'], ['afternoon', 'daypart', 'bear/parsedatetime#84'], ['this afternoon', 'daypart', 'bear/parsedatetime#274'],
  ['end of day', 'daypart', 'bear/parsedatetime#189'], ['tomorrow end of day', 'daypart', 'bear/parsedatetime#189'], ['tonight', 'daypart', 'wanasit/chrono#21'],
  ['tonight', 'daypart', 'scrapinghub/dateparser#895'], ['Jan 1, 2020 Morning UTC', 'daypart', 'wanasit/chrono#325'], ['end of July', 'daypart', 'wanasit/chrono#521'],
  ['end of the month', 'daypart', 'wanasit/chrono#521'], ['end of the month', 'daypart', 'facebook/duckling#337'], ['Tomorrow evening', 'daypart', 'wanasit/chrono-java#1'],
  ['1st monday of this month', 'past', 'mojombo/chronic#400'], ['The first of the month', 'past', 'joestelmach/natty#215'], ['First of the month', 'past', 'andrewplummer/Sugar#455'],
  ['the 1st of last month', 'past', 'scrapinghub/dateparser#1265'],
  ['next 7 days', 'open', 'mojombo/chronic#294'], ['by the 23rd', 'open', 'natty-parser/natty#139'], ['by today', 'open', 'commitsto/commits.to#86'],
  ['before the end of the month', 'open', 'facebook/duckling#275'], ['In the next two weeks', 'open', 'facebook/duckling#335'],
  ['january', 'coarse', 'andrewplummer/Sugar#63'], ['Dec - Feb 2015', 'coarse', 'wanasit/chrono#104'], ['From May to November', 'coarse', 'wanasit/chrono#505'],
  ["School's out in July", 'coarse', 'wanasit/chrono#215'], ['next week', 'coarse', 'idpaterson/alfred-wunderlist-workflow#58'],
  ['every June', 'yearly', 'idpaterson/alfred-wunderlist-workflow#116'], ['every 1/30 and 9/30 at noon', 'yearly', 'scottleedavis/mattermost-plugin-remind#23'],
  ['swimming every week at 9pm', 'yearly', 'joestelmach/natty#79'],
  ['every 2w; monday 14:00', 'syntax', 'anoadragon453/matrix-reminder-bot#51'], ['every 1 month; 20th of February', 'syntax', 'anoadragon453/matrix-reminder-bot#51'],
  ['tomorrow 16pm', 'syntax', 'Galarzaa90/NabBot#36'], ['every! 45 days', 'syntax', 'raycast/extensions#18687'],
  ['5th Tuesday in October', 'nonexistent', 'mojombo/chronic#73'],
  ['Wednesday', 'today-ambiguous', 'noctivityinc/tickle#8'], ['every 3rd Monday of the month', 'today-ambiguous', 'pkgjs/meet#214'],
  ['12:20am to 2am', 'today-ambiguous', 'aaronmallen/doing#439'],
  ['around 1pm EST', 'abbr', 'mathieudutour/timezone-butler#38'], ['12:30pm CST', 'abbr', 'mathieudutour/timezone-butler#49'],
  ['1/8 at 12pm', 'numeric-ambiguous', 'wanasit/chrono#240'], ['1234', 'numeric-ambiguous', 'mojombo/chronic#2'], ['tomorrow 18', 'numeric-ambiguous', 'abritinthebay/datejs#222'],
  ['today 18', 'numeric-ambiguous', 'abritinthebay/datejs#222'], ['friday 18', 'numeric-ambiguous', 'abritinthebay/datejs#222'],
  ['2020-11-01T02:00:00', 'machine', 'marnusw/date-fns-tz#85'], ['6/16/2011 12:00:00 AM', 'machine', 'abritinthebay/datejs#125'],
  ['First Monday of September 2013 +6 days', 'arith', 'bear/parsedatetime#30'], ['Fourth Thursday in November 2013 +1 day', 'arith', 'bear/parsedatetime#30'],
  ['from 01/21/2021 10:00 to 01/01/2023 07:00', 'arith', 'wanasit/chrono#531'],
];

// ---------------------------------------------------------------- build
const errors = [];
const local = (str, zone) => {
  const hasTime = str.length > 10;
  const dt = DateTime.fromFormat(str, hasTime ? 'yyyy-MM-dd HH:mm' : 'yyyy-MM-dd', { zone });
  if (!dt.isValid) throw new Error(`bad local time ${str} in ${zone}: ${dt.invalidExplanation}`);
  if (hasTime && dt.toFormat('yyyy-MM-dd HH:mm') !== str) throw new Error(`${str} does not exist in ${zone}`);
  return { dt, hasTime };
};
const iso = (dt) => dt.toISO({ suppressMilliseconds: true });
const dowOf = (dt) => DOW[dt.weekday];

function matchesRule(r, d) { // d: DateTime at local midnight
  if (r.freq === 'WEEKLY') return r.byday.includes(dowOf(d));
  if (r.bymonthday) return r.bymonthday.some((n) => (n > 0 ? d.day === n : d.day === d.daysInMonth + 1 + n));
  return r.byday.some((code) => {
    const m = code.match(/^(-?\d)([A-Z]{2})$/);
    if (dowOf(d) !== m[2]) return false;
    const n = Number(m[1]);
    return n > 0 ? Math.ceil(d.day / 7) === n : Math.floor((d.daysInMonth - d.day) / 7) === -n - 1;
  });
}

const cases = ROWS.map(([text, zone, nowStr, x, tags, source, opts = {}], i) => {
  const id = `c4-${String(i + 1).padStart(3, '0')}`;
  const where = `${id} ${JSON.stringify(text)}`;
  const now = local(nowStr, zone).dt;
  if (opts.nowDow && dowOf(now) !== opts.nowDow) errors.push(`${where}: reference is ${dowOf(now)}, table says ${opts.nowDow}`);
  let { dt: s, hasTime } = local(x.s, zone);
  if (x.rel) { // instant arithmetic from now; the table's wall time must agree
    const r = now.plus(x.rel);
    if (r.toFormat('yyyy-MM-dd HH:mm') !== x.s) errors.push(`${where}: now + ${JSON.stringify(x.rel)} is ${iso(r)}, table says ${x.s}`);
    s = r;
  }
  const allDay = !hasTime;
  if (x.dow && dowOf(s) !== x.dow) errors.push(`${where}: start is ${dowOf(s)}, table says ${x.dow}`);
  let e = null;
  if (x.e) {
    e = x.relEnd ? now.plus(x.relEnd) : local(x.e, zone).dt;
    if (local(x.e, zone).hasTime === allDay) errors.push(`${where}: start/end grain differ`);
    if (allDay ? e < s : e <= s) errors.push(`${where}: end before start`);
  }
  const allowPast = !!x.past;
  if (!allowPast) {
    if (allDay ? s.startOf('day') <= now.startOf('day') : s <= now) errors.push(`${where}: start not after now`);
  } else if (!tags.includes('past')) errors.push(`${where}: past without tag`);
  if (tags.includes('relative-date') && now.offset !== 0) errors.push(`${where}: relative-date needs UTC offset 0`);
  if (tags.includes('time-only') && !tags.includes('time-passed') && s.toISODate() !== now.toISODate()) errors.push(`${where}: time-only start not today and no time-passed tag`);
  if (tags.includes('time-passed') && s.toISODate() === now.toISODate()) errors.push(`${where}: time-passed but start today`);
  if (x.rec) { // first occurrence: day-by-day search from the reference day
    const r = x.rec;
    if (!allDay === false && matchesRule(r, now.startOf('day'))) errors.push(`${where}: all-day rule matches the reference day`);
    let first = null;
    for (let d = now.startOf('day'); d < now.plus({ days: 400 }); d = d.plus({ days: 1 })) {
      if (!matchesRule(r, d)) continue;
      const inst = allDay ? d : d.set({ hour: s.hour, minute: s.minute });
      if (allDay ? d > now.startOf('day') : inst > now) { first = inst; break; }
    }
    if (!first || +first !== +s) errors.push(`${where}: first occurrence by search ${first && iso(first)} != table ${iso(s)}`);
  }
  return {
    id, text, timezone: zone, now: now.toUTC().toISO({ suppressMilliseconds: true }), allowPast,
    expect: { start: iso(s), end: e ? iso(e) : null, allDay, recurrence: x.rec ?? null },
    tags, source,
    ...(opts.note ? { note: opts.note } : {}),
  };
});

const excluded = EXCLUDED.map(([text, key, source]) => {
  if (!REASONS[key]) errors.push(`unknown reason ${key}`);
  return { text, reason: REASONS[key], key, source };
});
const ids = new Set();
for (const c of cases) { const k = `${c.text}|${c.now}|${c.timezone}`; if (ids.has(k)) errors.push(`duplicate ${k}`); ids.add(k); }
if (errors.length) { console.error(errors.join('\n')); process.exit(1); }

// jsonl keeps the scorer's fields; notes go only to notes4.json
const line = ({ note, ...c }) => JSON.stringify(c);
const out = {
  'corpus4-en.jsonl': cases.map(line).join('\n') + '\n',
  'excluded4.jsonl': excluded.map((x) => JSON.stringify(x)).join('\n') + '\n',
  'notes4.json': JSON.stringify(Object.fromEntries(cases.filter((c) => c.note).map((c) => [c.id, `${c.text}: ${c.note}`])), null, 1) + '\n',
};
if (process.argv.includes('--check')) {
  let bad = 0;
  for (const [f, txt] of Object.entries(out)) { if (!fs.existsSync(path.join(here, f)) || fs.readFileSync(path.join(here, f), 'utf8') !== txt) { console.error(`${f} differs`); bad++; } }
  console.log(bad ? 'check: FAILED' : `check: ok (${cases.length} cases, ${excluded.length} excluded)`);
  process.exitCode = bad ? 1 : 0;
} else {
  for (const [f, txt] of Object.entries(out)) fs.writeFileSync(path.join(here, f), txt);
  const byCat = {}; for (const c of cases) byCat[c.tags[0]] = (byCat[c.tags[0]] ?? 0) + 1;
  const byReason = {}; for (const x of excluded) byReason[x.key] = (byReason[x.key] ?? 0) + 1;
  console.log(`${cases.length} cases`, byCat);
  console.log(`${excluded.length} excluded`, byReason);
  console.log('sources:', new Set(cases.map((c) => c.source)).size, 'threads; zones:', [...new Set(cases.map((c) => c.timezone))].join(' '));
}
