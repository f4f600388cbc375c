/**
 * Block Kit's hard limits. Slack rejects a whole message or view when one piece is too long,
 * so every text we send passes through here.
 */
export const LIMITS = {
  sectionText: 3000,
  sectionField: 2000,
  contextText: 2000,
  header: 150,
  buttonText: 75,
  optionText: 75,
  optionValue: 150,
  blockId: 255,
  actionValue: 2000,
  messageBlocks: 50,
  viewBlocks: 100,
  messageText: 4000,
  privateMetadata: 3000,
  viewTitle: 24,
  inputInitialValue: 3000,
} as const;

const ELLIPSIS = '…';

/** Cut to at most `max` characters (UTF-16 code units, as Slack counts), ending with an ellipsis. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - ELLIPSIS.length);
  // Don't split a surrogate pair.
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end) + ELLIPSIS;
}

// The escaping seam lives in mrkdwn.ts; re-exported for the renderers that import it from here.
export { esc } from './mrkdwn.ts';

// biome-ignore lint: Block Kit blocks are plain JSON objects
export type Block = { type: string; block_id?: string; [key: string]: any };

/**
 * Keep a message within the block limit: when there are too many blocks, the last kept one
 * becomes a context block saying how much was left out. Blocks marked as `keepLast` (the
 * action row) survive the cut.
 */
export function capBlocks(blocks: Block[], max: number = LIMITS.messageBlocks, keepLast = 0): Block[] {
  if (blocks.length <= max) return blocks;
  const tail = keepLast > 0 ? blocks.slice(-keepLast) : [];
  const room = max - tail.length - 1;
  const head = blocks.slice(0, room);
  const dropped = blocks.length - tail.length - head.length;
  return [...head, { type: 'context', elements: [{ type: 'mrkdwn', text: `${ELLIPSIS} ${dropped} more not shown` }] }, ...tail];
}

export function mrkdwnSection(text: string, extra: Record<string, unknown> = {}): Block {
  return { ...extra, type: 'section', text: { type: 'mrkdwn', text: cut(text, LIMITS.sectionText) } };
}

export function context(text: string): Block {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: cut(text, LIMITS.contextText) }] };
}

export function plain(text: string, max: number = LIMITS.buttonText): { type: 'plain_text'; text: string; emoji: true } {
  return { type: 'plain_text', text: cut(text, max), emoji: true };
}
