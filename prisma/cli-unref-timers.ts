// The wasm schema engine leaves long timers pending after it finishes (10 s for pg, 60 s for
// `migrate dev`), which keeps the CLI alive. Loaded only in the Prisma CLI via prisma.config.ts.
const originalSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = ((handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
  const timer = originalSetTimeout(handler, ms, ...args);
  if ((ms ?? 0) >= 5000 && typeof timer === "object" && timer && "unref" in timer) timer.unref();
  return timer;
}) as typeof setTimeout;
export {};
