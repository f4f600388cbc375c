import { getTimezone } from 'countries-and-timezones';

/**
 * Locales: how a person writes and reads dates. A BCP 47 tag (canonicalLocale; values.ts: the Locale schema);
 * numeric day/month order comes from how Intl formats a date in it.
 */

/** A locale tag Intl has date formats for, in its canonical spelling ("en-gb" → "en-GB"; "en_gb" is no tag); null otherwise. */
export function canonicalLocale(tag: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.trim());
    // A tag Intl has no data for ("klingon") would silently format as something else.
    if (!canonical || Intl.DateTimeFormat.supportedLocalesOf([canonical]).length === 0) return null;
    // Formatting is what renderers do with it: it must work, not only parse.
    new Intl.DateTimeFormat(canonical).format(0);
    return canonical;
  } catch {
    return null;
  }
}

export type DateOrder = 'dmy' | 'mdy' | 'ymd';

/** The order of day, month and year in a short numeric date in this locale ("25/12/2026" → dmy). */
export function dateOrder(locale: string): DateOrder | null {
  return remembered(ORDERS, locale, orderOf);
}

/** Locale facts are pure and asked on every time reading; Intl takes tens of microseconds each. */
function remembered<T>(cache: Map<string, T>, key: string, compute: (k: string) => T): T {
  if (cache.has(key)) return cache.get(key)!;
  const v = compute(key);
  if (cache.size > 2000) cache.clear();
  cache.set(key, v);
  return v;
}
const ORDERS = new Map<string, DateOrder | null>();
const SETTLES = new Map<string, boolean>();
const ZONE_LOCALES = new Map<string, string | null>();

function orderOf(locale: string): DateOrder | null {
  const c = canonicalLocale(locale);
  if (!c) return null;
  const parts = new Intl.DateTimeFormat(c, { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' })
    .formatToParts(Date.UTC(2026, 11, 25))
    .map((p) => p.type)
    .filter((t) => t === 'day' || t === 'month' || t === 'year');
  const order = parts.map((t) => t[0]).join('');
  return order === 'dmy' || order === 'mdy' || order === 'ymd' ? order : null;
}

/**
 * Whether a locale says which of "3/4" is the day: a region is needed ("en" alone is used with
 * both orders), and a year-first locale (en-CA, ja) writes no short day/month form to go by.
 */
export function settlesDayMonth(locale: string | null | undefined): boolean {
  if (!locale) return false;
  return remembered(SETTLES, locale, settles);
}

function settles(locale: string): boolean {
  const c = canonicalLocale(locale);
  if (!c) return false;
  const { region } = new Intl.Locale(c);
  if (!region && c.split('-')[0] === 'en') return false;
  const order = dateOrder(c);
  return order === 'dmy' || order === 'mdy';
}

/**
 * A default locale from a time zone, where the zone settles it: the zone's own country (the first
 * the tz database lists for it) in English, when that country writes day and month in one order.
 * Europe/Berlin → en-DE (day first); America/New_York → en-US; UTC, Asia/Tokyo (year first),
 * America/Toronto (Canada writes both) → null.
 */
export function localeForZone(zone: string): string | null {
  return remembered(ZONE_LOCALES, zone, zoneLocale);
}

function zoneLocale(zone: string): string | null {
  const country = getTimezone(zone)?.countries[0];
  if (!country) return null;
  const tag = canonicalLocale(`en-${country}`);
  if (!tag || !settlesDayMonth(tag)) return null;
  return tag;
}

/**
 * The locale to read someone's dates in: their own setting, else the workspace's, else their
 * zone's default, else their platform's language when it names a region (Discord's en-GB), else
 * whatever the platform said (Slack's "en"), else plain "en" (order unknown: numeric dates are
 * asked). The zone comes before the platform's language: Discord and Slack default to en-US for
 * every English speaker, while a zone says where someone is.
 */
export function resolveLocale(p: { user: string | null; platform: string | null; workspace: string | null; timezone: string }): string {
  const known = (l: string | null) => (l ? canonicalLocale(l) : null);
  const specific = (l: string | null) => (l && settlesDayMonth(l) ? canonicalLocale(l) : null);
  return known(p.user) ?? known(p.workspace) ?? localeForZone(p.timezone) ?? specific(p.platform) ?? known(p.platform) ?? 'en';
}
