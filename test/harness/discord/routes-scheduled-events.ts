/** REST routes for Guild Scheduled Events: list, get, create, modify, delete (rules in strict/scheduled-events.ts). */
import { error, noContent, ok, type Router } from './router.ts';

export function scheduledEventRoutes(router: Router): void {
  router
    .on('GET', '/guilds/:guild/scheduled-events', ({ state, params }) => ok(state.scheduledEvents.list(params['guild']!)))
    .on('POST', '/guilds/:guild/scheduled-events', ({ state, params, body }) => ok(state.scheduledEvents.create(params['guild']!, body)))
    .on('GET', '/guilds/:guild/scheduled-events/:event', ({ state, params }) => {
      const found = state.scheduledEvents.find(params['guild']!, params['event']!);
      return found ? ok(found) : error(404, 10070, 'Unknown Guild Scheduled Event');
    })
    .on('PATCH', '/guilds/:guild/scheduled-events/:event', ({ state, params, body }) => {
      const found = state.scheduledEvents.find(params['guild']!, params['event']!);
      return found ? ok(state.scheduledEvents.patch(found, body)) : error(404, 10070, 'Unknown Guild Scheduled Event');
    })
    .on('DELETE', '/guilds/:guild/scheduled-events/:event', ({ state, params }) =>
      state.scheduledEvents.remove(params['guild']!, params['event']!) ? noContent : error(404, 10070, 'Unknown Guild Scheduled Event'),
    );
}
