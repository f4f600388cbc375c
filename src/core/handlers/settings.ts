import { eventsRepo } from '../../store/events-repo.ts';
import { settingsRepo } from '../../store/settings-repo.ts';
import type { UserSettings, WorkspaceSettings } from '../settings.ts';
import type { CommandOf } from '../commands.ts';
import type { HandlerContext } from '../context.ts';
import { UserError } from '../errors.ts';
import { resolveZoneSetting } from '../../when/zone-setting.ts';
import { isManager } from '../permissions.ts';

/**
 * A zone typed as a setting, resolved to what is stored ('est' -> America/New_York, never a fixed
 * UTC-5) and the sentence that says so ("Using America/New_York (EST/EDT) …") for the reply.
 */
function zoneSetting(typed: string | null | undefined): { zone: string | null | undefined; readBack?: string } {
  if (typed === undefined || typed === null) return { zone: typed };
  const r = resolveZoneSetting(typed);
  if (!r.ok) throw new UserError('invalid', r.message);
  return { zone: r.zone, readBack: r.readBack };
}

export async function updateUserSettings(
  ctx: HandlerContext,
  cmd: CommandOf<'user_settings'>,
): Promise<{ settings: UserSettings; zoneReadBack?: string }> {
  const current = await settingsRepo.user(ctx.db, ctx.tenant, ctx.actor.userId);
  const zone = zoneSetting(cmd.timezone);
  const settings: UserSettings = {
    timezone: zone.zone !== undefined ? zone.zone : current.timezone,
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
  return zone.readBack ? { settings, zoneReadBack: zone.readBack } : { settings };
}

export async function updateWorkspaceSettings(
  ctx: HandlerContext,
  cmd: CommandOf<'workspace_settings'>,
): Promise<{ settings: WorkspaceSettings; zoneReadBack?: string }> {
  if (!isManager(ctx.actor, ctx.workspace)) {
    throw new UserError('forbidden', 'Only workspace managers can change workspace settings. Ask an admin to add you as a manager.');
  }
  const w = ctx.workspace;
  if (cmd.mirrorEvents && ctx.tenant.platform !== 'discord') {
    throw new UserError('invalid', 'Mirroring events is for Discord servers (their Scheduled Events); this workspace has nothing to mirror them to.');
  }
  const zone = zoneSetting(cmd.timezone);
  const settings: WorkspaceSettings = {
    timezone: zone.zone !== undefined ? zone.zone : w.timezone,
    locale: cmd.locale !== undefined ? cmd.locale : w.locale,
    reminderOffsets: cmd.reminderOffsets !== undefined ? cmd.reminderOffsets : w.reminderOffsets,
    managerUserIds: cmd.managerUserIds ?? w.managerUserIds,
    managerRoleIds: cmd.managerRoleIds ?? w.managerRoleIds,
    allDayReminderAt: cmd.allDayReminderAt !== undefined ? cmd.allDayReminderAt : w.allDayReminderAt,
    mirrorEvents: cmd.mirrorEvents ?? w.mirrorEvents,
  };
  await settingsRepo.saveWorkspace(ctx.db, ctx.tenant, settings, ctx.now);
  if (settings.allDayReminderAt !== w.allDayReminderAt) {
    // The all-day events' reminders move to the new hour.
    for (const e of await eventsRepo.upcomingAllDay(ctx.db, ctx.tenant, ctx.now)) await ctx.lifecycle.changed(ctx.db, { type: 'replan', event: e }, ctx.now);
  }
  if (settings.mirrorEvents !== w.mirrorEvents) {
    // The mirror catches up (or is taken down) through the scheduler, in this transaction.
    await ctx.lifecycle.changed(ctx.db, { type: 'mirror', tenant: ctx.tenant, on: settings.mirrorEvents }, ctx.now);
  }
  return zone.readBack ? { settings, zoneReadBack: zone.readBack } : { settings };
}
