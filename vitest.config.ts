import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": import.meta.dirname,
      // "server-only" throws outside React Server Components; in tests the server code runs in plain Node.
      "server-only": path.join(import.meta.dirname, "tests/helpers/server-only-stub.ts"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    environment: "node",
    // An odd time zone makes time-zone bugs fail loudly (rallly does the same).
    env: { TZ: "Pacific/Chatham" },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
