import { DateTime } from 'luxon';
import type { Command } from '../../core/commands.ts';
import type { TextCommand } from './grammar.ts';
import { dateNamed, type Reader } from './interpret.ts';

export type ListCommand = Extract<Command, { type: 'list' }>;

/**
 * `list …` as the core's list command: dates are whole days in the reader's zone ("to dec 31"
 * includes Dec 31); `page: 'next'` is the page after `lastPage` (1 when there was none).
 */
export function listCommand(
  cmd: Extract<TextCommand, { kind: 'list' }>,
  reader: Reader,
  now: Date,
  opts: { channelId: string; pageSize?: number; lastPage?: number },
): { ok: true; command: ListCommand } | { ok: false; message: string } {
  const day = (text: string, edge: 'start' | 'end'): number | string => {
    const d = dateNamed(text, reader, now);
    if (!d.ok) return d.message;
    const local = DateTime.fromISO(d.date, { zone: reader.timezone });
    return (edge === 'start' ? local.startOf('day') : local.plus({ days: 1 }).startOf('day')).toMillis();
  };
  const from = cmd.from ? day(cmd.from, 'start') : undefined;
  if (typeof from === 'string') return { ok: false, message: from };
  const to = cmd.to ? day(cmd.to, 'end') : undefined;
  if (typeof to === 'string') return { ok: false, message: to };
  const page = cmd.page === 'next' ? (opts.lastPage ?? 0) + 1 : cmd.page;
  return {
    ok: true,
    command: {
      type: 'list',
      scope: cmd.scope,
      channelId: opts.channelId,
      past: cmd.past,
      page,
      ...(opts.pageSize ? { pageSize: opts.pageSize } : {}),
      ...(cmd.ofKind ? { kind: cmd.ofKind } : {}),
      ...(from !== undefined ? { from } : {}),
      ...(to !== undefined ? { to } : {}),
    },
  };
}

/** What a list with nothing on this page says. */
export function emptyListText(c: ListCommand): string {
  if ((c.page ?? 1) > 1) return `No events on page ${c.page}: that was all of them.`;
  if (c.from !== undefined || c.to !== undefined || c.kind) return 'No events match. Try a wider date range or another kind.';
  return c.past ? 'No past events.' : 'No upcoming events.';
}
