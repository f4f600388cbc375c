import { eventsRepo } from '../../store/events-repo.ts';
import { settingsRepo, type UserSettings, type WorkspaceSettings } from '../../store/settings-repo.ts';
import type { CommandOf } from '../commands.ts';
import type { HandlerContext } from '../context.ts';
import { UserError } from '../errors.ts';
import { isManager } from '../permissions.ts';

export async function updateUserSettings(ctx: HandlerContext, cmd: CommandOf<'user_settings'>): Promise<{ settings: UserSettings }> {
  const current = await settingsRepo.user(ctx.db, ctx.tenant, ctx.actor.userId);
  const settings: UserSettings = {
    timezone: cmd.timezone !== undefined ? cmd.timezone : current.timezone,
    locale: cmd.locale !== undefined ? cmd.locale : current.locale,
    reminderDms: cmd.reminderDms ?? current.reminderDms,
    reminderOffsets: cmd.reminderOffsets !== undefined ? cmd.reminderOffsets && [...new Set(cmd.reminderOffsets)] : current.reminderOffsets,
  };
  await settingsRepo.saveUser(ctx.db, ctx.tenant, ctx.actor.userId, settings, ctx.now);
  if (JSON.stringify(settings.reminderOffsets) !== JSON.stringify(current.reminderOffsets) || settings.reminderDms !== current.reminderDms) {
    // The reminders of events this person goes to follow their own times from now on.
    for (const e of await eventsRepo.answeredBy(ctx.db, ctx.tenant, ctx.actor.userId, ctx.now)) {
      await ctx.lifecycle.changed(ctx.db, { type: 'replan', event: e }, ctx.now);
    }
  }
  return { settings };
}

export async function updateWorkspaceSettings(
  ctx: HandlerContext,
  cmd: CommandOf<'workspace_settings'>,
): Promise<{ settings: WorkspaceSettings }> {
  if (!isManager(ctx.actor, ctx.workspace)) {
    throw new UserError('forbidden', 'Only workspace managers can change workspace settings. Ask an admin to add you as a manager.');
  }
  const w = ctx.workspace;
  const settings: WorkspaceSettings = {
    timezone: cmd.timezone !== undefined ? cmd.timezone : w.timezone,
    locale: cmd.locale !== undefined ? cmd.locale : w.locale,
    reminderOffsets: cmd.reminderOffsets !== undefined ? cmd.reminderOffsets : w.reminderOffsets,
    managerUserIds: cmd.managerUserIds ?? w.managerUserIds,
    managerRoleIds: cmd.managerRoleIds ?? w.managerRoleIds,
    allDayReminderAt: cmd.allDayReminderAt !== undefined ? cmd.allDayReminderAt : w.allDayReminderAt,
  };
  await settingsRepo.saveWorkspace(ctx.db, ctx.tenant, settings, ctx.now);
  if (settings.allDayReminderAt !== w.allDayReminderAt) {
    // The all-day events' reminders move to the new hour.
    for (const e of await eventsRepo.upcomingAllDay(ctx.db, ctx.tenant, ctx.now)) await ctx.lifecycle.changed(ctx.db, { type: 'replan', event: e }, ctx.now);
  }
  return { settings };
}
