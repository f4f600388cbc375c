/**
 * The mirror's plan, as rules over any state Discord may be in (made by hand, left by a crash,
 * edited in its UI): every call it asks for is one Discord accepts (status transitions, the 100
 * limit, no start in the past), and one round reaches a fixed point that shows exactly the
 * nearest scheduled events that fit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MirrorEntry, MirrorState } from '../../../src/core/mirror.ts';
import { DISCORD_EVENT_LIMIT, marker, planMirror, START_MARGIN_MS, Status, type MirrorAction, type RemoteEvent } from '../../../src/platforms/discord/mirror/plan.ts';
import { transitionAllowed } from '../../harness/discord/scheduled-events.ts';
import { runs } from '../../properties/runs.ts';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const HOUR = 3_600_000;
const BOT = 'bot';

interface World {
  entries: MirrorEntry[];
  remote: RemoteEvent[];
  records: Map<string, string>;
  enabled: boolean;
}

const id = (n: number) => `e${String(n).padStart(7, '0')}`;

const worldArb: fc.Arbitrary<World> = fc
  .record({
    events: fc.array(
      fc.record({ startH: fc.integer({ min: -5, max: 400 }), lenH: fc.integer({ min: 1, max: 6 }), cancelled: fc.integer({ min: 0, max: 9 }).map((n) => n === 0), title: fc.string({ maxLength: 120 }) }),
      // Sizes up to the limit and past it are as likely as small ones.
      { maxLength: 130, size: 'max' },
    ),
    mirrored: fc.array(fc.record({ pick: fc.nat(), status: fc.constantFrom(1, 1, 1, 2, 3, 4), drift: fc.boolean(), recorded: fc.boolean() }), { maxLength: 40 }),
    others: fc.array(fc.constantFrom(1, 2, 3, 4), { maxLength: 30, size: 'max' }),
    staleRecords: fc.nat({ max: 3 }),
    enabled: fc.boolean(),
  })
  .map(({ events, mirrored, others, staleRecords, enabled }) => {
    const entries: MirrorEntry[] = events
      .map((e, i) => ({
        eventId: id(i),
        title: e.title.trim() || 'Event',
        description: null,
        location: i % 3 ? 'Room' : null,
        joinUrl: null,
        status: e.cancelled ? ('cancelled' as const) : ('scheduled' as const),
        start: NOW + e.startH * HOUR,
        end: NOW + (e.startH + e.lenH) * HOUR,
      }))
      .filter((e) => e.end > NOW);
    const remote: RemoteEvent[] = [];
    const records = new Map<string, string>();
    let n = 0;
    for (const m of mirrored) {
      const e = entries[m.pick % Math.max(1, entries.length)];
      if (!e) break;
      const rid = `r${n++}`;
      remote.push({
        id: rid,
        name: m.drift ? 'changed in Discord' : e.title.slice(0, 100),
        description: marker(e.eventId),
        scheduled_start_time: new Date(e.start).toISOString(),
        scheduled_end_time: new Date(e.end).toISOString(),
        status: m.status,
        creator_id: BOT,
        entity_metadata: { location: 'x' },
      });
      if (m.recorded) records.set(e.eventId, rid);
    }
    for (const s of others) remote.push({ id: `o${n++}`, name: 'by hand', description: null, scheduled_start_time: new Date(NOW + HOUR).toISOString(), status: s, creator_id: 'someone' });
    for (let k = 0; k < staleRecords; k++) records.set(id(1000 + k), `gone${k}`);
    return { entries, remote, records, enabled };
  });

function stateOf(w: World): MirrorState {
  const byId = new Map(w.entries.map((e) => [e.eventId, e]));
  return {
    enabled: w.enabled,
    upcoming: w.entries.filter((e) => e.status === 'scheduled').sort((a, b) => a.start - b.start || a.eventId.localeCompare(b.eventId)),
    mirrored: [...w.records].map(([eventId, remoteId]) => ({ eventId, remoteId, event: byId.get(eventId) ?? null })),
  };
}

const uncompleted = (r: RemoteEvent[]) => r.filter((e) => e.status === Status.Scheduled || e.status === Status.Active).length;
const isCall = (a: MirrorAction) => a.type !== 'record' && a.type !== 'forget';

/** Discord, as the fake plays it: refuses what Discord refuses (the test fails on any refusal). */
function apply(w: World, a: MirrorAction, fresh: () => string): void {
  const find = (rid: string) => w.remote.find((r) => r.id === rid);
  switch (a.type) {
    case 'create':
      expect(uncompleted(w.remote), 'room for one more (30038)').toBeLessThan(DISCORD_EVENT_LIMIT);
      expect(Date.parse(a.body.scheduled_start_time), 'a start in the future').toBeGreaterThan(NOW);
      expect([...a.body.name].length).toBeLessThanOrEqual(100);
      expect([...a.body.description].length).toBeLessThanOrEqual(1000);
      expect([...a.body.entity_metadata.location].length).toBeGreaterThan(0);
      w.remote.push({ id: fresh(), ...a.body, status: Status.Scheduled, creator_id: BOT });
      w.records.set(a.eventId, w.remote.at(-1)!.id);
      return;
    case 'patch': {
      const r = find(a.remoteId)!;
      expect(r.status === Status.Scheduled || r.status === Status.Active, 'a finished event is never edited (180000)').toBe(true);
      if (r.status === Status.Active) expect(a.body.scheduled_start_time).toBeUndefined();
      Object.assign(r, a.body);
      return;
    }
    case 'cancel':
    case 'complete': {
      const r = find(a.remoteId)!;
      const to = a.type === 'cancel' ? Status.Canceled : Status.Completed;
      expect(transitionAllowed(r.status, to), `status ${r.status} → ${to}`).toBe(true);
      r.status = to;
      return;
    }
    case 'delete':
      w.remote = w.remote.filter((r) => r.id !== a.remoteId);
      return;
    case 'record':
      w.records.set(a.eventId, a.remoteId);
      return;
    case 'forget':
      w.records.delete(a.eventId);
      return;
  }
}

