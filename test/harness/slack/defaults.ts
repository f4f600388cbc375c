/** The identity of the fake workspace and app; every builder and response uses these unless told otherwise. */
export const FAKE_TEAM = { id: 'T0CONVENE1', domain: 'convene-test', name: 'Convene Test' } as const;
export const FAKE_APP_ID = 'A0CONVENE1';
export const FAKE_BOT = { botId: 'B0CONVENE1', botUserId: 'U0CONVBOT1', name: 'convene' } as const;
/** The deprecated verification token Slack still puts in every payload. */
export const FAKE_VERIFICATION_TOKEN = 'fake-verification-token';
export const FAKE_USER = { id: 'U0ALICE001', username: 'alice', name: 'Alice Example' } as const;
export const FAKE_CHANNEL = { id: 'C0GENERAL1', name: 'general' } as const;
