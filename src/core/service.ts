import { resolveLocale } from './locale.ts';
import type { Store } from '../store/database.ts';
import { ApiKeys } from './api-keys.ts';
import type { ReceiverPolicy } from './receiver-address.ts';
import { Webhooks } from './webhooks.ts';
import { eventsRepo, type Executor } from '../store/events-repo.ts';
import { idempotencyRepo } from '../store/idempotency-repo.ts';
import { settingsRepo } from '../store/settings-repo.ts';
import type { UserSettings, WorkspaceSettings } from './settings.ts';
import { ActorSchema, tenantOf, type Actor, type ActorInput } from './actor.ts';
import type { Clock } from './clock.ts';
import { CommandSchema, type Command, type CommandType, type ParsedCommand } from './commands.ts';
import type { CalendarSettings, HandlerContext } from './context.ts';
import { feedUrls, type Feeds } from './handlers/feed.ts';
import { describeZodError, UserError, type Result } from './errors.ts';
import type { Restriction } from './restriction.ts';
import type { EventRecord, Tenant } from './event.ts';
import { cancelEvent, deleteEvent, type Cancelled, type Deleted } from './handlers/cancel-delete.ts';
import { createEvent, type Created } from './handlers/create.ts';
import { calendarEntry, getEvent, listEvents, type CalendarEntry, type Got, type Listed } from './handlers/queries.ts';
import { answerSeatOffer, decide, rsvp, type RsvpOutcome } from './handlers/rsvp.ts';
import { standingRsvp, type StandingOutcome } from './handlers/standing.ts';
import { updateUserSettings, updateWorkspaceSettings } from './handlers/settings.ts';
import { updateEvent, type Updated } from './handlers/update.ts';
import { publishEvent, type Published } from './handlers/publish.ts';
import { eventAttendance, searchEvents, type Attendance, type Searched } from './handlers/search.ts';
import { newEventId } from './ids.ts';
import { collectAfterCommit } from './after-commit.ts';
import { noLifecycle, type EventLifecycle } from './lifecycle.ts';
import { findOccurrence } from './occurrences.ts';
import { isManager } from './permissions.ts';
import { TimeQuestions } from './time-questions.ts';
import { buildView, type EventView } from './view.ts';
import { mirrorState, type MirrorState } from './mirror.ts';
import { mirrorsRepo } from '../store/mirrors-repo.ts';

export interface Outcomes {
  create: Created;
  update: Updated;
  publish: Published;
  cancel: Cancelled;
  delete: Deleted;
  get: Got;
  calendar: CalendarEntry;
  feed: Feeds;
  list: Listed;
  search: Searched;
  attendance: Attendance;
  rsvp: RsvpOutcome;
  offer: RsvpOutcome;
  standing_rsvp: StandingOutcome;
  decide: RsvpOutcome;
  user_settings: { settings: UserSettings };
  workspace_settings: { settings: WorkspaceSettings };
}

type Handler<T extends CommandType> = (ctx: HandlerContext, cmd: Extract<ParsedCommand, { type: T }>) => Promise<Outcomes[T]>;

const handlers: { [T in CommandType]: Handler<T> } = {
  create: createEvent,
  update: updateEvent,
  publish: publishEvent,
  cancel: cancelEvent,
  delete: deleteEvent,
  get: getEvent,
  calendar: calendarEntry,
  feed: feedUrls,
  list: listEvents,
  search: searchEvents,
  attendance: eventAttendance,
  rsvp,
  offer: answerSeatOffer,
  standing_rsvp: standingRsvp,
  decide,
  user_settings: updateUserSettings,
  workspace_settings: updateWorkspaceSettings,
};

const READS = new Set<CommandType>(['get', 'calendar', 'list', 'search', 'attendance']);

export interface EventServiceDeps {
  store: Store;
  clock: Clock;
  lifecycle?: EventLifecycle;
  newId?: () => string;
  /** The zone for people and workspaces that set none (DEFAULT_TIMEZONE). */
  defaultTimezone?: string;
  /** Calendar feeds; without it /event feed says they are off. */
  calendar?: CalendarSettings;
  /** Where webhooks may be sent (WEBHOOK_ALLOW_PRIVATE): public addresses only unless an operator says otherwise. */
  webhookReceivers?: ReceiverPolicy;
}

/** Serialization failures and lost races on Postgres are retried this many times. */
const MAX_ATTEMPTS = 5;

