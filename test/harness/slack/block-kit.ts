/**
 * Block Kit as Slack enforces it (limits from Slack's block, element and composition-object
 * reference pages; Block Kit has no official JSON schema). `blockKitErrors` answers like Slack's
 * `invalid_blocks`: one message per problem, with a JSON pointer (`[json-pointer:/blocks/3/text]`).
 */

type Json = Record<string, unknown>;

export type Surface = 'message' | 'modal' | 'home';

const MAX_BLOCKS: Record<Surface, number> = { message: 50, modal: 100, home: 100 };

class Report {
  readonly errors: string[] = [];
  add(path: string, message: string): void {
    this.errors.push(`${message} [json-pointer:${path}]`);
  }
}

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const len = (s: unknown) => (typeof s === 'string' ? s.length : 0);

function text(r: Report, path: string, t: unknown, max: number, opts: { plainOnly?: boolean; required?: boolean } = {}): void {
  if (t === undefined) {
    if (opts.required) r.add(path, 'missing required field: text');
    return;
  }
  if (!isObj(t)) return r.add(path, 'must be a text object');
  if (t.type !== 'plain_text' && t.type !== 'mrkdwn') return r.add(`${path}/type`, 'must be one of plain_text, mrkdwn');
  if (opts.plainOnly && t.type !== 'plain_text') r.add(`${path}/type`, 'must be plain_text');
  if (typeof t.text !== 'string' || t.text.length === 0) return r.add(`${path}/text`, 'must be a non-empty string');
  if (t.text.length > max) r.add(`${path}/text`, `must be less than ${max + 1} characters`);
}

function maxLen(r: Report, path: string, v: unknown, max: number): void {
  if (v !== undefined && (typeof v !== 'string' || v.length > max)) r.add(path, `must be a string of at most ${max} characters`);
}

function url(r: Report, path: string, v: unknown): void {
  if (v === undefined) return;
  maxLen(r, path, v, 3000);
  if (typeof v === 'string' && !/^(https?|mailto|slack):/i.test(v)) r.add(path, 'must be a valid URL');
}

function options(r: Report, path: string, opts: unknown, max: number, min = 1, textMax = 75): void {
  if (!Array.isArray(opts)) return r.add(path, 'must be an array');
  if (opts.length < min) r.add(path, `must have at least ${min} items`);
  if (opts.length > max) r.add(path, `must have at most ${max} items`);
  opts.forEach((o, i) => {
    if (!isObj(o)) return r.add(`${path}/${i}`, 'must be an option object');
    text(r, `${path}/${i}/text`, o.text, textMax, { required: true });
    if (typeof o.value !== 'string' || o.value.length > 150) r.add(`${path}/${i}/value`, 'must be a string of at most 150 characters');
    if (o.description !== undefined) text(r, `${path}/${i}/description`, o.description, 75);
    url(r, `${path}/${i}/url`, o.url);
  });
}

const ELEMENTS = new Set([
  'button', 'overflow', 'static_select', 'multi_static_select', 'radio_buttons', 'checkboxes', 'plain_text_input',
  'datepicker', 'timepicker', 'datetimepicker', 'number_input', 'conversations_select', 'multi_conversations_select',
  'users_select', 'multi_users_select', 'channels_select', 'multi_channels_select', 'external_select', 'multi_external_select', 'email_text_input',
  'url_text_input', 'image',
]);

