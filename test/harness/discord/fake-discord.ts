/** Starts the fake Discord (REST + gateway on 127.0.0.1, random ports) and hands back one object to drive it. */
import { FakeGateway, type GatewayConnectionInfo, type GatewayFrame } from './gateway.ts';
import { makeGuild, makeUser, type FakeGuild, type FakeUser } from './model.ts';
import type { Json } from './objects.ts';
import { RequestLog, route, type RecordedRequest, type RequestPredicate } from './requests.ts';
import { startRest, type RestServer } from './rest.ts';
import type { Reply } from './router.ts';
import { FakeState, type InteractionRecord } from './state.ts';
import { DEFAULT_APPLICATION_ID } from './payloads.ts';
import { DEFAULT_STRICT, type StrictOptions } from './strict/checks.ts';
import { botPermissionsIn } from './strict/permissions.ts';
import { BOT_PERMISSIONS } from './permissions.ts';
import { openApi } from './strict/openapi.ts';

export interface FakeDiscordOptions {
  /** Guilds the bot is in (default: one guild with a #general channel and one member). */
  guilds?: FakeGuild[];
  /** Shard count recommended by `GET /gateway/bot` (default 1). */
  shards?: number;
  /** The bot user (default "convene-bot"). */
  botUser?: FakeUser;
  applicationId?: string;
  /** When set, REST and IDENTIFY require this token (401 / close 4004 otherwise). */
  token?: string;
  /** Gateway heartbeat interval sent in HELLO (default 2000 ms). */
  heartbeatIntervalMs?: number;
  /** How long `enforce_nonce` remembers a nonce (default 5 minutes). */
  nonceWindowMs?: number;
  /** Override any REST reply: return a Reply to answer instead of the fake. */
  intercept?: (req: RecordedRequest) => Reply | undefined;
  /**
   * Refuse what Discord refuses (schema, limits, expired tokens, permissions) and the house rules;
   * on by default. Pass overrides (e.g. `{ interactionTtlMs: 10_000 }`) or `false`.
   */
  strict?: Partial<StrictOptions> | false;
  /** Discord's clock for scheduled events ("in the future"); default Date.now. */
  now?: () => number;
}

export interface InteractionHandle {
  id: string;
  token: string;
  payload: Json;
  /** The `POST /interactions/:id/:token/callback` request, once it arrives. */
  callback(timeoutMs?: number): Promise<RecordedRequest>;
  /** The next request on this interaction's webhook (edit of @original, follow-up...). */
  webhook(predicate?: RequestPredicate, timeoutMs?: number): Promise<RecordedRequest>;
  record(): InteractionRecord | undefined;
}

export interface FakeDiscord {
  /** Pass as discord.js `rest: { api: restUrl }` (or `DISCORD_REST_URL`); discord.js adds `/v10`. */
  restUrl: string;
  /** The gateway ws URL (what `GET /gateway/bot` returns). */
  gatewayUrl: string;
  applicationId: string;
  botUser: FakeUser;
  guilds: FakeGuild[];
  state: FakeState;
  /** Every REST request, in arrival order. */
  requests: RecordedRequest[];
  /** Every gateway frame, both ways. */
  frames: GatewayFrame[];
  gatewayConnections: GatewayConnectionInfo[];
  gateway: FakeGateway;

  findRequest(predicate: RequestPredicate): RecordedRequest | undefined;
  findRequests(predicate: RequestPredicate): RecordedRequest[];
  waitForRequest(predicate: RequestPredicate, timeoutMs?: number, opts?: { after?: number }): Promise<RecordedRequest>;
  waitForFrame(predicate: (f: GatewayFrame) => boolean, timeoutMs?: number): Promise<GatewayFrame>;
  /** Resolves once `count` sessions (shards) have identified and are connected. */
  waitForSessions(count?: number, timeoutMs?: number): Promise<void>;

  /** Sends a dispatch (op 0) with the next sequence number; routed by `shard` or `d.guild_id`. Returns sessions reached. */
  dispatch(t: string, d: unknown, opts?: { shard?: number }): number;
  /** Dispatches INTERACTION_CREATE (filling application_id and the registered command id) and returns a handle. */
  interact(payload: Json): InteractionHandle;
  waitForCallback(interactionId: string, timeoutMs?: number): Promise<RecordedRequest>;
  /** Closes every gateway socket (resumable by default), forcing the client to reconnect and RESUME. */
  dropConnections(opts?: { code?: number; resumable?: boolean }): void;
  /** Makes DMs to this user fail with 403 / 50007 "Cannot send messages to this user". */
  blockDMs(userId: string): void;
  unblockDMs(userId: string): void;
  /** Messages stored for a channel, oldest first. */
  messages(channelId: string): Json[];
  /** The guild's scheduled events as Discord holds them (any status), oldest first. */
  scheduledEvents(guildId: string): Json[];
  /** Overrides replies from now on (like the `intercept` option; undefined removes the override). */
  setIntercept(fn: FakeDiscordOptions['intercept']): void;
  /** Adds (or with `revoke`, removes) permission bits on the bot's own role in a guild. */
  setBotPermission(guildId: string, bits: bigint, granted: boolean): void;
  close(): Promise<void>;
}

