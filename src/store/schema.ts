import type { SchedulerTables } from '../scheduler/tables.ts';
import type { ApiTables } from './api-tables.ts';
import type { CoreTables } from './tables.ts';

/**
 * The database as the core and the scheduler see it. A platform with tables of its own
 * (Slack's installations) widens its view with `db.withTables<…>()`, so the store never
 * depends on a platform.
 */
export interface Database extends CoreTables, SchedulerTables, ApiTables {}
