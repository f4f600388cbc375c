import { PermissionFlagsBits, PermissionsBitField, type ChatInputCommandInteraction } from 'discord.js';
import type { ActorInput } from '../../../core/actor.ts';
import { describeWhen } from '../../../when/index.ts';
import { cardRefOf, type CardRef } from '../cards.ts';
import { API, apiCode, describe } from '../errors.ts';
import { ts } from '../render/time.ts';
import { createInputFromOptions } from './create-input.ts';
import { problem, readerOf, type Ctx } from './context.ts';
import { respond, type Payload } from './respond.ts';

const POST_RIGHTS = [PermissionFlagsBits.ViewChannel, PermissionFlagsBits.SendMessages];

/**
 * Whether the member may write in the channel they chose: Discord resolves the channel option
 * with the member's computed permissions there (overwrites included). Unknown counts as no.
 */
function memberMayPost(channel: unknown): boolean {
  const raw = (channel as { permissions?: unknown } | null)?.permissions;
  if (raw instanceof PermissionsBitField) return raw.has(POST_RIGHTS);
  if (typeof raw !== 'string' && typeof raw !== 'bigint') return false;
  try {
    return new PermissionsBitField(BigInt(raw)).has(POST_RIGHTS);
  } catch {
    return false;
  }
}

/** /event create: read the time, create through the core, post the card with its thread. */
export async function handleCreate(ctx: Ctx, i: ChatInputCommandInteraction, actor: ActorInput): Promise<void> {
  // The thread and the stored card reference come after the reply: the person sees the answer sooner.
  const later: { run?: () => Promise<unknown> } = {};
  await respond(i, { ephemeral: true }, async (): Promise<Payload> => {
    const reader = await readerOf(ctx, actor);
    const now = ctx.clock.now();
    const o = i.options;
    const chosen = o.getChannel('channel');
    // The card goes where the member may write themselves: no posting into a read-only or admin channel.
    if (chosen && !memberMayPost(chosen)) {
      return {
        content: problem(
          `You can't post in <#${chosen.id}>: you need View Channel and Send Messages there. Pick a channel you can write in, or leave \`channel\` empty to post here.`,
        ),
      };
    }
    if (!chosen && i.inGuild() && i.memberPermissions && !i.memberPermissions.has(POST_RIGHTS)) {
      return { content: problem(`You can't send messages in this channel, so I won't post your event here. Use \`channel\` to pick one you can write in.`) };
    }
    const channelId = chosen?.id ?? i.channelId;
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
        ctx.log(`discord: could not post card of ${view.id} in ${channelId}: ${describe(err)}`, 'warn', err);
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
