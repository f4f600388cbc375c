import type { ListScope, RsvpChoice } from '../../core/commands.ts';
import { EVENT_KINDS, type EventKind } from '../../core/event-schema.ts';
import { StandingChoice } from '../../core/standing.ts';
import { LIMITS } from './render/limits.ts';

/**
 * What a button or modal means, packed into its custom_id (at most 100 characters):
 *   rsvp:<eventId>:<going|maybe|declined>[:<occurrence>]
 *   every:<eventId>:<going|maybe|declined|none>  (a standing "every time" answer to a series; none withdraws it)
 *   approve:<eventId>:<userId>[:<occurrence>]   deny:<eventId>:<userId>[:<occurrence>]
 *   edit:<eventId>                              (the edit modal)
 *   who:<eventId>   more:<eventId>              (the who / more option forms, and buttons opening them)
 *   cal:<eventId>                               (add to calendar)
 *   delete:<eventId>   keep:<eventId>           (the answer to "delete it?")
 *   pick:<questionId>:<n>   pick:<questionId>:x  (a reading of a time question, or none of them)
 *   list:<page>:<scope>:<past 0|1>:<kind|->:<from|->:<to|->  (a list page; instants in base 36 ms)
 *   offer:<eventId>:<claim|pass>:<guildId>[:<occurrence>]  (a seat offer's buttons, in a DM: the
 *                                               DM has no guild, so the id names the server)
 * Occurrence keys are ISO instants and contain colons, so they always come last.
 */
export type CustomId =
  | { kind: 'rsvp'; eventId: string; status: RsvpChoice; occurrence?: string }
  | { kind: 'every'; eventId: string; status: StandingChoice }
  | { kind: 'approve' | 'deny'; eventId: string; userId: string; occurrence?: string }
  | { kind: 'edit' | 'who' | 'more'; eventId: string }
  | { kind: 'delete' | 'keep'; eventId: string }
  | { kind: 'calendar'; eventId: string }
  | { kind: 'offer'; eventId: string; answer: 'claim' | 'pass'; guildId: string; occurrence?: string }
  /** `choice` is 0-based; null: none of them (the question is dropped). */
  | { kind: 'pick'; questionId: string; choice: number | null }
  | { kind: 'list'; page: number; scope: ListScope; past: boolean; ofKind?: EventKind; from?: number; to?: number };

const SCOPES: readonly string[] = ['channel', 'workspace', 'hosting', 'attending', 'mine'];

const STATUSES: readonly string[] = ['going', 'maybe', 'declined'];

export function encodeCustomId(id: CustomId): string {
  let out: string;
  switch (id.kind) {
    case 'rsvp':
      out = `rsvp:${id.eventId}:${id.status}${id.occurrence ? `:${id.occurrence}` : ''}`;
      break;
    case 'every':
      out = `every:${id.eventId}:${id.status}`;
      break;
    case 'approve':
    case 'deny':
      out = `${id.kind}:${id.eventId}:${id.userId}${id.occurrence ? `:${id.occurrence}` : ''}`;
      break;
    case 'edit':
    case 'who':
    case 'more':
    case 'delete':
    case 'keep':
      out = `${id.kind}:${id.eventId}`;
      break;
    case 'calendar':
      out = `cal:${id.eventId}`;
      break;
    case 'offer':
      out = `offer:${id.eventId}:${id.answer}:${id.guildId}${id.occurrence ? `:${id.occurrence}` : ''}`;
      break;
    case 'pick':
      out = `pick:${id.questionId}:${id.choice === null ? 'x' : id.choice}`;
      break;
    case 'list': {
      const ms = (n: number | undefined) => (n === undefined ? '-' : n.toString(36));
      out = `list:${id.page}:${id.scope}:${id.past ? 1 : 0}:${id.ofKind ?? '-'}:${ms(id.from)}:${ms(id.to)}`;
      break;
    }
  }
  if (out.length > LIMITS.customId) throw new Error(`custom_id longer than ${LIMITS.customId}: ${out}`);
  return out;
}

export function decodeCustomId(raw: string): CustomId | null {
  const parts = raw.split(':');
  const [kind, eventId, third] = parts;
  const rest = parts.slice(3).join(':') || undefined;
  if (!eventId) return null;
  switch (kind) {
    case 'rsvp':
      if (!third || !STATUSES.includes(third)) return null;
      return { kind: 'rsvp', eventId, status: third as RsvpChoice, ...(rest ? { occurrence: rest } : {}) };
    case 'every': {
      const status = StandingChoice.safeParse(third);
      return parts.length === 3 && status.success ? { kind: 'every', eventId, status: status.data } : null;
    }
    case 'approve':
    case 'deny':
      if (!third) return null;
      return { kind, eventId, userId: third, ...(rest ? { occurrence: rest } : {}) };
    case 'edit':
    case 'who':
    case 'more':
    case 'delete':
    case 'keep':
      return parts.length === 2 ? { kind, eventId } : null;
    case 'cal':
      return parts.length === 2 ? { kind: 'calendar', eventId } : null;
    case 'offer': {
      const guildId = parts[3];
      const occurrence = parts.slice(4).join(':') || undefined;
      if ((third !== 'claim' && third !== 'pass') || !guildId) return null;
      return { kind: 'offer', eventId, answer: third, guildId, ...(occurrence ? { occurrence } : {}) };
    }
    case 'list': {
      const [, page, scope, past, ofKind, from, to] = parts;
      const n = Number(page);
      const ms = (t: string | undefined) => (t && t !== '-' ? parseInt(t, 36) : undefined);
      if (parts.length !== 7 || !Number.isInteger(n) || n < 1 || !SCOPES.includes(scope!)) return null;
      if (ofKind !== '-' && !(EVENT_KINDS as readonly string[]).includes(ofKind!)) return null;
      const f = ms(from);
      const t = ms(to);
      if ((f !== undefined && !Number.isFinite(f)) || (t !== undefined && !Number.isFinite(t))) return null;
      return { kind: 'list', page: n, scope: scope as ListScope, past: past === '1', ...(ofKind !== '-' ? { ofKind: ofKind as EventKind } : {}), ...(f !== undefined ? { from: f } : {}), ...(t !== undefined ? { to: t } : {}) };
    }
    case 'pick':
      if (parts.length !== 3 || !(third === 'x' || /^\d$/.test(third ?? ''))) return null;
      return { kind: 'pick', questionId: eventId, choice: third === 'x' ? null : Number(third) };
    default:
      return null;
  }
}
