import { CALLBACK, COMMAND } from './ids.ts';

interface ManifestOptions {
  /** App name shown in Slack (default "Convene"). */
  name?: string;
  /**
   * Public base URL of this process for HTTP mode, e.g. https://convene.example.com. Omit for
   * Socket Mode (the default: no public URL needed).
   */
  url?: string;
  /** Add the OAuth redirect URL (multi-workspace distribution); needs `url`. */
  oauth?: boolean;
}

export const BOT_SCOPES = [
  'commands',
  'chat:write',
  'chat:write.public',
  'channels:history',
  'channels:read',
  'groups:history',
  'groups:read',
  'im:history',
  'im:write',
  'users:read',
  // RSVPs to events open to user groups: who is in a group (usergroups.users.list), and the groups' names.
  'usergroups:read',
] as const;

/** subteam_*: a user group changed, so its cached members (and name) are dropped. Both need usergroups:read. */
const BOT_EVENTS = ['app_home_opened', 'app_uninstalled', 'tokens_revoked', 'subteam_members_changed', 'subteam_updated'] as const;

/**
 * The Slack app manifest: paste it at api.slack.com/apps → Create New App → From a manifest.
 * Declares the /event command, both shortcuts, interactivity, App Home, scopes and events.
 */
export function slackManifest(opts: ManifestOptions = {}): Record<string, unknown> {
  const socket = !opts.url;
  const base = opts.url?.replace(/\/+$/, '');
  const endpoint = base ? `${base}/slack/events` : undefined;
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name: opts.name ?? 'Convene',
      description: 'Events for your team: create, RSVP, and get reminded in your own time zone.',
      background_color: '#2c2d30',
    },
    features: {
      app_home: { home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: true },
      bot_user: { display_name: opts.name ?? 'Convene', always_online: true },
      shortcuts: [
        { name: 'Create event', type: 'global', callback_id: CALLBACK.createShortcut, description: 'Plan an event with a form' },
        { name: 'Turn into an event', type: 'message', callback_id: CALLBACK.messageShortcut, description: 'Turn this message into an event' },
      ],
      slash_commands: [
        {
          command: COMMAND,
          description: 'Create, list and manage events',
          usage_hint: 'Game night friday 8-10pm at the pub | list | show <event> | cancel <event> | help',
          // Mentions arrive with their ids (<@U1|ann>), so `invite @ann` names a person, not a display name.
          should_escape: true,
          ...(endpoint ? { url: endpoint } : {}),
        },
      ],
    },
    oauth_config: {
      scopes: { bot: [...BOT_SCOPES] },
      ...(opts.oauth && base ? { redirect_urls: [`${base}/slack/oauth_redirect`] } : {}),
    },
    settings: {
      event_subscriptions: { ...(endpoint ? { request_url: endpoint } : {}), bot_events: [...BOT_EVENTS] },
      // The options load URL feeds the form's "Invited user groups" menu (Socket Mode delivers those requests over the socket).
      interactivity: { is_enabled: true, ...(endpoint ? { request_url: endpoint, message_menu_options_url: endpoint } : {}) },
      org_deploy_enabled: false,
      socket_mode_enabled: socket,
      token_rotation_enabled: false,
    },
  };
}
