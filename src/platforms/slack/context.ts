import type { Clock } from '../../core/clock.ts';
import type { EventService } from '../../core/service.ts';
import type { Store } from '../../store/database.ts';
import type { WebClientOptions } from '@slack/web-api';
import { ProfileCache } from './actor.ts';
import { UserGroups } from './user-groups.ts';
import type { AdapterLog } from '../../observe/adapter-log.ts';

/** What every listener needs: the core, the clock, a logger and the per-user profile cache. */
export interface SlackDeps {
  service: EventService;
  store: Store;
  clock: Clock;
  log: AdapterLog;
  profiles: ProfileCache;
  /** User groups: who is in one (RSVPs to events open to groups) and what they are called. */
  groups: UserGroups;
}

export function makeDeps(d: { service: EventService; store: Store; clock: Clock; log?: AdapterLog; clientOptions?: WebClientOptions }): SlackDeps {
  return {
    service: d.service,
    store: d.store,
    clock: d.clock,
    log: d.log ?? (() => {}),
    profiles: new ProfileCache(d.clock),
    groups: new UserGroups(d.clock, d.clientOptions),
  };
}

export const OOPS = 'Something went wrong on our side. Please try again in a moment.';

export function describeError(err: unknown): string {
  if (err instanceof Error) return err.stack ?? err.message;
  return String(err);
}
