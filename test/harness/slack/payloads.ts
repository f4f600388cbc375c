/**
 * Interaction payloads (block_actions, view_submission, shortcut, message_action) as complete
 * objects, and their HTTP bodies: form-encoded with the JSON in a single `payload=` field.
 */
import { FAKE_APP_ID, FAKE_BOT, FAKE_CHANNEL, FAKE_TEAM, FAKE_USER, FAKE_VERIFICATION_TOKEN } from './defaults.ts';
import { actionTs, triggerId } from './ids.ts';
import type { StoredMessage, StoredView } from './workspace.ts';

export interface Who {
  user_id?: string;
  user_name?: string;
  team_id?: string;
  api_app_id?: string;
  token?: string;
  trigger_id?: string;
}

/** `payload=%7B%22type%22…` — how Slack posts every interaction. */
export function interactionBody(payload: object): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

function common(o: Who) {
  const teamId = o.team_id ?? FAKE_TEAM.id;
  return {
    team: { id: teamId, domain: FAKE_TEAM.domain },
    user: { id: o.user_id ?? FAKE_USER.id, username: o.user_name ?? FAKE_USER.username, name: o.user_name ?? FAKE_USER.username, team_id: teamId },
    api_app_id: o.api_app_id ?? FAKE_APP_ID,
    token: o.token ?? FAKE_VERIFICATION_TOKEN,
    trigger_id: o.trigger_id ?? triggerId(),
    is_enterprise_install: false,
    enterprise: null,
  };
}

// ---- state values for view submissions -------------------------------------------------------

export const stateValue = {
  text: (value: string | null) => ({ type: 'plain_text_input', value }),
  select: (value: string, text = value) => ({
    type: 'static_select',
    selected_option: { text: { type: 'plain_text', text, emoji: true }, value },
  }),
  checkboxes: (values: string[]) => ({
    type: 'checkboxes',
    selected_options: values.map((v) => ({ text: { type: 'plain_text', text: v, emoji: true }, value: v })),
  }),
  number: (value: string | null) => ({ type: 'number_input', value }),
  datetime: (unixSeconds: number) => ({ type: 'datetimepicker', selected_date_time: unixSeconds }),
  users: (ids: string[]) => ({ type: 'multi_users_select', selected_users: ids }),
  /** A multi_external_select's picks (value and the label the options load URL gave it). */
  external: (picks: { value: string; text: string }[]) => ({
    type: 'multi_external_select',
    selected_options: picks.map((p) => ({ text: { type: 'plain_text', text: p.text, emoji: true }, value: p.value })),
  }),
};

export type StateValues = Record<string, Record<string, Record<string, unknown>>>;

// biome-ignore lint: Block Kit is loosely typed JSON
type LooseBlock = { type?: string; block_id?: string; element?: Record<string, any> };

/**
 * state.values as Slack sends them for a form nobody touched: every input block with its element's
 * initial value (real Slack always sends every input). Spread changes over it.
 */
export function stateFromView(view: { blocks: unknown[] }): StateValues {
  const values: StateValues = {};
  for (const b of view.blocks as LooseBlock[]) {
    if (b.type !== 'input' || !b.block_id || !b.element) continue;
    const e = b.element;
    let state: Record<string, unknown>;
    switch (e.type) {
      case 'datetimepicker':
        state = { type: e.type, selected_date_time: e.initial_date_time ?? null };
        break;
      case 'multi_static_select':
      case 'multi_external_select':
      case 'checkboxes':
        state = { type: e.type, selected_options: e.initial_options ?? [] };
        break;
      case 'multi_users_select':
        state = { type: e.type, selected_users: e.initial_users ?? [] };
        break;
      case 'users_select':
        state = { type: e.type, selected_user: e.initial_user ?? null };
        break;
      case 'radio_buttons':
      case 'static_select':
        state = { type: e.type, selected_option: e.initial_option ?? null };
        break;
      case 'conversations_select':
        state = { type: e.type, selected_conversation: e.initial_conversation ?? null };
        break;
      default:
        state = { type: e.type, value: e.initial_value ?? null };
    }
    values[b.block_id] = { [e.action_id as string]: state };
  }
  return values;
}

// ---- block_actions ---------------------------------------------------------------------------

export interface BlockActionOptions extends Who {
  action_id: string;
  value?: string;
  block_id?: string;
  /** Element type (default `button`). */
  type?: string;
  text?: string;
  /** The message the button sits on (default: a bot message with just this button). */
  message?: Partial<StoredMessage> & { ts: string };
  channel_id?: string;
  channel_name?: string;
  /** Use `fake.responseUrl(id)` so `respond()` is recorded. */
  response_url?: string;
  /** For an action inside a modal: the view; then there is no channel/message/response_url. */
  view?: StoredView;
  state?: StateValues;
}

