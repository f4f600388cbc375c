/** Slash command requests exactly as Slack sends them: a form-encoded body, fields in Slack's order. */
import { FAKE_APP_ID, FAKE_CHANNEL, FAKE_TEAM, FAKE_USER, FAKE_VERIFICATION_TOKEN } from './defaults.ts';
import { triggerId } from './ids.ts';

export interface SlashCommandOptions {
  command: string;
  /** What the person typed; sent escaped as Slack does (`&` → `&amp;`, `<` → `&lt;`, `>` → `&gt;`). */
  text?: string;
  user_id?: string;
  user_name?: string;
  team_id?: string;
  team_domain?: string;
  channel_id?: string;
  channel_name?: string;
  /** Use `fake.responseUrl(id)` so `respond()` is recorded. */
  response_url: string;
  trigger_id?: string;
  api_app_id?: string;
  token?: string;
  /** Enterprise Grid: the organization, and whether the app is installed org-wide. */
  enterprise_id?: string;
  is_enterprise_install?: boolean;
}

/** The fields as an object (what Socket Mode delivers as the `slash_commands` payload). */
export function slashCommandPayload(o: SlashCommandOptions): Record<string, string> {
  return {
    token: o.token ?? FAKE_VERIFICATION_TOKEN,
    team_id: o.team_id ?? FAKE_TEAM.id,
    team_domain: o.team_domain ?? FAKE_TEAM.domain,
    channel_id: o.channel_id ?? FAKE_CHANNEL.id,
    channel_name: o.channel_name ?? FAKE_CHANNEL.name,
    user_id: o.user_id ?? FAKE_USER.id,
    user_name: o.user_name ?? FAKE_USER.username,
    command: o.command,
    // Slack HTML-escapes &, <, > in the typed text (whatever the command's should_escape says).
    text: slackEscape(o.text ?? ''),
    api_app_id: o.api_app_id ?? FAKE_APP_ID,
    ...(o.enterprise_id ? { enterprise_id: o.enterprise_id, enterprise_name: 'Convene Org' } : {}),
    is_enterprise_install: o.is_enterprise_install ? 'true' : 'false',
    response_url: o.response_url,
    trigger_id: o.trigger_id ?? triggerId(),
  };
}

/** `token=…&team_id=…&command=%2Fevent&text=friday+8pm&…` */
export function slashCommandBody(o: SlashCommandOptions): string {
  return new URLSearchParams(slashCommandPayload(o)).toString();
}

/** Slack's escaping of typed text: `&`, `<`, `>` as HTML entities (nothing else). */
export function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
