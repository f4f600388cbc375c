import type { App } from '@slack/bolt';
import { workspaceOf } from '../actor.ts';
import { describeError, type SlackDeps } from '../context.ts';
import { GROUPS_ACTION } from '../render/option-blocks.ts';
import { cut, LIMITS } from '../render/limits.ts';

/** Slack shows at most 100 options in a menu. */
const MAX_OPTIONS = 100;

/**
 * The event form's "Invited user groups" menu (a multi_external_select): Slack asks this options
 * load URL as the menu opens and as the person types; the answer is the workspace's groups
 * (usergroups.list, cached) whose handle or name contains what was typed, by handle.
 */
export function registerGroupOptions(app: App, deps: SlackDeps): void {
  app.options(GROUPS_ACTION, async ({ ack, body, client }) => {
    try {
      const dir = await deps.groups.directory(client, workspaceOf(body));
      if (!dir) deps.log('slack: the user groups menu is empty: usergroups.list failed (is usergroups:read granted? reinstall the app)', 'warn');
      const typed = String((body as { value?: unknown }).value ?? '').trim().replace(/^@/, '').toLowerCase();
      const matches = [...(dir?.values() ?? [])]
        .filter((g) => !typed || g.handle.toLowerCase().includes(typed) || g.name.toLowerCase().includes(typed))
        .sort((a, b) => a.handle.localeCompare(b.handle))
        .slice(0, MAX_OPTIONS);
      const label = (handle: string, name: string) => cut(name && name !== handle ? `@${handle} (${name})` : `@${handle}`, LIMITS.optionText);
      await ack({ options: matches.map((g) => ({ text: { type: 'plain_text', text: label(g.handle, g.name) }, value: g.id })) });
    } catch (err) {
      deps.log(`slack: user groups menu failed: ${describeError(err)}`, 'error', err);
      await ack({ options: [] }).catch(() => {});
    }
  });
}
