import { MessageFlags, type InteractionReplyOptions, type RepliableInteraction } from 'discord.js';

/** Defer when the work has not finished by then: Discord drops interactions not answered in 3 s. */
const SLOW_MS = 1500;

const SLOW = Symbol('slow');

/** Awaits work; if it takes longer than SLOW_MS, calls `defer` first (once) so the interaction stays alive. */
export async function beforeDeadline<T>(work: Promise<T>, defer: () => Promise<unknown>, ms = SLOW_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<typeof SLOW>((resolve) => {
    timer = setTimeout(() => resolve(SLOW), ms);
  });
  try {
    const first = await Promise.race([work, slow]);
    if (first !== SLOW) return first;
  } finally {
    clearTimeout(timer);
  }
  await defer();
  return work;
}

export type Payload = Pick<InteractionReplyOptions, 'content' | 'embeds' | 'components' | 'allowedMentions' | 'files'>;

/** Answers an interaction whether or not it was deferred or answered already. */
export async function answer(i: RepliableInteraction, payload: Payload, opts: { ephemeral: boolean }): Promise<void> {
  const allowedMentions = payload.allowedMentions ?? { parse: [] };
  if (i.deferred && !i.replied) {
    await i.editReply({ ...payload, allowedMentions });
  } else if (i.replied) {
    await i.followUp({ ...payload, allowedMentions, ...(opts.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
  } else {
    await i.reply({ ...payload, allowedMentions, ...(opts.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
  }
}

/** Runs the work, deferring (ephemerally or not) if it is slow, then answers with what it returns. */
export async function respond(i: RepliableInteraction, opts: { ephemeral: boolean }, work: () => Promise<Payload>): Promise<void> {
  const payload = await beforeDeadline(work(), () =>
    i.deferReply(opts.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  );
  await answer(i, payload, opts);
}
