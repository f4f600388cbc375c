import type { Command } from '../../core/commands.ts';
import { canonicalLocale, dateOrder } from '../../core/locale.ts';

/** How a locale writes 25 December, for the read-back: "en-GB (25/12/2026)". */
export function describeLocale(locale: string): string {
  const c = canonicalLocale(locale) ?? locale;
  const sample = new Intl.DateTimeFormat(c, { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, 11, 25));
  const order = dateOrder(c);
  const note = order === 'dmy' ? 'day first' : order === 'mdy' ? 'month first' : 'year first';
  return `${c} (${sample}, ${note})`;
}

/**
 * `settings locale en-GB` (yours) or `settings workspace-locale en-GB` (the workspace default):
 * the core command, or what is wrong with the tag. "none"/"auto" clears it (back to the default).
 */
export function localeCommand(scope: 'user' | 'workspace', value: string): { command: Extract<Command, { type: 'user_settings' | 'workspace_settings' }>; reply: string } | { message: string } {
  const v = value.trim();
  const type = scope === 'user' ? 'user_settings' : 'workspace_settings';
  const whose = scope === 'user' ? 'Your' : "The workspace's";
  if (/^(none|auto|default|reset)$/i.test(v)) {
    return { command: { type, locale: null }, reply: `${whose} date order now follows the default (the workspace's, else the time zone's).` };
  }
  const c = canonicalLocale(v);
  if (!c) return { message: `"${v}" is not a locale I know — use a tag like en-GB (25/12), en-US (12/25), de-DE or fr-CA.` };
  return { command: { type, locale: c }, reply: `${whose} locale is now ${describeLocale(c)}: numeric dates are read and shown that way.` };
}
