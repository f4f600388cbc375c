/** Events API request bodies (JSON): event_callback envelopes and the url_verification handshake. */
import { FAKE_APP_ID, FAKE_BOT, FAKE_TEAM, FAKE_VERIFICATION_TOKEN } from './defaults.ts';
import { eventId } from './ids.ts';

export interface EventCallbackOptions {
  event_id?: string;
  /** Unix seconds. */
  event_time?: number;
  team_id?: string;
  api_app_id?: string;
  token?: string;
}

export function eventCallbackPayload(event: Record<string, unknown>, o: EventCallbackOptions = {}): Record<string, unknown> {
  const teamId = o.team_id ?? FAKE_TEAM.id;
  return {
    token: o.token ?? FAKE_VERIFICATION_TOKEN,
    team_id: teamId,
    context_team_id: teamId,
    context_enterprise_id: null,
    api_app_id: o.api_app_id ?? FAKE_APP_ID,
    event: { event_ts: event.ts ?? `${Math.floor(Date.now() / 1000)}.000100`, ...event },
    type: 'event_callback',
    event_id: o.event_id ?? eventId(),
    event_time: o.event_time ?? Math.floor(Date.now() / 1000),
    authorizations: [
      { enterprise_id: null, team_id: teamId, user_id: FAKE_BOT.botUserId, is_bot: true, is_enterprise_install: false },
    ],
    is_ext_shared_channel: false,
    event_context: `4-${Buffer.from(teamId).toString('base64url')}`,
  };
}

/** JSON body; redeliveries carry the same body with `X-Slack-Retry-Num`/`X-Slack-Retry-Reason` headers. */
export function eventCallbackBody(event: Record<string, unknown>, o: EventCallbackOptions = {}): string {
  return JSON.stringify(eventCallbackPayload(event, o));
}

export function urlVerificationBody(challenge: string, token = FAKE_VERIFICATION_TOKEN): string {
  return JSON.stringify({ token, challenge, type: 'url_verification' });
}
