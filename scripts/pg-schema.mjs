// Writes prisma/schema.postgres.prisma from the one source, prisma/schema.prisma:
// only the datasource provider and the client's output folder differ. Two clients are generated
// (generated/prisma for SQLite, generated/prisma-pg for PostgreSQL) so one build serves either database.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const source = readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
const datasource = /datasource db \{[^}]*\}/;
const match = source.match(datasource);
if (!match) throw new Error("schema.prisma has no datasource db block");
const pgDatasource = match[0].replace('provider = "sqlite"', 'provider = "postgresql"');
const header = "// GENERATED from prisma/schema.prisma by scripts/pg-schema.mjs. Do not edit.\n";
const pgSource = source
  .replace(datasource, pgDatasource)
  .replace('output     = "../generated/prisma"', 'output     = "../generated/prisma-pg"');
if (!pgSource.includes("generated/prisma-pg")) throw new Error("schema.prisma generator output not found");
writeFileSync(path.join(root, "prisma/schema.postgres.prisma"), header + pgSource);
