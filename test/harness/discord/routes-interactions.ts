/** REST routes for interaction callbacks and the interaction webhook (@original, follow-ups). */
import { apiUser, type Json } from './objects.ts';
import { error, noContent, ok, type Reply, type RouteContext, type Router } from './router.ts';
import type { FakeState, InteractionRecord } from './state.ts';

/** Interaction callback types (Discord `InteractionResponseType`). */
export const Callback = {
  Pong: 1,
  ChannelMessageWithSource: 4,
  DeferredChannelMessageWithSource: 5,
  DeferredMessageUpdate: 6,
  UpdateMessage: 7,
  ApplicationCommandAutocompleteResult: 8,
  Modal: 9,
} as const;

const LOADING = 1 << 7;
const unknownInteraction = error(404, 10062, 'Unknown interaction');
const unknownWebhook = error(404, 10015, 'Unknown Webhook');
const unknownMessage = error(404, 10008, 'Unknown Message');

export function interactionRoutes(router: Router): void {
  router
    .on('POST', '/interactions/:interaction/:token/callback', callback)
    .on('GET', '/webhooks/:app/:token/messages/:message', (ctx) => {
      const found = webhookMessage(ctx);
      return 'status' in found ? found : ok(found.message);
    })
    .on('PATCH', '/webhooks/:app/:token/messages/:message', (ctx) => {
      const found = webhookMessage(ctx);
      if ('status' in found) return found;
      const edited = ctx.state.editMessage(found.message, ctx.body, ctx.req.files);
      edited['flags'] = Number(edited['flags'] ?? 0) & ~LOADING;
      return ok(edited);
    })
    .on('DELETE', '/webhooks/:app/:token/messages/:message', (ctx) => {
      const found = webhookMessage(ctx);
      if ('status' in found) return found;
      ctx.state.deleteMessage(String(found.message['channel_id']), String(found.message['id']));
      return noContent;
    })
    .on('POST', '/webhooks/:app/:token', ({ state, params, body, req }) => {
      const record = state.interactionsByToken.get(params['token'] as string);
      if (!record) return unknownWebhook;
      if (!record.callback) return error(400, 10062, 'Unknown interaction');
      const message = respond(state, record, body, req.files);
      record.followupIds.push(String(message['id']));
      return ok(message);
    });
}

function callback({ state, params, body, req }: RouteContext): Reply {
  const record = state.interactions.get(params['interaction'] as string);
  if (!record || record.token !== params['token']) return unknownInteraction;
  if (record.callback) return error(400, 40060, 'Interaction has already been acknowledged.');
  record.callback = body;
  const type = Number(body['type']);
  const data = (body['data'] ?? {}) as Json;
  let resource: Json | undefined;
  switch (type) {
    case Callback.ChannelMessageWithSource:
    case Callback.DeferredChannelMessageWithSource: {
      const flags = Number(data['flags'] ?? 0) | (type === Callback.DeferredChannelMessageWithSource ? LOADING : 0);
      const message = respond(state, record, { ...data, flags }, req.files);
      record.originalMessageId = String(message['id']);
      record.originalChannelId = String(message['channel_id']);
      resource = message;
      break;
    }
    case Callback.DeferredMessageUpdate:
    case Callback.UpdateMessage: {
      const message = componentMessage(state, record);
      if (message) {
        if (type === Callback.UpdateMessage) state.editMessage(message, data, req.files);
        record.originalMessageId = String(message['id']);
        record.originalChannelId = String(message['channel_id']);
        resource = message;
      }
      break;
    }
    default:
      break;
  }
  if (req.query['with_response'] !== 'true') return noContent;
  return ok({
    interaction: {
      id: record.id,
      type: record.payload['type'],
      activity_instance_id: null,
      response_message_id: resource?.['id'] ?? null,
      response_message_loading: type === Callback.DeferredChannelMessageWithSource,
      response_message_ephemeral: (Number(resource?.['flags'] ?? 0) & 64) !== 0,
    },
    resource: { type, ...(resource ? { message: resource } : {}) },
  });
}

/** A response or follow-up message, as the application's webhook in the interaction's channel. */
function respond(state: FakeState, record: InteractionRecord, body: Json, files: RouteContext['req']['files']): Json {
  const payload = record.payload;
  const user = ((payload['member'] as Json | undefined)?.['user'] ?? payload['user']) as Json | undefined;
  const commandName = (payload['data'] as Json | undefined)?.['name'];
  const { message } = state.createMessage(String(payload['channel_id']), { ...body, nonce: undefined, enforce_nonce: undefined }, {
    files,
    overrides: {
      type: payload['type'] === 2 ? 20 : 0,
      webhook_id: state.applicationId,
      application_id: state.applicationId,
      author: apiUser(state.botUser),
      interaction_metadata: {
        id: record.id,
        type: payload['type'],
        user,
        authorizing_integration_owners: payload['authorizing_integration_owners'] ?? {},
        ...(typeof commandName === 'string' ? { name: commandName } : {}),
      },
    },
  });
  return message;
}

/** The message a component/modal interaction came from, stored in the fake (added from the payload if new). */
function componentMessage(state: FakeState, record: InteractionRecord): Json | undefined {
  const from = record.payload['message'] as Json | undefined;
  if (!from) return undefined;
  const channelId = String(from['channel_id'] ?? record.payload['channel_id']);
  const stored = state.findMessage(channelId, String(from['id']));
  if (stored) return stored;
  const copy = structuredClone(from);
  state.channelMessages(channelId).push(copy);
  return copy;
}

function webhookMessage({ state, params }: RouteContext): { message: Json } | Reply {
  const record = state.interactionsByToken.get(params['token'] as string);
  if (!record) return unknownWebhook;
  const id = params['message'] === '@original' ? record.originalMessageId : params['message'];
  if (!id) return unknownMessage;
  const message = state.findMessageAnywhere(id);
  return message ? { message } : unknownMessage;
}
