import { ActionRowBuilder, ButtonBuilder, ButtonStyle, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { ActorInput } from '../../../core/actor.ts';
import { EVENT_OPTION } from '../commands.ts';
import { problem, type Ctx } from './context.ts';
import { beforeDeadline, respond } from './respond.ts';
import { encodeCustomId } from '../custom-ids.ts';

/** /event cancel: the card shows it (the core's card notice redraws it), and everyone who answered (not those who declined) is told in the event's thread. */
export async function handleCancel(ctx: Ctx, i: ChatInputCommandInteraction, actor: ActorInput): Promise<void> {
  await respond(i, { ephemeral: true }, async () => {
    const reason = i.options.getString('reason');
    const result = await ctx.service.run(actor, { type: 'cancel', event: i.options.getString(EVENT_OPTION, true), reason, idempotencyKey: i.id });
    if (!result.ok) return { content: problem(result.error) };
    const { event, attendees } = result.value;
    // The scheduler tells them: a notice in the event's thread that mentions them, and DMs.
    const told = attendees.length ? ` The ${attendees.length} ${attendees.length === 1 ? 'person' : 'people'} who answered ${attendees.length === 1 ? 'is' : 'are'} being told.` : '';
    return { content: `✖ Cancelled **${event.title}**.${told}` };
  });
}

/** /event delete: removes the event (its card goes through the scheduler); a series, or an event others answered, asks first. */
export async function handleDelete(ctx: Ctx, i: ChatInputCommandInteraction, actor: ActorInput): Promise<void> {
  await respond(i, { ephemeral: true }, async () => {
    const ref = i.options.getString(EVENT_OPTION, true);
    const result = await ctx.service.run(actor, { type: 'delete', event: ref, idempotencyKey: i.id });
    if (!result.ok && result.error.code === 'unconfirmed') {
      const got = await ctx.service.run(actor, { type: 'get', event: ref });
      if (!got.ok) return { content: problem(got.error) };
      const eventId = got.value.event.id;
      const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
        new ButtonBuilder().setCustomId(encodeCustomId({ kind: 'delete', eventId })).setLabel('Delete').setStyle(ButtonStyle.Danger),
        new ButtonBuilder().setCustomId(encodeCustomId({ kind: 'keep', eventId })).setLabel('Keep it').setStyle(ButtonStyle.Secondary),
      );
      return { content: `⚠️ ${result.error.message}`, components: [row] };
    }
    if (!result.ok) return { content: problem(result.error) };
    // The card and its thread are tidied by the core's durable notice (the scheduler), as for a delete through any door.
    return { content: `🗑️ Deleted **${result.value.title}**.` };
  });
}

/** The answer to "delete it?": Delete deletes (confirmed), Keep it keeps; the question is replaced by the outcome. */
export async function handleDeleteAnswer(ctx: Ctx, i: ButtonInteraction, actor: ActorInput, id: { kind: 'delete' | 'keep'; eventId: string }): Promise<void> {
  if (id.kind === 'keep') {
    await i.update({ content: 'Kept it; nothing was deleted.', components: [] });
    return;
  }
  const result = await beforeDeadline(ctx.service.run(actor, { type: 'delete', event: id.eventId, confirmed: true, idempotencyKey: i.id }), () => i.deferUpdate());
  const content = result.ok ? `🗑️ Deleted **${result.value.title}**.` : problem(result.error);
  if (i.deferred) await i.editReply({ content, components: [] });
  else await i.update({ content, components: [] });
}
