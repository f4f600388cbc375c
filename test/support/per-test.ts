import { afterEach, beforeEach } from 'vitest';
import type { Store } from '../../src/store/database.ts';
import type { StoreFactory } from './stores.ts';

/**
 * A fresh store for each test of the calling describe block, with what `build` makes on it;
 * `stop` runs and the store closes after each test. Returns a stand-in for the current test's
 * value: read its fields inside tests (`h.clock`, `h.store.db`), not at describe time.
 */
export function perTest<T extends object>(factory: StoreFactory, build: (store: Store) => T, stop?: (value: T) => Promise<unknown>): T & { readonly store: Store } {
  let current: (T & { store: Store }) | null = null;
  beforeEach(async () => {
    const store = await factory.open();
    current = Object.assign(build(store), { store });
  });
  afterEach(async () => {
    const done = current;
    current = null;
    if (!done) return;
    try {
      await stop?.(done);
    } finally {
      await done.store.close();
    }
  });
  return new Proxy({} as T & { store: Store }, {
    get(_, key) {
      if (!current) throw new Error(`perTest: read '${String(key)}' inside a test, not at describe time`);
      const v = Reflect.get(current, key) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(current) : v;
    },
  });
}
