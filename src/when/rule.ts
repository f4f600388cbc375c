import { allMatches } from './matches.ts';
import type { Edit, Rewriter } from './prepare.ts';

/** A rewrite rule of our grammar: every match of `re` (global) becomes what `make` returns (null: left as typed). */
export function rule(re: RegExp, make: (m: RegExpMatchArray) => string | null): Rewriter {
  return (text) => {
    const out: Edit[] = [];
    for (const m of allMatches(re, text)) {
      const r = make(m);
      if (r !== null) out.push({ start: m.index!, end: m.index! + m[0].length, replacement: r });
    }
    return out;
  };
}
