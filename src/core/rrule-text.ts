import rrule, { type Weekday } from 'rrule';
import { RecurrenceSchema, WEEKDAYS, type Recurrence } from './recurrence.ts';

// rrule ships CommonJS for Node: take the class off the default export (as occurrences.ts does).
const { RRule } = rrule;

const FREQS: Record<number, Recurrence['freq']> = { [RRule.DAILY]: 'DAILY', [RRule.WEEKLY]: 'WEEKLY', [RRule.MONTHLY]: 'MONTHLY' };

/**
 * An RFC 5545 RRULE value ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", with or without "RRULE:") read by the
 * rrule library into the subset Convene stores, or a sentence saying what is not supported.
 */
export function recurrenceFromRrule(text: string): { ok: true; value: Recurrence } | { ok: false; message: string } {
  let options: ReturnType<typeof RRule.parseString>;
  try {
    options = RRule.parseString(text.trim().replace(/^RRULE:/i, ''));
  } catch (err) {
    return { ok: false, message: `not an RRULE I can read (${err instanceof Error ? err.message : String(err)}); try FREQ=WEEKLY;BYDAY=TU` };
  }
  const freq = options.freq === undefined ? undefined : FREQS[options.freq];
  if (!freq) return { ok: false, message: 'FREQ must be DAILY, WEEKLY or MONTHLY' };
  const days = options.byweekday === undefined || options.byweekday === null ? [] : ([] as unknown[]).concat(options.byweekday);
  const byday = days.map((d) => {
    const w = typeof d === 'number' ? { weekday: d, n: undefined } : (d as Weekday);
    return `${w.n ? String(w.n) : ''}${WEEKDAYS[w.weekday] ?? '?'}`;
  });
  const monthdays = options.bymonthday === undefined || options.bymonthday === null ? [] : ([] as number[]).concat(options.bymonthday);
  const parsed = RecurrenceSchema.safeParse({
    freq,
    interval: options.interval ?? 1,
    byday,
    bymonthday: monthdays,
    count: options.count ?? null,
    until: options.until ? options.until.toISOString() : null,
  });
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => i.message).join('; ') };
  return { ok: true, value: parsed.data };
}
