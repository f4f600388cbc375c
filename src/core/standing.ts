import { z } from 'zod';

/**
 * A standing ("every time") answer to a repeating event. Each occurrence counts it unless the
 * person answered that occurrence themselves (an override, for that occurrence only).
 */
export const STANDING_ANSWERS = ['going', 'maybe', 'declined'] as const;
export const StandingAnswerSchema = z.enum(STANDING_ANSWERS);
export type StandingAnswer = z.infer<typeof StandingAnswerSchema>;

/** What a person asks for: a standing answer, or 'none' to withdraw theirs. */
export const StandingChoice = z.enum([...STANDING_ANSWERS, 'none']);
export type StandingChoice = z.infer<typeof StandingChoice>;

export interface StandingRsvp {
  userId: string;
  status: StandingAnswer;
  /** When it was given, in the event's answer order (shared with per-occurrence answers). */
  seq: number;
}

/**
 * How far ahead a standing answer is written onto occurrences (and at most how many). The
 * scheduler rolls it forward hourly, so every occurrence whose reminders are planned (14 days
 * ahead, plus the longest offset people use) already counts its standing answers; an occurrence
 * further out gets them when someone answers it or it comes within reach.
 */
export const STANDING_HORIZON_MS = 42 * 86_400_000;
export const STANDING_MAX_OCCURRENCES = 60;