/**
 * The one entry point of the core: validate a command, apply the rules in one transaction,
 * and return a result or a user error a person can act on.
 */
export class EventService {
  readonly #store: Store;
  readonly #clock: Clock;
  readonly #lifecycle: EventLifecycle;
  readonly #newId: () => string;
  readonly #defaultTimezone: string;
  readonly #calendar: CalendarSettings | null;

  /** The workspace's API keys (managed from every chat door and the CLI). */
  readonly apiKeys: ApiKeys;
  /** The workspace's webhook endpoints (managed from every chat door, the CLI and the API). */
  readonly webhooks: Webhooks;

  /** Time questions waiting for a person's pick (chat buttons); a pick runs through this service. */
  readonly questions: TimeQuestions;

  constructor(deps: EventServiceDeps) {
    this.#store = deps.store;
    this.#clock = deps.clock;
    this.apiKeys = new ApiKeys(deps.store, deps.clock);
    this.questions = new TimeQuestions(deps.store, deps.clock, (actor, command) => this.run(actor, command));
    this.webhooks = new Webhooks(deps.store, deps.clock, deps.webhookReceivers ?? 'public-only');
    this.#lifecycle = deps.lifecycle ?? noLifecycle;
    this.#newId = deps.newId ?? newEventId;
    this.#defaultTimezone = deps.defaultTimezone ?? 'UTC';
    this.#calendar = deps.calendar ?? null;
  }

  get clock(): Clock {
    return this.#clock;
  }

