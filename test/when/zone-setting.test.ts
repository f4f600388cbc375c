import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/database.ts';
import { dateOrderForZone, resolveZoneSetting } from '../../src/when/zone-setting.ts';
import { actor, err, makeService, ok } from '../support/core.ts';
import { storeFactories } from '../support/stores.ts';

describe('zones typed as a setting', () => {
  it.each([
    ['est', 'America/New_York', /EST\/EDT/],
    ['EST', 'America/New_York', /EST\/EDT/],
    ['pst', 'America/Los_Angeles', /PST\/PDT/],
    ['cet', 'Europe/Berlin', /CET\/CEST/],
    ['ist', 'Asia/Kolkata', /Europe\/Dublin/],
    ['Eastern Time', 'America/New_York', /EST\/EDT/],
    ['europe/london', 'Europe/London', /GMT\/BST/],
    ['America/Sao_Paulo', 'America/Sao_Paulo', /America\/Sao_Paulo/],
    ['+05:30', 'UTC+5:30', /fixed offset/],
    ['UTC-8', 'UTC-8', /fixed offset/],
    ['gmt', 'UTC', /UTC/],
    ['new york', 'America/New_York', /EST\/EDT/],
  ])('%s -> %s', (typed, zone, readBack) => {
    const r = resolveZoneSetting(typed);
    expect(r).toMatchObject({ ok: true, zone });
    expect(r.ok && r.readBack).toMatch(readBack);
  });

  it('an abbreviation is the place, not the season: a July event under "est" is at -04:00', () => {
    const r = resolveZoneSetting('est');
    if (!r.ok) throw new Error(r.message);
    expect(DateTime.fromISO('2027-07-15T19:00', { zone: r.zone }).offset).toBe(-240);
    expect(DateTime.fromISO('2027-01-15T19:00', { zone: r.zone }).offset).toBe(-300);
  });

  it.each(['Nowhere/Land', 'blursday', '+15:00', '+05:75', ''])('refuses %j with a message that shows the forms', (typed) => {
    const r = resolveZoneSetting(typed);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/'/);
  });

  it('a default date order from the zone where it is unambiguous', () => {
    expect(dateOrderForZone('Europe/Berlin')).toBe('day-first');
    expect(dateOrderForZone('America/Chicago')).toBe('month-first');
    expect(dateOrderForZone('America/New_York')).toBe('month-first');
    expect(dateOrderForZone('UTC')).toBeNull();
    expect(dateOrderForZone('Asia/Tokyo')).toBeNull();
  });
});

describe.each(storeFactories())('settings store the zone people mean, on $name', (factory) => {
  let store: Store;
  let svc: ReturnType<typeof makeService>;
  beforeEach(async () => {
    store = await factory.open();
    svc = makeService(store);
  });
  afterEach(async () => {
    await store.close();
  });

  it('tz est is America/New_York with a read-back; +05:30 is a fixed offset; nonsense is refused', async () => {
    const r = ok(await svc.service.run(actor('u'), { type: 'user_settings', timezone: 'est' }));
    expect(r).toMatchObject({ settings: { timezone: 'America/New_York' } });
    expect((r as { zoneReadBack?: string }).zoneReadBack).toMatch(/America\/New_York \(EST\/EDT\)/);
    expect((await svc.service.preferences(actor('u'))).timezone).toBe('America/New_York');
    ok(await svc.service.run(actor('u'), { type: 'user_settings', timezone: '+05:30' }));
    expect((await svc.service.preferences(actor('u'))).timezone).toBe('UTC+5:30');
    ok(await svc.service.run(actor('m', { platformManager: true }), { type: 'workspace_settings', timezone: 'cet' }));
    expect((await svc.service.preferences(actor('v'))).timezone).toBe('Europe/Berlin');
    expect(err(await svc.service.run(actor('u'), { type: 'user_settings', timezone: 'Nowhere/Land' })).message).toMatch(/time zone/);
  });
});
