/** The fake Discord harness: start it, build interactions, inspect what the bot did. */
export { startFakeDiscord, type FakeDiscord, type FakeDiscordOptions, type InteractionHandle } from './fake-discord.ts';
export { makeGuild, makeUser, type FakeGuild, type FakeUser, type FakeChannel, type FakeRole, type FakeMember } from './model.ts';
export { slashCommand, autocomplete, buttonClick, modalSubmit, opt, sub, group, OptionType, InteractionType, DEFAULT_APPLICATION_ID } from './payloads.ts';
export { Perm, MEMBER_PERMISSIONS, BOT_PERMISSIONS } from './permissions.ts';
export { route, type RecordedRequest, type RequestPredicate } from './requests.ts';
export { Callback } from './routes-interactions.ts';
export { Op, type GatewayFrame } from './gateway.ts';
export { snowflake, shardOf, guildIdForShard } from './snowflake.ts';
