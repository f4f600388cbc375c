import type { ActorInput } from '../../../core/actor.ts';
import type { Clock } from '../../../core/clock.ts';
import type { UserErrorData } from '../../../core/errors.ts';
import { refusalText } from '../../../core/restriction.ts';
import { discordRole } from '../render/card.ts';
import type { EventService } from '../../../core/service.ts';
import type { Reader } from '../../text/interpret.ts';
import type { Cards } from '../cards.ts';
import type { AdapterLog } from '../../../observe/adapter-log.ts';

/** What every handler gets. */
export interface Ctx {
  service: EventService;
  clock: Clock;
  log: AdapterLog;
  cards: Cards;
}

export async function readerOf(ctx: Ctx, actor: ActorInput): Promise<Reader> {
  const p = await ctx.service.preferences(actor);
  return { timezone: p.timezone, locale: p.locale };
}

/** A core error as the person reads it. */
export function problem(e: UserErrorData | string): string {
  if (typeof e !== 'string' && e.restriction) return `⚠️ ${refusalText(e.restriction, discordRole)}`;
  return `⚠️ ${typeof e === 'string' ? e : e.message}`;
}

export const OOPS = '⚠️ Something went wrong on our side. Please try again in a moment; if it keeps happening, tell a server admin.';
