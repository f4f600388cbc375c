import type { z } from 'zod';
import type { Restriction } from './restriction.ts';
import { firstIssue } from './first-issue.ts';

export type UserErrorCode =
  | 'invalid' // the input does not make sense
  | 'not_found' // no such event in this workspace
  | 'ambiguous' // a name matched several events
  | 'forbidden' // the actor may not do this
  | 'conflict' // the request contradicts the event's state (capacity, started, cancelled)
  | 'closed' // RSVPs are not taken any more
  | 'unconfirmed'; // destructive: the message asks; send the same command again with confirmed: true

/** A mistake the person can fix: the message says what to do. Never a bug. */
export class UserError extends Error {
  constructor(
    readonly code: UserErrorCode,
    message: string,
    /** A refused RSVP to an invite-only event: who it is for (doors name the roles their own way). */
    readonly restriction?: Restriction,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export interface UserErrorData {
  code: UserErrorCode;
  message: string;
  restriction?: Restriction;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: UserErrorData };

const FIELD_NAMES: Record<string, string> = {
  title: 'Title',
  description: 'Description',
  location: 'Location',
  start: 'Start',
  end: 'End',
  timezone: 'Time zone',
  capacity: 'Capacity',
  rsvpDeadline: 'RSVP deadline',
  reminderOffsets: 'Reminders',
  publishAt: 'Publish time',
  offerWindow: 'Offer window',
  waitlistOffers: 'Waitlist offers',
  kind: 'Kind',
  recurrence: 'Repeat',
  durationMinutes: 'Duration',
  event: 'Event',
  reason: 'Reason',
  occurrence: 'Occurrence',
  userId: 'User',
  workspaceId: 'Workspace',
  channelId: 'Channel',
  users: 'Invited users',
  roles: 'Roles',
  coHostIds: 'Co-hosts',
  query: 'Search',
  locale: 'Locale',
  idempotencyKey: 'Request id',
  managerUserIds: 'Manager users',
  managerRoleIds: 'Manager roles',
};

/** The first problem zod found, phrased for a person ("Title: at most 200 characters"). */
export function describeZodError(error: z.ZodError): string {
  const issue = firstIssue(error.issues);
  if (!issue) return 'That input is not valid.';
  const key = issue.path.filter((p): p is string => typeof p === 'string').pop();
  const field = key ? (FIELD_NAMES[key] ?? key) : undefined;
  let text = issue.message;
  if (issue.code === 'too_big' && typeof issue.maximum !== 'undefined') {
    text = issue.origin === 'string' ? `at most ${issue.maximum} characters` : `at most ${issue.maximum}`;
  } else if (issue.code === 'too_small' && typeof issue.minimum !== 'undefined') {
    text = issue.origin === 'string' ? (issue.minimum === 1 ? 'cannot be empty' : `at least ${issue.minimum} characters`) : `at least ${issue.minimum}`;
  }
  return field ? `${field}: ${text}` : text;
}
