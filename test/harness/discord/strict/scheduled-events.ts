/**
 * Discord's rules for Guild Scheduled Events beyond the OpenAPI schema: name 1–100, description
 * ≤ 1000; EXTERNAL events need entity_metadata.location (1–100), a scheduled_end_time after the
 * start and no channel_id; a start in the past is refused; at most 100 uncompleted (SCHEDULED or
 * ACTIVE) events per guild (30038); status moves only SCHEDULED → ACTIVE | CANCELED and
 * ACTIVE → COMPLETED, a finished event cannot be edited (180000); every route needs Manage Events
 * at the guild level (50013); an unknown event is 10070.
 */
import type { RecordedRequest } from '../requests.ts';
import { error, type Reply } from '../router.ts';
import { EntityType, isFinished, MAX_UNCOMPLETED, ScheduledStatus, transitionAllowed } from '../scheduled-events.ts';
import type { FakeState } from '../state.ts';
import type { FieldProblem } from './limits.ts';
import { Perm } from './permissions.ts';

type Json = Record<string, unknown>;

const ROUTE = /^\/guilds\/(\d+)\/scheduled-events(?:\/(\d+))?$/;

/** The bot's guild-wide permissions (roles only: Manage Events is not a channel permission). */
function botGuildPermissions(state: FakeState, guildId: string): bigint | null {
  const guild = state.guilds.get(guildId);
  if (!guild) return null;
  const me = guild.members.find((m) => m.user.id === state.botUser.id);
  if (!me) return 0n;
  const ids = new Set([guild.id, ...me.roles]);
  return guild.roles.filter((r) => ids.has(r.id)).reduce((acc, r) => acc | BigInt(r.permissions), 0n);
}

function bodyProblems(body: Json, merged: Json, now: number, creating: boolean): FieldProblem[] {
  const out: FieldProblem[] = [];
  const len = (v: unknown) => (typeof v === 'string' ? [...v].length : -1);
  if ('name' in body && (len(body.name) < 1 || len(body.name) > 100)) out.push({ path: 'name', code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' });
  if (typeof body.description === 'string' && len(body.description) > 1000) out.push({ path: 'description', code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 1000 or fewer in length.' });
  const start = Date.parse(String(merged.scheduled_start_time));
  const end = merged.scheduled_end_time == null ? NaN : Date.parse(String(merged.scheduled_end_time));
  if (Number.isNaN(start)) out.push({ path: 'scheduled_start_time', code: 'DATE_TIME_TYPE_PARSE', message: 'Could not parse the date.' });
  else if ('scheduled_start_time' in body && start <= now) {
    out.push({ path: 'scheduled_start_time', code: 'GUILD_SCHEDULED_EVENT_SCHEDULE_PAST', message: 'Cannot schedule event in the past.' });
  }
  if (Number(merged.entity_type) === EntityType.External) {
    const meta = (merged.entity_metadata ?? null) as Json | null;
    const location = meta?.location;
    if (len(location) < 1 || len(location) > 100) out.push({ path: 'entity_metadata.location', code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' });
    if (Number.isNaN(end)) out.push({ path: 'scheduled_end_time', code: 'BASE_TYPE_REQUIRED', message: 'This field is required for EXTERNAL events.' });
    else if (!Number.isNaN(start) && end <= start) out.push({ path: 'scheduled_end_time', code: 'GUILD_SCHEDULED_EVENT_END_BEFORE_START', message: 'Cannot schedule event to end before starting.' });
    if (merged.channel_id != null) out.push({ path: 'channel_id', code: 'BASE_TYPE_CHOICES', message: 'EXTERNAL events have no channel.' });
  } else if (creating && merged.channel_id == null) {
    out.push({ path: 'channel_id', code: 'BASE_TYPE_REQUIRED', message: 'This field is required for stage and voice events.' });
  }
  if ('privacy_level' in body && body.privacy_level !== 2) out.push({ path: 'privacy_level', code: 'BASE_TYPE_CHOICES', message: 'Value must be one of (2,).' });
  return out;
}

/** A refusal for a scheduled-event request, undefined to let the route answer; `invalid` builds a 50035. */
export function scheduledEventReply(
  state: FakeState,
  req: RecordedRequest,
  now: number,
  invalid: (p: FieldProblem[]) => Reply,
): Reply | undefined {
  const m = ROUTE.exec(req.path);
  if (!m) return undefined;
  const [, guildId, eventId] = m as unknown as [string, string, string | undefined];
  const perms = botGuildPermissions(state, guildId);
  if (perms === null) return error(404, 10004, 'Unknown Guild');
  if ((perms & Perm.Administrator) === 0n && (perms & Perm.ManageEvents) === 0n && req.method !== 'GET') return error(403, 50013, 'Missing Permissions');
  const events = state.scheduledEvents;
  const body = (req.body && typeof req.body === 'object' && !Array.isArray(req.body) ? req.body : {}) as Json;
  if (req.method === 'POST' && !eventId) {
    const problems = bodyProblems(body, body, now, true);
    if (problems.length) return invalid(problems);
    if (events.uncompleted(guildId) >= MAX_UNCOMPLETED) return error(400, 30038, 'Maximum number of uncompleted guild scheduled events reached (100)');
    return undefined;
  }
  if (!eventId) return undefined;
  const existing = events.find(guildId, eventId);
  if (!existing) return error(404, 10070, 'Unknown Guild Scheduled Event');
  if (req.method !== 'PATCH') return undefined;
  const from = Number(existing.status);
  if (isFinished(from)) return error(400, 180000, 'Cannot update a finished event');
  if ('status' in body && body.status !== null && !transitionAllowed(from, Number(body.status))) {
    return invalid([{ path: 'status', code: 'GUILD_SCHEDULED_EVENT_INVALID_STATUS_TRANSITION', message: `Cannot move a scheduled event from status ${from} to ${String(body.status)}.` }]);
  }
  // A running event keeps its start; times and place are checked as they would be after the edit.
  if (from === ScheduledStatus.Active && 'scheduled_start_time' in body) {
    return invalid([{ path: 'scheduled_start_time', code: 'GUILD_SCHEDULED_EVENT_ACTIVE', message: 'Cannot change the start of an active event.' }]);
  }
  const problems = bodyProblems(body, { ...existing, ...body }, now, false);
  return problems.length ? invalid(problems) : undefined;
}
