#!/usr/bin/env node
// Builds duckling-en.jsonl and excluded.jsonl from a hand transcription of Facebook Duckling's
// English time corpus: facebook/duckling, Duckling/Time/EN/Corpus.hs at commit
// 2867ea9e81c77400bbe0fbe525dc215fcfe5f4ed (BSD-3-Clause, (c) Facebook, Inc.).
// Only the example data (phrases + expected values) is used; no Duckling code.
//
//   node build.mjs            writes duckling-en.jsonl, excluded.jsonl, prints counts
//
// Duckling reference time (testContext): 2013-02-12 04:30:00 at UTC-2 (a Tuesday).
// Cases use timezone "Etc/GMT+2" (IANA name for fixed UTC-2), now = 2013-02-12T06:30:00.000Z,
// except relative-date cases ("in 7 days"), which use the same wall-clock reference in "UTC"
// (see README: the scorer's relative-date alternative assumes a UTC day).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const Z = 'Etc/GMT+2';
const REF = [2013, 2, 12, 4, 30];

// ---- value constructors (Duckling wall-clock values, UTC-2) ----
const day = (y, m, d) => ({ kind: 'day', s: [y, m, d] });
const at = (y, m, d, h, mi = 0) => ({ kind: 'at', s: [y, m, d, h, mi] });
// all-day range; e = last day INCLUSIVE (Duckling's exclusive end minus one day)
const days = (s, e) => ({ kind: 'days', s, e });
// timed range; e = the stated end clock time (Duckling's end is exclusive: +1 minute / +1 hour grain)
const span = (s, e) => ({ kind: 'span', s, e });
// relative day offset ("in 7 days"): all-day date; scorer also accepts now + offset (timed)
const rel = (y, m, d) => ({ kind: 'rel', s: [y, m, d] });

// ---- exclusion reasons ----
const REASONS = {
  grain: 'coarser than a day: month, year, week, weekend, quarter, season, part of a month/year/week (early/mid/late/beginning/end of)',
  open: 'open interval, deadline or rolling window: before/after/since/until/through/by/within, last/next N units, rest of the week, "later than X but before Y"',
  holiday: 'holiday or religious/cultural observance (incl. dates computed from one)',
  seconds: 'seconds precision, or "now" (second grain)',
  daypart: 'daypart without a clock time ("tonight", "tomorrow afternoon", "after lunch")',
  'ambig-hour': 'am/pm ambiguous bare clock time: the 24-hour reading and the next-occurrence 12-hour reading differ ("3:30", "at 3 15", "9 tomorrow"), or a bare number',
  convention: 'answer depends on a convention that cannot be settled ("this monday" / "next wednesday" on a Tuesday, "tuesday" said on a Tuesday, week-start for "sunday of last week", weekday picking the year, 2-digit year 74, Duckling\'s 01:00 for "1-2:30 ish")',
  zone: 'time zone abbreviation that is ambiguous or wrong for the date (CST, IST, BST in February)',
  vague: 'vague quantity or idiom: a couple / a pair / a few, "in a minute"',
  spec: 'Duckling value is a grain artefact that no event reading gives ("in 4 years at 5pm" = 2017-02-01, "at 7 in 3 years", "two years ago" = Feb 2011 month)',
  dup: 'duplicate of an earlier phrase with the same value',
  'not-event': 'not an event time ("at this time")',
};

// ---- helpers for the transcription ----
// B(value, category, flags, phrases, opts) ; phrase = 'text' | ['text', reasonKey] | ['text', {tags:[..]}]
// XB(reasonKey, phrases) : whole example excluded
const blocks = { custom: [], all: [], latent: [], diff: [] };
let cur = 'all';
const B = (value, cat, flags, phrases, opts = {}) => blocks[cur].push({ value, cat, flags, phrases, opts });
const XB = (reason, phrases) => blocks[cur].push({ reason, phrases });
const holidays = (...counts) => { for (const n of counts) XB('holiday', Array.from({ length: n }, (_, i) => `<holiday phrase ${i + 1}>`)); };

// ======================= defaultCorpus custom examples =======================
cur = 'custom';
B(day(2013, 2, 15), 'date', ['numeric-date'], ['2/15', 'on 2/15', '2 / 15', '2-15', ['2 - 15', 'convention']]);
B(day(1974, 10, 31), 'date', ['numeric-date'], ['10/31/1974', ['10/31/74', 'convention'], ['10-31-74', 'convention'], '10.31.1974', '31/Oct/1974', ['31st Oct 1974', { tags: [] }]]);
B(at(2013, 4, 25, 16, 0), 'datetime', ['numeric-date'], ['4/25 at 4:00pm']);
XB('holiday', ['thanksgiving day', 'thanksgiving', 'thanksgiving 2013', 'this thanksgiving', 'next thanksgiving day', 'thanksgiving in 9 months', 'thanksgiving 9 months from now']);
XB('holiday', ['thanksgiving of next year', 'thanksgiving in a year', 'thanksgiving 2014']);
XB('holiday', ['last thanksgiving', 'thanksgiving day 2012', 'thanksgiving 3 months ago', 'thanksgiving 1 year ago']);
XB('holiday', ['thanksgiving 2016', 'thanksgiving in 3 years']);
XB('holiday', ['thanksgiving 2017']);

