/**
 * How many cases a property tries: a CI-sized default, scaled by FC_RUNS for a long hunt
 * (FC_RUNS=20 tries twenty times as many).
 */
export function runs(base: number): number {
  const factor = Number(process.env.FC_RUNS ?? 1);
  return Math.max(1, Math.round(base * (Number.isFinite(factor) && factor > 0 ? factor : 1)));
}
