import type { Store } from '../store/database.ts';
import { settingsRepo } from '../store/settings-repo.ts';
import { ActorSchema, type Actor, type ActorInput } from './actor.ts';
import type { Result } from './errors.ts';
import { isManager } from './permissions.ts';
import { tenantOf } from './actor.ts';

/** The actor when they manage their workspace; else the refusal to show them (`what`: "manage API keys"). */
export async function managerOnly(store: Store, actor: ActorInput, what: string): Promise<Result<Actor>> {
  const a = ActorSchema.safeParse(actor);
  if (!a.success) return { ok: false, error: { code: 'invalid', message: 'Who is asking is unclear.' } };
  const ws = await settingsRepo.workspace(store.db, tenantOf(a.data));
  if (isManager(a.data, ws)) return { ok: true, value: a.data };
  return { ok: false, error: { code: 'forbidden', message: `Only workspace managers can ${what}.` } };
}
