import type { Executor } from '../store/events-repo.ts';
import { eventsRepo, type DraftViewer } from '../store/events-repo.ts';
import { canManage, isManager } from './permissions.ts';
import type { WorkspaceSettings } from './settings.ts';
import type { Actor } from './actor.ts';
import { UserError } from './errors.ts';
import type { EventRecord, Tenant } from './event.ts';
import type { EventLifecycle } from './lifecycle.ts';

/** What a command handler gets: one transaction, one instant, one actor. */
export interface HandlerContext {
  db: Executor;
  dialect: 'sqlite' | 'postgres';
  now: number;
  actor: Actor;
  tenant: Tenant;
  workspace: WorkspaceSettings;
  lifecycle: EventLifecycle;
  newId: () => string;
  /** Calendar feeds: the key feed tokens are derived with, and the address the HTTP server is reached at. */
  calendar: CalendarSettings | null;
}

export interface CalendarSettings {
  secret: string;
  baseUrl: string | null;
}

const ID_PATTERN = /^[a-z0-9]{8}$/;

/**
 * An event by id, or by (part of) its title among the workspace's upcoming events.
 * With `lock`, the row stays locked for the rest of the transaction (Postgres).
 */
export async function resolveEvent(ctx: HandlerContext, ref: string, opts: { lock?: boolean } = {}): Promise<EventRecord> {
  const trimmed = ref.trim().replace(/^#/, '');
  if (ID_PATTERN.test(trimmed.toLowerCase())) {
    const id = trimmed.toLowerCase();
    const byId = opts.lock
      ? await eventsRepo.getForUpdate(ctx.db, ctx.tenant, id, ctx.dialect)
      : await eventsRepo.get(ctx.db, ctx.tenant, id);
    if (byId && visible(ctx, byId)) return byId;
  }
  const matches = await eventsRepo.findByTitle(ctx.db, ctx.tenant, trimmed, ctx.now, draftViewer(ctx), 6);
  const exact = matches.filter((m) => m.title.toLowerCase() === trimmed.toLowerCase());
  const pick = exact.length === 1 ? exact : matches;
  if (pick.length === 0) {
    throw new UserError('not_found', `I couldn't find an upcoming event called "${ref}". Try /event list to see them with their ids.`);
  }
  if (pick.length > 1) {
    const names = pick.slice(0, 5).map((m) => `"${m.title}" (${m.id})`).join(', ');
    throw new UserError('ambiguous', `"${ref}" matches several events: ${names}. Use the id to pick one.`);
  }
  const only = pick[0]!;
  return opts.lock ? ((await eventsRepo.getForUpdate(ctx.db, ctx.tenant, only.id, ctx.dialect)) ?? only) : only;
}

/**
 * A typed line's event name followed by more words ("cancel standup no longer needed"): the whole
 * ref when it names an event; else the longest run of leading words that is exactly one event's
 * title (never a partial match: the words after it would pick an event by accident), and the rest.
 */
export async function resolveLeadingEvent(ctx: HandlerContext, ref: string, opts: { lock?: boolean } = {}): Promise<{ event: EventRecord; rest: string }> {
  try {
    return { event: await resolveEvent(ctx, ref, opts), rest: '' };
  } catch (err) {
    if (!(err instanceof UserError) || err.code !== 'not_found') throw err;
    const words = ref.trim().split(/\s+/);
    for (let k = words.length - 1; k >= 1; k--) {
      const name = words.slice(0, k).join(' ');
      // Enough partial matches ("Standup review", "Standup notes", …) not to crowd out the exact one.
      const matches = await eventsRepo.findByTitle(ctx.db, ctx.tenant, name, ctx.now, draftViewer(ctx), 100);
      const named = matches.filter((m) => m.title.toLowerCase() === name.toLowerCase());
      if (named.length === 1) return { event: await resolveEvent(ctx, named[0]!.id, opts), rest: words.slice(k).join(' ') };
    }
    throw err;
  }
}

/** Who may see which drafts: managers all of them, anyone else those they host. */
export function draftViewer(ctx: Pick<HandlerContext, 'actor' | 'workspace'>): DraftViewer {
  return isManager(ctx.actor, ctx.workspace) ? { all: true } : { all: false, userId: ctx.actor.userId };
}

/**
 * A draft is not announced: to anyone but its hosts and the managers it does not exist, on every
 * path (by id, by title, in "matches several events", in errors).
 */
function visible(ctx: HandlerContext, e: EventRecord): boolean {
  return e.status !== 'draft' || canManage(ctx.actor, e, ctx.workspace);
}
