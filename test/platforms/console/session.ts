import { afterEach, beforeEach } from 'vitest';
import { ManualClock } from '../../../src/core/clock.ts';
import { EventService } from '../../../src/core/service.ts';
import { ConsoleSession } from '../../../src/platforms/console/index.ts';
import { createReminderLifecycle } from '../../../src/scheduler/index.ts';
import type { Store } from '../../../src/store/database.ts';
import { storeFactories } from '../../support/stores.ts';

export interface ConsoleRig {
  store: Store;
  clock: ManualClock;
  service: EventService;
  session: ConsoleSession;
}

/** Per test: a fresh SQLite store, a core at `at` (a Saturday, 15:00 UTC) and a console session on it. */
export function withConsole(set: (rig: ConsoleRig) => void, at = '2026-11-21T15:00:00Z'): void {
  let store: Store | undefined;
  beforeEach(async () => {
    store = await storeFactories()[0]!.open();
    const clock = new ManualClock(at);
    const service = new EventService({ store, clock, lifecycle: createReminderLifecycle() });
    set({ store, clock, service, session: new ConsoleSession(service, () => clock.now()) });
  });
  afterEach(async () => {
    await store?.close();
  });
}
