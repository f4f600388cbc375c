import { ManualClock } from '../../src/core/clock.ts';
import type { ActorInput } from '../../src/core/actor.ts';
import type { Result, UserErrorData } from '../../src/core/errors.ts';
import { EventService } from '../../src/core/service.ts';
import type { Store } from '../../src/store/database.ts';
import type { EventLifecycle } from '../../src/core/lifecycle.ts';
import { perTest } from './per-test.ts';
import type { StoreFactory } from './stores.ts';

export const NOW = '2026-11-21T12:00:00Z';

export function actor(userId: string, extra: Partial<ActorInput> = {}): ActorInput {
  return { platform: 'console', workspaceId: 'w1', userId, ...extra };
}

export function makeService(store: Store, lifecycle?: EventLifecycle) {
  const clock = new ManualClock(NOW);
  const service = new EventService({ store, clock, lifecycle });
  return { clock, service };
}

/** A fresh store and core service for each test of the calling describe block, closed after it. */
export function withService(factory: StoreFactory, lifecycle?: EventLifecycle) {
  return perTest(factory, (store) => makeService(store, lifecycle));
}

export function ok<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected success, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

export function err<T>(r: Result<T>): UserErrorData {
  if (r.ok) throw new Error('expected a user error, got success');
  return r.error;
}
