import { PermissionFlagsBits, type ChatInputCommandInteraction } from 'discord.js';
import { inviteUrl } from '../commands.ts';
import type { ActorInput } from '../../../core/actor.ts';
import { offsetsText } from '../../text/replies.ts';
import { parseOffsetList } from '../../text/offsets.ts';
import { reminderSetting } from '../../text/settings.ts';
import { localeCommand } from '../../text/locale-setting.ts';
import { problem, type Ctx } from './context.ts';
import { respond, type Payload } from './respond.ts';

/** /event settings timezone|locale|reminders|my-reminders|all-day|dm|manager-role. */
export async function handleSettings(ctx: Ctx, i: ChatInputCommandInteraction, actor: ActorInput): Promise<void> {
  await respond(i, { ephemeral: true }, async (): Promise<Payload> => {
    const o = i.options;
    switch (o.getSubcommand()) {
      case 'timezone': {
        const zone = o.getString('zone', true);
        const server = o.getString('for') === 'server';
        const r = server
          ? await ctx.service.run(actor, { type: 'workspace_settings', timezone: zone })
          : await ctx.service.run(actor, { type: 'user_settings', timezone: zone });
        if (!r.ok) return { content: problem(r.error) };
        return {
          content: server
            ? `🌍 The server's default time zone is now **${r.value.settings.timezone}**.`
            : `🌍 Times you type are now read in **${r.value.settings.timezone}**. (Cards always show times in each reader's own zone.)`,
        };
      }
      case 'locale': {
        const plan = localeCommand(o.getString('for') === 'server' ? 'workspace' : 'user', o.getString('tag', true));
        if ('message' in plan) return { content: problem(plan.message) };
        const r = await ctx.service.run(actor, plan.command);
        if (!r.ok) return { content: problem(r.error) };
        return { content: `🗓️ ${plan.reply}` };
      }
      case 'reminders': {
        const text = o.getString('offsets', true);
        let offsets: string[];
        if (/^\s*(none|off|no)\s*$/i.test(text)) offsets = [];
        else {
          const parsed = parseOffsetList(text);
          if (!parsed.ok) return { content: problem(`${parsed.message}. Try "15m, 1h, 1d" or "none".`) };
          offsets = parsed.offsets;
        }
        const r = await ctx.service.run(actor, { type: 'workspace_settings', reminderOffsets: offsets });
        if (!r.ok) return { content: problem(r.error) };
        return { content: `⏰ New events on this server remind ${offsetsText(offsets)}.` };
      }
      case 'my-reminders':
      case 'all-day': {
        const sub = o.getSubcommand() as 'my-reminders' | 'all-day';
        const parsed = reminderSetting(sub, o.getString(sub === 'all-day' ? 'time' : 'offsets', true));
        if ('problem' in parsed) return { content: problem(parsed.problem) };
        const r = await ctx.service.run(actor, parsed.command);
        if (!r.ok) return { content: problem(r.error) };
        return { content: `⏰ ${parsed.said}` };
      }
      case 'dm': {
        const enabled = o.getBoolean('enabled', true);
        const r = await ctx.service.run(actor, { type: 'user_settings', reminderDms: enabled });
        if (!r.ok) return { content: problem(r.error) };
        return { content: enabled ? '🔔 Reminders will reach you by DM.' : '🔕 No more reminder DMs; you still see reminders in event threads.' };
      }
      case 'discord-events': {
        const enabled = o.getBoolean('enabled', true);
        // Manage Events is asked for only by servers that turn this on: say how to grant it.
        if (enabled && i.appPermissions && !i.appPermissions.has(PermissionFlagsBits.ManageEvents)) {
          return {
            content: problem(
              `I need the **Manage Events** permission to mirror events to Discord's Events tab. Give my role Manage Events (Server Settings → Roles), or re-invite me with ${inviteUrl(i.applicationId, { events: true })} — then run this again.`,
            ),
          };
        }
        const r = await ctx.service.run(actor, { type: 'workspace_settings', mirrorEvents: enabled });
        if (!r.ok) return { content: problem(r.error) };
        return {
          content: enabled
            ? "📅 This server's events now also show in Discord's **Events** tab (the nearest 100 upcoming; a repeating event shows its next date). Convene stays the source of truth: edit events with /event edit — changes made in the Events tab are put back at the next sync."
            : "📅 Events are no longer mirrored: the ones I put in Discord's Events tab are being removed. You may now take Manage Events away from my role.",
        };
      }
      case 'manager-role': {
        const role = o.getRole('role', true);
        const r = await ctx.service.run(actor, { type: 'workspace_settings', managerRoleIds: [role.id] });
        if (!r.ok) return { content: problem(r.error) };
        return { content: `🛡️ Members of <@&${role.id}> now manage every event on this server.` };
      }
      default:
        return { content: problem('Unknown setting. Try /event settings timezone, locale, reminders, my-reminders, all-day, dm or manager-role.') };
    }
  });
}
