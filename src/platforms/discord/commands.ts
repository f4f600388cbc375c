import {
  ApplicationIntegrationType,
  ChannelType,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type SlashCommandSubcommandBuilder,
} from 'discord.js';

/** The options of /event that name an event: each autocompletes from upcoming events. */
export const EVENT_OPTION = 'event';

/** Repeat choices for /event create; the value is mapped onto the core's recurrence. */
const REPEAT_CHOICES = [
  { name: 'Every day', value: 'daily' },
  { name: 'Every week', value: 'weekly' },
  { name: 'Every other week', value: 'biweekly' },
  { name: 'Every month (same weekday)', value: 'monthly' },
] as const;
export type RepeatChoice = (typeof REPEAT_CHOICES)[number]['value'];

const VISIBILITY_CHOICES = [
  { name: 'Anyone', value: 'public' },
  { name: 'Invited only', value: 'invite_only' },
];
const REMIND_BY_CHOICES = [
  { name: 'Channel', value: 'channel' },
  { name: 'DM', value: 'dm' },
  { name: 'Both', value: 'both' },
];

/**
 * Who may come and who hosts: the same options on create and edit (mentions typed with @).
 * Descriptions are short: a command's names, descriptions and choices share 4000 characters.
 */
function whoOptions(s: SlashCommandSubcommandBuilder, mode: 'create' | 'edit'): SlashCommandSubcommandBuilder {
  // Edit changes kind, invitees and co-hosts in its forms (user and role pickers): the budget is shared.
  if (mode === 'create') {
    s.addStringOption((o) => o.setName('kind').setDescription('What kind of event').setAutocomplete(true))
      .addIntegerOption((o) => o.setName('min').setDescription('Minimum going').setMinValue(1).setMaxValue(100_000))
      .addStringOption((o) => o.setName('invite').setDescription('@people @roles who may RSVP').setMaxLength(1000))
      .addStringOption((o) => o.setName('cohosts').setDescription('@people who host with you').setMaxLength(1000));
  }
  // On create, inviting makes the event invite-only; edit can open or close it on its own.
  if (mode === 'edit') s.addStringOption((o) => o.setName('visibility').setDescription('Who may RSVP').addChoices(...VISIBILITY_CHOICES));
  s.addStringOption((o) => o.setName('ping').setDescription('@roles to ping').setMaxLength(500));
  s.addStringOption((o) => o.setName('offers').setDescription('Offer freed seats: "on", "off", or time to claim: "2h"').setMaxLength(40));
  return s.addStringOption((o) => o.setName('remind_by').setDescription('Where reminders go').addChoices(...REMIND_BY_CHOICES));
}

const LIST_SCOPES = [
  { name: 'This channel', value: 'channel' },
  { name: 'Whole server', value: 'workspace' },
  { name: "I'm hosting", value: 'hosting' },
  { name: "I'm attending", value: 'attending' },
  { name: 'Mine (hosting or attending)', value: 'mine' },
] as const;

const TEXT_CHANNELS = [ChannelType.GuildText, ChannelType.GuildAnnouncement] as const;