export function blockActionPayload(o: BlockActionOptions): Record<string, unknown> {
  const block_id = o.block_id ?? 'actions';
  const action = {
    action_id: o.action_id,
    block_id,
    text: { type: 'plain_text', text: o.text ?? o.action_id, emoji: true },
    ...(o.value !== undefined ? { value: o.value } : {}),
    type: o.type ?? 'button',
    action_ts: actionTs(),
  };
  const base = { type: 'block_actions', ...common(o) };
  if (o.view !== undefined) {
    return {
      ...base,
      container: { type: 'view', view_id: o.view.id },
      view: { ...o.view, state: { values: o.state ?? o.view.state.values } },
      actions: [action],
    };
  }
  const channel = { id: o.channel_id ?? FAKE_CHANNEL.id, name: o.channel_name ?? FAKE_CHANNEL.name };
  const ts = o.message?.ts ?? `${Math.floor(Date.now() / 1000)}.000200`;
  const message = {
    user: FAKE_BOT.botUserId,
    bot_id: FAKE_BOT.botId,
    app_id: FAKE_APP_ID,
    team: FAKE_TEAM.id,
    text: 'event',
    blocks: [{ type: 'actions', block_id, elements: [{ type: 'button', action_id: o.action_id, text: action.text, value: o.value }] }],
    ...o.message,
    type: 'message',
    ts,
  };
  return {
    ...base,
    container: { type: 'message', message_ts: ts, channel_id: channel.id, is_ephemeral: false },
    channel,
    message,
    state: { values: o.state ?? {} },
    response_url: o.response_url ?? `https://hooks.slack.com/actions/${FAKE_TEAM.id}/0/unset`,
    actions: [action],
  };
}

export function blockActionBody(o: BlockActionOptions): string {
  return interactionBody(blockActionPayload(o));
}

// ---- view_submission -------------------------------------------------------------------------

export interface ViewSubmissionOptions extends Who {
  callback_id?: string;
  /** state.values: `{ [block_id]: { [action_id]: stateValue.text('…') } }` */
  values: StateValues;
  private_metadata?: string;
  /** The view as the fake recorded it from views.open (id, hash, blocks, callback_id, …). */
  view?: StoredView;
  view_id?: string;
  blocks?: unknown[];
  /** Present when the modal has `response_url_enabled` inputs. */
  response_urls?: { block_id: string; action_id: string; channel_id: string; response_url: string }[];
}

export function viewSubmissionPayload(o: ViewSubmissionOptions): Record<string, unknown> {
  const id = o.view?.id ?? o.view_id ?? 'V0000000001';
  const view = {
    id,
    team_id: o.team_id ?? FAKE_TEAM.id,
    type: 'modal',
    blocks: o.blocks ?? o.view?.blocks ?? [],
    private_metadata: o.private_metadata ?? o.view?.private_metadata ?? '',
    callback_id: o.callback_id ?? o.view?.callback_id ?? '',
    hash: o.view?.hash ?? '1700000000.abcdefgh',
    title: o.view?.title ?? { type: 'plain_text', text: 'Event', emoji: true },
    clear_on_close: o.view?.clear_on_close ?? false,
    notify_on_close: o.view?.notify_on_close ?? false,
    close: o.view?.close ?? { type: 'plain_text', text: 'Cancel', emoji: true },
    submit: o.view?.submit ?? { type: 'plain_text', text: 'Submit', emoji: true },
    previous_view_id: o.view?.previous_view_id ?? null,
    root_view_id: o.view?.root_view_id ?? id,
    app_id: o.api_app_id ?? FAKE_APP_ID,
    external_id: o.view?.external_id ?? '',
    app_installed_team_id: o.team_id ?? FAKE_TEAM.id,
    bot_id: FAKE_BOT.botId,
    state: { values: o.values },
  };
  return { type: 'view_submission', ...common(o), view, response_urls: o.response_urls ?? [] };
}

export function viewSubmissionBody(o: ViewSubmissionOptions): string {
  return interactionBody(viewSubmissionPayload(o));
}

// ---- shortcuts -------------------------------------------------------------------------------

export interface ShortcutOptions extends Who {
  callback_id: string;
}

export function shortcutPayload(o: ShortcutOptions): Record<string, unknown> {
  const { user, ...rest } = common(o);
  return {
    type: 'shortcut',
    ...rest,
    user: { id: user.id, username: user.username, team_id: user.team_id },
    callback_id: o.callback_id,
    action_ts: actionTs(),
  };
}

export function shortcutBody(o: ShortcutOptions): string {
  return interactionBody(shortcutPayload(o));
}

export interface MessageShortcutOptions extends Who {
  callback_id: string;
  message: Partial<StoredMessage> & { ts: string };
  channel_id?: string;
  channel_name?: string;
  response_url: string;
}

export function messageShortcutPayload(o: MessageShortcutOptions): Record<string, unknown> {
  return {
    type: 'message_action',
    ...common(o),
    callback_id: o.callback_id,
    action_ts: actionTs(),
    message_ts: o.message.ts,
    message: { type: 'message', user: FAKE_USER.id, text: '', team: FAKE_TEAM.id, ...o.message },
    channel: { id: o.channel_id ?? FAKE_CHANNEL.id, name: o.channel_name ?? FAKE_CHANNEL.name },
    response_url: o.response_url,
  };
}

export function messageShortcutBody(o: MessageShortcutOptions): string {
  return interactionBody(messageShortcutPayload(o));
}

// ---- block_suggestion (options load URL) -----------------------------------------------------

export interface BlockSuggestionOptions extends Who {
  action_id: string;
  block_id: string;
  /** What the person typed so far ('' when the menu just opened and min_query_length is 0). */
  value: string;
  /** The modal the menu is in. */
  view: StoredView;
}

/** What Slack sends to the options load URL when an external select opens or the person types; the app answers `{ options }`. */
export function blockSuggestionPayload(o: BlockSuggestionOptions): Record<string, unknown> {
  const { trigger_id: _none, ...base } = common(o);
  return {
    type: 'block_suggestion',
    ...base,
    container: { type: 'view', view_id: o.view.id },
    action_id: o.action_id,
    block_id: o.block_id,
    value: o.value,
    view: o.view,
  };
}

export function blockSuggestionBody(o: BlockSuggestionOptions): string {
  return interactionBody(blockSuggestionPayload(o));
}
