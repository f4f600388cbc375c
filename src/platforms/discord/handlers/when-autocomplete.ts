import type { AutocompleteInteraction } from 'discord.js';
import type { ActorInput } from '../../../core/actor.ts';
import { choiceLabel, interpretWhen, type Reader } from '../../text/interpret.ts';
import { parseLength } from '../../text/offsets.ts';
import { LIMITS, truncate } from '../render/limits.ts';
import { pickValue, readPickValue } from '../when-choice.ts';
import { readerOf, type Ctx } from './context.ts';
import { EVENT_OPTION } from '../commands.ts';

/** Options of /event create and /event edit that take a time, and autocomplete a live reading. */
export const TIME_OPTIONS = new Set(['when', 'end', 'deadline', 'announce']);

/** Autocomplete reads at most this much: Discord's option limit for a choice's value. */
const MAX_TYPED = LIMITS.choiceValue;

export interface Choice {
  name: string;
  value: string;
}

const named = (name: string) => truncate(name.replace(/[\u202f\u00a0]/g, ' '), LIMITS.choiceName);

/**
 * The live reading of a time being typed, as autocomplete choices: one choice naming how it
 * reads ("Fri, Dec 4, 8:00–10:00 PM CET (in 6 days)") whose value is the text as typed; for a
 * question one choice per candidate (the value says which, so picking it settles the question);
 * for a refusal a short hint. `from`: what the time is read against (the event's start for an end).
 */
export function timeChoices(typedRaw: string, reader: Reader, now: Date, from: Date = now, allowPast = false): Choice[] {
  const typed = readPickValue(typedRaw).text.trim();
  if (!typed) return [];
  if (typed.length > MAX_TYPED) return [{ name: named(`⚠ Too long: a time needs at most ${MAX_TYPED} characters here.`), value: typed.slice(0, MAX_TYPED) }];
  const length = from !== now ? parseLength(typed) : null;
  if (length !== null) {
    const end = new Date(from.getTime() + length);
    return [{ name: named(`Ends ${choiceLabel({ start: end, end: null, allDay: false, timezone: reader.timezone, zoneNamed: false, recurrence: null, matched: typed }, reader, now)}`), value: typed }];
  }
  const read = interpretWhen(typed, reader, from, { allowPast });
  if (read.ok) return [{ name: named(choiceLabel(read.parsed, reader, now)), value: typed }];
  if (!read.choices) return [{ name: named(`⚠ ${read.message}`), value: typed }];
  const fits = pickValue(typed, 0).length <= LIMITS.choiceValue;
  return read.choices.slice(0, 25).map((c, n) => ({
    name: named(`${n + 1}) ${choiceLabel(c.parsed, reader, now)}`),
    // Too long to carry the pick: the value is the text, and the command asks with buttons.
    value: fits ? pickValue(typed, n) : typed,
  }));
}

/** The focused option is a time: answer with its reading (an end is read from the start typed, or the event's). */
export async function handleTimeAutocomplete(ctx: Ctx, i: AutocompleteInteraction, actor: ActorInput, option: string, typed: string): Promise<void> {
  const reader = await readerOf(ctx, actor);
  const now = ctx.clock.now();
  let from = now;
  if (option === 'end') from = (await startOf(ctx, i, actor, reader, now)) ?? now;
  await i.respond(timeChoices(typed, reader, now, from, from !== now));
}

async function startOf(ctx: Ctx, i: AutocompleteInteraction, actor: ActorInput, reader: Reader, now: Date): Promise<Date | null> {
  const when = i.options.getString('when');
  if (when) {
    const typed = readPickValue(when);
    const read = interpretWhen(typed.text.slice(0, MAX_TYPED), reader, now);
    const picked = read.ok ? read : typed.pick !== null ? read.choices?.[typed.pick] : undefined;
    if (picked) return new Date(picked.start);
  }
  const event = i.options.getString(EVENT_OPTION);
  if (!event) return null;
  const got = await ctx.service.run(actor, { type: 'get', event });
  return got.ok ? new Date(got.value.event.occurrence.start) : null;
}
