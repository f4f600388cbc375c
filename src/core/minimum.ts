import { UserError } from './errors.ts';

/** A minimum the capacity can never reach ("capacity 3 min 5") is a mistake: say so, store nothing. */
export function assertReachableMinimum(e: { capacity: number | null; minAttendees?: number | null }): void {
  const min = e.minAttendees ?? null;
  if (e.capacity !== null && min !== null && min > e.capacity) {
    throw new UserError('invalid', `A minimum of ${min} can never be reached with ${e.capacity} seats — lower the minimum or raise the capacity.`);
  }
}
