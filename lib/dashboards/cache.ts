// A short-lived, in-process cache of dashboard loads. A dashboard sums a whole collaborative; many
// readers open it at once (a learning seminar, a Monday meeting), so identical loads share one result
// for up to a minute. Every successful server action clears it in this process
// (lib/actions/define-action.ts), so whoever changes data sees it at once; another app server behind
// the load balancer sees the change within CACHE_TTL_MS. Keys carry the user, so scope never mixes.
export const CACHE_TTL_MS = 60_000;
const MAX_ENTRIES = 500;

type Entry = { at: number; value: Promise<unknown> };
const entries = new Map<string, Entry>();

/** Forgets every cached dashboard (after a write). */
export function invalidateDashboards(): void {
  entries.clear();
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
