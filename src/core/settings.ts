/** A workspace's and a person's settings: domain types (the store maps its rows to them). */
export interface WorkspaceSettings {
  timezone: string | null;
  locale: string | null;
  reminderOffsets: string[] | null;
  managerUserIds: string[];
  managerRoleIds: string[];
  /** All-day events remind at this local time, minutes after midnight (null: 9:00). */
  allDayReminderAt: number | null;
  /** Events mirrored to the platform's own events (Discord Scheduled Events). */
  mirrorEvents: boolean;
}

export interface UserSettings {
  timezone: string | null;
  locale: string | null;
  reminderDms: boolean;
  /** This person's own reminder offsets for events they go to (null: each event's). */
  reminderOffsets: string[] | null;
}

export const EMPTY_WORKSPACE_SETTINGS: WorkspaceSettings = {
  timezone: null,
  locale: null,
  reminderOffsets: null,
  managerUserIds: [],
  managerRoleIds: [],
  allDayReminderAt: null,
  mirrorEvents: false,
};

export const EMPTY_USER_SETTINGS: UserSettings = { timezone: null, locale: null, reminderDms: true, reminderOffsets: null };
