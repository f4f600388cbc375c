import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { parseWhen } from '../../src/when/index.ts';
import { cases } from './corpus.ts';

function shape(text: string, zone: string, now: string, locale?: string) {
  const r = parseWhen(text, { now: new Date(now), timezone: zone, locale });
  if (!r.ok) return { error: r.error.code };
  const v = r.value;
  const iso = (d: Date) => DateTime.fromJSDate(d, { zone: v.timezone }).toISO({ suppressMilliseconds: true });
  const rec = v.recurrence
    ? {
        freq: v.recurrence.freq,
        interval: v.recurrence.interval,
        byday: v.recurrence.byday,
        bymonthday: v.recurrence.bymonthday,
        ...(v.recurrence.count !== null ? { count: v.recurrence.count } : {}),
        ...(v.recurrence.until !== null ? { until: v.recurrence.until } : {}),
      }
    : null;
  return { start: iso(v.start), end: v.end ? iso(v.end) : null, allDay: v.allDay, recurrence: rec };
}

describe('time phrase corpus', () => {
  it('has at least 200 phrases across at least six zones', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect(new Set(cases.map((c) => c.zone)).size).toBeGreaterThanOrEqual(6);
  });
  for (const c of cases) {
    it(`${c.zone}${c.locale ? ` [${c.locale}]` : ''} @ ${c.now}: ${JSON.stringify(c.text)}`, () => {
      expect(shape(c.text, c.zone, c.now, c.locale)).toEqual(c.expect);
    });
  }
});
