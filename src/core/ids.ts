import { randomBytes } from 'node:crypto';

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789'; // no 0/o, 1/l: ids are read aloud and typed

/** What an event id looks like: 8 characters of the alphabet ("deadline" has an l, so it is a name). */
export const EVENT_ID = new RegExp(`^[${ALPHABET}]{8}$`, 'i');

/** Short ids people can type: 8 characters, 40 bits. */
export function newEventId(): string {
  const bytes = randomBytes(8);
  let id = '';
  for (const b of bytes) id += ALPHABET[b % ALPHABET.length];
  return id;
}
