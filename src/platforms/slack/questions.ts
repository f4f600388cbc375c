import { droppedReply } from '../text/replies.ts';
import type { App, BlockAction } from '@slack/bolt';
import type { ActorInput } from '../../core/actor.ts';
import type { Reader } from '../text/interpret.ts';
import { heldChoices, type Candidate } from '../text/questions.ts';
import { actorFor } from './actor.ts';
import { describeError, OOPS, type SlackDeps } from './context.ts';
import { ACTION } from './ids.ts';
import { mrkdwnSection, plain, type Block } from './render/limits.ts';
import { esc } from './render/mrkdwn.ts';
import { movedLine } from './render/moved.ts';
import { slackDate } from './render/time.ts';

export interface QuestionReply {
  text: string;
  blocks: Block[];
}

/**
 * The time read more than one way: the core holds the question for the asker, and the reply
 * offers one button per reading plus "None of these". Nothing is created or changed until a pick.
 */
export async function askWithButtons(deps: SlackDeps, actor: ActorInput, message: string, candidates: Candidate[], reader: Reader, now: Date): Promise<QuestionReply> {
  const choices = heldChoices(candidates, reader, now);
  const id = await deps.service.questions.ask(actor, message, choices);
  const text = `:question: ${esc(message)}`;
  const buttons = choices.map((c, n) => ({
    type: 'button',
    action_id: `${ACTION.pick}_${n}`,
    text: plain(c.label),
    value: id,
    ...(n === 0 ? { style: 'primary' } : {}),
  }));
  return {
    text,
    blocks: [
      mrkdwnSection(`${text}\nPick one; nothing is saved until you do.`),
      { type: 'actions', block_id: `convene_question_${id}`, elements: [...buttons, { type: 'button', action_id: `${ACTION.pick}_none`, text: plain('None of these'), value: id }] },
    ],
  };
}

/** A pick on a question's buttons: it runs once (the core holds the question); the question is replaced by the outcome. */
export function registerPicks(app: App, deps: SlackDeps): void {
  app.action<BlockAction>(new RegExp(`^${ACTION.pick}_(\\d|none)$`), async ({ ack, body, action, client, respond }) => {
    await ack();
    try {
      const a = action as { action_id: string; value?: string };
      const actor = await actorFor(deps.profiles, client, body);
      const which = a.action_id.slice(ACTION.pick.length + 1);
      const id = a.value ?? '';
      if (which === 'none') {
        const r = await deps.service.questions.dismiss(actor, id);
        await respond({ replace_original: true, text: r.ok ? 'Left it; nothing was saved. Send it again with the time written out (like "4pm" or "dec 3").' : `:warning: ${esc(r.error.message)}` });
        return;
      }
      const r = await deps.service.questions.answer(actor, id, Number(which));
      if (!r.ok) {
        // Someone else's question, or one already answered: tell the clicker, leave the message be.
        await respond({ response_type: 'ephemeral', replace_original: false, text: `:warning: ${esc(r.error.message)}` });
        return;
      }
      const e = r.value.outcome.event;
      const prefs = await deps.service.preferences(actor);
      const now = deps.clock.now();
      const text =
        r.value.type === 'update'
          ? `Updated *${esc(e.title)}*${movedLine(e, { timezone: prefs.timezone, locale: prefs.locale }, now)}.${droppedReply(r.value.outcome.dropped)}`
          : `Created *${esc(e.title)}*: ${esc(r.value.label)} (${slackDate(e.occurrence.start, '{date_short_pretty} at {time}', e.timezone)} for each reader).`;
      await respond({ replace_original: true, text });
    } catch (err) {
      deps.log(`slack: time question pick failed: ${describeError(err)}`, 'error', err);
      await respond({ response_type: 'ephemeral', replace_original: false, text: OOPS }).catch(() => {});
    }
  });
}
