import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.ts';
import { EventService } from '../../src/core/service.ts';
import { ConsoleSession } from '../../src/platforms/console/index.ts';
import type { Store } from '../../src/store/database.ts';
import { storeFactories } from '../support/stores.ts';

describe('console: /event feed', () => {
  let store: Store;
  const clock = new ManualClock('2026-11-21T15:00:00Z');
  beforeEach(async () => {
    store = await storeFactories()[0]!.open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('prints the same private URLs until a reset, then new ones', async () => {
    const service = new EventService({ store, clock, calendar: { secret: 'console-secret-0123456', baseUrl: 'https://convene.example.org/' } });
    const session = new ConsoleSession(service, () => clock.now());
    const first = (await session.handle('/event feed'))!;
    const urls = first.match(/https:\/\/convene\.example\.org\/feeds\/[A-Za-z0-9_-]{32}\.ics/g)!;
    expect(urls).toHaveLength(3);
    expect(first).toMatch(/My events.*\n.*All events here.*\n.*This channel's events/);
    expect(await session.handle('/event feed')).toBe(first);
    const reset = (await session.handle('/event feed reset'))!;
    expect(reset).toMatch(/old feed URLs no longer work/);
    for (const u of urls) expect(reset).not.toContain(u);
    expect(await session.handle('/event feed please')).toMatch(/^⚠ Try: feed/);
  });

  it('says how to turn feeds on when there is no HTTP server', async () => {
    const service = new EventService({ store, clock });
    const session = new ConsoleSession(service, () => clock.now());
    expect(await session.handle('/event feed')).toMatch(/^⚠ Calendar feeds need the HTTP server.*HTTP_PORT/);
  });
});
