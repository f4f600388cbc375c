import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEventText, takeRef } from '../../../src/platforms/text/grammar.ts';
import { parseDuration, parseOffsetList } from '../../../src/platforms/text/offsets.ts';

describe('the /event text grammar', () => {
  it.each([
    ['', { kind: 'help' }],
    ['help', { kind: 'help' }],
    ['/event create Game night friday 8pm', { kind: 'create', text: 'Game night friday 8pm', options: {} }],
    ['Game night friday 8-10pm at the pub', { kind: 'create', text: 'Game night friday 8-10pm at the pub', options: {} }],
    [
      'create Game night friday 8pm capacity 6 invite @alice @bob approval cohost @carol kind workshop',
      { kind: 'create', text: 'Game night friday 8pm', options: { capacity: '6', invite: '@alice @bob', approval: 'on', cohosts: '@carol', kind: 'workshop' } },
    ],
    ['Capacity planning monday 10am kind meeting', { kind: 'create', text: 'Capacity planning monday 10am', options: { kind: 'meeting' } }],
    ['Kind words club friday 8pm', { kind: 'create', text: 'Kind words club friday 8pm', options: {} }],
    ['Talk about approval friday 3pm', { kind: 'create', text: 'Talk about approval friday 3pm', options: {} }],
    ['list', { kind: 'list', scope: 'workspace', past: false, page: 1 }],
    ['list mine past', { kind: 'list', scope: 'mine', past: true, page: 1 }],
    ['list channel', { kind: 'list', scope: 'channel', past: false, page: 1 }],
    ['list page 2', { kind: 'list', scope: 'workspace', past: false, page: 2 }],
    ['list more', { kind: 'list', scope: 'workspace', past: false, page: 'next' }],
    [
      'list from dec 1 to dec 31 kind workshop',
      { kind: 'list', scope: 'workspace', past: false, page: 1, from: 'dec 1', to: 'dec 31', ofKind: 'workshop' },
    ],
    ['list mine until friday page 3', { kind: 'list', scope: 'mine', past: false, page: 3, to: 'friday' }],
    ['show Game night', { kind: 'show', ref: 'Game night' }],
    ['cancel "Game night" the venue flooded', { kind: 'cancel', ref: 'Game night', reason: 'the venue flooded' }],
    ['cancel k3j4m5n6 rain', { kind: 'cancel', ref: 'k3j4m5n6', reason: 'rain' }],
    ['cancel Game night', { kind: 'cancel', ref: 'Game night', reason: null }],
    ['delete k3j4m5n6', { kind: 'delete', ref: 'k3j4m5n6' }],
    ['rsvp going Game night', { kind: 'rsvp', ref: 'Game night', status: 'going' }],
    ['rsvp no k3j4m5n6', { kind: 'rsvp', ref: 'k3j4m5n6', status: 'declined' }],
    ['maybe Game night', { kind: 'rsvp', ref: 'Game night', status: 'maybe' }],
    ['rsvp going "game night" every time', { kind: 'standing', ref: 'game night', status: 'going' }],
    ['rsvp maybe k3j4m5n6 all', { kind: 'standing', ref: 'k3j4m5n6', status: 'maybe' }],
    ['going Game night every time', { kind: 'standing', ref: 'Game night', status: 'going' }],
    ['no "Game night" always', { kind: 'standing', ref: 'Game night', status: 'declined' }],
    ['rsvp clear Game night every time', { kind: 'standing', ref: 'Game night', status: 'none' }],
    ['rsvp going All hands', { kind: 'rsvp', ref: 'All hands', status: 'going' }],
    ['approve k3j4m5n6 <@123>', { kind: 'decide', ref: 'k3j4m5n6', userId: '123', approve: true }],
    ['edit "Game night" time saturday 9pm', { kind: 'edit', ref: 'Game night', field: 'when', value: 'saturday 9pm' }],
    ['edit k3j4m5n6 capacity 12', { kind: 'edit', ref: 'k3j4m5n6', options: { capacity: '12' } }],
    ['edit Game night invite <@1> <@&2> approval off', { kind: 'edit', ref: 'Game night', options: { invite: '<@1> <@&2>', approval: 'off' } }],
    ['edit Game night deadline none public', { kind: 'edit', ref: 'Game night', options: { deadline: 'none', visibility: 'public' } }],
    ['edit Game night when saturday 9pm', { kind: 'edit', ref: 'Game night', field: 'when', value: 'saturday 9pm' }],
    ['edit Time travel talk reminders now, 1h', { kind: 'edit', ref: 'Time travel talk', options: { reminders: 'now, 1h' } }],
    ['rsvp going deadline test', { kind: 'rsvp', ref: 'deadline test', status: 'going' }],
    ['rsvp going announce test', { kind: 'rsvp', ref: 'announce test', status: 'going' }],
    ['edit deadline test deadline none', { kind: 'edit', ref: 'deadline test', options: { deadline: 'none' } }],
    ['approve review dana', { kind: 'decide', ref: 'review', userId: 'dana', approve: true }],
    ['approve code review @dana', { kind: 'decide', ref: 'code review', userId: 'dana', approve: true }],
    ['deny "review" erin', { kind: 'decide', ref: 'review', userId: 'erin', approve: false }],
    ['create Cap friday 8pm capacity -5', { kind: 'create', text: 'Cap friday 8pm', options: { capacity: '-5' } }],
    ['create Kind friday 8pm capacity 6 kind party', { kind: 'create', text: 'Kind friday 8pm', options: { capacity: '6', kind: 'party' } }],
    ['create Raid5 friday 9pm cohost you', { kind: 'create', text: 'Raid5 friday 9pm', options: { cohosts: 'you' } }],
    ['create Team capacity planning friday 3pm', { kind: 'create', text: 'Team capacity planning friday 3pm', options: {} }],
    ['create "Capacity 5 kind party" friday 3pm', { kind: 'create', text: '"Capacity 5 kind party" friday 3pm', options: {} }],
    ['create Party invite friday 8pm', { kind: 'create', text: 'Party invite friday 8pm', options: {} }],
    ['Quick chat 10 min tomorrow', { kind: 'create', text: 'Quick chat 10 min tomorrow', options: {} }],
    ['Quick chat tomorrow 9am min 2.5', { kind: 'create', text: 'Quick chat tomorrow 9am', options: { min: '2.5' } }],
    ['settings', { kind: 'settings', setting: 'show' }],
    ['settings tz Europe/Berlin', { kind: 'settings', setting: 'tz', value: 'Europe/Berlin' }],
    ['settings dm off', { kind: 'settings', setting: 'dm', value: 'off' }],
  ])('%j', (input, expected) => {
    expect(parseEventText(input)).toEqual(expected);
  });

  it.each(['list page 0', 'list page', 'list kind party', 'list from', 'list from dec 1 to']) ('a list it cannot read says how: %j', (input) => {
    const r = parseEventText(input);
    expect(r).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/Try: list/) });
  });

  it.each(['rsvp going', 'rsvp perhaps Game night', 'rsvp clear Game night', 'rsvp going "Game night" dec 11 every time', 'show', 'cancel', 'edit Game night', 'list sideways', 'settings colour blue'])(
    'explains what to type for %j',
    (input) => {
      const r = parseEventText(input);
      expect(r.kind).toBe('invalid');
      if (r.kind === 'invalid') expect(r.message).toMatch(/Try|Say/);
    },
  );

  it('the answer may come last, as people say it: "rsvp <event> going" reads as "rsvp going <event>"', () => {
    const answers = ['going', 'yes', 'maybe', 'no', 'declined', 'decline', 'cant'];
    const reserved = new Set([...answers, "can't", 'notgoing', 'clear', 'stop', 'none', 'withdraw', 'unset', 'every', 'time', 'each', 'one', 'all', 'always']);
    const word = fc.stringMatching(/^[a-z]{2,9}$/).filter((w) => !reserved.has(w));
    const name = fc.oneof(fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' ')), word.map((w) => `"${w} night"`));
    fc.assert(
      fc.property(name, fc.constantFrom(...answers), fc.boolean(), (event, answer, shout) => {
        const a = shout ? answer.toUpperCase() : answer;
        expect(parseEventText(`rsvp ${event} ${a}`)).toEqual(parseEventText(`rsvp ${a} ${event}`));
        expect(parseEventText(`rsvp ${event} ${a}`).kind).toBe('rsvp');
      }),
    );
    // The answer first wins: an event named after an answer is reached that way.
    expect(parseEventText('rsvp maybe going')).toEqual({ kind: 'rsvp', ref: 'going', status: 'maybe' });
  });

  it('takes a quoted name or an id off the front', () => {
    expect(takeRef('“Board games” bring snacks')).toEqual({ ref: 'Board games', rest: 'bring snacks' });
    expect(takeRef('#abcd2345')).toEqual({ ref: 'abcd2345', rest: '' });
    // Ids have no 0, 1, l or o: these words are names.
    expect(takeRef('deadline test')).toEqual({ ref: 'deadline test', rest: '' });
    expect(takeRef('announce test')).toEqual({ ref: 'announce test', rest: '' });
    // Names first: an 8-letter word with no digit is a name ("capacity", "birthday"); # marks an id.
    expect(takeRef('capacity planning')).toEqual({ ref: 'capacity planning', rest: '' });
    expect(takeRef('birthday party dec 11')).toEqual({ ref: 'birthday party dec 11', rest: '' });
    expect(takeRef('#abcdefgh rain')).toEqual({ ref: 'abcdefgh', rest: 'rain' });
  });
});

