import { randomUUID } from 'node:crypto';
import type { EventRecord } from '../core/event.ts';
import type { EventChange } from '../core/lifecycle.ts';
import { findOccurrence } from '../core/occurrences.ts';
import { publicEvent } from '../core/public-event.ts';
import { tenantLabel } from '../core/tenant.ts';
import { buildView, shownOccurrence } from '../core/view.ts';
import type { WebhookEventType } from '../core/webhooks.ts';
import type { Executor } from '../store/events-repo.ts';
import { webhooksRepo } from '../store/webhooks-repo.ts';
import { rowKey } from './keys.ts';
import type { PlannedRow } from './plan.ts';

interface Message {
  type: WebhookEventType;
  data: Record<string, unknown>;
}

function rsvpMessages(change: Extract<EventChange, { type: 'rsvp' }>): Array<Omit<Message, 'data'> & { rsvp: Record<string, unknown> }> {
  const occurrence = change.occurrence || null;
  const every = change.standing === 'answer';
  const own = {
    type: change.previous === null ? ('rsvp.created' as const) : ('rsvp.changed' as const),
    rsvp: {
      user: change.userId,
      status: change.status,
      previous_status: change.previous,
      // A standing answer is to the whole series, not one occurrence.
      occurrence: every ? null : occurrence,
      decided_by: change.decidedBy ?? null,
      every_time: every,
    },
  };
  // A seat opened up: each person moved off the waitlist is an RSVP that changed too.
  const promoted = change.promoted.map((user) => ({
    type: 'rsvp.changed' as const,
    rsvp: { user, status: 'going', previous_status: 'waitlisted', occurrence, decided_by: null, every_time: false },
  }));
  // Waitlist offers: a seat offered (held for them), or an offer taken back, is an RSVP that changed.
  const seat = (user: string, status: string, previous: string) => ({
    type: 'rsvp.changed' as const,
    rsvp: { user, status, previous_status: previous, occurrence, decided_by: null, every_time: false },
  });
  const offers = [...change.offered.map((o) => seat(o.userId, 'offered', 'waitlisted')), ...change.withdrawn.map((u) => seat(u, 'waitlisted', 'offered'))];
  return change.standing === 'seats' ? [...promoted, ...offers] : [own, ...promoted, ...offers];
}

/** What a change tells webhook receivers (none for a re-plan: nothing they can see changed). */
async function messagesFor(db: Executor, change: EventChange, now: number): Promise<Message[]> {
  if (change.type === 'replan' || change.type === 'mirror') return [];
  const occ = change.type === 'rsvp' ? findOccurrence(change.event, change.occurrence) : shownOccurrence(change.event, now);
  const event = publicEvent(await buildView(db, change.event, now, occ ?? undefined));
  switch (change.type) {
    case 'created':
      return [{ type: 'event.created', data: { event } }];
    case 'updated':
      return [{ type: 'event.updated', data: { event } }];
    case 'cancelled':
      return [{ type: 'event.cancelled', data: { event } }];
    case 'deleted':
      return [{ type: 'event.deleted', data: { event, deleted_by: change.by } }];
    case 'rsvp':
      return rsvpMessages(change).map((m) => ({ type: m.type, data: { event, rsvp: m.rsvp } }));
  }
}

/**
 * The webhook rows a change makes: one per (message, endpoint that wants its type), queued in the
 * change's transaction, so a change that commits is always told and one rolled back never is.
 * The body is fixed now (what the receiver sees is the event as it was at the change); every
 * retry sends it again with the same `webhook-id`, the message id, for receivers to dedupe on.
 */
export async function webhookRows(db: Executor, change: EventChange, now: number): Promise<PlannedRow[]> {
  // The mirror switch is a workspace setting, not an event: receivers hear of none.
  if (change.type === 'mirror') return [];
  const e: EventRecord = change.event;
  const endpoints = await webhooksRepo.list(db, e);
  if (endpoints.length === 0) return [];
  const wanted = (type: WebhookEventType) => endpoints.filter((w) => w.events.includes(type));
  const messages = (await messagesFor(db, change, now)).filter((m) => wanted(m.type).length > 0);
  const rows: PlannedRow[] = [];
  for (const m of messages) {
    const id = `msg_${rowKey('webhook', e.id, m.type, now, randomUUID())}`;
    const body = JSON.stringify({ id, type: m.type, timestamp: new Date(now).toISOString(), workspace: tenantLabel(e), data: m.data });
    for (const endpoint of wanted(m.type)) {
      rows.push({
        key: rowKey(id, endpoint.id),
        parentKey: null,
        platform: e.platform,
        workspaceId: e.workspaceId,
        eventId: e.id,
        kind: 'webhook',
        occurrence: '',
        occurrenceStart: e.start,
        occurrenceEnd: e.end,
        offset: null,
        target: 'webhook',
        userId: null,
        dueAt: now,
        previous: null,
        reason: endpoint.id,
        payload: body,
      });
    }
  }
  return rows;
}
