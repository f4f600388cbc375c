import { DateTime } from 'luxon';
import type { ActorInput } from '../../core/actor.ts';
import type { Result } from '../../core/errors.ts';
import type { EventService } from '../../core/service.ts';
import { apiKeyReply } from '../text/api-keys.ts';
import { webhookReply } from '../text/webhooks.ts';
import { parseEventText, type TextCommand } from '../text/grammar.ts';
import { closeSubcommand, isSubcommand } from '../text/typos.ts';
import { dateNamed, interpretCreate, type CreateChoice, type Reader } from '../text/interpret.ts';
import { createCandidate, heldChoices, updateCandidate, type Candidate } from '../text/questions.ts';
import { patchFor } from '../text/patch.ts';
import { emptyListText, listCommand, type ListCommand } from '../text/list.ts';
import { readOptions, type OptionWords } from '../text/options.ts';
import type { EventPatch } from '../../core/event-schema.ts';
import { settingCommand } from '../text/settings.ts';
import { droppedReply, feedLines, HELP_LINES, offerReply, offsetsText, rsvpReply, standingReply } from '../text/replies.ts';
import { describeWhen } from '../../when/index.ts';
import { addToCalendar, addToCalendarLines } from '../../calendar/add.ts';
import { consoleRole, renderCard, renderListLine } from './render.ts';
import { refusalText } from '../../core/restriction.ts';
import { tooLongMessage } from '../text/limits.ts';
import { describeLocale } from '../text/locale-setting.ts';

export const CONSOLE_WORKSPACE = 'local';
export const CONSOLE_CHANNEL = 'general';

const CONSOLE_HELP = [
  'Convene console — the same commands the chat platforms offer:',
  ...HELP_LINES.map(([cmd, what]) => `  /event ${cmd.padEnd(44)} ${what}`),
  `  ${'/rsvp going|maybe|no <event>'.padEnd(51)} Shortcut for /event rsvp`,
  `  ${'/as <name> [manager] [@&role …]'.padEnd(51)} Act as another person (add "manager" for workspace rights, @&roles they are in)`,
  `  ${'/help, /quit'.padEnd(51)} This help; leave`,
  'The leading /event may be left out: "create Game night friday 8pm", "list", "show game night".',
  'Events are named by id or by (part of) their title. Times are read in your zone (settings tz).',
].join('\n');

/**
 * One person at a terminal: turns a typed line into core commands and the outcome into text.
 * Holds only who is typing; everything else lives in the store.
 */
/** A question waiting for a number: what each numbered answer does. */
interface Pending {
  user: string;
  actions: (() => Promise<string>)[];
}

export class ConsoleSession {
  user = 'you';
  manager = true;
  /** The roles the person acting is in (`/as bob @&designers`): invite-only events open to a role admit them. */
  roles: string[] = [];
  #seq = 0;
  #pending: Pending | null = null;
  /** The last list asked for, so "list more" shows its next page. */
  #lastList: { user: string; command: ListCommand } | null = null;
  /** A delete waiting for y/n, and who was asked. */
  #confirm: { ref: string; user: string } | null = null;

  constructor(
    private readonly service: EventService,
    private readonly now: () => Date,
  ) {}

  get actor(): ActorInput {
    return { platform: 'console', workspaceId: CONSOLE_WORKSPACE, via: 'console', userId: this.user, roles: this.roles, platformManager: this.manager };
  }

