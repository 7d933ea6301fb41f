// Messages between the app processes of one server (scripts/start.mjs). A worker that changed data
// sends { type: "samspil:…" } to the primary, which passes it on to every other worker; that is how
// the dashboard cache of each process hears of a save in another (lib/dashboards/cache.ts).
export const MESSAGE_PREFIX = "samspil:";

/** @param {import("node:cluster").Cluster} cluster */
export function relayBetweenWorkers(cluster) {
  cluster.on("message", (sender, message) => {
    if (typeof message?.type !== "string" || !message.type.startsWith(MESSAGE_PREFIX)) return;
    for (const worker of Object.values(cluster.workers ?? {})) {
      if (worker && worker !== sender && worker.isConnected()) worker.send(message);
    }
  });
}
