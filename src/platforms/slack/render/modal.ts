import { createHash } from 'node:crypto';
import { ACTION, CALLBACK } from '../ids.ts';
import { context, cut, LIMITS, plain, type Block } from './limits.ts';
import { OPTION_BLOCK, optionBlocks, type OptionPrefill } from './option-blocks.ts';

/** What the event form is for; travels in private_metadata. */
export interface ModalMeta {
  mode: 'create' | 'edit';
  eventId?: string;
  channelId?: string;
  /**
   * Edit: a fingerprint of each field as the form showed it (block id → hash), so the
   * submission sends only what the person changed. Hashes keep it inside Slack's 3000 characters.
   */
  shown?: Record<string, string>;
}

/** Values to show in the form: from a message (shortcut) or an existing event (edit). */
export interface ModalPrefill {
  title?: string;
  whenText?: string;
  /** Unix ms for the date/time picker. */
  start?: number;
  endText?: string;
  location?: string | null;
  description?: string | null;
  capacity?: number | null;
  reminderOffsets?: string[];
  audience?: 'channel' | 'dm' | 'both';
  channelId?: string;
  /** Kind, who may come, co-hosts, approval, deadline (an edit's current values). */
  options?: OptionPrefill;
}

export const BLOCK = {
  title: 'title',
  when: 'when',
  preview: 'when_preview',
  datetime: 'datetime',
  end: 'end',
  location: 'location',
  description: 'description',
  capacity: 'capacity',
  reminders: 'reminders',
  remindersCustom: 'reminders_custom',
  audience: 'audience',
  channel: 'channel',
} as const;

/** The action id inside each input block is the block id with a suffix. */
export const FIELD = (block: string) => (block === BLOCK.when ? ACTION.whenInput : `${block}_input`);

/** The fields of the edit form that are compared with what it showed. */
const EDIT_COMPARED = [
  BLOCK.title,
  BLOCK.datetime,
  BLOCK.end,
  BLOCK.location,
  BLOCK.description,
  BLOCK.capacity,
  BLOCK.reminders,
  BLOCK.remindersCustom,
  BLOCK.audience,
  OPTION_BLOCK.kind,
  OPTION_BLOCK.min,
  OPTION_BLOCK.visibility,
  OPTION_BLOCK.invite,
  OPTION_BLOCK.groups,
  OPTION_BLOCK.cohosts,
  OPTION_BLOCK.approval,
  OPTION_BLOCK.offers,
  OPTION_BLOCK.deadline,
  OPTION_BLOCK.repeat,
] as const;

// biome-ignore lint: Block Kit elements and view state are loosely typed JSON
type Loose = Record<string, any>;

const optionValues = (options: unknown): string =>
  ((options as { value: string }[] | undefined) ?? []).map((o) => o.value).sort().join(',');

/** A field's value, as the form showed it (an element's initial value), as one comparable string. */
function initialValue(element: Loose): string {
  switch (element.type) {
    case 'datetimepicker':
      return element.initial_date_time != null ? String(element.initial_date_time) : '';
    case 'multi_static_select':
    case 'multi_external_select':
    case 'checkboxes':
      return optionValues(element.initial_options);
    case 'multi_users_select':
      return [...((element.initial_users as string[] | undefined) ?? [])].sort().join(',');
    case 'radio_buttons':
    case 'static_select':
      return element.initial_option?.value ?? '';
    default:
      return typeof element.initial_value === 'string' ? element.initial_value.trim() : '';
  }
}

/** A field's value, as it came back in view.state, in the same form as initialValue. */
export function submittedValue(state: Loose): string {
  switch (state.type) {
    case 'datetimepicker':
      return state.selected_date_time != null ? String(state.selected_date_time) : '';
    case 'multi_static_select':
    case 'multi_external_select':
    case 'checkboxes':
      return optionValues(state.selected_options);
    case 'multi_users_select':
      return [...((state.selected_users as string[] | undefined) ?? [])].sort().join(',');
    case 'radio_buttons':
    case 'static_select':
      return state.selected_option?.value ?? '';
    default:
      return typeof state.value === 'string' ? state.value.trim() : '';
  }
}

