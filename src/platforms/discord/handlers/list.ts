import { ActionRowBuilder, ButtonBuilder, ButtonStyle, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { ActorInput } from '../../../core/actor.ts';
import type { ListScope } from '../../../core/commands.ts';
import type { EventKind } from '../../../core/event-schema.ts';
import { emptyListText, listCommand, type ListCommand } from '../../text/list.ts';
import { encodeCustomId, type CustomId } from '../custom-ids.ts';
import { listLine } from '../render/card.ts';
import { fitEmbed } from '../render/limits.ts';
import { problem, readerOf, type Ctx } from './context.ts';
import { respond, type Payload } from './respond.ts';

const PAGE_SIZE = 15;

type ListId = Extract<CustomId, { kind: 'list' }>;

/** One page, with ◀ / ▶ buttons carrying the query (scope, kind, range) and the page to show. */
async function page(ctx: Ctx, actor: ActorInput, command: ListCommand): Promise<Payload> {
  const result = await ctx.service.run(actor, command);
  if (!result.ok) return { content: problem(result.error), embeds: [], components: [] };
  const { events, hasMore, page: n } = result.value;
  if (events.length === 0) return { content: `${emptyListText(command)}${n === 1 ? ' Create one with `/event create`.' : ''}`, embeds: [], components: [] };
  const description = events.map(listLine).join('\n');
  const at = (p: number): ListId => ({
    kind: 'list',
    page: p,
    scope: command.scope ?? 'workspace',
    past: command.past ?? false,
    ofKind: command.kind,
    from: command.from,
    to: command.to,
  });
  const components =
    n > 1 || hasMore
      ? [
          new ActionRowBuilder<ButtonBuilder>().addComponents(
            new ButtonBuilder().setCustomId(encodeCustomId(at(Math.max(1, n - 1)))).setLabel('◀ Previous').setStyle(ButtonStyle.Secondary).setDisabled(n <= 1),
            new ButtonBuilder().setCustomId(encodeCustomId(at(n + 1))).setLabel('Next ▶').setStyle(ButtonStyle.Secondary).setDisabled(!hasMore),
          ),
        ]
      : [];
  const title = command.past ? 'Past events' : 'Upcoming events';
  return { content: '', embeds: [fitEmbed({ title: n > 1 || hasMore ? `${title} · page ${n}` : title, description, color: 0x5865f2 })], components };
}

/** /event list [scope] [from] [to] [kind] [page]: soonest first, a page at a time. */
export async function handleList(ctx: Ctx, i: ChatInputCommandInteraction, actor: ActorInput): Promise<void> {
  await respond(i, { ephemeral: true }, async () => {
    const reader = await readerOf(ctx, actor);
    const kind = i.options.getString('kind');
    const planned = listCommand(
      {
        kind: 'list',
        scope: (i.options.getString('scope') ?? 'workspace') as ListScope,
        past: false,
        page: i.options.getInteger('page') ?? 1,
        ...(i.options.getString('from') ? { from: i.options.getString('from')! } : {}),
        ...(i.options.getString('to') ? { to: i.options.getString('to')! } : {}),
        ...(kind ? { ofKind: kind as EventKind } : {}),
      },
      reader,
      ctx.clock.now(),
      { channelId: i.channelId, pageSize: PAGE_SIZE },
    );
    if (!planned.ok) return { content: problem(planned.message) };
    return page(ctx, actor, planned.command);
  });
}

/** ◀ / ▶ under a list: that page, in place. */
export async function handleListPage(ctx: Ctx, i: ButtonInteraction, actor: ActorInput, id: ListId): Promise<void> {
  const payload = await page(ctx, actor, {
    type: 'list',
    scope: id.scope,
    past: id.past,
    page: id.page,
    pageSize: PAGE_SIZE,
    channelId: i.channelId,
    ...(id.ofKind ? { kind: id.ofKind } : {}),
    ...(id.from !== undefined ? { from: id.from } : {}),
    ...(id.to !== undefined ? { to: id.to } : {}),
  });
  await i.update({ ...payload, allowedMentions: { parse: [] } });
}
