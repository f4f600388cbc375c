/**
 * The strict fake's gate: before a route runs, a request is refused the way Discord refuses it —
 * 50035 "Invalid Form Body" with the field path in `errors` (OpenAPI schema + documented limits),
 * 160004 for a second thread on one message, 10062 for an interaction answered after 3 seconds,
 * 50027 for an interaction webhook used after 15 minutes, 50013 when the bot lacks a permission,
 * and the Guild Scheduled Event rules (strict/scheduled-events.ts).
 */
import type { RecordedRequest } from '../requests.ts';
import { error, type Reply } from '../router.ts';
import type { FakeState } from '../state.ts';
import { autocompleteProblems, commandProblems, type FieldProblem, messageProblems, modalProblems, threadProblems } from './limits.ts';
import { openApi } from './openapi.ts';
import { botPermissionsIn, Perm } from './permissions.ts';
import { scheduledEventReply } from './scheduled-events.ts';

type Json = Record<string, unknown>;

export interface StrictOptions {
  /** Interaction callbacks must arrive within this (Discord: 3 s). */
  interactionTtlMs: number;
  /** Interaction webhooks (edits, follow-ups) work this long (Discord: 15 min). */
  webhookTtlMs: number;
  /**
   * House rules on top of Discord's: every message and edit carries `allowed_mentions`, and
   * commands use `contexts` rather than the deprecated `dm_permission`.
   */
  houseRules: boolean;
}

export const DEFAULT_STRICT: StrictOptions = { interactionTtlMs: 3_000, webhookTtlMs: 15 * 60_000, houseRules: true };

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Discord's error body: `{ code: 50035, errors: { embeds: { 0: { title: { _errors: [...] } } } } }`. */
export function invalidFormBody(problems: FieldProblem[]): Reply {
  const errors: Json = {};
  for (const p of problems) {
    let node = errors;
    for (const key of p.path.split('.')) {
      node[key] = isObj(node[key]) ? node[key] : {};
      node = node[key] as Json;
    }
    const list = (node._errors as unknown[] | undefined) ?? [];
    list.push({ code: p.code, message: p.message });
    node._errors = list;
  }
  return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors } };
}

const MESSAGE_ROUTES = [
  /^POST \/channels\/\d+\/messages$/,
  /^PATCH \/channels\/\d+\/messages\/\d+$/,
  /^POST \/webhooks\/\d+\/[^/]+$/,
  /^PATCH \/webhooks\/\d+\/[^/]+\/messages\/[^/]+$/,
];

function houseRuleProblems(key: string, body: Json): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const isMessage = MESSAGE_ROUTES.some((r) => r.test(key));
  const callbackMessage = /^POST \/interactions\//.test(key) && [4, 7].includes(Number(body.type));
  if (isMessage && !('allowed_mentions' in body)) problems.push({ path: 'allowed_mentions', code: 'HOUSE_RULE', message: 'Every message and edit sets allowed_mentions (house rule).' });
  if (callbackMessage && !(isObj(body.data) && 'allowed_mentions' in body.data)) problems.push({ path: 'data.allowed_mentions', code: 'HOUSE_RULE', message: 'Every message and edit sets allowed_mentions (house rule).' });
  if (/\/commands$/.test(key) || /\/commands\/\d+$/.test(key)) {
    const cmds = Array.isArray(body) ? body : [body];
    cmds.forEach((c, i) => {
      if (isObj(c) && 'dm_permission' in c) problems.push({ path: Array.isArray(body) ? `${i}.dm_permission` : 'dm_permission', code: 'HOUSE_RULE', message: 'dm_permission is deprecated: use contexts (house rule).' });
    });
  }
  return problems;
}

function limitProblems(key: string, body: unknown): FieldProblem[] {
  if (Array.isArray(body) && /^PUT \/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(key)) {
    return body.flatMap((c, i) => (isObj(c) ? commandProblems(c, `${i}.`) : []));
  }
  if (!isObj(body)) return [];
  if (/^(POST|PATCH) \/applications\/\d+(\/guilds\/\d+)?\/commands(\/\d+)?$/.test(key)) return commandProblems(body);
  if (MESSAGE_ROUTES.some((r) => r.test(key))) return messageProblems(body);
  if (/^POST \/channels\/\d+(\/messages\/\d+)?\/threads$/.test(key)) return threadProblems(body);
  if (/^POST \/interactions\/\d+\/[^/]+\/callback$/.test(key)) {
    const data = isObj(body.data) ? body.data : {};
    const type = Number(body.type);
    if (type === 4 || type === 7) return messageProblems(data).map((p) => ({ ...p, path: `data.${p.path}` }));
    if (type === 8) return autocompleteProblems(data);
    if (type === 9) return modalProblems(data);
  }
  return [];
}

