import { Routes, type ChatInputCommandInteraction } from 'discord.js';
import type { ActorInput } from '../../../core/actor.ts';
import { cardRefOf } from '../cards.ts';
import { EVENT_OPTION } from '../commands.ts';
import { describe } from '../errors.ts';
import { problem, type Ctx } from './context.ts';
import { respond } from './respond.ts';

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

/** /event delete: removes the event and its card message. */
export async function handleDelete(ctx: Ctx, i: ChatInputCommandInteraction, actor: ActorInput): Promise<void> {
  await respond(i, { ephemeral: true }, async () => {
    const result = await ctx.service.run(actor, { type: 'delete', event: i.options.getString(EVENT_OPTION, true), idempotencyKey: i.id });
    if (!result.ok) return { content: problem(result.error) };
    const ref = cardRefOf(result.value.card);
    if (ref) {
      try {
        await i.client.rest.delete(Routes.channelMessage(ref.channelId, ref.messageId));
      } catch (err) {
        ctx.log(`discord: could not delete card of ${result.value.id}: ${describe(err)}`, 'warn', err);
      }
    }
    if (ref?.threadId) {
      // Its discussion thread says why it went quiet and is archived (the bot started it, so it may).
      try {
        await i.client.rest.post(Routes.channelMessages(ref.threadId), {
          body: { content: `🗑️ **${result.value.title}** was deleted by <@${actor.userId}>.`, allowed_mentions: { parse: [] } },
        });
        await i.client.rest.patch(Routes.channel(ref.threadId), { body: { archived: true } });
      } catch (err) {
        ctx.log(`discord: could not close the thread of ${result.value.id}: ${describe(err)}`, 'warn', err);
      }
    }
    return { content: `🗑️ Deleted **${result.value.title}**.` };
  });
}
