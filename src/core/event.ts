import type { EventKind, Invitees, ReminderAudience, Visibility } from './event-schema.ts';
import type { Recurrence } from './recurrence.ts';

import type { Tenant } from './tenant.ts';

export type { Platform, Tenant } from './tenant.ts';

export type StoredStatus = 'draft' | 'scheduled' | 'cancelled';
/** What a reader sees: live and ended come from the clock. */
export type EventStatus = StoredStatus | 'live' | 'ended';

/** An event as the core works with it (instants in epoch ms, UTC). */
export interface EventRecord extends Tenant {
  id: string;
  channelId: string | null;
  title: string;
  description: string | null;
  location: string | null;
  joinUrl: string | null;
  kind: EventKind;
  start: number;
  end: number;
  lastEnd: number | null;
  timezone: string;
  allDay: boolean;
  recurrence: Recurrence | null;
  capacity: number | null;
  /** The fewest people it needs ("still need N" until then); null: no minimum. */
  minAttendees?: number | null;
  /** Roles (Discord) or user groups (Slack) pinged when it is announced and in channel reminders. */
  pingRoles?: string[];
  /** A seat that opens is offered to the first person waiting, to claim within `offerWindow`. */
  waitlistOffers?: boolean;
  /** How long an offer stays open, ISO 8601 (null: DEFAULT_OFFER_WINDOW). */
  offerWindow?: string | null;
  rsvpDeadline: number | null;
  approvalRequired: boolean;
  visibility: Visibility;
  invitees: Invitees;
  creatorId: string;
  hostIds: string[];
  reminderOffsets: string[];
  reminderAudience: ReminderAudience;
  remindMaybe: boolean;
  publishAt: number | null;
  status: StoredStatus;
  cancelReason: string | null;
  card: unknown;
  version: number;
  createdAt: number;
  updatedAt: number;
}
