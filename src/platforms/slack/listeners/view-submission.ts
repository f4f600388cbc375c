import type { App, ViewResponseAction } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { describeWhen } from '../../../when/index.ts';
import { movedLine } from '../render/moved.ts';
import { actorFor } from '../actor.ts';
import { cardOf } from '../cards.ts';
import { channelRefusal } from '../channels.ts';
import { describeError, OOPS, type SlackDeps } from '../context.ts';
import { CALLBACK, keys } from '../ids.ts';
import { blockForCoreError, editPrefill, readModal, toCreateInput, toPatch } from '../modal-values.ts';
import { askWithButtons } from '../questions.ts';
import { createCandidate, updateCandidate, type Candidate } from '../../text/questions.ts';
import type { ParsedWhen } from '../../../when/index.ts';

type ModalFieldsOf = Parameters<typeof toCreateInput>[0];
import type { Block } from '../render/limits.ts';
import { esc } from '../render/mrkdwn.ts';
import { BLOCK, buildEventModal, FIELD, readMeta, shownFields } from '../render/modal.ts';
import type { AdapterLog } from '../../../observe/adapter-log.ts';

const ACK_DEADLINE_MS = 2_500;

async function tellPrivately(client: WebClient, channel: string | null, user: string, text: string, log: AdapterLog, blocks?: Block[]): Promise<void> {
  try {
    if (channel) await client.chat.postEphemeral({ channel, user, text, ...(blocks ? { blocks } : {}) });
    else await client.chat.postMessage({ channel: user, text, ...(blocks ? { blocks } : {}) });
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
      const onlyTheTime = !reading.ok && reading.question && Object.keys(reading.errors).every((b) => b === BLOCK.when);
      if (!reading.ok && !onlyTheTime) {
        await answer({ response_action: 'errors', errors: reading.errors });
        return;
      }
      const typedWhen = Boolean((view.state.values[BLOCK.when]?.[FIELD(BLOCK.when)] as { value?: string } | undefined)?.value?.trim());
      const errorBlock = (message: string) => {
        const block = blockForCoreError(message);
        return block === BLOCK.when && !typedWhen ? BLOCK.datetime : block;
      };
      const key = keys.view(view.id);
      /** The form read once per reading of its "When", each made into what picking it does. */
      const perReading = (r: typeof reading, make: (f: ModalFieldsOf, parsed: ParsedWhen) => Candidate): Candidate[] =>
        r.ok || !r.question
          ? []
          : r.question.readings.flatMap((w) => {
              const f = readModal(values, meta, reader, now, w);
              return f.ok ? [make(f.fields, w.parsed)] : [];
            });

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
        if (!reading.ok) {
          const seen = shown;
          const eventId = meta.eventId;
          const candidates = perReading(reading, (f, parsed) => updateCandidate(parsed, eventId, toPatch(f, values, seen)));
          if (!candidates.length) {
            await answer({ response_action: 'errors', errors: reading.errors });
            return;
          }
          await answer();
          const q = await askWithButtons(deps, actor, reading.question!.message, candidates, reader, now);
          await tellPrivately(client, meta.channelId ?? null, actor.userId, q.text, deps.log, q.blocks);
          return;
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
        const card = cardOf(r.value.event);
        await tellPrivately(client, card?.channel ?? null, actor.userId, `Saved *${esc(r.value.event.title)}*${r.value.timingChanges.length > 0 ? movedLine(r.value.event, reader, now) : ''}.`, deps.log);
        return;
      }

      if (!reading.ok) {
        // The typed time reads more than one way: the form closes and the person picks in a message; nothing is created before.
        const candidates = perReading(reading, (f, parsed) => createCandidate(parsed, toCreateInput(f)));
          if (!candidates.length) {
            await answer({ response_action: 'errors', errors: reading.errors });
            return;
          }
        const chosen = candidates[0]?.command.type === 'create' ? candidates[0].command.input.channelId : null;
        if (chosen && chosen !== meta.channelId) {
          const refusal = await channelRefusal(client, chosen, actor.userId);
          if (refusal) {
            await refuse(BLOCK.channel, refusal);
            return;
          }
        }
        await answer();
        const q = await askWithButtons(deps, actor, reading.question!.message, candidates, reader, now);
        await tellPrivately(client, chosen ?? meta.channelId ?? null, actor.userId, q.text, deps.log, q.blocks);
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
      // The card is the core's durable notice: the scheduler posts it, as for an event from any door.
      await tellPrivately(client, channel, actor.userId, `Created *${esc(e.title)}*: ${esc(read)}.`, deps.log);
    } catch (err) {
      deps.log(`slack: form submission failed: ${describeError(err)}`, 'error', err);
      await refuse(BLOCK.title, OOPS).catch(() => {});
    } finally {
      clearTimeout(guard);
    }
  });
}
