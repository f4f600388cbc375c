import { z } from 'zod';

/** Two-letter RFC 5545 weekday codes. */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export const Weekday = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof Weekday>;

/**
 * A BYDAY entry: a weekday, optionally with an ordinal for monthly rules
 * ("1MO" = first Monday of the month, "-1FR" = last Friday).
 */
export const ByDay = z
  .string()
  .regex(/^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/, 'BYDAY entries look like MO, 1MO or -1FR');

/**
 * The RRULE subset Convene stores: FREQ DAILY/WEEKLY/MONTHLY, INTERVAL, BYDAY,
 * BYMONTHDAY, COUNT, UNTIL. Occurrences are computed in the event's own zone.
 */
export const RecurrenceSchema = z
  .object({
    freq: z.enum(['DAILY', 'WEEKLY', 'MONTHLY']),
    interval: z.number().int().min(1).max(366).default(1),
    byday: z.array(ByDay).max(7).default([]),
    bymonthday: z
      .array(z.number().int().min(-31).max(31).refine((n) => n !== 0, 'day of month cannot be 0'))
      .max(31)
      .default([]),
    count: z.number().int().min(1).max(1000).nullable().default(null),
    /** ISO 8601 instant; the last occurrence starts at or before it. */
    until: z.iso.datetime({ offset: true }).nullable().default(null),
  })
  .refine((r) => !(r.count !== null && r.until !== null), {
    message: 'A repeat can end after a number of times or on a date, not both',
  });

export type Recurrence = z.infer<typeof RecurrenceSchema>;
export type RecurrenceInput = z.input<typeof RecurrenceSchema>;
