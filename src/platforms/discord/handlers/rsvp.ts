import { MessageFlags, type ButtonInteraction } from 'discord.js';
import type { ActorInput } from '../../../core/actor.ts';
import type { EventView } from '../../../core/view.ts';
import type { Result } from '../../../core/errors.ts';
import { rsvpReply, standingReply } from '../../text/replies.ts';
import { ts } from '../render/time.ts';
import type { CustomId } from '../custom-ids.ts';
import { renderCard } from '../render/card.ts';
import { beforeDeadline } from './respond.ts';
import { problem, type Ctx } from './context.ts';

type ButtonId = Extract<CustomId, { kind: 'rsvp' | 'every' | 'approve' | 'deny' }>;

/** What a click did: the card to redraw and the sentence for the clicker. */
interface Clicked {
  event: EventView;
  reply: string;
}

function clicked(ctx: Ctx, actor: ActorInput, id: ButtonId, key: string): Promise<Result<Clicked>> {
  const map = <T,>(r: Result<T>, f: (v: T) => Clicked): Result<Clicked> => (r.ok ? { ok: true, value: f(r.value) } : r);
  switch (id.kind) {
    case 'rsvp':
      return ctx.service
        .run(actor, { type: 'rsvp', event: id.eventId, occurrence: id.occurrence, status: id.status, idempotencyKey: key })
        .then((r) => map(r, (o) => ({ event: o.event, reply: rsvpReply(o) })));
    case 'every':
      return ctx.service
        .run(actor, { type: 'standing_rsvp', event: id.eventId, status: id.status, idempotencyKey: key })
        .then((r) => map(r, (o) => ({ event: o.event, reply: standingReply(o, (ms) => ts(ms, 'D')) })));
    case 'approve':
    case 'deny':
      return ctx.service
        .run(actor, { type: 'decide', event: id.eventId, occurrence: id.occurrence, userId: id.userId, approve: id.kind === 'approve', idempotencyKey: key })
        .then((r) => map(r, (o) => ({ event: o.event, reply: `<@${o.userId}> is now ${o.status === 'declined' ? 'declined' : o.status}.` })));
  }
}

/**
 * Going / Maybe / Can't go, a series' Going every time / Stop every time, and a host's Approve /
 * Deny: the card under the button is redrawn in place (the interaction's own update) and the
 * clicker is answered ephemerally.
 */
export async function handleCardButton(ctx: Ctx, i: ButtonInteraction, actor: ActorInput, id: ButtonId): Promise<void> {
  const result = await beforeDeadline(clicked(ctx, actor, id, i.id), () => i.deferUpdate());
  if (!result.ok) {
    const content = problem(result.error);
    // The refusal names roles (<@&id>): shown, never pinged.
    if (i.deferred) await i.followUp({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    else await i.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    return;
  }
  const card = renderCard(result.value.event);
  if (i.deferred) await i.editReply({ ...card, allowedMentions: { parse: [] } });
  else await i.update({ ...card, allowedMentions: { parse: [] } });
  await i.followUp({ content: result.value.reply, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
  // Other copies of the card are redrawn by the core's card notice; the people this click
  // affected (promoted from the waitlist, decided by a host) are told by the scheduler.
}
