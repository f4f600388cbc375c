import type { Tenant } from '../core/event.ts';
import type { Executor } from './events-repo.ts';

import { EMPTY_USER_SETTINGS, EMPTY_WORKSPACE_SETTINGS, type UserSettings, type WorkspaceSettings } from '../core/settings.ts';
import { fromJson, toJson } from './json-text.ts';
import { prepared } from './prepared.ts';

const workspaceRow = prepared((db, p: Tenant) =>
  db.selectFrom('workspace_settings').selectAll().where('platform', '=', p.platform).where('workspace_id', '=', p.workspaceId),
);

export const settingsRepo = {
  async workspace(db: Executor, t: Tenant): Promise<WorkspaceSettings> {
    const [row] = await workspaceRow(db, { platform: t.platform, workspaceId: t.workspaceId });
    if (!row) return EMPTY_WORKSPACE_SETTINGS;
    return {
      timezone: row.timezone,
      locale: row.locale,
      reminderOffsets: row.reminder_offsets ? (fromJson(row.reminder_offsets)) : null,
      managerUserIds: fromJson(row.manager_user_ids),
      managerRoleIds: fromJson(row.manager_role_ids),
      allDayReminderAt: row.all_day_reminder_at === null ? null : Number(row.all_day_reminder_at),
      mirrorEvents: Boolean(row.mirror_events),
    };
  },

  async saveWorkspace(db: Executor, t: Tenant, s: WorkspaceSettings, now: number): Promise<void> {
    const values = {
      timezone: s.timezone,
      locale: s.locale,
      reminder_offsets: s.reminderOffsets ? toJson(s.reminderOffsets) : null,
      manager_user_ids: toJson(s.managerUserIds),
      manager_role_ids: toJson(s.managerRoleIds),
      all_day_reminder_at: s.allDayReminderAt,
      mirror_events: s.mirrorEvents ? 1 : 0,
      updated_at: now,
    };
    await db
      .insertInto('workspace_settings')
      .values({ platform: t.platform, workspace_id: t.workspaceId, ...values })
      .onConflict((oc) => oc.columns(['platform', 'workspace_id']).doUpdateSet(values))
      .execute();
  },

  async user(db: Executor, t: Tenant, userId: string): Promise<UserSettings> {
    const row = await db
      .selectFrom('user_settings')
      .selectAll()
      .where('platform', '=', t.platform)
      .where('workspace_id', '=', t.workspaceId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (!row) return EMPTY_USER_SETTINGS;
    return {
      timezone: row.timezone,
      locale: row.locale,
      reminderDms: Boolean(row.reminder_dms),
      reminderOffsets: row.reminder_offsets ? (fromJson(row.reminder_offsets)) : null,
    };
  },

  async saveUser(db: Executor, t: Tenant, userId: string, s: UserSettings, now: number): Promise<void> {
    const values = {
      timezone: s.timezone,
      locale: s.locale,
      reminder_dms: s.reminderDms ? 1 : 0,
      reminder_offsets: s.reminderOffsets ? toJson(s.reminderOffsets) : null,
      updated_at: now,
    };
    await db
      .insertInto('user_settings')
      .values({ platform: t.platform, workspace_id: t.workspaceId, user_id: userId, ...values })
      .onConflict((oc) => oc.columns(['platform', 'workspace_id', 'user_id']).doUpdateSet(values))
      .execute();
  },
};
