// A hash of every table of the database, the audit log and the outbox included, for "a refused call
// changes nothing" (PRODUCT.md §4). The tables are listed from the database itself (sqlite_master on
// SQLite, information_schema on PostgreSQL), so a new table is hashed without anyone adding it here.
// One query reads every table as JSON, rows ordered by primary key (all columns where there is none).
// information_schema's columns are of PostgreSQL's own types (name, cardinal_number), cast for the driver.
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/client";

export type TableHashes = { all: string; tables: Record<string, string> };
export type TableHasher = { tables: string[]; hash: () => Promise<TableHashes> };

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function sqliteQuery(db: Db): Promise<{ tables: string[]; sql: string }> {
  const tables = (await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)).map(
    (row) => row.name,
  );
  const parts: string[] = [];
  for (const table of tables) {
    const columns = await db.$queryRawUnsafe<{ name: string; pk: number | bigint }[]>(`SELECT name, pk FROM pragma_table_info('${table.replace(/'/g, "''")}')`);
    const keys = columns.filter((column) => Number(column.pk) > 0).sort((x, y) => Number(x.pk) - Number(y.pk));
    const order = (keys.length > 0 ? keys : columns).map((column) => quote(column.name)).join(", ");
    const values = columns.map((column) => quote(column.name)).join(", ");
    parts.push(`(SELECT json_group_array(json_array(${values})) FROM (SELECT * FROM ${quote(table)} ORDER BY ${order})) AS ${quote(table)}`);
  }
  return { tables, sql: `SELECT ${parts.join(", ")}` };
}

async function postgresQuery(db: Db): Promise<{ tables: string[]; sql: string }> {
  const tables = (
    await db.$queryRawUnsafe<{ name: string }[]>(
      `SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
    )
  ).map((row) => row.name);
  const keyRows = await db.$queryRawUnsafe<{ table: string; column: string; position: number }[]>(
    `SELECT kcu.table_name::text AS "table", kcu.column_name::text AS "column", kcu.ordinal_position::int AS "position"
       FROM information_schema.table_constraints tc
       JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
      WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_schema = current_schema()`,
  );
  const parts = tables.map((table) => {
    const keys = keyRows.filter((row) => row.table === table).sort((x, y) => Number(x.position) - Number(y.position));
    const order = keys.length > 0 ? keys.map((key) => `t.${quote(key.column)}`).join(", ") : "row_to_json(t)::text";
    return `(SELECT coalesce(json_agg(row_to_json(t) ORDER BY ${order}), '[]'::json)::text FROM ${quote(table)} t) AS ${quote(table)}`;
  });
  return { tables, sql: `SELECT ${parts.join(", ")}` };
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** Lists the tables once; `hash()` then answers a hash of every table and of all of them together. */
export async function tableHasher(db: Db, provider: "sqlite" | "postgresql"): Promise<TableHasher> {
  const { tables, sql } = provider === "sqlite" ? await sqliteQuery(db) : await postgresQuery(db);
  return {
    tables,
    hash: async () => {
      const [row] = await db.$queryRawUnsafe<Record<string, string | null>[]>(sql);
      const perTable: Record<string, string> = {};
      for (const table of tables) perTable[table] = sha256(String(row[table] ?? "[]"));
      return { all: sha256(JSON.stringify(tables.map((table) => [table, perTable[table]]))), tables: perTable };
    },
  };
}

/** The tables whose hash differs between two snapshots (for a failure message). */
export function changedTables(before: TableHashes, after: TableHashes): string[] {
  return Object.keys(after.tables).filter((table) => before.tables[table] !== after.tables[table]);
}
