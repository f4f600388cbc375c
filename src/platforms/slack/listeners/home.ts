import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { ActorInput } from '../../../core/actor.ts';
import { actorFor } from '../actor.ts';
import { describeError, type SlackDeps } from '../context.ts';
import { ACTION, CALLBACK, keys } from '../ids.ts';
import { renderHome } from '../render/home.ts';
import { buildEventModal, buildSettingsModal, FIELD } from '../render/modal.ts';
import { localeCommand } from '../../text/locale-setting.ts';

/** Draw (or redraw) a person's App Home tab. */
async function publishHome(deps: SlackDeps, client: WebClient, actor: ActorInput): Promise<void> {
  const [hosting, attending, prefs] = await Promise.all([
    deps.service.run(actor, { type: 'list', scope: 'hosting', pageSize: 20 }),
    deps.service.run(actor, { type: 'list', scope: 'attending', pageSize: 20 }),
    deps.service.preferences(actor),
  ]);
  const view = renderHome({
    hosting: hosting.ok ? hosting.value.events : [],
    attending: attending.ok ? attending.value.events : [],
    timezone: prefs.timezone,
    reminderDms: prefs.reminderDms,
  });
  await client.views.publish({ user_id: actor.userId, view: view as never });
}

export function registerHome(app: App, deps: SlackDeps): void {
  app.event('app_home_opened', async ({ event, body, client }) => {
    if (event.tab !== 'home') return;
    try {
      const actor = await actorFor(deps.profiles, client, { ...body, user_id: event.user });
      await publishHome(deps, client, actor);
    } catch (err) {
      deps.log(`slack: App Home failed: ${describeError(err)}`, 'error', err);
    }
  });

  app.action(ACTION.homeCreate, async ({ ack, body, client }) => {
    await ack();
    try {
      await client.views.open({ trigger_id: (body as { trigger_id: string }).trigger_id, view: buildEventModal({ mode: 'create' }) as never });
    } catch (err) {
      deps.log(`slack: opening the form failed: ${describeError(err)}`, 'error', err);
    }
  });

  app.action(ACTION.homeSettings, async ({ ack, body, client }) => {
    await ack();
    try {
      const actor = await actorFor(deps.profiles, client, body);
      const prefs = await deps.service.preferences(actor);
      await client.views.open({ trigger_id: (body as { trigger_id: string }).trigger_id, view: buildSettingsModal(prefs) as never });
    } catch (err) {
      deps.log(`slack: opening settings failed: ${describeError(err)}`, 'error', err);
    }
  });

  app.action(ACTION.homeToggleDms, async ({ ack, body, client, action }) => {
    await ack();
    try {
      const actor = await actorFor(deps.profiles, client, body);
      const on = (action as { value?: string }).value === 'on';
      await deps.service.run(actor, { type: 'user_settings', reminderDms: on });
      await publishHome(deps, client, actor);
    } catch (err) {
      deps.log(`slack: toggling DMs failed: ${describeError(err)}`, 'error', err);
    }
  });

  app.view(CALLBACK.settingsModal, async ({ ack, body, view, client }) => {
    try {
      const actor = await actorFor(deps.profiles, client, body);
      const values = view.state.values as Record<string, Record<string, { value?: string; selected_options?: { value: string }[] }>>;
      const timezone = values.tz?.[FIELD('tz')]?.value?.trim() ?? '';
      const reminderDms = (values.dms?.[FIELD('dms')]?.selected_options ?? []).some((o) => o.value === 'on');
      // The locale is saved only when changed: the form shows the one in use (maybe the zone's), which must not become pinned.
      const typedLocale = values.locale?.[FIELD('locale')]?.value?.trim() ?? '';
      const before = await deps.service.preferences(actor);
      let locale: string | null | undefined;
      if (typedLocale !== before.locale) {
        const plan = localeCommand('user', typedLocale || 'default');
        if ('message' in plan) {
          await ack({ response_action: 'errors', errors: { locale: plan.message } });
          return;
        }
        locale = plan.command.type === 'user_settings' ? plan.command.locale : undefined;
      }
      const r = await deps.service.run(actor, { type: 'user_settings', timezone, reminderDms, ...(locale !== undefined ? { locale } : {}) });
      if (!r.ok) {
        await ack({ response_action: 'errors', errors: { tz: r.error.message.replace(/^Time zone: /, '') } });
        return;
      }
      await ack();
      await publishHome(deps, client, actor);
    } catch (err) {
      deps.log(`slack: saving settings failed (${keys.view(view.id)}): ${describeError(err)}`, 'error', err);
      await ack({ response_action: 'errors', errors: { tz: 'Something went wrong on our side. Please try again.' } }).catch(() => {});
    }
  });
}
