import { DateTime } from 'luxon';
import type { RecurrenceInput } from '../../core/recurrence.ts';

/** The repeat presets every door offers; a time phrase ("every other tuesday") can say more. */
export const REPEAT_PRESETS = ['daily', 'weekly', 'biweekly', 'monthly'] as const;
export type RepeatPreset = (typeof REPEAT_PRESETS)[number];

const WEEKDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** "weekly" from Friday 8pm → every week on Friday; "monthly" → the same weekday of the month (4th Friday, or last). */
export function repeatRule(choice: string, start: Date, zone: string): RecurrenceInput | null {
  const local = DateTime.fromJSDate(start, { zone });
  const day = WEEKDAY[local.weekday - 1]!;
  switch (choice) {
    case 'daily':
      return { freq: 'DAILY', interval: 1 };
    case 'weekly':
      return { freq: 'WEEKLY', interval: 1, byday: [day] };
    case 'biweekly':
      return { freq: 'WEEKLY', interval: 2, byday: [day] };
    case 'monthly': {
      const nth = Math.ceil(local.day / 7);
      return { freq: 'MONTHLY', interval: 1, byday: [`${nth >= 5 ? -1 : nth}${day}`] };
    }
    default:
      return null;
  }
}
