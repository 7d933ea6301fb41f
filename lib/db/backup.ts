// Backup and restore (README, Security and operations). SQLite: the online backup API, which copies
// a consistent snapshot while the app keeps writing and includes what is still in the write-ahead log
// (a plain file copy misses it). PostgreSQL: pg_dump's custom format and pg_restore.
import { execFile } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { isPostgresUrl } from "./client";

const run = promisify(execFile);
const ALL_PAGES = 0x7fffffff;

/** The file of a SQLite URL ("file:./prisma/dev.db" → "./prisma/dev.db"). */
export function sqliteFileOf(url: string): string {
  return url.replace(/^file:/, "").replace(/\?.*$/, "");
}

/** "samspil-2026-12-07T13-05-09.db" (or .dump for PostgreSQL) in `directory`. */
export function datedBackupPath(directory: string, url: string, now = new Date()): string {
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, "-");
  return path.join(directory, `samspil-${stamp}.${isPostgresUrl(url) ? "dump" : "db"}`);
}

/** Checks a SQLite file: integrity_check says ok and it holds Samspil's tables. Throws otherwise. */
export function checkSqliteFile(file: string): void {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const [{ integrity_check: integrity }] = db.pragma("integrity_check") as { integrity_check: string }[];
    if (integrity !== "ok") throw new Error(`${file}: integrity check failed: ${integrity}`);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('User', 'Team', 'Measurement')").all();
    // 3: the tables every Samspil schema has (test databases are made without _prisma_migrations).
    if (tables.length !== 3) throw new Error(`${file} is not a Samspil database.`);
  } finally {
    db.close();
  }
}

/** Writes a backup of the database `url` to `destination` while the app may keep running. */
export async function backupDatabase(url: string, destination: string): Promise<void> {
  mkdirSync(path.dirname(destination), { recursive: true });
  if (isPostgresUrl(url)) {
    await run("pg_dump", ["--format=custom", "--no-owner", `--file=${destination}`, url]);
    return;
  }
  const db = new Database(sqliteFileOf(url), { fileMustExist: true });
  try {
    // All pages in one step, one read transaction: SQLite restarts a backup made in steps whenever
    // another connection writes between them, which under steady saves never ends. In WAL mode the
    // read does not block the app's writes.
    await db.backup(destination, { progress: () => ALL_PAGES });
  } finally {
    db.close();
  }
  checkSqliteFile(destination);
}

/**
 * Replaces the database `url` with the backup in `source` (stop the app first). The backup is
 * checked before anything is overwritten; SQLite copies page by page through SQLite itself, so a
 * stale write-ahead log of the old database cannot mix in.
 */
export async function restoreDatabase(source: string, url: string): Promise<void> {
  if (isPostgresUrl(url)) {
    await run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", `--dbname=${url}`, source]);
    return;
  }
  checkSqliteFile(source);
  const backup = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await backup.backup(sqliteFileOf(url), { progress: () => ALL_PAGES });
  } finally {
    backup.close();
  }
  checkSqliteFile(sqliteFileOf(url));
}
