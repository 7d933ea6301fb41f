// postinstall: generate the Prisma clients for both providers. The URLs only select the schema
// (prisma.config.ts); nothing connects. A URL of the wrong scheme makes Prisma try a download.
import { execFileSync } from "node:child_process";

execFileSync("node", ["scripts/pg-schema.mjs"], { stdio: "inherit" });
const run = (url) =>
  execFileSync("npx", ["prisma", "generate"], { stdio: "inherit", env: { ...process.env, DATABASE_URL: url } });
run("file:./prisma/dev.db");
run("postgresql://localhost:5432/generate-only");
