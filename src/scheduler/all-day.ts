import type { Tenant } from '../core/event.ts';
import type { Executor } from '../store/events-repo.ts';
import { settingsRepo } from '../store/settings-repo.ts';

/**
 * Each workspace's local reminder time for all-day events, read once per pass (a batch, a roll):
 * planning and judging an all-day reminder both need it.
 */
export class AllDayHours {
  readonly #byTenant = new Map<string, Promise<number | null>>();
  constructor(private readonly db: Executor) {}

  get(t: Tenant): Promise<number | null> {
    const k = `${t.platform}|${t.workspaceId}`;
    let p = this.#byTenant.get(k);
    if (!p) {
      p = settingsRepo.workspace(this.db, t).then((s) => s.allDayReminderAt);
      this.#byTenant.set(k, p);
    }
    return p;
  }
}
