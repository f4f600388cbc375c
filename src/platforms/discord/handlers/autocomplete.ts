import type { AutocompleteInteraction } from 'discord.js';
import { DateTime } from 'luxon';
import type { ActorInput } from '../../../core/actor.ts';
import type { ListScope } from '../../../core/commands.ts';
import type { EventView } from '../../../core/view.ts';
import { EVENT_KINDS } from '../../../core/event-schema.ts';
import type { Reader } from '../../text/interpret.ts';
import { LIMITS, truncate } from '../render/limits.ts';
import { readerOf, type Ctx } from './context.ts';
import { handleTimeAutocomplete, TIME_OPTIONS } from './when-autocomplete.ts';

/** Subcommands that change an event: autocomplete offers only events the person may manage. */
const MANAGING = new Set(['edit', 'cancel', 'delete']);
const MAX_CHOICES = 25;

/** "Game night — Fri, Nov 27, 8:00 PM" in the reader's zone and language, at most 100 characters. */
export function choiceName(v: Pick<EventView, 'title' | 'occurrence' | 'allDay'>, reader: Reader): string {
  const at = DateTime.fromMillis(v.occurrence.start, { zone: reader.timezone }).setLocale(reader.locale);
  const date = v.allDay
    ? at.toLocaleString({ weekday: 'short', month: 'short', day: 'numeric' })
    : at.toLocaleString({ weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' });
  const suffix = ` — ${date}`;
  return (truncate(v.title, LIMITS.choiceName - suffix.length) + suffix).replace(/[\u202f\u00a0]/g, ' ');
}

/** Every <event> option (a time option previews its reading instead): upcoming events of the server, title + localized date; the value is the event id. */
export async function handleAutocomplete(ctx: Ctx, i: AutocompleteInteraction, actor: ActorInput): Promise<void> {
  const focused = i.options.getFocused(true);
  const typed = String(focused.value ?? '');
  if (TIME_OPTIONS.has(focused.name)) return handleTimeAutocomplete(ctx, i, actor, focused.name, typed);
  // The kinds as autocomplete, not choices: a command's names and choices share 4000 characters.
  if (focused.name === 'kind') {
    const t = typed.trim().toLowerCase();
    return i.respond(EVENT_KINDS.filter((k) => k.includes(t)).map((k) => ({ name: `${k.charAt(0).toUpperCase()}${k.slice(1)}`, value: k })));
  }
  const sub = i.options.getSubcommand(false) ?? '';
  // Hosts see their own events; managers (Manage Events / Manage Server, or the configured
  // manager role) see the whole server.
  const manager = MANAGING.has(sub) ? await ctx.service.isManager(actor) : true;
  const scope: ListScope = manager ? 'workspace' : 'hosting';
  const reader = await readerOf(ctx, actor);
  const r = await ctx.service.run(actor, { type: 'list', scope, query: typed.trim() || undefined, pageSize: MAX_CHOICES });
  const found: EventView[] = r.ok ? r.value.events : [];
  await i.respond(
    found.slice(0, MAX_CHOICES).map((v) => ({ name: choiceName(v, reader), value: v.id })),
  );
}
