import type { App, BlockAction } from '@slack/bolt';
import { offerReply } from '../../text/replies.ts';
import { actorFor } from '../actor.ts';
import { describeError, OOPS, type SlackDeps } from '../context.ts';
import { ACTION, decodeRef, keys } from '../ids.ts';
import { esc } from '../render/mrkdwn.ts';
import { slackProblem } from '../rsvp.ts';

/**
 * Claim / Pass on a seat offer's DM. The DM is replaced by its words and the answer (no buttons
 * left to click twice); a refusal (the offer lapsed, was passed on) is said ephemerally and the
 * buttons stay. The event's card is redrawn by the core's card notice.
 */
export function registerOfferAnswers(app: App, deps: SlackDeps): void {
  app.action<BlockAction>(new RegExp(`^(${ACTION.offerClaim}|${ACTION.offerPass})$`), async ({ ack, body, action, client, respond }) => {
    await ack();
    try {
      const a = action as { action_id: string; value?: string; action_ts: string };
      const ref = decodeRef(a.value ?? '');
      const actor = await actorFor(deps.profiles, client, body);
      const r = await deps.service.run(actor, {
        type: 'offer',
        event: ref.eventId,
        occurrence: ref.occurrence || undefined,
        answer: a.action_id === ACTION.offerClaim ? 'claim' : 'pass',
        idempotencyKey: keys.action(actor.userId, a.action_id, a.action_ts),
      });
      if (!r.ok) {
        await respond({ response_type: 'ephemeral', replace_original: false, text: await slackProblem(deps, client, actor.workspaceId, r.error) });
        return;
      }
      const original = (body.message as { text?: string } | undefined)?.text ?? '';
      const mark = r.value.status === 'going' ? ':white_check_mark:' : ':leftwards_arrow_with_hook:';
      await respond({ replace_original: true, text: `${original}\n\n${mark} ${esc(offerReply(r.value))}` });
    } catch (err) {
      deps.log(`slack: seat offer answer failed: ${describeError(err)}`, 'error', err);
      await respond({ response_type: 'ephemeral', replace_original: false, text: OOPS }).catch(() => {});
    }
  });
}
