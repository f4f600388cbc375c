import type { SlackTables } from '../platforms/slack/tables.ts';
import type { SchedulerTables } from '../scheduler/tables.ts';
import type { CoreTables } from './tables.ts';

/**
 * The whole database as Kysely sees it. Other layers add their tables here
 * (the scheduler's reminders, Slack's installations) next to the core ones.
 */
export interface Database extends CoreTables, SchedulerTables, SlackTables {}
