/**
 * Request bodies checked against Discord's own OpenAPI document (`../shared/specs/discord-openapi.json`,
 * OpenAPI 3.1 = JSON Schema 2020-12), read at test time. Without the file, nothing is checked here
 * (the hand-written limits in limits.ts still apply).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';

export const SPEC_PATH = fileURLToPath(new URL('../../../../../shared/specs/discord-openapi.json', import.meta.url));

interface Operation {
  segments: string[];
  method: string;
  schemaRef: unknown;
}

interface Spec {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: unknown }> } }>>;
  components: unknown;
}

export interface SchemaProblem {
  /** Dotted field path as Discord reports it (`embeds.0.title`). */
  path: string;
  message: string;
}

class OpenApiChecker {
  readonly #ajv: Ajv2020;
  readonly #operations: Operation[] = [];
  readonly #compiled = new Map<Operation, ValidateFunction | null>();

  constructor(spec: Spec) {
    this.#ajv = new Ajv2020({ strict: false, allErrors: false, validateSchema: false });
    (formats as unknown as (a: Ajv2020) => void)(this.#ajv);
    for (const f of ['int32', 'int64', 'double', 'snowflake', 'nonce']) this.#ajv.addFormat(f, true);
    this.#ajv.addSchema({ $id: 'discord', components: spec.components });
    for (const [path, ops] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const schema = op.requestBody?.content?.['application/json']?.schema;
        if (schema) this.#operations.push({ segments: path.split('/').filter(Boolean), method: method.toUpperCase(), schemaRef: schema });
      }
    }
  }

  /** The operation for a request path (`/channels/123/messages`), literal segments preferred. */
  #find(method: string, path: string): Operation | undefined {
    const parts = path.split('/').filter(Boolean);
    let best: { op: Operation; literal: number } | undefined;
    for (const op of this.#operations) {
      if (op.method !== method || op.segments.length !== parts.length) continue;
      let literal = 0;
      const ok = op.segments.every((s, i) => (s.startsWith('{') ? true : s === parts[i] && ++literal > 0));
      if (ok && (!best || literal > best.literal)) best = { op, literal };
    }
    return best?.op;
  }

  #validator(op: Operation): ValidateFunction | null {
    if (!this.#compiled.has(op)) {
      // Point every local $ref at the registered document.
      const schema = JSON.parse(JSON.stringify(op.schemaRef).replace(/"#\/components\//g, '"discord#/components/'));
      try {
        this.#compiled.set(op, this.#ajv.compile(schema));
      } catch {
        this.#compiled.set(op, null);
      }
    }
    return this.#compiled.get(op) ?? null;
  }

  /** Compile the operations the bot uses up front (seconds), so no request waits on it. */
  warm(): void {
    for (const [method, path] of [
      ['POST', '/channels/1/messages'],
      ['PATCH', '/channels/1/messages/1'],
      ['POST', '/interactions/1/t/callback'],
      ['PATCH', '/webhooks/1/t/messages/@original'],
      ['POST', '/webhooks/1/t'],
      ['PUT', '/applications/1/commands'],
      ['PUT', '/applications/1/guilds/1/commands'],
      ['POST', '/channels/1/messages/1/threads'],
      ['PATCH', '/channels/1'],
    ] as const) {
      const op = this.#find(method, path);
      if (op) this.#validator(op);
    }
  }

  check(method: string, path: string, body: unknown): SchemaProblem[] {
    const op = this.#find(method, path);
    if (!op || body === undefined) return [];
    const validate = this.#validator(op);
    if (!validate || validate(body)) return [];
    return deepest(validate.errors ?? []).map((e) => ({ path: pointerToPath(e.instancePath), message: describe(e) }));
  }
}

/** oneOf/anyOf report every branch; the errors deepest in the body say what is actually wrong. */
function deepest(errors: ErrorObject[]): ErrorObject[] {
  const depth = (e: ErrorObject) => e.instancePath.split('/').length;
  const max = Math.max(...errors.map(depth));
  const seen = new Set<string>();
  return errors.filter((e) => depth(e) === max && !seen.has(e.instancePath) && seen.add(e.instancePath));
}

function pointerToPath(pointer: string): string {
  return pointer.split('/').filter(Boolean).join('.') || '_root';
}

function describe(e: ErrorObject): string {
  switch (e.keyword) {
    case 'maxLength':
      return `Must be ${e.params.limit} or fewer in length.`;
    case 'minLength':
      return `Must be ${e.params.limit} or more in length.`;
    case 'maxItems':
      return `Must be ${e.params.limit} or fewer in length.`;
    case 'required':
      return `This field is required (${e.params.missingProperty}).`;
    default:
      return `Invalid: ${e.message ?? e.keyword}.`;
  }
}

let loaded: OpenApiChecker | null | undefined;

/** The checker for the spec on disk, or null when the spec is absent. */
export function openApi(): OpenApiChecker | null {
  if (loaded === undefined) loaded = existsSync(SPEC_PATH) ? new OpenApiChecker(JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as Spec) : null;
  return loaded;
}
