import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeWhen, parseWhen, splitTitleAndWhen } from '../../src/when/index.ts';
import { runParseCli } from '../../src/when/cli-parse.ts';

const now = new Date('2026-11-21T15:00:00Z'); // Saturday; 10:00 in New York
const NY = { now, timezone: 'America/New_York' };

describe('splitTitleAndWhen', () => {
  const cases: Array<[string, string, string, string | null, string]> = [
    // line, title, whenText, location, start (UTC)
    ['Game night friday 8-10pm at the pub', 'Game night', 'friday 8-10pm', 'the pub', '2026-11-28T01:00:00.000Z'],
    ['Friday Night Lights watch party saturday 7pm', 'Friday Night Lights watch party', 'saturday 7pm', null, '2026-11-22T00:00:00.000Z'],
    ['Standup every weekday at 9:30', 'Standup', 'every weekday at 9:30', null, '2026-11-23T14:30:00.000Z'],
    ["Drinks at Joe's friday 6pm", 'Drinks', 'friday 6pm', "Joe's", '2026-11-27T23:00:00.000Z'],
    ['Monthly review first monday of every month 10am', 'Monthly review', 'first monday of every month 10am', null, '2026-12-07T15:00:00.000Z'],
    ['Team lunch tomorrow at noon in room 4', 'Team lunch', 'tomorrow at noon', 'room 4', '2026-11-22T17:00:00.000Z'],
    ["Dinner on dec 3 at 7pm @ Luigi's", 'Dinner', 'dec 3 at 7pm', "Luigi's", '2026-12-04T00:00:00.000Z'],
  ];
  for (const [line, title, whenText, location, start] of cases) {
    it(line, () => {
      const r = splitTitleAndWhen(line, NY);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect({ title: r.value.title, whenText: r.value.whenText, location: r.value.location }).toEqual({ title, whenText, location });
      expect(r.value.parsed.start.toISOString()).toBe(start);
    });
  }
  it('reports a line with no time', () => {
    const r = splitTitleAndWhen('Book club', NY);
    expect(!r.ok && r.error.code).toBe('no_time');
  });
  it('reports an impossible date instead of reading only the time', () => {
    const r = splitTitleAndWhen('Party june 31 8pm', NY);
    expect(!r.ok && r.error.code).toBe('invalid_date');
  });
});

describe('describeWhen', () => {
  const read = (text: string, timezone: string) => {
    const r = parseWhen(text, { now, timezone });
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  it('echoes a range in the reader zone with a relative hint', () => {
    expect(describeWhen(read('friday 8-10pm', 'America/New_York'), 'America/New_York', now)).toBe(
      'Fri, Nov 27, 8:00–10:00 PM EST (in 6 days)',
    );
  });
  it('shows both zones when the text named another', () => {
    // 9pm CET = 20:00Z = 3:00 PM EST.
    expect(describeWhen(read('friday 9pm CET', 'America/New_York'), 'America/New_York', now)).toBe(
      'Fri, Nov 27, 3:00 PM EST (in 6 days) (9:00 PM CET)',
    );
  });
  it('prefixes a repeat', () => {
    expect(describeWhen(read('every other friday 6pm', 'UTC'), 'UTC', now)).toBe(
      'Every other Friday, first: Fri, Nov 27, 6:00 PM UTC (in 6 days)',
    );
  });
  it('describes all-day and multi-day events', () => {
    expect(describeWhen(read('tomorrow', 'Europe/London'), 'Europe/London', now)).toBe('Sun, Nov 22 (all day) (tomorrow)');
    expect(describeWhen(read('dec 5 to dec 7', 'UTC'), 'UTC', now)).toBe('Sat, Dec 5 – Mon, Dec 7 (all day) (in 2 weeks)');
  });
  it('says how soon exactly under three hours, then in whole hours', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 11 * 60 }), (m) => {
        const at = new Date(now.getTime() + m * 60_000);
        const text = describeWhen({ start: at, end: null, allDay: false, timezone: 'UTC' }, 'UTC', now);
        const said = /\(in (?:(\d+) hours?)? ?(?:(\d+) minutes?)?\)/.exec(text);
        expect(said, text).not.toBeNull();
        const total = Number(said![1] ?? 0) * 60 + Number(said![2] ?? 0);
        if (m < 180) expect(total, text).toBe(m);
        else expect(Math.abs(total - m), text).toBeLessThanOrEqual(30);
      }),
    );
  });
  it('shows the year when it is not this year', () => {
    expect(describeWhen(read('jan 5 7pm', 'America/New_York'), 'America/New_York', now)).toBe(
      'Tue, Jan 5, 2027, 7:00 PM EST (in 6 weeks)',
    );
  });
});

async function cli(args: string[], input = ''): Promise<{ code: number; lines: string[] }> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stdin.end(input);
  const code = await runParseCli(args, stdin, stdout);
  return { code, lines: out.split('\n').filter(Boolean) };
}

describe('parse CLI', () => {
  it('prints one JSON object for a phrase', async () => {
    const { code, lines } = await cli(['friday 8pm', '--tz', 'Europe/Berlin', '--now', '2026-11-21T15:00:00Z']);
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    const o = JSON.parse(lines[0]!);
    expect(o).toMatchObject({ start: '2026-11-27T20:00:00+01:00', end: null, allDay: false, recurrence: null });
  });
  it('reads JSON lines in order, with errors per line and no crash on bad input', async () => {
    const input = [
      JSON.stringify({ text: 'every other friday at 6pm', timezone: 'UTC', now: '2026-11-21T15:00:00Z' }),
      'this is not json',
      JSON.stringify({ text: 'sometime soon', timezone: 'UTC', now: '2026-11-21T15:00:00Z' }),
      JSON.stringify({ text: '2020-01-01 9am', timezone: 'America/New_York', now: '2026-11-21T15:00:00Z' }),
      JSON.stringify({ text: 'first monday of every month', timezone: 'UTC', now: '2026-11-21T15:00:00Z' }),
      JSON.stringify({ text: 42 }),
      JSON.stringify({ text: '2020-01-01 9am', timezone: 'America/New_York', now: '2026-11-21T15:00:00Z', allowPast: true }),
    ].join('\n');
    const { code, lines } = await cli(['--jsonl'], input);
    expect(code).toBe(0);
    expect(lines).toHaveLength(7);
    const [a, b, c, d, e, f, g] = lines.map((l) => JSON.parse(l));
    expect(a).toMatchObject({
      start: '2026-11-27T18:00:00Z',
      end: null,
      allDay: false,
      recurrence: { freq: 'WEEKLY', interval: 2, byday: ['FR'], bymonthday: [] },
    });
    expect(Object.keys(a.recurrence)).toEqual(['freq', 'interval', 'byday', 'bymonthday']);
    expect(b.error).toBeTypeOf('string');
    expect(c.error).toContain('sometime soon');
    // A past time is an error, as when creating an event; allowPast reads it anyway.
    expect(d.error).toMatch(/already passed/);
    expect(g).toMatchObject({ start: '2020-01-01T09:00:00-05:00' });
    expect(e).toMatchObject({ start: '2026-12-07T00:00:00Z', allDay: true, recurrence: { freq: 'MONTHLY', byday: ['1MO'] } });
    expect(f.error).toBeTypeOf('string');
  });
});