export async function startFakeDiscord(opts: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const botUser = opts.botUser ?? makeUser({ id: '1100000000000000002', username: 'convene-bot', bot: true });
  const applicationId = opts.applicationId ?? DEFAULT_APPLICATION_ID;
  const state = new FakeState(botUser, applicationId, { nonceWindowMs: opts.nonceWindowMs, now: opts.now });
  const guilds = (opts.guilds ?? [makeGuild({ name: 'Test Guild' })]).map((g) => state.addGuild(g));
  const log = new RequestLog();
  let intercept: FakeDiscordOptions['intercept'];
  if (opts.strict !== false) openApi()?.warm();
  const gateway = new FakeGateway({ state, heartbeatIntervalMs: opts.heartbeatIntervalMs ?? 2_000, token: opts.token });
  await gateway.start();
  let rest: RestServer;
  try {
    rest = await startRest({
      state,
      log,
      gatewayUrl: () => gateway.url,
      shards: opts.shards ?? 1,
      token: opts.token,
      intercept: (req) => (intercept ?? opts.intercept)?.(req),
      strict: opts.strict === false ? null : { ...DEFAULT_STRICT, ...opts.strict },
    });
  } catch (err) {
    await gateway.close();
    throw err;
  }

  const waitForCallback = (interactionId: string, timeoutMs = 2_000) =>
    log.waitFor((r) => r.method === 'POST' && r.path.startsWith(`/interactions/${interactionId}/`) && r.path.endsWith('/callback'), timeoutMs);

  const fake: FakeDiscord = {
    restUrl: rest.url,
    gatewayUrl: gateway.url,
    applicationId,
    botUser,
    guilds,
    state,
    requests: log.all,
    frames: gateway.frames,
    gatewayConnections: gateway.connections,
    gateway,
    findRequest: (p) => log.find(p),
    findRequests: (p) => log.filter(p),
    waitForRequest: (p, timeoutMs, o) => log.waitFor(p, timeoutMs, o),
    waitForFrame: (p, timeoutMs) => gateway.waitForFrame(p, timeoutMs),
    async waitForSessions(count = 1, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (gateway.sessionList().filter((s) => s.connected).length < count) {
        if (Date.now() > deadline) throw new Error(`fake gateway: fewer than ${count} connected sessions after ${timeoutMs}ms`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    dispatch: (t, d, o) => gateway.dispatch(t, d, o),
    interact(payload) {
      const full: Json = { ...payload, application_id: applicationId };
      // What Discord sends: the bot's permissions in that channel as its roles now grant them
      // (a payload built with explicit appPermissions keeps them).
      if (full['app_permissions'] === BOT_PERMISSIONS.toString() && typeof full['channel_id'] === 'string') {
        const now = botPermissionsIn(state, full['channel_id']);
        if (now !== null) full['app_permissions'] = now.toString();
      }
      const data = full['data'] as Json | undefined;
      if (data && (full['type'] === 2 || full['type'] === 4)) {
        const registered = [...state.commandsFor(String(full['guild_id'] ?? '')), ...state.globalCommands].find((c) => c['name'] === data['name']);
        if (registered) full['data'] = { ...data, id: registered['id'] };
      }
      const record = state.registerInteraction(full);
      const mark = log.lastSeq();
      const reached = gateway.dispatch('INTERACTION_CREATE', full);
      if (reached === 0) throw new Error('fake discord: no gateway session to deliver the interaction to (is the client logged in?)');
      const onWebhook = (r: RecordedRequest) => r.path.startsWith(`/webhooks/${applicationId}/${record.token}`) || r.path.startsWith(`/webhooks/${String(payload['application_id'])}/${record.token}`);
      return {
        id: record.id,
        token: record.token,
        payload: full,
        callback: (timeoutMs) => waitForCallback(record.id, timeoutMs),
        webhook: (predicate = () => true, timeoutMs = 2_000) => log.waitFor((r) => onWebhook(r) && predicate(r), timeoutMs, { after: mark }),
        record: () => state.interactions.get(record.id),
      };
    },
    waitForCallback,
    dropConnections: (o) => gateway.dropConnections(o),
    blockDMs: (userId) => void state.dmBlocked.add(userId),
    unblockDMs: (userId) => void state.dmBlocked.delete(userId),
    messages: (channelId) => state.channelMessages(channelId),
    scheduledEvents: (guildId) => state.scheduledEvents.list(guildId),
    setIntercept(fn) {
      intercept = fn;
    },
    setBotPermission(guildId, bits, granted) {
      const guild = state.guilds.get(guildId);
      const role = guild?.roles.find((r) => r.managed && r.bot_id === botUser.id);
      if (!role) throw new Error(`fake discord: no bot role in guild ${guildId}`);
      const now = BigInt(role.permissions);
      role.permissions = (granted ? now | bits : now & ~bits).toString();
    },
    async close() {
      await Promise.all([gateway.close(), rest.close()]);
    },
  };
  return fake;
}

export { route };
