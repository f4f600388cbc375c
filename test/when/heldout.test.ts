import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { runOne } from '../../src/when/cli-parse.ts';
import { type HeldOut, type Recurrence, heldout } from './heldout.ts';

/** Same instant and same UTC offset (the zone the time was meant in); the ISO spelling may differ. */
function sameMoment(actual: unknown, expected: string): boolean {
  if (typeof actual !== 'string') return false;
  const a = DateTime.fromISO(actual, { setZone: true });
  const e = DateTime.fromISO(expected, { setZone: true });
  return a.isValid && a.toMillis() === e.toMillis() && a.offset === e.offset;
}

function localDate(iso: unknown, offsetMinutes: number): string | null {
  if (typeof iso !== 'string') return null;
  const d = DateTime.fromISO(iso, { setZone: true });
  if (!d.isValid) return null;
  // A bare date (no time) is that local date; otherwise read the instant at the event's offset.
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return d.setZone(offsetMinutes === 0 ? 'UTC' : `UTC${offsetMinutes > 0 ? '+' : '-'}${Math.floor(Math.abs(offsetMinutes) / 60)}${Math.abs(offsetMinutes) % 60 ? `:${String(Math.abs(offsetMinutes) % 60).padStart(2, '0')}` : ''}`).toISODate();
}

const sorted = (xs: unknown): string[] => (Array.isArray(xs) ? xs.map(String).map((x) => x.toUpperCase()).sort() : []);

function recurrenceProblem(actual: unknown, expected: Recurrence, offset: number): string | null {
  if (!actual || typeof actual !== 'object') return `recurrence ${JSON.stringify(actual)}`;
  const r = actual as Record<string, unknown>;
  if (String(r.freq).toUpperCase() !== expected.freq) return `freq ${String(r.freq)}`;
  if ((r.interval ?? 1) !== expected.interval) return `interval ${String(r.interval)}`;
  if (sorted(r.byday).join() !== sorted(expected.byday ?? []).join()) return `byday ${JSON.stringify(r.byday)}`;
  if (sorted(r.bymonthday).join() !== sorted(expected.bymonthday ?? []).join()) return `bymonthday ${JSON.stringify(r.bymonthday)}`;
  if (expected.until) {
    if (localDate(r.until, offset) !== expected.until) return `until ${String(r.until)}`;
    if (r.count != null) return `count ${String(r.count)}`;
  } else if (expected.limit) {
    const u = localDate(r.until, offset);
    const ok = r.count === expected.limit.count || (u !== null && u >= expected.limit.untilFrom && u <= expected.limit.untilTo && r.count == null);
    if (!ok) return `limit count=${String(r.count)} until=${String(r.until)}`;
  } else if (r.count != null || r.until != null) return `unexpected limit count=${String(r.count)} until=${String(r.until)}`;
  return null;
}

/** Why an output misses the expectation, or null when it matches. */
export function problem(c: HeldOut, out: Record<string, unknown>): string | null {
  if (c.start === 'error') return 'error' in out ? null : `expected an error, got start ${String(out.start)}`;
  if ('error' in out) return `error: ${String(out.error)}`;
  if (!sameMoment(out.start, c.start)) return `start ${String(out.start)}`;
  const endWanted = c.end ?? null;
  if (endWanted === null ? out.end != null : !sameMoment(out.end, endWanted)) return `end ${String(out.end)}`;
  if (Boolean(out.allDay) !== (c.allDay ?? false)) return `allDay ${String(out.allDay)}`;
  const rec = c.recurrence ?? null;
  if (rec === null) return out.recurrence == null ? null : `recurrence ${JSON.stringify(out.recurrence)}`;
  const offset = DateTime.fromISO(c.start, { setZone: true }).offset;
  const alternatives = Array.isArray(rec) ? rec : [rec];
  const problems = alternatives.map((alt) => recurrenceProblem(out.recurrence, alt, offset));
  return problems.includes(null) ? null : problems[0]!;
}

export function runHeldOut(c: HeldOut): Record<string, unknown> {
  return runOne(c.text, c.timezone, c.now, c.locale);
}

describe('when: held-out phrases (written from the policy)', () => {
  it.each(heldout.map((c, i) => [`${i} ${JSON.stringify(c.text)} [${c.timezone} @ ${c.now}]`, c] as const))('%s', (_name, c) => {
    const out = runHeldOut(c);
    expect(problem(c, out), JSON.stringify(out)).toBeNull();
  });
});
