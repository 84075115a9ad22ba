/** Latency percentiles in milliseconds (nearest-rank). */
export interface Stats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
}

export function stats(samples: readonly number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
  const r = (x: number) => Math.round(x * 100) / 100;
  return { n: s.length, p50: r(at(0.5)), p95: r(at(0.95)), p99: r(at(0.99)) };
}

/** Runs `fn` `warmup` times untimed, then `n` times timed, one at a time. */
export async function measure(
  n: number,
  warmup: number,
  fn: (i: number) => Promise<void>,
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(warmup + i);
    out.push(performance.now() - t);
  }
  return out;
}

/**
 * Runs `a` and `b` alternately — `warmup` untimed pairs, then `n` timed pairs (a, b, a, b…) — so
 * whatever else the machine does in the meantime (autovacuum, a checkpoint, another job) falls on
 * both sides alike, and their ratio holds still between runs.
 */
export async function measureInterleaved(
  n: number,
  warmup: number,
  a: (i: number) => Promise<void>,
  b: (i: number) => Promise<void>,
): Promise<[number[], number[]]> {
  for (let i = 0; i < warmup; i++) {
    await a(i);
    await b(i);
  }
  const outA: number[] = [];
  const outB: number[] = [];
  for (let i = 0; i < n; i++) {
    let t = performance.now();
    await a(warmup + i);
    outA.push(performance.now() - t);
    t = performance.now();
    await b(warmup + i);
    outB.push(performance.now() - t);
  }
  return [outA, outB];
}
