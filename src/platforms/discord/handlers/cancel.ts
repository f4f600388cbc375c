import { ActionRowBuilder, ButtonBuilder, ButtonStyle, Routes, type ButtonInteraction, type ChatInputCommandInteraction, type Client } from 'discord.js';
import type { ActorInput } from '../../../core/actor.ts';
import { cardRefOf } from '../cards.ts';
import { EVENT_OPTION } from '../commands.ts';
import { describe } from '../errors.ts';
import { problem, type Ctx } from './context.ts';
import { beforeDeadline, respond } from './respond.ts';
import { encodeCustomId } from '../custom-ids.ts';

/** /event cancel: the card shows it, and everyone who answered (not those who declined) is told in the event's thread. */
export async function handleCancel(ctx: Ctx, i: ChatInputCommandInteraction, actor: ActorInput): Promise<void> {
  await respond(i, { ephemeral: true }, async () => {
    const reason = i.options.getString('reason');
    const result = await ctx.service.run(actor, { type: 'cancel', event: i.options.getString(EVENT_OPTION, true), reason, idempotencyKey: i.id });
    if (!result.ok) return { content: problem(result.error) };
    const { event, attendees } = result.value;
    await ctx.cards.refresh(event);
    // The scheduler tells them: a notice in the event's thread that mentions them, and DMs.
    const told = attendees.length ? ` The ${attendees.length} ${attendees.length === 1 ? 'person' : 'people'} who answered ${attendees.length === 1 ? 'is' : 'are'} being told.` : '';
    return { content: `✖ Cancelled **${event.title}**.${told}` };
  });
}

/** /event delete: removes the event and its card message; a series, or an event others answered, asks first. */
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
    await tidyAfterDelete(ctx, i.client, actor, result.value);
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
  if (result.ok) await tidyAfterDelete(ctx, i.client, actor, result.value);
}

/** The card message goes; its discussion thread says why it went quiet and is archived. */
async function tidyAfterDelete(ctx: Ctx, client: Client, actor: ActorInput, deleted: { id: string; title: string; card: unknown }): Promise<void> {
  const ref = cardRefOf(deleted.card);
  if (ref) {
    try {
      await client.rest.delete(Routes.channelMessage(ref.channelId, ref.messageId));
    } catch (err) {
      ctx.log(`discord: could not delete card of ${deleted.id}: ${describe(err)}`, 'warn', err);
    }
  }
  if (ref?.threadId) {
    // The bot started the thread, so it may archive it.
    try {
      await client.rest.post(Routes.channelMessages(ref.threadId), {
        body: { content: `🗑️ **${deleted.title}** was deleted by <@${actor.userId}>.`, allowed_mentions: { parse: [] } },
      });
      await client.rest.patch(Routes.channel(ref.threadId), { body: { archived: true } });
    } catch (err) {
      ctx.log(`discord: could not close the thread of ${deleted.id}: ${describe(err)}`, 'warn', err);
    }
  }
}
