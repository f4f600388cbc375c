import type { ListScope, RsvpChoice } from '../../core/commands.ts';
import type { StandingChoice } from '../../core/standing.ts';
import { EVENT_KINDS, type EventKind } from '../../core/event-schema.ts';
import { leadingEventId } from '../../core/ids.ts';
import { OPTION_WORDS, OPTIONS_HELP, parseOptions, splitOptions, type OptionWords } from './options.ts';
import { closeSubcommand } from './typos.ts';

/**
 * The words people type after /event, the same on every platform
 * (console, Slack's /event, and Discord's options mapped onto it).
 */
export type TextCommand =
  /** `text`: title, time and place; `options`: the option words after them (capacity 6 invite @ann …). */
  | { kind: 'create'; text: string; options: OptionWords }
  /**
   * `page`: a number, or 'next' (the page after the one this person saw last); `from`/`to`: dates
   * as typed ("dec 1"); `ofKind`: one kind of event.
   */
  | { kind: 'list'; scope: ListScope; past: boolean; page: number | 'next'; from?: string; to?: string; ofKind?: EventKind }
  | { kind: 'show'; ref: string }
  | { kind: 'calendar'; ref: string }
  | { kind: 'feed'; reset: boolean }
  | { kind: 'edit'; ref: string; field: EditField; value: string; options?: undefined }
  /** Options to change, in the create line's words: `edit <event> capacity 8 approval`. */
  | { kind: 'edit'; ref: string; options: OptionWords; field?: undefined }
  | { kind: 'cancel'; ref: string; reason: string | null }
  | { kind: 'delete'; ref: string }
  /** `on`: a date naming one occurrence of a series ("dec 11"), as typed. */
  | { kind: 'rsvp'; ref: string; status: RsvpChoice; on?: string }
  /** A standing answer to every occurrence of a series (`… every time`); 'none' withdraws it. */
  | { kind: 'standing'; ref: string; status: StandingChoice }
  | { kind: 'decide'; ref: string; userId: string; approve: boolean }
  /** Answer a seat offered from the waitlist. */
  | { kind: 'offer'; ref: string; answer: 'claim' | 'pass' }
  | { kind: 'settings'; setting: 'show' }
  | { kind: 'settings'; setting: SettingKey; value: string }
  | { kind: 'api-key'; action: 'create'; name: string | null; scopes: string[] | null }
  | { kind: 'api-key'; action: 'list' }
  | { kind: 'api-key'; action: 'revoke'; id: string }
  | { kind: 'webhook'; action: 'add'; url: string; events: string[] | null }
  | { kind: 'webhook'; action: 'list' }
  | { kind: 'webhook'; action: 'remove'; id: string }
  | { kind: 'help' }
  | { kind: 'invalid'; message: string };

export type SettingKey = 'tz' | 'locale' | 'dm' | 'reminders' | 'workspace-tz' | 'workspace-locale' | 'my-reminders' | 'all-day';

const SETTING_WORDS: Record<string, SettingKey> = {
  tz: 'tz',
  timezone: 'tz',
  zone: 'tz',
  locale: 'locale',
  language: 'locale',
  'date-order': 'locale',
  dm: 'dm',
  dms: 'dm',
  reminders: 'reminders',
  'workspace-tz': 'workspace-tz',
  'server-tz': 'workspace-tz',
  'workspace-locale': 'workspace-locale',
  'my-reminders': 'my-reminders',
  myreminders: 'my-reminders',
  'all-day': 'all-day',
  allday: 'all-day',
  'all-day-at': 'all-day',
  'server-locale': 'workspace-locale',
};

export const EDIT_FIELDS = ['title', 'when', 'end', 'location', 'description', 'capacity', 'reminders', 'deadline'] as const;
export type EditField = (typeof EDIT_FIELDS)[number];

const RSVP_WORDS: Record<string, RsvpChoice> = {
  going: 'going',
  yes: 'going',
  maybe: 'maybe',
  declined: 'declined',
  decline: 'declined',
  no: 'declined',
  "can't": 'declined',
  cant: 'declined',
  notgoing: 'declined',
};

const SCOPES: Record<string, ListScope> = {
  channel: 'channel',
  here: 'channel',
  workspace: 'workspace',
  all: 'workspace',
  server: 'workspace',
  mine: 'mine',
  my: 'mine',
  hosting: 'hosting',
  attending: 'attending',
  going: 'attending',
};

