// One route under load with autocannon: a short warm-up, a few requests one at a time (the cost of
// one request without queueing), then `connections` concurrent connections for `seconds` as fast as
// the server answers, then requests arriving at random, `pacedRate` per second on average.
// Latencies are collected per response so p95 is exact (autocannon's own histogram reports p97.5).
import autocannon, { type AutocannonOptions, type AutocannonRequest, type AutocannonResult } from "autocannon";

export type LoadSettings = { connections: number; seconds: number; warmUpSeconds: number; pacedRate: number };

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
  /** Requests arriving at random, `pacedRate` per second on average: latency without a queue of the load's own making. */
  paced: { rate: number; p50: number; p95: number };
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

/**
 * Requests that arrive at random (exponential gaps, `rate` per second on average) whether or not
 * earlier ones have been answered, as people's clicks do: latency without the queue that a closed
 * loop of busy connections makes for itself. autocannon's own rate limit sends each second's
 * requests in one burst, so this loop is written here.
 */
async function openLoop(baseUrl: string, request: AutocannonRequest, rate: number, seconds: number) {
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const inFlight: Promise<void>[] = [];
  const end = performance.now() + seconds * 1000;
  for (let at = performance.now(); at < end; at += -Math.log(1 - Math.random()) * (1000 / rate)) {
    const wait = at - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const current = request.setupRequest ? request.setupRequest({ ...request }, {}) : request;
    const began = performance.now();
    inFlight.push(
      fetch(`${baseUrl}${current.path ?? "/"}`, { method: current.method ?? "GET", headers: current.headers, body: current.body, redirect: "manual" }).then(
        async (response) => {
          const body = await response.text();
          latencies.push(performance.now() - began);
          if (response.status < 200 || response.status >= 300) non2xx++;
          current.onResponse?.(response.status, body, {}, {});
        },
        () => {
          errors++;
        },
      ),
    );
  }
  await Promise.all(inFlight);
  return { latencies, non2xx, errors };
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
  await new Promise((resolve) => setTimeout(resolve, 1000)); // the closed loop's last requests drain first
  const paced = await openLoop(baseUrl, request, settings.pacedRate, settings.seconds);
  const pacedLatencies = paced.latencies.sort((a, b) => a - b);
  return {
    single: percentile(one.sort((a, b) => a - b), 50),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requestsPerSecond: latencies.length / result.duration,
    requests: latencies.length,
    non2xx: result.non2xx + single.non2xx + paced.non2xx,
    errors: result.errors + result.timeouts + single.errors + single.timeouts + paced.errors,
    paced: { rate: settings.pacedRate, p50: percentile(pacedLatencies, 50), p95: percentile(pacedLatencies, 95) },
  };
}
