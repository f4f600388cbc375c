import type { ChatInputCommandInteraction } from 'discord.js';
import type { ActorInput } from '../../../core/actor.ts';
import type { ListScope, RsvpChoice } from '../../../core/commands.ts';
import { dateNamed } from '../../text/interpret.ts';
import { rsvpReply } from '../../text/replies.ts';
import { ts } from '../render/time.ts';
import { EVENT_OPTION } from '../commands.ts';
import { renderCard, listLine } from '../render/card.ts';
import { fitEmbed } from '../render/limits.ts';
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

/** /event rsvp: answer for yourself, for the date named (a repeating event's occurrence) or the next one. */
export async function handleRsvpCommand(ctx: Ctx, i: ChatInputCommandInteraction, actor: ActorInput): Promise<void> {
  await respond(i, { ephemeral: true }, async () => {
    const dateText = i.options.getString('date');
    const on = dateText ? dateNamed(dateText, await readerOf(ctx, actor), ctx.clock.now()) : null;
    if (on && !on.ok) return { content: problem(on.message) };
    const status = i.options.getString('answer', true) as RsvpChoice;
    const result = await ctx.service.run(actor, {
      type: 'rsvp',
      event: i.options.getString(EVENT_OPTION, true),
      status,
      ...(on ? { date: on.date } : {}),
      idempotencyKey: i.id,
    });
    if (!result.ok) return { content: problem(result.error) };
    // The channel's card shows the next occurrence: redraw it from that, not from the date answered.
    const shown = await ctx.service.run(actor, { type: 'get', event: result.value.event.id });
    if (shown.ok) await ctx.cards.refresh(shown.value.event);
    const occ = result.value.event.occurrence;
    return { content: `${rsvpReply(result.value)}${on ? ` (${ts(occ.start, 'F')})` : ''}` };
  });
}

/** /event list [scope]: upcoming events, soonest first. */
export async function handleList(ctx: Ctx, i: ChatInputCommandInteraction, actor: ActorInput): Promise<void> {
  await respond(i, { ephemeral: true }, async () => {
    const scope = (i.options.getString('scope') ?? 'workspace') as ListScope;
    const result = await ctx.service.run(actor, { type: 'list', scope, channelId: i.channelId, pageSize: 15 });
    if (!result.ok) return { content: problem(result.error) };
    const { events, hasMore } = result.value;
    if (events.length === 0) return { content: 'No upcoming events here. Create one with `/event create`.' };
    const description = events.map(listLine).join('\n') + (hasMore ? '\n… and more: narrow the list with the scope option.' : '');
    return { embeds: [fitEmbed({ title: 'Upcoming events', description, color: 0x5865f2 })] };
  });
}
