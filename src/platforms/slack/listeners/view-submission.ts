import type { App, ViewResponseAction } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { describeWhen } from '../../../when/index.ts';
import { movedLine } from '../render/moved.ts';
import { actorFor } from '../actor.ts';
import { cardOf, postCard, refreshCard } from '../cards.ts';
import { channelRefusal } from '../channels.ts';
import { describeError, OOPS, type SlackDeps } from '../context.ts';
import { CALLBACK, keys } from '../ids.ts';
import { blockForCoreError, editPrefill, readModal, toCreateInput, toPatch } from '../modal-values.ts';
import type { Block } from '../render/limits.ts';
import { esc, mentionChannel } from '../render/mrkdwn.ts';
import { BLOCK, buildEventModal, FIELD, readMeta, shownFields } from '../render/modal.ts';
import type { AdapterLog } from '../../../observe/adapter-log.ts';

const ACK_DEADLINE_MS = 2_500;

async function tellPrivately(client: WebClient, channel: string | null, user: string, text: string, log: AdapterLog): Promise<void> {
  try {
    if (channel) await client.chat.postEphemeral({ channel, user, text });
    else await client.chat.postMessage({ channel: user, text });
  } catch (err) {
    log(`slack: private confirmation to ${user} failed: ${describeError(err)}`, 'error', err);
  }
}

export function registerViewSubmission(app: App, deps: SlackDeps): void {
  app.view(CALLBACK.eventModal, async ({ ack, body, view, client }) => {
    let acked = false;
    const answer = async (response?: ViewResponseAction) => {
      if (acked) return false;
      acked = true;
      await ack(response);
      return true;
    };
    // Slack waits 3 s for the answer. Should the core be slow, close the form in time and
    // tell the person the outcome by DM instead (refuse() below).
    const guard = setTimeout(() => void answer().catch(() => {}), ACK_DEADLINE_MS);
    const refuse = async (block: string, message: string) => {
      if (!(await answer({ response_action: 'errors', errors: { [block]: message } }))) {
        await tellPrivately(client, null, body.user.id, `:warning: Your event form couldn't be saved: ${esc(message)}`, deps.log);
      }
    };
    try {
      const meta = readMeta(view.private_metadata);
      const actor = await actorFor(deps.profiles, client, body);
      const prefs = await deps.service.preferences(actor);
      const reader = { timezone: prefs.timezone, locale: prefs.locale };
      const now = deps.clock.now();
      const values = view.state.values as never;
      const reading = readModal(values, meta, reader, now);
      if (!reading.ok) {
        await answer({ response_action: 'errors', errors: reading.errors });
        return;
      }
      const typedWhen = Boolean((view.state.values[BLOCK.when]?.[FIELD(BLOCK.when)] as { value?: string } | undefined)?.value?.trim());
      const errorBlock = (message: string) => {
        const block = blockForCoreError(message);
        return block === BLOCK.when && !typedWhen ? BLOCK.datetime : block;
      };
      const key = keys.view(view.id);

      if (meta.mode === 'edit' && meta.eventId) {
        let shown = meta.shown;
        if (!shown) {
          // A form opened before fingerprints existed: compare with the event as it is now.
          const got = await deps.service.run(actor, { type: 'get', event: meta.eventId });
          if (!got.ok) {
            await refuse(BLOCK.title, got.error.message);
            return;
          }
          shown = shownFields(buildEventModal(meta, editPrefill(got.value.event)).blocks as Block[]);
        }
        const patch = toPatch(reading.fields, values, shown);
        if (Object.keys(patch).length === 0) {
          await answer();
          await tellPrivately(client, null, actor.userId, 'Nothing changed.', deps.log);
          return;
        }
        const r = await deps.service.run(actor, { type: 'update', event: meta.eventId, patch, idempotencyKey: key });
        if (!r.ok) {
          await refuse(errorBlock(r.error.message), r.error.message);
          return;
        }
        await answer();
        await refreshCard(client, r.value.event, deps.log);
        const card = cardOf(r.value.event);
        await tellPrivately(client, card?.channel ?? null, actor.userId, `Saved *${esc(r.value.event.title)}*${r.value.timingChanges.length > 0 ? movedLine(r.value.event, reader, now) : ''}.`, deps.log);
        return;
      }

      // The channel the form was opened in is fine (the person is there); another one must be theirs.
      const chosen = reading.fields.channelId;
      if (chosen && chosen !== meta.channelId) {
        const refusal = await channelRefusal(client, chosen, actor.userId);
        if (refusal) {
          await refuse(BLOCK.channel, refusal);
          return;
        }
      }
      const r = await deps.service.run(actor, { type: 'create', input: toCreateInput(reading.fields), idempotencyKey: key });
      if (!r.ok) {
        await refuse(errorBlock(r.error.message), r.error.message);
        return;
      }
      await answer();
      const e = r.value.event;
      const channel = reading.fields.channelId;
      const read = describeWhen(
        { start: new Date(e.occurrence.start), end: new Date(e.occurrence.end), allDay: e.allDay, timezone: e.timezone },
        reader.timezone,
        now,
        reader.locale,
      );
      if (channel && !cardOf(e)) {
        try {
          await postCard(client, deps.service, e, channel);
        } catch (err) {
          deps.log(`slack: posting the card of ${e.id} in ${channel} failed: ${describeError(err)}`, 'error', err);
          await tellPrivately(client, null, actor.userId, `Created *${esc(e.title)}* (${esc(read)}), but I couldn't post it in ${mentionChannel(channel)}: invite me there with \`/invite @Convene\`, then use \`/event show ${e.id}\`.`, deps.log);
          return;
        }
      }
      await tellPrivately(client, channel, actor.userId, `Created *${esc(e.title)}*: ${esc(read)}.`, deps.log);
    } catch (err) {
      deps.log(`slack: form submission failed: ${describeError(err)}`, 'error', err);
      await refuse(BLOCK.title, OOPS).catch(() => {});
    } finally {
      clearTimeout(guard);
    }
  });
}
