import { feedTokensRepo } from '../../store/feed-tokens-repo.ts';
import type { CommandOf } from '../commands.ts';
import type { HandlerContext } from '../context.ts';
import { UserError } from '../errors.ts';
import { feedToken, feedTokenHash, type FeedScope } from '../feed-tokens.ts';

export interface FeedUrl {
  scope: FeedScope;
  channelId: string | null;
  url: string;
}

export interface Feeds {
  feeds: FeedUrl[];
  /** The earlier URLs were revoked by this request. */
  reset: boolean;
}

/**
 * A person's calendar feed URLs: the workspace's events, their own (hosting or answered), and the
 * channel's when asked from one. The same URLs each time until a reset revokes them all.
 */
export async function feedUrls(ctx: HandlerContext, cmd: CommandOf<'feed'>): Promise<Feeds> {
  const cal = ctx.calendar;
  if (!cal?.baseUrl) {
    throw new UserError(
      'invalid',
      'Calendar feeds need the HTTP server, which is off here. The operator turns it on with HTTP_PORT (and PUBLIC_URL for the address calendar apps reach).',
    );
  }
  const userId = ctx.actor.userId;
  const gens = await feedTokensRepo.generations(ctx.db, ctx.tenant, userId);
  if (cmd.reset) await feedTokensRepo.revokeAll(ctx.db, ctx.tenant, userId, ctx.now);
  const generation = cmd.reset ? gens.max + 1 : (gens.live ?? gens.max + 1);
  const wanted: Array<{ scope: FeedScope; channelId: string | null }> = [
    { scope: 'mine', channelId: null },
    { scope: 'workspace', channelId: null },
  ];
  if (cmd.channelId) wanted.push({ scope: 'channel', channelId: cmd.channelId });
  const feeds: FeedUrl[] = [];
  for (const w of wanted) {
    const token = feedToken(cal.secret, { tenant: ctx.tenant, userId, generation, ...w });
    await feedTokensRepo.issue(ctx.db, feedTokenHash(token), { ...ctx.tenant, userId, generation, createdAt: ctx.now, ...w });
    feeds.push({ ...w, url: `${cal.baseUrl.replace(/\/+$/, '')}/feeds/${token}.ics` });
  }
  return { feeds, reset: cmd.reset };
}
