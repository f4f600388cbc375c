/** The commands after /event a person might mistype ("crate", "lsit", "cancle"). */
const SUBCOMMANDS = [
  'create', 'list', 'show', 'edit', 'cancel', 'delete', 'rsvp', 'approve', 'deny', 'claim', 'pass',
  'settings', 'help', 'feed', 'calendar', 'webhook', 'api-key',
] as const;

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbouring letters ("lsit" → "list") each count 1.
 */
export function typoDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

const sameLetters = (a: string, b: string) => [...a].sort().join('') === [...b].sort().join('');

/** A first word that names a command of its own ("list", "create"), not the start of a title. */
export function isSubcommand(word: string): boolean {
  return (SUBCOMMANDS as readonly string[]).includes(word.toLowerCase());
}

/**
 * The command a first word is a typo of, or null. Short commands only count swapped letters
 * ("lsit", "shwo"): one changed letter of a four-letter word is too often a real title word
 * ("Last call", "Snow day"). Longer ones allow one slip in a word of five letters or more
 * ("crate", "creat", "cancle", "delet"; not "Clam bake"), and two from eight letters on ("stetings").
 */
export function closeSubcommand(word: string): string | null {
  const w = word.toLowerCase();
  if (w.length < 3 || (SUBCOMMANDS as readonly string[]).includes(w)) return null;
  for (const c of SUBCOMMANDS) {
    const d = typoDistance(w, c);
    if (c.length <= 4 ? d === 1 && w.length === c.length && sameLetters(w, c) : w.length >= 5 && d <= (c.length >= 8 ? 2 : 1)) return c;
  }
  return null;
}
