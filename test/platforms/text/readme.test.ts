import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPTION_WORDS } from '../../../src/platforms/text/options.ts';
import { HELP_LINES } from '../../../src/platforms/text/replies.ts';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
/** The README's command table and its options table: the lines between "## Commands" and the next "## ". */
const commands = readme.slice(readme.indexOf('## Commands'), readme.indexOf('\n## ', readme.indexOf('## Commands') + 1));
const rows = commands.split('\n').filter((l) => l.startsWith('| `'));

describe('the README lists what /event help lists', () => {
  it.each(HELP_LINES.map(([usage]) => usage))('the command %s', (usage) => {
    const verbs = usage.split(' ')[0]!.split('|');
    for (const verb of verbs) expect(rows.some((r) => r.includes(`/event ${verb}`) || r.includes(`\`${verb}`) || r.includes(`\\|${verb}`))).toBe(true);
    if (usage.includes('every time')) expect(rows.some((r) => r.includes('every time') && r.includes('rsvp clear'))).toBe(true);
  });

  it.each(OPTION_WORDS)('the option word %s', (word) => {
    expect(rows.some((r) => new RegExp(`[\`(|\\\\ ]${word.replace(/[-]/g, '\\-')}[\`\\\\ ;),]`).test(r))).toBe(true);
  });
});
