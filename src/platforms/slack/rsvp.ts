import type { WebClient } from '@slack/web-api';
import type { ActorInput } from '../../core/actor.ts';
import type { Command } from '../../core/commands.ts';
import type { Result, UserErrorData } from '../../core/errors.ts';
import type { Outcomes } from '../../core/service.ts';
import { refusalText } from '../../core/restriction.ts';
import type { SlackDeps } from './context.ts';
import { esc } from './render/mrkdwn.ts';

/** An answer for oneself: to one occurrence ('rsvp'), or standing ("every time") to a series ('standing_rsvp'). */
type AnswerType = 'rsvp' | 'standing_rsvp';

/**
 * An RSVP from Slack (button, command, App Home). Slack does not send a member's user groups
 * with a click, so the actor carries none; when the core refuses because the event is open to
 * groups, the person's membership of exactly those groups is asked of Slack and the RSVP is asked
 * again with it, as Discord's roles arrive with every interaction. A refused first try wrote
 * nothing (its transaction rolled back), so the same idempotency key is still free.
 */
export async function rsvpAsMember<T extends AnswerType>(deps: SlackDeps, client: WebClient, actor: ActorInput, cmd: Command & { type: T }): Promise<Result<Outcomes[T]>> {
  const first = await deps.service.run<T>(actor, cmd);
  const groups = first.ok ? [] : (first.error.restriction?.roles ?? []);
  if (first.ok || groups.length === 0) return first;
  const membership = await deps.groups.memberOf(client, actor.workspaceId, actor.userId, groups);
  if (!membership.ok) return { ok: false, error: { code: 'forbidden', message: membership.problem } };
  if (membership.groups.length === 0) return first;
  return deps.service.run<T>({ ...actor, roles: membership.groups }, cmd);
}

/** A refusal as Slack mrkdwn: one for an invite-only event names its groups by handle (never a pinging mention). */
export async function slackProblem(deps: SlackDeps, client: WebClient, workspaceId: string, error: UserErrorData): Promise<string> {
  if (!error.restriction) return `:warning: ${esc(error.message)}`;
  const name = await deps.groups.namer(client, workspaceId, error.restriction.roles);
  // The title is the person's text; the handles come escaped from the namer.
  const r = { ...error.restriction, title: esc(error.restriction.title) };
  return `:warning: ${refusalText(r, name)}`;
}
