// Resolves "server-only" to an empty module, as vitest.config.ts does, for the fault worker.
export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: new URL("./server-only-empty.mjs", import.meta.url).href, shortCircuit: true };
  return next(specifier, context);
}
