import { MessageFlags, type ButtonInteraction } from 'discord.js';
import type { ActorInput } from '../../../core/actor.ts';
import { offerReply } from '../../text/replies.ts';
import type { CustomId } from '../custom-ids.ts';
import { LIMITS, truncate } from '../render/limits.ts';
import { problem, type Ctx } from './context.ts';
import { beforeDeadline } from './respond.ts';

type OfferId = Extract<CustomId, { kind: 'offer' }>;

/**
 * Claim / Pass on a seat offer's DM. A DM has no server, so the button names it; the person is
 * whoever clicked (the core checks that the offer is theirs). The DM is redrawn with the answer
 * and without its buttons; the event's card is redrawn by the core's card notice.
 */
export async function handleOfferButton(ctx: Ctx, i: ButtonInteraction, id: OfferId): Promise<void> {
  const actor: ActorInput = {
    platform: 'discord',
    workspaceId: id.guildId,
    via: 'discord',
    userId: i.user.id,
    displayName: i.user.globalName ?? i.user.username,
    roles: [],
    platformManager: false,
    timezone: null,
    locale: i.locale ?? null,
  };
  const work = ctx.service.run(actor, { type: 'offer', event: id.eventId, occurrence: id.occurrence, answer: id.answer, idempotencyKey: i.id });
  const result = await beforeDeadline(work, () => i.deferUpdate());
  if (!result.ok) {
    const content = problem(result.error);
    if (i.deferred) await i.followUp({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    else await i.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    return;
  }
  const answered = { content: truncate(`${i.message.content}\n\n${result.value.status === 'going' ? '✅' : '↪️'} ${offerReply(result.value)}`, LIMITS.content), components: [], allowedMentions: { parse: [] } };
  if (i.deferred) await i.editReply(answered);
  else await i.update(answered);
}
