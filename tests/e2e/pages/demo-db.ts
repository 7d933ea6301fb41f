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

/**
 * Deletes the newest submitted report (and its scores) of the team whose contact person has this
 * e-mail, so that month is open again: the demo's newest report depends on the day the demo was
 * seeded, and a test that writes a report needs one month it may write.
 */
export function reopenNewestReport(contactEmail: string): void {
  const file = (process.env.E2E_DATABASE_URL ?? "file:./prisma/e2e.db").replace(/^file:/, "");
  const db = new Database(file);
  try {
    db.transaction(() => {
      const report = db
        .prepare(
          `SELECT ActionPeriodReport.id AS id FROM ActionPeriodReport
           JOIN TeamMember ON TeamMember.teamId = ActionPeriodReport.teamId AND TeamMember.role = 'CONTACT_PERSON'
           JOIN User ON User.id = TeamMember.userId
           WHERE User.email = ? ORDER BY ActionPeriodReport.month DESC LIMIT 1`,
        )
        .get(contactEmail) as { id: string } | undefined;
      if (!report) throw new Error(`no report of ${contactEmail}'s team`);
      db.prepare("DELETE FROM Assessment WHERE reportId = ?").run(report.id);
      db.prepare("DELETE FROM ActionPeriodReport WHERE id = ?").run(report.id);
    })();
  } finally {
    db.close();
  }
}