describe('reminder offsets in words', () => {
  it.each([
    ['15m, 1d', ['PT15M', 'P1D']],
    ['1 hour and 1 week', ['PT1H', 'P1W']],
    ['an hour before', ['PT1H']],
    ['now', ['PT0M']],
    ['PT30M, p2d', ['PT30M', 'P2D']],
    ['90 min', ['PT90M']],
  ])('%s', (text, expected) => {
    expect(parseOffsetList(text)).toEqual({ ok: true, offsets: expected });
  });

  it('names the piece it could not read', () => {
    expect(parseOffsetList('15m, soonish')).toMatchObject({ ok: false, bad: 'soonish', message: `I couldn't read "soonish" as a reminder` });
    expect(parseOffsetList('1 year')).toMatchObject({ ok: false, bad: '1 year' });
  });

  it('a length in several units is one reminder: "2m 31s", "1 hour 30 minutes"', () => {
    expect(parseOffsetList('2m 31s')).toEqual({ ok: true, offsets: ['PT2M31S'] });
    expect(parseOffsetList('1 hour 30 minutes, 1d')).toEqual({ ok: true, offsets: ['PT1H30M', 'P1D'] });
  });

  it('a reminder further ahead than 60 days says the limit, not "couldn\'t read"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 5000 }), fc.constantFrom('d', ' days', 'D'), (n, unit) => {
        const r = parseOffsetList(`1h, ${n}${unit}`);
        expect(r).toMatchObject({ ok: false, bad: `${n}${unit}`, message: expect.stringContaining('at most 60 days') });
      }),
    );
    expect(parseOffsetList('60d')).toEqual({ ok: true, offsets: ['P60D'] });
    expect(parseOffsetList('P61D')).toMatchObject({ ok: false, message: expect.stringContaining('at most 60 days') });
  });
});

describe('durations in words', () => {
  it.each([
    ['2h', 7_200_000],
    ['90m', 5_400_000],
    ['1h30m', 5_400_000],
    ['1.5 hours', 5_400_000],
    ['2 hours 15 minutes', 8_100_000],
    ['an hour and a half', null],
    ['half an hour', 1_800_000],
    ['3 days', 259_200_000],
    ['PT45M', 2_700_000],
    ['0m', null],
    ['soon', null],
    ['2 parsecs', null],
  ])('%s', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it('"none" means no reminders', () => {
    expect(parseOffsetList('none')).toEqual({ ok: true, offsets: [] });
    expect(parseOffsetList('Off')).toEqual({ ok: true, offsets: [] });
  });
});
