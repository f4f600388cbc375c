/**
 * Every fake Slack appends the Web API methods it answered to a per-process file under the OS
 * temp dir when it closes, so one test can compare what the whole suite called with the scopes
 * the manifest asks for.
 */
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const METHOD_LOG_DIR = join(tmpdir(), `convene-slack-methods-${process.getuid?.() ?? 'user'}`);

export function logMethods(methods: Iterable<string>): void {
  const unique = [...new Set(methods)];
  if (unique.length === 0) return;
  try {
    mkdirSync(METHOD_LOG_DIR, { recursive: true });
    appendFileSync(join(METHOD_LOG_DIR, `${process.pid}.txt`), `${unique.join('\n')}\n`);
  } catch {
    // A read-only temp dir only loses the cross-suite comparison, never a test.
  }
}

/** Methods any fake recorded so far (this run and earlier ones). */
export function loggedMethods(): string[] {
  if (!existsSync(METHOD_LOG_DIR)) return [];
  const all = new Set<string>();
  for (const f of readdirSync(METHOD_LOG_DIR)) {
    for (const line of readFileSync(join(METHOD_LOG_DIR, f), 'utf8').split('\n')) if (line) all.add(line);
  }
  return [...all];
}