  /** Returns the text to print, or null when the session should end. */
  async handle(line: string): Promise<string | null> {
    const text = line.trim();
    if (!text || text.startsWith('#')) return '';
    const tooLong = tooLongMessage(text);
    if (tooLong) return `⚠ ${tooLong}`;
    const pending = this.#pending;
    this.#pending = null;
    if (pending && pending.user === this.user && /^\d+$/.test(text)) {
      const act = pending.actions[Number(text) - 1];
      if (act) return act();
      this.#pending = pending;
      return `⚠ Pick a number from 1 to ${pending.actions.length}, or type anything else to leave the question.`;
    }
    // "None of these" (the buttons' word on the chat doors), "none", "no": the question is left.
    if (pending && pending.user === this.user && /^(none(\s+of\s+(these|them))?|neither|no|n|cancel|skip|never\s*mind)[.!]?$/i.test(text)) {
      return 'Left it: nothing was created or changed.';
    }
    const asked = this.#confirm;
    this.#confirm = null;
    if (asked && asked.user === this.user) {
      if (/^(y|yes)$/i.test(text)) {
        const r = await this.service.run(this.actor, { type: 'delete', event: asked.ref, confirmed: true, idempotencyKey: `console-${this.user}-${this.now().getTime()}-${++this.#seq}` });
        return this.show(r, (v) => `Deleted "${v.title}".`);
      }
      if (/^(n|no)$/i.test(text)) return 'Kept it; nothing was deleted.';
    }
    const [head = '', ...rest] = text.split(/\s+/);
    switch (head.toLowerCase()) {
      case '/quit':
      case '/exit':
      case 'quit':
      case 'exit':
        return null;
      case '/help':
      case 'help':
        return CONSOLE_HELP;
      case '/as': {
        if (!rest[0]) return 'Usage: /as <name> [manager] [@&role …] — act as someone else. Try: /as alice @&designers';
        const [name, ...more] = rest;
        const roles = more.filter((w) => w.startsWith('@&')).map((w) => w.slice(2)).filter(Boolean);
        const unknown = more.find((w) => !w.startsWith('@&') && w.toLowerCase() !== 'manager');
        if (unknown) return `⚠ I don't know "${unknown}" here. Usage: /as <name> [manager] [@&role …]`;
        this.user = name!.replace(/^@/, '');
        this.manager = more.some((w) => w.toLowerCase() === 'manager') || this.user === 'you';
        this.roles = [...new Set(roles)];
        return `You are now ${this.user}${this.manager ? ' (manager)' : ''}${this.roles.length ? `, in ${this.roles.map(consoleRole).join(', ')}` : ''}.`;
      }
      case '/rsvp':
        return this.run(parseEventText(`rsvp ${rest.join(' ')}`));
      case '/event':
      case 'event':
        return this.run(parseEventText(rest.join(' ')));
      default: {
        // At a terminal the slash is easy to forget: "list", "create Game night friday 8pm" and
        // "show game night" mean what they would after /event. A typo of one asks, as in chat;
        // anything else says how commands start (it is not read as a title to create).
        if (isSubcommand(head)) return this.run(parseEventText(text));
        const meant = closeSubcommand(head);
        if (meant) return `I don't know "${head}". Did you mean ${meant}? Commands start with /event (the slash may be left out), /rsvp, /as or /help.`;
        return `I don't know "${head}". Commands start with /event (the slash may be left out: "create Game night friday 8pm", "list"), /rsvp, /as or /help.`;
      }
    }
  }

  async reader(): Promise<Reader> {
    const p = await this.service.preferences(this.actor);
    return { timezone: p.timezone, locale: p.locale };
  }

