import type { App } from '@slack/bolt';
import type { InstallationStore } from '@slack/oauth';
import { describeError, type SlackDeps } from '../context.ts';

const SEEN_MAX = 10_000;

/**
 * Events API deliveries: Slack resends an event it thinks we missed (X-Slack-Retry-Num), and
 * this app acknowledges every event at once, so a resend is a duplicate: drop it. Event ids
 * seen by this process are dropped too (a resend that lost its retry header, a replay).
 */
export function registerEventDedupe(app: App, deps: SlackDeps): void {
  const seen = new Set<string>();
  app.use(async ({ body, context, next }) => {
    const b = body as { type?: string; event_id?: string };
    if (b.type === 'event_callback') {
      if (context.retryNum !== undefined && context.retryNum > 0) {
        deps.log(`slack: dropped Events API retry #${context.retryNum} (${context.retryReason ?? 'no reason'}) of ${b.event_id ?? '?'}`, 'debug');
        return;
      }
      if (b.event_id) {
        if (seen.has(b.event_id)) return;
        if (seen.size >= SEEN_MAX) seen.delete(seen.values().next().value!);
        seen.add(b.event_id);
      }
    }
    await next();
  });
}

/** Forget a workspace's tokens when the app is uninstalled (OAuth mode). */
export function registerLifecycleEvents(app: App, deps: SlackDeps, installations: InstallationStore | null): void {
  app.event('app_uninstalled', async ({ body }) => {
    if (!installations?.deleteInstallation) return;
    const b = body as { team_id?: string; enterprise_id?: string; is_enterprise_install?: boolean };
    try {
      await installations.deleteInstallation({ teamId: b.team_id, enterpriseId: b.enterprise_id, isEnterpriseInstall: Boolean(b.is_enterprise_install) });
    } catch (err) {
      deps.log(`slack: forgetting an installation failed: ${describeError(err)}`, 'error', err);
    }
  });
}

/**
 * A user group's members or name changed: forget what this process cached of it, so the next
 * RSVP asks Slack again (other processes forget within the cache's few minutes).
 */
export function registerUserGroupEvents(app: App, deps: SlackDeps): void {
  app.event('subteam_members_changed', async ({ event, body }) => {
    const team = event.team_id ?? (body as { team_id?: string }).team_id;
    if (team && event.subteam_id) deps.groups.forgetMembers(team, event.subteam_id);
  });
  app.event('subteam_updated', async ({ event, body }) => {
    const team = event.subteam?.team_id ?? (body as { team_id?: string }).team_id;
    if (team && event.subteam?.id) deps.groups.forgetGroup(team, event.subteam.id);
  });
}
