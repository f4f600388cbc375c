import type { CommandInteractionOptionResolver } from 'discord.js';
import type { OptionWords } from '../../text/options.ts';

/** The option names of /event create and /event edit that are the shared text options. */
export const OPTION = {
  kind: 'kind',
  invite: 'invite',
  cohosts: 'cohosts',
  visibility: 'visibility',
  approval: 'approval',
  deadline: 'deadline',
  repeat: 'repeat',
  reminders: 'reminders',
  remindBy: 'remind_by',
  announce: 'announce',
  channel: 'channel',
  capacity: 'capacity',
  min: 'min',
  ping: 'ping',
  offers: 'offers',
} as const;

type Options = Pick<CommandInteractionOptionResolver, 'getString' | 'getBoolean' | 'getInteger' | 'getChannel'>;

/**
 * Discord's options as the text options' words, so one reading (text/options.ts) gives them their
 * meaning on every door. A string option carries typed @mentions as `<@id>` / `<@&id>`.
 * `only` limits it to the options a caller reads this way.
 */
export function optionWords(o: Options, only?: readonly (keyof typeof OPTION)[]): OptionWords {
  const want = (k: keyof typeof OPTION) => !only || only.includes(k);
  const w: OptionWords = {};
  const str = (name: string) => o.getString(name)?.trim() || null;
  if (want('kind') && str(OPTION.kind)) w.kind = str(OPTION.kind)!;
  if (want('invite') && str(OPTION.invite)) w.invite = str(OPTION.invite)!;
  if (want('cohosts') && str(OPTION.cohosts)) w.cohosts = str(OPTION.cohosts)!;
  if (want('ping') && str(OPTION.ping)) w.ping = str(OPTION.ping)!;
  // Waitlist offers: on / off, or the time to claim (which turns them on).
  if (want('offers') && str(OPTION.offers)) w.offers = str(OPTION.offers)!;
  if (want('visibility') && str(OPTION.visibility)) w.visibility = str(OPTION.visibility)!;
  if (want('approval')) {
    const approval = o.getBoolean(OPTION.approval);
    if (approval !== null) w.approval = approval ? 'on' : 'off';
  }
  if (want('deadline') && str(OPTION.deadline)) w.deadline = str(OPTION.deadline)!;
  if (want('repeat') && str(OPTION.repeat)) w.repeat = str(OPTION.repeat)!;
  if (want('reminders') && str(OPTION.reminders)) w.reminders = str(OPTION.reminders)!;
  if (want('remindBy') && str(OPTION.remindBy)) w.audience = str(OPTION.remindBy)!;
  if (want('announce') && str(OPTION.announce)) w.announce = str(OPTION.announce)!;
  if (want('channel')) {
    const channel = o.getChannel(OPTION.channel);
    if (channel) w.channel = `<#${channel.id}>`;
  }
  if (want('min')) {
    const min = o.getInteger(OPTION.min);
    if (min !== null) w.min = min === 0 ? 'none' : String(min);
  }
  if (want('capacity')) {
    const capacity = o.getInteger(OPTION.capacity);
    if (capacity !== null) w.capacity = capacity === 0 ? 'none' : String(capacity);
  }
  return w;
}
