#!/usr/bin/env node
// Rebuilds corpus2-en.jsonl (and excluded2.jsonl) from the transcriptions in src/.
//   node build.mjs            write the files
//   node build.mjs --check    verify the files on disk match a fresh build
// Uses luxon from the project's node_modules as a library only (calendar arithmetic, weekday checks).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { DateTime } = require('luxon');

const CT_SRC = 'comtravo/ctparse@417e5ec84081470c342686115fe43a43c685bec1:datasets/timeparse_corpus.json';
const NA_SRC = 'joestelmach/natty@054639547a1a096cfeaf376a867f983abf8ddc27:src/test/java/com/joestelmach/natty/';

const REASONS = {
  pod: 'daypart without a clock time (morning/evening/night/noon/"first flight"): no instant to compare',
  ctx: 'gold depends on context outside the text (booking dialogue): "5pm" -> two weeks later, "1 night"',
  numamb: 'all-numeric date with day and month both <= 12 (d/m vs m/d convention)',
  timeamb: 'number that also reads as a clock time or a year ("16.12", "15.10 - 16.10", "2 Nov 1815")',
  dowbad: 'weekday in the text contradicts the date',
  goldbad: 'gold value contradicts the text (annotation typo)',
  nonen: 'not English (Croatian/Finnish month names, German words, CJK)',
  junk: 'garbled / typo / bare number / "+1" notation / odd construction',
  open: 'open interval or deadline ("after 9pm", "by 1830")',
  coarse: 'week/month/year grain, or a range longer than 62 days',
  past: 'past reading with no past cue in the text',
  dup: 'exact duplicate (text and reference) of an earlier entry',
  ampm: 'am/pm-ambiguous bare hour',
  tz: 'explicit time zone / offset in the text',
  multi: 'several dates in one text (list / "or")',
  noref: 'the test has no reference date (uses the running clock) and the answer depends on it',
  nextdow: '"next <weekday>": coming-one and next-week readings disagree',
  duration: 'duration alone ("for 5 days")',
};

const readTsv = (f) => fs.readFileSync(path.join(here, 'src', f), 'utf8').split('\n')
  .filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t'));

// ---- expectation helpers -------------------------------------------------
const day = (d, zone) => DateTime.fromISO(d, { zone });
const dt = (s, zone) => DateTime.fromFormat(s, 'yyyy-MM-dd HH:mm', { zone });
const iso = (x) => x.toISO({ suppressMilliseconds: true });

function expectFrom(kind, a, b, zone) {
  if (kind === 'D') return { start: iso(day(a, zone)), end: null, allDay: true, recurrence: null };
  if (kind === 'T') return { start: iso(dt(a, zone)), end: null, allDay: false, recurrence: null };
  if (kind === 'DR') return { start: iso(day(a, zone)), end: iso(day(b, zone)), allDay: true, recurrence: null };
  if (kind === 'TR') return { start: iso(dt(a, zone)), end: iso(dt(b, zone)), allDay: false, recurrence: null };
  throw new Error(`bad kind ${kind}`);
}

// ctparse gold: Time[]{2017-12-14 17:30 (X/X)} | Interval[]{<t> - <t>|None}
const CT_T = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}|X:X) \(X\/X\)$/;
function ctGold(g) {
  let m = g.match(/^Time\[\]\{(.*)\}$/);
  if (m) {
    const t = m[1].match(CT_T);
    if (!t) return null;
    return t[2] === 'X:X' ? ['D', t[1]] : ['T', `${t[1]} ${t[2]}`];
  }
  m = g.match(/^Interval\[\]\{(.*) - (.*)\}$/);
  if (m) {
    const a = m[1].match(CT_T), b = m[2].match(CT_T);
    if (!a || !b) return null;
    if (a[2] === 'X:X' && b[2] === 'X:X') return ['DR', a[1], b[1]];
    if (a[2] !== 'X:X' && b[2] !== 'X:X') return ['TR', `${a[1]} ${a[2]}`, `${b[1]} ${b[2]}`];
  }
  return null;
}

// ---- tagging --------------------------------------------------------------
const WD = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };
const WD_RE = /\b(mon(?:day)?s?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b\.?/gi;
const MON = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MON_RE = /(?:^|[^a-z])(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])/gi;
const RELATIVE = /\b(ago|yesterday|tomorrow|today|next|last|this|coming|upcoming|past|from now|after)\b|\bin (a|an|\d+)\b/i;

