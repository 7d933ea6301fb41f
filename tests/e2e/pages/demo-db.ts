import Database from "better-sqlite3";

// Reads the e2e server's demo database (read-only) to find ids the UI does not show on purpose,
// for example another team's page a member should not reach.
export function firstTeamIdWhere(sqlWhere: string, params: unknown[] = []): string {
  const file = (process.env.E2E_DATABASE_URL ?? "file:./prisma/e2e.db").replace(/^file:/, "");
  const db = new Database(file, { readonly: true });
  try {
    const row = db.prepare(`SELECT Team.id AS id FROM Team JOIN Collaborative ON Collaborative.id = Team.collaborativeId WHERE ${sqlWhere} LIMIT 1`).get(...params) as
      | { id: string }
      | undefined;
    if (!row) throw new Error(`no team where ${sqlWhere}`);
    return row.id;
  } finally {
    db.close();
  }
}
