import type { Config } from './config.ts';
import { systemClock, type Clock } from './core/clock.ts';
import { EventService } from './core/service.ts';
import { ObservedEventService, type InteractionRecord } from './observe/observed-service.ts';
import { createMirrorLifecycle, createReminderLifecycle } from './scheduler/index.ts';
import { calendarLifecycle, lifecycles } from './calendar/lifecycle.ts';
import { feedSecret } from './calendar/secret.ts';
import { openStore, type Store } from './store/database.ts';
import { migrateToLatest } from './store/migrate.ts';

export interface Core {
  store: Store;
  service: EventService;
  clock: Clock;
}

/** The store (migrated) and the service with reminder planning: what every entry point needs. */
export async function openCore(
  config: Config,
  opts: {
    clock?: Clock;
    onQueued?: (dueAt: number) => void;
    /** Each command through the core, timed (logs and metrics). */
    onInteraction?: (r: InteractionRecord, err?: unknown) => void;
  } = {},
): Promise<Core> {
  const clock = opts.clock ?? systemClock;
  const store = openStore(config.databaseUrl);
  try {
    await migrateToLatest(store);
  } catch (err) {
    await store.close().catch(() => {});
    const why = err instanceof Error ? err.message : String(err);
    throw new Error(`Could not open the database ${redact(config.databaseUrl)}: ${why}. Check DATABASE_URL.`);
  }
  const deps = {
    store,
    clock,
    lifecycle: lifecycles(createReminderLifecycle({ onQueued: opts.onQueued }), calendarLifecycle, createMirrorLifecycle({ onQueued: opts.onQueued })),
    defaultTimezone: config.defaultTimezone,
    webhookReceivers: config.webhookReceivers,
    calendar: {
      secret: await feedSecret(store, config.calendar.feedSecret, clock.now().getTime()),
      baseUrl: config.calendar.publicUrl,
    },
  };
  const service = opts.onInteraction ? new ObservedEventService(deps, opts.onInteraction) : new EventService(deps);
  return { store, service, clock };
}

/** The URL without its password, for messages. */
function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
