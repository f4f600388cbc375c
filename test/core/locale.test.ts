import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalLocale, dateOrder, localeForZone, resolveLocale, settlesDayMonth } from '../../src/core/locale.ts';
import { CommandSchema } from '../../src/core/commands.ts';

describe('locale (issue 9, item 5)', () => {
  it('validates and canonicalises tags with Intl', () => {
    expect(canonicalLocale('en-gb')).toBe('en-GB');
    expect(canonicalLocale('EN-us')).toBe('en-US');
    expect(canonicalLocale('klingon')).toBeNull();
    expect(canonicalLocale('')).toBeNull();
    expect(CommandSchema.safeParse({ type: 'user_settings', locale: 'en-gb' })).toMatchObject({ success: true, data: { locale: 'en-GB' } });
    expect(CommandSchema.safeParse({ type: 'user_settings', locale: 'not a locale' }).success).toBe(false);
  });

  it('reads the day/month order from how Intl writes a date', () => {
    expect(dateOrder('en-GB')).toBe('dmy');
    expect(dateOrder('en-US')).toBe('mdy');
    expect(dateOrder('de-DE')).toBe('dmy');
    expect(dateOrder('ja-JP')).toBe('ymd');
    expect(settlesDayMonth('en')).toBe(false); // both orders are written in English
    expect(settlesDayMonth('en-CA')).toBe(false); // year first: no short day/month form to go by
  });

  it('defaults from a zone only where the zone settles it', () => {
    expect(localeForZone('Europe/Berlin')).toBe('en-DE');
    expect(localeForZone('Europe/London')).toBe('en-GB');
    expect(localeForZone('America/New_York')).toBe('en-US');
    expect(localeForZone('Asia/Kolkata')).toBe('en-IN');
    expect(localeForZone('UTC')).toBeNull();
    expect(localeForZone('Asia/Tokyo')).toBeNull();
    expect(localeForZone('America/Toronto')).toBeNull();
  });

  it('a person setting beats the workspace, the workspace beats the zone, the zone beats the platform language', () => {
    const base = { user: null, platform: null, workspace: null, timezone: 'UTC' };
    expect(resolveLocale(base)).toBe('en');
    expect(resolveLocale({ ...base, platform: 'en-GB' })).toBe('en-GB');
    expect(resolveLocale({ ...base, platform: 'en-US', timezone: 'Europe/Berlin' })).toBe('en-DE');
    expect(resolveLocale({ ...base, workspace: 'en-US', timezone: 'Europe/Berlin' })).toBe('en-US');
    expect(resolveLocale({ ...base, user: 'en-GB', workspace: 'en-US' })).toBe('en-GB');
    expect(resolveLocale({ ...base, platform: 'en' })).toBe('en');
  });

  it('every valid IANA zone gives null or a locale whose order is day or month first', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Intl.supportedValuesOf('timeZone')), (zone) => {
        const l = localeForZone(zone);
        if (l !== null) expect(['dmy', 'mdy']).toContain(dateOrder(l));
      }),
      { numRuns: 300 },
    );
  });
});
