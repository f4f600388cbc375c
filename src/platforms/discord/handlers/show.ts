import type { ChatInputCommandInteraction } from 'discord.js';
import type { ActorInput } from '../../../core/actor.ts';
import type { RsvpChoice } from '../../../core/commands.ts';
import { dateNamed } from '../../text/interpret.ts';
import { rsvpReply, standingReply } from '../../text/replies.ts';
import { StandingChoice } from '../../../core/standing.ts';
import { ts } from '../render/time.ts';
import { EVENT_OPTION } from '../commands.ts';
import { renderCard } from '../render/card.ts';
import { problem, readerOf, type Ctx } from './context.ts';
import { respond } from './respond.ts';

/** /event show: the card, just for the asker, with working buttons. */
export async function handleShow(ctx: Ctx, i: ChatInputCommandInteraction, actor: ActorInput): Promise<void> {
  await respond(i, { ephemeral: true }, async () => {
    const result = await ctx.service.run(actor, { type: 'get', event: i.options.getString(EVENT_OPTION, true) });
    if (!result.ok) return { content: problem(result.error) };
    return renderCard(result.value.event);
  });
}

/** /event rsvp: answer for yourself, for the date named (a repeating event's occurrence), every date (every: True), or the next one. */
export async function handleRsvpCommand(ctx: Ctx, i: ChatInputCommandInteraction, actor: ActorInput): Promise<void> {
  await respond(i, { ephemeral: true }, async () => {
    const dateText = i.options.getString('date');
    const on = dateText ? dateNamed(dateText, await readerOf(ctx, actor), ctx.clock.now()) : null;
    if (on && !on.ok) return { content: problem(on.message) };
    const answer = i.options.getString('answer', true);
    const event = i.options.getString(EVENT_OPTION, true);
    if (i.options.getBoolean('every')) {
      if (dateText) return { content: problem('Give a date or every: True, not both.') };
      const standing = StandingChoice.safeParse(answer);
      if (!standing.success) return { content: problem(`"${answer}" is not an answer: Going, Maybe, Can't go or Stop answering every time.`) };
      const r = await ctx.service.run(actor, { type: 'standing_rsvp', event, status: standing.data, idempotencyKey: i.id });
      if (!r.ok) return { content: problem(r.error) };
      return { content: standingReply(r.value, (ms) => ts(ms, 'D')) };
    }
    if (answer === 'none') return { content: problem('"Stop answering every time" goes with every: True.') };
    const status = answer as RsvpChoice;
    const result = await ctx.service.run(actor, {
      type: 'rsvp',
      event,
      status,
      ...(on ? { date: on.date } : {}),
      idempotencyKey: i.id,
    });
    if (!result.ok) return { content: problem(result.error) };
    // The channel's card (the next occurrence) is redrawn by the core's card notice.
    const occ = result.value.event.occurrence;
    return { content: `${rsvpReply(result.value)}${on ? ` (${ts(occ.start, 'F')})` : ''}` };
  });
}