/** Splits a leading "quoted name" or an 8-character id from the rest. */
export function takeRef(text: string): { ref: string; rest: string } {
  const t = text.trim();
  const quoted = /^["“']([^"”']+)["”']\s*(.*)$/s.exec(t);
  if (quoted) return { ref: quoted[1]!.trim(), rest: quoted[2]!.trim() };
  // Names first: only a word that is plainly an id (a digit, or #) is split off the words after
  // it, so "deadline test" and "capacity planning" are names, not an id and more words.
  const id = /^(#?\S{8})(?:\s+(.*))?$/s.exec(t);
  const lead = id ? leadingEventId(id[1]!) : null;
  if (lead) return { ref: lead, rest: (id![2] ?? '').trim() };
  return { ref: t, rest: '' };
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** A date at the end of an unquoted name: "dec 11", "11 december", "2026-12-11", "12/11". */
const TRAILING_DATE = new RegExp(
  `^(.+?)\\s+((?:on\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?))$`,
  'i',
);

/**
 * For rsvp: the event, then optionally the date of one occurrence. After a quoted name or an id
 * anything is the date (`"game night" friday`); after a bare name only a written-out date is.
 */
function takeRsvpRef(text: string): { ref: string; on?: string } {
  const taken = takeRef(text);
  if (taken.rest) return { ref: taken.ref, on: taken.rest };
  const dated = TRAILING_DATE.exec(text.trim());
  return dated ? { ref: dated[1]!.trim(), on: dated[2]!.trim() } : { ref: taken.ref };
}

/** The words that make an answer a standing one, at the end: `rsvp going "game night" every time`. */
const EVERY_TIME = /^(.*?)\s+(?:every\s*time|each\s+time|every\s+one|all(?:\s+of\s+them)?|always)$/is;
/** Withdrawing a standing answer: `rsvp clear "game night" every time`. */
const STANDING_OFF = new Set(['clear', 'stop', 'none', 'withdraw', 'unset']);

/** `rsvp <answer> <event> [date | every time]`, the same after the short verbs (going, maybe, no). */
function rsvpText(word: string, text: string): TextCommand {
  const every = EVERY_TIME.exec(text.trim());
  const off = STANDING_OFF.has(word);
  const status = off ? ('none' as const) : RSVP_WORDS[word];
  if (!status || !text.trim()) return { kind: 'invalid', message: USAGE.rsvp };
  if (every) {
    const { ref, rest } = takeRef(every[1]!);
    if (!ref) return { kind: 'invalid', message: USAGE.rsvp };
    if (rest) return { kind: 'invalid', message: `A date or "every time", not both: ${USAGE.rsvp}` };
    return { kind: 'standing', ref, status };
  }
  if (status === 'none') return { kind: 'invalid', message: `"${word}" withdraws an "every time" answer. Try: rsvp ${word} <event> every time` };
  return { kind: 'rsvp', status, ...takeRsvpRef(text) };
}

const isAnswerWord = (w: string) => Object.hasOwn(RSVP_WORDS, w) || STANDING_OFF.has(w);

/**
 * `rsvp <answer> <event> …`, or the answer last as people also say it: `rsvp game night going`.
 * The answer first wins, so an event named after an answer word is reached by putting it first.
 */
function rsvpWords(words: string[]): TextCommand {
  const first = (words[0] ?? '').toLowerCase();
  const last = (words.at(-1) ?? '').toLowerCase();
  if (words.length >= 2 && !isAnswerWord(first) && Object.hasOwn(RSVP_WORDS, last)) return rsvpText(last, words.slice(0, -1).join(' '));
  return rsvpText(first, words.slice(1).join(' '));
}

/**
 * For edit: a quoted name or an id, else the words before the first field name
 * ("edit Game night when saturday 9pm" → "Game night", "when saturday 9pm").
 */
function takeEditRef(text: string): { ref: string; rest: string } {
  const taken = takeRef(text);
  if (taken.rest) return taken;
  const words = text.trim().split(/\s+/);
  const at = words.findIndex((w, i) => i > 0 && [...EDIT_FIELDS, 'time', ...OPTION_WORDS].includes(w.toLowerCase()));
  return at === -1 ? taken : { ref: words.slice(0, at).join(' '), rest: words.slice(at).join(' ') };
}

/** For approve/deny: a quoted name or an id then the user, or a bare name whose last word is the user. */
function takeDecideRef(text: string): { ref: string; user: string } {
  const taken = takeRef(text);
  if (taken.rest) return { ref: taken.ref, user: taken.rest };
  const words = text.trim().split(/\s+/);
  return words.length < 2 ? { ref: '', user: '' } : { ref: words.slice(0, -1).join(' '), user: words.at(-1)! };
}

const USAGE = {
  show: 'Say which event: show <id or name>',
  calendar: 'Say which event: calendar <id or name>',
  cancel: 'Say which event: cancel <id or "name"> [reason]',
  delete: 'Say which event: delete <id or name>',
  rsvp: 'Try: rsvp going <id or name> [date | every time] (or maybe / no; clear … every time withdraws), e.g. rsvp going "game night" dec 11, or rsvp "game night" going',
  edit: `Try: edit <id or "name"> <${EDIT_FIELDS.join('|')}> <new value>, or options: ${OPTIONS_HELP}`,
  approve: 'Try: approve <id or name> <user>, e.g. approve "game night" @dana',
  deny: 'Try: deny <id or name> <user>, e.g. deny "game night" @dana',
  offer: 'Say which event: claim <id or name> (take the seat offered to you) or pass <id or name> (let the next person have it)',
};

const WEBHOOK_USAGE = 'Try: webhook add <https://… url> [event.created rsvp.created …] · webhook list · webhook remove <id>';

/** `webhook add <url> [types…]`, `webhook list`, `webhook remove <id>`. */
function webhookText(words: string[]): TextCommand {
  const [action = '', ...args] = words.filter(Boolean);
  switch (action.toLowerCase()) {
    case 'list':
    case 'ls':
      return { kind: 'webhook', action: 'list' };
    case 'add':
    case 'set':
    case 'create': {
      // Slack sends links as <https://…> or <https://…|label>.
      const [url, ...types] = args.map((a) => a.replace(/^<([^|>]+)(\|[^>]*)?>$/, '$1'));
      if (!url) return { kind: 'invalid', message: WEBHOOK_USAGE };
      return { kind: 'webhook', action: 'add', url, events: types.length ? types : null };
    }
    case 'remove':
    case 'rm':
    case 'delete':
      return args[0] ? { kind: 'webhook', action: 'remove', id: args[0] } : { kind: 'invalid', message: WEBHOOK_USAGE };
    default:
      return { kind: 'invalid', message: WEBHOOK_USAGE };
  }
}

const LIST_USAGE = 'Try: list [channel|mine|hosting|attending] [past] [from dec 1] [to dec 31] [kind workshop] [page 2|more]';
const LIST_WORDS = new Set(['from', 'to', 'until', 'kind', 'page', 'more', 'next', 'past', ...Object.keys(SCOPES)]);

/** `list [scope] [past] [from <date>] [to <date>] [kind <kind>] [page <n> | more]`, in any order. */
function listCommand(words: string[]): TextCommand {
  const out: Extract<TextCommand, { kind: 'list' }> = { kind: 'list', scope: 'workspace', past: false, page: 1 };
  const unknown: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.toLowerCase();
    // A date runs until the next list word: "from dec 1 to dec 31".
    const date = () => {
      const parts: string[] = [];
      while (i + 1 < words.length && !LIST_WORDS.has(words[i + 1]!.toLowerCase())) parts.push(words[++i]!);
      return parts.join(' ');
    };
    if (w === 'past') out.past = true;
    else if (w === 'more' || w === 'next') out.page = 'next';
    else if (w === 'page') {
      const n = Number(words[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 10_000) return { kind: 'invalid', message: `Pages are numbered from 1: ${LIST_USAGE}` };
      out.page = n;
    } else if (w === 'from') {
      out.from = date();
      if (!out.from) return { kind: 'invalid', message: `Say from when: ${LIST_USAGE}` };
    } else if (w === 'to' || w === 'until') {
      out.to = date();
      if (!out.to) return { kind: 'invalid', message: `Say until when: ${LIST_USAGE}` };
    } else if (w === 'kind') {
      const k = (words[++i] ?? '').toLowerCase();
      if (!(EVENT_KINDS as readonly string[]).includes(k)) return { kind: 'invalid', message: `Kinds are ${EVENT_KINDS.join(', ')}: ${LIST_USAGE}` };
      out.ofKind = k as EventKind;
    } else if (SCOPES[w]) out.scope = SCOPES[w];
    else unknown.push(words[i]!);
  }
  if (unknown.length) return { kind: 'invalid', message: `I don't know the list "${unknown.join(' ')}". ${LIST_USAGE}` };
  return out;
}

function createCommand(line: string): TextCommand {
  const { head, options } = splitOptions(line);
  return { kind: 'create', text: head, options };
}

export function parseEventText(input: string): TextCommand {
  const text = input.trim().replace(/^\/event\b\s*/i, '');
  if (!text) return { kind: 'help' };
  const [head = '', ...restWords] = text.split(/\s+/);
  const verb = head.toLowerCase();
  const rest = text.slice(head.length).trim();
  switch (verb) {
    case 'help':
    case '?':
      return { kind: 'help' };
    case 'create':
    case 'new':
      return rest ? createCommand(rest) : { kind: 'invalid', message: 'Say what and when: create Game night friday 8pm' };
    case 'list':
    case 'ls':
      return listCommand(restWords);
    case 'show':
    case 'get':
    case 'info':
      return rest ? { kind: 'show', ref: takeRef(rest).ref } : { kind: 'invalid', message: USAGE.show };
    case 'feed':
    case 'feeds': {
      const word = rest.toLowerCase();
      if (word && word !== 'reset') return { kind: 'invalid', message: 'Try: feed (your calendar feed URLs) or feed reset (new URLs; the old ones stop working)' };
      return { kind: 'feed', reset: word === 'reset' };
    }
    case 'calendar':
    case 'ics':
    case 'add-to-calendar':
      return rest ? { kind: 'calendar', ref: takeRef(rest).ref } : { kind: 'invalid', message: USAGE.calendar };
    case 'cancel': {
      if (!rest) return { kind: 'invalid', message: USAGE.cancel };
      const { ref, rest: reason } = takeRef(rest);
      return { kind: 'cancel', ref, reason: reason || null };
    }
    case 'api-key':
    case 'apikey': {
      const [action = '', ...args] = rest.split(/\s+/).filter(Boolean);
      if (action === 'list') return { kind: 'api-key', action: 'list' };
      if (action === 'revoke' && args[0]) return { kind: 'api-key', action: 'revoke', id: args[0] };
      if (action === 'create') {
        const scopes = args.filter((a) => a.startsWith('events:'));
        const name = args.filter((a) => !a.startsWith('events:')).join(' ') || null;
        return { kind: 'api-key', action: 'create', name, scopes: scopes.length ? scopes : null };
      }
      return { kind: 'invalid', message: 'Try: api-key create [name] [events:read] [events:write] · api-key list · api-key revoke <id>' };
    }
    case 'webhook':
    case 'webhooks':
      return webhookText(restWords);
    case 'delete':
    case 'remove':
      return rest ? { kind: 'delete', ref: takeRef(rest).ref } : { kind: 'invalid', message: USAGE.delete };
    case 'rsvp':
      return rsvpWords(restWords);
    case 'going':
    case 'maybe':
    case 'decline':
    case 'no':
      return rsvpText(verb, rest);
    case 'claim':
    case 'pass':
      return rest ? { kind: 'offer', ref: takeRef(rest).ref, answer: verb } : { kind: 'invalid', message: USAGE.offer };
    case 'approve':
    case 'deny': {
      const { ref, user } = takeDecideRef(rest);
      if (!ref || !user) return { kind: 'invalid', message: USAGE[verb] };
      return { kind: 'decide', ref, userId: user.replace(/^<@!?|>$/g, '').replace(/^@/, ''), approve: verb === 'approve' };
    }
    case 'edit': {
      const { ref, rest: change } = takeEditRef(rest);
      const options = ref ? parseOptions(change) : null;
      if (options) return { kind: 'edit', ref, options };
      const [field = '', ...value] = change.split(/\s+/);
      const f = field.toLowerCase() === 'time' ? 'when' : field.toLowerCase();
      if (!ref || !(EDIT_FIELDS as readonly string[]).includes(f) || (value.length === 0 && f !== 'description' && f !== 'location')) {
        return { kind: 'invalid', message: USAGE.edit };
      }
      return { kind: 'edit', ref, field: f as EditField, value: value.join(' ') };
    }
    case 'settings':
    case 'setting':
    case 'config': {
      const [key = '', ...value] = restWords;
      const k = key.toLowerCase();
      if (!k) return { kind: 'settings', setting: 'show' };
      const setting = SETTING_WORDS[k];
      if (!setting || value.length === 0) {
        return {
          kind: 'invalid',
          message:
            'Try: settings tz Europe/Berlin | locale en-GB | dm on|off | my-reminders 1h,1d (or default) | reminders 15m,1d | all-day 9:00 | workspace-tz <zone> | workspace-locale <tag>',
        };
      }
      return { kind: 'settings', setting, value: value.join(' ') };
    }
    default: {
      // A typo of a command ("crate", "lsit") asks rather than creating an event called "crate …".
      const meant = closeSubcommand(verb);
      if (meant) return { kind: 'invalid', message: `I don't know "${head}". Did you mean /event ${meant}? (For an event whose title starts with "${head}": /event create ${text})` };
      // Slack style: "/event Game night friday 8pm" creates.
      return createCommand(text);
    }
  }
}
