import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventView } from '../../../src/core/view.ts';
import type { Notice, NoticeKind } from '../../../src/scheduler/notifier.ts';
import { cardFallback, listLine, renderCard } from '../../../src/platforms/slack/render/card.ts';
import { renderHome } from '../../../src/platforms/slack/render/home.ts';
import { esc, link, safeUrl, unescapeSlack } from '../../../src/platforms/slack/render/mrkdwn.ts';
import { noticeText } from '../../../src/platforms/slack/render/notice.ts';
import { view as baseView } from '../../support/event-view.ts';
import { unintendedTokens } from '../../support/slack-mentions.ts';

const START = Date.parse('2026-11-27T19:00:00Z');
const USERS = ['U0ALICE001', 'U0BOB00002'];

/** User text: anything, with Slack's control sequences and mention syntax mixed in often. */
const FRAGMENTS = ['<!channel>', '<!here>', '<!everyone>', '<@U0EVIL001>', '<#C0EVIL001>', '<!subteam^S0EVIL|@team>', '&', '&amp;', '&lt;', '<', '>', '|', '<https://evil.example|click>', '\n', ' '];
const userText = fc.array(fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(...FRAGMENTS)), { maxLength: 8 }).map((parts) => parts.join(''));
const url = fc.oneof(
  fc.webUrl(),
  fc.tuple(fc.webUrl(), fc.constantFrom(...FRAGMENTS)).map(([u, f]) => u + f),
  fc.constantFrom('https://evil.example/><!channel>', 'https://a.example/x|<!here>', 'javascript:alert(1)', 'https://ok.example/a b'),
);

const eventArb = fc.record({
  title: userText.filter((t) => t.trim().length > 0),
  description: fc.option(userText),
  location: fc.option(userText),
  joinUrl: fc.option(url),
  cancelReason: fc.option(userText),
  status: fc.constantFrom('scheduled', 'cancelled', 'live', 'draft'),
});

function slackView(over: Partial<EventView>): EventView {
  return baseView({
    id: 'ev000001',
    platform: 'slack',
    workspaceId: 'T1',
    channelId: 'C1',
    creatorId: USERS[0]!,
    hostIds: [USERS[0]!],
    attendees: { going: USERS, maybe: [], waitlisted: [], pending: [], offered: [] },
    counts: { going: 2, maybe: 0, declined: 0, waitlisted: 0, pending: 0, offered: 0 },
    ...over,
  });
}

const KINDS: NoticeKind[] = ['reminder', 'announcement', 'moved', 'cancelled', 'delivery_failed', 'promoted', 'decided'];

function intendedFor(e: EventView) {
  const join = safeUrl(e.joinUrl);
  return { userIds: USERS, urls: join ? [join] : [] };
}

describe('Slack: one mrkdwn escape for every piece of user text', () => {
  it('no card, fallback text, list line or App Home carries a mention or link the bot did not make', () => {
    fc.assert(
      fc.property(eventArb, (over) => {
        const e = slackView(over as Partial<EventView>);
        const intended = intendedFor(e);
        expect(unintendedTokens({ text: cardFallback(e), blocks: renderCard(e) }, intended)).toEqual([]);
        expect(unintendedTokens({ text: listLine(e) }, intended)).toEqual([]);
        expect(unintendedTokens(renderHome({ hosting: [e], attending: [e], timezone: 'Europe/Berlin', reminderDms: true }), intended)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('no notice (reminders, announcements, moves, cancellations, failures) carries one either', () => {
    fc.assert(
      fc.property(eventArb, fc.constantFrom(...KINDS), userText, userText, (over, kind, reason, error) => {
        const e = slackView(over as Partial<EventView>);
        const n: Notice = {
          key: 'k',
          kind,
          event: e,
          occurrence: e.occurrence,
          now: START - 15 * 60_000,
          offset: 'PT15M',
          previous: { start: START - 3_600_000, end: START },
          reason,
          error,
          decision: 'going',
        };
        expect(unintendedTokens({ text: noticeText(n) }, intendedFor(e))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('buttons link only to valid http(s) URLs', () => {
    fc.assert(
      fc.property(url, (joinUrl) => {
        const blocks = renderCard(slackView({ joinUrl }));
        const urls = JSON.stringify(blocks).match(/"url":"[^"]*"/g) ?? [];
        for (const u of urls) {
          const value = JSON.parse(`{${u}}`).url as string;
          expect(safeUrl(value)).toBe(value);
        }
      }),
    );
  });

  it('escape and unescape are inverse, and unescape runs once ("&amp;lt;" becomes "&lt;")', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(unescapeSlack(esc(s))).toBe(s);
      }),
    );
    expect(unescapeSlack('Pizza &amp; games')).toBe('Pizza & games');
    expect(unescapeSlack('&amp;lt;')).toBe('&lt;');
  });

  it('links: a URL that would break out of <url|label> is shown as text, not linked', () => {
    expect(link('https://evil.example/><!channel>')).toBe('https://evil.example/&gt;&lt;!channel&gt;');
    expect(link('https://ok.example/?a=1&b=2', 'Join <now>')).toBe('<https://ok.example/?a=1&amp;b=2|Join &lt;now&gt;>');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('https://a.example/x|y')).toBeNull();
  });

  it('the issue\'s examples: a <!channel> title and a breaking join URL stay inert on the card and in reminders', () => {
    const e = slackView({ title: '<!channel> party', joinUrl: 'https://evil.example/><!channel>' });
    const card = { text: cardFallback(e), blocks: renderCard(e) };
    expect(unintendedTokens(card, { userIds: USERS })).toEqual([]);
    expect(card.blocks[0]!.text.text).toBe('<!channel> party'); // a header is plain_text: shown as typed
    const reminder = noticeText({ key: 'k', kind: 'reminder', event: e, occurrence: e.occurrence, now: START - 900_000, offset: 'PT15M' });
    expect(reminder).not.toContain('<!channel>');
    expect(cardFallback(e)).toBe('&lt;!channel&gt; party');
  });
});
