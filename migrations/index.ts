import type { Migration } from 'kysely';
import * as m0001 from './0001_core.ts';
import * as m0002 from './0002_reminders.ts';
import * as m0003 from './0003_slack_installations.ts';
import * as m0004 from './0004_slack_team_enterprise.ts';
import * as m0005 from './0005_reminder_preferences.ts';
import * as m0006 from './0006_idempotency_by_user.ts';
import * as m0007 from './0007_calendar.ts';
import * as m0008 from './0008_api.ts';
import * as m0009 from './0009_time_questions.ts';
import * as m0010 from './0010_webhooks.ts';
import * as m0011 from './0011_event_mirror.ts';
import * as m0012 from './0012_minimum_and_pings.ts';
import * as m0013 from './0013_waitlist_offers.ts';
import * as m0014 from './0014_standing_rsvps.ts';

/**
 * Every migration, in order. Listed by hand (not read from disk) so they work the same
 * under tsx, vitest and a bundled build. Add new files here with the next number.
 */
export const migrations: Record<string, Migration> = {
  '0001_core': m0001,
  '0002_reminders': m0002,
  '0003_slack_installations': m0003,
  '0004_slack_team_enterprise': m0004,
  '0005_reminder_preferences': m0005,
  '0006_idempotency_by_user': m0006,
  '0007_calendar': m0007,
  '0008_api': m0008,
  '0009_time_questions': m0009,
  '0010_webhooks': m0010,
  '0011_event_mirror': m0011,
  '0012_minimum_and_pings': m0012,
  '0013_waitlist_offers': m0013,
  '0014_standing_rsvps': m0014,
};
