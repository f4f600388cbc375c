import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ActorInput } from '../../core/actor.ts';
import type { ApiKeyInfo, ApiScope } from '../../core/api-keys.ts';
import type { Answer } from './errors.ts';

/** What a route does once the request is authenticated: the key, and the actor it acts as. */
export type Handler = (req: FastifyRequest, key: ApiKeyInfo, actor: ActorInput) => Promise<Answer>;

/** A route's handler wrapped in authentication, scope, rate limit and (for POSTs) idempotency. */
export type Route = (scope: ApiScope, handler: Handler, opts?: { idempotent?: boolean }) => (req: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