/** /event and its subcommands, as the builder sees them. */
function eventCommand(): SlashCommandBuilder {
  const b = new SlashCommandBuilder()
    .setName('event')
    .setDescription('Create, find and manage events')
    // Events live in servers: the command is offered in guilds only, for a server install.
    .setContexts(InteractionContextType.Guild)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
  b.addSubcommand((s) => {
    s
      .setName('create')
      .setDescription('Create an event; the time is read the way you type it ("friday 8-10pm")')
      .addStringOption((o) => o.setName('title').setDescription('What is happening').setRequired(true).setMaxLength(200))
      .addStringOption((o) =>
        o.setName('when').setDescription('When, in your words: "friday 8pm", "dec 3 7pm CET"').setRequired(true).setMaxLength(100).setAutocomplete(true),
      )
      .addStringOption((o) => o.setName('end').setDescription('When it ends: "10pm", "for 2 hours", "sunday 6pm"').setMaxLength(100).setAutocomplete(true))
      .addStringOption((o) => o.setName('duration').setDescription('How long: "2h", "90m", "3 days"').setMaxLength(50))
      .addStringOption((o) => o.setName('location').setDescription('A place, or a link for an online event').setMaxLength(255))
      .addStringOption((o) => o.setName('description').setDescription('Details for the card').setMaxLength(4000))
      .addIntegerOption((o) => o.setName('capacity').setDescription('Seats; then a waitlist').setMinValue(1).setMaxValue(100_000))
      .addStringOption((o) => o.setName('reminders').setDescription('Before the start: "15m, 1d"').setMaxLength(100))
      .addBooleanOption((o) => o.setName('dm').setDescription('Also remind attendees by DM (default: yes)'))
      .addChannelOption((o) => o.setName('channel').setDescription('Post the card there').addChannelTypes(...TEXT_CHANNELS))
      .addStringOption((o) => o.setName('repeat').setDescription('Repeat the event').addChoices(...REPEAT_CHOICES))
      .addStringOption((o) => o.setName('deadline').setDescription('RSVPs close then: "thursday 6pm"').setMaxLength(100).setAutocomplete(true))
      .addBooleanOption((o) => o.setName('approval').setDescription('Hosts approve each RSVP'))
      .addStringOption((o) => o.setName('announce').setDescription('Post the card later: "monday 9am"').setMaxLength(100).setAutocomplete(true));
    return whoOptions(s, 'create');
  });
  b.addSubcommand((s) => {
    s.setName('edit')
      .setDescription('Change an event')
      .addStringOption((o) => o.setName(EVENT_OPTION).setDescription('Which event').setRequired(true).setAutocomplete(true))
      .addStringOption((o) => o.setName('when').setDescription('A new time: "saturday 9pm"').setMaxLength(100).setAutocomplete(true))
      .addStringOption((o) => o.setName('end').setDescription('A new end: "12:30pm", "for 2 hours"').setMaxLength(100).setAutocomplete(true))
      .addStringOption((o) =>
        o
          .setName('form')
          .setDescription('Open a form')
          .addChoices({ name: 'Details', value: 'details' }, { name: 'Who', value: 'who' }, { name: 'More', value: 'more' }),
      )
      .addIntegerOption((o) => o.setName('capacity').setDescription('Seats (0: no limit)').setMinValue(0).setMaxValue(100_000))
      .addIntegerOption((o) => o.setName('min').setDescription('Minimum (0: none)').setMinValue(0).setMaxValue(100_000))
      .addBooleanOption((o) => o.setName('approval').setDescription('Hosts approve each RSVP'))
      .addStringOption((o) => o.setName('announce').setDescription('Post the card later: "monday 9am"').setMaxLength(100));
    return whoOptions(s, 'edit');
  });
  b.addSubcommand((s) =>
    s
      .setName('cancel')
      .setDescription('Cancel an event; everyone who answered is told')
      .addStringOption((o) => o.setName(EVENT_OPTION).setDescription('Which event').setRequired(true).setAutocomplete(true))
      .addStringOption((o) => o.setName('reason').setDescription('Why (shown to attendees)').setMaxLength(500)),
  );
  b.addSubcommand((s) =>
    s
      .setName('delete')
      .setDescription('Delete an event created by mistake')
      .addStringOption((o) => o.setName(EVENT_OPTION).setDescription('Which event').setRequired(true).setAutocomplete(true)),
  );
  b.addSubcommand((s) =>
    s
      .setName('rsvp')
      .setDescription('Answer for yourself; name a date to answer one date of a repeating event')
      .addStringOption((o) => o.setName(EVENT_OPTION).setDescription('Which event').setRequired(true).setAutocomplete(true))
      .addStringOption((o) =>
        o
          .setName('answer')
          .setDescription('Your answer')
          .setRequired(true)
          .addChoices(
            { name: 'Going', value: 'going' },
            { name: 'Maybe', value: 'maybe' },
            { name: "Can't go", value: 'declined' },
            { name: 'Stop answering every time', value: 'none' },
          ),
      )
      .addStringOption((o) => o.setName('date').setDescription('Which date, for a repeating event: "dec 11" (default: the next)').setMaxLength(60))
      .addBooleanOption((o) => o.setName('every').setDescription('Every date of a repeating event')),
  );
  b.addSubcommand((s) =>
    s
      .setName('show')
      .setDescription('Show an event with who is coming')
      .addStringOption((o) => o.setName(EVENT_OPTION).setDescription('Which event').setRequired(true).setAutocomplete(true)),
  );
  b.addSubcommand((s) =>
    s
      .setName('calendar')
      .setDescription('Add an event to your calendar: Google, Outlook, or an .ics file')
      .addStringOption((o) => o.setName(EVENT_OPTION).setDescription('Which event').setRequired(true).setAutocomplete(true)),
  );
  b.addSubcommand((s) =>
    s
      .setName('feed')
      .setDescription('Your private calendar feed URLs (subscribe in Google, Outlook or Apple Calendar)')
      .addBooleanOption((o) => o.setName('reset').setDescription('Revoke your current URLs and issue new ones')),
  );
  b.addSubcommand((s) =>
    s
      .setName('list')
      .setDescription('Upcoming events')
      .addStringOption((o) => o.setName('scope').setDescription('Which events').addChoices(...LIST_SCOPES))
      .addStringOption((o) => o.setName('from').setDescription('From: "dec 1"').setMaxLength(60))
      .addStringOption((o) => o.setName('to').setDescription('To: "dec 31"').setMaxLength(60))
      .addStringOption((o) => o.setName('kind').setDescription('One kind').setAutocomplete(true))
      .addIntegerOption((o) => o.setName('page').setDescription('Page').setMinValue(1).setMaxValue(10_000)),
  );
  b.addSubcommandGroup((g) =>
    g
      .setName('settings')
      .setDescription('Your time zone, date order and reminder DMs; server defaults')
      .addSubcommand((s) =>
        s
          .setName('timezone')
          .setDescription('The zone times you type are read in')
          .addStringOption((o) => o.setName('zone').setDescription('Like Europe/Berlin or America/New_York').setRequired(true).setMaxLength(64))
          .addStringOption((o) =>
            o
              .setName('for')
              .setDescription('Yourself (default) or the whole server (managers)')
              .addChoices({ name: 'Me', value: 'me' }, { name: 'Server default', value: 'server' }),
          ),
      )
      .addSubcommand((s) =>
        s
          .setName('locale')
          .setDescription('How you write dates: en-GB (3/4 is 3 April), en-US (March 4)')
          .addStringOption((o) => o.setName('tag').setDescription('en-GB, en-US, de-DE…; "default": your zone\'s').setRequired(true).setMaxLength(35))
          .addStringOption((o) =>
            o
              .setName('for')
              .setDescription('Yourself (default) or the whole server (managers)')
              .addChoices({ name: 'Me', value: 'me' }, { name: 'Server default', value: 'server' }),
          ),
      )
      .addSubcommand((s) =>
        s
          .setName('reminders')
          .setDescription('Default reminders for new events on this server (managers)')
          .addStringOption((o) => o.setName('offsets').setDescription('Before the start: "15m, 1d", or "none"').setRequired(true).setMaxLength(100)),
      )
      .addSubcommand((s) =>
        s
          .setName('my-reminders')
          .setDescription('Your own reminder DMs for events you go to, whatever each event says')
          .addStringOption((o) =>
            o.setName('offsets').setDescription('Before the start: "1h, 1d"; "default" for each event\'s; "none"').setRequired(true).setMaxLength(100),
          ),
      )
      .addSubcommand((s) =>
        s
          .setName('all-day')
          .setDescription('When all-day events remind, in their zone (managers; default 9:00)')
          .addStringOption((o) => o.setName('time').setDescription('Like 9:00, 8:30am, or "default"').setRequired(true).setMaxLength(20)),
      )
      .addSubcommand((s) =>
        s
          .setName('dm')
          .setDescription('Whether reminders reach you by DM')
          .addBooleanOption((o) => o.setName('enabled').setDescription('On or off').setRequired(true)),
      )
      .addSubcommand((s) =>
        s
          .setName('discord-events')
          .setDescription("Also list events in Discord's Events tab (managers)")
          .addBooleanOption((o) => o.setName('enabled').setDescription('On or off').setRequired(true)),
      )
      .addSubcommand((s) =>
        s
          .setName('manager-role')
          .setDescription('A role whose members manage all events (managers)')
          .addRoleOption((o) => o.setName('role').setDescription('The role').setRequired(true)),
      ),
  );
  b.addSubcommandGroup((g) =>
    g
      .setName('api-key')
      .setDescription('HTTP API keys (managers)')
      .addSubcommand((s) =>
        s
          .setName('create')
          .setDescription('A new key, shown once, only to you')
          .addStringOption((o) => o.setName('name').setDescription('What uses it').setMaxLength(80))
          .addStringOption((o) =>
            o
              .setName('scopes')
              .setDescription('Default: read and write')
              .addChoices({ name: 'read', value: 'read' }, { name: 'write', value: 'write' }, { name: 'both', value: 'both' }),
          ),
      )
      .addSubcommand((s) => s.setName('list').setDescription("This server's keys"))
      .addSubcommand((s) =>
        s
          .setName('revoke')
          .setDescription('Stop a key working')
          .addStringOption((o) => o.setName('id').setDescription('Its id (api-key list)').setRequired(true).setMaxLength(100)),
      ),
  );
  b.addSubcommandGroup((g) =>
    g
      .setName('webhook')
      .setDescription('Signed POSTs of changes (managers)')
      .addSubcommand((s) =>
        s
          .setName('add')
          .setDescription('Send changes to a URL; secret shown once')
          .addStringOption((o) => o.setName('url').setDescription('https://…').setRequired(true).setMaxLength(2000))
          .addStringOption((o) =>
            o.setName('events').setDescription('e.g. "event.created rsvp.created" (default: all)').setMaxLength(200),
          ),
      )
      .addSubcommand((s) => s.setName('list').setDescription('The webhooks'))
      .addSubcommand((s) =>
        s
          .setName('remove')
          .setDescription('Stop sending to one')
          .addStringOption((o) => o.setName('id').setDescription('Its id (webhook list)').setRequired(true).setMaxLength(40)),
      ),
  );
  b.addSubcommand((s) => s.setName('help').setDescription('How to use Convene'));
  return b;
}

/** Everything the application registers with Discord. */
export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return [eventCommand().toJSON()];
}

/**
 * Permissions the bot needs in event channels (used for the invite URL). Manage Threads: a
 * deleted event's discussion thread is archived, which Discord allows only with it.
 */
export const BOT_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.CreatePublicThreads |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.ManageThreads;

/** What the Scheduled Events mirror adds (only asked for when a server turns it on). */
export const MIRROR_PERMISSIONS = PermissionFlagsBits.ManageEvents;

/** The invite URL; `{ events: true }` also asks for Manage Events, for servers that mirror to Discord's Events. */
export function inviteUrl(applicationId: string, opts: { events?: boolean } = {}): string {
  const permissions = opts.events ? BOT_PERMISSIONS | MIRROR_PERMISSIONS : BOT_PERMISSIONS;
  return `https://discord.com/oauth2/authorize?client_id=${applicationId}&scope=bot+applications.commands&permissions=${permissions.toString()}`;
}