  /**
   * Remember where the platform shows this event's card (opaque to the core: message and
   * thread ids), so later changes and reminders can update it or reply under it.
   */
  async attachCard(tenant: Tenant, eventId: string, card: unknown): Promise<void> {
    await eventsRepo.setCard(this.#store.db, tenant, eventId, card);
  }

  /** The platform mirror's wanted state (Discord Scheduled Events): see core/mirror.ts. */
  async mirrorState(tenant: Tenant, now: number, limit: number): Promise<MirrorState> {
    return mirrorState(this.#store.db, tenant, now, limit);
  }

  /** Remember (or forget, with null) which platform event shows an event. */
  async recordMirror(tenant: Tenant, eventId: string, remoteId: string | null): Promise<void> {
    const now = this.#clock.now().getTime();
    if (remoteId === null) await mirrorsRepo.forget(this.#store.db, tenant, eventId);
    else await mirrorsRepo.set(this.#store.db, tenant, eventId, remoteId, now);
  }

  /**
   * The scheduler's call when a draft's publish time comes: the publish command, run for the
   * workspace on behalf of the event's creator (see handlers/publish.ts).
   */
  async publishDue(event: Pick<EventRecord, 'platform' | 'workspaceId' | 'id' | 'creatorId'>): Promise<Result<Published>> {
    return this.run({ platform: event.platform, workspaceId: event.workspaceId, userId: event.creatorId, platformManager: true }, { type: 'publish', event: event.id });
  }

  /** Whether this person manages the whole workspace (platform permission, or a manager user/role setting). */
  async isManager(actorInput: ActorInput): Promise<boolean> {
    const actor = ActorSchema.parse(actorInput);
    const ws = await settingsRepo.workspace(this.#store.db, tenantOf(actor));
    return isManager(actor, ws);
  }

  /** The zone and locale to read and show times in for this person, and whether they want DMs. */
  async preferences(
    actorInput: ActorInput,
  ): Promise<{ timezone: string; locale: string; reminderDms: boolean; reminderOffsets: string[] | null; allDayReminderAt: number | null }> {
    const actor = ActorSchema.parse(actorInput);
    const tenant = tenantOf(actor);
    const [user, ws] = await Promise.all([
      settingsRepo.user(this.#store.db, tenant, actor.userId),
      settingsRepo.workspace(this.#store.db, tenant),
    ]);
    const timezone = user.timezone ?? actor.timezone ?? ws.timezone ?? this.#defaultTimezone;
    return {
      timezone,
      // Canonical again inside: a locale stored before locales were checked must not break every renderer.
      locale: resolveLocale({ user: user.locale, platform: actor.locale, workspace: ws.locale, timezone }),
      reminderDms: user.reminderDms,
      reminderOffsets: user.reminderOffsets,
      allDayReminderAt: ws.allDayReminderAt,
    };
  }

  async run<T extends CommandType>(actorInput: ActorInput, command: Command & { type: T }): Promise<Result<Outcomes[T]>> {
    const actor = ActorSchema.safeParse(actorInput);
    if (!actor.success) return fail('invalid', `Who is asking is unclear: ${describeZodError(actor.error)}`);
    const parsed = CommandSchema.safeParse(command);
    if (!parsed.success) return fail('invalid', describeZodError(parsed.error));
    const cmd = parsed.data as Extract<ParsedCommand, { type: T }>;
    for (let attempt = 1; ; attempt++) {
      try {
        return { ok: true, value: await this.#execute(actor.data, cmd) };
      } catch (err) {
        if (err instanceof UserError) return fail(err.code, err.message, err.restriction);
        if (attempt < MAX_ATTEMPTS && isRetryable(err)) continue;
        throw err;
      }
    }
  }

  async #execute<T extends CommandType>(actor: Actor, cmd: Extract<ParsedCommand, { type: T }>): Promise<Outcomes[T]> {
    const tenant = tenantOf(actor);
    const now = this.#clock.now().getTime();
    const handler = handlers[cmd.type] as Handler<T>;
    const key = 'idempotencyKey' in cmd ? cmd.idempotencyKey : undefined;
    const work = async (db: HandlerContext['db']): Promise<Outcomes[T]> => {
      const scope = { ...tenant, userId: actor.userId };
      if (key) {
        const seen = await idempotencyRepo.find(db, scope, key);
        if (seen && seen.command !== cmd.type) {
          // The key names another request of this person's: answering with that one's result would be a lie.
          throw new UserError(
            'conflict',
            `This request id was already used for a ${seen.command} request, so it cannot also be a ${cmd.type}. Send it with a new id.`,
          );
        }
        if (seen) return (await replay(db, tenant, seen.result, now)) as Outcomes[T];
      }
      const ctx: HandlerContext = {
        db,
        dialect: this.#store.dialect,
        now,
        actor,
        tenant,
        workspace: await settingsRepo.workspace(db, tenant),
        lifecycle: this.#lifecycle,
        newId: this.#newId,
        calendar: this.#calendar,
      };
      const result = await handler(ctx, cmd);
      if (key) await idempotencyRepo.save(db, scope, key, cmd.type, compact(result), now);
      return result;
    };
    if (READS.has(cmd.type)) return work(this.#store.db);
    let committed: Array<() => void> = [];
    const result = await this.#store.db.transaction().execute((trx) => {
      committed = collectAfterCommit(trx);
      return work(trx);
    });
    // Committed: what waited on it (waking the scheduler) never turns the command into a failure.
    for (const fn of committed) {
      try {
        fn();
      } catch {
        // A wake-up that throws leaves the rows due; the scheduler's next look takes them.
      }
    }
    return result;
  }
}

/*
 * A replayed command gets the first result back, with the event as it is now: the stored
 * result keeps only a reference to the event (id and occurrence), not a copy of the view,
 * which keeps the idempotency table small and the write path fast.
 */
function compact(result: unknown): unknown {
  const r = result as { event?: EventView };
  if (!r.event) return result;
  return { ...r, event: undefined, eventRef: { id: r.event.id, occurrence: r.event.occurrence.key } };
}

async function replay(db: Executor, tenant: Tenant, stored: unknown, now: number): Promise<unknown> {
  const s = stored as { eventRef?: { id: string; occurrence: string } };
  if (!s.eventRef) return stored;
  const { eventRef, ...rest } = s;
  const event = await eventsRepo.get(db, tenant, eventRef.id);
  if (!event) throw new UserError('not_found', 'That event no longer exists.');
  const occ = findOccurrence(event, eventRef.occurrence);
  return { ...rest, event: await buildView(db, event, now, occ ?? undefined) };
}

function fail(code: UserError['code'], message: string, restriction?: Restriction): Result<never> {
  return { ok: false, error: { code, message, ...(restriction ? { restriction } : {}) } };
}

/**
 * Worth running the transaction again: on Postgres a concurrent twin of an idempotent command won
 * (23505), or a serialization/deadlock abort; on SQLite the writer lock stayed taken past
 * busy_timeout (SQLITE_BUSY) or, in WAL mode, a transaction that read first found a newer
 * snapshot when it came to write (SQLITE_BUSY_SNAPSHOT, which busy_timeout never waits out).
 */
export function isRetryable(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === '40001' || code === '40P01' || code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT';
}
