import { MessageFlags, type ButtonInteraction } from 'discord.js';
import type { ActorInput } from '../../../core/actor.ts';
import type { RsvpOutcome } from '../../../core/handlers/rsvp.ts';
import type { Result } from '../../../core/errors.ts';
import { rsvpReply } from '../../text/replies.ts';
import type { CustomId } from '../custom-ids.ts';
import { renderCard } from '../render/card.ts';
import { beforeDeadline } from './respond.ts';
import { problem, type Ctx } from './context.ts';

type ButtonId = Extract<CustomId, { kind: 'rsvp' | 'approve' | 'deny' }>;

/**
 * Going / Maybe / Can't go, and a host's Approve / Deny: the card under the button is redrawn
 * in place (the interaction's own update) and the clicker is answered ephemerally.
 */
export async function handleCardButton(ctx: Ctx, i: ButtonInteraction, actor: ActorInput, id: ButtonId): Promise<void> {
  const work: Promise<Result<RsvpOutcome>> =
    id.kind === 'rsvp'
      ? ctx.service.run(actor, { type: 'rsvp', event: id.eventId, occurrence: id.occurrence, status: id.status, idempotencyKey: i.id })
      : ctx.service.run(actor, {
          type: 'decide',
          event: id.eventId,
          occurrence: id.occurrence,
          userId: id.userId,
          approve: id.kind === 'approve',
          idempotencyKey: i.id,
        });
  const result = await beforeDeadline(work, () => i.deferUpdate());
  if (!result.ok) {
    const content = problem(result.error);
    // The refusal names roles (<@&id>): shown, never pinged.
    if (i.deferred) await i.followUp({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    else await i.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    return;
  }
  const o = result.value;
  const card = renderCard(o.event);
  if (i.deferred) await i.editReply({ ...card, allowedMentions: { parse: [] } });
  else await i.update({ ...card, allowedMentions: { parse: [] } });
  const reply = id.kind === 'rsvp' ? rsvpReply(o) : `<@${o.userId}> is now ${o.status === 'declined' ? 'declined' : o.status}.`;
  await i.followUp({ content: reply, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
  // Other copies of the card are redrawn by the core's card notice; the people this click
  // affected (promoted from the waitlist, decided by a host) are told by the scheduler.
}
