import type { ChatInputCommandInteraction } from 'discord.js';
import { answer } from './respond.ts';

const HELP = [
  ['/event create title when', 'Create an event. Type the time the way you say it: "friday 8-10pm", "dec 3 7pm CET". Options: end or duration, location (a link makes it online), capacity (a waitlist opens when full), reminders ("15m, 1d"), dm or remind_by, channel, repeat, deadline, approval, announce, kind, invite (@people and @roles: invite-only), cohosts (@people), visibility.'],
  ['/event list [scope] [from] [to] [kind] [page]', 'Upcoming events here, on the server, or yours; a date range, one kind; ◀ / ▶ for more pages.'],
  ['/event show event', 'One event with who is coming.'],
  ['Going / Maybe / Can\'t go', 'Click on the card. Full events put you on the waitlist; you are told when a seat opens.'],
  ['/event rsvp event answer [date] [every]', 'Answer without the card; a date ("dec 11") answers that date of a repeating event; every:True answers every date (dates you answered yourself keep that).'],
  ['/event edit event [options]', 'Change an event (hosts, co-hosts, managers): when, end, capacity, approval, visibility, remind_by, announce at once; without them, a form; form:who picks invitees, roles and co-hosts from lists, form:more kind, repeat, deadline, reminders and channel.'],
  ['/event cancel event [reason]', 'Cancel; everyone who answered (not those who declined) is told.'],
  ['/event delete event', 'Remove a mistake nobody answered yet; a repeating or answered event asks first.'],
  ['/event settings', 'timezone (yours, or the server\'s), locale (how you write dates: en-GB reads 3/4 as 3 April; yours or the server\'s), reminders (server default), my-reminders (your own), all-day (when all-day events remind), dm (reminder DMs on/off), manager-role.'],
] as const;

export async function handleHelp(i: ChatInputCommandInteraction): Promise<void> {
  await answer(
    i,
    {
      embeds: [
        {
          title: 'Convene: events on Discord',
          description: HELP.map(([cmd, what]) => `**${cmd}**\n${what}`).join('\n\n') + '\n\nThe time options show how they read as you type; a time that reads two ways ("tomorrow at 4") is asked with buttons, never guessed. Times on cards show in each reader\'s own zone. People with Manage Events or Manage Server manage every event.',
          color: 0x5865f2,
        },
      ],
    },
    { ephemeral: true },
  );
}
