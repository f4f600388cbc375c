import { expect, it } from 'vitest';
import { SentBuffer } from '../../src/scheduler/sent-buffer.ts';
import type { Executor } from '../../src/store/events-repo.ts';

/** An executor that answers the group UPDATE … RETURNING key with every key it was given. */
function echoDb(statements: string[][]): Executor {
  let keys: string[] = [];
  const chain = {
    set: () => chain,
    where: (col: string, _op: string, v: unknown) => {
      if (col === 'key') keys = v as string[];
      return chain;
    },
    returning: () => chain,
    execute: async () => {
      statements.push(keys);
      return keys.map((key) => ({ key }));
    },
  };
  return { updateTable: () => chain } as unknown as Executor;
}

const within = <T>(p: Promise<T>, ms: number) => Promise.race([p, new Promise<'stuck'>((r) => setTimeout(() => r('stuck'), ms))]);

it('a key marked just as a flush ends (after its last group, before it settles) is still flushed', async () => {
  const statements: string[][] = [];
  const buffer = new SentBuffer(echoDb(statements), 'me', () => 0);
  expect(await buffer.mark('a')).toBe(true);
  // Here the flush has seen an empty queue but has not settled yet.
  expect(await within(buffer.mark('b'), 1_000)).toBe(true);
  expect(statements).toEqual([['a'], ['b']]);
});

it('keys marked while a group is in flight go together in the next one', async () => {
  const statements: string[][] = [];
  const buffer = new SentBuffer(echoDb(statements), 'me', () => 0);
  const all = await Promise.all(['a', 'b', 'c'].map((k) => buffer.mark(k)));
  expect(all).toEqual([true, true, true]);
  expect(statements).toEqual([['a'], ['b', 'c']]);
});