export const fingerprint = (value: string): string => createHash('sha256').update(value).digest('base64url').slice(0, 12);

/** What the form shows in each compared field, fingerprinted (for ModalMeta.shown). */
export function shownFields(blocks: Block[]): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const b of blocks) {
    if (b.block_id && (EDIT_COMPARED as readonly string[]).includes(b.block_id) && b.element) shown[b.block_id] = fingerprint(initialValue(b.element));
  }
  return shown;
}

const REMINDER_PRESETS: { value: string; label: string }[] = [
  { value: 'PT15M', label: '15 minutes before' },
  { value: 'PT1H', label: '1 hour before' },
  { value: 'P1D', label: '1 day before' },
  { value: 'P1W', label: '1 week before' },
];

const AUDIENCES = [
  { value: 'channel', label: 'Post in the channel' },
  { value: 'dm', label: 'DM attendees' },
  { value: 'both', label: 'Both' },
] as const;

function option(value: string, label: string) {
  return { text: plain(label, LIMITS.optionText), value };
}

function textInput(block: string, label: string, opts: { initial?: string | null; placeholder?: string; multiline?: boolean; optional?: boolean; max?: number; hint?: string } = {}): Block {
  const element: Block = { type: 'plain_text_input', action_id: FIELD(block), multiline: opts.multiline ?? false };
  if (opts.initial) element.initial_value = cut(opts.initial, opts.max ?? LIMITS.inputInitialValue);
  if (opts.placeholder) element.placeholder = plain(opts.placeholder, 150);
  if (opts.max) element.max_length = opts.max;
  const block_: Block = { type: 'input', block_id: block, label: plain(label, 2000), element, optional: opts.optional ?? true };
  if (opts.hint) block_.hint = plain(opts.hint, 2000);
  return block_;
}

/**
 * The create/edit form. `preview` is the line under "When" showing how the time was read
 * (refreshed by dispatch_action as the person types).
 */
