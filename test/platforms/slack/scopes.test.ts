/**
 * The manifest asks for every scope the code needs: the Web API methods the adapter calls (read
 * from src/) and those the suite's fakes recorded, each looked up in the method → scope table
 * taken from Slack's method reference (test/harness/slack/scopes.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isKnownMethod, manifestBotScopes, scopesFor } from '../../harness/slack/scopes.ts';
import { loggedMethods } from '../../harness/slack/method-log.ts';

const SRC = fileURLToPath(new URL('../../../src/platforms/slack/', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** `client.chat.postMessage(` → `chat.postMessage`, across the Slack adapter. */
function methodsInSource(): string[] {
  const found = new Set<string>();
  for (const f of files(SRC)) for (const m of readFileSync(f, 'utf8').matchAll(/\bclient\.([a-z]+)\.([a-zA-Z]+)\(/g)) found.add(`${m[1]}.${m[2]}`);
  return [...found];
}

describe('Slack scopes: the manifest covers every method the bot calls', () => {
  const methods = [...new Set([...methodsInSource(), ...loggedMethods()])].filter((m) => m !== 'apps.connections.open');

  it('finds the methods (the scan works)', () => {
    expect(methods).toEqual(expect.arrayContaining(['chat.postMessage', 'conversations.members', 'users.info', 'views.open']));
  });

  it('every method is in the scope table and each scope it may need is in the manifest', () => {
    // What "Create app from manifest" installs: the committed slack/manifest.json.
    const installed = manifestBotScopes();
    const missing: string[] = [];
    for (const m of methods) {
      if (!isKnownMethod(m)) missing.push(`${m}: not in the method → scope table`);
      for (const scope of scopesFor(m)) {
        // conversations.* on group DMs (mpim) and im reads are never used: the bot works in channels and its own DMs.
        if (/^mpim:|^im:read$/.test(scope)) continue;
        if (!installed.includes(scope)) missing.push(`${m} needs ${scope}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
