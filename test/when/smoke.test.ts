import { describe, expect, it } from 'vitest';
import { parseWhen } from '../../src/when/index.ts';

describe('parseWhen smoke', () => {
  it('reads friday 8pm in Berlin', () => {
    const r = parseWhen('friday 8pm', { now: new Date('2026-11-21T15:00:00Z'), timezone: 'Europe/Berlin' });
    expect(r.ok && r.value.start.toISOString()).toBe('2026-11-27T19:00:00.000Z');
  });
});
