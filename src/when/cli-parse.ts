import { DateTime } from 'luxon';
import { createInterface } from 'node:readline';
import { readWhen } from './read.ts';
import { resolveZoneSetting } from './zone-setting.ts';
import type { ParsedWhen } from './types.ts';

/**
 * `npm run cli -- parse "friday 8pm" --tz Europe/Berlin --now 2026-11-21T15:00:00Z [--locale de]`
 * `npm run cli -- parse --jsonl` (stdin: {"text","timezone","now","locale"?} per line)
 *
 * The same reading as every door (readWhen): an event line's title and place are not part of
 * the time. A phrase that needs a question answers {"error": <the question>, "candidates": [...]}.
 *
 * Past times are errors, as when creating an event: the contract reads phrases the way the bot
 * does. Forward-looking rules already move weekdays, bare times and year-less dates into the
 * future, so only a phrase that names a past instant outright ("yesterday", "2020-01-01 9am")
 * is refused. `--allow-past` (or `"allowPast": true` on a JSON line) reads it anyway.
 */

type Args = { text: string[]; tz: string; now: string | null; locale: string | undefined; jsonl: boolean; allowPast: boolean };

function parseArgs(args: string[]): Args {
  const out: Args = { text: [], tz: 'UTC', now: null, locale: undefined, jsonl: false, allowPast: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = () => args[++i] ?? '';
    if (a === '--tz' || a === '--timezone') out.tz = value();
    else if (a.startsWith('--tz=')) out.tz = a.slice(5);
    else if (a === '--now') out.now = value();
    else if (a.startsWith('--now=')) out.now = a.slice(6);
    else if (a === '--locale') out.locale = value();
    else if (a.startsWith('--locale=')) out.locale = a.slice(9);
    else if (a === '--jsonl') out.jsonl = true;
    else if (a === '--allow-past') out.allowPast = true;
    else out.text.push(a);
  }
  return out;
}

function iso(d: Date, zone: string): string {
  return DateTime.fromJSDate(d, { zone }).toISO({ suppressMilliseconds: true }) ?? d.toISOString();
}

export function toContract(v: ParsedWhen): Record<string, unknown> {
  const out: Record<string, unknown> = {
    start: iso(v.start, v.timezone),
    end: v.end ? iso(v.end, v.timezone) : null,
    allDay: v.allDay,
    recurrence: null,
    timezone: v.timezone,
    matched: v.matched,
  };
  if (v.recurrence) {
    const r = v.recurrence;
    const rec: Record<string, unknown> = { freq: r.freq, interval: r.interval, byday: [...r.byday], bymonthday: [...r.bymonthday] };
    if (r.count !== null) rec.count = r.count;
    if (r.until !== null) rec.until = r.until;
    out.recurrence = rec;
  }
  return out;
}

function pick(o: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, o[k]]));
}

function parseNow(now: unknown): Date | null {
  if (now === undefined || now === null || now === '') return new Date();
  if (typeof now !== 'string' && typeof now !== 'number') return null;
  const d = typeof now === 'number' ? new Date(now) : DateTime.fromISO(now, { setZone: true }).toJSDate();
  return Number.isNaN(d.getTime()) ? null : d;
}

/** One input -> one output object; never throws. */
export function runOne(text: unknown, timezone: unknown, now: unknown, locale: unknown, allowPast = false): Record<string, unknown> {
  try {
    if (typeof text !== 'string') return { error: 'Each line needs a "text" string.' };
    // --tz takes what a setting takes: 'Europe/Berlin', 'est', '+05:30'.
    const typed = typeof timezone === 'string' && timezone ? timezone : 'UTC';
    const setting = resolveZoneSetting(typed);
    const zone = setting.ok ? setting.zone : typed;
    const at = parseNow(now);
    if (!at) return { error: `"now" must be an ISO 8601 instant like 2026-11-21T15:00:00Z, not ${JSON.stringify(now)}.` };
    const r = readWhen(text, { now: at, timezone: zone, locale: typeof locale === 'string' ? locale : undefined, allowPast });
    if (r.ok) return toContract(r.value.parsed);
    if (r.error.code === 'ambiguous') {
      return { error: r.error.message, candidates: r.error.candidates.map((c) => pick(toContract(c), ['start', 'end', 'allDay', 'recurrence'])) };
    }
    return { error: r.error.message };
  } catch (e) {
    return { error: `Internal error reading ${JSON.stringify(text)}: ${e instanceof Error ? e.message : String(e)}` };
  }
}

export async function runParseCli(args: string[], stdin: NodeJS.ReadableStream, stdout: NodeJS.WritableStream): Promise<number> {
  const a = parseArgs(args);
  if (!a.jsonl) {
    if (!a.text.length) {
      stdout.write(`${JSON.stringify({ error: 'usage: parse "friday 8pm" --tz Europe/Berlin [--now ISO] [--locale en-US] | parse --jsonl' })}\n`);
      return 2;
    }
    const out = runOne(a.text.join(' '), a.tz, a.now ?? undefined, a.locale, a.allowPast);
    stdout.write(`${JSON.stringify(out)}\n`);
    return 'error' in out ? 1 : 0;
  }
  const rl = createInterface({ input: stdin, crlfDelay: Infinity });
  const lines: string[] = [];
  for await (const line of rl) {
    if (!line.trim()) continue;
    let out: Record<string, unknown>;
    try {
      const o = JSON.parse(line) as Record<string, unknown> | null;
      out =
        o && typeof o === 'object' && !Array.isArray(o)
          ? runOne(o.text, o.timezone ?? o.tz ?? a.tz, o.now ?? a.now ?? undefined, o.locale ?? a.locale, o.allowPast === true || a.allowPast)
          : { error: 'Each line must be a JSON object like {"text": "friday 8pm", "timezone": "UTC", "now": "2026-11-21T15:00:00Z"}.' };
    } catch {
      out = { error: `Not a JSON line: ${line.slice(0, 80)}` };
    }
    lines.push(JSON.stringify(out));
    if (lines.length >= 256) stdout.write(`${lines.splice(0).join('\n')}\n`);
  }
  if (lines.length) stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
