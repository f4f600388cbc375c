import { DateTime } from 'luxon';
import { EVENT_KINDS } from '../../../core/event-schema.ts';
import type { EventView } from '../../../core/view.ts';
import { describeOffset } from '../../../core/values.ts';
import type { OptionWords } from '../../text/options.ts';
import { REPEAT_PRESETS } from '../../text/repeat.ts';
import { LIMITS, plain, type Block } from './limits.ts';

/**
 * The event form's option fields (kind, who may come, co-hosts, approval, deadline, repeat,
 * announce-later): Block Kit selects for people, read back as the text options' words so one
 * reading (text/options.ts) gives them their meaning.
 */
export const OPTION_BLOCK = {
  kind: 'kind',
  min: 'min',
  visibility: 'visibility',
  invite: 'invite',
  /** Invited user groups: a multi_external_select fed by the options load URL (usergroups.list). Read into the invite option with the people. */
  groups: 'groups',
  cohosts: 'cohosts',
  approval: 'approval',
  /** Waitlist offers: the time a person waiting gets to claim a freed seat ("2h"); empty: seats are given outright. */
  offers: 'offers',
  deadline: 'deadline',
  repeat: 'repeat',
  announce: 'announce',
} as const;

export const action = (block: string) => `${block}_input`;

/** The action_id Slack names when it asks the options load URL for the groups to offer. */
export const GROUPS_ACTION = action('groups');

/** What the option fields show for an event being edited (nothing for a new one). */
export interface OptionPrefill {
  kind?: string;
  visibility?: string;
  inviteUsers?: string[];
  /** The invited user groups, with the label to show each by (its handle). */
  inviteGroups?: { id: string; label: string }[];
  coHosts?: string[];
  approval?: boolean;
  min?: number | null;
  /** Waitlist offers: the window as words ("2 hours"); absent or empty when offers are off. */
  offerWindow?: string;
  /** Already in the reader's words ("Thu 26 Nov 2026 18:00"). */
  deadline?: string;
}

/** `group` names an invited group for the form (its handle); one it cannot name shows its id. */
export function optionPrefill(e: EventView, readerZone: string, group: (id: string) => string | null = () => null): OptionPrefill {
  return {
    kind: e.kind,
    visibility: e.visibility,
    inviteUsers: e.invitees.users,
    inviteGroups: e.invitees.roles.map((id) => ({ id, label: group(id) ?? id })),
    coHosts: e.hostIds.filter((h) => h !== e.creatorId),
    approval: e.approvalRequired,
    min: e.minAttendees,
    offerWindow: e.waitlistOffers ? describeOffset(e.offerWindow) : '',
    deadline: e.rsvpDeadline === null ? '' : DateTime.fromMillis(e.rsvpDeadline, { zone: readerZone }).toFormat('ccc d LLL yyyy HH:mm'),
  };
}

const option = (value: string, label: string) => ({ text: plain(label, LIMITS.optionText), value });
const KIND_LABEL = (k: string) => `${k.charAt(0).toUpperCase()}${k.slice(1)}`;
const VISIBILITY = [option('public', 'Anyone in the workspace'), option('invite_only', 'Only the people and groups invited below')];
const REPEAT_LABELS: Record<string, string> = { daily: 'Every day', weekly: 'Every week', biweekly: 'Every other week', monthly: 'Every month (same weekday)', none: 'Does not repeat' };
const APPROVE = option('on', 'Hosts approve each RSVP');
/** Slack's multi-selects take at most 100 initial users; more stay as they are. */
const MAX_INITIAL_USERS = 100;

function input(block: string, label: string, element: Block, hint?: string): Block {
  return { type: 'input', block_id: block, optional: true, label: plain(label, 2000), element: { action_id: action(block), ...element }, ...(hint ? { hint: plain(hint, 2000) } : {}) };
}

