import type { Migration } from 'kysely';
import * as m0001 from './0001_core.ts';

/**
 * Every migration, in order. Listed by hand (not read from disk) so they work the same
 * under tsx, vitest and a bundled build. Add new files here with the next number.
 */
export const migrations: Record<string, Migration> = {
  '0001_core': m0001,
};
