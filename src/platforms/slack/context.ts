import type { Clock } from '../../core/clock.ts';
import type { EventService } from '../../core/service.ts';
import type { Store } from '../../store/database.ts';
import { ProfileCache } from './actor.ts';
import type { AdapterLog } from '../../observe/adapter-log.ts';

/** What every listener needs: the core, the clock, a logger and the per-user profile cache. */
export interface SlackDeps {
  service: EventService;
  store: Store;
  clock: Clock;
  log: AdapterLog;
  profiles: ProfileCache;
}

export function makeDeps(d: { service: EventService; store: Store; clock: Clock; log?: AdapterLog }): SlackDeps {
  return { service: d.service, store: d.store, clock: d.clock, log: d.log ?? (() => {}), profiles: new ProfileCache(d.clock) };
}

export const OOPS = 'Something went wrong on our side. Please try again in a moment.';

export function describeError(err: unknown): string {
  if (err instanceof Error) return err.stack ?? err.message;
  return String(err);
}