/** The option fields; `create` adds announce-later (an edit's announce is `/event edit … announce`). */
export function optionBlocks(prefill: OptionPrefill, mode: 'create' | 'edit'): Block[] {
  const kind = prefill.kind ?? 'other';
  const visibility = VISIBILITY.find((v) => v.value === (prefill.visibility ?? 'public'))!;
  const users = (prefill.inviteUsers ?? []).slice(0, MAX_INITIAL_USERS);
  const hosts = (prefill.coHosts ?? []).slice(0, MAX_INITIAL_USERS);
  const groups = (prefill.inviteGroups ?? []).slice(0, MAX_INITIAL_USERS);
  const blocks: Block[] = [
    input(OPTION_BLOCK.kind, 'Kind', { type: 'static_select', options: EVENT_KINDS.map((k) => option(k, KIND_LABEL(k))), initial_option: option(kind, KIND_LABEL(kind)) }),
    input(
      OPTION_BLOCK.min,
      'Still need at least',
      { type: 'number_input', is_decimal_allowed: false, min_value: '1', ...(prefill.min ? { initial_value: String(prefill.min) } : {}) },
      'The card says "still need N" until that many are going. Empty for no minimum.',
    ),
    input(OPTION_BLOCK.visibility, 'Who may RSVP', { type: 'radio_buttons', options: VISIBILITY, initial_option: visibility }),
    input(
      OPTION_BLOCK.invite,
      'Invited people',
      { type: 'multi_users_select', placeholder: plain('Pick people', 150), ...(users.length ? { initial_users: users } : {}) },
      'For invite-only events: inviting anyone makes the event invite-only.',
    ),
    input(
      OPTION_BLOCK.groups,
      'Invited user groups',
      {
        type: 'multi_external_select',
        placeholder: plain('Type a group name', 150),
        min_query_length: 0,
        ...(groups.length ? { initial_options: groups.map((g) => option(g.id, g.label)) } : {}),
      },
      'Members of these groups may RSVP. The card says "Only @group can RSVP".',
    ),
    input(OPTION_BLOCK.cohosts, 'Co-hosts', { type: 'multi_users_select', placeholder: plain('Pick co-hosts', 150), max_selected_items: 25, ...(hosts.length ? { initial_users: hosts } : {}) }, 'They may edit, cancel and approve.'),
    input(OPTION_BLOCK.approval, 'Approval', { type: 'checkboxes', options: [APPROVE], ...(prefill.approval ? { initial_options: [APPROVE] } : {}) }),
    input(
      OPTION_BLOCK.offers,
      'Waitlist offers',
      { type: 'plain_text_input', max_length: 40, placeholder: plain('2h', 150), ...(prefill.offerWindow ? { initial_value: prefill.offerWindow } : {}) },
      'When a seat opens, the first person waiting gets this long to claim it (by DM), then the next. Empty: the seat goes straight to them.',
    ),
    input(
      OPTION_BLOCK.deadline,
      'RSVP deadline',
      { type: 'plain_text_input', max_length: 100, placeholder: plain('thursday 6pm', 150), ...(prefill.deadline ? { initial_value: prefill.deadline } : {}) },
      'RSVPs close then. Empty for none.',
    ),
    input(
      OPTION_BLOCK.repeat,
      'Repeat',
      { type: 'static_select', placeholder: plain(mode === 'edit' ? 'Keep as it is' : 'As the time says', 150), options: [...REPEAT_PRESETS, 'none'].map((p) => option(p, REPEAT_LABELS[p]!)) },
      'Or say it in the time: "every other tuesday 6pm".',
    ),
  ];
  if (mode === 'create') {
    blocks.push(
      input(OPTION_BLOCK.announce, 'Announce later', { type: 'plain_text_input', max_length: 100, placeholder: plain('monday 9am', 150) }, 'A draft until then; the card is posted at that time.'),
    );
  }
  return blocks;
}

// biome-ignore lint: view state is loosely typed JSON
type StateValues = Record<string, Record<string, any>>;

/**
 * The option fields as typed words. `only`: the blocks to read (an edit reads only those the
 * person changed); otherwise every block with an answer.
 */
export function optionWordsFromState(values: StateValues, only?: (block: string) => boolean): OptionWords {
  const w: OptionWords = {};
  const state = (block: string) => (only && !only(block) ? undefined : values[block]?.[action(block)]);
  const users = (s: { selected_users?: string[] } | undefined) => (s?.selected_users?.length ? s.selected_users.map((u) => `<@${u}>`).join(' ') : 'none');
  const kind = state(OPTION_BLOCK.kind)?.selected_option?.value;
  if (kind) w.kind = kind;
  const min = state(OPTION_BLOCK.min);
  if (min && (only || min.value?.trim())) w.min = min.value?.trim() || 'none';
  const visibility = state(OPTION_BLOCK.visibility)?.selected_option?.value;
  // A new event's "Anyone" is the default, not a choice: inviting people then makes it invite-only.
  if (visibility && (only || visibility !== 'public')) w.visibility = visibility;
  // People and groups are one invite list: either field changed rewrites it from both.
  if (!only || only(OPTION_BLOCK.invite) || only(OPTION_BLOCK.groups)) {
    const people: string[] = values[OPTION_BLOCK.invite]?.[action(OPTION_BLOCK.invite)]?.selected_users ?? [];
    const picked: { value: string }[] = values[OPTION_BLOCK.groups]?.[action(OPTION_BLOCK.groups)]?.selected_options ?? [];
    const ids = [...people.map((u) => `<@${u}>`), ...picked.map((g) => `<!subteam^${g.value}>`)];
    if (ids.length) w.invite = ids.join(' ');
    else if (only) w.invite = 'none';
  }
  const cohosts = state(OPTION_BLOCK.cohosts);
  if (cohosts && (only || cohosts.selected_users?.length)) w.cohosts = users(cohosts);
  const approval = state(OPTION_BLOCK.approval);
  if (approval) w.approval = approval.selected_options?.length ? 'on' : 'off';
  const offers = state(OPTION_BLOCK.offers);
  const window = offers?.value?.trim();
  if (window) w.offers = window;
  else if (offers && only) w.offers = 'off';
  const deadline = state(OPTION_BLOCK.deadline);
  if (deadline && (only || deadline.value?.trim())) w.deadline = deadline.value?.trim() || 'none';
  const repeat = state(OPTION_BLOCK.repeat)?.selected_option?.value;
  if (repeat) w.repeat = repeat;
  const announce = state(OPTION_BLOCK.announce)?.value?.trim();
  if (announce) w.announce = announce;
  return w;
}
