/**
 * How much typed text any door hands to the parsers. Shared by every text door (Slack's
 * /event and message shortcut, Discord's options, the console) so one line means the same
 * everywhere. Long enough for any command, a long description edit included; short enough
 * that the time parser never sees a novel. Longer text belongs in the form.
 */
export const MAX_COMMAND_TEXT = 2000;

/** The message a person gets when their text is over the bound, or null when it fits. */
export function tooLongMessage(text: string, max: number = MAX_COMMAND_TEXT): string | null {
  if (text.length <= max) return null;
  return `That is ${text.length.toLocaleString('en-US')} characters; I read at most ${max.toLocaleString('en-US')}. Shorten it, or use the form for a long description.`;
}
