/** Discord's size limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  authorName: 256,
  embedTotal: 6000,
  customId: 100,
  buttonLabel: 80,
  choiceName: 100,
  choiceValue: 100,
  modalTitle: 45,
  inputLabel: 45,
  labelDescription: 100,
  inputValue: 4000,
} as const;

const ELLIPSIS = '…';

/** Cuts text to at most `max` characters (code points kept whole), ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (max <= 0) return '';
  if (text.length <= max) return text;
  // Discord counts UTF-16 units like .length does; cut on code points so no pair is split.
  let out = '';
  for (const c of Array.from(text)) {
    if (out.length + c.length > max - ELLIPSIS.length) break;
    out += c;
  }
  return out.trimEnd() + ELLIPSIS;
}

interface EmbedLike {
  title?: string;
  description?: string;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string };
  author?: { name: string };
}

function embedLength(e: EmbedLike): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/**
 * Fits an embed inside every limit: each part to its own maximum, then the whole to 6,000
 * characters by shortening the description first and dropping trailing fields last.
 */
export function fitEmbed<T extends EmbedLike>(embed: T): T {
  const e: T = { ...embed };
  if (e.title !== undefined) e.title = truncate(e.title, LIMITS.embedTitle);
  if (e.description !== undefined) e.description = truncate(e.description, LIMITS.embedDescription);
  if (e.footer) e.footer = { ...e.footer, text: truncate(e.footer.text, LIMITS.footer) };
  if (e.author) e.author = { ...e.author, name: truncate(e.author.name, LIMITS.authorName) };
  if (e.fields) {
    e.fields = e.fields.slice(0, LIMITS.fields).map((f) => ({
      ...f,
      name: truncate(f.name, LIMITS.fieldName) || '\u200b',
      value: truncate(f.value, LIMITS.fieldValue) || '\u200b',
    }));
  }
  let over = embedLength(e) - LIMITS.embedTotal;
  if (over > 0 && e.description) {
    e.description = truncate(e.description, Math.max(1, e.description.length - over));
    over = embedLength(e) - LIMITS.embedTotal;
  }
  while (over > 0 && e.fields && e.fields.length > 0) {
    e.fields = e.fields.slice(0, -1);
    over = embedLength(e) - LIMITS.embedTotal;
  }
  return e;
}

export function totalEmbedLength(e: EmbedLike): number {
  return embedLength(e);
}

/**
 * A URL Discord accepts for a link button: http(s), parseable, no whitespace or angle brackets,
 * at most 512 characters. Anything else gets no button (the card still shows the text).
 */
export function linkUrl(url: string | null | undefined): string | null {
  if (!url || url.length > 512 || /[\s<>"]/.test(url)) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}
