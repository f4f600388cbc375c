import type { EventRecord } from '../core/event.ts';
import type { Executor } from '../store/events-repo.ts';
import type { RsvpStatus } from '../store/rsvps-repo.ts';

/**
 * Who gets a reminder by DM, computed when it comes due (people RSVP after planning): the
 * occurrence's "going" (and "maybe" when the host asked), minus those who turned reminder DMs off.
 */
export async function reminderRecipients(db: Executor, e: EventRecord, occurrence: string): Promise<string[]> {
  const statuses: RsvpStatus[] = e.remindMaybe ? ['going', 'maybe'] : ['going'];
  const rows = await db
    .selectFrom('rsvps')
    .leftJoin('user_settings', (j) =>
      j
        .onRef('user_settings.platform', '=', 'rsvps.platform')
        .onRef('user_settings.workspace_id', '=', 'rsvps.workspace_id')
        .onRef('user_settings.user_id', '=', 'rsvps.user_id'),
    )
    .select('rsvps.user_id')
    .where('rsvps.event_id', '=', e.id)
    .where('rsvps.occurrence', '=', occurrence)
    .where('rsvps.status', 'in', statuses)
    .where((eb) => eb.or([eb('user_settings.reminder_dms', 'is', null), eb('user_settings.reminder_dms', '!=', 0)]))
    .orderBy('rsvps.seq')
    .execute();
  return rows.map((r) => r.user_id);
}

/** Everyone with a stake in an occurrence (going, maybe, waiting): told when it moves. */
export async function stakeholders(db: Executor, eventId: string, occurrence: string): Promise<string[]> {
  const rows = await db
    .selectFrom('rsvps')
    .select('user_id')
    .where('event_id', '=', eventId)
    .where('occurrence', '=', occurrence)
    .where('status', 'in', ['going', 'maybe', 'waitlisted', 'pending'])
    .orderBy('seq')
    .execute();
  return rows.map((r) => r.user_id);
}
