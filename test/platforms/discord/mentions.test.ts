/**
 * Property: whatever people type (titles, descriptions, places, links, reasons, names), every
 * message and edit the Discord adapter sends carries allowed_mentions that ping at most the
 * people the bot means (attendees it names), and link buttons only carry valid URLs.
 */
import type { REST } from 'discord.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventService } from '../../../src/core/service.ts';
import type { EventView } from '../../../src/core/view.ts';
import { Cards } from '../../../src/platforms/discord/cards.ts';
import { DiscordNotifier } from '../../../src/platforms/discord/notifier.ts';
import { linkUrl } from '../../../src/platforms/discord/render/limits.ts';
import type { Notice, NoticeKind } from '../../../src/scheduler/notifier.ts';
import { view as baseView } from '../../support/event-view.ts';

const ATTENDEES = ['200000000000000001', '200000000000000002'];
const FRAGMENTS = ['@everyone', '@here', '<@&300000000000000001>', '<@300000000000000009>', '<#400000000000000001>', 'https://x.example', ' ', '\n', '**', '`'];
const userText = fc.array(fc.oneof(fc.string({ maxLength: 15 }), fc.constantFrom(...FRAGMENTS)), { maxLength: 6 }).map((p) => p.join(''));
const url = fc.oneof(fc.webUrl(), fc.constantFrom('https://evil.example/ x', 'javascript:alert(1)', 'https://a.example/<@&1>', `https://a.example/${'x'.repeat(600)}`));

interface Sent {
  method: 'post' | 'patch';
  route: string;
  body: Record<string, unknown>;
}

function recordingRest(sent: Sent[]): REST {
  let id = 500;
  const reply = (method: Sent['method']) => async (route: string, opts: { body?: unknown } = {}) => {
    sent.push({ method, route, body: (opts.body ?? {}) as Record<string, unknown> });
    return { id: String(id++), channel_id: '100', type: 1 };
  };
  return { post: reply('post'), patch: reply('patch'), delete: async () => undefined, get: async () => ({}) } as unknown as REST;
}

const service = { attachCard: async () => undefined } as unknown as EventService;

const eventArb = fc.record({
  title: userText.filter((t) => t.trim().length > 0),
  description: fc.option(userText),
  location: fc.option(userText),
  joinUrl: fc.option(url),
  cancelReason: fc.option(userText),
});

const KINDS: NoticeKind[] = ['reminder', 'announcement', 'moved', 'cancelled', 'delivery_failed', 'promoted', 'decided'];

function discordView(over: Partial<EventView>, card: boolean): EventView {
  return baseView({
    platform: 'discord',
    workspaceId: '100000000000000001',
    channelId: '100',
    creatorId: ATTENDEES[0]!,
    hostIds: [ATTENDEES[0]!],
    attendees: { going: ATTENDEES, maybe: [], waitlisted: [], pending: [], offered: [] },
    counts: { going: 2, maybe: 0, declined: 0, waitlisted: 0, pending: 0, offered: 0 },
    card: card ? { channelId: '100', messageId: '101', threadId: '102' } : null,
    ...over,
  });
}

function checkSent(sent: Sent[]): void {
  const messages = sent.filter((s) => /\/messages(\/\d+)?$/.test(s.route));
  expect(messages.length).toBeGreaterThan(0);
  for (const s of messages) {
    const am = s.body.allowed_mentions as { parse?: string[]; users?: string[]; roles?: string[] } | undefined;
    expect(am, `${s.method} ${s.route} without allowed_mentions`).toBeDefined();
    expect(am!.parse ?? []).toEqual([]);
    expect(am!.roles ?? []).toEqual([]);
    for (const u of am!.users ?? []) expect(ATTENDEES).toContain(u);
    for (const row of (s.body.components as { components: { style?: number; url?: string }[] }[] | undefined) ?? []) {
      for (const c of row.components) if (c.style === 5) expect(linkUrl(c.url)).toBe(c.url);
    }
  }
}

describe('Discord: allowed_mentions on every message and edit, for any user text', () => {
  it('card posts and refreshes', async () => {
    await fc.assert(
      fc.asyncProperty(eventArb, async (over) => {
        const sent: Sent[] = [];
        const cards = new Cards(recordingRest(sent), service, () => {});
        await cards.post(discordView(over as Partial<EventView>, false), '100');
        await cards.redraw(discordView(over as Partial<EventView>, true));
        checkSent(sent);
      }),
      { numRuns: 100 },
    );
  });

  it('every notice kind, in channels and by DM', async () => {
    await fc.assert(
      fc.asyncProperty(eventArb, fc.constantFrom(...KINDS), userText, fc.boolean(), async (over, kind, reason, dm) => {
        const sent: Sent[] = [];
        const rest = recordingRest(sent);
        const notifier = new DiscordNotifier(rest, new Cards(rest, service, () => {}), { dmPerSecond: 1000 });
        const e = discordView(over as Partial<EventView>, kind !== 'announcement');
        const n: Notice = { key: 'k1', kind, event: e, occurrence: e.occurrence, now: e.occurrence.start - 900_000, offset: 'PT15M', reason, error: reason, decision: 'going' };
        await notifier.deliver(n, dm ? { type: 'dm', userId: ATTENDEES[1]! } : { type: 'channel', channelId: '100' });
        notifier.stop();
        checkSent(sent);
      }),
      { numRuns: 100 },
    );
  });
});
