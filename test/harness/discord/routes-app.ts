/** REST routes about the bot itself: gateway info, users/@me, the application and its commands. */
import { apiUser } from './objects.ts';
import { error, noContent, ok, type Router } from './router.ts';
import type { FakeState } from './state.ts';

export interface AppRouteOptions {
  gatewayUrl: () => string;
  shards: number;
}

export function appRoutes(router: Router, opts: AppRouteOptions): void {
  router
    .on('GET', '/gateway/bot', () =>
      ok({
        url: opts.gatewayUrl(),
        shards: opts.shards,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 60_000, max_concurrency: 16 },
      }),
    )
    .on('GET', '/gateway', () => ok({ url: opts.gatewayUrl() }))
    .on('GET', '/users/@me', ({ state }) => ok({ ...apiUser(state.botUser), verified: true, mfa_enabled: false }))
    .on('GET', '/users/:user', ({ state, params }) => ok(apiUser(state.user(params['user'] as string))))
    .on('GET', '/applications/@me', ({ state }) => ok(application(state)))
    .on('GET', '/oauth2/applications/@me', ({ state }) => ok(application(state)))
    .on('GET', '/applications/:app/commands', ({ state }) => ok(state.commandsFor()))
    .on('PUT', '/applications/:app/commands', ({ state, req }) => ok(overwrite(state, req.body, undefined)))
    .on('POST', '/applications/:app/commands', ({ state, body }) => upsert(state, body, undefined))
    .on('DELETE', '/applications/:app/commands/:command', ({ state, params }) => remove(state, params['command'] as string, undefined))
    .on('GET', '/applications/:app/guilds/:guild/commands', ({ state, params }) => ok(state.commandsFor(params['guild'])))
    .on('PUT', '/applications/:app/guilds/:guild/commands', ({ state, req, params }) => ok(overwrite(state, req.body, params['guild'])))
    .on('POST', '/applications/:app/guilds/:guild/commands', ({ state, body, params }) => upsert(state, body, params['guild']))
    .on('DELETE', '/applications/:app/guilds/:guild/commands/:command', ({ state, params }) =>
      remove(state, params['command'] as string, params['guild']),
    );
}

function application(state: FakeState) {
  return {
    id: state.applicationId,
    name: state.botUser.username,
    icon: null,
    description: '',
    bot_public: true,
    bot_require_code_grant: false,
    flags: 0,
    owner: apiUser(state.botUser),
    verify_key: '0'.repeat(64),
    team: null,
    bot: apiUser(state.botUser),
    approximate_guild_count: state.guilds.size,
    integration_types_config: { '0': {} },
  };
}

function overwrite(state: FakeState, body: unknown, guildId: string | undefined) {
  const list = state.commandsFor(guildId);
  const incoming = Array.isArray(body) ? (body as Record<string, unknown>[]) : [];
  const next = incoming.map((cmd) => {
    const existing = list.find((c) => c['name'] === cmd['name'] && (c['type'] ?? 1) === (cmd['type'] ?? 1));
    return state.command(cmd, guildId, existing ? String(existing['id']) : undefined);
  });
  list.splice(0, list.length, ...next);
  return next;
}

function upsert(state: FakeState, body: Record<string, unknown>, guildId: string | undefined) {
  const list = state.commandsFor(guildId);
  const index = list.findIndex((c) => c['name'] === body['name']);
  const command = state.command(body, guildId, index >= 0 ? String(list[index]?.['id']) : undefined);
  if (index >= 0) list[index] = command;
  else list.push(command);
  return { status: index >= 0 ? 200 : 201, body: command };
}

function remove(state: FakeState, id: string, guildId: string | undefined) {
  const list = state.commandsFor(guildId);
  const index = list.findIndex((c) => c['id'] === id);
  if (index < 0) return error(404, 10063, 'Unknown application command');
  list.splice(index, 1);
  return noContent;
}
