import type { ChatInputCommandInteraction } from 'discord.js';
import type { ActorInput } from '../../../core/actor.ts';
import { describeWhen } from '../../../when/index.ts';
import { cardRefOf, type CardRef } from '../cards.ts';
import { API, apiCode, describe } from '../errors.ts';
import { ts } from '../render/time.ts';
import { createInputFromOptions } from './create-input.ts';
import { problem, readerOf, type Ctx } from './context.ts';
import { respond, type Payload } from './respond.ts';

/** /event create: read the time, create through the core, post the card with its thread. */
export async function handleCreate(ctx: Ctx, i: ChatInputCommandInteraction, actor: ActorInput): Promise<void> {
  // The thread and the stored card reference come after the reply: the person sees the answer sooner.
  const later: { run?: () => Promise<unknown> } = {};
  await respond(i, { ephemeral: true }, async (): Promise<Payload> => {
    const reader = await readerOf(ctx, actor);
    const now = ctx.clock.now();
    const o = i.options;
    const channelId = o.getChannel('channel')?.id ?? i.channelId;
    const mapped = createInputFromOptions(
      {
        title: o.getString('title', true),
        when: o.getString('when', true),
        end: o.getString('end'),
        duration: o.getString('duration'),
        location: o.getString('location'),
        description: o.getString('description'),
        capacity: o.getInteger('capacity'),
        reminders: o.getString('reminders'),
        dm: o.getBoolean('dm'),
        channelId,
        repeat: o.getString('repeat'),
        deadline: o.getString('deadline'),
        approval: o.getBoolean('approval'),
        announce: o.getString('announce'),
      },
      reader,
      now,
    );
    if (!mapped.ok) return { content: problem(mapped.message) };
    const result = await ctx.service.run(actor, { type: 'create', input: mapped.input, idempotencyKey: i.id });
    if (!result.ok) return { content: problem(result.error) };
    const view = result.value.event;
    const read = `I read "${o.getString('when', true)}" as ${describeWhen(mapped.parsed, reader.timezone, now, reader.locale)} — ${ts(view.occurrence.start, 'F')} (${ts(view.occurrence.start, 'R')}) for you.`;
    if (view.status === 'draft') return { content: `📝 Saved **${view.title}** as a draft. ${read}` };
    const existing: CardRef | null = cardRefOf(view.card);
    let messageId = existing?.messageId;
    const cardChannel = existing?.channelId ?? channelId;
    if (!messageId) {
      try {
        const posted = await ctx.cards.postMessage(view, channelId);
        messageId = posted;
        later.run = () => ctx.cards.finish(view, channelId, posted);
      } catch (err) {
        const code = apiCode(err);
        ctx.log(`discord: could not post card of ${view.id} in ${channelId}: ${describe(err)}`);
        if (code === API.missingAccess || code === API.missingPermissions) {
          return {
            content: problem(
              `Created **${view.title}** (\`${view.id}\`), but I may not post in <#${channelId}>. Give me View Channel, Send Messages and Embed Links there, then use /event show to see it.`,
            ),
          };
        }
        throw err;
      }
    }
    const link = `https://discord.com/channels/${actor.workspaceId}/${cardChannel}/${messageId}`;
    return { content: `✅ Created **${view.title}** (\`${view.id}\`). ${read}\n${link}` };
  });
  if (later.run) await later.run();
}
