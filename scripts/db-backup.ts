// `npm run db:backup [DIRECTORY]`: a dated backup of the database DATABASE_URL points at, taken while
// the app runs (lib/db/backup.ts). Default directory: ./backups.
import "dotenv/config";
import { backupDatabase, datedBackupPath } from "../lib/db/backup";
import { databaseUrl } from "../lib/db/client";

const url = databaseUrl();
const destination = datedBackupPath(process.argv[2] ?? "backups", url);
const started = Date.now();
await backupDatabase(url, destination);
console.log(`Backup written to ${destination} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
