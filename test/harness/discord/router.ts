/** A tiny method + path-pattern router for the fake REST API (`/channels/:channel/messages/:message`). */
import type { RecordedRequest } from './requests.ts';
import type { FakeState } from './state.ts';

export interface Reply {
  status: number;
  body?: unknown;
}

export interface RouteContext {
  req: RecordedRequest;
  params: Record<string, string>;
  state: FakeState;
  /** Body as an object (empty object when absent or not an object). */
  body: Record<string, unknown>;
}

export type Handler = (ctx: RouteContext) => Reply;

interface Route {
  method: string;
  segments: string[];
  handler: Handler;
}

export class Router {
  private routes: Route[] = [];

  on(method: string, pattern: string, handler: Handler): this {
    this.routes.push({ method: method.toUpperCase(), segments: pattern.split('/').filter(Boolean), handler });
    return this;
  }

  match(method: string, path: string): { handler: Handler; params: Record<string, string> } | undefined {
    const parts = path.split('/').filter(Boolean);
    for (const route of this.routes) {
      if (route.method !== method || route.segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      const ok = route.segments.every((seg, i) => {
        const part = parts[i] as string;
        if (seg.startsWith(':')) {
          params[seg.slice(1)] = part;
          return true;
        }
        return seg === part;
      });
      if (ok) return { handler: route.handler, params };
    }
    return undefined;
  }
}

/** Discord-shaped JSON error. */
export function error(status: number, code: number, message: string): Reply {
  return { status, body: { message, code } };
}

export const noContent: Reply = { status: 204 };
export const ok = (body: unknown): Reply => ({ status: 200, body });
