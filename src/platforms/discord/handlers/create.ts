import { ActionRowBuilder, ButtonBuilder, ButtonStyle, PermissionFlagsBits, PermissionsBitField, type ChatInputCommandInteraction } from 'discord.js';
import { encodeCustomId } from '../custom-ids.ts';
import type { ActorInput } from '../../../core/actor.ts';
import { describeWhen } from '../../../when/index.ts';
import { forYou } from '../render/time.ts';
import { createInputFromOptions } from './create-input.ts';
import { optionWords } from './event-options.ts';
import { problem, readerOf, type Ctx } from './context.ts';
import { respond, type Payload } from './respond.ts';
import { askWithButtons } from './question.ts';
import { createCandidate } from '../../text/questions.ts';
import { readPickValue } from '../when-choice.ts';

/** Under the creator's confirmation: the forms with user, role and channel selects for the rest. */
function optionButtons(eventId: string): ActionRowBuilder<ButtonBuilder> {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder().setCustomId(encodeCustomId({ kind: 'who', eventId })).setLabel('Invite people, roles, co-hosts…').setStyle(ButtonStyle.Secondary),
    new ButtonBuilder().setCustomId(encodeCustomId({ kind: 'more', eventId })).setLabel('Kind, repeat, deadline, channel…').setStyle(ButtonStyle.Secondary),
  );
}

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

/** /event create: read the time and create through the core; the scheduler posts the card with its thread. */
export async function handleCreate(ctx: Ctx, i: ChatInputCommandInteraction, actor: ActorInput): Promise<void> {
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
        words: optionWords(o, ['kind', 'invite', 'cohosts', 'visibility', 'remindBy', 'min', 'ping', 'offers']),
      },
      reader,
      now,
    );
    if (!mapped.ok && mapped.choices) {
      return askWithButtons(ctx, actor, mapped.message, mapped.choices.map((c) => createCandidate(c.parsed, c.input)), reader, now);
    }
    if (!mapped.ok) return { content: problem(mapped.message) };
    const result = await ctx.service.run(actor, { type: 'create', input: mapped.input, idempotencyKey: i.id });
    if (!result.ok) return { content: problem(result.error) };
    const view = result.value.event;
    const read = `I read "${readPickValue(o.getString('when', true)).text}" as ${describeWhen(mapped.parsed, reader.timezone, now, reader.locale)}${forYou(view)}.`;
    const components = [optionButtons(view.id)];
    if (view.status === 'draft') return { content: `📝 Saved **${view.title}** as a draft. ${read}`, components };
    // The card is a durable notice of the core, posted by the scheduler like any other door's event.
    return { content: `✅ Created **${view.title}** (\`${view.id}\`). ${read}\nIts card is being posted in <#${channelId}>.`, components };
  });
}
