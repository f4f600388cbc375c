import { EVENT_KINDS, type EventKind, type EventPatch, type ReminderAudience } from '../../core/event-schema.ts';
import type { RecurrenceInput } from '../../core/recurrence.ts';
import { interpretWhen, type Reader } from './interpret.ts';
import { looksLikeMention, mentionOf, type MentionStyle } from './mentions.ts';
import { parseDuration, parseOffsetList } from './offsets.ts';
import { Duration } from 'luxon';
import { offerWindowMs } from '../../core/values.ts';
import { EVERYONE_INVITE, namesEveryone } from '../../core/everyone-invite.ts';
import { REPEAT_PRESETS, repeatRule } from './repeat.ts';

/**
 * The event options people type after the title and time, the same on every text door:
 * `… capacity 6 invite @alice @bob approval cohost @carol kind workshop deadline thursday 6pm`.
 * Parsed in two steps: which words are options (syntax only), then what they mean (times read in
 * the reader's zone, mentions in the platform's syntax).
 */
export type OptionKey =
  | 'capacity'
  | 'min'
  | 'kind'
  | 'invite'
  | 'visibility'
  | 'cohosts'
  | 'approval'
  | 'deadline'
  | 'repeat'
  | 'reminders'
  | 'audience'
  | 'announce'
  | 'channel'
  | 'ping'
  | 'offers'
  | 'offerWindow'
  | 'only';

type ValueShape = 'count' | 'kind' | 'mentions' | 'flag' | 'free' | 'repeat' | 'audience' | 'duration' | 'none';

interface Keyword {
  key: OptionKey;
  shape: ValueShape;
  /** For value-less words: the value they stand for ("invite-only" → visibility invite_only). */
  implied?: string;
}

const KEYWORDS: Record<string, Keyword> = {
  capacity: { key: 'capacity', shape: 'count' },
  seats: { key: 'capacity', shape: 'count' },
  max: { key: 'capacity', shape: 'count' },
  min: { key: 'min', shape: 'count' },
  need: { key: 'min', shape: 'count' },
  minimum: { key: 'min', shape: 'count' },
  kind: { key: 'kind', shape: 'kind' },
  type: { key: 'kind', shape: 'kind' },
  invite: { key: 'invite', shape: 'mentions' },
  ping: { key: 'ping', shape: 'mentions' },
  invites: { key: 'invite', shape: 'mentions' },
  'invite-only': { key: 'visibility', shape: 'none', implied: 'invite_only' },
  private: { key: 'visibility', shape: 'none', implied: 'invite_only' },
  public: { key: 'visibility', shape: 'none', implied: 'public' },
  cohost: { key: 'cohosts', shape: 'mentions' },
  cohosts: { key: 'cohosts', shape: 'mentions' },
  'co-host': { key: 'cohosts', shape: 'mentions' },
  'co-hosts': { key: 'cohosts', shape: 'mentions' },
  approval: { key: 'approval', shape: 'flag' },
  'no-approval': { key: 'approval', shape: 'none', implied: 'off' },
  offers: { key: 'offers', shape: 'flag' },
  'waitlist-offers': { key: 'offers', shape: 'flag' },
  'no-offers': { key: 'offers', shape: 'none', implied: 'off' },
  'offer-window': { key: 'offerWindow', shape: 'duration' },
  deadline: { key: 'deadline', shape: 'free' },
  'rsvp-by': { key: 'deadline', shape: 'free' },
  repeat: { key: 'repeat', shape: 'repeat' },
  repeats: { key: 'repeat', shape: 'repeat' },
  reminders: { key: 'reminders', shape: 'free' },
  remind: { key: 'reminders', shape: 'free' },
  'remind-by': { key: 'audience', shape: 'audience' },
  'reminders-by': { key: 'audience', shape: 'audience' },
  'remind-via': { key: 'audience', shape: 'audience' },
  announce: { key: 'announce', shape: 'free' },
  'announce-at': { key: 'announce', shape: 'free' },
  channel: { key: 'channel', shape: 'mentions' },
};

/** The words of every option, for help and for telling an option from a field name. */
export const OPTION_WORDS = Object.keys(KEYWORDS);

/** The options as typed: raw values per key (mention lists joined). */
export type OptionWords = Partial<Record<OptionKey, string>>;

