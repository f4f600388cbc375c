/** REST routes for channels, messages, threads, DMs and guild lookups. */
import { apiChannel, apiGuild, apiMember, apiRole } from './objects.ts';
import { error, noContent, ok, type RouteContext, type Router } from './router.ts';

const unknownChannel = error(404, 10003, 'Unknown Channel');
const unknownMessage = error(404, 10008, 'Unknown Message');
const unknownGuild = error(404, 10004, 'Unknown Guild');

export function channelRoutes(router: Router): void {
  router
    .on('GET', '/channels/:channel', ({ state, params }) => {
      const channel = state.channels.get(params['channel'] as string);
      return channel ? ok(apiChannel(channel)) : unknownChannel;
    })
    .on('PATCH', '/channels/:channel', ({ state, params, body }) => {
      const channel = state.channels.get(params['channel'] as string);
      if (!channel) return unknownChannel;
      if (typeof body['name'] === 'string') channel.name = body['name'];
      if (channel.thread_metadata) {
        for (const key of ['archived', 'locked', 'auto_archive_duration'] as const) {
          if (key in body) channel.thread_metadata[key] = body[key];
        }
      }
      return ok(apiChannel(channel));
    })
    .on('GET', '/channels/:channel/messages', ({ state, params, req }) => {
      if (!state.channels.has(params['channel'] as string)) return unknownChannel;
      const limit = Number(req.query['limit'] ?? 50);
      return ok([...state.channelMessages(params['channel'] as string)].reverse().slice(0, limit));
    })
    .on('POST', '/channels/:channel/messages', createMessage)
    .on('GET', '/channels/:channel/messages/:message', ({ state, params }) => {
      const message = state.findMessage(params['channel'] as string, params['message'] as string);
      return message ? ok(message) : unknownMessage;
    })
    .on('PATCH', '/channels/:channel/messages/:message', ({ state, params, body, req }) => {
      const message = state.findMessage(params['channel'] as string, params['message'] as string);
      return message ? ok(state.editMessage(message, body, req.files)) : unknownMessage;
    })
    .on('DELETE', '/channels/:channel/messages/:message', ({ state, params }) =>
      state.deleteMessage(params['channel'] as string, params['message'] as string) ? noContent : unknownMessage,
    )
    .on('PUT', '/channels/:channel/messages/:message/reactions/:emoji/@me', () => noContent)
    .on('DELETE', '/channels/:channel/messages/:message/reactions/:emoji/@me', () => noContent)
    .on('POST', '/channels/:channel/messages/:message/threads', ({ state, params, body }) => {
      const parent = params['channel'] as string;
      if (!state.channels.has(parent)) return unknownChannel;
      if (!state.findMessage(parent, params['message'] as string)) return unknownMessage;
      return { status: 201, body: apiChannel(state.createThread(parent, body, params['message'])) };
    })
    .on('POST', '/channels/:channel/threads', ({ state, params, body }) => {
      const parent = params['channel'] as string;
      if (!state.channels.has(parent)) return unknownChannel;
      return { status: 201, body: apiChannel(state.createThread(parent, body)) };
    })
    .on('PUT', '/channels/:channel/thread-members/@me', () => noContent)
    .on('POST', '/users/@me/channels', ({ state, body }) => {
      const recipient = body['recipient_id'];
      if (typeof recipient !== 'string') return error(400, 50035, 'Invalid Form Body');
      return ok(apiChannel(state.openDm(recipient)));
    })
    .on('GET', '/guilds/:guild', ({ state, params }) => {
      const guild = state.guilds.get(params['guild'] as string);
      return guild ? ok(apiGuild(guild)) : unknownGuild;
    })
    .on('GET', '/guilds/:guild/channels', ({ state, params }) => {
      const guild = state.guilds.get(params['guild'] as string);
      return guild ? ok(guild.channels.filter((c) => c.type !== 11 && c.type !== 12).map((c) => apiChannel(c))) : unknownGuild;
    })
    .on('GET', '/guilds/:guild/roles', ({ state, params }) => {
      const guild = state.guilds.get(params['guild'] as string);
      return guild ? ok(guild.roles.map(apiRole)) : unknownGuild;
    })
    .on('GET', '/guilds/:guild/members/:user', ({ state, params }) => {
      const guild = state.guilds.get(params['guild'] as string);
      if (!guild) return unknownGuild;
      const member = guild.members.find((m) => m.user.id === params['user']);
      return member ? ok(apiMember(member)) : error(404, 10007, 'Unknown Member');
    });
}

function createMessage({ state, params, body, req }: RouteContext) {
  const channelId = params['channel'] as string;
  const channel = state.channels.get(channelId);
  if (!channel) return unknownChannel;
  const recipient = state.dmRecipient(channelId);
  if (recipient && state.dmBlocked.has(recipient.id)) return error(403, 50007, 'Cannot send messages to this user');
  const hasContent = ['content', 'embeds', 'components', 'sticker_ids', 'poll'].some((k) => body[k] !== undefined) || req.files.length > 0;
  if (!hasContent) return error(400, 50006, 'Cannot send an empty message');
  return ok(state.createMessage(channelId, body, { files: req.files }).message);
}
