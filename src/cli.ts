/** `npm run cli -- <subcommand>`: the scriptable entry point. */
type Subcommand = (args: string[]) => Promise<number>;

const subcommands: Record<string, { summary: string; run: Subcommand }> = {
  parse: {
    summary: 'parse "friday 8pm" --tz Europe/Berlin [--now ISO] | parse --jsonl (reads stdin)',
    run: async (args) => (await import('./when/cli-parse.ts')).runParseCli(args, process.stdin, process.stdout),
  },
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const sub = name ? subcommands[name] : undefined;
  if (!sub) {
    const lines = Object.entries(subcommands).map(([n, s]) => `  ${n.padEnd(18)} ${s.summary}`);
    process.stderr.write(`usage: npm run cli -- <subcommand>\n\n${lines.join('\n')}\n`);
    return name ? 2 : 0;
  }
  return sub.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
