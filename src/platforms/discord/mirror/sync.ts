import { Routes, type REST } from 'discord.js';
import type { Tenant } from '../../../core/event.ts';
import type { MirrorState } from '../../../core/mirror.ts';
import type { MirrorResult, MirrorSync } from '../../../scheduler/notifier.ts';
import type { AdapterLog } from '../../../observe/adapter-log.ts';
import { API, apiCode, describe } from '../errors.ts';
import { DISCORD_EVENT_LIMIT, planMirror, Status, type MirrorAction, type RemoteEvent } from './plan.ts';

/** Where the mirror reads what to show and records which Discord event shows what (the core's service). */
export interface MirrorPort {
  mirrorState(tenant: Tenant, now: number, limit: number): Promise<MirrorState>;
  recordMirror(tenant: Tenant, eventId: string, remoteId: string | null): Promise<void>;
}

/** Calls per sync at most; a sync with more to do asks to run again at once (a new row). */
const MAX_CALLS = 10;
const NO_PERMISSION =
  "I can't manage this server's events: give my role the Manage Events permission (Server Settings → Roles), or turn the mirror off with /event settings discord-events off.";

class NoRoom extends Error {}

/**
 * Makes a server's Guild Scheduled Events show its Convene events (the scheduler's mirror rows),
 * through discord.js's REST: one list, then what planMirror says, each outcome recorded at once.
 * A crash between Discord creating an event and the record is healed by the next sync, which finds
 * the event by the marker in its description and adopts it instead of creating another.
 */
export class DiscordEventMirror {
  constructor(
    private readonly rest: REST,
    private readonly port: MirrorPort,
    private readonly botId: () => string | null,
    private readonly log: AdapterLog,
  ) {}

  async sync(tenant: Tenant, sync: MirrorSync): Promise<MirrorResult> {
    const botId = this.botId();
    if (!botId) throw new Error('the Discord client is not ready yet');
    const state = await this.port.mirrorState(tenant, sync.now, DISCORD_EVENT_LIMIT);
    if (!state.enabled && state.mirrored.length === 0) return { status: 'sent', nextAt: null };
    let remote: RemoteEvent[];
    try {
      remote = (await this.rest.get(Routes.guildScheduledEvents(tenant.workspaceId))) as RemoteEvent[];
    } catch (err) {
      return this.#refused(err, tenant) ?? Promise.reject(err);
    }
    const plan = planMirror({ state, remote, botId, now: sync.now });
    const calls = plan.actions.filter((a) => a.type !== 'record' && a.type !== 'forget');
    let made = 0;
    let created = 0;
    let full = false;
    for (const action of plan.actions) {
      if (sync.signal.aborted) throw new Error('the mirror sync was cut short');
      const isCall = action.type !== 'record' && action.type !== 'forget';
      if (isCall && made >= MAX_CALLS) break;
      if (full && action.type === 'create') continue;
      try {
        if ((await this.#apply(tenant, action)) && action.type === 'create') created++;
      } catch (err) {
        if (err instanceof NoRoom) {
          full = true;
          continue;
        }
        const refused = this.#refused(err, tenant);
        if (refused) return refused;
        throw err;
      }
      if (isCall) made++;
    }
    // Created something (the next sync checks no retried call made a second), or more than one
    // sync's worth: the next sync runs at once. Edits are not re-checked, so a field Discord
    // normalizes differently can never start a loop.
    return { status: 'sent', nextAt: plan.nextAt, again: created > 0 || calls.length > made };
  }

  /** Carries out one action; true when Discord changed. */
  async #apply(t: Tenant, a: MirrorAction): Promise<boolean> {
    const guild = t.workspaceId;
    const gone = (err: unknown) => apiCode(err) === API.unknownScheduledEvent || apiCode(err) === API.scheduledEventFinished;
    switch (a.type) {
      case 'record':
        await this.port.recordMirror(t, a.eventId, a.remoteId);
        return false;
      case 'forget':
        await this.port.recordMirror(t, a.eventId, null);
        return false;
      case 'create': {
        try {
          const made = (await this.rest.post(Routes.guildScheduledEvents(guild), { body: a.body, reason: 'Convene event mirror' })) as RemoteEvent;
          await this.port.recordMirror(t, a.eventId, made.id);
          return true;
        } catch (err) {
          if (apiCode(err) === API.tooManyScheduledEvents) throw new NoRoom();
          if (apiCode(err) !== API.invalidFormBody) throw err;
          // Discord refused this one (its start came too close, say): the others still go.
          this.log(`discord: event ${a.eventId} not mirrored: ${describe(err)}`, 'warn', err);
          return false;
        }
      }
      case 'patch':
      case 'cancel':
      case 'complete': {
        const body = a.type === 'patch' ? a.body : { status: a.type === 'cancel' ? Status.Canceled : Status.Completed };
        try {
          await this.rest.patch(Routes.guildScheduledEvent(guild, a.remoteId), { body, reason: 'Convene event mirror' });
        } catch (err) {
          // Gone or finished in Discord meanwhile: forgotten, and shown anew by the next sync if still wanted.
          if (!gone(err)) throw err;
          await this.port.recordMirror(t, a.eventId, null);
          return true;
        }
        return true;
      }
      case 'delete': {
        try {
          await this.rest.delete(Routes.guildScheduledEvent(guild, a.remoteId), { reason: 'Convene event mirror' });
        } catch (err) {
          if (apiCode(err) !== API.unknownScheduledEvent) throw err;
        }
        return true;
      }
    }
  }

  /** Refusals that retrying will not fix: the bot lacks Manage Events, or is no longer in the server. */
  #refused(err: unknown, t: Tenant): MirrorResult | null {
    const code = apiCode(err);
    if (code === API.missingPermissions || code === API.missingAccess) {
      this.log(`discord: mirror of ${t.workspaceId}: ${NO_PERMISSION}`, 'warn');
      return { status: 'unreachable', reason: NO_PERMISSION };
    }
    if (code === API.unknownGuild) return { status: 'unreachable', reason: 'the bot is no longer in this server' };
    return null;
  }
}
