import { describe, expect, it } from 'vitest';
import type { ConsoleSession } from '../../../src/platforms/console/index.ts';
import { withConsole } from './session.ts';

describe('console: the card of an invite-only event says who may RSVP', () => {
  let session: ConsoleSession;
  withConsole((rig) => ({ session } = rig));

  it('names the role and up to three invited people, then how many more', async () => {
    const created = (await session.handle('/event create Crit friday 6pm invite @&designers @ann @bob @cat @dan @eve'))!;
    expect(created).toMatch(/│ Only @&designers, @ann, @bob, @cat and 2 more can RSVP\n/);
    const few = (await session.handle('/event edit crit invite @ann'))!;
    expect(few).toMatch(/│ Only @ann can RSVP\n/);
  });

  it('invite @everyone is refused, saying to make the event public; nothing is stored', async () => {
    expect(await session.handle('/event create Crit friday 6pm invite @everyone')).toBe(
      '⚠ Everyone can already RSVP to a public event: make it public instead of inviting @everyone.',
    );
    await session.handle('/event create Crit friday 6pm invite @ann');
    expect(await session.handle('/event edit crit invite @ann @here')).toBe('⚠ Everyone can already RSVP to a public event: make it public instead of inviting @everyone.');
    expect(await session.handle('/event show crit')).toMatch(/│ Only @ann can RSVP\n/);
    expect((await session.handle('/event list'))!.match(/Crit/g)).toHaveLength(1);
  });
});
