/**
 * A time option's autocomplete offers a question's candidates as choices. Discord submits the
 * picked choice's value, so the value carries the typed text and which candidate was picked:
 * "⟨2⟩ tomorrow at 4". The handler reads the text again through the one path and takes that
 * candidate; typed text (no marker) is read as typed.
 */
const MARK = /^⟨(\d)⟩ ([\s\S]*)$/;

export function pickValue(typed: string, index: number): string {
  return `⟨${index + 1}⟩ ${typed}`;
}

export function readPickValue(value: string): { text: string; pick: number | null } {
  const m = MARK.exec(value);
  return m ? { text: m[2]!, pick: Number(m[1]) - 1 } : { text: value, pick: null };
}
