import type { App, BlockAction } from '@slack/bolt';
import type { ActorInput } from '../../../core/actor.ts';
import { emptyListText, type ListCommand } from '../../text/list.ts';
import { actorFor } from '../actor.ts';
import { describeError, OOPS, type SlackDeps } from '../context.ts';
import { ACTION } from '../ids.ts';
import { listLine } from '../render/card.ts';
import { context, cut, LIMITS, mrkdwnSection, plain, type Block } from '../render/limits.ts';
import { esc } from '../render/mrkdwn.ts';

export interface ListReply {
  text: string;
  blocks?: Block[];
}

/** Slack caps a button's value at 2000 characters; a list query is far smaller. */
const MAX_VALUE = 2000;

/** One page of a list, with a "More" button carrying the next page's query when there is one. */
export async function listReply(deps: SlackDeps, actor: ActorInput, command: ListCommand): Promise<ListReply> {
  const r = await deps.service.run(actor, command);
  if (!r.ok) return { text: `:warning: ${esc(r.error.message)}` };
  const { events, hasMore, page } = r.value;
  if (events.length === 0) return { text: esc(emptyListText(command)) };
  const text = events.map(listLine).join('\n');
  const blocks: Block[] = [mrkdwnSection(text)];
  const next = JSON.stringify({ ...command, page: page + 1 });
  if (page > 1 || hasMore) blocks.push(context(`Page ${page}${hasMore ? '' : ' (the last)'}`));
  if (hasMore && next.length <= MAX_VALUE) {
    blocks.push({ type: 'actions', elements: [{ type: 'button', action_id: ACTION.listMore, text: plain('More'), value: next }] });
  }
  return { text: cut(text, LIMITS.sectionText), blocks };
}

/** The list's "More" button: the next page, in place of the one shown. */
export function registerListMore(app: App, deps: SlackDeps): void {
  app.action<BlockAction>(ACTION.listMore, async ({ ack, body, action, client, respond }) => {
    await ack();
    try {
      let command: ListCommand;
      try {
        command = { ...(JSON.parse((action as { value?: string }).value ?? '') as ListCommand), type: 'list' };
      } catch {
        await respond({ replace_original: false, response_type: 'ephemeral', text: ':warning: That button is from an older list. Run /event list again.' });
        return;
      }
      // The core validates the query (scope, page, dates) like any other command.
      const actor = await actorFor(deps.profiles, client, body);
      const reply = await listReply(deps, actor, command);
      await respond({ replace_original: true, text: reply.text, ...(reply.blocks ? { blocks: reply.blocks } : {}) });
    } catch (err) {
      deps.log(`slack: list page failed: ${describeError(err)}`, 'error', err);
      await respond({ replace_original: false, response_type: 'ephemeral', text: OOPS }).catch(() => {});
    }
  });
}
