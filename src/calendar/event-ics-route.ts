import type { ActorInput } from '../core/actor.ts';
import type { UserErrorData } from '../core/errors.ts';
import type { EventService } from '../core/service.ts';
import { eventIcs, icsFileName } from './ics.ts';

export type EventIcsAnswer =
  | { ok: true; body: string; headers: Record<string, string> }
  | { ok: false; error: UserErrorData };

/**
 * GET /v1/events/{id}.ics for the HTTP API: the event's iCalendar file as the asker may see it
 * (the core's `calendar` query: tenancy and draft visibility as for `get`). The API maps a
 * `not_found` error to 404 and sends the body with these headers otherwise.
 */
export async function eventIcsAnswer(service: EventService, actor: ActorInput, id: string): Promise<EventIcsAnswer> {
  const r = await service.run(actor, { type: 'calendar', event: id });
  if (!r.ok) return r;
  const cal = r.value.calendar;
  return {
    ok: true,
    body: eventIcs(cal, { now: service.clock.now().getTime() }),
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${icsFileName(cal)}"`,
    },
  };
}
