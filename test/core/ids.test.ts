import { describe, expect, it } from 'vitest';
import { EVENT_ID, leadingEventId, newEventId } from '../../src/core/ids.ts';

describe('event ids', () => {
  it('every new id is 8 characters of the alphabet with a digit, so it is read as an id in front of more words', () => {
    for (let n = 0; n < 5000; n++) {
      const id = newEventId();
      expect(id).toMatch(EVENT_ID);
      expect(id).toMatch(/\d/);
      expect(leadingEventId(id)).toBe(id);
    }
  });

  it('a word is a name first: no digit and no # is not an id', () => {
    for (const word of ['capacity', 'birthday', 'weekends', 'deadline', 'announce']) expect(leadingEventId(word)).toBeNull();
    expect(leadingEventId('#capacity')).toBe('capacity');
    expect(leadingEventId('k3j4m5n6')).toBe('k3j4m5n6');
  });
});
