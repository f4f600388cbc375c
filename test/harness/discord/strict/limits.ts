/**
 * Discord's documented limits that its OpenAPI schema does not express (or expresses more
 * loosely): message content 2,000; embeds (title, description, fields, footer, author, 6,000 in
 * all); classic components (5 rows, 5 buttons a row, custom_id 100, label 80, 25 select options);
 * modals (title 45, at most 5 top-level components); autocomplete (25 choices, names 100); nonce
 * 25; thread names 100; command names and sizes. Each problem names the field as Discord does.
 */

type Json = Record<string, unknown>;

export interface FieldProblem {
  path: string;
  code: string;
  message: string;
}

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

class Problems {
  readonly list: FieldProblem[] = [];
  max(path: string, value: unknown, max: number): void {
    if (typeof value === 'string' && [...value].length > max) this.list.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` });
  }
  range(path: string, value: unknown, min: number, max: number): void {
    const n = typeof value === 'string' ? [...value].length : -1;
    if (n < min || n > max) this.list.push({ path, code: 'BASE_TYPE_BAD_LENGTH', message: `Must be between ${min} and ${max} in length.` });
  }
  count(path: string, items: unknown[], max: number, min = 0): void {
    if (items.length > max || items.length < min) this.list.push({ path, code: 'BASE_TYPE_BAD_LENGTH', message: `Must be between ${min} and ${max} in length.` });
  }
  add(path: string, code: string, message: string): void {
    this.list.push({ path, code, message });
  }
}

const COMPONENTS_V2 = 1 << 15;

function embeds(p: Problems, list: unknown[]): void {
  p.count('embeds', list, 10);
  let total = 0;
  list.forEach((e, i) => {
    if (!isObj(e)) return;
    const at = `embeds.${i}`;
    const len = (s: unknown) => (typeof s === 'string' ? [...s].length : 0);
    p.max(`${at}.title`, e.title, 256);
    p.max(`${at}.description`, e.description, 4096);
    total += len(e.title) + len(e.description);
    const fields = arr(e.fields);
    p.count(`${at}.fields`, fields, 25);
    fields.forEach((f, j) => {
      if (!isObj(f)) return;
      p.range(`${at}.fields.${j}.name`, f.name, 1, 256);
      p.range(`${at}.fields.${j}.value`, f.value, 1, 1024);
      total += len(f.name) + len(f.value);
    });
    if (isObj(e.footer)) {
      p.max(`${at}.footer.text`, e.footer.text, 2048);
      total += len(e.footer.text);
    }
    if (isObj(e.author)) {
      p.max(`${at}.author.name`, e.author.name, 256);
      total += len(e.author.name);
    }
    if (typeof e.url === 'string' && !/^https?:\/\/\S+$/.test(e.url)) p.add(`${at}.url`, 'URL_TYPE_INVALID_URL', 'Not a well formed URL.');
  });
  if (total > 6000) p.add('embeds', 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000');
}

function button(p: Problems, at: string, b: Json, ids: Set<string>): void {
  p.max(`${at}.label`, b.label, 80);
  if (b.style === 5) {
    if (typeof b.url !== 'string' || !/^(https?|discord):\/\/[^\s<>"]+$/.test(b.url)) p.add(`${at}.url`, 'URL_TYPE_INVALID_URL', 'Not a well formed URL.');
    if (b.custom_id !== undefined) p.add(`${at}.custom_id`, 'COMPONENT_LINK_BUTTON_CUSTOM_ID', 'A link button cannot have a custom_id.');
    return;
  }
  if (b.style === 6) return;
  customId(p, at, b.custom_id, ids);
}

function customId(p: Problems, at: string, id: unknown, ids: Set<string>): void {
  if (typeof id !== 'string' || id.length === 0) return p.add(`${at}.custom_id`, 'BASE_TYPE_REQUIRED', 'This field is required');
  p.max(`${at}.custom_id`, id, 100);
  if (ids.has(id)) p.add(`${at}.custom_id`, 'COMPONENT_CUSTOM_ID_DUPLICATED', 'Component custom id cannot be duplicated');
  ids.add(id);
}

function select(p: Problems, at: string, s: Json, ids: Set<string>): void {
  customId(p, at, s.custom_id, ids);
  p.max(`${at}.placeholder`, s.placeholder, 150);
  if (s.type === 3) {
    const options = arr(s.options);
    p.count(`${at}.options`, options, 25, 1);
    options.forEach((o, i) => {
      if (!isObj(o)) return;
      p.range(`${at}.options.${i}.label`, o.label, 1, 100);
      p.range(`${at}.options.${i}.value`, o.value, 1, 100);
      p.max(`${at}.options.${i}.description`, o.description, 100);
    });
  }
}

function messageComponents(p: Problems, list: unknown[], flags: number): void {
  if ((flags & COMPONENTS_V2) === 0) p.count('components', list, 5);
  const ids = new Set<string>();
  list.forEach((row, i) => {
    if (!isObj(row) || row.type !== 1) return;
    const children = arr(row.components);
    const at = `components.${i}.components`;
    const selects = children.filter((c) => isObj(c) && [3, 5, 6, 7, 8].includes(Number(c.type)));
    if (selects.length > 0 && children.length > 1) p.add(at, 'COMPONENT_LAYOUT_WIDTH_EXCEEDED', 'A select menu must be alone in its action row.');
    p.count(at, children, 5, 1);
    children.forEach((c, j) => {
      if (!isObj(c)) return;
      if (c.type === 2) button(p, `${at}.${j}`, c, ids);
      else select(p, `${at}.${j}`, c, ids);
    });
  });
}

/** A message body (create, edit, interaction response, webhook message). */
export function messageProblems(body: Json): FieldProblem[] {
  const p = new Problems();
  p.max('content', body.content, 2000);
  if (body.embeds !== undefined && body.embeds !== null) embeds(p, arr(body.embeds));
  if (body.components !== undefined && body.components !== null) messageComponents(p, arr(body.components), Number(body.flags ?? 0));
  if (typeof body.nonce === 'string') p.max('nonce', body.nonce, 25);
  else if (typeof body.nonce === 'number' && !Number.isSafeInteger(body.nonce)) p.add('nonce', 'BASE_TYPE_BAD_INT', 'Invalid nonce');
  return p.list;
}

/** The data of a modal response (callback type 9). */
export function modalProblems(data: Json): FieldProblem[] {
  const p = new Problems();
  p.range('data.title', data.title, 1, 45);
  const ids = new Set<string>();
  customId(p, 'data', data.custom_id, new Set());
  const top = arr(data.components);
  p.count('data.components', top, 5, 1);
  top.forEach((c, i) => {
    if (!isObj(c)) return;
    const at = `data.components.${i}`;
    const inner = c.type === 18 ? [c.component] : c.type === 1 ? arr(c.components) : [];
    if (c.type === 18) {
      p.range(`${at}.label`, c.label, 1, 45);
      p.max(`${at}.description`, c.description, 100);
    }
    inner.forEach((x, j) => {
      if (!isObj(x)) return;
      const where = c.type === 18 ? `${at}.component` : `${at}.components.${j}`;
      if (x.type === 4) {
        customId(p, where, x.custom_id, ids);
        if (c.type !== 18) p.range(`${where}.label`, x.label, 1, 45);
        p.max(`${where}.value`, x.value, 4000);
        p.max(`${where}.placeholder`, x.placeholder, 100);
        if (typeof x.max_length === 'number' && (x.max_length < 1 || x.max_length > 4000)) p.add(`${where}.max_length`, 'NUMBER_TYPE_MAX', 'int value should be between 1 and 4000.');
        if (typeof x.value === 'string' && typeof x.max_length === 'number' && [...x.value].length > x.max_length) p.add(`${where}.value`, 'BASE_TYPE_MAX_LENGTH', `Must be ${x.max_length} or fewer in length.`);
      } else if (x.type === 3) select(p, where, x, ids);
    });
  });
  return p.list;
}

/** Autocomplete choices (callback type 8). */
export function autocompleteProblems(data: Json): FieldProblem[] {
  const p = new Problems();
  const choices = arr(data.choices);
  p.count('data.choices', choices, 25);
  choices.forEach((c, i) => {
    if (!isObj(c)) return;
    p.range(`data.choices.${i}.name`, c.name, 1, 100);
    if (typeof c.value === 'string') p.max(`data.choices.${i}.value`, c.value, 100);
  });
  return p.list;
}

export function threadProblems(body: Json): FieldProblem[] {
  const p = new Problems();
  p.range('name', body.name, 1, 100);
  return p.list;
}

const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** One application command (chat input: type 1 or absent). */
export function commandProblems(cmd: Json, at = ''): FieldProblem[] {
  const p = new Problems();
  const chatInput = cmd.type === undefined || cmd.type === 1;
  let size = 0;
  const named = (path: string, o: Json) => {
    const name = typeof o.name === 'string' ? o.name : '';
    if (!NAME.test(name) || (chatInput && name !== name.toLowerCase())) p.add(`${path}name`, 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
    if (chatInput) p.range(`${path}description`, o.description, 1, 100);
    size += name.length + (typeof o.description === 'string' ? o.description.length : 0);
  };
  const options = (path: string, list: unknown[]) => {
    p.count(`${path}options`, list, 25);
    list.forEach((o, i) => {
      if (!isObj(o)) return;
      const here = `${path}options.${i}.`;
      named(here, o);
      const choices = arr(o.choices);
      p.count(`${here}choices`, choices, 25);
      choices.forEach((c, j) => {
        if (!isObj(c)) return;
        p.range(`${here}choices.${j}.name`, c.name, 1, 100);
        if (typeof c.value === 'string') p.max(`${here}choices.${j}.value`, c.value, 100);
        size += String(c.name ?? '').length + String(c.value ?? '').length;
      });
      if (Array.isArray(o.options)) options(here, o.options);
    });
  };
  named(at, cmd);
  options(at, arr(cmd.options));
  if (size > 4000) p.add(`${at}_root`, 'APPLICATION_COMMAND_TOO_LARGE', 'Command exceeds maximum size (4000)');
  return p.list;
}
