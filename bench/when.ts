/** Parses per second for a varied mix of time phrases, on one core. `npm run bench:when` */
import { parseWhen } from '../src/when/index.ts';
import { cases } from '../test/when/corpus.ts';
import { peakRssMb, round, summarize } from './stats.ts';

const inputs = cases.map((c) => ({ text: c.text, opts: { now: new Date(c.now), timezone: c.zone, locale: c.locale, allowPast: true } }));
const seconds = Number(process.env.BENCH_SECONDS ?? 4);

// Warm up (JIT, chrono instances, zone caches).
for (let i = 0; i < 2000; i++) parseWhen(inputs[i % inputs.length]!.text, inputs[i % inputs.length]!.opts);

const samples: number[] = [];
let ok = 0;
const t0 = performance.now();
let i = 0;
while (performance.now() - t0 < seconds * 1000) {
  const input = inputs[i++ % inputs.length]!;
  const s = performance.now();
  const r = parseWhen(input.text, input.opts);
  samples.push(performance.now() - s);
  if (r.ok) ok++;
}
const elapsed = (performance.now() - t0) / 1000;
const { p50, p99 } = summarize(samples);
const perS = Math.round(samples.length / elapsed);
console.log(`phrases: ${inputs.length} distinct, ${samples.length} parses in ${round(elapsed, 2)}s (${ok} ok)`);
console.log(`bench when: per_s=${perS} p50_ms=${round(p50, 3)} p99_ms=${round(p99, 3)} rss_mb=${peakRssMb()}`);
