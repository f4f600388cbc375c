import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCustomId, encodeCustomId, type CustomId } from '../../src/platforms/discord/custom-ids.ts';
import { LIMITS as DISCORD, truncate } from '../../src/platforms/discord/render/limits.ts';
import { decodeRef, encodeRef, overflowValue, parseOverflow } from '../../src/platforms/slack/ids.ts';
import { capBlocks, cut, LIMITS as SLACK } from '../../src/platforms/slack/render/limits.ts';
import { planEvent } from '../../src/scheduler/plan.ts';
import { recipientKey, rowKey } from '../../src/scheduler/keys.ts';
import { seedEvent } from '../scheduler/seed.ts';
import { runs } from './runs.ts';

/** Event ids as the core makes them. */
const eventId = fc.stringMatching(/^[a-z0-9]{8}$/);
/** Occurrence keys as the core writes them: ISO instants (with colons). */
const occurrenceKey = fc.date({ min: new Date('2000-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
/** Platform user ids: Discord snowflakes, Slack ids. */
const platformUser = fc.oneof(fc.stringMatching(/^[1-9][0-9]{16,19}$/), fc.stringMatching(/^[UW][A-Z0-9]{8,10}$/));
/** Any text at all, lone surrogates included. */
const anyText = fc.string({ unit: 'binary', maxLength: 400 });

function hasLoneSurrogate(s: string): boolean {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
}

describe('Discord custom_id', () => {
  const customId: fc.Arbitrary<CustomId> = fc.oneof(
    fc.record({ kind: fc.constant('rsvp' as const), eventId, status: fc.constantFrom('going' as const, 'maybe' as const, 'declined' as const), occurrence: fc.option(occurrenceKey, { nil: undefined }) }),
    fc.record({ kind: fc.constantFrom('approve' as const, 'deny' as const), eventId, userId: platformUser, occurrence: fc.option(occurrenceKey, { nil: undefined }) }),
    fc.record({ kind: fc.constant('edit' as const), eventId }),
  );

  it('decode(encode(x)) is x, within 100 characters', () => {
    fc.assert(
      fc.property(customId, (id) => {
        const raw = encodeCustomId(id);
        expect(raw.length).toBeLessThanOrEqual(DISCORD.customId);
        const clean = Object.fromEntries(Object.entries(id).filter(([, v]) => v !== undefined));
        expect(decodeCustomId(raw)).toEqual(clean);
      }),
      { numRuns: runs(500) },
    );
  });

  it('decoding anything a client can send never throws, and what decodes re-encodes to the same id', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, customId.map(encodeCustomId).chain((s) => fc.nat({ max: s.length }).map((n) => s.slice(0, n) + ':x'))), (raw) => {
        const id = decodeCustomId(raw);
        if (id && raw.length <= DISCORD.customId) expect(decodeCustomId(encodeCustomId(id))).toEqual(id);
      }),
      { numRuns: runs(500) },
    );
  });
});

describe('Slack action values', () => {
  const ref = fc.record({ eventId, occurrence: fc.oneof(fc.constant(''), occurrenceKey) });

  it('card refs and overflow values round-trip, within the option value limit', () => {
    fc.assert(
      fc.property(ref, fc.constantFrom('edit' as const, 'cancel' as const, 'calendar' as const), (r, verb) => {
        expect(decodeRef(encodeRef(r))).toEqual(r);
        const value = overflowValue(verb, r);
        expect(value.length).toBeLessThanOrEqual(SLACK.optionValue);
        expect(parseOverflow(value)).toEqual({ verb, ref: r });
      }),
      { numRuns: runs(500) },
    );
  });

  it('any value a client can send decodes without throwing', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        decodeRef(raw);
        parseOverflow(raw);
      }),
      { numRuns: runs(500) },
    );
  });
});

