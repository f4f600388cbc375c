import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph } from './import-graph.ts';

const SRC = path.resolve(import.meta.dirname, '../../src');
const named = (cycles: string[][]) => cycles.map((c) => c.map((f) => path.relative(SRC, f)).join(' ↔ '));

describe('module graph', () => {
  it('src has no import cycles (type-only imports included): each module sits in one layer', () => {
    expect(named(importCycles(importGraph(SRC)))).toEqual([]);
  });

  it('the cycle finder finds a cycle through three modules and a self-import, and none in a chain', () => {
    const g = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
      ['f', ['d']],
    ]);
    expect(importCycles(g)).toEqual([['a', 'b', 'c'], ['e']]);
    expect(importCycles(new Map([['x', ['y']], ['y', []]]))).toEqual([]);
  });
});
