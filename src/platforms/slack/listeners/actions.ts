import { addToCalendar } from '../../../calendar/add.ts';
import { calendarText } from '../render/calendar.ts';
import type { App, BlockAction, RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { EventView } from '../../../core/view.ts';
import { rsvpReply, standingReply } from '../../text/replies.ts';
import { actorFor } from '../actor.ts';
import { describeError, OOPS, type SlackDeps } from '../context.ts';
import { ACTION, decodeRef, keys, parseEvery, parseOverflow, RSVP_ACTIONS } from '../ids.ts';
import { editPrefill, previewWhen } from '../modal-values.ts';
import { cardFallback, renderCard } from '../render/card.ts';
import { context, type Block } from '../render/limits.ts';
import { esc } from '../render/mrkdwn.ts';
import { slackDate } from '../render/time.ts';
import { BLOCK, buildEventModal, readMeta } from '../render/modal.ts';
import { rsvpAsMember, slackProblem } from '../rsvp.ts';
import { registerOfferAnswers } from './offers.ts';

type ActionBody = BlockAction & {
  container?: { type?: string; is_ephemeral?: boolean; channel_id?: string; message_ts?: string };
};

const tell = (respond: RespondFn, text: string) => respond({ response_type: 'ephemeral', replace_original: false, text });

/**
 * Redraw the card that was clicked, as the click's answer: in place for a channel message, by
 * response_url for an ephemeral one. The stored card (when another) is redrawn by the core's card notice.
 */
async function redrawClicked(deps: SlackDeps, client: WebClient, body: ActionBody, respond: RespondFn, e: EventView): Promise<void> {
  const c = body.container;
  const name = await deps.groups.cardNamer(client, e);
  if (c?.is_ephemeral) {
    await respond({ replace_original: true, text: cardFallback(e), blocks: renderCard(e, name) });
    return;
  }
  const channel = c?.channel_id ?? body.channel?.id;
  const ts = c?.message_ts ?? body.message?.ts;
  if (channel && ts) {
    try {
      await client.chat.update({ channel, ts, text: cardFallback(e), blocks: renderCard(e, name) });
    } catch (err) {
      deps.log(`slack: chat.update of the clicked card failed: ${describeError(err)}`, 'error', err);
    }
  }
}

/** The answer to "Delete …?" (from the /event delete reply): Delete deletes, confirmed; Keep it keeps. */
function registerDeleteAnswers(app: App, deps: SlackDeps): void {
  app.action<BlockAction>(new RegExp(`^(${ACTION.deleteConfirm}|${ACTION.deleteKeep})$`), async ({ ack, body, action, client, respond }) => {
    await ack();
    try {
      const a = action as { action_id: string; value?: string; action_ts: string };
      if (a.action_id === ACTION.deleteKeep) {
        await respond({ replace_original: true, text: 'Kept it; nothing was deleted.' });
        return;
      }
      const actor = await actorFor(deps.profiles, client, body);
      const r = await deps.service.run(actor, {
        type: 'delete',
        event: a.value ?? '',
        confirmed: true,
        idempotencyKey: keys.action(actor.userId, a.action_id, a.action_ts),
      });
      if (!r.ok) {
        await respond({ replace_original: true, text: `:warning: ${esc(r.error.message)}` });
        return;
      }
      await respond({ replace_original: true, text: `Deleted *${esc(r.value.title)}*.` });
    } catch (err) {
      deps.log(`slack: delete answer failed: ${describeError(err)}`);
      await tell(respond, OOPS).catch(() => {});
    }
  });
}

export function registerActions(app: App, deps: SlackDeps): void {
  registerDeleteAnswers(app, deps);
  registerOfferAnswers(app, deps);
  app.action<BlockAction>(/^convene_rsvp_(going|maybe|declined)$/, async ({ ack, body, action, client, respond }) => {
    await ack();
    try {
      const a = action as { action_id: string; value?: string; action_ts: string };
      const status = RSVP_ACTIONS[a.action_id]!;
      const ref = decodeRef(a.value ?? '');
      const actor = await actorFor(deps.profiles, client, body);
      const r = await rsvpAsMember(deps, client, actor, {
        type: 'rsvp',
        event: ref.eventId,
        occurrence: ref.occurrence || undefined,
        status,
        idempotencyKey: keys.action(actor.userId, a.action_id, a.action_ts),
      });
      if (!r.ok) {
        await tell(respond, await slackProblem(deps, client, actor.workspaceId, r.error));
        return;
      }
      await redrawClicked(deps, client, body as ActionBody, respond, r.value.event);
      await tell(respond, esc(rsvpReply(r.value)));
    } catch (err) {
      deps.log(`slack: RSVP click failed: ${describeError(err)}`, 'error', err);
      await tell(respond, OOPS).catch(() => {});
    }
  });

  app.action<BlockAction>(ACTION.every, async ({ ack, body, action, client, respond }) => {
    await ack();
    try {
      const a = action as { action_id: string; selected_option?: { value: string }; action_ts: string };
      const chosen = parseEvery(a.selected_option?.value ?? '');
      if (!chosen) return;
      const actor = await actorFor(deps.profiles, client, body);
      const r = await rsvpAsMember(deps, client, actor, {
        type: 'standing_rsvp',
        event: chosen.eventId,
        status: chosen.answer,
        idempotencyKey: keys.action(actor.userId, a.action_id, a.action_ts),
      });
      if (!r.ok) {
        await tell(respond, await slackProblem(deps, client, actor.workspaceId, r.error));
        return;
      }
      await redrawClicked(deps, client, body as ActionBody, respond, r.value.event);
      const zone = r.value.event.timezone;
      await tell(respond, standingReply(r.value, (ms) => slackDate(ms, '{date_short_pretty}', zone, 'ccc d LLL'), esc));
    } catch (err) {
      deps.log(`slack: "every time" answer failed: ${describeError(err)}`, 'error', err);
      await tell(respond, OOPS).catch(() => {});
    }
  });

  app.action<BlockAction>(ACTION.overflow, async ({ ack, body, action, client, respond }) => {
    await ack();
    try {
      const a = action as { selected_option?: { value: string }; action_ts: string; action_id: string };
      const chosen = parseOverflow(a.selected_option?.value ?? '');
      if (!chosen) return;
      const actor = await actorFor(deps.profiles, client, body);
      if (chosen.verb === 'calendar') {
        // Slack opens the option's Google link itself; the clicker also gets the other ways.
        const r = await deps.service.run(actor, { type: 'calendar', event: chosen.ref.eventId });
        await tell(respond, r.ok ? calendarText(addToCalendar(r.value, { now: deps.clock.now().getTime() })) : `:warning: ${esc(r.error.message)}`);
        return;
      }
      if (chosen.verb === 'cancel') {
        const r = await deps.service.run(actor, {
          type: 'cancel',
          event: chosen.ref.eventId,
          reason: null,
          idempotencyKey: keys.action(actor.userId, `${a.action_id}:cancel`, a.action_ts),
        });
        if (!r.ok) {
          await tell(respond, `:warning: ${esc(r.error.message)}`);
          return;
        }
        await redrawClicked(deps, client, body as ActionBody, respond, r.value.event);
        await tell(respond, `Cancelled *${esc(r.value.event.title)}*.${r.value.attendees.length ? ` ${r.value.attendees.length} attendee(s) will be told.` : ''}`);
        return;
      }
      // Edit: the same form, filled in. The core decides on submit whether this person may edit.
      const r = await deps.service.run(actor, { type: 'get', event: chosen.ref.eventId });
      if (!r.ok) {
        await tell(respond, `:warning: ${esc(r.error.message)}`);
        return;
      }
      const e = r.value.event;
      // The invited groups' handles label their picks (cached; the card was drawn with them).
      const label = await deps.groups.labeler(client, actor.workspaceId, e.invitees.roles);
      await client.views.open({
        trigger_id: body.trigger_id,
        view: buildEventModal({ mode: 'edit', eventId: e.id }, editPrefill(e, label)) as never,
      });
    } catch (err) {
      deps.log(`slack: card menu failed: ${describeError(err)}`, 'error', err);
      await tell(respond, OOPS).catch(() => {});
    }
  });

  // The Join button is a link: Slack opens it; we only acknowledge.
  app.action(ACTION.join, async ({ ack }) => {
    await ack();
  });

  // Live preview of how the typed time reads, under the "When" field of the form.
  app.action<BlockAction>(ACTION.whenInput, async ({ ack, body, action, client }) => {
    await ack();
    try {
      const view = body.view;
      if (!view) return;
      const actor = await actorFor(deps.profiles, client, body);
      const prefs = await deps.service.preferences(actor);
      const text = (action as { value?: string }).value ?? '';
      const preview = previewWhen(text, { timezone: prefs.timezone, locale: prefs.locale }, deps.clock.now());
      const blocks = (view.blocks as Block[]).map((b) => (b.block_id === BLOCK.preview ? { ...context(preview), block_id: BLOCK.preview } : b));
      await client.views.update({
        view_id: view.id,
        hash: view.hash,
        view: {
          type: 'modal',
          callback_id: view.callback_id,
          private_metadata: view.private_metadata ?? JSON.stringify(readMeta(undefined)),
          title: view.title,
          ...(view.submit ? { submit: view.submit } : {}),
          ...(view.close ? { close: view.close } : {}),
          blocks,
        } as never,
      });
    } catch (err) {
      // hash_conflict: the person typed on; the next keystroke brings a newer preview.
      deps.log(`slack: time preview failed: ${describeError(err)}`, 'error', err);
    }
  });
}
