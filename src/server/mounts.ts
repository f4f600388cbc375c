import type { Config } from '../config.ts';
import type { Clock } from '../core/clock.ts';
import type { EventService } from '../core/service.ts';
import type { Logger } from '../observe/log.ts';
import type { Store } from '../store/database.ts';
import type { Mount } from './http.ts';
import { feedsPlugin } from '../calendar/feed-plugin.ts';

/** What a feature served over HTTP may use. */
export interface MountContext {
  config: Config;
  service: EventService;
  store: Store;
  clock: Clock;
  log: Logger;
}

/**
 * The features served on the one HTTP server, each a Fastify plugin under its own prefix.
 * To add one: export `(app: FastifyInstance, deps) => Promise<void>` from its folder and add
 *   { prefix: '/v1', plugin: (app) => apiPlugin(app, { service: ctx.service, … }) }
 * here. Health, readiness, metrics and Slack's receiver are the server's own (http.ts).
 */
export function featureMounts(ctx: MountContext): Mount[] {
  return [
    {
      prefix: '/feeds',
      plugin: (app) => feedsPlugin(app, { store: ctx.store, clock: ctx.clock, pastDays: ctx.config.calendar.feedPastDays }),
    },
  ];
}
