import type { App } from '@slack/bolt';
import { interpretCreate } from '../../text/interpret.ts';
import { actorFor } from '../actor.ts';
import { describeError, type SlackDeps } from '../context.ts';
import { CALLBACK } from '../ids.ts';
import { cut } from '../render/limits.ts';
import { esc, unescapeSlack } from '../render/mrkdwn.ts';
import { tooLongMessage } from '../../text/limits.ts';
import { buildEventModal, type ModalPrefill } from '../render/modal.ts';
import { previewWhen } from '../modal-values.ts';

/**
 * From a message's text, the form's starting values: the first line as the title (and a time
 * and place in it, when the time parser finds one), the whole text as the description.
 */
function prefillFromMessage(text: string, reader: { timezone: string; locale: string }, now: Date): ModalPrefill {
  // Message text is mrkdwn: links and mentions as <…>, and &, <, > escaped. Plain words, unescaped once.
  const plainText = unescapeSlack(text.replace(/<([^|>]+)\|([^>]+)>/g, '$2').replace(/<([^>]+)>/g, '$1')).trim();
  if (tooLongMessage(plainText)) {
    // Too long to read a time from: the form starts with the words, the person says when.
    return { title: cut(plainText.split('\n')[0]!.trim(), 200), description: cut(plainText, 3000) };
  }
  const firstLine = plainText.split('\n')[0]?.trim() ?? '';
  const read = firstLine ? interpretCreate(firstLine, reader, now) : null;
  if (read?.ok) {
    return {
      title: cut(read.understood.title, 200),
      whenText: read.understood.whenText,
      location: read.understood.location,
      description: plainText.includes('\n') ? cut(plainText, 3000) : null,
    };
  }
  return { title: cut(firstLine, 200), description: plainText ? cut(plainText, 3000) : null };
}

export function registerShortcuts(app: App, deps: SlackDeps): void {
  app.shortcut(CALLBACK.createShortcut, async ({ ack, shortcut, client }) => {
    await ack();
    try {
      await client.views.open({ trigger_id: shortcut.trigger_id, view: buildEventModal({ mode: 'create' }) as never });
    } catch (err) {
      deps.log(`slack: opening the form failed: ${describeError(err)}`, 'error', err);
    }
  });

  app.shortcut(CALLBACK.messageShortcut, async ({ ack, shortcut, client, body, respond }) => {
    await ack();
    try {
      const s = shortcut as { trigger_id: string; message?: { text?: string }; channel?: { id: string } };
      const tooLong = tooLongMessage(s.message?.text ?? '');
      const actor = await actorFor(deps.profiles, client, body);
      const prefs = await deps.service.preferences(actor);
      const reader = { timezone: prefs.timezone, locale: prefs.locale };
      const now = deps.clock.now();
      const prefill = prefillFromMessage(s.message?.text ?? '', reader, now);
      const channelId = s.channel?.id;
      const preview = prefill.whenText ? previewWhen(prefill.whenText, reader, now) : undefined;
      await client.views.open({
        trigger_id: s.trigger_id,
        view: buildEventModal({ mode: 'create', channelId }, { ...prefill, channelId }, preview) as never,
      });
      if (tooLong) {
        await respond({ response_type: 'ephemeral', text: `:warning: ${esc(tooLong)} I put the start of the message in the form; say when there.` });
      }
    } catch (err) {
      deps.log(`slack: opening the form from a message failed: ${describeError(err)}`, 'error', err);
    }
  });
}
