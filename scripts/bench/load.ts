// One route under load with autocannon: a short warm-up, a few requests one at a time (the cost of
// one request without queueing), then `connections` concurrent connections for `seconds`. Latencies are collected per response so p95 is exact (autocannon's own histogram
// reports p97.5, not p95).
import autocannon, { type AutocannonOptions, type AutocannonRequest, type AutocannonResult } from "autocannon";

export type LoadSettings = { connections: number; seconds: number; warmUpSeconds: number };

export type RouteFigures = {
  /** Median of requests sent one at a time (no queueing): what one request costs the server. */
  single: number;
  p50: number;
  p95: number;
  p99: number;
  requestsPerSecond: number;
  requests: number;
  non2xx: number;
  errors: number;
};

const SINGLE_REQUESTS = 7;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

function run(options: AutocannonOptions, onLatency?: (ms: number) => void): Promise<AutocannonResult> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    if (onLatency) instance.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => onLatency(ms));
  });
}

/** Warms the route up, then measures it; `request` is autocannon's request (method, path, headers, body, hooks). */
export async function measureRoute(baseUrl: string, request: AutocannonRequest, settings: LoadSettings): Promise<RouteFigures> {
  const base = { url: baseUrl, connections: settings.connections, timeout: 30, requests: [request] };
  if (settings.warmUpSeconds > 0) await run({ ...base, duration: settings.warmUpSeconds });
  const one: number[] = [];
  const single = await run({ ...base, connections: 1, amount: SINGLE_REQUESTS }, (ms) => one.push(ms));
  const latencies: number[] = [];
  const result = await run({ ...base, duration: settings.seconds }, (ms) => latencies.push(ms));
  latencies.sort((a, b) => a - b);
  return {
    single: percentile(one.sort((a, b) => a - b), 50),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requestsPerSecond: latencies.length / result.duration,
    requests: latencies.length,
    non2xx: result.non2xx + single.non2xx,
    errors: result.errors + result.timeouts + single.errors + single.timeouts,
  };
}
