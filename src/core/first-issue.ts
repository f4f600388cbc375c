import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/** zod's integer check also bounds a number to the safe-integer range: that bound is not the field's. */
export function isSafeRangeIssue(i: Issue): boolean {
  return (i.code === 'too_big' || i.code === 'too_small') && Math.abs(Number(i.code === 'too_big' ? i.maximum : i.minimum)) >= Number.MAX_SAFE_INTEGER;
}

/**
 * The issue a person should hear about first (every door: chat replies and the API): zod's
 * safe-integer bound gives way to the field's own bound on the same path (100000 for a capacity,
 * not 2^53-1).
 */
export function firstIssue(issues: readonly Issue[]): Issue | undefined {
  const key = (i: Issue) => i.path.map(String).join('.');
  return issues.find((i) => !(isSafeRangeIssue(i) && issues.some((o) => o !== i && key(o) === key(i) && !isSafeRangeIssue(o)))) ?? issues[0];
}