describe('mirror plan (property)', () => {
  it('asks only for what Discord accepts, and one round reaches a fixed point showing the nearest events that fit', () => {
    fc.assert(
      fc.property(worldArb, (w) => {
        let n = 0;
        const fresh = () => `new${n++}`;
        for (const a of planMirror({ state: stateOf(w), remote: w.remote, botId: BOT, now: NOW }).actions) apply(w, a, fresh);
        const again = planMirror({ state: stateOf(w), remote: w.remote, botId: BOT, now: NOW });
        expect(again.actions.filter(isCall)).toEqual([]);
        expect(uncompleted(w.remote)).toBeLessThanOrEqual(DISCORD_EVENT_LIMIT);
        // Ours, live: at most one per event, only scheduled events, only while enabled.
        const live = w.remote.filter((r) => r.creator_id === BOT && (r.status === Status.Scheduled || r.status === Status.Active));
        const shownIds = live.map((r) => /Convene event (\w+)$/.exec(r.description ?? '')?.[1]);
        expect(new Set(shownIds).size).toBe(shownIds.length);
        if (!w.enabled) expect(live.filter((r) => r.status === Status.Scheduled)).toEqual([]);
        const scheduled = new Set(w.entries.filter((e) => e.status === 'scheduled').map((e) => e.eventId));
        for (const sid of shownIds) expect(scheduled.has(sid!)).toBe(true);
        // Nearest first: any scheduled event that could be created and is not shown starts no
        // sooner than every shown one that is not already running.
        if (w.enabled) {
          const room = DISCORD_EVENT_LIMIT - uncompleted(w.remote.filter((r) => r.creator_id !== BOT));
          const creatable = w.entries.filter((e) => e.status === 'scheduled' && e.start > NOW + START_MARGIN_MS && !shownIds.includes(e.eventId));
          if (live.length < room) expect(creatable).toEqual([]);
        }
      }),
      { numRuns: runs(200), endOnFailure: true },
    );
  });
});