function element(r: Report, path: string, e: unknown, actionIds: Set<string>): void {
  if (!isObj(e) || typeof e.type !== 'string' || !ELEMENTS.has(e.type)) return r.add(`${path}/type`, 'must be a known element type');
  if (e.action_id !== undefined) {
    maxLen(r, `${path}/action_id`, e.action_id, 255);
    if (typeof e.action_id === 'string') {
      if (actionIds.has(e.action_id)) r.add(`${path}/action_id`, `duplicate action_id ${e.action_id} in the block`);
      actionIds.add(e.action_id);
    }
  }
  if (e.placeholder !== undefined) text(r, `${path}/placeholder`, e.placeholder, 150, { plainOnly: true });
  switch (e.type) {
    case 'button':
      text(r, `${path}/text`, e.text, 75, { plainOnly: true, required: true });
      maxLen(r, `${path}/value`, e.value, 2000);
      url(r, `${path}/url`, e.url);
      if (e.style !== undefined && e.style !== 'primary' && e.style !== 'danger') r.add(`${path}/style`, 'must be primary or danger');
      break;
    case 'overflow':
      options(r, `${path}/options`, e.options, 5, 1);
      break;
    case 'static_select':
    case 'multi_static_select':
      if (e.options !== undefined) options(r, `${path}/options`, e.options, 100);
      if (e.option_groups !== undefined && (!Array.isArray(e.option_groups) || e.option_groups.length > 100)) r.add(`${path}/option_groups`, 'must have at most 100 items');
      break;
    case 'radio_buttons':
    case 'checkboxes':
      options(r, `${path}/options`, e.options, 10, 1);
      break;
    case 'external_select':
    case 'multi_external_select':
      // Options come from the app's options load URL; only the initial ones are in the view.
      if (e.initial_options !== undefined) options(r, `${path}/initial_options`, e.initial_options, 100);
      if (e.min_query_length !== undefined && (typeof e.min_query_length !== 'number' || e.min_query_length < 0)) r.add(`${path}/min_query_length`, 'must be a number, 0 or more');
      if (e.max_selected_items !== undefined && (typeof e.max_selected_items !== 'number' || e.max_selected_items < 1)) r.add(`${path}/max_selected_items`, 'must be at least 1');
      break;
    case 'plain_text_input':
      maxLen(r, `${path}/initial_value`, e.initial_value, 3000);
      if (e.max_length !== undefined && (typeof e.max_length !== 'number' || e.max_length < 1 || e.max_length > 3000)) r.add(`${path}/max_length`, 'must be between 1 and 3000');
      if (typeof e.max_length === 'number' && len(e.initial_value) > e.max_length) r.add(`${path}/initial_value`, 'must not be longer than max_length');
      break;
    case 'image':
      url(r, `${path}/image_url`, e.image_url);
      maxLen(r, `${path}/alt_text`, e.alt_text, 2000);
      break;
  }
}

function block(r: Report, path: string, b: unknown, surface: Surface, blockIds: Set<string>): void {
  if (!isObj(b) || typeof b.type !== 'string') return r.add(`${path}/type`, 'missing required field: type');
  if (b.block_id !== undefined) {
    maxLen(r, `${path}/block_id`, b.block_id, 255);
    if (typeof b.block_id === 'string') {
      if (blockIds.has(b.block_id)) r.add(`${path}/block_id`, `duplicate block_id ${b.block_id}`);
      blockIds.add(b.block_id);
    }
  }
  const actionIds = new Set<string>();
  switch (b.type) {
    case 'section':
      if (b.text === undefined && b.fields === undefined) r.add(path, 'must provide text or fields');
      text(r, `${path}/text`, b.text, 3000);
      if (b.fields !== undefined) {
        if (!Array.isArray(b.fields) || b.fields.length > 10) r.add(`${path}/fields`, 'must have at most 10 items');
        else b.fields.forEach((f, i) => text(r, `${path}/fields/${i}`, f, 2000, { required: true }));
      }
      if (b.accessory !== undefined) element(r, `${path}/accessory`, b.accessory, actionIds);
      break;
    case 'header':
      text(r, `${path}/text`, b.text, 150, { plainOnly: true, required: true });
      break;
    case 'context':
      if (!Array.isArray(b.elements) || b.elements.length === 0 || b.elements.length > 10) r.add(`${path}/elements`, 'must have 1 to 10 items');
      else b.elements.forEach((e, i) => (isObj(e) && e.type === 'image' ? element(r, `${path}/elements/${i}`, e, actionIds) : text(r, `${path}/elements/${i}`, e, 2000, { required: true })));
      break;
    case 'actions':
      if (!Array.isArray(b.elements) || b.elements.length === 0 || b.elements.length > 25) r.add(`${path}/elements`, 'must have 1 to 25 items');
      else b.elements.forEach((e, i) => element(r, `${path}/elements/${i}`, e, actionIds));
      break;
    case 'input':
      if (surface === 'message') r.add(`${path}/type`, 'input blocks are only allowed in modals and Home tabs');
      text(r, `${path}/label`, b.label, 2000, { plainOnly: true, required: true });
      if (b.hint !== undefined) text(r, `${path}/hint`, b.hint, 2000, { plainOnly: true });
      if (b.element === undefined) r.add(`${path}/element`, 'missing required field: element');
      else element(r, `${path}/element`, b.element, actionIds);
      break;
    case 'divider':
      break;
    case 'image':
      url(r, `${path}/image_url`, b.image_url);
      maxLen(r, `${path}/alt_text`, b.alt_text, 2000);
      if (b.title !== undefined) text(r, `${path}/title`, b.title, 2000, { plainOnly: true });
      break;
    default:
      r.add(`${path}/type`, `unsupported block type ${b.type}`);
  }
}

