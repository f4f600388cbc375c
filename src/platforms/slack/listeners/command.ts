import type { App, RespondArguments } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { ActorInput } from '../../../core/actor.ts';
import type { Result } from '../../../core/errors.ts';
import { describeWhen } from '../../../when/index.ts';
import { addToCalendar } from '../../../calendar/add.ts';
import { apiKeyReply } from '../../text/api-keys.ts';
import { webhookReply } from '../../text/webhooks.ts';
import { calendarText } from '../render/calendar.ts';
import { parseEventText, type TextCommand } from '../../text/grammar.ts';
import { describeLocale } from '../../text/locale-setting.ts';
import { dateNamed, interpretCreate, type Reader } from '../../text/interpret.ts';
import { settingCommand } from '../../text/settings.ts';
import { droppedReply, feedLines, HELP_LINES, offerReply, offsetsText, rsvpReply, standingReply } from '../../text/replies.ts';
import { movedLine } from '../render/moved.ts';
import { slackDate } from '../render/time.ts';
import { actorFor, tenantOf } from '../actor.ts';
import { channelRefusal } from '../channels.ts';
import { describeError, OOPS, type SlackDeps } from '../context.ts';
import { ACTION, COMMAND, keys } from '../ids.ts';
import { cardFallback, renderCard } from '../render/card.ts';
import { cut, LIMITS, mrkdwnSection, type Block } from '../render/limits.ts';
import { esc, mentionUser, typedLinks, unescapeSlack } from '../render/mrkdwn.ts';
import { tooLongMessage } from '../../text/limits.ts';
import { patchFor } from '../../text/patch.ts';
import { createCandidate, updateCandidate } from '../../text/questions.ts';
import { askWithButtons } from '../questions.ts';
import { readOptions } from '../../text/options.ts';
import { listCommand } from '../../text/list.ts';
import { listReply } from './list.ts';
import { rsvpAsMember, slackProblem } from '../rsvp.ts';

type Reply = { text: string; blocks?: Block[] };

/** People, user groups and channels arrive as Slack's escaped mentions (`<@U1|ann>`): bare names carry no id. */
const SLACK_MENTIONS = { plainNames: false };

function helpText(): string {
  return [
    '*Convene* — events in Slack. Type `/event` followed by:',
    ...HELP_LINES.map(([cmd, what]) => `• \`${esc(cmd)}\` — ${esc(what)}`),
    'Or just `/event Game night friday 8-10pm at the pub`. Use the *Create event* shortcut for the full form.',
  ].join('\n');
}

interface CommandContext {
  deps: SlackDeps;
  /** The installation's Web API client (checks a chosen channel's members). */
  client: WebClient;
  actor: ActorInput;
  reader: Reader;
  channelId: string;
  /** Unique per invocation and stable across Slack's resends (trigger_id). */
  key: string;
}

function failed<T>(r: Result<T>): Reply | null {
  return r.ok ? null : { text: `:warning: ${esc(r.error.message)}` };
}

