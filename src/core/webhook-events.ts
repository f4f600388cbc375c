import { z } from 'zod';

/** What a workspace can be told about, in the names webhook receivers see as `type`. */
export const WEBHOOK_EVENTS = ['event.created', 'event.updated', 'event.cancelled', 'event.deleted', 'rsvp.created', 'rsvp.changed'] as const;
export const WebhookEventType = z.enum(WEBHOOK_EVENTS);
export type WebhookEventType = z.infer<typeof WebhookEventType>;