function flagsFor(text, kind, startDT, endDT, allowPast) {
  const f = [];
  if (allowPast) f.push('past');
  const d = startDT.day, m = startDT.month;
  if (new RegExp(`(^|[^\\d.:])0?${d}[./]0?${m}(?![\\d:])`).test(text)) f.push('numeric-date');
  if (kind[0] === 'T') {
    const h = startDT.hour, mm = String(startDT.minute).padStart(2, '0');
    if (new RegExp(`(^|[^\\d.])0?${h}\\.${mm}(?!\\d)`).test(text)) f.push('dotted-time');
    if (new RegExp(`(^|[^\\d.:])${String(h).padStart(2, '0')}${mm}(?!\\d)`).test(text)) f.push('compact-time');
  }
  if (text.match(WD_RE) && /\d/.test(text)) f.push('weekday+date');
  if (/\b(around|approximately|about)\b/i.test(text)) f.push('approx');
  if (kind === 'TR' && endDT.toISODate() !== startDT.toISODate()) f.push('overnight');
  if (/'\d\d\b|\b\d{1,2}[./]\d{1,2}[./]\d{2}$/.test(text)) f.push('2-digit-year');
  if (/\b(one|two|three|four|six|seven|first|second|thirty)\b/i.test(text)) f.push('spelled-number');
  return [...new Set(f)];
}

function category(text, kind, src) {
  if (kind === 'DR') return 'date-range';
  if (kind === 'TR') return 'datetime-range';
  if (/\b(final|last)\s+\w+\s+(in|of)\b/i.test(text)) return 'nth-weekday';
  if (RELATIVE.test(text) && !/\b(19|20)\d{2}\b/.test(text) && !/'\d\d/.test(text)) return 'relative';
  const bare = text.replace(WD_RE, '').replace(/[\s,.()]/g, '');
  if (kind === 'D' && bare === '') return 'weekday';
  return kind === 'D' ? 'date' : 'datetime';
}

// ---- calendar checks (throw on any inconsistency) ------------------------
function check(c, kind, startDT, endDT, nowDT, isRelative) {
  const errs = [];
  if (!startDT.isValid) errs.push('invalid start');
  if (endDT && !endDT.isValid) errs.push('invalid end');
  if (endDT && endDT < startDT) errs.push('end before start');
  if (kind === 'DR' && endDT.diff(startDT, 'days').days > 62) errs.push('range > 62 days');
  // weekday names must match the start or end date (explicit-date phrases only)
  if (!isRelative) {
    const ok = new Set([startDT.weekday, endDT?.weekday]);
    for (const m of c.text.matchAll(WD_RE)) {
      const w = WD[m[1].toLowerCase().slice(0, 3)];
      if (!ok.has(w)) errs.push(`weekday ${m[1]} != ${startDT.weekdayLong}${endDT ? '/' + endDT.weekdayLong : ''}`);
    }
    const okM = new Set([startDT.month, endDT?.month]);
    for (const m of c.text.matchAll(MON_RE)) {
      const mo = MON.indexOf(m[1].toLowerCase().slice(0, 3)) + 1;
      if (!okM.has(mo)) errs.push(`month ${m[1]} != ${startDT.monthLong}`);
    }
    const y = c.text.match(/\b(19\d\d|20\d\d)\b/);
    if (y && !/\d{4}-\d{4}/.test(c.text) && Number(y[1]) !== startDT.year) errs.push(`year ${y[1]} != ${startDT.year}`);
  }
  // future unless the case allows the past
  const pastRef = kind === 'D' || kind === 'DR' ? startDT < nowDT.startOf('day') : startDT < nowDT;
  if (pastRef !== c.allowPast) errs.push(`allowPast ${c.allowPast} but start ${pastRef ? 'before' : 'not before'} now`);
  if (c.allowPast && !/\b(ago|yesterday|last|past)\b|\b(19|20)\d\d\b|'\d\d/.test(c.text)) errs.push('past without a past cue in the text');
  if (errs.length) throw new Error(`${c.id} ${JSON.stringify(c.text)}: ${errs.join('; ')}`);
}

// ---- build ----------------------------------------------------------------
const cases = [], excluded = [];
let n = 0;
for (const [text, ref, gold, decision] of readTsv('ctparse.tsv')) {
  const source = `${CT_SRC}#text=${JSON.stringify(text)};ref_time=${ref}`;
  if (decision !== 'keep') { excluded.push({ text, source, reason: decision.slice(2), gold }); continue; }
  const g = ctGold(gold);
  if (!g) throw new Error(`unparsed gold ${gold}`);
  const zone = 'UTC';
  const nowDT = DateTime.fromISO(ref, { zone });
  const [kind, a, b] = g;
  const ex = expectFrom(kind, a, b, zone);
  const startDT = DateTime.fromISO(ex.start, { zone }), endDT = ex.end ? DateTime.fromISO(ex.end, { zone }) : null;
  const allowPast = (kind === 'D' || kind === 'DR') ? startDT < nowDT.startOf('day') : startDT < nowDT;
  const c = { id: `c2-ct-${String(++n).padStart(3, '0')}`, text, timezone: zone, now: nowDT.toUTC().toISO({ suppressMilliseconds: true }), allowPast, expect: ex };
  const cat = category(text, kind, 'ct');
  check(c, kind, startDT, endDT, nowDT, cat === 'relative');
  c.tags = [cat, ...flagsFor(text, kind, startDT, endDT, allowPast)];
  c.source = source;
  c.gold = gold;
  cases.push(c);
}
n = 0;
for (const [test, text, zone, nowLocal, exp, decision] of readTsv('natty.tsv')) {
  const [file, tname] = test.split('#');
  const source = `${NA_SRC}${file}.java#${tname}:${JSON.stringify(text)}`;
  if (decision !== 'keep') { excluded.push({ text, source, reason: decision.slice(2), gold: exp }); continue; }
  const [kind, rest] = [exp.slice(0, exp.indexOf(':')), exp.slice(exp.indexOf(':') + 1)];
  const [a, b] = rest.split('..');
  const nowDT = DateTime.fromISO(nowLocal, { zone });
  const ex = expectFrom(kind, a, b, zone);
  const startDT = DateTime.fromISO(ex.start, { zone }), endDT = ex.end ? DateTime.fromISO(ex.end, { zone }) : null;
  const allowPast = (kind === 'D' || kind === 'DR') ? startDT < nowDT.startOf('day') : startDT < nowDT;
  const c = { id: `c2-na-${String(++n).padStart(3, '0')}`, text, timezone: zone, now: nowDT.toUTC().toISO({ suppressMilliseconds: true }), allowPast, expect: ex };
  const cat = category(text, kind, 'na');
  check(c, kind, startDT, endDT, nowDT, cat === 'relative');
  const flags = flagsFor(text, kind, startDT, endDT, allowPast);
  if (kind === 'D' && /\b(in (a|an|\d+) (days?|weeks?|months?|years?)|\d+ \w+ ago|\w+ (days?|weeks?|months?|years?) ago)\b/i.test(text)) flags.push('relative-date');
  if (zone !== 'America/New_York') flags.push('zone-la');
  c.tags = [cat, ...new Set(flags)];
  c.source = source;
  cases.push(c);
}

// duplicates among kept cases are a transcription error
const seen = new Set();
for (const c of cases) {
  const k = `${c.text}\u0000${c.now}\u0000${c.timezone}`;
  if (seen.has(k)) throw new Error(`duplicate kept case ${c.id} ${c.text}`);
  seen.add(k);
}

const out = cases.map((c) => JSON.stringify(c)).join('\n') + '\n';
const outX = excluded.map((c) => JSON.stringify(c)).join('\n') + '\n';
const counts = {};
for (const x of excluded) counts[x.reason] = (counts[x.reason] ?? 0) + 1;
const cats = {};
for (const c of cases) cats[c.tags[0]] = (cats[c.tags[0]] ?? 0) + 1;
const bySrc = { ctparse: cases.filter((c) => c.id.startsWith('c2-ct')).length, natty: cases.filter((c) => c.id.startsWith('c2-na')).length };
if (process.argv.includes('--check')) {
  const same = fs.readFileSync(path.join(here, 'corpus2-en.jsonl'), 'utf8') === out && fs.readFileSync(path.join(here, 'excluded2.jsonl'), 'utf8') === outX;
  console.log(same ? 'check: files match a fresh build' : 'check: MISMATCH');
  process.exitCode = same ? 0 : 1;
} else {
  fs.writeFileSync(path.join(here, 'corpus2-en.jsonl'), out);
  fs.writeFileSync(path.join(here, 'excluded2.jsonl'), outX);
  console.log(`kept ${cases.length} (${JSON.stringify(bySrc)}), excluded ${excluded.length}`);
  console.log('categories', JSON.stringify(cats));
  console.log('exclusions', JSON.stringify(Object.entries(counts).sort((p, q) => q[1] - p[1]).map(([k, v]) => `${k}:${v}`)));
  for (const [k, v] of Object.entries(counts)) if (!REASONS[k]) console.log('unknown reason', k, v);
}
