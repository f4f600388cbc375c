import { droppedReply } from '../../text/replies.ts';
import { ActionRowBuilder, ButtonBuilder, ButtonStyle, MessageFlags, type ButtonInteraction } from 'discord.js';
import type { ActorInput } from '../../../core/actor.ts';
import { heldChoices, type Candidate } from '../../text/questions.ts';
import type { Reader } from '../../text/interpret.ts';
import { encodeCustomId } from '../custom-ids.ts';
import { LIMITS, truncate } from '../render/limits.ts';
import { forYou } from '../render/time.ts';
import { problem, type Ctx } from './context.ts';
import type { Payload } from './respond.ts';
import { beforeDeadline } from './respond.ts';

/**
 * The time read more than one way: the question, held by the core for the asker, and one button
 * per reading plus "None of these" (an ephemeral reply). Nothing is created or changed until a pick.
 */
export async function askWithButtons(ctx: Ctx, actor: ActorInput, message: string, candidates: Candidate[], reader: Reader, now: Date): Promise<Payload> {
  const choices = heldChoices(candidates, reader, now);
  const id = await ctx.service.questions.ask(actor, message, choices);
  const buttons = choices.map((c, n) =>
    new ButtonBuilder()
      .setCustomId(encodeCustomId({ kind: 'pick', questionId: id, choice: n }))
      .setLabel(truncate(c.label, LIMITS.buttonLabel))
      .setStyle(n === 0 ? ButtonStyle.Primary : ButtonStyle.Secondary),
  );
  const none = new ButtonBuilder().setCustomId(encodeCustomId({ kind: 'pick', questionId: id, choice: null })).setLabel('None of these').setStyle(ButtonStyle.Danger);
  const rows: ActionRowBuilder<ButtonBuilder>[] = [];
  const all = [...buttons, none];
  for (let i = 0; i < all.length; i += 5) rows.push(new ActionRowBuilder<ButtonBuilder>().addComponents(...all.slice(i, i + 5)));
  return { content: truncate(`❓ ${message}\nPick one; nothing is saved until you do.`, LIMITS.content), components: rows };
}

/**
 * A button of a time question: the pick runs once (the core holds the question) and the question
 * becomes the outcome. A refusal (someone else's question, another reading already picked, an
 * expired question, a time the core refuses) is said apart, ephemerally; the question stays.
 */
export async function handlePick(ctx: Ctx, i: ButtonInteraction, actor: ActorInput, id: { questionId: string; choice: number | null }): Promise<void> {
  const work = async (): Promise<{ content: string; done: boolean }> => {
    if (id.choice === null) {
      const r = await ctx.service.questions.dismiss(actor, id.questionId);
      if (!r.ok) return { content: problem(r.error), done: false };
      return { content: 'Left it; nothing was saved. Run the command again with the time written out (like "4pm" or "dec 3").', done: true };
    }
    const r = await ctx.service.questions.answer(actor, id.questionId, id.choice);
    if (!r.ok) return { content: problem(r.error), done: false };
    const v = r.value.outcome.event;
    if (r.value.type === 'update') return { content: `✏️ Updated **${v.title}**: ${r.value.label}${forYou(v)}; attendees are told.${droppedReply(r.value.outcome.dropped)}`, done: true };
    if (v.status === 'draft') return { content: `📝 Saved **${v.title}** as a draft: ${r.value.label}${forYou(v)}.`, done: true };
    const card = v.channelId ? `\nIts card is being posted in <#${v.channelId}>.` : '';
    return { content: `✅ Created **${v.title}** (\`${v.id}\`): ${r.value.label}${forYou(v)}.${card}`, done: true };
  };
  const out = await beforeDeadline(work(), () => i.deferUpdate());
  const mentions = { parse: [] as never[] };
  if (!out.done) {
    if (i.deferred) await i.followUp({ content: out.content, flags: MessageFlags.Ephemeral, allowedMentions: mentions });
    else await i.reply({ content: out.content, flags: MessageFlags.Ephemeral, allowedMentions: mentions });
    return;
  }
  if (i.deferred) await i.editReply({ content: out.content, components: [], allowedMentions: mentions });
  else await i.update({ content: out.content, components: [], allowedMentions: mentions });
}
