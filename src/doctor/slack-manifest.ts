import fs from 'node:fs';
import { BOT_SCOPES } from '../platforms/slack/manifest.ts';
import type { Finding } from './finding.ts';

interface ManifestShape {
  oauth_config?: { scopes?: { bot?: string[] } };
  features?: { slash_commands?: Array<{ command?: string }> };
}

/**
 * The app's manifest (what Slack grants) against the scopes the code asks for (BOT_SCOPES, the
 * scopes of the Web API methods it calls) and its /event command.
 */
export function checkSlackManifest(file: string): Finding {
  const name = 'slack manifest';
  if (!fs.existsSync(file)) return { status: 'skip', name, message: `${file} not found (pass --manifest <file> to check the manifest your app uses)` };
  let manifest: ManifestShape;
  try {
    manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as ManifestShape;
  } catch (err) {
    return { status: 'fail', name, message: `${file} is not JSON: ${err instanceof Error ? err.message : String(err)}`, fix: 'Regenerate it with `npm run cli -- slack-manifest`.' };
  }
  const granted = new Set(manifest.oauth_config?.scopes?.bot ?? []);
  const missing = BOT_SCOPES.filter((s) => !granted.has(s));
  const extra = [...granted].filter((s) => !(BOT_SCOPES as readonly string[]).includes(s));
  const hasCommand = (manifest.features?.slash_commands ?? []).some((c) => c.command === '/event');
  if (missing.length || !hasCommand) {
    const what = [missing.length ? `missing bot scopes: ${missing.join(', ')}` : '', hasCommand ? '' : 'no /event command'].filter(Boolean).join('; ');
    return { status: 'fail', name, message: `${file}: ${what}`, fix: 'Regenerate it (`npm run cli -- slack-manifest`), update the app at api.slack.com/apps and reinstall it to grant the scopes.' };
  }
  if (extra.length) return { status: 'warn', name, message: `${file} grants scopes the code never uses: ${extra.join(', ')}`, fix: 'Remove them from the manifest: ask for no more than the bot needs.' };
  return { status: 'ok', name, message: `${file} grants exactly the ${BOT_SCOPES.length} scopes the code uses, and /event` };
}
