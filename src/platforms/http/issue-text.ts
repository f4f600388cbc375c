import type { z } from 'zod';
import { isSafeRangeIssue as SAFE_RANGE } from '../../core/first-issue.ts';

export { firstIssue } from '../../core/first-issue.ts';

type Issue = z.core.$ZodIssue;

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