const COUNT = /^(\d+|none|unlimited|no-limit)$/i;
const FLAG = /^(on|off|yes|no|true|false)$/i;
const AUDIENCES: Record<string, ReminderAudience> = { channel: 'channel', dm: 'dm', dms: 'dm', both: 'both' };
const REPEATS = new Set<string>([...REPEAT_PRESETS, 'none', 'never', 'no', 'once']);

const keywordAt = (words: string[], i: number): Keyword | undefined => KEYWORDS[(words[i] ?? '').toLowerCase()];

/** The value of the option whose keyword is at `i`: how many words it takes, or null when it doesn't fit. */
function valueLength(words: string[], i: number, shape: ValueShape): number | null {
  const next = (words[i + 1] ?? '').toLowerCase();
  switch (shape) {
    case 'none':
      return 0;
    case 'count':
      return COUNT.test(next) ? 1 : null;
    case 'kind':
      return (EVENT_KINDS as readonly string[]).includes(next) ? 1 : null;
    case 'flag':
      return FLAG.test(next) ? 1 : 0;
    case 'repeat':
      return REPEATS.has(next) ? 1 : null;
    case 'audience':
      return AUDIENCES[next] ? 1 : null;
    case 'duration':
      return next ? 1 : null;
    case 'mentions': {
      if (next === 'none' || next === 'nobody') return 1;
      let n = 0;
      while (i + 1 + n < words.length && looksLikeMention(words[i + 1 + n]!)) n++;
      return n > 0 ? n : null;
    }
    case 'free': {
      let n = 0;
      while (i + 1 + n < words.length && !keywordAt(words, i + 1 + n)) n++;
      return n > 0 ? n : null;
    }
  }
}

/**
 * Option words that are rarely title words: after one of these, a value of the wrong shape
 * ("capacity -5", "kind party", "cohost you") is a wrong value to refuse, not part of the title.
 * Everyday words that are also options (max, type, invite, channel, public …) stay strict.
 */
const UNMISTAKABLE = new Set([
  'capacity', 'minimum', 'kind', 'cohost', 'cohosts', 'co-host', 'co-hosts', 'repeat', 'repeats',
  'remind-by', 'reminders-by', 'remind-via', 'offer-window', 'waitlist-offers',
]);

/** A one-word value of the wrong shape after an unmistakable option word: 1, or null when there is none. */
function wrongValueLength(words: string[], i: number, shape: ValueShape): number | null {
  const next = words[i + 1];
  // "min" is also minutes ("10 min tomorrow"): only a number-like value after it is a wrong minimum.
  if ((words[i] ?? '').toLowerCase() === 'min' && next !== undefined && /^[-+]?\d/.test(next)) return 1;
  if (!UNMISTAKABLE.has((words[i] ?? '').toLowerCase()) || shape === 'none' || shape === 'flag' || shape === 'free') return null;
  return next !== undefined && !keywordAt(words, i + 1) ? 1 : null;
}

/**
 * Words from `from` to the end as options, or null when they are not all options. `loose`: an
 * unmistakable option word may take a value of the wrong shape (read, and refused, later).
 */
function optionsFrom(words: string[], from: number, loose = false): OptionWords | null {
  const out: OptionWords = {};
  let i = from;
  while (i < words.length) {
    const kw = keywordAt(words, i);
    if (!kw) return null;
    const n = valueLength(words, i, kw.shape) ?? (loose ? wrongValueLength(words, i, kw.shape) : null);
    if (n === null) return null;
    const value = n === 0 ? (kw.implied ?? 'on') : words.slice(i + 1, i + 1 + n).join(' ');
    out[kw.key] = kw.shape === 'mentions' && out[kw.key] && value !== 'none' ? `${out[kw.key]} ${value}` : value;
    i += 1 + n;
  }
  return out;
}

/**
 * Splits a create line into what comes before the options (title, time, place) and the options:
 * the options are the longest tail of the line that reads entirely as options, so a title may
 * still say "Capacity planning" or "Kind words club".
 */
export function splitOptions(text: string): { head: string; options: OptionWords } {
  const words = text.trim().split(/\s+/);
  // A quoted title is the title whatever its words say: options start after it.
  const first = Math.max(1, quotedTitleWords(words));
  for (const loose of [false, true]) {
    for (let i = first; i < words.length; i++) {
      if (!keywordAt(words, i)) continue;
      const options = optionsFrom(words, i, loose);
      if (options) return { head: words.slice(0, i).join(' '), options };
    }
  }
  return { head: text.trim(), options: {} };
}