function permissionReply(state: FakeState, req: RecordedRequest, key: string, body: unknown): Reply | undefined {
  const missing = error(403, 50013, 'Missing Permissions');
  const channelId = /^\/channels\/(\d+)/.exec(req.path)?.[1];
  if (!channelId) return undefined;
  const perms = botPermissionsIn(state, channelId);
  if (perms === null) return undefined; // a DM, or a channel the fake does not know (the route answers)
  const has = (bit: bigint) => (perms & Perm.Administrator) !== 0n || (perms & bit) === bit;
  const channel = state.channels.get(channelId);
  const isThread = channel?.type === 11 || channel?.type === 12;
  if (!has(Perm.ViewChannel)) return error(403, 50001, 'Missing Access');
  if (/^POST \/channels\/\d+\/messages$/.test(key) && !has(isThread ? Perm.SendMessagesInThreads : Perm.SendMessages)) return missing;
  if (/^POST \/channels\/\d+\/messages\/\d+\/threads$/.test(key) && !has(Perm.CreatePublicThreads)) return missing;
  if (/^PATCH \/channels\/\d+$/.test(key) && isThread && isObj(body)) {
    const archives = body.archived === true || body.locked !== undefined;
    if (archives && !has(Perm.ManageThreads)) return missing;
  }
  if (/^DELETE \/channels\/\d+\/messages\/\d+$/.test(key)) {
    const message = state.findMessage(channelId, req.path.split('/')[4]!);
    const own = (message?.['author'] as Json | undefined)?.['id'] === state.botUser.id;
    if (!own && !has(Perm.ManageMessages)) return missing;
  }
  return undefined;
}

function tokenReply(state: FakeState, req: RecordedRequest, opts: StrictOptions): Reply | undefined {
  const callback = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(req.path);
  if (callback) {
    const record = state.interactions.get(callback[1]!);
    if (record?.createdAt !== undefined && req.at - record.createdAt > opts.interactionTtlMs) return error(404, 10062, 'Unknown interaction');
    return undefined;
  }
  const hook = /^\/webhooks\/\d+\/([^/]+)/.exec(req.path);
  if (hook) {
    const record = state.interactionsByToken.get(hook[1]!);
    if (record?.createdAt !== undefined && req.at - record.createdAt > opts.webhookTtlMs) return error(401, 50027, 'Invalid Webhook Token');
  }
  return undefined;
}

/** A refusal for this request, or undefined to let the route answer. */
export function strictReply(state: FakeState, req: RecordedRequest, opts: StrictOptions): Reply | undefined {
  const reply = refusal(state, req, opts);
  if (reply && process.env.STRICT_DEBUG) process.stderr.write(`strict discord refused ${req.method} ${req.path}: ${JSON.stringify(reply.body)}\n`);
  return reply;
}

function refusal(state: FakeState, req: RecordedRequest, opts: StrictOptions): Reply | undefined {
  const key = `${req.method} ${req.path}`;
  const expired = tokenReply(state, req, opts);
  if (expired) return expired;
  const body = req.body;
  const schema = openApi()?.check(req.method, req.path, body) ?? [];
  const problems: FieldProblem[] = [
    ...schema.map((s) => ({ path: s.path, code: 'SCHEMA', message: s.message })),
    ...limitProblems(key, body),
    ...(opts.houseRules && body !== undefined && (isObj(body) || Array.isArray(body)) ? houseRuleProblems(key, body as Json) : []),
  ];
  if (problems.length) return invalidFormBody(problems);
  const event = scheduledEventReply(state, req, state.now(), invalidFormBody);
  if (event) return event;
  const denied = permissionReply(state, req, key, body);
  if (denied) return denied;
  const thread = /^POST \/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(key);
  if (thread && state.findMessage(thread[1]!, thread[2]!)?.['thread']) return error(400, 160004, 'A thread has already been created for this message');
  return undefined;
}