  async run(cmd: TextCommand): Promise<string> {
    const now = this.now();
    const reader = await this.reader();
    const key = () => `console-${this.user}-${now.getTime()}-${++this.#seq}`;
    switch (cmd.kind) {
      case 'help':
        return CONSOLE_HELP;
      case 'invalid':
        return `⚠ ${cmd.message}`;
      case 'create': {
        const read = interpretCreate(cmd.text, reader, now);
        if (read.ok) return this.create(read, reader, now, key(), cmd.options);
        if (!read.choices) return `⚠ ${read.message}`;
        // The options are read against each reading of the time (a weekly repeat falls on its weekday).
        const candidates: Candidate[] = [];
        for (const c of read.choices) {
          const opts = readOptions(cmd.options, { reader, now, mentions: { plainNames: true }, anchor: { start: new Date(c.input.start), timezone: c.input.timezone } });
          if (!opts.ok) return `⚠ ${opts.message}`;
          candidates.push(createCandidate(c.understood.parsed, { ...c.input, channelId: CONSOLE_CHANNEL, ...opts.fields }));
        }
        return this.askTime(read.message, candidates, reader, now, 'create it');
      }
      case 'list': {
        // "list more" on its own: the next page of the last list this person asked for.
        const last = this.#lastList?.user === this.user ? this.#lastList.command : null;
        const bare = cmd.scope === 'workspace' && !cmd.past && !cmd.from && !cmd.to && !cmd.ofKind;
        const planned = cmd.page === 'next' && bare && last ? { ok: true as const, command: { ...last, page: (last.page ?? 1) + 1 } } : listCommand(cmd, reader, now, { channelId: CONSOLE_CHANNEL });
        if (!planned.ok) return `⚠ ${planned.message}`;
        const list = planned.command;
        const r = await this.service.run(this.actor, list);
        if (r.ok) this.#lastList = { user: this.user, command: list };
        return this.show(r, (v) =>
          v.events.length === 0
            ? `${emptyListText(list)}${list.page === 1 && !list.past ? ' Create one: /event create Game night friday 8pm' : ''}`
            : [
                ...v.events.map((e) => renderListLine(e, reader.timezone, now, reader.locale)),
                ...(v.page > 1 || v.hasMore ? [`Page ${v.page}${v.hasMore ? ' · next: /event list more' : ' (the last)'}`] : []),
              ].join('\n'),
        );
      }
      case 'show':
        return this.show(await this.service.run(this.actor, { type: 'get', event: cmd.ref }), (v) =>
          renderCard(v.event, reader.timezone, now, undefined, reader.locale),
        );
      case 'calendar':
        return this.show(await this.service.run(this.actor, { type: 'calendar', event: cmd.ref }), (v) => {
          const add = addToCalendar(v, { now: now.getTime() });
          return [...addToCalendarLines(add), `--- ${add.fileName} ---`, add.ics.trimEnd().replace(/\r\n/g, '\n'), '--- end ---'].join('\n');
        });
      case 'feed':
        return this.show(
          await this.service.run(this.actor, { type: 'feed', channelId: CONSOLE_CHANNEL, reset: cmd.reset, idempotencyKey: key() }),
          (v) => feedLines(v).join('\n'),
        );
      case 'rsvp': {
        const on = cmd.on ? dateNamed(cmd.on, reader, now) : null;
        if (on && !on.ok) return `⚠ ${on.message}`;
        return this.show(
          await this.service.run(this.actor, { type: 'rsvp', event: cmd.ref, status: cmd.status, ...(on ? { date: on.date } : {}), idempotencyKey: key() }),
          (v) =>
            [
              `${rsvpReply(v)}${on ? ` (${DateTime.fromMillis(v.event.occurrence.start, { zone: reader.timezone }).toFormat('ccc d LLL')})` : ''}`,
              renderCard(v.event, reader.timezone, now, undefined, reader.locale),
            ].join('\n'),
        );
      }
      case 'standing':
        return this.show(
          await this.service.run(this.actor, { type: 'standing_rsvp', event: cmd.ref, status: cmd.status, idempotencyKey: key() }),
          (v) =>
            [
              standingReply(v, (ms) => DateTime.fromMillis(ms, { zone: reader.timezone }).toFormat('ccc d LLL')),
              renderCard(v.event, reader.timezone, now, undefined, reader.locale),
            ].join('\n'),
        );
      case 'decide':
        return this.show(
          await this.service.run(this.actor, { type: 'decide', event: cmd.ref, userId: cmd.userId, approve: cmd.approve, idempotencyKey: key() }),
          (v) => `${cmd.userId} is now ${v.status}.\n${renderCard(v.event, reader.timezone, now, undefined, reader.locale)}`,
        );
      case 'offer':
        return this.show(
          await this.service.run(this.actor, { type: 'offer', event: cmd.ref, answer: cmd.answer, idempotencyKey: key() }),
          (v) => `${offerReply(v)}\n${renderCard(v.event, reader.timezone, now, undefined, reader.locale)}`,
        );
      case 'cancel':
        return this.show(
          await this.service.run(this.actor, { type: 'cancel', event: cmd.ref, reason: cmd.reason, idempotencyKey: key() }),
          (v) => `Cancelled "${v.event.title}".${v.attendees.length ? ` Telling ${v.attendees.join(', ')}.` : ''}`,
        );
      case 'delete': {
        const r = await this.service.run(this.actor, { type: 'delete', event: cmd.ref, idempotencyKey: key() });
        if (!r.ok && r.error.code === 'unconfirmed') {
          // Asked first: the next line answers (y deletes, n or anything else keeps it).
          this.#confirm = { ref: cmd.ref, user: this.user };
          return `${r.error.message} (y/n)`;
        }
        return this.show(r, (v) => `Deleted "${v.title}".`);
      }
      case 'edit': {
        let event: { start: number } | undefined;
        if (cmd.options) {
          let anchor: { start: Date; timezone: string } | undefined;
          if (cmd.options.repeat !== undefined) {
            const got = await this.service.run(this.actor, { type: 'get', event: cmd.ref });
            if (!got.ok) return `⚠ ${got.error.message}`;
            anchor = { start: new Date(got.value.event.occurrence.start), timezone: got.value.event.timezone };
          }
          const opts = readOptions(cmd.options, { reader, now, mentions: { plainNames: true }, anchor });
          return opts.ok ? this.update(cmd.ref, opts.fields, reader, now, key()) : `⚠ ${opts.message}`;
        }
        if (cmd.field === 'end') {
          const got = await this.service.run(this.actor, { type: 'get', event: cmd.ref });
          if (!got.ok) return `⚠ ${got.error.message}`;
          event = { start: got.value.event.occurrence.start };
        }
        const read = patchFor(cmd.field, cmd.value, reader, now, event);
        const update = (p: EventPatch) => this.update(cmd.ref, p, reader, now, key());
        if (read.ok) return update(read.patch);
        if (!read.choices) return `⚠ ${read.message}`;
        const got = await this.service.run(this.actor, { type: 'get', event: cmd.ref });
        if (!got.ok) return `⚠ ${got.error.message}`;
        return this.askTime(read.message, read.choices.map((c) => updateCandidate(c.reading.parsed, got.value.event.id, c.patch)), reader, now, 'change it');
      }
      case 'api-key': {
        const r = await apiKeyReply(this.service.apiKeys, this.actor, cmd);
        return r.ok ? r.text : `⚠ ${r.text}`;
      }
      case 'webhook': {
        const r = await webhookReply(this.service.webhooks, this.actor, cmd);
        return r.ok ? r.text : `⚠ ${r.text}`;
      }
      case 'settings':
        return this.settings(cmd, reader);
    }
  }

