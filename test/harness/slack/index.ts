/** The fake Slack harness: import everything from here. See README.md. */
export * from './defaults.ts';
export * from './events.ts';
export * from './fake-slack.ts';
export * from './ids.ts';
export * from './payloads.ts';
export * from './signed-client.ts';
export * from './slash-command.ts';
export {
  eventsApiEnvelope,
  interactiveEnvelope,
  type SocketAck,
  type SocketEnvelope,
  slashCommandEnvelope,
} from './socket-mode.ts';
export type { InjectedFailure, RecordedCall } from './web-api.ts';
export type { RecordedResponse } from './response-urls.ts';
export type { EphemeralMessage, FakeChannel, FakeUser, StoredMessage, StoredView } from './workspace.ts';
export { blockKitErrors, metadataErrors, viewErrors } from './block-kit.ts';
export { isKnownMethod, manifestBotScopes, scopeFor, scopesFor } from './scopes.ts';
export type { FakeUserGroup } from './user-groups.ts';
