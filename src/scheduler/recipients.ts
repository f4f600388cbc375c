import type { EventRecord } from '../core/event.ts';
import type { Executor } from '../store/events-repo.ts';
import type { RsvpStatus } from '../core/rsvp.ts';

/**
 * Who gets a reminder by DM, computed when it comes due (people RSVP after planning): the
 * occurrence's "going" (and "maybe" when the host asked), minus those who turned reminder DMs off.
 * Someone with their own reminder offsets gets the reminders due at those (and only those);
 * everyone else gets the event's, when the event reminds by DM at all. `dueAt(offset)` says when
 * an offset of this occurrence is due, so "PT60M" and "PT1H" (or two all-day offsets due at
 * 9:00) are the same reminder.
 */
export async function reminderRecipients(
  db: Executor,
  e: EventRecord,
  occurrence: string,
  reminder?: { offset: string; dueAt: (offset: string) => number },
): Promise<string[]> {
  const statuses: RsvpStatus[] = e.remindMaybe ? ['going', 'maybe'] : ['going'];
  const rows = await db
    .selectFrom('rsvps')
    .leftJoin('user_settings', (j) =>
      j
        .onRef('user_settings.platform', '=', 'rsvps.platform')
        .onRef('user_settings.workspace_id', '=', 'rsvps.workspace_id')
        .onRef('user_settings.user_id', '=', 'rsvps.user_id'),
    )
    .select(['rsvps.user_id', 'user_settings.reminder_offsets'])
    .where('rsvps.event_id', '=', e.id)
    .where('rsvps.occurrence', '=', occurrence)
    .where('rsvps.status', 'in', statuses)
    .where((eb) => eb.or([eb('user_settings.reminder_dms', 'is', null), eb('user_settings.reminder_dms', '!=', 0)]))
    .orderBy('rsvps.seq')
    .execute();
  if (!reminder) return rows.map((r) => r.user_id);
  const due = reminder.dueAt(reminder.offset);
  const eventDms = e.reminderAudience !== 'channel' || e.channelId === null;
  const matches = (offsets: string[]) => offsets.some((o) => reminder.dueAt(o) === due);
  return rows
    .filter((r) => {
      const own = r.reminder_offsets ? (JSON.parse(r.reminder_offsets) as string[]) : null;
      return own ? matches(own) : eventDms && matches(e.reminderOffsets);
    })
    .map((r) => r.user_id);
}

/**
 * The offsets people who answered an event chose for themselves (user settings), per event: the
 * extra DM reminders the planner adds. One query for many events.
 */
export async function personalOffsets(db: Executor, events: EventRecord[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (events.length === 0) return out;
  const rows = await db
    .selectFrom('rsvps')
    .innerJoin('user_settings', (j) =>
      j
        .onRef('user_settings.platform', '=', 'rsvps.platform')
        .onRef('user_settings.workspace_id', '=', 'rsvps.workspace_id')
        .onRef('user_settings.user_id', '=', 'rsvps.user_id'),
    )
    .select(['rsvps.event_id', 'user_settings.reminder_offsets'])
    .distinct()
    .where('rsvps.event_id', 'in', events.map((e) => e.id))
    .where('rsvps.status', 'in', ['going', 'maybe'])
    .where('user_settings.reminder_offsets', 'is not', null)
    .where('user_settings.reminder_dms', '!=', 0)
    .execute();
  for (const r of rows) {
    const list = out.get(r.event_id) ?? [];
    for (const o of JSON.parse(r.reminder_offsets ?? '[]') as string[]) if (!list.includes(o)) list.push(o);
    out.set(r.event_id, list);
  }
  return out;
}

/** Everyone with a stake in an occurrence (going, maybe, waiting): told when it moves. */
export async function stakeholders(db: Executor, eventId: string, occurrence: string): Promise<string[]> {
  const rows = await db
    .selectFrom('rsvps')
    .select('user_id')
    .where('event_id', '=', eventId)
    .where('occurrence', '=', occurrence)
    .where('status', 'in', ['going', 'maybe', 'waitlisted', 'pending', 'offered'])
    .orderBy('seq')
    .execute();
  return rows.map((r) => r.user_id);
}
