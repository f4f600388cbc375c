import readline from 'node:readline';
import type { EventService } from '../../core/service.ts';
import { ConsoleSession } from './session.ts';

export { ConsoleNotifier } from './notifier.ts';
export { ConsoleSession } from './session.ts';

/**
 * Where the playground prints. Notices (reminders) arrive while a person may be typing: in a
 * terminal they are printed above the prompt, which is then redrawn with what was typed so far.
 */
export class ConsoleOutput {
  #rl: readline.Interface | null = null;

  constructor(
    readonly stream: NodeJS.WritableStream,
    readonly interactive: boolean,
  ) {}

  attach(rl: readline.Interface | null): void {
    this.#rl = rl;
  }

  print(text: string): void {
    const line = text.endsWith('\n') ? text : `${text}\n`;
    if (this.interactive && this.#rl && 'clearLine' in this.stream) {
      const tty = this.stream as NodeJS.WriteStream;
      readline.clearLine(tty, 0);
      readline.cursorTo(tty, 0);
      tty.write(line);
      this.#rl.prompt(true);
      return;
    }
    this.stream.write(line);
  }
}

/**
 * Whose zone a notice is read in: a DM's recipient, or for the channel the person typing. For
 * ConsoleNotifier, so reminders and moves print in the reader's own time.
 */
export function readerZones(service: EventService, session: ConsoleSession): (userId: string | null) => Promise<string> {
  return async (userId) => (await service.preferences({ ...session.actor, userId: userId ?? session.user })).timezone;
}

/**
 * The playground: reads commands from a terminal or a pipe, one per line, until /quit or the
 * end of input. Resolves when done.
 */
export async function runConsole(deps: {
  service: EventService;
  input: NodeJS.ReadableStream;
  output: ConsoleOutput;
  now: () => Date;
  /** The person at the terminal (shared with the notifier, which prints in their zone). */
  session?: ConsoleSession;
}): Promise<void> {
  const out = deps.output;
  const session = deps.session ?? new ConsoleSession(deps.service, deps.now);
  const rl = readline.createInterface({
    input: deps.input,
    output: out.interactive ? out.stream : undefined,
    terminal: out.interactive,
  });
  const prompt = () => {
    if (!out.interactive) return;
    rl.setPrompt(`${session.user}> `);
    rl.prompt();
  };
  if (out.interactive) {
    out.stream.write('Convene playground. Type /help for commands, /quit to leave. Try: /event create Game night friday 8pm\n');
  }
  out.attach(rl);
  prompt();
  try {
    for await (const line of rl) {
      if (!out.interactive && line.trim()) out.stream.write(`${session.user}> ${line.trim()}\n`);
      let text: string | null;
      try {
        text = await session.handle(line);
      } catch (err) {
        text = `⚠ Something went wrong on our side: ${err instanceof Error ? err.message : String(err)}`;
      }
      if (text === null) break;
      if (text) out.stream.write(`${text}\n`);
      prompt();
    }
  } finally {
    out.attach(null);
    rl.close();
  }
}