/** Problems with a block set on a surface; empty when Slack would accept it. */
export function blockKitErrors(blocks: unknown, surface: Surface, path = '/blocks'): string[] {
  const r = new Report();
  if (!Array.isArray(blocks)) {
    r.add(path, 'must be an array');
    return r.errors;
  }
  if (blocks.length > MAX_BLOCKS[surface]) r.add(path, `must be less than ${MAX_BLOCKS[surface] + 1} items`);
  const blockIds = new Set<string>();
  blocks.forEach((b, i) => block(r, `${path}/${i}`, b, surface, blockIds));
  return r.errors;
}

/** A modal or Home tab view (views.open / push / update / publish). */
export function viewErrors(view: unknown): string[] {
  if (!isObj(view)) return ['must be a view object [json-pointer:/view]'];
  const r = new Report();
  const surface: Surface = view.type === 'home' ? 'home' : 'modal';
  if (view.type !== 'modal' && view.type !== 'home') r.add('/view/type', 'must be modal or home');
  if (surface === 'modal') {
    text(r, '/view/title', view.title, 24, { plainOnly: true, required: true });
    const hasInput = Array.isArray(view.blocks) && view.blocks.some((b) => isObj(b) && b.type === 'input');
    if (view.submit !== undefined) text(r, '/view/submit', view.submit, 24, { plainOnly: true });
    else if (hasInput) r.add('/view/submit', 'a modal with input blocks needs a submit button');
    if (view.close !== undefined) text(r, '/view/close', view.close, 24, { plainOnly: true });
  }
  maxLen(r, '/view/private_metadata', view.private_metadata, 3000);
  maxLen(r, '/view/callback_id', view.callback_id, 255);
  maxLen(r, '/view/external_id', view.external_id, 255);
  return [...r.errors, ...blockKitErrors(view.blocks ?? [], surface, '/view/blocks')];
}

/** Message metadata: an alphanumeric event_type and a JSON object payload of scalars and objects. */
export function metadataErrors(metadata: unknown): string[] {
  if (metadata === undefined) return [];
  if (!isObj(metadata)) return ['must be an object [json-pointer:/metadata]'];
  const errors: string[] = [];
  if (typeof metadata.event_type !== 'string' || !/^[A-Za-z0-9_]{1,255}$/.test(metadata.event_type)) {
    errors.push('event_type must be an alphanumeric string [json-pointer:/metadata/event_type]');
  }
  if (!isObj(metadata.event_payload)) errors.push('event_payload must be an object [json-pointer:/metadata/event_payload]');
  else {
    const scalar = (v: unknown) => ['string', 'number', 'boolean'].includes(typeof v);
    for (const [k, v] of Object.entries(metadata.event_payload)) {
      const ok = scalar(v) || (isObj(v) && Object.values(v).every(scalar)) || (Array.isArray(v) && v.every((x) => isObj(x) && Object.values(x).every(scalar)));
      if (!ok) errors.push(`event_payload.${k} must be a string, number, boolean or object [json-pointer:/metadata/event_payload/${k}]`);
    }
  }
  return errors;
}
