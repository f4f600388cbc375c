import readline from 'node:readline';
import type { EventService } from '../../core/service.ts';
import { ConsoleSession } from './session.ts';

export { ConsoleNotifier } from './notifier.ts';
export { ConsoleSession } from './session.ts';

/**
 * The playground: reads commands from a terminal or a pipe, one per line, until /quit or the
 * end of input. Resolves when done.
 */
export async function runConsole(deps: {
  service: EventService;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  now: () => Date;
  interactive: boolean;
}): Promise<void> {
  const session = new ConsoleSession(deps.service, deps.now);
  const rl = readline.createInterface({ input: deps.input, output: deps.interactive ? deps.output : undefined, terminal: deps.interactive });
  const write = (s: string) => deps.output.write(s.endsWith('\n') ? s : `${s}\n`);
  const prompt = () => {
    if (deps.interactive) rl.setPrompt(`${session.user}> `), rl.prompt();
  };
  if (deps.interactive) {
    write('Convene playground. Type /help for commands, /quit to leave. Try: /event create Game night friday 8pm');
  }
  prompt();
  for await (const line of rl) {
    if (!deps.interactive && line.trim()) write(`${session.user}> ${line.trim()}`);
    let out: string | null;
    try {
      out = await session.handle(line);
    } catch (err) {
      out = `⚠ Something went wrong on our side: ${err instanceof Error ? err.message : String(err)}`;
    }
    if (out === null) break;
    if (out) write(out);
    prompt();
  }
  rl.close();
}