// ======================= latentCorpus =======================
cur = 'latent';
B(day(2013, 2, 24), 'ordinal-day', ['latent'], ['the 24', 'On 24th']);
B(at(2013, 2, 12, 7, 0), 'clock-time', ['latent'], [['7', 'ambig-hour'], '7a']);
B(at(2013, 2, 12, 19, 0), 'clock-time', ['latent'], ['7p']);
B(at(2013, 2, 12, 10, 30), 'clock-time', ['latent'], [['ten thirty', 'ambig-hour']]);
XB('grain', ['May']);
XB('daypart', ['morning']);
XB('daypart', ['afternoon']);
XB('daypart', ['evening']);
XB('daypart', ['night']);
XB('grain', ['the week']);

// ======================= diffCorpus (reference Fri 2013-02-15 04:30 UTC-2) =======================
cur = 'diff';
B(day(2013, 3, 8), 'weekday', ['spelled-number'], ['3 fridays from now', 'three fridays from now'], { ref: [2013, 2, 15, 4, 30] });

// ======================= allExamples =======================
cur = 'all';
XB('seconds', ['now', 'right now', 'just now']);                                   // 1
B(day(2013, 2, 12), 'relative-day', [], ['today', ['at this time', 'not-event']]); // 2
XB('grain', ['2/2013']);                                                            // 3
XB('grain', ['in 2014']);                                                           // 4
B(day(2013, 2, 11), 'relative-day', [], ['yesterday']);                             // 5
B(day(2013, 2, 13), 'relative-day', [], ['tomorrow', ['tomorrows', { tags: ['typo'] }]]); // 6
B(day(2013, 2, 18), 'weekday', [], ['monday', 'mon.', ['this monday', 'convention'], ['Monday, Feb 18', { tags: ['with-date'] }], ['Mon, February 18', { tags: ['with-date'] }]]); // 7
B(day(2013, 2, 19), 'weekday', [], [['tuesday', 'convention'], ['Tuesday the 19th', { tags: ['weekday+day'] }], ['Tuesday 19th', { tags: ['weekday+day'] }]]); // 8
B(day(2013, 8, 15), 'weekday', ['weekday+day'], ['Thu 15th']);                     // 9
B(day(2013, 2, 14), 'weekday', [], ['thursday', 'thu', 'thu.']);                    // 10
B(day(2013, 2, 15), 'weekday', [], ['friday', 'fri', 'fri.']);                      // 11
B(day(2013, 2, 16), 'weekday', [], ['saturday', 'sat', 'sat.']);                    // 12
B(day(2013, 2, 17), 'weekday', [], ['sunday', 'sun', 'sun.']);                      // 13
B(day(2013, 3, 1), 'date', [], ['the 1st of march', 'first of march', 'march first']); // 14
B(day(2013, 3, 3), 'date', [], ['march 3']);                                        // 15
XB('holiday', ['the ides of march']);                                               // 16
B(day(2015, 3, 3), 'date', ['with-year'], ['march 3 2015', 'march 3rd 2015', ['march third 2015', { tags: ['spelled-number'] }], ['3/3/2015', { tags: ['numeric-date'] }], ['3/3/15', { tags: ['numeric-date'] }], ['2015-3-3', { tags: ['numeric-date'] }], ['2015-03-03', { tags: ['numeric-date'] }]]); // 17
B(day(2013, 2, 15), 'date', [], [['on the 15th', { cat: 'ordinal-day' }], 'the 15th of february', '15 of february', 'february the 15th', 'february 15', '15th february', 'February 15']); // 18
B(day(2013, 8, 8), 'date', [], ['Aug 8']);                                          // 19
XB('grain', ['March in 1 year', 'March in a year']);                                // 20
B(day(2014, 7, 18), 'date', [], [['Fri, Jul 18', 'convention'], ['Jul 18, Fri', 'convention']]); // 21
XB('grain', ['October 2014', '2014-10', '2014/10']);                                // 22
B(day(2015, 4, 14), 'date', ['with-year'], ['14april 2015', 'April 14, 2015', ['14th April 15', { tags: ['two-digit-year'] }]]); // 23
B(day(2013, 2, 19), 'weekday', ['next-weekday'], ['next tuesday', ['around next tuesday', { tags: ['approx'] }]]); // 24
B(day(2013, 2, 22), 'weekday', [], ['friday after next']);                          // 25
XB('grain', ['next March']);                                                        // 26
XB('grain', ['March after next']);                                                  // 27
B(day(2013, 2, 10), 'date', ['with-weekday'], ['Sunday, Feb 10']);                  // 28
B(day(2013, 2, 13), 'date', ['with-weekday'], ['Wed, Feb13']);                      // 29
XB('grain', ['this week', 'current week', 'coming week']);                          // 30
XB('grain', ['last week', 'past week', 'previous week']);                           // 31
XB('grain', ['next week', 'the following week', 'around next week']);               // 32
XB('grain', ['last month']);                                                        // 33
XB('grain', ['next month']);                                                        // 34
B(day(2013, 3, 20), 'ordinal-day', [], ['20 of next month', '20th of the next month', '20th day of next month']); // 35
B(day(2013, 2, 20), 'ordinal-day', [], ['20th of the current month', '20 of this month']); // 36
B(day(2013, 1, 20), 'ordinal-day', [], ['20th of the previous month']);             // 37
XB('grain', ['this quarter', 'this qtr']);                                          // 38
XB('grain', ['next quarter', 'next qtr']);                                          // 39
XB('grain', ['third quarter', '3rd quarter', 'third qtr', '3rd qtr', 'the 3rd qtr']); // 40
XB('grain', ['4th quarter 2018', '4th qtr 2018', 'the 4th qtr of 2018', '18q4', '2018Q4']); // 41
XB('grain', ['last year', 'last yr']);                                              // 42
XB('grain', ['this year', 'current year', 'this yr']);                              // 43
XB('grain', ['next year', 'next yr']);                                              // 44
XB('grain', ['in 2014 A.D.', 'in 2014 AD']);                                        // 45
XB('grain', ['in 2014 B.C.', 'in 2014 BC']);                                        // 46
XB('grain', ['in 14 a.d.']);                                                        // 47
B(day(2013, 2, 10), 'weekday', [], ['last sunday', ['sunday from last week', 'convention'], ["last week's sunday", 'convention']]); // 48
B(day(2013, 2, 5), 'weekday', [], ['last tuesday']);                                // 49
B(day(2013, 2, 19), 'weekday', [], [['next tuesday', 'dup']]);                      // 50
B(day(2013, 2, 13), 'weekday', [], [['next wednesday', 'convention']]);             // 51
B(day(2013, 2, 20), 'weekday', [], ['wednesday of next week', 'wednesday next week', 'wednesday after next']); // 52
B(day(2013, 2, 22), 'weekday', [], [['friday after next', 'dup']]);                 // 53
B(day(2013, 2, 11), 'weekday', [], ['monday of this week']);                        // 54
B(day(2013, 2, 12), 'weekday', [], ['tuesday of this week']);                       // 55
B(day(2013, 2, 13), 'weekday', [], ['wednesday of this week']);                     // 56
B(day(2013, 2, 14), 'relative-day', [], ['the day after tomorrow']);                // 57
B(at(2013, 2, 14, 17), 'datetime', [], ['day after tomorrow 5pm']);                 // 58
B(day(2013, 2, 10), 'relative-day', [], ['the day before yesterday']);              // 59
B(at(2013, 2, 10, 8), 'datetime', [], ['day before yesterday 8am']);                // 60
B(day(2013, 3, 25), 'nth-weekday', [], ['last Monday of March']);                   // 61
B(day(2014, 3, 30), 'nth-weekday', [], ['last Sunday of March 2014']);              // 62
B(day(2013, 10, 3), 'nth-weekday', [], ['third day of october']);                   // 63
XB('grain', ['first week of october 2014']);                                        // 64
XB('grain', ['third last week of 2018', 'the third last week of 2018', 'the 3rd last week of 2018']); // 65
XB('grain', ['2nd last week of October 2018', 'the second last week of October 2018']); // 66
B(day(2013, 5, 27), 'nth-weekday', [], ['fifth last day of May', 'the 5th last day of May']); // 67
XB('grain', ['the week of october 6th']);                                           // 68
XB('grain', ['the week of october 7th']);                                           // 69
B(day(2015, 10, 31), 'nth-weekday', [], ['last day of october 2015', 'last day in october 2015']); // 70
XB('grain', ['last week of september 2014']);                                       // 71
B(day(2013, 10, 1), 'nth-weekday', [], ['first tuesday of october', 'first tuesday in october']); // 72
B(day(2014, 9, 16), 'nth-weekday', [], ['third tuesday of september 2014']);        // 73
B(day(2014, 10, 1), 'nth-weekday', [], ['first wednesday of october 2014']);        // 74
B(day(2014, 10, 8), 'nth-weekday', [], ['second wednesday of october 2014']);       // 75
XB('holiday', ['third tuesday after christmas 2014']);                              // 76
B(at(2013, 2, 13, 3), 'clock-time', [], ['at 3am', '3 in the AM', 'at 3 AM', '3 oclock am', ['at three am', { tags: ['spelled-number'] }]]); // 77
B(at(2013, 2, 13, 3, 18), 'clock-time', [], ['3:18am', '3:18a']);                   // 78
XB('spec', ['at 7 in 3 years']);                                                    // 79
B(at(2013, 2, 12, 15), 'clock-time', [], ['at 3pm', '@ 3pm', '3PM', '3pm', '3 oclock pm', "3 o'clock in the afternoon", ['3ish pm', { tags: ['approx'] }], ['3pm approximately', { tags: ['approx'] }], ['at about 3pm', { tags: ['approx'] }], 'at 3p', 'at 3p.']); // 80
B(at(2013, 2, 12, 15, 15), 'clock-time', [], ['at 15 past 3pm', 'a quarter past 3pm', '3:15 in the afternoon', ['15:15', { tags: ['24h'] }], '3:15pm', '3:15PM', '3:15p', ['at 3 15', 'ambig-hour'], '15 minutes past 3pm']); // 81
B(at(2013, 2, 12, 15, 20), 'clock-time', [], ['at 20 past 3pm', '3:20 in the afternoon', '3:20 in afternoon', 'twenty after 3pm', '3:20p', ['at three twenty', 'ambig-hour'], '20 minutes past 3pm']); // 82
B(at(2013, 2, 12, 15, 30), 'clock-time', [], ['at half past three pm', 'half past 3 pm', ['15:30', { tags: ['24h'] }], '3:30pm', '3:30PM', '330 p.m.', '3:30 p m', ['3:30', 'ambig-hour'], ['half three', 'ambig-hour'], '30 minutes past 3 pm']); // 83
B(at(2013, 2, 12, 12, 15), 'clock-time', [], ['at 15 past noon', 'a quarter past noon', '12:15 in the afternoon', ['12:15', { tags: ['bare-clock'] }], '12:15pm', '12:15PM', '12:15p', ['at 12 15', 'ambig-hour'], '15 minutes past noon']); // 84
B(at(2013, 2, 12, 9, 59), 'clock-time', ['spelled-number'], ['nine fifty nine a m']); // 85
XB('seconds', ['15:23:24']);                                                        // 86
B(at(2013, 2, 12, 11, 45), 'clock-time', [], ['a quarter to noon', '11:45am', '15 to noon']); // 87
B(at(2013, 2, 12, 13, 15), 'clock-time', [], ['a quarter past 1pm', '1:15pm', '15 minutes from 1pm']); // 88
B(at(2013, 2, 12, 14, 15), 'clock-time', [], ['a quarter past 2pm']);               // 89
B(at(2013, 2, 12, 20, 15), 'clock-time', [], ['a quarter past 8pm']);               // 90
B(at(2013, 2, 12, 20), 'datetime', ['daypart'], ['8 tonight', ['eight tonight', { tags: ['spelled-number'] }], '8 this evening', ['at 8 in the evening', { cat: 'clock-time' }], ['in the evening at eight', { cat: 'clock-time', tags: ['spelled-number'] }]]); // 91
B(at(2013, 9, 20, 19, 30), 'datetime', ['with-weekday'], ['at 7:30 PM on Fri, Sep 20']); // 92
B(at(2013, 2, 16, 9), 'datetime', [], ['at 9am on Saturday']);                      // 93
B(at(2013, 2, 16, 9), 'datetime', [], ['on Saturday for 9am']);                     // 94
B(at(2014, 7, 18, 19), 'datetime', ['with-weekday'], ['Fri, Jul 18, 2014 07:00 PM']); // 95
XB('seconds', ['in a sec', 'one second from now', 'in 1"']);                        // 96
B(at(2013, 2, 12, 4, 31), 'relative-time', [], [['in a minute', 'vague'], 'in one minute', "in 1'"]); // 97
B(at(2013, 2, 12, 4, 32), 'relative-time', [], ['in 2 minutes', 'in 2 more minutes', '2 minutes from now', ['in a couple of minutes', 'vague'], ['in a pair of minutes', 'vague']]); // 98
B(at(2013, 2, 12, 4, 33), 'relative-time', [], ['in three minutes', ['in a few minutes', 'vague']]); // 99
B(at(2013, 2, 12, 5, 30), 'relative-time', [], ['in 60 minutes']);                  // 100
B(at(2013, 2, 12, 4, 45), 'relative-time', [], ['in a quarter of an hour', 'in 1/4h', 'in 1/4 h', 'in 1/4 hour']); // 101
B(at(2013, 2, 12, 5, 0), 'relative-time', [], ['in half an hour', 'in 1/2h', 'in 1/2 h', 'in 1/2 hour']); // 102
B(at(2013, 2, 12, 5, 15), 'relative-time', [], ['in three-quarters of an hour', 'in 3/4h', 'in 3/4 h', 'in 3/4 hour']); // 103
B(at(2013, 2, 12, 7, 0), 'relative-time', [], ['in 2.5 hours', 'in 2 and an half hours']); // 104
B(at(2013, 2, 12, 5, 30), 'relative-time', [], ['in one hour', 'in 1h']);           // 105
XB('vague', ['in a couple hours', 'in a couple of hours']);                         // 106
XB('vague', ['in a few hours', 'in few hours']);                                    // 107
B(at(2013, 2, 13, 4, 30), 'relative-time', [], ['in 24 hours']);                    // 108
B(rel(2013, 2, 13), 'relative-day', [], ['in a day', 'a day from now']);            // 109
B(at(2013, 2, 13, 4, 30), 'relative-time', [], ['a day from right now']);           // 110
B(rel(2016, 2, 12), 'relative-day', [], ['3 years from today']);                    // 111
B(day(2013, 3, 1), 'weekday', [], ['3 fridays from now', ['three fridays from now', { tags: ['spelled-number'] }]]); // 112
B(day(2013, 2, 24), 'weekday', [], ['2 sundays from now', ['two sundays from now', { tags: ['spelled-number'] }]]); // 113
B(day(2013, 3, 12), 'weekday', [], ['4 tuesdays from now', ['four tuesdays from now', { tags: ['spelled-number'] }]]); // 114
B(rel(2013, 2, 19), 'relative-day', [], ['in 7 days']);                             // 115
B(at(2013, 2, 19, 17), 'datetime', ['relative'], ['in 7 days at 5pm']);             // 116
XB('spec', ['in 4 years at 5pm']);                                                  // 117
B(rel(2013, 2, 19), 'relative-day', [], ['in 1 week', 'in a week']);                // 118
B(at(2013, 2, 12, 5, 0), 'relative-time', ['approx'], ['in about half an hour']);  // 119
B(rel(2013, 2, 5), 'relative-day', [], ['7 days ago']);                             // 120
B(rel(2013, 1, 29), 'relative-day', [], ['14 days Ago', 'a fortnight ago']);        // 121
B(rel(2013, 2, 5), 'relative-day', [], ['a week ago', 'one week ago', '1 week ago']); // 122
B(day(2013, 1, 31), 'weekday', [], ['2 thursdays back', '2 thursdays ago']);        // 123
B(rel(2013, 1, 22), 'relative-day', [], ['three weeks ago']);                       // 124
B(rel(2012, 11, 12), 'relative-day', [], ['three months ago']);                     // 125
XB('spec', ['two years ago']);                                                      // 126
B(rel(2013, 2, 19), 'relative-day', [], ['7 days hence']);                          // 127
B(rel(2013, 2, 26), 'relative-day', [], ['14 days hence', 'a fortnight hence']);    // 128
B(rel(2013, 2, 19), 'relative-day', [], ['a week hence', 'one week hence', '1 week hence']); // 129
B(rel(2013, 3, 5), 'relative-day', [], ['three weeks hence']);                      // 130
B(rel(2013, 5, 12), 'relative-day', [], ['three months hence']);                    // 131
XB('spec', ['two years hence']);                                                    // 132
XB('holiday', ['one year After christmas', 'a year from Christmas']);              // 133
B(days([2013, 12, 18], [2013, 12, 27]), 'date-range', ['duration-defined'], ['for 10 days from 18th Dec', 'from 18th Dec for 10 days', '18th Dec for 10 days']); // 134
B(span([2013, 2, 12, 16, 0], [2013, 2, 12, 16, 30]), 'time-range', ['duration-defined'], ["for 30' starting from 4pm", 'from 4pm for thirty minutes', '4pm for 30 mins']); // 135
XB('grain', ['this Summer', 'current summer']);                                     // 136
XB('grain', ['this winter']);                                                       // 137
XB('grain', ['this season', 'current seasons']);                                    // 138
XB('grain', ['last season', 'past seasons', 'previous seasons']);                   // 139
XB('grain', ['next season']);                                                       // 140
XB('daypart', ['last night', 'yesterday evening']);                                 // 141
XB('daypart', ['late last night']);                                                 // 142
XB('holiday', ['xmas', 'christmas', 'christmas day']);                              // 143
XB('holiday', ['xmas at 6 pm']);                                                    // 144
XB('holiday', ['morning of xmas', 'morning of christmas 2013', 'morning of this christmas day']); // 145
XB('holiday', ["new year's eve", 'new years eve']);                                 // 146
XB('holiday', ["new year's day", 'new years day']);                                 // 147
XB('holiday', ["valentine's day", 'valentine day']);                                // 148
B(day(2013, 7, 4), 'date', [], ['4th of July', '4 of july']);                       // 149
holidays(3, 3, 1, 4, 1, 1, 5, 2, 3, 1, 2, 1, 1, 2, 1, 3, 2, 2, 2, 1, 2, 2, 1, 1, 2, 1); // 150-175: halloween .. lazarus saturday
XB('holiday', ['great fast 2018']);                                                 // 176
XB('daypart', ['this evening', 'today evening', 'tonight']);                        // 177
XB('grain', ['this past weekend']);                                                 // 178
XB('daypart', ['tomorrow evening']);                                                // 179
XB('daypart', ['tomorrow lunch', 'tomorrow at lunch']);                             // 180
XB('daypart', ['yesterday evening']);                                               // 181
XB('grain', ['this week-end']);                                                     // 182
XB('daypart', ['monday mOrnIng']);                                                  // 183
XB('daypart', ['monday early in the morning', 'monday early morning', 'monday in the early hours of the morning']); // 184
XB('daypart', ['late tonight', 'late tonite']);                                     // 185
XB('daypart', ['february the 15th in the morning', '15 of february in the morning', 'morning of the 15th of february']); // 186
XB('open', ['last 2 seconds', 'last two seconds']);                                 // 187
XB('open', ['next 3 seconds', 'next three seconds']);                               // 188
XB('open', ['last 2 minutes', 'last two minutes']);                                 // 189
XB('open', ['next 3 minutes', 'next three minutes']);                               // 190
XB('open', ['last 1 hour', 'last one hour']);                                       // 191
XB('open', ['next 3 hours', 'next three hours']);                                   // 192
XB('open', ['last 2 days', 'last two days', 'past 2 days']);                        // 193
XB('open', ['next 3 days', 'next three days']);                                     // 194
XB('open', ['next few days']);                                                      // 195
XB('open', ['last 2 weeks', 'last two weeks', 'past 2 weeks']);                     // 196
XB('open', ['next 3 weeks', 'next three weeks']);                                   // 197
XB('open', ['last 2 months', 'last two months']);                                   // 198
XB('open', ['next 3 months', 'next three months']);                                 // 199
XB('open', ['last 2 years', 'last two years']);                                     // 200
XB('open', ['next 3 years', 'next three years']);                                   // 201
B(days([2013, 7, 13], [2013, 7, 15]), 'date-range', [], ['July 13-15', 'July 13 to 15', 'July 13 thru 15', 'July 13 through 15', 'July 13 - July 15']); // 202
B(days([2013, 7, 13], [2013, 7, 15]), 'date-range', [], ['from July 13-15', 'from 13 to 15 July', 'from 13th to 15th July', 'from the 13 to 15 July', 'from the 13th to 15th July', 'from the 13th to the 15th July', 'from the 13 to the 15 July']); // 203
B(days([2013, 7, 13], [2013, 7, 15]), 'date-range', [], ['from 13 to 15 of July', 'from 13th to 15 of July', 'from 13 to 15th of July', 'from 13th to 15th of July', 'from 13 to the 15 of July', 'from 13th to the 15 of July', 'from 13 to the 15th of July', 'from 13th to the 15th of July', 'from the 13 to the 15 of July', 'from the 13th to the 15 of July', 'from the 13 to the 15th of July', 'from the 13th to the 15th of July']); // 204
B(days([2013, 8, 8], [2013, 8, 12]), 'date-range', [], ['Aug 8 - Aug 12']);         // 205
B(span([2013, 2, 12, 9, 30], [2013, 2, 12, 11, 0]), 'time-range', ['bare-clock'], ['9:30 - 11:00']); // 206
XB('zone', ['9:30 - 11:00 CST']);                                                   // 207
B(span([2013, 2, 12, 13, 0], [2013, 2, 12, 16, 0]), 'time-range', ['zone'], ['15:00 GMT - 18:00 GMT']); // 208
XB('seconds', ['2015-03-28 17:00:00/2015-03-29 21:00:00']);                         // 209
B(span([2013, 2, 14, 9, 30], [2013, 2, 14, 11, 0]), 'datetime-range', ['bare-clock'], ['from 9:30 - 11:00 on Thursday', 'between 9:30 and 11:00 on thursday', ...Array(8).fill(['between 9:30 and 11:00 on thursday', 'dup']), '9:30 - 11:00 on Thursday', ...Array(8).fill(['9:30 - 11:00 on Thursday', 'dup']), ['later than 9:30 but before 11:00 on Thursday', 'open'], 'Thursday from 9:30 to 11:00', ['from 9:30 untill 11:00 on thursday', { tags: ['typo'] }], ['Thursday from 9:30 untill 11:00', { tags: ['typo'] }], '9:30 till 11:00 on Thursday']); // 210
B(span([2013, 2, 13, 1, 0], [2013, 2, 13, 2, 30]), 'datetime-range', [], [['tomorrow in between 1-2:30 ish', 'convention']]); // 211
B(span([2013, 2, 12, 15, 0], [2013, 2, 12, 16, 0]), 'time-range', [], ['3-4pm', 'from 3 to 4 in the PM', ['around 3-4pm', { tags: ['approx'] }]]); // 212
B(span([2013, 2, 12, 15, 30], [2013, 2, 12, 18, 0]), 'time-range', [], ['3:30 to 6 PM', '3:30-6 p.m.', '3:30-6:00pm', ['from 3:30 to six p.m.', { tags: ['spelled-number'] }], 'from 3:30 to 6:00pm', ['later than 3:30pm but before 6pm', 'open'], 'between 3:30pm and 6 pm']); // 213
XB('seconds', ['3pm - 6:00:00pm']);                                                 // 214
B(span([2013, 2, 12, 8, 0], [2013, 2, 12, 13, 0]), 'time-range', [], ['8am - 1pm']); // 215
B(span([2013, 2, 14, 9, 0], [2013, 2, 14, 11, 0]), 'datetime-range', [], ['Thursday from 9a to 11a', 'this Thu 9-11am']); // 216
B(span([2013, 2, 12, 11, 30], [2013, 2, 12, 13, 30]), 'time-range', ['bare-clock'], ['11:30-1:30']); // 217
B(at(2013, 9, 21, 13, 30), 'datetime', ['with-weekday'], ['1:30 PM on Sat, Sep 21']); // 218
XB('open', ['Within 2 weeks']);                                                     // 219
XB('open', ['by 2:00pm']);                                                          // 220
XB('open', ['by EOD']);                                                             // 221
XB('open', ['by EOM', 'by the EOM', 'by end of the month', 'by the end of month']); // 222
XB('grain', ['EOM', 'the EOM', 'at the EOM', 'the end of the month', 'end of the month', 'at the end of month']); // 223
XB('grain', ['BOM', 'the BOM', 'at the BOM', 'beginning of the month', 'the beginning of the month', 'at the beginning of month']); // 224
XB('open', ['by the end of next month']);                                           // 225
B(at(2013, 2, 12, 13, 0), 'clock-time', ['zone'], ['4pm CET']);                     // 226
B(at(2013, 2, 14, 6, 0), 'datetime', ['zone'], ['Thursday 8:00 GMT', 'Thursday 8:00 gmt', ['Thu at 8 GMT', 'ambig-hour'], ['Thu at 8 gmt', 'ambig-hour'], ['Thursday 9 am BST', 'zone'], ['Thursday 9 am (BST)', 'zone']]); // 227
B(at(2013, 2, 14, 14, 0), 'datetime', ['zone'], ['Thursday 8:00 PST', 'Thursday 8:00 pst', 'Thu at 8 am PST', 'Thu at 8 am pst', ['Thursday at 9:30pm ist', 'zone']]); // 228
B(at(2013, 2, 12, 14), 'clock-time', [], [['today at 2pm', { cat: 'datetime' }], 'at 2pm']); // 229
B(at(2013, 2, 13, 15), 'datetime', ['time-first'], ['3pm tomorrow']);              // 230
B(at(2013, 2, 12, 5, 30), 'relative-time', [], ['today in one hour']);              // 231
XB('open', ['until 2:00pm', 'through 2:00pm']);                                     // 232
XB('open', ['after 2 pm', 'from 2 pm', 'since 2pm']);                               // 233
XB('open', ['anytime after 2014', 'since 2014']);                                   // 234
XB('open', ['sometimes before 2014', 'through 2014']);                              // 235
XB('open', ['after 5 days']);                                                       // 236
XB('open', ['before 11 am']);                                                       // 237
XB('daypart', ['in the afternoon']);                                                // 238
B(span([2013, 2, 12, 8, 0], [2013, 2, 12, 18, 0]), 'time-range', ['bare-clock'], ['8am until 6']); // 239
B(at(2013, 2, 12, 13, 30), 'clock-time', [], ['at 1:30pm', '1:30pm']);              // 240
B(at(2013, 2, 12, 4, 45), 'relative-time', [], ['in 15 minutes', "in 15'", ['in 15', 'ambig-hour']]); // 241
XB('daypart', ['after lunch']);                                                     // 242
XB('daypart', ['after school']);                                                    // 243
B(at(2013, 2, 12, 10, 30), 'clock-time', ['bare-clock'], ['10:30', ['approximately 1030', { tags: ['approx'] }]]); // 244
XB('daypart', ['this morning']);                                                    // 245
B(day(2013, 2, 18), 'weekday', ['next-weekday'], ['next monday']);                  // 246
B(at(2013, 2, 12, 12), 'clock-time', [], ['at 12pm', 'at noon']);                   // 247
B(at(2013, 2, 13, 0), 'clock-time', [], ['at 12am', 'at midnight']);                // 248
B(at(2013, 2, 13, 9), 'datetime', ['daypart'], ['9 tomorrow morning', ['9 tomorrow', 'ambig-hour']]); // 249
B(at(2013, 2, 13, 21), 'datetime', ['daypart'], ['9 tomorrow evening']);            // 250
XB('grain', ['March', 'in March', 'during March']);                                 // 251
B(at(2013, 2, 13, 17), 'datetime', [], [['tomorrow afternoon at 5', { tags: ['daypart'] }], ['at 5 tomorrow afternoon', { tags: ['daypart', 'time-first'] }], ['at 5pm tomorrow', { tags: ['time-first'] }], 'tomorrow at 5pm']); // 252
XB('daypart', ['tomorrow afternoon', 'tomorrow afternoonish']);                    // 253
B(span([2013, 2, 13, 13, 0], [2013, 2, 13, 14, 0]), 'datetime-range', ['time-first'], ['1pm-2pm tomorrow']); // 254
B(day(2013, 3, 1), 'ordinal-day', [], ['on the first', 'the 1st']);                 // 255
B(at(2013, 2, 12, 10, 30), 'clock-time', [], [['at 1030', { tags: ['bare-clock'] }], ['around 1030', { tags: ['bare-clock', 'approx'] }], ['ten thirty am', { tags: ['spelled-number'] }]]); // 256
B(at(2013, 2, 12, 19, 30), 'clock-time', [], [['at 730 in the evening', { tags: ['daypart'] }], ['seven thirty p.m.', { tags: ['spelled-number'] }]]); // 257
B(at(2013, 2, 13, 1, 50), 'datetime', [], [['tomorrow at 150ish', 'ambig-hour']]);  // 258
B(at(2013, 2, 12, 23), 'datetime', ['daypart'], ['tonight at 11']);                 // 259
B(at(2013, 2, 12, 4, 23), 'clock-time', [], [['at 4:23', 'ambig-hour'], '4:23am', ['four twenty-three a m', { tags: ['spelled-number'] }]]); // 260
XB('grain', ['early March']);                                                       // 261
XB('grain', ['mid March']);                                                         // 262
XB('grain', ['late March']);                                                        // 263
XB('grain', ['last weekend of October', 'last week-end in October', 'last week end of October']); // 264
XB('grain', ['all week']);                                                          // 265
XB('open', ['rest of the week']);                                                   // 266
XB('grain', ['last wkend of July']);                                                // 267
XB('grain', ['last weekend of October 2017']);                                      // 268
B(days([2013, 8, 27], [2013, 8, 29]), 'date-range', [], ['August 27th - 29th', 'from August 27th - 29th']); // 269
B(days([2013, 10, 23], [2013, 10, 26]), 'date-range', [], ['23rd to 26th Oct']);    // 270
B(days([2013, 9, 1], [2013, 9, 8]), 'date-range', [], ['1-8 september']);           // 271
B(days([2013, 9, 12], [2013, 9, 16]), 'date-range', [], ['12 to 16 september']);    // 272
B(days([2013, 8, 19], [2013, 8, 21]), 'date-range', [], ['19th To 21st aug']);      // 273
XB('grain', ['end of April', 'at the end of April']);                               // 274
XB('grain', ['beginning of January', 'at the beginning of January']);               // 275
XB('grain', ['end of 2012', 'at the end of 2012']);                                 // 276
XB('grain', ['beginning of 2017', 'at the beginning of 2017']);                     // 277
XB('grain', ['beginning of year', 'the beginning of the year', 'the BOY', 'BOY']);  // 278
XB('open', ['by EOY', 'by the EOY', 'by end of the year', 'by the end of year']);   // 279
XB('grain', ['EOY', 'the EOY', 'at the EOY', 'the end of the year', 'end of the year', 'at the end of year']); // 280
for (let i = 0; i < 6; i++) XB('grain', Array.from({ length: 6 }, (_, j) => `<beginning/end of this/last/next week phrase ${j + 1}>`)); // 281-286
// 287-...: holidays (chinese new year .. guru ravidass jayanti 2019)
holidays(2, 3, 1, 1, 1, 1, 1, 1, 1, 2, 3, 3, 1, 2, 1, 1, 1, 1, 1, 1, 4, 4, 4, 4, 2, 2, 2, 1, 1, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 2, 3, 1, 3, 1, 2, 2, 1, 1, 2, 1, 1, 2, 2, 4, 3, 2, 3, 2, 3, 2, 2, 2, 4, 1, 1, 1, 1, 4, 4, 4, 3, 3, 3, 3);

