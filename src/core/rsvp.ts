import { z } from 'zod';

/** Where a person stands on one occurrence: a domain type (the store maps its rows to it). */
export const RSVP_STATUSES = ['going', 'maybe', 'declined', 'waitlisted', 'pending', 'offered'] as const;
export const RsvpStatusSchema = z.enum(RSVP_STATUSES);
export type RsvpStatus = z.infer<typeof RsvpStatusSchema>;

export interface Rsvp {
  userId: string;
  status: RsvpStatus;
  seq: number;
  /** 'offered': when the held seat passes on. */
  offerExpiresAt?: number | null;
  updatedAt: number;
  /** Written from the person's standing ("every time") answer, not given for this occurrence. */
  standing: boolean;
}

export type RsvpCounts = Record<RsvpStatus, number>;
