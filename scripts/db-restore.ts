// `npm run db:restore FILE`: replaces the database DATABASE_URL points at with a backup made by
// `npm run db:backup`. Stop the app first; the backup is checked before anything is overwritten.
import "dotenv/config";
import { restoreDatabase } from "../lib/db/backup";
import { databaseUrl } from "../lib/db/client";

const source = process.argv[2];
if (!source) {
  console.error("Usage: npm run db:restore FILE (a file written by npm run db:backup).");
  process.exit(1);
}
await restoreDatabase(source, databaseUrl());
console.log(`Restored ${source} into the database DATABASE_URL points at.`);
