import { z } from 'zod';

/** What an API key may do: read events, write them. */
export const API_SCOPES = ['events:read', 'events:write'] as const;
export const ApiScope = z.enum(API_SCOPES);
export type ApiScope = z.infer<typeof ApiScope>;
