import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../core/clock.ts';
import type { Store } from '../store/database.ts';
import { feedItems, feedName, feedStamp, openFeed } from './feed-query.ts';
import { buildIcs, icsRevision, VeventCache } from './ics.ts';

export interface FeedPluginDeps {
  store: Store;
  clock: Clock;
  /** Past events stay in feeds this many days after they end. */
  pastDays: number;
  /** How often calendar apps are asked to poll. */
  refreshSeconds?: number;
  /** Written VEVENTs kept between requests (default: one cache per plugin, 50,000 events). */
  cache?: VeventCache;
}

const TOKEN = /^([A-Za-z0-9_-]{16,64})(?:\.ics)?$/;
const NOT_FOUND = {
  error: {
    code: 'not_found',
    field: 'token',
    message: 'No calendar feed at this address. It may have been reset: ask the bot for your current URLs with /event feed.',
  },
};

function etagMatches(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  // Weak comparison (RFC 9110 §13.1.2): W/"x" matches "x".
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

/** RFC 9110 §13.2.2: If-None-Match wins; If-Modified-Since counts only without it. */
function notModified(req: FastifyRequest, etag: string, lastModified: number): boolean {
  const inm = req.headers['if-none-match'];
  if (typeof inm === 'string') return etagMatches(inm, etag);
  const ims = req.headers['if-modified-since'];
  if (typeof ims !== 'string') return false;
  const since = Date.parse(ims);
  return !Number.isNaN(since) && Math.floor(lastModified / 1000) * 1000 <= since;
}

/**
 * Subscribable calendar feeds under /feeds/: GET /feeds/<token>.ics answers an iCalendar document
 * with ETag and Last-Modified, 304 for a conditional request that is still current, and 404 for
 * an unknown or revoked token (never saying which). The validators come from a summary query
 * (feedStamp), so a 304 never builds the document; a 200 rebuilds only the events that changed
 * since they were last written (VeventCache).
 */
export async function feedsPlugin(app: FastifyInstance, deps: FeedPluginDeps): Promise<void> {
  const cache = deps.cache ?? new VeventCache();
  app.setNotFoundHandler((_req, reply) => reply.code(404).header('cache-control', 'private, no-cache').send(NOT_FOUND));
  app.get<{ Params: { file: string } }>('/:file', async (req, reply: FastifyReply) => {
    const m = TOKEN.exec(req.params.file);
    const now = deps.clock.now().getTime();
    const window = { now, pastDays: deps.pastDays };
    const token = m ? await openFeed(deps.store.db, m[1]!) : null;
    reply.header('cache-control', 'private, no-cache');
    if (!token) return reply.code(404).send(NOT_FOUND);
    const stamp = await feedStamp(deps.store.db, token, window, icsRevision(now));
    const etag = `"${createHash('sha256').update(stamp.validator).digest('base64url').slice(0, 27)}"`;
    reply.header('etag', etag).header('last-modified', new Date(stamp.lastModified).toUTCString());
    if (notModified(req, etag, stamp.lastModified)) return reply.code(304).send();
    // Read after the stamp: the body is never older than its ETag (at worst newer, which only costs a 200 later).
    const items = stamp.items ?? (await feedItems(deps.store.db, token, window));
    const body = buildIcs(items, { now, name: feedName(token.scope), refreshSeconds: deps.refreshSeconds ?? 1800, cache });
    return reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', 'inline; filename="convene.ics"')
      .send(body);
  });
}
