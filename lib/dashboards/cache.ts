// A short-lived, in-process cache of dashboard loads. A dashboard sums a whole collaborative; many
// readers open it at once (a learning seminar, a Monday meeting), so identical loads share one result
// for up to a minute. Every successful server action clears it (lib/actions/define-action.ts), in
// this process and, through the primary of `npm start` (scripts/start.mjs), in the server's other
// processes, so whoever changes data sees it at once; another app server behind a load balancer sees
// the change within CACHE_TTL_MS. Keys carry the user, so scope never mixes.
import cluster from "node:cluster";

export const CACHE_TTL_MS = 60_000;
const MAX_ENTRIES = 500;

/** The message a process sends the others when its data changed (see scripts/cluster-relay.mjs). */
export const DASHBOARDS_CHANGED = "samspil:dashboards-changed";

type Entry = { at: number; value: Promise<unknown> };
// On globalThis: the server bundles may hold this module more than once, but there is one cache.
const shared = globalThis as unknown as { samspilDashboardCache?: Map<string, Entry> };
const entries = (shared.samspilDashboardCache ??= listenForChangesElsewhere(new Map<string, Entry>()));

function listenForChangesElsewhere(map: Map<string, Entry>): Map<string, Entry> {
  if (cluster.isWorker) {
    process.on("message", (message: { type?: unknown } | null) => {
      if (message?.type === DASHBOARDS_CHANGED) map.clear();
    });
  }
  return map;
}

/** Forgets every cached dashboard (after a write), here and in the server's other processes. */
export function invalidateDashboards(): void {
  entries.clear();
  if (cluster.isWorker && process.connected) process.send?.({ type: DASHBOARDS_CHANGED });
}

/** The cached result of `load` under `key`, or a fresh one; a failed load is not kept. */
export function cachedDashboard<T>(key: string, load: () => Promise<T>, now: number = Date.now()): Promise<T> {
  const hit = entries.get(key);
  if (hit && now - hit.at < CACHE_TTL_MS) return hit.value as Promise<T>;
  if (entries.size >= MAX_ENTRIES) entries.clear();
  const value = load();
  entries.set(key, { at: now, value });
  value.catch(() => entries.delete(key));
  return value;
}