/** One `/event …` line → the ephemeral reply; channel side effects (card, DMs) happen here too. */
async function runText(ctx: CommandContext, cmd: TextCommand): Promise<Reply> {
  const { deps, actor, reader, channelId, key } = ctx;
  const { service } = deps;
  const now = deps.clock.now();
  switch (cmd.kind) {
    case 'help':
      return { text: helpText() };
    case 'invalid':
      return { text: `:warning: ${esc(cmd.message)}` };
    case 'create': {
      const read = interpretCreate(cmd.text, reader, now);
      // The options are read against each reading of the time (a weekly repeat falls on its weekday).
      const withOptions = (c: { input: { start: string; timezone: string } }) =>
        readOptions(cmd.options, { reader, now, mentions: SLACK_MENTIONS, anchor: { start: new Date(c.input.start), timezone: c.input.timezone } });
      if (!read.ok && read.choices) {
        const candidates = [];
        for (const c of read.choices) {
          const opts = withOptions(c);
          if (!opts.ok) return { text: `:warning: ${esc(opts.message)}` };
          candidates.push(createCandidate(c.understood.parsed, { ...c.input, channelId, ...opts.fields }));
        }
        return askWithButtons(deps, actor, read.message, candidates, reader, now);
      }
      if (!read.ok) return { text: `:warning: ${esc(read.message)}` };
      const opts = withOptions(read);
      if (!opts.ok) return { text: `:warning: ${esc(opts.message)}` };
      const elsewhere = await channelProblem(ctx, opts.fields.channelId);
      if (elsewhere) return elsewhere;
      const r = await service.run(actor, { type: 'create', input: { ...read.input, channelId, ...opts.fields }, idempotencyKey: key });
      if (!r.ok) return failed(r)!;
      const e = r.value.event;
      const understood = describeWhen(read.understood.parsed, reader.timezone, now, reader.locale);
      const where = read.understood.location ? `, at ${read.understood.location}` : '';
      // The card is the core's durable notice: the scheduler posts it, as for an event from any door.
      return { text: `Created *${esc(e.title)}*. I read the time as: ${esc(understood)}${esc(where)}.` };
    }
    case 'list': {
      // A typed "list more" is page 2; the reply's More button walks on from there.
      const planned = listCommand(cmd, reader, now, { channelId, lastPage: 1 });
      if (!planned.ok) return { text: `:warning: ${esc(planned.message)}` };
      return listReply(deps, actor, planned.command);
    }
    case 'calendar': {
      const r = await service.run(actor, { type: 'calendar', event: cmd.ref });
      if (!r.ok) return failed(r)!;
      return { text: calendarText(addToCalendar(r.value, { now: now.getTime() })) };
    }
    case 'feed': {
      const r = await service.run(actor, { type: 'feed', channelId, reset: cmd.reset, idempotencyKey: key });
      if (!r.ok) return failed(r)!;
      return { text: esc(feedLines(r.value).join('\n')) };
    }
    case 'show': {
      const r = await service.run(actor, { type: 'get', event: cmd.ref });
      if (!r.ok) return failed(r)!;
      return { text: cardFallback(r.value.event), blocks: renderCard(r.value.event, await deps.groups.cardNamer(ctx.client, r.value.event)) };
    }
    case 'rsvp': {
      // A named date ("dec 11") answers that occurrence of a series, never silently the next one.
      const on = cmd.on ? dateNamed(cmd.on, reader, now) : null;
      if (on && !on.ok) return { text: `:warning: ${esc(on.message)}` };
      const r = await rsvpAsMember(deps, ctx.client, actor, { type: 'rsvp', event: cmd.ref, status: cmd.status, ...(on ? { date: on.date } : {}), idempotencyKey: key });
      if (!r.ok) return { text: await slackProblem(deps, ctx.client, actor.workspaceId, r.error) };
      // The card is redrawn by the core's card notice; the answer names the date it was for.
      const occ = r.value.event.occurrence;
      return { text: `${esc(rsvpReply(r.value))}${on ? ` (${slackDate(occ.start, '{date_short_pretty}', r.value.event.timezone, 'ccc d LLL')})` : ''}` };
    }
    case 'standing': {
      const r = await rsvpAsMember(deps, ctx.client, actor, { type: 'standing_rsvp', event: cmd.ref, status: cmd.status, idempotencyKey: key });
      if (!r.ok) return { text: await slackProblem(deps, ctx.client, actor.workspaceId, r.error) };
      // The card is redrawn by the core's card notice.
      const zone = r.value.event.timezone;
      return { text: standingReply(r.value, (ms) => slackDate(ms, '{date_short_pretty}', zone, 'ccc d LLL'), esc) };
    }
    case 'decide': {
      const r = await service.run(actor, { type: 'decide', event: cmd.ref, userId: cmd.userId, approve: cmd.approve, idempotencyKey: key });
      if (!r.ok) return failed(r)!;
      return { text: `${mentionUser(cmd.userId)} is now ${r.value.status} for *${esc(r.value.event.title)}*.` };
    }
    case 'offer': {
      const r = await service.run(actor, { type: 'offer', event: cmd.ref, answer: cmd.answer, idempotencyKey: key });
      if (!r.ok) return failed(r)!;
      return { text: esc(offerReply(r.value)) };
    }
    case 'cancel': {
      const r = await service.run(actor, { type: 'cancel', event: cmd.ref, reason: cmd.reason, idempotencyKey: key });
      if (!r.ok) return failed(r)!;
      return { text: `Cancelled *${esc(r.value.event.title)}*.${r.value.attendees.length ? ` ${r.value.attendees.length} attendee(s) will be told.` : ''}` };
    }
    case 'delete': {
      const r = await service.run(actor, { type: 'delete', event: cmd.ref, idempotencyKey: key });
      if (!r.ok && r.error.code === 'unconfirmed') {
        // A series, or an event others answered: ask first, with buttons.
        const got = await service.run(actor, { type: 'get', event: cmd.ref });
        if (!got.ok) return failed(got)!;
        return deleteQuestion(r.error.message, got.value.event.id);
      }
      if (!r.ok) return failed(r)!;
      return { text: `Deleted *${esc(r.value.title)}*.` };
    }
    case 'edit': {
      // A new end is read on the event's day, not today's; a repeat on its weekday: the event first.
      const got = await service.run(actor, { type: 'get', event: cmd.ref });
      if (!got.ok) return failed(got)!;
      const event = got.value.event;
      if (cmd.options) {
        const anchor = { start: new Date(event.occurrence.start), timezone: event.timezone };
        const opts = readOptions(cmd.options, { reader, now, mentions: SLACK_MENTIONS, anchor });
        if (!opts.ok) return { text: `:warning: ${esc(opts.message)}` };
        const elsewhere = await channelProblem(ctx, opts.fields.channelId);
        if (elsewhere) return elsewhere;
        const r = await service.run(actor, { type: 'update', event: event.id, patch: opts.fields, idempotencyKey: key });
        if (!r.ok) return failed(r)!;
        return { text: `Updated *${esc(r.value.event.title)}*${r.value.timingChanges.length > 0 ? movedLine(r.value.event, reader, now) : ''}.${droppedReply(r.value.dropped)}` };
      }
      const read = patchFor(cmd.field, cmd.value, reader, now, { start: event.occurrence.start });
      if (!read.ok && read.choices) {
        return askWithButtons(deps, actor, read.message, read.choices.map((c) => updateCandidate(c.reading.parsed, event.id, c.patch)), reader, now);
      }
      if (!read.ok) return { text: `:warning: ${esc(read.message)}` };
      const r = await service.run(actor, { type: 'update', event: event.id, patch: read.patch, idempotencyKey: key });
      if (!r.ok) return failed(r)!;
      return { text: `Updated *${esc(r.value.event.title)}*${r.value.timingChanges.length > 0 ? movedLine(r.value.event, reader, now) : ''}.${droppedReply(r.value.dropped)}` };
    }
    case 'api-key': {
      // The reply is ephemeral: only the manager who asked sees the key.
      const r = await apiKeyReply(service.apiKeys, actor, cmd);
      return { text: r.ok ? esc(r.text) : `:warning: ${esc(r.text)}` };
    }
    case 'webhook': {
      // The reply is ephemeral: only the manager who asked sees the signing secret.
      const r = await webhookReply(service.webhooks, actor, cmd);
      return { text: r.ok ? esc(r.text) : `:warning: ${esc(r.text)}` };
    }
    case 'settings':
      return settings(ctx, cmd);
  }
}

