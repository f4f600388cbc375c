import type { EventView } from '../../../core/view.ts';
import { ACTION } from '../ids.ts';
import { listLine } from './card.ts';
import { capBlocks, context, LIMITS, mrkdwnSection, plain, type Block } from './limits.ts';
import { esc } from './mrkdwn.ts';

interface HomeData {
  hosting: EventView[];
  attending: EventView[];
  timezone: string;
  reminderDms: boolean;
}

function section(title: string, events: EventView[], empty: string): Block[] {
  const blocks: Block[] = [{ type: 'header', text: plain(title, LIMITS.header) }];
  if (events.length === 0) return [...blocks, context(empty)];
  // One section per event keeps each under the 3,000-character limit.
  return [...blocks, ...events.map((e) => mrkdwnSection(listLine(e)))];
}

/** The App Home tab: my upcoming events, what I'm going to, my settings. */
export function renderHome(d: HomeData): Block {
  const blocks: Block[] = [
    {
      type: 'actions',
      elements: [
        { type: 'button', action_id: ACTION.homeCreate, text: plain('Create event'), style: 'primary' },
        { type: 'button', action_id: ACTION.homeSettings, text: plain('Settings') },
      ],
    },
    ...section('My upcoming events', d.hosting, 'Nothing you host is coming up. Create one with /event or the button above.'),
    { type: 'divider' },
    ...section("What I'm going to", d.attending, "You haven't said yes to anything coming up."),
    { type: 'divider' },
    { type: 'header', text: plain('My settings', LIMITS.header) },
    mrkdwnSection(`Time zone: *${esc(d.timezone)}*\nReminder DMs: *${d.reminderDms ? 'on' : 'off'}*`, {
      accessory: { type: 'button', action_id: ACTION.homeToggleDms, text: plain(d.reminderDms ? 'Turn DMs off' : 'Turn DMs on'), value: d.reminderDms ? 'off' : 'on' },
    }),
  ];
  // Home tabs allow 100 blocks; keep the settings at the end.
  return { type: 'home', blocks: capBlocks(blocks, LIMITS.viewBlocks, 3) };
}
