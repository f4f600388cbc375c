import type { Recurrence } from '../core/recurrence.ts';

export interface ParseOptions {
  /** The moment the user typed the text; every relative word is read against it. */
  now: Date;
  /** The reader's zone (user setting, else workspace default, else 'UTC'). */
  timezone: string;
  /** BCP 47 tag; picks chrono's locale ('de', 'fr', 'en-GB' for day/month order, ...). */
  locale?: string;
  /** New events must be in the future; an edit may allow a past time. Default false. */
  allowPast?: boolean;
}

export interface ParsedWhen {
  start: Date;
  end: Date | null;
  allDay: boolean;
  /** IANA name, or a fixed-offset zone luxon accepts like 'UTC+5:30'. */
  timezone: string;
  /** The text named a zone (so replies show both the event's zone and the reader's). */
  zoneNamed: boolean;
  recurrence: Recurrence | null;
  /** The time phrase as read. */
  matched: string;
}

export type WhenErrorCode =
  | 'empty'
  | 'no_time'
  | 'invalid_date'
  | 'invalid_time'
  | 'past'
  | 'bad_zone'
  | 'bad_range'
  | 'bad_recurrence'
  /** Longer than the reader takes, or too dense with numbers and dates to be one time phrase. */
  | 'too_long'
  /** Not a refusal: the text reads two or more ways and a person must pick (see WhenQuestion). */
  | 'ambiguous';

/** The text can't be read as a time; the message says how to write it. */
export interface WhenRefusal {
  code: Exclude<WhenErrorCode, 'ambiguous'>;
  message: string;
}

/**
 * The text reads more than one way (am/pm unstated for a small hour, day/month order unknown, ...):
 * a question a person can answer, and 2–4 candidate readings, each complete. Surfaces offer the
 * candidates and act only after a pick; they never choose one themselves.
 */
export interface WhenQuestion {
  code: 'ambiguous';
  message: string;
  candidates: ParsedWhen[];
  /** Set by splitTitleAndWhen: the rest of the line as split around the time phrase in question. */
  split?: { title: string; whenText: string; location: string | null };
}

export type WhenError = WhenRefusal | WhenQuestion;

export type WhenResult = { ok: true; value: ParsedWhen } | { ok: false; error: WhenError };

export interface SplitWhen {
  title: string;
  whenText: string;
  location: string | null;
  parsed: ParsedWhen;
}

export type SplitResult = { ok: true; value: SplitWhen } | { ok: false; error: WhenError };
