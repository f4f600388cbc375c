/**
 * The traffic of the soak: real interactions into the real adapters, through the fakes. Each is
 * timed from sending to the platform's answer (Discord: the interaction callback; Slack: the
 * HTTP ack); an interaction not answered within the platform's 3 seconds counts as unanswered.
 */
import type { FakeDiscord, FakeGuild, FakeUser } from '../../test/harness/discord/index.ts';
import { buttonClick, opt, slashCommand, snowflake, sub } from '../../test/harness/discord/index.ts';
import { FAKE_CHANNEL, signedPost, slashCommandBody, type FakeSlack } from '../../test/harness/slack/index.ts';
import type { Bot } from './bots.ts';

const ANSWER_WITHIN_MS = 3_000;

export interface Latency {
  samples: number[];
  answered: number;
  unanswered: number;
  /** Unanswered per door and process ("discord/B", "slack/A"…), to tell a slow restart from a slow door. */
  unansweredBy: Record<string, number>;
  /** Requests in flight to a process at the moment it was SIGKILLed (its connection reset). */
  cutByKill: number;
}

interface Seeded {
  id: string;
  capacity: number | null;
  creator: string;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

function unanswered(lat: Latency, where: string): void {
  lat.unanswered++;
  lat.unansweredBy[where] = (lat.unansweredBy[where] ?? 0) + 1;
}

/**
 * Discord interactions into one guild, which only its shard's process receives (Discord routes by
 * guild; there is no load balancer). While that process is down nobody sends (the bot shows
 * offline); an interaction in flight when it was SIGKILLed is cut by the kill, not unanswered.
 */
export class DiscordDriver {
  sent = 0;
  constructor(
    private readonly fake: FakeDiscord,
    private readonly guild: FakeGuild,
    private readonly channelId: string,
    private readonly users: FakeUser[],
    private readonly events: Seeded[],
    private readonly lat: Latency,
    private readonly shardProcess: () => Bot,
  ) {}

  async #send(payload: Record<string, unknown>): Promise<void> {
    let bot = this.shardProcess();
    for (let waited = 0; !bot.up && waited < 60_000; waited += 100) {
      await pause(100);
      bot = this.shardProcess();
    }
    this.sent++;
    const t = performance.now();
    try {
      await this.fake.interact(payload).callback(ANSWER_WITHIN_MS);
      this.lat.samples.push(performance.now() - t);
      this.lat.answered++;
    } catch {
      if (!bot.up) this.lat.cutByKill++;
      else unanswered(this.lat, `discord/${bot.name}`);
    }
  }

  #card(): Record<string, unknown> {
    return {
      id: snowflake(),
      channel_id: this.channelId,
      author: this.fake.botUser,
      content: '',
      embeds: [],
      components: [],
      type: 0,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: 0,
      mentions: [],
      mention_roles: [],
      attachments: [],
      pinned: false,
      mention_everyone: false,
      tts: false,
    };
  }

  #click(user: FakeUser, eventId: string, status: string) {
    return buttonClick({ guild: this.guild, user, customId: `rsvp:${eventId}:${status}`, message: this.#card() });
  }

  async run(running: () => boolean, workers: number): Promise<void> {
    const small = this.events.filter((e) => e.capacity !== null);
    const worker = async (w: number) => {
      for (let i = w; running(); i += workers) {
        const pick = <T>(xs: T[]) => xs[(i * 7 + w) % xs.length]!;
        const op = i % 10;
        if (op < 5 && small.length) {
          // A storm on the last seats: six people click Going on one small event at once.
          const e = pick(small);
          await Promise.all(Array.from({ length: 6 }, (_, k) => this.#send(this.#click(this.users[(i + k) % this.users.length]!, e.id, 'going'))));
        } else if (op < 7) {
          await this.#send(this.#click(pick(this.users), pick(this.events).id, op === 5 ? 'declined' : 'maybe'));
        } else if (op < 9) {
          const user = pick(this.users);
          await this.#send(slashCommand({ guild: this.guild, user, name: 'event', options: [sub('create', [opt('title', `Discord soak ${i}`), opt('when', `in ${3 + (i % 40)} hours`), opt('capacity', 4)])] }));
        } else {
          const e = pick(this.events);
          const creator = this.users.find((u) => u.id === e.creator) ?? pick(this.users);
          await this.#send(slashCommand({ guild: this.guild, user: creator, name: 'event', options: [sub('cancel', [opt('event', e.id), opt('reason', 'soak')])] }));
        }
        await pause(150);
      }
    };
    await Promise.all(Array.from({ length: workers }, (_, w) => worker(w)));
  }
}

export class SlackDriver {
  sent = 0;
  #next = 0;
  constructor(
    private readonly fake: FakeSlack,
    private readonly secret: string,
    private readonly users: string[],
    private readonly events: Seeded[],
    private readonly lat: Latency,
    private readonly bots: () => Bot[],
  ) {}

  /** A round-robin load balancer over the processes that are up; a refused connection goes to the next. */
  async #send(userId: string, text: string): Promise<void> {
    this.sent++;
    const body = slashCommandBody({ command: '/event', text, user_id: userId, channel_id: FAKE_CHANNEL.id, response_url: this.fake.responseUrl(`soak${this.sent}`) });
    for (let tries = 0; tries < 4; tries++) {
      const live = this.bots().filter((b) => b.up && b.slackPort);
      if (live.length === 0) {
        await pause(100);
        continue;
      }
      const bot = live[this.#next++ % live.length]!;
      const t = performance.now();
      try {
        const res = await Promise.race([
          signedPost(`http://127.0.0.1:${bot.slackPort}/slack/events`, body, { signingSecret: this.secret }),
          pause(ANSWER_WITHIN_MS).then(() => null),
        ]);
        if (res && res.status === 200) {
          this.lat.samples.push(performance.now() - t);
          this.lat.answered++;
        } else {
          unanswered(this.lat, `slack/${bot.name}`);
        }
        return;
      } catch (err) {
        const code = (err as { cause?: { code?: string } }).cause?.code ?? (err as { code?: string }).code;
        if (code === 'ECONNREFUSED') continue; // nothing was received: the balancer tries another process
        if (!bot.up) this.lat.cutByKill++;
        else unanswered(this.lat, `slack/${bot.name}`);
        return;
      }
    }
    unanswered(this.lat, 'slack/none up');
  }

  async run(running: () => boolean, workers: number): Promise<void> {
    const small = this.events.filter((e) => e.capacity !== null);
    const worker = async (w: number) => {
      for (let i = w; running(); i += workers) {
        const pick = <T>(xs: T[]) => xs[(i * 5 + w) % xs.length]!;
        const op = i % 10;
        if (op < 5 && small.length) {
          const e = pick(small);
          await Promise.all(Array.from({ length: 6 }, (_, k) => this.#send(this.users[(i + k) % this.users.length]!, `rsvp going ${e.id}`)));
        } else if (op < 6) {
          await this.#send(pick(this.users), `rsvp no ${pick(this.events).id}`);
        } else if (op < 8) {
          await this.#send(pick(this.users), `Slack soak ${i} in ${3 + (i % 40)} hours`);
        } else if (op < 9) {
          const e = pick(this.events);
          await this.#send(e.creator, `edit ${e.id} title Soak edited ${i}`);
        } else {
          const e = pick(this.events);
          await this.#send(e.creator, `cancel ${e.id} soak`);
        }
        await pause(150);
      }
    };
    await Promise.all(Array.from({ length: workers }, (_, w) => worker(w)));
  }
}
