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
  | 'too_long';

export interface WhenError {
  code: WhenErrorCode;
  message: string;
}

/** A phrase with two or more sensible readings: ask, never guess. */
export interface WhenQuestion {
  code: 'ambiguous';
  /** A question a person can answer ("Did you mean 4 AM or 4 PM on Fri, Dec 4?"). */
  message: string;
  /** 2-4 full readings, most likely first. */
  candidates: ParsedWhen[];
}

export type WhenResult = { ok: true; value: ParsedWhen } | { ok: false; error: WhenError | WhenQuestion };

export interface SplitWhen {
  title: string;
  whenText: string;
  location: string | null;
  parsed: ParsedWhen;
}

export type SplitResult = { ok: true; value: SplitWhen } | { ok: false; error: WhenError | WhenQuestion };
