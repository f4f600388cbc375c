import { randomBytes } from 'node:crypto';

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789'; // no 0/o, 1/l: ids are read aloud and typed

/** What an event id looks like: 8 characters of the alphabet ("deadline" has an l, so it is a name). */
export const EVENT_ID = new RegExp(`^[${ALPHABET}]{8}$`, 'i');

/**
 * An id written in front of more words ("cancel k3j4m5n6 rain"): one with a digit, or marked with
 * #. A plain word ("capacity planning", "birthday party") is a name first.
 */
export function leadingEventId(word: string): string | null {
  const id = word.replace(/^#/, '');
  if (!EVENT_ID.test(id)) return null;
  return word.startsWith('#') || /\d/.test(id) ? id : null;
}

const DIGITS = '23456789';

/** Short ids people can type: 8 characters, 40 bits, at least one a digit (so no id is a word). */
export function newEventId(): string {
  const bytes = randomBytes(9);
  let id = '';
  for (const b of bytes.subarray(0, 8)) id += ALPHABET[b % ALPHABET.length];
  if (/\d/.test(id)) return id;
  const at = bytes[8]! % 8;
  return id.slice(0, at) + DIGITS[bytes[at]! % DIGITS.length] + id.slice(at + 1);
}
