// The id a production build gave a server action, read from the build's server-reference manifest,
// so the benchmark can call it the way the browser does (POST with a Next-Action header).
import { readFileSync } from "node:fs";

type Manifest = { node: Record<string, { filename?: string; exportedName?: string; workers: Record<string, unknown> }> };

/** The action id of `exportedName` from `filename` and the page workers that carry it. */
export function findActionId(filename: string, exportedName: string): { id: string; workers: string[] } {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as Manifest;
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.filename === filename && entry.exportedName === exportedName) return { id, workers: Object.keys(entry.workers) };
  }
  throw new Error(`No server action ${exportedName} of ${filename} in .next/server/server-reference-manifest.json`);
}
