/** Slack's own tables (Kysely types), seen through `db.withTables<SlackTables>()`: type aliases, as withTables needs. */
type SlackInstallationsTable = {
  /** `T:<team id>` for a workspace install, `E:<enterprise id>` for an org-wide install. */
  id: string;
  team_id: string | null;
  enterprise_id: string | null;
  is_enterprise_install: number;
  app_id: string | null;
  bot_token: string | null;
  bot_id: string | null;
  bot_user_id: string | null;
  /** The whole Installation object Bolt gave us, as JSON. */
  installation: string;
  installed_at: number;
  updated_at: number;
};

/** Enterprise Grid: the organization each workspace belongs to (seen in its payloads). */
type SlackTeamEnterprisesTable = {
  team_id: string;
  enterprise_id: string;
  updated_at: number;
};

export type SlackTables = {
  slack_installations: SlackInstallationsTable;
  slack_team_enterprises: SlackTeamEnterprisesTable;
};