/** A `channel` option naming another channel: the person must be in it (as in the form). */
async function channelProblem(ctx: CommandContext, chosen: string | null | undefined): Promise<Reply | null> {
  if (!chosen || chosen === ctx.channelId) return null;
  const refusal = await channelRefusal(ctx.client, chosen, ctx.actor.userId);
  // The refusal names the channel by its id (a validated mention), so it is safe mrkdwn.
  return refusal ? { text: `:warning: ${refusal}` } : null;
}

/** "Delete …? This can't be undone." with Delete / Keep it buttons (answered in actions.ts). */
function deleteQuestion(message: string, eventId: string): Reply {
  const text = `:warning: ${esc(message)}`;
  return {
    text,
    blocks: [
      mrkdwnSection(text),
      {
        type: 'actions',
        elements: [
          { type: 'button', action_id: ACTION.deleteConfirm, style: 'danger', text: { type: 'plain_text', text: 'Delete' }, value: eventId },
          { type: 'button', action_id: ACTION.deleteKeep, text: { type: 'plain_text', text: 'Keep it' }, value: eventId },
        ],
      },
    ],
  };
}

async function settings(ctx: CommandContext, cmd: Extract<TextCommand, { kind: 'settings' }>): Promise<Reply> {
  const { service } = ctx.deps;
  const { actor } = ctx;
  if (cmd.setting === 'show') {
    const p = await service.preferences(actor);
    return {
      text: `Your time zone: *${esc(p.timezone)}* · locale: *${esc(describeLocale(p.locale))}* · reminder DMs: *${p.reminderDms ? 'on' : 'off'}* · your reminders: *${p.reminderOffsets ? offsetsText(p.reminderOffsets) : "each event's"}*`,
    };
  }
  const plan = settingCommand(cmd.setting, cmd.value);
  if ('problem' in plan) return { text: `:warning: ${esc(plan.problem)}` };
  const r = await service.run(actor, plan.command);
  if (!r.ok) return failed(r)!;
  return { text: esc(plan.said(r.value.settings)) };
}


function ephemeral(reply: Reply): RespondArguments {
  return { response_type: 'ephemeral', text: cut(reply.text, LIMITS.messageText), ...(reply.blocks ? { blocks: reply.blocks } : {}) };
}

export function registerCommand(app: App, deps: SlackDeps): void {
  app.command(COMMAND, async ({ command, ack, respond, client, body }) => {
    await ack();
    try {
      // Slack sends the text HTML-escaped, mentions and links as <…> (should_escape); bound it before anything reads it.
      const text = typedLinks(unescapeSlack(command.text ?? ''));
      const tooLong = tooLongMessage(text);
      if (tooLong) {
        await respond(ephemeral({ text: `:warning: ${esc(tooLong)}` }));
        return;
      }
      const actor = await actorFor(deps.profiles, client, body);
      const prefs = await deps.service.preferences(actor);
      const reply = await runText(
        {
          deps,
          client,
          actor,
          reader: { timezone: prefs.timezone, locale: prefs.locale },
          channelId: command.channel_id,
          key: keys.command(tenantOf(actor.workspaceId).workspaceId, command.trigger_id),
        },
        parseEventText(text),
      );
      await respond(ephemeral(reply));
    } catch (err) {
      deps.log(`slack: /event failed: ${describeError(err)}`, 'error', err);
      await respond({ response_type: 'ephemeral', text: OOPS }).catch(() => {});
    }
  });
}
