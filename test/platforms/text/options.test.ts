import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '../../../src/core/event-schema.ts';
import { OPTION_WORDS, parseOptions, readOptions, splitOptions, type OptionContext } from '../../../src/platforms/text/options.ts';

const ctx: OptionContext = {
  reader: { timezone: 'Europe/Berlin', locale: 'en-GB' },
  now: new Date('2026-11-21T15:00:00Z'),
  mentions: { plainNames: false },
  anchor: { start: new Date('2026-11-27T19:00:00Z'), timezone: 'Europe/Berlin' },
};

/** Words that are never option words: a title, a time, a place. */
const plainWord = fc
  .stringMatching(/^[A-Za-z0-9:.-]{1,10}$/)
  .filter((w) => !OPTION_WORDS.includes(w.toLowerCase()));

const userId = fc.stringMatching(/^U[A-Z0-9]{4,8}$/);
const roleId = fc.stringMatching(/^S[A-Z0-9]{4,8}$/);

/** Options as a person types them (Slack's escaped mentions), with what they should mean. */
const typedOptions = fc.record(
  {
    capacity: fc.integer({ min: 1, max: 500 }),
    kind: fc.constantFrom(...EVENT_KINDS),
    invite: fc.record({ users: fc.uniqueArray(userId, { minLength: 1, maxLength: 4 }), roles: fc.uniqueArray(roleId, { maxLength: 2 }) }),
    cohosts: fc.uniqueArray(userId, { minLength: 1, maxLength: 3 }),
    approval: fc.boolean(),
    audience: fc.constantFrom('channel', 'dm', 'both'),
    offers: fc.boolean(),
    window: fc.constantFrom(['2h', 'PT2H'], ['30m', 'PT30M'], ['90m', 'PT1H30M'], ['1d', 'P1D'], ['pt45m', 'PT45M']),
  },
  { requiredKeys: [] },
);

type Typed = typeof typedOptions extends fc.Arbitrary<infer T> ? T : never;

function typed(o: Typed): string[] {
  const parts: string[] = [];
  if (o.capacity !== undefined) parts.push(`capacity ${o.capacity}`);
  if (o.kind !== undefined) parts.push(`kind ${o.kind}`);
  if (o.invite !== undefined) parts.push(`invite ${[...o.invite.users.map((u) => `<@${u}|n>`), ...o.invite.roles.map((r) => `<!subteam^${r}|@team>`)].join(' ')}`);
  if (o.cohosts !== undefined) parts.push(`cohost ${o.cohosts.map((u) => `<@${u}>`).join(' ')}`);
  if (o.approval !== undefined) parts.push(o.approval ? 'approval' : 'approval off');
  if (o.audience !== undefined) parts.push(`remind-by ${o.audience}`);
  if (o.offers !== undefined) parts.push(o.offers ? 'offers' : 'no-offers');
  if (o.window !== undefined) parts.push(`offer-window ${o.window[0]}`);
  return parts;
}

describe('event options in text', () => {
  it('the options after any title and time are found whole, in any order, and mean what was typed', () => {
    fc.assert(
      fc.property(fc.array(plainWord, { minLength: 1, maxLength: 6 }), typedOptions, fc.integer({ min: 0, max: 5 }), (head, o, rotate) => {
        const parts = typed(o);
        const order = [...parts.slice(rotate % (parts.length || 1)), ...parts.slice(0, rotate % (parts.length || 1))];
        const line = [...head, ...order].join(' ');
        const split = splitOptions(line);
        expect(split.head).toBe(head.join(' '));
        const read = readOptions(split.options, ctx);
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        const f = read.fields;
        expect(f.capacity).toBe(o.capacity);
        expect(f.kind).toBe(o.kind);
        expect(f.invitees).toEqual(o.invite);
        expect(f.visibility).toBe(o.invite ? 'invite_only' : undefined);
        expect(f.coHostIds).toEqual(o.cohosts);
        expect(f.approvalRequired).toBe(o.approval);
        expect(f.reminderAudience).toBe(o.audience);
        expect(f.offerWindow).toBe(o.window?.[1]);
        // A window alone turns offers on; said outright, offers are what was said.
        expect(f.waitlistOffers).toBe(o.offers ?? (o.window ? true : undefined));
      }),
    );
  });

  it('any line splits into a head that is its beginning and options that read back, never throwing', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(plainWord, fc.constantFrom(...OPTION_WORDS), fc.constantFrom('6', 'none', 'on', '<@U1>', '@ann', 'weekly')), { minLength: 1, maxLength: 10 }), (words) => {
        const line = words.join(' ');
        const { head, options } = splitOptions(line);
        expect(line.startsWith(head)).toBe(true);
        expect(head.length).toBeGreaterThan(0);
        const rest = line.slice(head.length).trim();
        if (rest) expect(parseOptions(rest)).toEqual(options);
        const r = readOptions(options, ctx);
        if (!r.ok) expect(r.message).toMatch(/\S/);
      }),
    );
  });

  it('reads times, repeats, reminders and channels; clears with none', () => {
    const r = readOptions(parseOptions('deadline thursday 6pm announce monday 9am repeat weekly reminders 1h, 1d channel <#C42|events>')!, ctx);
    expect(r).toEqual({
      ok: true,
      fields: {
        rsvpDeadline: '2026-11-26T17:00:00.000Z',
        publishAt: '2026-11-23T08:00:00.000Z',
        recurrence: { freq: 'WEEKLY', interval: 1, byday: ['FR'] },
        reminderOffsets: ['PT1H', 'P1D'],
        channelId: 'C42',
      },
    });
    expect(readOptions(parseOptions('deadline none repeat none invite none capacity none')!, ctx)).toEqual({
      ok: true,
      fields: { rsvpDeadline: null, recurrence: null, invitees: { users: [], roles: [] }, visibility: 'public', capacity: null },
    });
  });

  it('says what is wrong, in words a person can act on', () => {
    const bad = (text: string, style = ctx.mentions) => {
      const r = readOptions(parseOptions(text)!, { ...ctx, mentions: style });
      return r.ok ? null : r.message;
    };
    expect(bad('invite @ann')).toMatch(/couldn't read "@ann" as a person or role to invite\. Mention people with @/);
    expect(bad('cohost <@&12>')).toMatch(/couldn't read "<@&12>" as a co-host/);
    expect(bad('deadline someday maybe')).toMatch(/couldn't read the RSVP deadline "someday maybe"/);
    expect(bad('reminders soonish')).toMatch(/couldn't read "soonish" as a reminder/);
    expect(bad('capacity 0')).toMatch(/Capacity is a whole number/);
    expect(bad('offer-window 2min')).toMatch(/offer window is a length from 5 minutes to 7 days, like offer-window 2h/);
    expect(bad('offer-window soon')).toMatch(/not "soon"/);
    expect(bad('invite @ann @&mods', { plainNames: true })).toBeNull();
    expect(readOptions(parseOptions('invite @ann @&mods')!, { ...ctx, mentions: { plainNames: true } })).toMatchObject({
      ok: true,
      fields: { invitees: { users: ['ann'], roles: ['mods'] }, visibility: 'invite_only' },
    });
  });
});