// ======================= emit =======================
const iso = (a) => DateTime.fromObject({ year: a[0], month: a[1], day: a[2], hour: a[3] ?? 0, minute: a[4] ?? 0 }, { zone: Z }).toISO();
const isoUTC = (a) => DateTime.fromObject({ year: a[0], month: a[1], day: a[2] }, { zone: 'UTC' }).toISO();
const LIST = { custom: 'defaultCorpus custom', all: 'allExamples', latent: 'latentCorpus', diff: 'diffCorpus' };

const cases = [], excluded = [], seen = new Set();
let n = 0;
for (const list of ['all', 'custom', 'latent', 'diff']) {
  blocks[list].forEach((blk, bi) => {
    const source = `Corpus.hs ${LIST[list]} example ${bi + 1}`;
    if (blk.reason) {
      for (const p of blk.phrases) excluded.push({ text: p, reason: blk.reason, source });
      return;
    }
    for (const item of blk.phrases) {
      const [text, extra] = Array.isArray(item) ? item : [item, null];
      if (typeof extra === 'string') { excluded.push({ text, reason: extra, source }); continue; }
      const ref = blk.opts.ref ?? REF;
      const key = `${text}|${ref.join(',')}`; // exact text (case kept) at the same reference time
      if (seen.has(key)) { excluded.push({ text, reason: 'dup', source }); continue; }
      seen.add(key);
      const v = blk.value;
      const cat = extra?.cat ?? blk.cat;
      const tags = [cat, ...blk.flags, ...(extra?.tags ?? [])];
      let timezone = Z;
      let now = DateTime.fromObject({ year: ref[0], month: ref[1], day: ref[2], hour: ref[3], minute: ref[4] }, { zone: Z });
      let expect;
      if (v.kind === 'day') expect = { start: iso(v.s), end: null, allDay: true, recurrence: null };
      else if (v.kind === 'at') expect = { start: iso(v.s), end: null, allDay: false, recurrence: null };
      else if (v.kind === 'days') expect = { start: iso(v.s), end: iso(v.e), allDay: true, recurrence: null };
      else if (v.kind === 'span') expect = { start: iso(v.s), end: iso(v.e), allDay: false, recurrence: null };
      else if (v.kind === 'rel') {
        timezone = 'UTC';
        now = DateTime.fromObject({ year: ref[0], month: ref[1], day: ref[2], hour: ref[3], minute: ref[4] }, { zone: 'UTC' });
        expect = { start: isoUTC(v.s), end: null, allDay: true, recurrence: null };
        tags.push('relative-date', 'utc-reference');
      }
      const timeOnly = cat === 'clock-time' || cat === 'time-range';
      if (timeOnly) tags.push('time-only');
      const xs = DateTime.fromISO(expect.start);
      const startOfToday = now.startOf('day');
      const past = expect.allDay ? xs < startOfToday : xs < now;
      if (timeOnly && past) tags.push('time-passed');
      else if (past) tags.push('past');
      const allowPast = past && !timeOnly;
      n++;
      cases.push({ id: `duck-${String(n).padStart(3, '0')}`, text, timezone, now: now.toUTC().toISO(), allowPast, expect, tags: [...new Set(tags)], source });
    }
  });
}
fs.writeFileSync(path.join(HERE, 'duckling-en.jsonl'), cases.map((c) => JSON.stringify(c)).join('\n') + '\n');
fs.writeFileSync(path.join(HERE, 'excluded.jsonl'), excluded.map((e) => JSON.stringify({ ...e, why: REASONS[e.reason] })).join('\n') + '\n');
const byReason = {};
for (const e of excluded) byReason[e.reason] = (byReason[e.reason] ?? 0) + 1;
const byCat = {};
for (const c of cases) byCat[c.tags[0]] = (byCat[c.tags[0]] ?? 0) + 1;
console.log(`phrases read: ${cases.length + excluded.length}; kept ${cases.length}; excluded ${excluded.length}`);
console.log('excluded by reason:', JSON.stringify(Object.entries(byReason).sort((a, b) => b[1] - a[1])));
console.log('kept by category:', JSON.stringify(Object.entries(byCat).sort((a, b) => b[1] - a[1])));