export function buildEventModal(meta: ModalMeta, prefill: ModalPrefill = {}, preview?: string): Block {
  const when = textInput(BLOCK.when, 'When', {
    initial: prefill.whenText,
    placeholder: 'friday 8-10pm, dec 3 7pm CET, every other tuesday 6pm',
    max: 200,
  });
  when.dispatch_action = true;
  when.element.dispatch_action_config = { trigger_actions_on: ['on_enter_pressed', 'on_character_entered'] };

  const datetime: Block = {
    type: 'input',
    block_id: BLOCK.datetime,
    optional: true,
    label: plain('…or pick a date and time', 2000),
    element: { type: 'datetimepicker', action_id: FIELD(BLOCK.datetime), ...(prefill.start ? { initial_date_time: Math.floor(prefill.start / 1000) } : {}) },
  };

  const presets = REMINDER_PRESETS.filter((p) => prefill.reminderOffsets?.includes(p.value));
  const custom = (prefill.reminderOffsets ?? []).filter((o) => !REMINDER_PRESETS.some((p) => p.value === o));
  const reminders: Block = {
    type: 'input',
    block_id: BLOCK.reminders,
    optional: true,
    label: plain('Reminders', 2000),
    element: {
      type: 'multi_static_select',
      action_id: FIELD(BLOCK.reminders),
      placeholder: plain('Choose reminders', 150),
      options: REMINDER_PRESETS.map((p) => option(p.value, p.label)),
      ...(presets.length ? { initial_options: presets.map((p) => option(p.value, p.label)) } : {}),
    },
  };
  const audience = prefill.audience ?? 'channel';
  const audienceBlock: Block = {
    type: 'input',
    block_id: BLOCK.audience,
    optional: true,
    label: plain('Send reminders', 2000),
    element: {
      type: 'radio_buttons',
      action_id: FIELD(BLOCK.audience),
      options: AUDIENCES.map((a) => option(a.value, a.label)),
      initial_option: option(audience, AUDIENCES.find((a) => a.value === audience)!.label),
    },
  };
  const capacity: Block = {
    type: 'input',
    block_id: BLOCK.capacity,
    optional: true,
    label: plain('Capacity', 2000),
    hint: plain('Leave empty for no limit. Later RSVPs join a waitlist.', 2000),
    element: {
      type: 'number_input',
      action_id: FIELD(BLOCK.capacity),
      is_decimal_allowed: false,
      min_value: '1',
      ...(prefill.capacity ? { initial_value: String(prefill.capacity) } : {}),
    },
  };

  const blocks: Block[] = [
    textInput(BLOCK.title, 'Title', { initial: prefill.title, placeholder: 'Game night', optional: false, max: 200 }),
    when,
    context(preview ?? 'Type a time the way you would say it; the line here shows how I read it.'),
    datetime,
    textInput(BLOCK.end, 'Ends', { initial: prefill.endText, placeholder: '10pm, or a duration like 2h or 90m', max: 100 }),
    textInput(BLOCK.location, 'Where', { initial: prefill.location, placeholder: 'The pub, or a meeting link', max: 255, hint: 'A link (https://…) makes it an online event with a Join button.' }),
    textInput(BLOCK.description, 'Description', { initial: prefill.description, multiline: true, max: 3000 }),
    capacity,
    reminders,
    textInput(BLOCK.remindersCustom, 'Other reminders', { initial: custom.join(', '), placeholder: '2h, 3 days', max: 200 }),
    audienceBlock,
    ...optionBlocks(prefill.options ?? {}, meta.mode),
  ];
  blocks[2]!.block_id = BLOCK.preview;
  if (meta.mode === 'create') {
    blocks.push({
      type: 'input',
      block_id: BLOCK.channel,
      label: plain('Post in', 2000),
      element: {
        type: 'conversations_select',
        action_id: FIELD(BLOCK.channel),
        filter: { include: ['public', 'private'], exclude_bot_users: true },
        ...(prefill.channelId ?? meta.channelId ? { initial_conversation: prefill.channelId ?? meta.channelId } : { default_to_current_conversation: true }),
      },
    });
  }
  const stored: ModalMeta = meta.mode === 'edit' ? { ...meta, shown: shownFields(blocks) } : meta;
  return {
    type: 'modal',
    callback_id: CALLBACK.eventModal,
    private_metadata: cut(JSON.stringify(stored), LIMITS.privateMetadata),
    title: plain(meta.mode === 'create' ? 'Create event' : 'Edit event', LIMITS.viewTitle),
    submit: plain(meta.mode === 'create' ? 'Create' : 'Save', LIMITS.viewTitle),
    close: plain('Cancel', LIMITS.viewTitle),
    blocks,
  };
}

export function readMeta(privateMetadata: string | undefined): ModalMeta {
  try {
    const m = JSON.parse(privateMetadata ?? '{}') as Partial<ModalMeta>;
    const shown = m.shown && typeof m.shown === 'object' ? (m.shown as Record<string, string>) : undefined;
    return { mode: m.mode === 'edit' ? 'edit' : 'create', eventId: m.eventId, channelId: m.channelId, ...(shown ? { shown } : {}) };
  } catch {
    return { mode: 'create' };
  }
}

/** The settings modal opened from App Home. */
export function buildSettingsModal(current: { timezone: string; locale: string; reminderDms: boolean }): Block {
  const dmOption = option('on', 'Send me reminders by DM');
  return {
    type: 'modal',
    callback_id: CALLBACK.settingsModal,
    title: plain('Your settings', LIMITS.viewTitle),
    submit: plain('Save', LIMITS.viewTitle),
    close: plain('Cancel', LIMITS.viewTitle),
    blocks: [
      textInput('tz', 'Time zone', { initial: current.timezone, placeholder: 'Europe/Berlin', optional: false, max: 64, hint: 'An IANA name like Europe/Berlin or America/New_York.' }),
      textInput('locale', 'How you write dates (locale)', {
        initial: current.locale,
        placeholder: 'en-GB',
        max: 35,
        hint: 'en-GB reads 3/4 as 3 April, en-US as March 4. Empty: follow your time zone.',
      }),
      {
        type: 'input',
        block_id: 'dms',
        optional: true,
        label: plain('Reminder DMs', 2000),
        element: { type: 'checkboxes', action_id: FIELD('dms'), options: [dmOption], ...(current.reminderDms ? { initial_options: [dmOption] } : {}) },
      },
    ],
  };
}