/** How many of the words a leading quoted title takes ("\"Capacity planning\" friday" → 2), 0 without one. */
function quotedTitleWords(words: string[]): number {
  if (!/^["“]/.test(words[0] ?? '')) return 0;
  const end = words.findIndex((w, i) => (i === 0 ? w.length > 1 && /["”]$/.test(w) : /["”]/.test(w)));
  return end === -1 ? 0 : end + 1;
}

/** A whole text as options (an edit: `capacity 6 approval`), or null when some words are not options. */
export function parseOptions(text: string): OptionWords | null {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return words.length ? (optionsFrom(words, 0) ?? optionsFrom(words, 0, true)) : null;
}

/** What the options set, as event fields (a create input's or a patch's). */
export type OptionFields = Pick<
  EventPatch,
  | 'capacity'
  | 'minAttendees'
  | 'pingRoles'
  | 'kind'
  | 'visibility'
  | 'invitees'
  | 'coHostIds'
  | 'approvalRequired'
  | 'waitlistOffers'
  | 'offerWindow'
  | 'rsvpDeadline'
  | 'recurrence'
  | 'reminderOffsets'
  | 'reminderAudience'
  | 'publishAt'
  | 'channelId'
>;

export interface OptionContext {
  reader: Reader;
  now: Date;
  mentions: MentionStyle;
  /** The event's start and zone, for a preset repeat ("weekly" on the start's weekday). */
  anchor?: { start: Date; timezone: string };
}

export type OptionReading = { ok: true; fields: OptionFields } | { ok: false; message: string };

class OptionProblem extends Error {}

const MENTION_HELP: Record<'user' | 'role' | 'channel', string> = {
  user: 'Mention people with @ (pick them from the list as you type)',
  role: 'Mention roles or user groups with @',
  channel: 'Name the channel with # (pick it from the list as you type)',
};

/** Ids from a mention list; `allowed` says which kinds this option takes. */
function mentionIds(text: string, style: MentionStyle, allowed: ('user' | 'role' | 'channel')[], what: string): { users: string[]; roles: string[]; channels: string[] } {
  const out = { users: [] as string[], roles: [] as string[], channels: [] as string[] };
  if (/^(none|nobody)$/i.test(text.trim())) return out;
  for (const token of text.split(/\s+/).filter(Boolean)) {
    const m = mentionOf(token, style);
    if (!m || !allowed.includes(m.kind)) {
      throw new OptionProblem(`I couldn't read "${token}" as ${what}. ${MENTION_HELP[allowed[0]!]}.`);
    }
    out[`${m.kind}s`].push(m.id);
  }
  return { users: [...new Set(out.users)], roles: [...new Set(out.roles)], channels: [...new Set(out.channels)] };
}

function count(text: string, what: string, example: string): number | null {
  if (/^(none|unlimited|no-limit)$/i.test(text)) return null;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new OptionProblem(`${what} is a whole number of people, like ${example} (or "none"): not "${text}".`);
  return n;
}

function instant(text: string, ctx: OptionContext, what: string, example: string): string | null {
  if (/^(none|never|no)$/i.test(text)) return null;
  const zone = ctx.anchor?.timezone ?? ctx.reader.timezone;
  const r = interpretWhen(text, { ...ctx.reader, timezone: zone }, ctx.now);
  if (!r.ok) throw new OptionProblem(`I couldn't read the ${what} "${text}": ${r.message} Try "${example}".`);
  return r.start;
}

function repeat(text: string, ctx: OptionContext): RecurrenceInput | null {
  const word = text.toLowerCase();
  if (['none', 'never', 'no', 'once'].includes(word)) return null;
  if (!ctx.anchor) throw new OptionProblem('Say when the event is before how it repeats.');
  const rule = repeatRule(word, ctx.anchor.start, ctx.anchor.timezone);
  if (!rule) throw new OptionProblem(`I don't know the repeat "${text}". Try: repeat ${REPEAT_PRESETS.join('|')}|none`);
  return rule;
}

/** The options' meaning, or the sentence saying which one is wrong and how to write it. */
export function readOptions(words: OptionWords, ctx: OptionContext): OptionReading {
  try {
    const f: OptionFields = {};
    const w = words;
    if (w.capacity !== undefined) f.capacity = count(w.capacity, 'Capacity', 'capacity 6');
    if (w.min !== undefined) f.minAttendees = count(w.min, 'The minimum', 'min 4');
    if (w.kind !== undefined) {
      const kind = w.kind.toLowerCase();
      if (!(EVENT_KINDS as readonly string[]).includes(kind)) throw new OptionProblem(`I don't know the kind "${w.kind}". Try: kind ${EVENT_KINDS.join('|')}`);
      f.kind = kind as EventKind;
    }
    if (w.visibility !== undefined) {
      if (!['invite_only', 'public'].includes(w.visibility)) throw new OptionProblem(`Who may RSVP is "public" or "invite-only", not "${w.visibility}".`);
      f.visibility = w.visibility as 'public' | 'invite_only';
    }
    if (w.invite !== undefined) {
      // "@everyone" is no person or role: it means a public event (the core refuses it by any door too).
      if (w.invite.split(/\s+/).some((t) => namesEveryone(t.replace(/[,;]+$/, '')))) throw new OptionProblem(EVERYONE_INVITE);
      const ids = mentionIds(w.invite, ctx.mentions, ['user', 'role'], 'a person or role to invite');
      f.invitees = { users: ids.users, roles: ids.roles };
      // Inviting people makes the event invite-only; "invite none" opens it again.
      if (f.visibility === undefined) f.visibility = ids.users.length || ids.roles.length ? 'invite_only' : 'public';
    }
    if (w.ping !== undefined) f.pingRoles = mentionIds(w.ping, ctx.mentions, ['role'], 'a role or user group to ping').roles;
    if (w.cohosts !== undefined) f.coHostIds = mentionIds(w.cohosts, ctx.mentions, ['user'], 'a co-host').users;
    if (w.approval !== undefined) f.approvalRequired = /^(on|yes|true)$/i.test(w.approval);
    // `offers` is on/off, or (from a form's one field) the time to claim, which turns them on.
    const offersFlag = w.offers !== undefined && FLAG.test(w.offers);
    if (offersFlag) f.waitlistOffers = /^(on|yes|true)$/i.test(w.offers!);
    const window = w.offerWindow ?? (w.offers !== undefined && !offersFlag ? w.offers : undefined);
    if (window !== undefined) {
      const ms = parseDuration(window);
      const iso = ms === null ? null : Duration.fromMillis(ms).rescale().toISO();
      if (iso === null || offerWindowMs(iso) === null) {
        throw new OptionProblem(`An offer window is a length from 5 minutes to 7 days, like offer-window 2h or offer-window 30m: not "${window}".`);
      }
      f.offerWindow = iso;
      // A window means offers: setting one turns them on unless the same line says otherwise.
      if (f.waitlistOffers === undefined) f.waitlistOffers = true;
    }
    if (w.deadline !== undefined) f.rsvpDeadline = instant(w.deadline, ctx, 'RSVP deadline', 'deadline thursday 6pm');
    if (w.announce !== undefined) f.publishAt = instant(w.announce, ctx, 'announcement time', 'announce monday 9am');
    if (w.repeat !== undefined) f.recurrence = repeat(w.repeat, ctx);
    if (w.reminders !== undefined) {
      const r = parseOffsetList(w.reminders);
      if (!r.ok) throw new OptionProblem(`${r.message}. Try: reminders 15m, 1h, 1d (or none)`);
      f.reminderOffsets = r.offsets;
    }
    if (w.audience !== undefined) {
      const audience = AUDIENCES[w.audience.toLowerCase()];
      if (!audience) throw new OptionProblem(`Reminders go to the channel, by DM, or both: remind-by channel|dm|both, not "${w.audience}".`);
      f.reminderAudience = audience;
    }
    if (w.channel !== undefined) {
      const ids = mentionIds(w.channel, ctx.mentions, ['channel'], 'a channel');
      if (ids.channels.length !== 1) throw new OptionProblem('Name one channel: channel #general');
      f.channelId = ids.channels[0]!;
    }
    return { ok: true, fields: f };
  } catch (err) {
    if (err instanceof OptionProblem) return { ok: false, message: err.message };
    throw err;
  }
}

/** The option words in one line, for help texts and the README. */
export const OPTIONS_HELP =
  'capacity N · min N · kind ' +
  EVENT_KINDS.join('|') +
  ' · invite @people @roles · invite-only|public · cohost @people · ping @role · approval [on|off] · offers [on|off] · offer-window 2h · deadline <time> · repeat ' +
  [...REPEAT_PRESETS, 'none'].join('|') +
  ' · reminders 15m,1d|none · remind-by channel|dm|both · announce <time> · channel #name';
