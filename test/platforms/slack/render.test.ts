import { describe, expect, it } from 'vitest';
import type { EventView } from '../../../src/core/view.ts';
import { view as baseView } from '../../support/event-view.ts';
import { decodeRef, encodeRef, keys, overflowValue, parseOverflow } from '../../../src/platforms/slack/ids.ts';
import { slackManifest } from '../../../src/platforms/slack/manifest.ts';
import { readModal } from '../../../src/platforms/slack/modal-values.ts';
import { renderCard } from '../../../src/platforms/slack/render/card.ts';
import { capBlocks, cut, LIMITS } from '../../../src/platforms/slack/render/limits.ts';
import { BLOCK, buildEventModal, FIELD } from '../../../src/platforms/slack/render/modal.ts';
import { slackDate } from '../../../src/platforms/slack/render/time.ts';

const START = Date.parse('2026-11-27T19:00:00Z');

/** The shared render fixture, as a Slack event. */
const view = (extra: Partial<EventView> = {}): EventView =>
  baseView({ id: 'ev000001', platform: 'slack', workspaceId: 'T1', channelId: 'C1', creatorId: 'U1', hostIds: ['U1'], reminderAudience: 'channel', ...extra });

describe('Block Kit limits', () => {
  it('cuts with an ellipsis and never splits a surrogate pair', () => {
    expect(cut('abcdef', 4)).toBe('abc…');
    expect(cut('abc', 4)).toBe('abc');
    expect(cut('ab😀cd', 4)).toBe('ab…');
  });

  it('caps a message at 50 blocks, keeping the action row', () => {
    const blocks = Array.from({ length: 80 }, (_, i) => ({ type: 'section', n: i }));
    const capped = capBlocks([...blocks, { type: 'actions' }], 50, 1);
    expect(capped).toHaveLength(50);
    expect(capped.at(-1)!.type).toBe('actions');
    expect(JSON.stringify(capped.at(-2))).toContain('more not shown');
  });

  it('a card with a huge description stays within section limits', () => {
    const blocks = renderCard(view({ description: 'x'.repeat(10_000), title: 'T'.repeat(400) }));
    for (const b of blocks) {
      if (b.type === 'section') expect(b.text.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
      if (b.type === 'header') expect(b.text.text.length).toBeLessThanOrEqual(LIMITS.header);
    }
    expect(blocks.length).toBeLessThanOrEqual(LIMITS.messageBlocks);
  });
});

describe('the card', () => {
  it('shows localized time, join button for online events, counts and buttons', () => {
    const blocks = renderCard(view({ joinUrl: 'https://meet.example.com/x', location: 'https://meet.example.com/x', capacity: 10, counts: { going: 2, maybe: 1, declined: 0, waitlisted: 0, pending: 0 } as EventView['counts'], attendees: { going: ['U2', 'U3'], maybe: ['U4'], waitlisted: [], pending: [], offered: [] } }));
    const json = JSON.stringify(blocks);
    expect(json).toContain(`<!date^${START / 1000}^{date_short_pretty} {time}|`);
    expect(json).toContain('"url":"https://meet.example.com/x"');
    expect(json).toContain('2/10 going');
    expect(json).toContain('<@U2>, <@U3>');
    expect(json).toContain('calendar.google.com');
  });

  it('a cancelled event has no buttons', () => {
    const blocks = renderCard(view({ status: 'cancelled', rsvpOpen: false, cancelReason: 'rain' }));
    expect(blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(JSON.stringify(blocks)).toContain('Cancelled: rain');
  });

  it('slackDate has a fallback in the event zone', () => {
    expect(slackDate(START, '{time}', 'Europe/Berlin', 'HH:mm')).toBe(`<!date^${START / 1000}^{time}|20:00>`);
  });
});

describe('ids', () => {
  it('round-trips card refs and overflow values', () => {
    const ref = { eventId: 'abc12345', occurrence: '2026-12-01T18:00:00.000Z' };
    expect(decodeRef(encodeRef(ref))).toEqual(ref);
    expect(decodeRef('abc12345')).toEqual({ eventId: 'abc12345', occurrence: '' });
    expect(parseOverflow(overflowValue('cancel', ref))).toEqual({ verb: 'cancel', ref });
    expect(parseOverflow('nonsense')).toBeNull();
    expect(keys.action('U1', 'a', '1.2')).toBe(keys.action('U1', 'a', '1.2'));
  });
});

describe('the form', () => {
  const reader = { timezone: 'Europe/Berlin', locale: 'en' };
  const now = new Date('2026-11-21T12:00:00Z');
  const v = (block: string, value: Record<string, unknown>) => ({ [block]: { [FIELD(block)]: value } });

  it('builds a modal whose every input has a block id the parser reads', () => {
    const modal = buildEventModal({ mode: 'create', channelId: 'C1' }, { title: 'x', reminderOffsets: ['PT15M', 'PT2H'] });
    const ids = modal.blocks.map((b: { block_id?: string }) => b.block_id);
    expect(ids).toEqual(expect.arrayContaining(Object.values(BLOCK)));
    expect(JSON.stringify(modal)).toContain('"initial_value":"PT2H"');
    expect(buildEventModal({ mode: 'edit', eventId: 'e' }).blocks.some((b: { block_id?: string }) => b.block_id === BLOCK.channel)).toBe(false);
  });

  it('reads durations and end times', () => {
    const d = readModal({ ...v(BLOCK.title, { value: 'A' }), ...v(BLOCK.when, { value: 'friday 8pm' }), ...v(BLOCK.end, { value: '1h30m' }) }, { mode: 'create', channelId: 'C1' }, reader, now);
    expect(d.ok && d.fields.end).toBe('2026-11-27T20:30:00.000Z');
    const r = readModal({ ...v(BLOCK.title, { value: 'A' }), ...v(BLOCK.when, { value: 'friday 8pm' }), ...v(BLOCK.end, { value: '11pm' }) }, { mode: 'create', channelId: 'C1' }, reader, now);
    expect(r.ok && r.fields.end).toBe('2026-11-27T22:00:00.000Z');
  });

  it('a picked date/time is used when nothing is typed', () => {
    const r = readModal({ ...v(BLOCK.title, { value: 'A' }), ...v(BLOCK.datetime, { selected_date_time: START / 1000 }) }, { mode: 'create', channelId: 'C1' }, reader, now);
    expect(r.ok && r.fields.start).toBe(new Date(START).toISOString());
    expect(r.ok && 'recurrence' in r.fields).toBe(false);
  });

  it('requires a channel when creating', () => {
    const r = readModal({ ...v(BLOCK.title, { value: 'A' }), ...v(BLOCK.when, { value: 'friday 8pm' }) }, { mode: 'create' }, reader, now);
    expect(!r.ok && Object.keys(r.errors)).toEqual([BLOCK.channel]);
  });
});

describe('manifest', () => {
  it('declares the command, shortcuts, interactivity, App Home, scopes and events', () => {
    const m = slackManifest() as { features: { slash_commands: { command: string }[]; shortcuts: unknown[]; app_home: { home_tab_enabled: boolean } }; settings: { socket_mode_enabled: boolean; interactivity: { is_enabled: boolean } }; oauth_config: { scopes: { bot: string[] } } };
    expect(m.features.slash_commands[0]!.command).toBe('/event');
    expect(m.features.shortcuts).toHaveLength(2);
    expect(m.features.app_home.home_tab_enabled).toBe(true);
    expect(m.settings.socket_mode_enabled).toBe(true);
    expect(m.oauth_config.scopes.bot).toContain('commands');
    const http = slackManifest({ url: 'https://convene.example.com', oauth: true }) as { settings: { interactivity: { request_url: string }; socket_mode_enabled: boolean }; oauth_config: { redirect_urls: string[] } };
    expect(http.settings.interactivity.request_url).toBe('https://convene.example.com/slack/events');
    expect(http.settings.socket_mode_enabled).toBe(false);
    expect(http.oauth_config.redirect_urls).toEqual(['https://convene.example.com/slack/oauth_redirect']);
  });
});

describe('the Slack card says what kind of event it is and who may come (issue 14)', () => {
  it('kind and invite-only beside the deadline; hosts in the context line', () => {
    const blocks = JSON.stringify(renderCard(baseView({ kind: 'dinner', visibility: 'invite_only', creatorId: 'U1', hostIds: ['U1', 'U2'], rsvpDeadline: Date.parse('2026-11-26T18:00:00Z') })));
    expect(blocks).toContain('*Dinner* · *Only the hosts can RSVP (nobody is invited yet)*');
    expect(blocks).toContain(`RSVP by <!date^${Date.parse('2026-11-26T18:00:00Z') / 1000}^`);
    expect(blocks).toMatch(/Hosted by <@U1>, <@U2>/);
  });

  it('names up to three invited people as mentions, then "and N more"; an id that is no Slack user (a stored "everyone") is counted, never written as <!everyone>', () => {
    const invitees = { users: ['U0ANN0001', 'U0BOB0001', 'U0CAT0001', 'U0DAN0001', 'everyone'], roles: [] };
    const blocks = JSON.stringify(renderCard(baseView({ visibility: 'invite_only', invitees })));
    expect(blocks).toContain('*Only <@U0ANN0001>, <@U0BOB0001>, <@U0CAT0001> and 2 more can RSVP*');
    expect(blocks).not.toMatch(/<!everyone>|<!here>|<!channel>|@everyone/);
  });
});
