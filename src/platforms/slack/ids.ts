import type { RsvpChoice } from '../../core/commands.ts';
import { StandingChoice } from '../../core/standing.ts';

/** Every callback, action and block id the app uses, in one place so listeners and renderers agree. */
export const COMMAND = '/event';

export const CALLBACK = {
  createShortcut: 'convene_create',
  messageShortcut: 'convene_create_from_message',
  eventModal: 'convene_event_modal',
  settingsModal: 'convene_settings_modal',
} as const;

export const ACTION = {
  rsvpGoing: 'convene_rsvp_going',
  rsvpMaybe: 'convene_rsvp_maybe',
  rsvpDeclined: 'convene_rsvp_declined',
  overflow: 'convene_overflow',
  join: 'convene_join',
  whenInput: 'convene_when_input',
  homeSettings: 'convene_home_settings',
  homeToggleDms: 'convene_home_toggle_dms',
  homeCreate: 'convene_home_create',
  deleteConfirm: 'convene_delete_confirm',
  deleteKeep: 'convene_delete_keep',
  /** A reading of a time question: `convene_pick_<n>` (0-based), `convene_pick_none`; the value is the question id. */
  pick: 'convene_pick',
  /** The next page of a list; the value is the page's list query (JSON). */
  listMore: 'convene_list_more',
  /** A seat offer's answers, in its DM; the value is the event's ref (encodeRef). */
  offerClaim: 'convene_offer_claim',
  offerPass: 'convene_offer_pass',
  /** A series' "Every time…" select on its card; each option's value is everyValue(answer, eventId). */
  every: 'convene_every',
} as const;

/** An "Every time…" option: the standing answer and the series, "going:<eventId>". */
export function everyValue(answer: StandingChoice, eventId: string): string {
  return `${answer}:${eventId}`;
}

export function parseEvery(value: string): { answer: StandingChoice; eventId: string } | null {
  const colon = value.indexOf(':');
  const answer = StandingChoice.safeParse(value.slice(0, colon));
  const eventId = value.slice(colon + 1);
  return colon > 0 && answer.success && eventId ? { answer: answer.data, eventId } : null;
}

export const RSVP_ACTIONS: Record<string, RsvpChoice> = {
  [ACTION.rsvpGoing]: 'going',
  [ACTION.rsvpMaybe]: 'maybe',
  [ACTION.rsvpDeclined]: 'declined',
};

/** What a card's button carries: the event and the occurrence the card shows. */
export interface CardRef {
  eventId: string;
  occurrence: string;
}

export function encodeRef(ref: CardRef): string {
  return ref.occurrence ? `${ref.eventId}|${ref.occurrence}` : ref.eventId;
}

export function decodeRef(value: string): CardRef {
  const bar = value.indexOf('|');
  return bar < 0 ? { eventId: value, occurrence: '' } : { eventId: value.slice(0, bar), occurrence: value.slice(bar + 1) };
}

/** Overflow menu values: "edit:<ref>", "cancel:<ref>". "Add to calendar" is a URL option. */
type OverflowVerb = 'edit' | 'cancel' | 'calendar';

export function overflowValue(verb: OverflowVerb, ref: CardRef): string {
  return `${verb}:${encodeRef(ref)}`;
}

export function parseOverflow(value: string): { verb: OverflowVerb; ref: CardRef } | null {
  const m = /^(edit|cancel|calendar):(.+)$/.exec(value);
  return m ? { verb: m[1] as OverflowVerb, ref: decodeRef(m[2]!) } : null;
}

/**
 * Idempotency keys for writes. Slack resends the same payload on a retry, so the same
 * trigger / action timestamp gives the same key and the core answers the first result again.
 */
export const keys = {
  command: (team: string, triggerId: string) => `slack:cmd:${team}:${triggerId}`,
  view: (viewId: string) => `slack:view:${viewId}`,
  action: (userId: string, actionId: string, actionTs: string) => `slack:act:${userId}:${actionId}:${actionTs}`,
};