  /** Creates one reading; the reply says how the time was read. */
  async create(read: CreateChoice, reader: Reader, now: Date, idempotencyKey: string, options: OptionWords = {}): Promise<string> {
    const anchor = { start: new Date(read.input.start), timezone: read.input.timezone };
    const opts = readOptions(options, { reader, now, mentions: { plainNames: true }, anchor });
    if (!opts.ok) return `⚠ ${opts.message}`;
    return this.show(
      await this.service.run(this.actor, { type: 'create', input: { ...read.input, channelId: CONSOLE_CHANNEL, ...opts.fields }, idempotencyKey }),
      (v) =>
        `Created "${v.event.title}". I read the time as: ${describeWhen(read.understood.parsed, reader.timezone, now, reader.locale)}` +
        `${read.understood.location ? `, at ${read.understood.location}` : ''}.\n${renderCard(v.event, reader.timezone, now, undefined, reader.locale)}`,
    );
  }

  async update(ref: string, patch: EventPatch, reader: Reader, now: Date, idempotencyKey: string): Promise<string> {
    return this.show(
      await this.service.run(this.actor, { type: 'update', event: ref, patch, idempotencyKey }),
      (v) =>
        `Updated "${v.event.title}"${v.moved ? ' (new time; attendees are told)' : v.timingChanges.length ? ' (attendees are told what changed)' : ''}.${droppedReply(v.dropped)}\n${renderCard(v.event, reader.timezone, now, undefined, reader.locale)}`,
    );
  }

  /**
   * A time read more than one way, held by the core like every door's (durable, the asker's only,
   * acted on once); the numbered answer picks a reading.
   */
  async askTime(question: string, candidates: Candidate[], reader: Reader, now: Date, doing: string): Promise<string> {
    const choices = heldChoices(candidates, reader, now);
    const id = await this.service.questions.ask(this.actor, question, choices);
    return this.ask(
      question,
      choices.map((c, n) => ({ label: c.label, act: () => this.pick(id, n, reader, now) })),
      doing,
    );
  }

  async pick(id: string, n: number, reader: Reader, now: Date): Promise<string> {
    const r = await this.service.questions.answer(this.actor, id, n);
    if (!r.ok) return `⚠ ${r.error.message}`;
    const v = r.value.outcome.event;
    if (r.value.type === 'update') return `Updated "${v.title}" (new time; attendees are told).${droppedReply(r.value.outcome.dropped)}\n${renderCard(v, reader.timezone, now, undefined, reader.locale)}`;
    return `Created "${v.title}". I read the time as: ${r.value.label}${v.location ? `, at ${v.location}` : ''}.\n${renderCard(v, reader.timezone, now, undefined, reader.locale)}`;
  }

  /** A numbered question: the next line that is one of the numbers does that; anything else drops it. */
  ask(question: string, choices: { label: string; act: () => Promise<string> }[], doing: string): string {
    this.#pending = { user: this.user, actions: choices.map((c) => c.act) };
    const lines = choices.map((c, i) => `  ${i + 1}) ${c.label}`);
    return [`? ${question}`, ...lines, `Type 1–${choices.length} to ${doing}, or anything else to leave it.`].join('\n');
  }

  async settings(cmd: Extract<TextCommand, { kind: 'settings' }>, reader: Reader): Promise<string> {
    if (cmd.setting === 'show') {
      const p = await this.service.preferences(this.actor);
      return `Your time zone: ${p.timezone} · locale: ${describeLocale(p.locale)} · reminder DMs: ${p.reminderDms ? 'on' : 'off'} · your reminders: ${p.reminderOffsets ? offsetsText(p.reminderOffsets) : "each event's"}`;
    }
    const plan = settingCommand(cmd.setting, cmd.value);
    if ('problem' in plan) return `⚠ ${plan.problem}`;
    return this.show(await this.service.run(this.actor, plan.command), (v) => plan.said(v.settings));
  }

  show<T>(r: Result<T>, ok: (v: T) => string): string {
    if (r.ok) return ok(r.value);
    return `⚠ ${r.error.restriction ? refusalText(r.error.restriction, consoleRole) : r.error.message}`;
  }
}