describe('limit truncation', () => {
  it('Discord truncate: within the limit, a prefix of the text, never a split surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 0, max: 320 }), (text, max) => {
        const out = truncate(text, max);
        expect(out.length).toBeLessThanOrEqual(max);
        if (text.length <= max) expect(out).toBe(text);
        else if (max > 1) expect(text.startsWith(out.slice(0, -1).trimEnd())).toBe(true);
        expect(hasLoneSurrogate(out) && !hasLoneSurrogate(text)).toBe(false);
      }),
      { numRuns: runs(500) },
    );
  });

  it('Slack cut: within the limit, a prefix of the text, never a split surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 1, max: 320 }), (text, max) => {
        const out = cut(text, max);
        expect(out.length).toBeLessThanOrEqual(max);
        if (text.length <= max) expect(out).toBe(text);
        else expect(text.startsWith(out.slice(0, -1))).toBe(true);
        expect(hasLoneSurrogate(out) && !hasLoneSurrogate(text)).toBe(false);
      }),
      { numRuns: runs(500) },
    );
  });

  it('Slack capBlocks: never more than the limit, the kept tail survives, and the cut says how much', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 140 }), fc.integer({ min: 5, max: 100 }), fc.integer({ min: 0, max: 3 }), (n, max, keepLast) => {
        const blocks = Array.from({ length: n }, (_, i) => ({ type: 'section', block_id: `b${i}` }));
        const out = capBlocks(blocks, max, keepLast);
        expect(out.length).toBeLessThanOrEqual(max);
        if (n <= max) {
          expect(out).toEqual(blocks);
          return;
        }
        expect(out.slice(out.length - keepLast)).toEqual(keepLast ? blocks.slice(-keepLast) : []);
        const shown = out.filter((b) => b.block_id).length;
        expect(JSON.stringify(out)).toContain(`${n - shown} more not shown`);
      }),
      { numRuns: runs(300) },
    );
  });
});

describe('reminder-plan keys', () => {
  it('row keys: 16 characters of [A-Za-z0-9_-], the same for the same parts; recipient keys fit a Discord nonce (25)', () => {
    const part = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.integer(), fc.constant(null));
    fc.assert(
      fc.property(fc.array(part, { maxLength: 6 }), platformUser, (parts, user) => {
        const key = rowKey(...parts);
        expect(key).toMatch(/^[A-Za-z0-9_-]{16}$/);
        expect(rowKey(...parts)).toBe(key);
        const dm = recipientKey(key, user);
        expect(dm.length).toBeLessThanOrEqual(25);
        expect(dm.startsWith(`${key}.`)).toBe(true);
      }),
      { numRuns: runs(500) },
    );
  });

  it('planning an event: keys are unique, stable when planned again, and differ for a moved start', () => {
    const offsets = fc.subarray(['PT0M', 'PT15M', 'PT1H', 'PT60M', 'P1D', 'P1W', 'P2D'], { minLength: 1 });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 * 24 * 30 }),
        offsets,
        fc.constantFrom('channel', 'dm', 'both'),
        fc.boolean(),
        fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata'),
        (minutesAhead, reminderOffsets, audience, weekly, timezone) => {
          const now = Date.parse('2026-11-21T12:00:00Z');
          const e = {
            ...seedEvent('plankey1', now + minutesAhead * 60_000),
            timezone,
            reminderOffsets,
            reminderAudience: audience as 'channel',
            recurrence: weekly ? { freq: 'WEEKLY' as const, interval: 1, byday: [], bymonthday: [], count: null, until: null } : null,
          };
          const plan = planEvent(e, now);
          const keys = plan.map((p) => p.key);
          expect(new Set(keys).size).toBe(keys.length);
          expect(planEvent(e, now).map((p) => p.key)).toEqual(keys);
          for (const p of plan) {
            expect(p.key.length).toBeLessThanOrEqual(25);
            expect(p.dueAt).toBeGreaterThanOrEqual(now);
            // A reminder is due by its occurrence's start; a series' card is redrawn when one ends.
            if (p.kind === 'card') expect(p.dueAt).toBe(p.occurrenceEnd);
            else expect(p.dueAt).toBeLessThanOrEqual(p.occurrenceStart);
          }
          const moved = planEvent({ ...e, start: e.start + 60_000, end: e.end + 60_000 }, now).map((p) => p.key);
          for (const k of moved) expect(keys).not.toContain(k);
        },
      ),
      { numRuns: runs(60) },
    );
  });
});
