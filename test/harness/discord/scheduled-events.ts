/**
 * Guild Scheduled Events in the fake: what the routes store and answer, and the rules Discord
 * applies to them (strict mode refuses with Discord's codes; see strict/scheduled-events.ts).
 */
import { apiUser, type Json } from './objects.ts';
import { snowflake } from './snowflake.ts';
import type { FakeState } from './state.ts';

export const ScheduledStatus = { Scheduled: 1, Active: 2, Completed: 3, Canceled: 4 } as const;
export const EntityType = { StageInstance: 1, Voice: 2, External: 3 } as const;
/** Discord counts SCHEDULED and ACTIVE events against the limit: 100 per guild. */
export const MAX_UNCOMPLETED = 100;

/**
 * Allowed status changes (Discord's docs): SCHEDULED → ACTIVE | CANCELED, ACTIVE → COMPLETED.
 * COMPLETED and CANCELED are final.
 */
export function transitionAllowed(from: number, to: number): boolean {
  if (from === to) return true;
  if (from === ScheduledStatus.Scheduled) return to === ScheduledStatus.Active || to === ScheduledStatus.Canceled;
  if (from === ScheduledStatus.Active) return to === ScheduledStatus.Completed;
  return false;
}

export const isFinished = (status: number) => status === ScheduledStatus.Completed || status === ScheduledStatus.Canceled;

export class ScheduledEvents {
  readonly #byGuild = new Map<string, Json[]>();

  constructor(private readonly state: FakeState) {}

  list(guildId: string): Json[] {
    let list = this.#byGuild.get(guildId);
    if (!list) {
      list = [];
      this.#byGuild.set(guildId, list);
    }
    return list;
  }

  find(guildId: string, id: string): Json | undefined {
    return this.list(guildId).find((e) => e['id'] === id);
  }

  uncompleted(guildId: string): number {
    return this.list(guildId).filter((e) => !isFinished(Number(e['status']))).length;
  }

  create(guildId: string, body: Json, creatorId = this.state.botUser.id): Json {
    const creator = this.state.user(creatorId);
    const event: Json = {
      id: snowflake(),
      guild_id: guildId,
      channel_id: body['channel_id'] ?? null,
      creator_id: creatorId,
      creator: apiUser(creator),
      name: body['name'],
      description: body['description'] ?? null,
      image: null,
      scheduled_start_time: normalize(body['scheduled_start_time']),
      scheduled_end_time: normalize(body['scheduled_end_time'] ?? null),
      privacy_level: body['privacy_level'] ?? 2,
      status: ScheduledStatus.Scheduled,
      entity_type: body['entity_type'],
      entity_id: null,
      entity_metadata: body['entity_metadata'] ?? null,
      recurrence_rule: body['recurrence_rule'] ?? null,
      user_count: 0,
    };
    this.list(guildId).push(event);
    return event;
  }

  patch(event: Json, body: Json): Json {
    for (const [k, v] of Object.entries(body)) {
      if (k === 'image') continue;
      event[k] = k === 'scheduled_start_time' || k === 'scheduled_end_time' ? normalize(v) : v;
    }
    return event;
  }

  remove(guildId: string, id: string): boolean {
    const list = this.list(guildId);
    const i = list.findIndex((e) => e['id'] === id);
    if (i < 0) return false;
    list.splice(i, 1);
    return true;
  }

  /** Discord's UI, for tests: someone edits, starts or deletes an event by hand. */
  all(): Json[] {
    return [...this.#byGuild.values()].flat();
  }
}

function normalize(v: unknown): unknown {
  if (typeof v !== 'string') return v ?? null;
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? v : new Date(ms).toISOString().replace('Z', '+00:00');
}
