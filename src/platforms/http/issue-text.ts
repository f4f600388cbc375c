import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/** zod's integer check also bounds to the safe-integer range: that bound is not the field's. */
const SAFE_RANGE = (i: Issue) => (i.code === 'too_big' || i.code === 'too_small') && Math.abs(Number(i.code === 'too_big' ? i.maximum : i.minimum)) >= Number.MAX_SAFE_INTEGER;

/**
 * The issue an API caller should hear about first: zod's safe-integer bound gives way to the
 * field's own bound on the same path (100000 for capacity, not 2^53-1).
 */
export function firstIssue(issues: readonly Issue[]): Issue | undefined {
  const key = (i: Issue) => i.path.map(String).join('.');
  return issues.find((i) => !(SAFE_RANGE(i) && issues.some((o) => o !== i && key(o) === key(i) && !SAFE_RANGE(o)))) ?? issues[0];
}

const quantity = (origin: string, n: number | bigint) =>
  origin === 'string' ? `${n} character${n === 1 ? '' : 's'}` : origin === 'array' || origin === 'set' ? `${n} item${n === 1 ? '' : 's'}` : String(n);

/**
 * One issue as a person reads it: what the field must be, without zod's type-system wording
 * ("expected nonoptional, received undefined"). Messages the schemas spell out are kept.
 */
export function issueText(i: Issue): string {
  switch (i.code) {
    case 'invalid_type':
      if (i.expected === 'nonoptional' || /received undefined/.test(i.message)) return 'is required';
      return `must be ${i.expected === 'int' ? 'a whole number' : `a${/^[aeiou]/.test(i.expected) ? 'n' : ''} ${i.expected}`}`;
    case 'too_big':
      if (i.message && !i.message.startsWith('Too big')) return i.message;
      if (SAFE_RANGE(i)) return 'is too large';
      return `must be at most ${quantity(i.origin, i.maximum)}`;
    case 'too_small':
      if (i.message && !i.message.startsWith('Too small')) return i.message;
      if (i.origin === 'string' && Number(i.minimum) === 1) return 'must not be empty';
      return `must be at least ${quantity(i.origin, i.minimum)}`;
    case 'invalid_value':
      return `must be one of ${i.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return i.message && !i.message.startsWith('Invalid') ? i.message : `must be a valid ${i.format}`;
    case 'not_multiple_of':
      return i.message && !i.message.startsWith('Invalid') ? i.message : `must be a multiple of ${i.divisor}`;
    default:
      return i.message;
  }
}
