import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** One stage of a replayed Dockerfile: its directory stands for the image's WORKDIR. */
export interface Stage {
  name: string;
  dir: string;
  workdir: string;
  env: Record<string, string>;
  user: string | null;
  cmd: string[] | null;
  healthcheck: string[] | null;
}

export interface ReplayOptions {
  /** The build context (the repository). */
  context: string;
  /** Where the stages' directories go. */
  root: string;
  /**
   * `RUN npm ci` needs the registry; offline it is replaced by this (a hard-linked copy of the
   * repository's installed node_modules, which `npm ci` would reproduce from the same lockfile).
   */
  npmCi: (dir: string) => void;
  log?: (line: string) => void;
}

/** Instructions with their continuation lines joined; comments and blanks dropped. */
function instructions(text: string): Array<{ op: string; args: string }> {
  const joined = text.replace(/\\\r?\n/g, ' ');
  return joined
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [op, ...rest] = l.split(/\s+/);
      return { op: op!.toUpperCase(), args: rest.join(' ') };
    });
}

/**
 * Replays a Dockerfile's build and run steps on this machine: each stage is a directory standing
 * for its WORKDIR (absolute paths under the WORKDIR map into it), COPY copies from the context or
 * an earlier stage, RUN runs in the stage's directory with its ENV. Returns the last stage, whose
 * CMD and HEALTHCHECK the caller runs. Base images are not pulled: the host's Node stands in.
 */
export function replayDockerfile(file: string, o: ReplayOptions): Stage {
  const stages = new Map<string, Stage>();
  let cur: Stage | null = null;
  const map = (stage: Stage, p: string) => (path.isAbsolute(p) ? path.join(stage.dir, path.relative(stage.workdir, p)) : path.join(stage.dir, p));
  for (const { op, args } of instructions(fs.readFileSync(file, 'utf8'))) {
    o.log?.(`${op} ${args}`);
    if (op === 'FROM') {
      const name = /\bAS\s+(\S+)/i.exec(args)?.[1] ?? `stage${stages.size}`;
      cur = { name, dir: path.join(o.root, name), workdir: '/', env: {}, user: null, cmd: null, healthcheck: null };
      fs.mkdirSync(cur.dir, { recursive: true });
      stages.set(name, cur);
      continue;
    }
    if (!cur) throw new Error(`${op} before FROM`);
    const stage: Stage = cur;
    switch (op) {
      case 'WORKDIR':
        stage.workdir = args;
        break;
      case 'ENV':
        for (const m of args.matchAll(/(\w+)=("[^"]*"|\S+)/g)) {
          const value = m[2]!.replace(/^"|"$/g, '');
          stage.env[m[1]!] = stage.workdir === '/' ? value : value.replace(new RegExp(`(^|:)${stage.workdir}(?=/|$)`, 'g'), `$1${stage.dir}`);
        }
        break;
      case 'COPY': {
        const words = args.split(/\s+/);
        const from = words.find((w) => w.startsWith('--from='))?.slice('--from='.length);
        const paths = words.filter((w) => !w.startsWith('--'));
        const dest = paths.pop()!;
        const source = from ? stages.get(from) : null;
        if (from && !source) throw new Error(`COPY --from=${from}: no such stage`);
        for (const src of paths) {
          const abs = source ? map(source, src) : path.join(o.context, src);
          const target = dest.endsWith('/') ? path.join(map(stage, dest), path.basename(src)) : map(stage, dest);
          fs.mkdirSync(path.dirname(target), { recursive: true });
          // Hard links: node_modules is large and never written to.
          execFileSync('cp', ['-al', abs, target]);
        }
        break;
      }
      case 'RUN':
        if (args.trim() === 'npm ci') o.npmCi(stage.dir);
        else
          execFileSync('sh', ['-c', args], {
            cwd: stage.dir,
            env: { PATH: process.env.PATH, HOME: process.env.HOME, npm_config_offline: 'true', npm_config_update_notifier: 'false', ...stage.env },
            stdio: ['ignore', 'pipe', 'pipe'],
          });
        break;
      case 'USER':
        stage.user = args;
        break;
      case 'CMD':
        stage.cmd = JSON.parse(args) as string[];
        break;
      case 'HEALTHCHECK':
        stage.healthcheck = JSON.parse(args.slice(args.indexOf('CMD') + 3).trim()) as string[];
        break;
      case 'EXPOSE':
      case 'VOLUME':
      case 'LABEL':
        break;
      default:
        throw new Error(`Dockerfile instruction ${op} is not replayed; teach test/ops/dockerfile.ts`);
    }
  }
  if (!cur) throw new Error('empty Dockerfile');
  return cur;
}
