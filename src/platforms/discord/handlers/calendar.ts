import type { RepliableInteraction } from 'discord.js';
import { addToCalendar } from '../../../calendar/add.ts';
import type { ActorInput } from '../../../core/actor.ts';
import { feedLines } from '../../text/replies.ts';
import { fitEmbed } from '../render/limits.ts';
import { problem, type Ctx } from './context.ts';
import { respond } from './respond.ts';

/**
 * "Add to calendar" (the card's button or /event calendar): just for the asker, Google and
 * Outlook links and the event's .ics file attached for Apple Calendar and the rest.
 */
export async function handleCalendar(ctx: Ctx, i: RepliableInteraction, actor: ActorInput, ref: string): Promise<void> {
  await respond(i, { ephemeral: true }, async () => {
    const r = await ctx.service.run(actor, { type: 'calendar', event: ref });
    if (!r.ok) return { content: problem(r.error) };
    const add = addToCalendar(r.value, { now: ctx.clock.now().getTime() });
    const outlookNote = add.seriesInOutlook ? ' (the next date only; the file has the whole series)' : '';
    const description = [
      `[Google Calendar](${add.google})`,
      `[Outlook](${add.outlook})${outlookNote}`,
      'Apple Calendar and others: open the attached file.',
      'To get every event as it changes, subscribe to a feed: `/event feed`.',
    ].join('\n');
    return {
      embeds: [fitEmbed({ title: `Add "${add.title}" to your calendar`, description, color: 0x5865f2 })],
      files: [{ attachment: Buffer.from(add.ics, 'utf8'), name: add.fileName }],
    };
  });
}

/** /event feed [reset]: the asker's private feed URLs, ephemeral. */
export async function handleFeed(ctx: Ctx, i: RepliableInteraction, actor: ActorInput, reset: boolean): Promise<void> {
  await respond(i, { ephemeral: true }, async () => {
    const r = await ctx.service.run(actor, { type: 'feed', channelId: i.channelId, reset, idempotencyKey: i.id });
    if (!r.ok) return { content: problem(r.error) };
    return { content: feedLines(r.value).join('\n').replace('"feed reset"', '`/event feed reset:True`') };
  });
}
