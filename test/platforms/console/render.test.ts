import { describe, expect, it } from 'vitest';
import { renderCard } from '../../../src/platforms/console/render.ts';
import { view } from '../../support/event-view.ts';

describe('the console card (issue 14)', () => {
  it('shows kind, invite-only, approval, hosts and the deadline in the reader\'s zone', () => {
    const text = renderCard(
      view({ kind: 'game', visibility: 'invite_only', approvalRequired: true, creatorId: 'ann', hostIds: ['ann', 'bob'], rsvpDeadline: Date.parse('2026-11-26T18:00:00Z') }),
      'America/New_York',
      new Date('2026-11-21T12:00:00Z'),
    );
    expect(text).toContain('│ Game · Only the hosts can RSVP (nobody is invited yet) · Hosts approve RSVPs');
    expect(text).toContain('│ Hosts:  ann, bob');
    expect(text).toContain('│ RSVP by: Thu 26 Nov, 13:00 EST');
  });
});
