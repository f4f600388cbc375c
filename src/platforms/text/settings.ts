import type { Command } from '../../core/commands.ts';
import type { SettingKey } from './grammar.ts';
import { localeCommand } from './locale-setting.ts';
import { parseOffsetList } from './offsets.ts';
import { offsetsText } from './replies.ts';

/** "9:00", "9am", "8:30 pm", "18:00" → minutes after midnight. Hand-written: a bare clock time needs no date parser. */
export function parseClockTime(text: string): number | null {
  const m = /^\s*(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*$/i.exec(text);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = m[2] ? Number(m[2]) : 0;
  const half = m[3]?.toLowerCase().replace(/\./g, '');
  if (minute > 59) return null;
  if (half) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  } else if (hour > 23) return null;
  return hour * 60 + minute;
}

export function clockText(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * The settings added for issue 14, shared by every text door: `my-reminders 1h, 1d` (or
 * `default`/`none`) and the workspace's `all-day 9:00`. Returns the core command and what to say
 * once it succeeded, or the sentence saying what is wrong.
 */
export function reminderSetting(setting: 'my-reminders' | 'all-day', value: string): { command: SettingsCommand; said: string } | { problem: string } {
  const v = value.trim();
  if (setting === 'all-day') {
    const at = /^(default|reset)$/i.test(v) ? null : parseClockTime(v);
    if (at === null && !/^(default|reset)$/i.test(v)) return { problem: `I couldn't read "${v}" as a time of day. Try: all-day 9:00, all-day 8:30am or all-day default` };
    return {
      command: { type: 'workspace_settings', allDayReminderAt: at },
      said: `All-day events now remind at ${clockText(at ?? 9 * 60)} (their zone): on the day, and N days before for reminders of N days.`,
    };
  }
  if (/^(default|reset|event|events)$/i.test(v)) {
    return { command: { type: 'user_settings', reminderOffsets: null }, said: "You get each event's own reminders again." };
  }
  if (/^(none|off|no)$/i.test(v)) {
    return { command: { type: 'user_settings', reminderOffsets: [] }, said: 'You get no reminder DMs for events you go to (channel reminders still show).' };
  }
  const r = parseOffsetList(v);
  if (!r.ok) return { problem: `${r.message}. Try: my-reminders 1h, 1d  (or default, or none)` };
  return {
    command: { type: 'user_settings', reminderOffsets: r.offsets },
    said: `For events you go to, you're reminded by DM ${offsetsText(r.offsets)}, whatever each event's own reminders.`,
  };
}

/** What a setting command does once it succeeded, said from the settings the core saved. */
export type SettingsCommand = Extract<Command, { type: 'user_settings' | 'workspace_settings' }>;
export type SettingPlan = { command: SettingsCommand; said: (saved: { timezone?: string | null; reminderDms?: boolean }) => string } | { problem: string };

const ON = /^(on|yes|true|1)$/i;
const OFF = /^(off|no|false|0)$/i;

/**
 * `settings <key> <value>` → the core command, the same on every text door (the console and
 * Slack's /event; Discord's options name the same settings). One reading per setting, so "dm 1"
 * means the same wherever it is typed.
 */
export function settingCommand(setting: SettingKey, value: string): SettingPlan {
  const v = value.trim();
  switch (setting) {
    case 'locale':
    case 'workspace-locale': {
      const plan = localeCommand(setting === 'locale' ? 'user' : 'workspace', v);
      return 'message' in plan ? { problem: plan.message } : { command: plan.command, said: () => plan.reply };
    }
    case 'my-reminders':
    case 'all-day': {
      const plan = reminderSetting(setting, v);
      if ('problem' in plan) return plan;
      // Own reminders are DMs: with DMs off, say so rather than promise them.
      const dmsOff = setting === 'my-reminders' && plan.command.type === 'user_settings' && plan.command.reminderOffsets?.length;
      return {
        command: plan.command,
        said: (saved) =>
          dmsOff && saved.reminderDms === false
            ? `Your own reminders are now ${offsetsText(plan.command.type === 'user_settings' ? (plan.command.reminderOffsets ?? []) : [])}, but your reminder DMs are off, so none are sent until you turn them on: settings dm on.`
            : plan.said,
      };
    }
    case 'tz':
      return { command: { type: 'user_settings', timezone: v }, said: (s) => `Your time zone is now ${s.timezone ?? v}. Times you type are read in it.` };
    case 'workspace-tz':
      return { command: { type: 'workspace_settings', timezone: v }, said: (s) => `The workspace's default time zone is now ${s.timezone ?? v}.` };
    case 'dm': {
      if (!ON.test(v) && !OFF.test(v)) return { problem: 'Try: settings dm on  or  settings dm off' };
      const on = ON.test(v);
      return { command: { type: 'user_settings', reminderDms: on }, said: () => `Reminder DMs are now ${on ? 'on' : 'off'}.` };
    }
    case 'reminders': {
      const r = parseOffsetList(v);
      if (!r.ok) return { problem: `${r.message}. Try: settings reminders 15m, 1d` };
      return { command: { type: 'workspace_settings', reminderOffsets: r.offsets }, said: () => `New events remind ${offsetsText(r.offsets)}.` };
    }
  }
}
