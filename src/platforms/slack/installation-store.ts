import type { Installation, InstallationQuery, InstallationStore } from '@slack/oauth';
import type { Clock } from '../../core/clock.ts';
import type { Kysely } from 'kysely';
import type { Store } from '../../store/database.ts';
import type { Database } from '../../store/schema.ts';
import type { SlackTables } from './tables.ts';

function keyOf(enterpriseId: string | undefined, teamId: string | undefined, enterpriseInstall: boolean): string {
  if (enterpriseInstall && enterpriseId) return `E:${enterpriseId}`;
  if (teamId) return `T:${teamId}`;
  if (enterpriseId) return `E:${enterpriseId}`;
  throw new Error('An installation names neither a team nor an enterprise');
}

/**
 * Bolt's InstallationStore on our database (table slack_installations): one row per workspace
 * install, or per organization for an org-wide (Enterprise Grid) install.
 */
export class DatabaseInstallationStore implements InstallationStore {
  /** `team:enterprise` pairs already written, so a request costs no write once its pair is known. */
  readonly #known = new Set<string>();

  /** The store's database seen with Slack's own tables (the store itself knows nothing of Slack). */
  readonly #db: Kysely<Database & SlackTables>;

  constructor(
    store: Store,
    private readonly clock: Clock,
  ) {
    this.#db = store.db.withTables<SlackTables>();
  }

  async storeInstallation<AuthVersion extends 'v1' | 'v2'>(installation: Installation<AuthVersion, boolean>): Promise<void> {
    const enterpriseInstall = Boolean(installation.isEnterpriseInstall);
    const id = keyOf(installation.enterprise?.id, installation.team?.id, enterpriseInstall);
    const now = this.clock.now().getTime();
    const row = {
      id,
      team_id: installation.team?.id ?? null,
      enterprise_id: installation.enterprise?.id ?? null,
      is_enterprise_install: enterpriseInstall ? 1 : 0,
      app_id: installation.appId ?? null,
      bot_token: installation.bot?.token ?? null,
      bot_id: installation.bot?.id ?? null,
      bot_user_id: installation.bot?.userId ?? null,
      installation: JSON.stringify(installation),
      updated_at: now,
    };
    await this.#db
      .insertInto('slack_installations')
      .values({ ...row, installed_at: now })
      .onConflict((oc) => oc.column('id').doUpdateSet(row))
      .execute();
    if (installation.team?.id && installation.enterprise?.id) await this.rememberTeam(installation.team.id, installation.enterprise.id);
  }

  /**
   * Enterprise Grid: workspace `teamId` belongs to organization `enterpriseId`. Events are stored
   * under the workspace, an org-wide install under the organization: this links the two.
   */
  async rememberTeam(teamId: string, enterpriseId: string): Promise<void> {
    const pair = `${teamId}:${enterpriseId}`;
    if (this.#known.has(pair)) return;
    const row = { enterprise_id: enterpriseId, updated_at: this.clock.now().getTime() };
    await this.#db
      .insertInto('slack_team_enterprises')
      .values({ team_id: teamId, ...row })
      .onConflict((oc) => oc.column('team_id').doUpdateSet(row))
      .execute();
    if (this.#known.size >= 10_000) this.#known.clear();
    this.#known.add(pair);
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation<'v1' | 'v2', boolean>> {
    // Bolt asks on every request with the payload's team and enterprise: the moment to learn the link.
    if (query.teamId && query.enterpriseId) await this.rememberTeam(query.teamId, query.enterpriseId);
    const candidates: string[] = [];
    if (query.isEnterpriseInstall && query.enterpriseId) candidates.push(`E:${query.enterpriseId}`);
    if (query.teamId) candidates.push(`T:${query.teamId}`);
    if (query.enterpriseId) candidates.push(`E:${query.enterpriseId}`);
    for (const id of candidates) {
      const row = await this.#db.selectFrom('slack_installations').select('installation').where('id', '=', id).executeTakeFirst();
      if (row) return JSON.parse(row.installation) as Installation<'v1' | 'v2', boolean>;
    }
    throw new Error(`No Slack installation for ${query.enterpriseId ?? '-'}/${query.teamId ?? '-'}`);
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    const id = keyOf(query.enterpriseId, query.teamId, Boolean(query.isEnterpriseInstall));
    await this.#db.deleteFrom('slack_installations').where('id', '=', id).execute();
  }

  /**
   * The bot token for a workspace (what the notifier posts with), or null when not installed: the
   * workspace's own install, else the org-wide install of the organization it belongs to.
   */
  async botToken(workspaceId: string): Promise<string | null> {
    const row = await this.#db
      .selectFrom('slack_installations')
      .select('bot_token')
      .where((eb) => eb.or([eb('id', '=', `T:${workspaceId}`), eb('id', '=', `E:${workspaceId}`)]))
      .orderBy('id', 'desc')
      .executeTakeFirst();
    if (row?.bot_token) return row.bot_token;
    const link = await this.#db.selectFrom('slack_team_enterprises').select('enterprise_id').where('team_id', '=', workspaceId).executeTakeFirst();
    if (!link) return null;
    const org = await this.#db.selectFrom('slack_installations').select('bot_token').where('id', '=', `E:${link.enterprise_id}`).executeTakeFirst();
    return org?.bot_token ?? null;
  }
}
