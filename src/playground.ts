import type { Config } from './config.ts';
import { openCore } from './compose.ts';
import type { EventService } from './core/service.ts';
import { ConsoleSession } from './platforms/console/session.ts';

/** A store and service for one-shot console commands (`npm run cli -- run …`). */
export async function withPlayground<T>(
  config: Config,
  fn: (deps: { service: EventService; session: ConsoleSession }) => Promise<T>,
): Promise<T> {
  const core = await openCore(config);
  try {
    return await fn({ service: core.service, session: new ConsoleSession(core.service, () => core.clock.now()) });
  } finally {
    await core.store.close();
  }
}
