// Run by tests/unit/dashboards/cache-cluster.test.ts with tsx: a cluster as `npm start` makes it
// (scripts/start.mjs relays between workers), with one worker that caches a dashboard and one that
// saves. Prints the value the first worker reads after the save, as JSON.
import cluster, { type Worker } from "node:cluster";
import { relayBetweenWorkers } from "../../scripts/cluster-relay.mjs";
import { cachedDashboard, invalidateDashboards } from "../../lib/dashboards/cache";

type Command = { command: string; value?: unknown };

function reply(worker: Worker, send: Command, expect: string): Promise<Command> {
  return new Promise((resolve) => {
    const onMessage = (message: Command) => {
      if (message?.command !== expect) return;
      worker.off("message", onMessage);
      resolve(message);
    };
    worker.on("message", onMessage);
    worker.send(send);
  });
}

if (cluster.isPrimary) {
  if (process.env.RELAY !== "off") relayBetweenWorkers(cluster);
  const reader = cluster.fork({ ROLE: "reader" });
  const writer = cluster.fork({ ROLE: "writer" });
  // A worker is ready once it listens: messages sent before that would be lost.
  await Promise.all([reader, writer].map((worker) => new Promise((resolve) => worker.once("message", resolve))));
  await reply(reader, { command: "cache" }, "cached");
  await reply(writer, { command: "save" }, "saved");
  const read = await reply(reader, { command: "read" }, "value");
  console.log(JSON.stringify({ afterSave: read.value }));
  for (const worker of [reader, writer]) worker.kill();
} else {
  process.on("message", async (message: Command) => {
    if (message?.command === "cache") {
      await cachedDashboard("overview", async () => "before the save");
      process.send?.({ command: "cached" });
    } else if (message?.command === "save") {
      invalidateDashboards();
      process.send?.({ command: "saved" });
    } else if (message?.command === "read") {
      process.send?.({ command: "value", value: await cachedDashboard("overview", async () => "after the save") });
    }
  });
  process.send?.({ command: "ready" });
}
